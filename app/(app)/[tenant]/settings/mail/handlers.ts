import "server-only";
import { z } from "zod";
import { defineTenantAction } from "@/lib/data/action-spec";
import {
  getMailTransportSettings,
  listMailSettingsAudit,
  saveMailSettings,
  type MailSettingsAuditEntry,
  type MailSettingsSaveResult,
} from "@/lib/data/mail-settings";
import { getTemplate, templateLocale } from "@/lib/data/mail-templates";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { createDnsResolver } from "@/lib/mail/dns-resolver";
import { probeSmtp, type ProbeResult, type SmtpProbeSettings } from "@/lib/mail/smtp-probe";
import { checkSpf, type SpfReport } from "@/lib/mail/spf";
import { renderTemplate } from "@/lib/mail/templates";
import type { Tenant } from "@/lib/tenancy/types";
import { mailSettingsSchema, type MailSettingsValues } from "@/lib/validation/mail-settings";

/** Number of audit entries the page lists. */
export const auditEntriesShown = 20;

/**
 * Timeouts of the test message, in milliseconds. A server that does not
 * answer fails after the connection or greeting timeout plus the probe's
 * check for implicit TLS (another connection timeout): about 16 s, plus the
 * DNS lookup when BROODBODE_DNS_SERVERS is set, so the dialog answers within
 * about 20 s. A server that answers each command just before the reply
 * timeout can take longer.
 */
export const testMessageTimeouts = { connectionTimeoutMs: 8_000, greetingTimeoutMs: 8_000, socketTimeoutMs: 10_000 };

export type SaveMailSettingsResult = MailSettingsSaveResult & { audit: MailSettingsAuditEntry[] };

/** "Save" on the mail settings page. */
export const saveMailSettingsSpec = defineTenantAction({
  permission: "settings.mail",
  schema: mailSettingsSchema,
  handler: async ({ db, tenant, userId }, input): Promise<SaveMailSettingsResult> => {
    const result = await saveMailSettings(db, tenant.id, userId, input);
    const changed = result.changedFields.length > 0;
    logger.info(
      { tenantId: tenant.id, userId, changedFields: result.changedFields, version: result.version },
      changed ? "mail settings saved" : "mail settings save changed nothing",
    );
    return { ...result, audit: await listMailSettingsAudit(db, tenant.id, auditEntriesShown) };
  },
});

export const testMessageSources = ["form", "saved"] as const;

const recipientField = mailSettingsSchema.shape.fromAddress;

export const testMessageSchema = z
  .object({
    to: recipientField,
    /** "form": the settings as edited in the form, unsaved; "saved": the stored settings. */
    source: z.enum(testMessageSources, { error: "validation.invalid_value" }),
    settings: mailSettingsSchema.optional(),
  })
  .superRefine((input, context) => {
    if (input.source === "form" && !input.settings) {
      context.addIssue({ code: "custom", path: ["settings"], message: "validation.required" });
    }
  });

/**
 * "Send test message": sends the tenant's test_message text to one recipient
 * with probeSmtp and returns its steps, transcript and diagnosis. With the
 * form's settings and an empty password field the stored password is used,
 * unless "remove stored password" is ticked. The result never contains the
 * password: probeSmtp redacts it, and the settings are not echoed back.
 */
export const sendTestMessageSpec = defineTenantAction({
  permission: "settings.mail",
  schema: testMessageSchema,
  handler: async ({ db, tenant, userId }, input): Promise<ProbeResult> => {
    const stored = await getMailTransportSettings(db, tenant.id);
    let settings: SmtpProbeSettings;
    if (input.source === "saved") {
      if (!stored) throw new AppError("mail_not_configured");
      settings = probeSettings(stored, stored.password, tenant);
    } else {
      const edited = input.settings!;
      settings = probeSettings(edited, passwordForEditedSettings(edited, stored?.password ?? null), tenant);
    }

    const template = await getTemplate(db, tenant.id, "test_message", tenant.locale);
    const rendered = renderTemplate(template, { bakery: tenant }, { locale: templateLocale(tenant.locale) });
    const result = await probeSmtp(settings, {
      to: input.to,
      message: { subject: rendered.subject, text: rendered.text },
      ...testMessageTimeouts,
    });

    const log = {
      tenantId: tenant.id,
      userId,
      source: input.source,
      host: settings.host,
      port: settings.port,
      security: settings.security,
    };
    if (result.ok) logger.info({ ...log, messageId: result.messageId }, "test message sent");
    else logger.info({ ...log, step: result.failedStep, kind: result.diagnosis.kind }, "test message failed");
    return result;
  },
});

function passwordForEditedSettings(edited: MailSettingsValues, storedPassword: string | null): string | null {
  if (edited.password !== "") return edited.password;
  return edited.clearPassword ? null : storedPassword;
}

function probeSettings(
  source: Pick<MailSettingsValues, "host" | "port" | "security" | "username" | "fromAddress" | "fromName">,
  password: string | null,
  tenant: Tenant,
): SmtpProbeSettings {
  return {
    host: source.host,
    port: source.port,
    security: source.security,
    username: source.username,
    password,
    fromAddress: source.fromAddress,
    fromName: source.fromName || tenant.tradeName,
  };
}

export const spfCheckSchema = z.object({
  senderAddress: mailSettingsSchema.shape.fromAddress,
  smtpHost: mailSettingsSchema.shape.host,
});

/**
 * "Check SPF": evaluates the SPF record of the sender's domain for the SMTP
 * host's addresses, with the DNS servers of BROODBODE_DNS_SERVERS or the system's.
 */
export const checkSpfSpec = defineTenantAction({
  permission: "settings.mail",
  schema: spfCheckSchema,
  handler: async ({ tenant, userId }, input): Promise<SpfReport> => {
    const report = await checkSpf({
      senderAddress: input.senderAddress,
      smtpHost: input.smtpHost,
      resolver: createDnsResolver(),
    });
    logger.info(
      {
        tenantId: tenant.id,
        userId,
        domain: report.domain,
        smtpHost: report.smtpHost,
        result: report.result,
        dmarc: report.dmarc.outcome,
      },
      "SPF check done",
    );
    return report;
  },
});
