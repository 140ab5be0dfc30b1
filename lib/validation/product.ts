import { z } from "zod";
import { vatRates, type VatRate } from "@/lib/money";
import { checkbox, checkboxField, moneyField, recordNumberField, requiredText } from "./form-fields";
import { listQueryShape } from "./list-query";

export const productCategories = ["bread", "pastry"] as const;
export type ProductCategory = (typeof productCategories)[number];

/** A product's fields, as the product form and a CSV row give them. */
export const productFormSchema = z.object({
  number: recordNumberField,
  name: requiredText(200),
  /** Code of one of the tenant's product groups; the data layer checks that it exists. */
  productGroup: z
    .string({ error: "validation.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "validation.required" })
    .max(30, { error: "validation.tooLong" }),
  unit: requiredText(20),
  priceCents: moneyField(),
  vatRate: z.coerce
    .number({ error: "validation.vatRate" })
    .refine((rate): rate is VatRate => (vatRates as readonly number[]).includes(rate), { error: "validation.vatRate" }),
  sliceable: checkboxField,
  active: checkbox(true),
});
export type ProductFormInput = z.input<typeof productFormSchema>;
export type ProductForm = z.output<typeof productFormSchema>;

/** A product group the bakery adds or renames. The code is fixed once products use it. */
export const productGroupSchema = z.object({
  code: z
    .string({ error: "validation.required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "validation.required" })
    .max(30, { error: "validation.tooLong" })
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "validation.groupCode" }),
  name: requiredText(100),
  category: z.enum(productCategories, { error: "validation.invalid_value" }).default("bread"),
});
export type ProductGroupInput = z.output<typeof productGroupSchema>;

export const productSortColumns = ["number", "name", "productGroup", "priceCents"] as const;
export type ProductSortColumn = (typeof productSortColumns)[number];

/** The product list's URL search parameters; malformed values fall back to their defaults. */
export const productListQuerySchema = z.object({
  ...listQueryShape,
  sort: z.enum(productSortColumns).catch("number").default("number"),
  group: z.string().trim().max(30).optional().catch(undefined),
  status: z.enum(["active", "inactive", "all"]).catch("active").default("active"),
});
export type ProductListQuery = z.output<typeof productListQuerySchema>;
