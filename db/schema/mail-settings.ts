import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tenants } from "./tenants";

export const smtpSecurity = pgEnum("smtp_security", ["none", "starttls", "tls"]);
export const pdfArchiveMode = pgEnum("pdf_archive_mode", ["keep", "delete"]);

/** The tenant's outgoing mail server. One row per tenant. */
export const mailSettings = pgTable("mail_settings", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  host: text("host").notNull(),
  port: integer("port").notNull().default(25),
  security: smtpSecurity("security").notNull().default("starttls"),
  username: text("username").notNull().default(""),
  /** AES-256-GCM ciphertext from lib/crypto.ts; null when no password is stored. */
  passwordEncrypted: text("password_encrypted"),
  fromAddress: text("from_address").notNull(),
  fromName: text("from_name").notNull().default(""),
  replyTo: text("reply_to").notNull().default(""),
  cc: text("cc")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  bcc: text("bcc")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Messages per calendar day in the tenant's time zone; null is unlimited. */
  dailyLimit: integer("daily_limit"),
  /** When on, sending a batch shows no success notice per document; failures are always shown. */
  hideSuccessMessage: boolean("hide_success_message").notNull().default(false),
  /** "keep": sent PDFs stay downloadable from the send log for pdfRetentionDays; "delete": removed once sent. */
  pdfArchive: pdfArchiveMode("pdf_archive").notNull().default("keep"),
  pdfRetentionDays: integer("pdf_retention_days").notNull().default(90),
  updatedBy: uuid("updated_by"),
  /** Incremented on every save so that pooled transports of older versions are closed. */
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
