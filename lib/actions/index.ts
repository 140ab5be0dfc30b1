import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { currentUserId } from "@/lib/auth/session";
import type { Permission } from "@/lib/tenancy/permissions";
import type { ActionResult } from "./result";
import { runTenantAction, type ActionHandler } from "./run";

export type { ActionResult } from "./result";
export { fieldErrorsOf, runTenantAction, type ActionContext } from "./run";

/**
 * Build a Server Action `(tenantSlug, input) => ActionResult`. Server Actions
 * are public endpoints, so every call re-checks session, membership and role,
 * whatever the page that rendered the form checked.
 */
export function tenantAction<Schema extends z.ZodType, Output>(
  permission: Permission,
  schema: Schema,
  handler: ActionHandler<Schema, Output>,
) {
  return async (tenantSlug: string, input: z.input<Schema>): Promise<ActionResult<Output>> => {
    const [db, userId] = await Promise.all([getDb(), currentUserId()]);
    return runTenantAction({ db, userId, tenantSlug, input }, permission, schema, handler);
  };
}
