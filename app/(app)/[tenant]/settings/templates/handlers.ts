import "server-only";
import { z } from "zod";
import type { ActionContext } from "@/lib/actions";
import { getTemplate, resetTemplate, saveTemplate, type EffectiveTemplate } from "@/lib/data/mail-templates";
import { logger } from "@/lib/logger";
import { maxBodyLength, messageKinds } from "@/lib/mail/templates";

// The limits here only bound the request size. validateTemplate applies the real
// limits and reports them in words the settings page can show.
export const saveTemplateSchema = z.object({
  kind: z.enum(messageKinds),
  subject: z.string().max(2_000, { error: "validation.tooLong" }),
  body: z.string().max(4 * maxBodyLength, { error: "validation.tooLong" }),
});

export const resetTemplateSchema = z.object({ kind: z.enum(messageKinds) });

/** Stores the tenant's text for a kind and returns it as the page shows it. */
export async function handleSaveTemplate(
  context: ActionContext,
  input: z.output<typeof saveTemplateSchema>,
): Promise<EffectiveTemplate> {
  const { db, tenant, userId } = context;
  await saveTemplate(db, tenant.id, userId, input.kind, { subject: input.subject, body: input.body });
  logger.info({ tenantId: tenant.id, userId, kind: input.kind }, "mail template saved");
  return getTemplate(db, tenant.id, input.kind, tenant.locale);
}

/** Deletes the tenant's text for a kind and returns the default that applies again. */
export async function handleResetTemplate(
  context: ActionContext,
  input: z.output<typeof resetTemplateSchema>,
): Promise<EffectiveTemplate> {
  const { db, tenant, userId } = context;
  const hadOwnText = await resetTemplate(db, tenant.id, input.kind, userId);
  logger.info({ tenantId: tenant.id, userId, kind: input.kind, hadOwnText }, "mail template reset to default");
  return getTemplate(db, tenant.id, input.kind, tenant.locale);
}
