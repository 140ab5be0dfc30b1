import path from "node:path";
import { Font } from "@react-pdf/renderer";

/** Font family of every text on the PDFs: DejaVu Sans Condensed, which covers Latin Extended and €. */
export const pdfFontFamily = "DejaVu Sans Condensed";

let registered = false;

/**
 * Registers the bundled TTF fonts with react-pdf, once per process. The path is
 * built from process.cwd() because the app runs from the repository root and a
 * Next.js server bundle does not keep files next to this module.
 */
export function registerPdfFonts(): void {
  if (registered) return;

  const fontDirectory = path.join(process.cwd(), "lib", "pdf", "fonts");
  Font.register({
    family: pdfFontFamily,
    fonts: [
      { src: path.join(fontDirectory, "DejaVuSansCondensed.ttf"), fontWeight: "normal" },
      { src: path.join(fontDirectory, "DejaVuSansCondensed-Bold.ttf"), fontWeight: "bold" },
    ],
  });

  // Words never break with a hyphen: article names and numbers stay whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
