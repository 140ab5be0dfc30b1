"use server";

import { tenantAction } from "@/lib/actions";
import { customerActions } from "@/lib/data/customer-actions";

const { create, update, setArchived, delete: remove, analyzeImport, commitImport } = customerActions;

export const createCustomerAction = tenantAction(create.permission, create.schema, create.handler);
export const updateCustomerAction = tenantAction(update.permission, update.schema, update.handler);
export const setCustomerArchivedAction = tenantAction(setArchived.permission, setArchived.schema, setArchived.handler);
export const deleteCustomerAction = tenantAction(remove.permission, remove.schema, remove.handler);
export const analyzeCustomerImportAction = tenantAction(
  analyzeImport.permission,
  analyzeImport.schema,
  analyzeImport.handler,
);
export const commitCustomerImportAction = tenantAction(
  commitImport.permission,
  commitImport.schema,
  commitImport.handler,
);
