import "server-only";
import type { Db } from "@/db";
import {
  getMailSettingsForm,
  listMailPresets,
  listMailSettingsAudit,
  type MailPreset,
  type MailSettingsAuditEntry,
  type MailSettingsForm,
} from "@/lib/data/mail-settings";
import type { Tenant } from "@/lib/tenancy/types";
import type { MailSettingsDraft } from "@/lib/validation/mail-settings";
import { auditEntriesShown } from "./handlers";

/** Everything the mail settings page passes to the browser. It holds no password and no ciphertext. */
export type MailSettingsPageData = {
  draft: MailSettingsDraft;
  /** True when the tenant has saved settings, so "send with the saved settings" can work. */
  configured: boolean;
  hasPassword: boolean;
  presets: MailPreset[];
  audit: MailSettingsAuditEntry[];
  tradeName: string;
  timeZone: string;
};

/** Loads the page's data: the stored settings as form text (with an empty password field), the presets and the audit log. */
export async function loadMailSettingsPage(db: Db, tenant: Tenant): Promise<MailSettingsPageData> {
  const [settings, presets, audit] = await Promise.all([
    getMailSettingsForm(db, tenant.id),
    listMailPresets(db),
    listMailSettingsAudit(db, tenant.id, auditEntriesShown),
  ]);
  return {
    draft: settings ? draftFromSettings(settings) : newDraft(tenant),
    configured: settings !== null,
    hasPassword: settings?.hasPassword ?? false,
    presets,
    audit,
    tradeName: tenant.tradeName,
    timeZone: tenant.timeZone,
  };
}

function draftFromSettings(settings: MailSettingsForm): MailSettingsDraft {
  return {
    host: settings.host,
    port: String(settings.port),
    security: settings.security,
    username: settings.username,
    password: "",
    clearPassword: false,
    fromAddress: settings.fromAddress,
    fromName: settings.fromName,
    replyTo: settings.replyTo,
    cc: settings.cc.join(", "),
    bcc: settings.bcc.join(", "),
    dailyLimit: settings.dailyLimit === null ? "" : String(settings.dailyLimit),
    hideSuccessMessage: settings.hideSuccessMessage,
    pdfArchive: settings.pdfArchive,
    pdfRetentionDays: String(settings.pdfRetentionDays),
  };
}

/** The form of a bakery without settings: authenticated submission on 587, sending as the bakery's own address. */
function newDraft(tenant: Tenant): MailSettingsDraft {
  return {
    host: "",
    port: "587",
    security: "starttls",
    username: "",
    password: "",
    clearPassword: false,
    fromAddress: tenant.email,
    fromName: "",
    replyTo: "",
    cc: "",
    bcc: "",
    dailyLimit: "",
    hideSuccessMessage: false,
    pdfArchive: "keep",
    pdfRetentionDays: "90",
  };
}
