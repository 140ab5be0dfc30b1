import type { ProductFieldKey } from "@/lib/validation/product-values";
import type { CsvColumn } from "./columns";

const text = { type: "text" } as const;
const boolean = { type: "boolean" } as const;

/** The product CSV's columns in export order. The product group is written as its code. */
export const productCsvColumns: readonly CsvColumn<ProductFieldKey>[] = [
  {
    key: "number",
    field: text,
    required: true,
    aliases: ["nr", "artikelnummer", "artikelnr", "article number", "sku"],
  },
  { key: "name", field: text, required: true, aliases: ["omschrijving", "description", "artikel", "product"] },
  { key: "productGroup", field: text, aliases: ["groep", "group", "artikelgroep"] },
  { key: "unit", field: text, aliases: ["eenheid"] },
  { key: "priceCents", field: text, required: true, aliases: ["prijs", "price", "verkoopprijs"] },
  { key: "vatRate", field: text, required: true, aliases: ["btw", "vat", "btw %", "btw-tarief"] },
  { key: "sliceable", field: boolean, aliases: ["snijden"] },
  { key: "active", field: boolean, aliases: ["actief"] },
];
