import "server-only";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import { currentUserId } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { resolveTenantContext, type TenantContext } from "@/lib/tenancy";
import { hasPermission, type Permission } from "@/lib/tenancy/permissions";
import type { ActionResult } from "./result";

export type { ActionResult } from "./result";

export type ActionContext = TenantContext & { db: Db };

type ActionHandler<Schema extends z.ZodType, Output> = (context: ActionContext, input: z.output<Schema>) => Promise<Output>;

/**
 * Run a tenant-scoped action for a user: resolve the membership from the
 * slug, check the role's permission, parse the input and map failures to an
 * ActionResult. Split from tenantAction so that tests can call it with a user id.
 */
export async function runTenantAction<Schema extends z.ZodType, Output>(
  request: { db: Db; userId: string | null; tenantSlug: unknown; input: unknown },
  permission: Permission,
  schema: Schema,
  handler: ActionHandler<Schema, Output>,
): Promise<ActionResult<Output>> {
  const { db, userId, tenantSlug } = request;
  if (!userId) return { ok: false, error: "errors.unauthenticated" };
  if (typeof tenantSlug !== "string") return { ok: false, error: "errors.not_found" };

  const context = await resolveTenantContext(db, userId, tenantSlug);
  // A non-member learns nothing about whether the bakery exists.
  if (!context) return { ok: false, error: "errors.not_found" };
  if (!hasPermission(context.role, permission)) return { ok: false, error: "errors.forbidden" };

  const parsed = schema.safeParse(request.input);
  if (!parsed.success) return { ok: false, error: "errors.invalid_input", fieldErrors: fieldErrorsOf(parsed.error) };

  try {
    return { ok: true, data: await handler({ ...context, db }, parsed.data) };
  } catch (error) {
    if (isAppError(error)) return appErrorResult(error);
    logger.error({ err: error, tenantId: context.tenant.id, userId, permission }, "action failed");
    return { ok: false, error: "errors.internal" };
  }
}

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

function appErrorResult(error: AppError): ActionResult<never> {
  return { ok: false, error: `errors.${error.code}`, values: error.values };
}

/**
 * Field path → message keys. Schemas give keys as messages ("validation.…");
 * other issues get a key per zod issue code.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    const key = issue.message.startsWith("validation.") ? issue.message : `validation.${issue.code}`;
    (fieldErrors[field] ??= []).push(key);
  }
  return fieldErrors;
}
