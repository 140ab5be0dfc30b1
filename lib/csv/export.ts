import type { customers, products } from "@/db/schema";
import { customerRecordToValues } from "@/lib/validation/customer-values";
import { productRecordToValues } from "@/lib/validation/product-values";
import { formatCell, type CsvColumn } from "./columns";
import { customerCsvColumns } from "./customer-columns";
import { productCsvColumns } from "./product-columns";
import type { CsvVocabulary } from "./vocabulary";
import { writeCsv } from "./write";

function toCsv<Key extends string, StoredRecord>(
  records: readonly StoredRecord[],
  columns: readonly CsvColumn<Key>[],
  columnNames: Record<string, string>,
  toValues: (record: StoredRecord) => Record<Key, string | boolean>,
  vocabulary: CsvVocabulary,
): string {
  const header = columns.map((column) => columnNames[column.key] ?? column.key);
  const rows = records.map((record) => {
    const values = toValues(record);
    return columns.map((column) => formatCell(column.field, values[column.key], vocabulary));
  });
  return writeCsv([header, ...rows]);
}

/**
 * Customers as a CSV file in the vocabulary's language: one row per customer
 * with the columns of customerCsvColumns, readable by the customer import.
 */
export function customersToCsv(records: readonly (typeof customers.$inferSelect)[], vocabulary: CsvVocabulary): string {
  return toCsv(records, customerCsvColumns, vocabulary.customerColumns, customerRecordToValues, vocabulary);
}

/** Products as a CSV file in the vocabulary's language, readable by the product import. */
export function productsToCsv(records: readonly (typeof products.$inferSelect)[], vocabulary: CsvVocabulary): string {
  return toCsv(records, productCsvColumns, vocabulary.productColumns, productRecordToValues, vocabulary);
}

/** A download file name with the day of export, e.g. "klanten-2026-03-01.csv". */
export function exportFileName(base: string, isoDate: string): string {
  return `${base}-${isoDate}.csv`;
}
