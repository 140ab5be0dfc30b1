export const csvEncodings = ["utf-8", "windows-1252"] as const;
export type CsvEncoding = (typeof csvEncodings)[number];
export type CsvEncodingChoice = "auto" | CsvEncoding;

/**
 * Windows-1252 characters of bytes 0x80–0x9F, which differ from ISO-8859-1.
 * Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined and stay as they are.
 */
const windows1252High: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

/**
 * Decode Windows-1252. Node 20.20's TextDecoder("windows-1252") returns
 * bytes 0x80–0x9F as the C1 controls U+0080–U+009F (ISO-8859-1), which would
 * turn € and curly quotes into invisible characters, so those are mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (character) => windows1252High[character.charCodeAt(0)] ?? character);
}

export type DecodedCsv =
  | { ok: true; text: string; encoding: CsvEncoding | "utf-16le"; hadBom: boolean }
  | { ok: false; reason: "csv.file.notUtf8" | "csv.file.empty" };

/**
 * Decode an uploaded CSV file. "auto" reads UTF-8 (with or without BOM) and
 * falls back to Windows-1252 when the bytes are not valid UTF-8, which is what
 * older Excel versions and desktop bakery software write. A UTF-16 BOM
 * (Excel's "Unicode text") is honoured in every mode. Choosing "utf-8" for a
 * file that is not valid UTF-8 fails instead of replacing characters.
 */
export function decodeCsvBytes(bytes: Uint8Array, choice: CsvEncodingChoice = "auto"): DecodedCsv {
  if (bytes.length === 0) return { ok: false, reason: "csv.file.empty" };

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
      encoding: "utf-16le",
      hadBom: true,
    };
  }
  const hadUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadUtf8Bom ? bytes.subarray(3) : bytes;

  if (choice === "windows-1252") {
    return { ok: true, text: decodeWindows1252(body), encoding: "windows-1252", hadBom: hadUtf8Bom };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: "utf-8", hadBom: hadUtf8Bom };
  } catch {
    if (choice === "utf-8") return { ok: false, reason: "csv.file.notUtf8" };
    return { ok: true, text: decodeWindows1252(body), encoding: "windows-1252", hadBom: false };
  }
}
