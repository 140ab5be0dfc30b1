import "server-only";
import type { Db } from "@/db";
import { findCustomersByNumbers, saveCustomersByNumber } from "@/lib/data/customers-bulk";
import type { CustomerRecord } from "@/lib/data/customers";
import { customerFieldsSchema, type CustomerFields } from "@/lib/validation/customer";
import { customerRecordToValues, emptyCustomerValues, type CustomerFieldKey } from "@/lib/validation/customer-values";
import { customerCsvColumns } from "./customer-columns";
import type { ImportAnalysis, ImportRequest } from "./import";
import { analyzeImport, commitImport, type ImportEntity, type ImportResult } from "./plan";
import type { CsvVocabulary } from "./vocabulary";

const customerImport: ImportEntity<CustomerFieldKey, CustomerRecord, CustomerFields> = {
  columns: customerCsvColumns,
  columnNames: (vocabulary) => vocabulary.customerColumns,
  schema: customerFieldsSchema,
  numberConstraint: "customers_tenant_number_key",
  emptyValues: () => emptyCustomerValues(null),
  storedValues: customerRecordToValues,
  findByNumbers: findCustomersByNumbers,
  save: saveCustomersByNumber,
};

/** Check a customer CSV without saving anything, for the preview. */
export function analyzeCustomerImport(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
): Promise<ImportAnalysis> {
  return analyzeImport(db, tenantId, request, vocabularies, customerImport);
}

/** Save every row of a customer CSV in one transaction, or none when a row has an issue. */
export function commitCustomerImport(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
): Promise<ImportResult> {
  return commitImport(db, tenantId, request, vocabularies, customerImport);
}
