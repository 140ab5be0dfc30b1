import type { z } from "zod";
import { parseCell, suggestMapping, type CsvColumn } from "./columns";
import { decodeCsvBytes, type CsvEncodingChoice } from "./decode";
import { detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from "./parse";
import type { CsvVocabulary } from "./vocabulary";
import { unescapeFormula } from "./write";

export const maxImportRows = 20_000;
export const maxImportMegabytes = 10;
export const previewRowCount = 10;

export type ImportMode = "create" | "update";

/** One reason an import cannot go ahead. `line` is the file's line (1 is the header row). */
export type ImportIssue = {
  line: number;
  /** The field's key, when the issue is about one field. */
  field: string | null;
  /** The column's header in the file, when the issue is about one column. */
  column: string | null;
  /** Message key, e.g. "validation.email" or "csv.reasons.boolean". */
  reason: string;
  values?: Record<string, string | number>;
};

export type ImportRequest = {
  bytes: Uint8Array;
  encoding: CsvEncodingChoice;
  mode: ImportMode;
  /** Field key per column index, or null to leave a column out; null maps columns by header name. */
  mapping: (string | null)[] | null;
};

/** What the preview shows, and what the commit re-checks before it writes anything. */
export type ImportAnalysis = {
  encoding: string | null;
  delimiter: CsvDelimiter | null;
  headers: string[];
  mapping: (string | null)[];
  rowCount: number;
  createCount: number;
  updateCount: number;
  issues: ImportIssue[];
  preview: { line: number; cells: string[] }[];
};

/** One record's values by field. `issues` are its cells that could not be read, also listed in the analysis. */
export type MappedRow<Values> = { line: number; values: Partial<Values>; issues: ImportIssue[] };

export type MappedFile<Values> = {
  analysis: ImportAnalysis;
  rows: MappedRow<Values>[];
};

function fileIssue(reason: string, values?: ImportIssue["values"]): ImportIssue {
  return { line: 1, field: null, column: null, reason, values };
}

function emptyAnalysis(issue: ImportIssue): ImportAnalysis {
  return {
    encoding: null,
    delimiter: null,
    headers: [],
    mapping: [],
    rowCount: 0,
    createCount: 0,
    updateCount: 0,
    issues: [issue],
    preview: [],
  };
}

/**
 * Decode, parse and map a CSV file to form values per row. Cells are
 * converted by column type (yes/no, choices); validation against the entity's
 * schema happens afterwards in the entity's import, which also counts the
 * records to create and update.
 */
export function readImportFile<Key extends string>(
  request: ImportRequest,
  columns: readonly CsvColumn<Key>[],
  vocabularies: readonly CsvVocabulary[],
  columnNames: (key: Key) => string[],
): MappedFile<Record<Key, string | boolean>> {
  if (request.bytes.length > maxImportMegabytes * 1024 * 1024) {
    return { analysis: emptyAnalysis(fileIssue("csv.file.tooLarge", { max: maxImportMegabytes })), rows: [] };
  }
  const decoded = decodeCsvBytes(request.bytes, request.encoding);
  if (!decoded.ok) return { analysis: emptyAnalysis(fileIssue(decoded.reason)), rows: [] };

  const delimiter = detectDelimiter(decoded.text);
  const parsed = parseCsv(decoded.text, delimiter);
  const [header, ...records] = parsed.records;
  if (!header) return { analysis: emptyAnalysis(fileIssue("csv.file.empty")), rows: [] };

  const headers = header.fields.map((name) => name.trim());
  const issues: ImportIssue[] = parsed.issues.map((issue) => ({ ...issue, field: null, column: null }));
  if (records.length > maxImportRows) issues.push(fileIssue("csv.file.tooManyRows", { max: maxImportRows }));
  if (records.length === 0 && parsed.issues.length === 0) issues.push(fileIssue("csv.file.noRows"));

  const mapping = normalizeMapping(request.mapping, headers, columns, columnNames);
  issues.push(...mappingIssues(mapping, columns, columnNames));

  const rows = records
    .slice(0, maxImportRows)
    .map((record) => mapRecord(record, headers, mapping, columns, vocabularies, issues));

  return {
    analysis: {
      encoding: decoded.encoding,
      delimiter,
      headers,
      mapping,
      rowCount: records.length,
      createCount: 0,
      updateCount: 0,
      issues,
      preview: records.slice(0, previewRowCount).map((record) => ({ line: record.line, cells: record.fields })),
    },
    rows,
  };
}

/** The requested mapping cut to the file's columns with unknown keys dropped, or the suggested one. */
function normalizeMapping<Key extends string>(
  requested: (string | null)[] | null,
  headers: string[],
  columns: readonly CsvColumn<Key>[],
  columnNames: (key: Key) => string[],
): (Key | null)[] {
  if (!requested) return suggestMapping(headers, columns, columnNames);
  const keys = new Set<string>(columns.map((column) => column.key));
  return headers.map((_, index) => {
    const key = requested[index];
    return key && keys.has(key) ? (key as Key) : null;
  });
}

function mappingIssues<Key extends string>(
  mapping: (Key | null)[],
  columns: readonly CsvColumn<Key>[],
  columnNames: (key: Key) => string[],
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const column of columns) {
    const count = mapping.filter((key) => key === column.key).length;
    const label = columnNames(column.key)[0] ?? column.key;
    if (column.required && count === 0) {
      issues.push({ ...fileIssue("csv.file.missingColumn", { column: label }), field: column.key });
    }
    if (count > 1) issues.push({ ...fileIssue("csv.file.columnMappedTwice", { column: label }), field: column.key });
  }
  return issues;
}

function mapRecord<Key extends string>(
  record: CsvRecord,
  headers: string[],
  mapping: (Key | null)[],
  columns: readonly CsvColumn<Key>[],
  vocabularies: readonly CsvVocabulary[],
  issues: ImportIssue[],
): MappedRow<Record<Key, string | boolean>> {
  const rowIssues: ImportIssue[] = [];
  const extra = record.fields.slice(headers.length).filter((field) => field.trim() !== "");
  if (extra.length > 0) {
    rowIssues.push({
      line: record.line,
      field: null,
      column: null,
      reason: "csv.reasons.tooManyFields",
      values: { count: record.fields.length, expected: headers.length },
    });
  }

  const values: Partial<Record<Key, string | boolean>> = {};
  mapping.forEach((key, index) => {
    if (!key) return;
    const column = columns.find((candidate) => candidate.key === key)!;
    // A row shorter than the header row leaves its last cells empty.
    const cell = unescapeFormula((record.fields[index] ?? "").trim());
    const parsed = parseCell(column.field, cell, vocabularies);
    if ("issue" in parsed) {
      rowIssues.push({ line: record.line, field: key, column: headers[index] ?? null, ...parsed.issue });
    } else {
      values[key] = parsed.value;
    }
  });
  issues.push(...rowIssues);
  return { line: record.line, values, issues: rowIssues };
}

/** A message key as schemas give it ("validation.email", "formFields.controlCharacter"), not a zod sentence. */
const messageKeyPattern = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/;

/**
 * Schema issues of one row as import issues, each with the column it came
 * from. Each one has the value `field`, the column's header or else the
 * field's label, for messages that name their field.
 */
export function schemaIssues(
  error: z.ZodError,
  line: number,
  headers: string[],
  mapping: (string | null)[],
  fieldLabel: (field: string) => string,
): ImportIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : null;
    const index = field ? mapping.indexOf(field) : -1;
    const column = index >= 0 ? (headers[index] ?? null) : null;
    const reason = messageKeyPattern.test(issue.message) ? issue.message : `validation.${issue.code}`;
    const label = column || (field ? fieldLabel(field) : "");
    return { line, field, column, reason, values: { field: label } };
  });
}

/** Issues for numbers that occur more than once in the file, on every later occurrence. */
export function duplicateNumberIssues(
  rows: { line: number; number: number }[],
  headers: string[],
  mapping: (string | null)[],
): ImportIssue[] {
  const firstLine = new Map<number, number>();
  const issues: ImportIssue[] = [];
  const column = headers[mapping.indexOf("number")] ?? null;
  for (const row of rows) {
    const first = firstLine.get(row.number);
    if (first === undefined) firstLine.set(row.number, row.line);
    else
      issues.push({
        line: row.line,
        field: "number",
        column,
        reason: "csv.reasons.duplicateInFile",
        values: { number: row.number, line: first },
      });
  }
  return issues;
}

/**
 * Issues sorted by line, so that the report reads top to bottom, and within a
 * line by the position of their column in the file. Issues about the whole
 * line or a field without a column come first.
 */
export function sortIssues(issues: ImportIssue[], mapping: (string | null)[]): ImportIssue[] {
  const position = (issue: ImportIssue) => (issue.field === null ? -1 : mapping.indexOf(issue.field));
  return [...issues].sort((a, b) => a.line - b.line || position(a) - position(b));
}
