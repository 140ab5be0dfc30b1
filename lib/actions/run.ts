import "server-only";
import type { z } from "zod";
import type { Db } from "@/db";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import { hasPermission, type Permission } from "@/lib/tenancy/permissions";
import { withTenantScope } from "@/lib/tenancy/scope";
import type { TenantContext } from "@/lib/tenancy/types";
import type { ActionResult } from "./result";

export type ActionContext = TenantContext & { db: Db };

export type ActionHandler<Schema extends z.ZodType, Output> = (
  context: ActionContext,
  input: z.output<Schema>,
) => Promise<Output>;

/**
 * Run a tenant-scoped action for a user: resolve the membership from the
 * slug, check the role's permission, parse the input and map failures to an
 * ActionResult. It does not read the session itself, so tests can call it with a user id.
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
    // The handler runs in one transaction under row-level security for this tenant.
    const data = await withTenantScope(db, context.tenant.id, (scoped) =>
      handler({ ...context, db: scoped }, parsed.data),
    );
    return { ok: true, data };
  } catch (error) {
    if (isAppError(error)) return appErrorResult(error);
    logger.error({ err: error, tenantId: context.tenant.id, userId, permission }, "action failed");
    return { ok: false, error: "errors.internal" };
  }
}

function appErrorResult(error: AppError): ActionResult<never> {
  return { ok: false, error: `errors.${error.code}`, values: error.values };
}

/**
 * Field path → message keys. Schemas give message keys ("validation.email",
 * "mailSettings.validation.hostScheme"); zod's own messages are sentences, so
 * those issues get a key per zod issue code instead.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    const key = messageKeyPattern.test(issue.message) ? issue.message : `validation.${issue.code}`;
    (fieldErrors[field] ??= []).push(key);
  }
  return fieldErrors;
}

const messageKeyPattern = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+)+$/;
