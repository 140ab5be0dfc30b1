/**
 * Build a Content-Disposition header value for a file name (RFC 6266): an ASCII
 * `filename` for old clients, and `filename*` with the exact name encoded as
 * UTF-8 (RFC 8187), which current browsers prefer.
 */
export function contentDisposition(type: "inline" | "attachment", fileName: string): string {
  // A lone surrogate would make encodeURIComponent throw; toWellFormed() turns it into U+FFFD.
  const name = (fileName.trim() || "download").toWellFormed();
  return `${type}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

/**
 * Drop accents ("é" becomes "e") and replace by "_" every character that is
 * not printable ASCII or that has a meaning in a quoted string or a path
 * (`"`, `\`, `/`, `%`).
 */
function asciiFileName(fileName: string): string {
  const withoutAccents = fileName.normalize("NFKD").replace(/\p{M}/gu, "");
  return withoutAccents.replace(/[^\x20-\x7e]|["\\/%]/g, "_");
}

/** Percent-encode everything outside RFC 8187's attr-char set; encodeURIComponent leaves `'()*` as they are. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
