import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, mailPresets, mailSettings, users } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { mailSettingsAuditAction } from "./mail-settings-save";

export type SmtpSecurity = "none" | "starttls" | "tls";

/** A tenant's SMTP settings with the password decrypted, for the transport only. */
export type MailTransportSettings = {
  tenantId: string;
  version: number;
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  password: string | null;
  fromAddress: string;
  fromName: string;
  replyTo: string;
  cc: string[];
  bcc: string[];
  dailyLimit: number | null;
  pdfArchive: "keep" | "delete";
  pdfRetentionDays: number;
};

export async function getMailTransportSettings(db: Db, tenantId: string): Promise<MailTransportSettings | null> {
  const [row] = await db.select().from(mailSettings).where(eq(mailSettings.tenantId, tenantId));
  if (!row) return null;
  return {
    tenantId: row.tenantId,
    version: row.version,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    password: row.passwordEncrypted ? decryptSecret(row.passwordEncrypted) : null,
    fromAddress: row.fromAddress,
    fromName: row.fromName,
    replyTo: row.replyTo,
    cc: row.cc,
    bcc: row.bcc,
    dailyLimit: row.dailyLimit,
    pdfArchive: row.pdfArchive,
    pdfRetentionDays: row.pdfRetentionDays,
  };
}

/** Whether the tenant has mail settings that a message can be sent with. */
export async function hasMailSettings(db: Db, tenantId: string): Promise<boolean> {
  const [row] = await db
    .select({ host: mailSettings.host, fromAddress: mailSettings.fromAddress })
    .from(mailSettings)
    .where(eq(mailSettings.tenantId, tenantId));
  return Boolean(row?.host && row.fromAddress);
}

/** The sender's address and name, for composing messages at enqueue time. */
export async function getSender(db: Db, tenantId: string): Promise<{ address: string; name: string } | null> {
  const [row] = await db
    .select({ address: mailSettings.fromAddress, name: mailSettings.fromName })
    .from(mailSettings)
    .where(eq(mailSettings.tenantId, tenantId));
  return row ?? null;
}

/** The mail settings as the settings form shows them: every field but the password, which is only reported as present. */
export type MailSettingsForm = {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  hasPassword: boolean;
  fromAddress: string;
  fromName: string;
  replyTo: string;
  cc: string[];
  bcc: string[];
  dailyLimit: number | null;
  hideSuccessMessage: boolean;
  pdfArchive: "keep" | "delete";
  pdfRetentionDays: number;
  version: number;
  /** ISO timestamp of the last save. */
  updatedAt: string;
};

/** Loads the tenant's settings for the form, or null when none are stored. Never reads the password column's value. */
export async function getMailSettingsForm(db: Db, tenantId: string): Promise<MailSettingsForm | null> {
  const [row] = await db
    .select({
      host: mailSettings.host,
      port: mailSettings.port,
      security: mailSettings.security,
      username: mailSettings.username,
      hasPassword: sql<boolean>`${mailSettings.passwordEncrypted} is not null`.mapWith(Boolean),
      fromAddress: mailSettings.fromAddress,
      fromName: mailSettings.fromName,
      replyTo: mailSettings.replyTo,
      cc: mailSettings.cc,
      bcc: mailSettings.bcc,
      dailyLimit: mailSettings.dailyLimit,
      hideSuccessMessage: mailSettings.hideSuccessMessage,
      pdfArchive: mailSettings.pdfArchive,
      pdfRetentionDays: mailSettings.pdfRetentionDays,
      version: mailSettings.version,
      updatedAt: mailSettings.updatedAt,
    })
    .from(mailSettings)
    .where(eq(mailSettings.tenantId, tenantId));
  if (!row) return null;
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

/** A provider preset of the settings form. */
export type MailPreset = {
  key: string;
  name: string;
  category: "isp" | "service";
  host: string;
  port: number;
  security: SmtpSecurity;
  dailyLimit: number | null;
  /** Key of an explanation under mailSettings.presetHelp, or null. */
  helpKey: string | null;
};

/** Lists the provider presets in display order. Presets are shared by all tenants. */
export async function listMailPresets(db: Db): Promise<MailPreset[]> {
  const rows = await db
    .select({
      key: mailPresets.key,
      name: mailPresets.name,
      category: mailPresets.category,
      host: mailPresets.host,
      port: mailPresets.port,
      security: mailPresets.security,
      dailyLimit: mailPresets.dailyLimit,
      helpKey: mailPresets.helpKey,
    })
    .from(mailPresets)
    .orderBy(asc(mailPresets.position), asc(mailPresets.name));
  return rows.map((row) => ({ ...row, category: row.category === "isp" ? "isp" : "service" }));
}

/** One save of the mail settings in the audit log. */
export type MailSettingsAuditEntry = {
  id: string;
  /** ISO timestamp. */
  createdAt: string;
  /** Null when the user was deleted since. */
  userEmail: string | null;
  changedFields: string[];
};

/** Lists the tenant's latest mail settings changes, newest first, with the email address of who made each. */
export async function listMailSettingsAudit(db: Db, tenantId: string, limit = 20): Promise<MailSettingsAuditEntry[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      userEmail: users.email,
      changedFields: auditLog.changedFields,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, mailSettingsAuditAction)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}

export { mailSettingsAuditAction, saveMailSettings, type MailSettingsSaveResult } from "./mail-settings-save";
