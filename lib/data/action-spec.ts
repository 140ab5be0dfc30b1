import type { z } from "zod";
import type { ActionContext } from "@/lib/actions/run";
import type { Permission } from "@/lib/tenancy/permissions";

/**
 * The three arguments of tenantAction, kept together so that the Server
 * Action (tenantAction) and tests (runTenantAction) use the same permission,
 * schema and handler.
 */
export type TenantActionSpec<Schema extends z.ZodType, Output> = {
  permission: Permission;
  schema: Schema;
  handler: (context: ActionContext, input: z.output<Schema>) => Promise<Output>;
};

export function defineTenantAction<Schema extends z.ZodType, Output>(
  spec: TenantActionSpec<Schema, Output>,
): TenantActionSpec<Schema, Output> {
  return spec;
}
