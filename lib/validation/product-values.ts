import type { products } from "@/db/schema";
import { centsToEuroText } from "./form-fields";

/** A product's fields as a form or a CSV row holds them before validation (see productFormSchema). */
export type ProductFieldValues = {
  number: string;
  name: string;
  productGroup: string;
  unit: string;
  priceCents: string;
  vatRate: string;
  sliceable: boolean;
  active: boolean;
};

export type ProductFieldKey = keyof ProductFieldValues;

export function emptyProductValues(number: number | null): ProductFieldValues {
  return {
    number: number === null ? "" : String(number),
    name: "",
    productGroup: "bread",
    unit: "st",
    priceCents: "",
    vatRate: "9",
    sliceable: false,
    active: true,
  };
}

export function productRecordToValues(record: typeof products.$inferSelect): ProductFieldValues {
  return {
    number: String(record.number),
    name: record.name,
    productGroup: record.productGroup,
    unit: record.unit,
    priceCents: centsToEuroText(record.priceCents),
    vatRate: String(record.vatRate),
    sliceable: record.sliceable,
    active: record.active,
  };
}
