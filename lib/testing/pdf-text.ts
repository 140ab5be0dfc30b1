import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";

/**
 * Extracts the text of a PDF with pdf.js, one string per page. Text items are
 * joined in content order, with a line break where pdf.js reports the end of a
 * line, so a test can match words and whole lines.
 */
export async function extractPdfText(buffer: Uint8Array): Promise<string[]> {
  // pdf.js may transfer (detach) the array it gets, so it receives a copy.
  const data = new Uint8Array(buffer);
  const pdf = await getDocument({
    data,
    // Text extraction needs no font rendering, system fonts or network access.
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isEvalSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  }).promise;

  try {
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await pdf.getPage(pageNumber);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const textItem: TextItem = item;
        text += textItem.str;
        if (textItem.hasEOL) text += "\n";
      }
      pages.push(text);
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}
