import { emptyCustomerValues, type CustomerFieldValues } from "@/lib/validation/customer-values";
import { emptyProductValues, type ProductFieldValues } from "@/lib/validation/product-values";
import { formatCell, type CsvColumn } from "./columns";
import { customerCsvColumns } from "./customer-columns";
import { productCsvColumns } from "./product-columns";
import type { CsvVocabulary } from "./vocabulary";
import { writeCsv } from "./write";

/** The example customer of the template; every other field has its default. */
const exampleCustomer: CustomerFieldValues = {
  ...emptyCustomerValues(1),
  name: "Café De Kroeg",
  contactPerson: "Jan de Vries",
  phone: "030 123 45 67",
  email: "info@dekroeg.example",
  address: "Dorpsstraat 1",
  postalCode: "3511 AB",
  city: "Utrecht",
  route: "1",
  deliveryFeeCents: "2,50",
  freeDeliveryMinimumCents: "25,00",
  noteDispatch: "email",
  noteEmails: "bonnen@dekroeg.example",
};

function templateCsv<Key extends string>(
  columns: readonly CsvColumn<Key>[],
  columnNames: Record<string, string>,
  example: Record<Key, string | boolean>,
  vocabulary: CsvVocabulary,
): string {
  const header = columns.map((column) => columnNames[column.key] ?? column.key);
  const row = columns.map((column) => formatCell(column.field, example[column.key], vocabulary));
  return writeCsv([header, row]);
}

/**
 * A customer CSV to start from: the header row with every column in the
 * vocabulary's language and one example customer, written like an export
 * (UTF-8 with BOM, ";"), so that the import reads it back.
 */
export function customerTemplateCsv(vocabulary: CsvVocabulary): string {
  return templateCsv(customerCsvColumns, vocabulary.customerColumns, exampleCustomer, vocabulary);
}

/** A product CSV to start from, like customerTemplateCsv. The example is in the product group `groupCode`. */
export function productTemplateCsv(vocabulary: CsvVocabulary, groupCode: string): string {
  const example: ProductFieldValues = {
    ...emptyProductValues(1),
    name: "Volkorenbrood",
    productGroup: groupCode,
    unit: "st",
    priceCents: "2,95",
    sliceable: true,
  };
  return templateCsv(productCsvColumns, vocabulary.productColumns, example, vocabulary);
}

/** A CSV text as a data URL, for a download link that works without script. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
