import { rootCertificates } from "node:tls";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type { MailTransportSettings } from "@/lib/data/mail-settings";
import { logger } from "@/lib/logger";

/** Timeouts in milliseconds for every SMTP connection the product opens. */
export const smtpTimeouts = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/** nodemailer options for a tenant's settings. Certificates are always verified. */
export function smtpOptions(
  settings: Pick<MailTransportSettings, "host" | "port" | "security" | "username" | "password">,
) {
  return {
    host: settings.host,
    port: settings.port,
    // "tls": implicit TLS from the first byte; "starttls": upgrade required; "none": plain text only.
    secure: settings.security === "tls",
    requireTLS: settings.security === "starttls",
    ignoreTLS: settings.security === "none",
    auth: settings.username ? { user: settings.username, pass: settings.password ?? "" } : undefined,
    ...smtpTimeouts,
    tls: { minVersion: "TLSv1.2" as const, ...extraTrustedCa() },
  };
}

/**
 * Read an extra CA certificate (PEM) to trust next to the system's from
 * BROODBODE_SMTP_EXTRA_CA, for a private mail server with its own CA.
 */
function extraTrustedCa(): { ca?: string[] } {
  const pem = process.env.BROODBODE_SMTP_EXTRA_CA;
  if (!pem) return {};
  return { ca: [...rootCertificates, pem] };
}

type PooledTransport = { version: number; transporter: Transporter<SMTPPool.SentMessageInfo> };

const store = globalThis as typeof globalThis & { __broodbodeTransports?: Map<string, PooledTransport> };
const transports = (store.__broodbodeTransports ??= new Map());

/**
 * Return the pooled transport for a tenant's current settings. A transport of an
 * older settings version is closed and replaced, so a changed password or
 * host takes effect for the next message.
 */
export function getPooledTransport(settings: MailTransportSettings): Transporter<SMTPPool.SentMessageInfo> {
  const existing = transports.get(settings.tenantId);
  if (existing && existing.version === settings.version) return existing.transporter;
  if (existing) {
    existing.transporter.close();
    logger.info({ tenantId: settings.tenantId, version: existing.version }, "closed SMTP pool of old settings");
  }

  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    maxMessages: 50,
    ...smtpOptions(settings),
  });
  transports.set(settings.tenantId, { version: settings.version, transporter });
  return transporter;
}

/** Close every pooled transport (on shutdown, and between tests). */
export function closeAllTransports(): void {
  for (const { transporter } of transports.values()) transporter.close();
  transports.clear();
}
