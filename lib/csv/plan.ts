import "server-only";
import type { z } from "zod";
import type { Db } from "@/db";
import { isUniqueViolation } from "@/lib/data/database-errors";
import { AppError } from "@/lib/errors";
import type { CsvColumn } from "./columns";
import {
  duplicateNumberIssues,
  readImportFile,
  schemaIssues,
  sortIssues,
  type ImportAnalysis,
  type ImportIssue,
  type ImportRequest,
  type MappedRow,
} from "./import";
import type { CsvVocabulary } from "./vocabulary";

export type ImportResult =
  { status: "imported"; created: number; updated: number } | { status: "rejected"; analysis: ImportAnalysis };

/** The parts of an importable entity (customers, products) that the shared import steps use. */
export type ImportEntity<Key extends string, StoredRecord, Output> = {
  columns: readonly CsvColumn<Key>[];
  columnNames: (vocabulary: CsvVocabulary) => Record<string, string>;
  schema: z.ZodType<Output>;
  /** The constraint a number that is taken violates. */
  numberConstraint: string;
  emptyValues: () => Record<Key, string | boolean>;
  storedValues: (record: StoredRecord) => Record<Key, string | boolean>;
  findByNumbers: (db: Db, tenantId: string, numbers: number[]) => Promise<Map<number, StoredRecord>>;
  save: (db: Db, tenantId: string, rows: Output[], updateExisting: boolean) => Promise<void>;
  /** Entity-specific conversion of a row's values before validation, e.g. a group name to its code. */
  prepare?: (db: Db, tenantId: string) => Promise<(values: Partial<Record<Key, string | boolean>>) => ImportIssue[]>;
};

type ImportPlan<Output> = { analysis: ImportAnalysis; rows: Output[] };

type RowValues<Key extends string> = Partial<Record<Key, string | boolean>>;

/** The inputs of checkRow besides the row: the entity, the file's analysis and the stored records it names. */
type RowContext<Key extends string, StoredRecord, Output> = {
  entity: ImportEntity<Key, StoredRecord, Output>;
  mode: ImportRequest["mode"];
  analysis: ImportAnalysis;
  existing: Map<number, StoredRecord>;
  prepare: ((values: RowValues<Key>) => ImportIssue[]) | null;
  /** The label of a field in the first vocabulary's language. */
  fieldLabel: (field: string) => string;
};

const maxStoredNumber = 2_147_483_647;

function numberOf<Key extends string>(values: RowValues<Key>): number {
  return Number(String(values["number" as Key] ?? "").trim());
}

/**
 * Read a CSV and check every row: cell types, the entity's schema, numbers
 * repeated in the file, and numbers that exist already. In "create" mode an
 * existing number is a duplicate. In "update" mode the file's columns
 * overwrite those fields, and the columns it leaves out keep their stored values.
 */
async function planImport<Key extends string, StoredRecord, Output>(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
  entity: ImportEntity<Key, StoredRecord, Output>,
): Promise<ImportPlan<Output>> {
  const columnNames = (key: Key) => vocabularies.map((vocabulary) => entity.columnNames(vocabulary)[key] ?? key);
  const file = readImportFile(request, entity.columns, vocabularies, columnNames);
  const { analysis } = file;
  // Without a usable file or mapping, row checks would only repeat the same problem on every row.
  if (analysis.headers.length === 0 || analysis.issues.some((issue) => issue.reason.startsWith("csv.file."))) {
    return { analysis, rows: [] };
  }

  const issues: ImportIssue[] = [...analysis.issues];
  const numbered = file.rows.flatMap((row) => {
    const number = numberOf(row.values);
    return Number.isInteger(number) && number > 0 && number <= maxStoredNumber ? [{ line: row.line, number }] : [];
  });
  issues.push(...duplicateNumberIssues(numbered, analysis.headers, analysis.mapping));
  const context: RowContext<Key, StoredRecord, Output> = {
    entity,
    mode: request.mode,
    analysis,
    existing: await entity.findByNumbers(
      db,
      tenantId,
      numbered.map((row) => row.number),
    ),
    prepare: entity.prepare ? await entity.prepare(db, tenantId) : null,
    fieldLabel: (field) => columnNames(field as Key)[0] ?? field,
  };

  const rows: Output[] = [];
  let updateCount = 0;
  for (const row of file.rows) {
    const checked = checkRow(row, context);
    issues.push(...checked.issues);
    if (checked.parsed === null) continue;
    if (context.existing.has(numberOf(row.values))) updateCount += 1;
    rows.push(checked.parsed);
  }

  return {
    analysis: {
      ...analysis,
      issues: sortIssues(issues, analysis.mapping),
      createCount: rows.length - updateCount,
      updateCount,
    },
    rows,
  };
}

/**
 * Collect every issue of one row besides its unreadable cells, which the
 * analysis has already: a number that exists in "create" mode, the entity's
 * own checks and the schema. The schema does not report a field again that
 * has an issue already, so every field with a problem is listed once.
 * Returns the validated row too when the row has no issue at all.
 */
function checkRow<Key extends string, StoredRecord, Output>(
  row: MappedRow<Record<Key, string | boolean>>,
  context: RowContext<Key, StoredRecord, Output>,
): { issues: ImportIssue[]; parsed: Output | null } {
  const { analysis, entity } = context;
  const issues: ImportIssue[] = [];
  const number = numberOf(row.values);
  const stored = context.existing.get(number);
  if (stored && context.mode === "create") {
    issues.push({
      line: row.line,
      field: "number",
      column: columnOf("number", analysis),
      reason: "csv.reasons.numberExists",
      values: { number },
    });
  }

  const prepareIssues = context.prepare ? context.prepare(row.values) : [];
  issues.push(...prepareIssues.map((issue) => ({ ...issue, line: row.line, column: columnOf(issue.field, analysis) })));

  const reported = new Set([...row.issues, ...issues].flatMap((issue) => (issue.field ? [issue.field] : [])));
  // In "create" mode a stored record with the same number is a duplicate, not a base for the other fields.
  const base = stored && context.mode === "update" ? entity.storedValues(stored) : entity.emptyValues();
  const parsed = entity.schema.safeParse({ ...base, ...row.values });
  if (!parsed.success) {
    const schema = schemaIssues(parsed.error, row.line, analysis.headers, analysis.mapping, context.fieldLabel);
    issues.push(...schema.filter((issue) => issue.field === null || !reported.has(issue.field)));
  }

  const valid = parsed.success && issues.length === 0 && row.issues.length === 0;
  return { issues, parsed: valid ? parsed.data : null };
}

function columnOf(field: string | null, analysis: ImportAnalysis): string | null {
  if (!field) return null;
  return analysis.headers[analysis.mapping.indexOf(field)] ?? null;
}

/** Check a CSV without saving anything, for the preview. */
export async function analyzeImport<Key extends string, StoredRecord, Output>(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
  entity: ImportEntity<Key, StoredRecord, Output>,
): Promise<ImportAnalysis> {
  return (await planImport(db, tenantId, request, vocabularies, entity)).analysis;
}

/**
 * Check a CSV again and save all of its rows in one transaction, or none of
 * them when any row has an issue. Throws AppError("conflict") when another
 * save took one of the file's numbers after the check.
 */
export async function commitImport<Key extends string, StoredRecord, Output>(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
  entity: ImportEntity<Key, StoredRecord, Output>,
): Promise<ImportResult> {
  try {
    return await db.transaction(async (tx): Promise<ImportResult> => {
      const txDb = tx as unknown as Db;
      const plan = await planImport(txDb, tenantId, request, vocabularies, entity);
      if (plan.analysis.issues.length > 0) return { status: "rejected", analysis: plan.analysis };
      await entity.save(txDb, tenantId, plan.rows, request.mode === "update");
      return { status: "imported", created: plan.analysis.createCount, updated: plan.analysis.updateCount };
    });
  } catch (error) {
    if (isUniqueViolation(error, entity.numberConstraint)) throw new AppError("conflict");
    throw error;
  }
}
