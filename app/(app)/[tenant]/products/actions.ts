"use server";

import { tenantAction } from "@/lib/actions";
import { productActions } from "@/lib/data/product-actions";

const {
  create,
  update,
  delete: remove,
  createGroup,
  updateGroup,
  deleteGroup,
  analyzeImport,
  commitImport,
} = productActions;

export const createProductAction = tenantAction(create.permission, create.schema, create.handler);
export const updateProductAction = tenantAction(update.permission, update.schema, update.handler);
export const deleteProductAction = tenantAction(remove.permission, remove.schema, remove.handler);
export const createProductGroupAction = tenantAction(createGroup.permission, createGroup.schema, createGroup.handler);
export const updateProductGroupAction = tenantAction(updateGroup.permission, updateGroup.schema, updateGroup.handler);
export const deleteProductGroupAction = tenantAction(deleteGroup.permission, deleteGroup.schema, deleteGroup.handler);
export const analyzeProductImportAction = tenantAction(
  analyzeImport.permission,
  analyzeImport.schema,
  analyzeImport.handler,
);
export const commitProductImportAction = tenantAction(
  commitImport.permission,
  commitImport.schema,
  commitImport.handler,
);
