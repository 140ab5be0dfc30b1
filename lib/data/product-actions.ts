import "server-only";
import { z } from "zod";
import { isLocale } from "@/i18n/messages";
import { analyzeProductImport, commitProductImport } from "@/lib/csv/product-import";
import { loadCsvVocabularies } from "@/lib/csv/vocabulary";
import { productFormSchema, productGroupSchema } from "@/lib/validation/product";
import { defineTenantAction } from "./action-spec";
import { importInputSchema, toImportRequest } from "./import-request";
import { createProductGroup, deleteProductGroup, updateProductGroup } from "./product-groups";
import { createProduct, deleteOrDeactivateProduct, updateProduct } from "./products";

/**
 * The product Server Actions' permission, input schema and handler. Every
 * handler takes the tenant from the verified context, never from the input.
 */
export const productActions = {
  create: defineTenantAction({
    permission: "products.write",
    schema: productFormSchema,
    handler: ({ db, tenant }, input) => createProduct(db, tenant.id, input),
  }),

  update: defineTenantAction({
    permission: "products.write",
    schema: z.object({ id: z.string(), values: productFormSchema }),
    handler: ({ db, tenant }, input) => updateProduct(db, tenant.id, input.id, input.values),
  }),

  delete: defineTenantAction({
    permission: "products.write",
    schema: z.object({ id: z.string() }),
    handler: async ({ db, tenant }, input) => ({ outcome: await deleteOrDeactivateProduct(db, tenant.id, input.id) }),
  }),

  createGroup: defineTenantAction({
    permission: "products.write",
    schema: productGroupSchema,
    handler: ({ db, tenant }, input) => createProductGroup(db, tenant.id, input),
  }),

  updateGroup: defineTenantAction({
    permission: "products.write",
    schema: productGroupSchema,
    handler: ({ db, tenant }, input) => updateProductGroup(db, tenant.id, input),
  }),

  deleteGroup: defineTenantAction({
    permission: "products.write",
    schema: z.object({ code: z.string().max(30) }),
    handler: ({ db, tenant }, input) => deleteProductGroup(db, tenant.id, input.code),
  }),

  analyzeImport: defineTenantAction({
    permission: "products.write",
    schema: importInputSchema,
    handler: async ({ db, tenant }, input) =>
      analyzeProductImport(db, tenant.id, await toImportRequest(input), await vocabulariesFor(tenant.locale)),
  }),

  commitImport: defineTenantAction({
    permission: "products.write",
    schema: importInputSchema,
    handler: async ({ db, tenant }, input) =>
      commitProductImport(db, tenant.id, await toImportRequest(input), await vocabulariesFor(tenant.locale)),
  }),
};

function vocabulariesFor(locale: string) {
  return loadCsvVocabularies(isLocale(locale) ? locale : "nl");
}
