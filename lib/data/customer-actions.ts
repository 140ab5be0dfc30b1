import "server-only";
import { z } from "zod";
import { analyzeCustomerImport, commitCustomerImport } from "@/lib/csv/customer-import";
import { loadCsvVocabularies } from "@/lib/csv/vocabulary";
import { isLocale } from "@/i18n/messages";
import { customerFormSchema } from "@/lib/validation/customer";
import { defineTenantAction } from "./action-spec";
import { createCustomer, deleteOrArchiveCustomer, setCustomerArchived, updateCustomer } from "./customers";
import { importInputSchema, toImportRequest } from "./import-request";

/**
 * The customer Server Actions' permission, input schema and handler. Every
 * handler takes the tenant from the verified context, never from the input.
 */
export const customerActions = {
  create: defineTenantAction({
    permission: "customers.write",
    schema: customerFormSchema,
    handler: ({ db, tenant }, input) => createCustomer(db, tenant.id, input),
  }),

  update: defineTenantAction({
    permission: "customers.write",
    schema: z.object({ id: z.string(), values: customerFormSchema }),
    handler: ({ db, tenant }, input) => updateCustomer(db, tenant.id, input.id, input.values),
  }),

  setArchived: defineTenantAction({
    permission: "customers.write",
    schema: z.object({ id: z.string(), archived: z.boolean() }),
    handler: ({ db, tenant }, input) => setCustomerArchived(db, tenant.id, input.id, input.archived),
  }),

  delete: defineTenantAction({
    permission: "customers.write",
    schema: z.object({ id: z.string() }),
    handler: async ({ db, tenant }, input) => ({ outcome: await deleteOrArchiveCustomer(db, tenant.id, input.id) }),
  }),

  analyzeImport: defineTenantAction({
    permission: "customers.write",
    schema: importInputSchema,
    handler: async ({ db, tenant }, input) =>
      analyzeCustomerImport(db, tenant.id, await toImportRequest(input), await vocabulariesFor(tenant.locale)),
  }),

  commitImport: defineTenantAction({
    permission: "customers.write",
    schema: importInputSchema,
    handler: async ({ db, tenant }, input) =>
      commitCustomerImport(db, tenant.id, await toImportRequest(input), await vocabulariesFor(tenant.locale)),
  }),
};

function vocabulariesFor(locale: string) {
  return loadCsvVocabularies(isLocale(locale) ? locale : "nl");
}
