import type { CsvVocabulary } from "./vocabulary";

/**
 * How a field is written to and read from a CSV cell. Form values (see
 * lib/validation/*-values.ts) are text, booleans or codes; CSV cells are text,
 * so only booleans and choices need converting. "yes"/"no" and choice labels
 * are written in the export's language and read in Dutch, English or as codes.
 */
export type CsvFieldType =
  { type: "text" } | { type: "boolean" } | { type: "choice"; choice: keyof CsvVocabulary["choices"] };

export type CsvColumn<Key extends string> = {
  key: Key;
  field: CsvFieldType;
  /** Further header names that map to this field, besides the Dutch and English column names. */
  aliases?: readonly string[];
  /** An import without this column is rejected. */
  required?: boolean;
};

export type CsvCellIssue = { reason: string; values?: Record<string, string> };

/** A header or value reduced for matching: lower case, without accents, spaces or punctuation. */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const trueWords = ["ja", "j", "yes", "y", "true", "waar", "1", "x", "on"];
const falseWords = ["nee", "n", "no", "false", "onwaar", "0", "off", ""];

/** A form value as it is written to a cell in the vocabulary's language. */
export function formatCell(field: CsvFieldType, value: string | boolean, vocabulary: CsvVocabulary): string {
  if (field.type === "boolean") return value ? vocabulary.yes : vocabulary.no;
  if (field.type === "choice") {
    const labels = vocabulary.choices[field.choice] as Record<string, string>;
    return labels[String(value)] ?? String(value);
  }
  return String(value);
}

/**
 * A cell as a form value. Booleans and choices accept the words of every
 * vocabulary given (Dutch and English) and the codes themselves.
 */
export function parseCell(
  field: CsvFieldType,
  cell: string,
  vocabularies: readonly CsvVocabulary[],
): { value: string | boolean } | { issue: CsvCellIssue } {
  if (field.type === "text") return { value: cell };

  const normalized = normalizeLabel(cell);
  if (field.type === "boolean") {
    const yes = [...trueWords, ...vocabularies.map((vocabulary) => normalizeLabel(vocabulary.yes))];
    const no = [...falseWords, ...vocabularies.map((vocabulary) => normalizeLabel(vocabulary.no))];
    if (yes.includes(normalized)) return { value: true };
    if (no.includes(normalized)) return { value: false };
    return { issue: { reason: "csv.reasons.boolean", values: { value: cell } } };
  }

  for (const vocabulary of vocabularies) {
    const labels = vocabulary.choices[field.choice] as Record<string, string>;
    for (const [code, label] of Object.entries(labels)) {
      if (normalized === normalizeLabel(code) || normalized === normalizeLabel(label)) return { value: code };
    }
  }
  const allowed = Object.values(vocabularies[0]!.choices[field.choice] as Record<string, string>).join(", ");
  return { issue: { reason: "csv.reasons.choice", values: { value: cell, allowed } } };
}

/**
 * For each CSV column (by index), the field it fills, matched by header name
 * in any of the vocabularies, by field key or by alias; null leaves it unused.
 * A field is given to the first column that matches it only.
 */
export function suggestMapping<Key extends string>(
  headers: readonly string[],
  columns: readonly CsvColumn<Key>[],
  columnNames: (key: Key) => string[],
): (Key | null)[] {
  const byName = new Map<string, Key>();
  for (const column of columns) {
    for (const name of [column.key, ...columnNames(column.key), ...(column.aliases ?? [])]) {
      const normalized = normalizeLabel(name);
      if (!byName.has(normalized)) byName.set(normalized, column.key);
    }
  }

  const used = new Set<Key>();
  return headers.map((header) => {
    const key = byName.get(normalizeLabel(header));
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}
