import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, customers, mailTemplates } from "@/db/schema";
import { defaultLocale, isLocale, type Locale } from "@/i18n/messages";
import { AppError } from "@/lib/errors";
import { defaultTemplate } from "@/lib/mail/template-defaults";
import {
  isMessageKind,
  messageKinds,
  validateTemplate,
  type MailTemplate,
  type MessageKind,
  type TemplateError,
} from "@/lib/mail/templates";

/** The email text a tenant sends for one kind: its own when customised, otherwise the default. */
export type EffectiveTemplate = MailTemplate & {
  kind: MessageKind;
  /** True when the tenant stored its own text, false when this is the default of the tenant's language. */
  customised: boolean;
};

/** One kind on the settings page: the text in use and the default that "reset to default" restores. */
export type TemplateSetting = EffectiveTemplate & { defaultTemplate: MailTemplate };

/** A customer the settings page can fill its preview from. */
export type PreviewCustomer = { id: string; number: number; name: string; contactPerson: string };

/** Maximum number of customers the preview's select lists. */
export const maxPreviewCustomers = 500;

/**
 * The rejection of a template that validateTemplate finds invalid. Its code is
 * "invalid_input", `values.keys` lists the message keys of the problems, and
 * `errors` carries each problem with its values for callers on the server.
 */
export class TemplateValidationError extends AppError {
  readonly errors: TemplateError[];

  constructor(kind: MessageKind, errors: TemplateError[]) {
    const keys = [...new Set(errors.map((error) => error.key))];
    super("invalid_input", `Invalid ${kind} template: ${keys.join(", ")}.`, {
      count: errors.length,
      keys: keys.join(", "),
    });
    this.name = "TemplateValidationError";
    this.errors = errors;
  }
}

/** Narrows a tenant's stored locale to a supported one. An unknown value falls back to Dutch. */
export function templateLocale(locale: string): Locale {
  return isLocale(locale) ? locale : defaultLocale;
}

/**
 * Loads the text a tenant sends for a kind: the stored subject and body, or the
 * default text in the tenant's locale when the tenant has none.
 */
export async function getTemplate(
  db: Db,
  tenantId: string,
  kind: MessageKind,
  locale: string,
): Promise<EffectiveTemplate> {
  const [row] = await db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.tenantId, tenantId), eq(mailTemplates.kind, kind)));

  if (row) return { kind, subject: row.subject, body: row.body, customised: true };
  return { kind, ...defaultTemplate(kind, templateLocale(locale)), customised: false };
}

/** Lists every message kind with the text in use and its default, in the order of messageKinds. */
export async function listTemplates(db: Db, tenantId: string, locale: string): Promise<TemplateSetting[]> {
  const rows = await db
    .select({ kind: mailTemplates.kind, subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(eq(mailTemplates.tenantId, tenantId));

  const stored = new Map<MessageKind, MailTemplate>();
  for (const row of rows) {
    // A row of a kind this version does not know is left alone, because nothing sends it.
    if (isMessageKind(row.kind)) stored.set(row.kind, { subject: row.subject, body: row.body });
  }

  return messageKinds.map((kind) => {
    const fallback = defaultTemplate(kind, templateLocale(locale));
    const own = stored.get(kind);
    return { kind, ...(own ?? fallback), customised: own !== undefined, defaultTemplate: fallback };
  });
}

/**
 * Validates and stores a tenant's text for a kind, replacing any earlier one, and
 * records the change in the audit log.
 *
 * @throws TemplateValidationError (code "invalid_input") when validateTemplate reports
 *   a problem. Nothing is stored then.
 */
export async function saveTemplate(
  db: Db,
  tenantId: string,
  userId: string | null,
  kind: MessageKind,
  template: MailTemplate,
): Promise<void> {
  const validation = validateTemplate(kind, template);
  if (!validation.ok) throw new TemplateValidationError(kind, validation.errors);

  const { subject, body } = template;
  await db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ subject: mailTemplates.subject, body: mailTemplates.body })
      .from(mailTemplates)
      .where(and(eq(mailTemplates.tenantId, tenantId), eq(mailTemplates.kind, kind)));

    await tx
      .insert(mailTemplates)
      .values({ tenantId, kind, subject, body, updatedBy: userId, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [mailTemplates.tenantId, mailTemplates.kind],
        set: { subject, body, updatedBy: userId, updatedAt: new Date() },
      });

    const changedFields = [
      previous?.subject === subject ? null : `${kind}.subject`,
      previous?.body === body ? null : `${kind}.body`,
    ].filter((field) => field !== null);
    await tx.insert(auditLog).values({ tenantId, userId, action: "mail_templates.update", changedFields });
  });
}

/**
 * Deletes a tenant's own text for a kind, so the default is sent again, and records
 * the reset in the audit log when there was a text to delete.
 *
 * @returns whether the tenant had its own text.
 */
export async function resetTemplate(
  db: Db,
  tenantId: string,
  kind: MessageKind,
  userId: string | null = null,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(mailTemplates)
      .where(and(eq(mailTemplates.tenantId, tenantId), eq(mailTemplates.kind, kind)))
      .returning({ kind: mailTemplates.kind });
    if (deleted.length === 0) return false;

    await tx
      .insert(auditLog)
      .values({ tenantId, userId, action: "mail_templates.reset", changedFields: [`${kind}.subject`, `${kind}.body`] });
    return true;
  });
}

/**
 * Lists the tenant's customers that are not archived, by number, for the preview's
 * select. At most maxPreviewCustomers are returned.
 */
export async function listPreviewCustomers(db: Db, tenantId: string): Promise<PreviewCustomer[]> {
  return db
    .select({
      id: customers.id,
      number: customers.number,
      name: customers.name,
      contactPerson: customers.contactPerson,
    })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), isNull(customers.archivedAt)))
    .orderBy(asc(customers.number))
    .limit(maxPreviewCustomers);
}
