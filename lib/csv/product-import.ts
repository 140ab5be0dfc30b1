import "server-only";
import type { Db } from "@/db";
import { listProductGroups } from "@/lib/data/product-groups";
import type { ProductRecord } from "@/lib/data/products";
import { findProductsByNumbers, saveProductsByNumber } from "@/lib/data/products-bulk";
import { productFormSchema, type ProductForm } from "@/lib/validation/product";
import { emptyProductValues, productRecordToValues, type ProductFieldKey } from "@/lib/validation/product-values";
import { normalizeLabel } from "./columns";
import type { ImportAnalysis, ImportIssue, ImportRequest } from "./import";
import { analyzeImport, commitImport, type ImportEntity, type ImportResult } from "./plan";
import { productCsvColumns } from "./product-columns";
import type { CsvVocabulary } from "./vocabulary";

/**
 * Returns a converter that replaces the product group's code or name with
 * the code (so "Banket" and "pastry" both work) and drops a "%" after the VAT rate.
 */
async function prepareProductValues(db: Db, tenantId: string) {
  const groups = await listProductGroups(db, tenantId);
  const codeByLabel = new Map<string, string>();
  for (const group of groups) {
    codeByLabel.set(normalizeLabel(group.code), group.code);
    if (!codeByLabel.has(normalizeLabel(group.name))) codeByLabel.set(normalizeLabel(group.name), group.code);
  }

  return (values: Partial<Record<ProductFieldKey, string | boolean>>): ImportIssue[] => {
    if (typeof values.vatRate === "string") values.vatRate = values.vatRate.replace("%", "").trim();
    if (typeof values.productGroup !== "string") return [];
    const code = codeByLabel.get(normalizeLabel(values.productGroup));
    if (code) {
      values.productGroup = code;
      return [];
    }
    return [
      {
        line: 0,
        field: "productGroup",
        column: null,
        reason: "csv.reasons.unknownGroup",
        values: { value: values.productGroup },
      },
    ];
  };
}

const productImport: ImportEntity<ProductFieldKey, ProductRecord, ProductForm> = {
  columns: productCsvColumns,
  columnNames: (vocabulary) => vocabulary.productColumns,
  schema: productFormSchema,
  numberConstraint: "products_tenant_number_key",
  emptyValues: () => emptyProductValues(null),
  storedValues: productRecordToValues,
  findByNumbers: findProductsByNumbers,
  save: saveProductsByNumber,
  prepare: prepareProductValues,
};

/** Check a product CSV without saving anything, for the preview. */
export function analyzeProductImport(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
): Promise<ImportAnalysis> {
  return analyzeImport(db, tenantId, request, vocabularies, productImport);
}

/** Save every row of a product CSV in one transaction, or none when a row has an issue. */
export function commitProductImport(
  db: Db,
  tenantId: string,
  request: ImportRequest,
  vocabularies: readonly CsvVocabulary[],
): Promise<ImportResult> {
  return commitImport(db, tenantId, request, vocabularies, productImport);
}
