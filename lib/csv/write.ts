import type { CsvDelimiter } from "./parse";

const byteOrderMark = "\uFEFF";

/**
 * Characters that make a spreadsheet treat a cell as a formula (CSV
 * injection): =, +, - and @ start formulas in Excel, LibreOffice and Google
 * Sheets, and a leading tab or carriage return can hide one of them.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** Prefix a cell that a spreadsheet would run as a formula with an apostrophe, so it shows as text. */
export function escapeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undo escapeFormula on an imported cell, so an export imports back to the same value. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

function quoteCell(value: string, delimiter: CsvDelimiter): string {
  const needsQuotes = value.includes('"') || value.includes(delimiter) || value.includes("\n") || value.includes("\r");
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Write rows as CSV for spreadsheets: a UTF-8 byte order mark (so Excel reads
 * é and ë correctly), ";" between cells (Excel's separator in Dutch locales),
 * CRLF after every row, quotes where RFC 4180 needs them, and every cell
 * passed through escapeFormula.
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ";"): string {
  const lines = rows.map((row) => row.map((cell) => quoteCell(escapeFormula(cell), delimiter)).join(delimiter));
  return byteOrderMark + lines.map((line) => `${line}\r\n`).join("");
}
