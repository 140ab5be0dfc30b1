import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { mailSettings } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";

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
