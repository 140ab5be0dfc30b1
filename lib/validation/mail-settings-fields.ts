import type { SmtpSecurity } from "@/lib/mail/diagnosis";

/**
 * The mail settings form's fields, choices and live checks. This module
 * loads no Node module, so the browser can import it. The schema in
 * ./mail-settings.ts runs the same checks on the server, where it also
 * checks addresses with node:url.
 */

export const smtpSecurityModes = ["none", "starttls", "tls"] as const satisfies readonly SmtpSecurity[];

export const pdfArchiveModes = ["keep", "delete"] as const;
export type PdfArchiveMode = (typeof pdfArchiveModes)[number];

/** Maximum retention of sent PDFs, in days (about ten years). */
export const maxRetentionDays = 3650;

/**
 * The mail settings form as the browser holds it: numbers and address lists
 * as typed text. An empty password keeps the stored one, unless
 * `clearPassword` is set.
 */
export type MailSettingsDraft = {
  host: string;
  port: string;
  security: SmtpSecurity;
  username: string;
  password: string;
  clearPassword: boolean;
  fromAddress: string;
  fromName: string;
  replyTo: string;
  /** Addresses separated by commas, semicolons or line breaks. */
  cc: string;
  bcc: string;
  /** Empty for no limit. */
  dailyLimit: string;
  hideSuccessMessage: boolean;
  pdfArchive: PdfArchiveMode;
  pdfRetentionDays: string;
};

/** The stored fields that a save compares and the audit log names; "password" stands for the encrypted password. */
export const mailSettingsFieldNames = [
  "host",
  "port",
  "security",
  "username",
  "password",
  "fromAddress",
  "fromName",
  "replyTo",
  "cc",
  "bcc",
  "dailyLimit",
  "hideSuccessMessage",
  "pdfArchive",
  "pdfRetentionDays",
] as const;

export type MailSettingsFieldName = (typeof mailSettingsFieldNames)[number];

/** A combination of port and security that is known to fail, and the security to choose instead. */
export type SecurityWarning = {
  /** Message key in the mailSettings namespace; `values.port` fills its placeholder. */
  key: `mailSettings.securityWarnings.${"implicitTlsOnStarttlsPort" | "starttlsOnImplicitPort" | "plainOnImplicitPort" | "plainOnSubmissionPort"}`;
  values: { port: number };
  recommended: SmtpSecurity;
};

/**
 * Returns a warning for a port and security that do not go together, or null.
 * Port 465 speaks TLS from the first byte (implicit TLS, RFC 8314); ports 587
 * and 25 start in plain text and upgrade with STARTTLS; most providers require
 * that upgrade on 587. Other ports are the server's own choice, so they get no warning.
 */
export function securityWarning(port: number, security: SmtpSecurity): SecurityWarning | null {
  const values = { port };
  if (security === "tls" && (port === 587 || port === 25)) {
    return { key: "mailSettings.securityWarnings.implicitTlsOnStarttlsPort", values, recommended: "starttls" };
  }
  if (security === "starttls" && port === 465) {
    return { key: "mailSettings.securityWarnings.starttlsOnImplicitPort", values, recommended: "tls" };
  }
  if (security === "none" && port === 465) {
    return { key: "mailSettings.securityWarnings.plainOnImplicitPort", values, recommended: "tls" };
  }
  if (security === "none" && port === 587) {
    return { key: "mailSettings.securityWarnings.plainOnSubmissionPort", values, recommended: "starttls" };
  }
  return null;
}

export type HostProblem = `mailSettings.validation.${"hostScheme" | "hostPort" | "hostSpaces" | "hostInvalid"}`;

const dottedQuad = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const hostLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Returns the message key of what is wrong with a typed SMTP host, or null
 * when it is a host name (IDN included), an IPv4 address or an IPv6 address
 * without brackets. Empty input is left to the required check.
 */
export function hostProblem(input: string): HostProblem | null {
  const host = input.trim();
  if (host === "") return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return "mailSettings.validation.hostScheme";
  if (/\s/.test(host)) return "mailSettings.validation.hostSpaces";
  if (/^[^:]+:\d*$/.test(host) || /^\[.*\]:\d*$/.test(host)) return "mailSettings.validation.hostPort";

  if (host.includes(":")) return isIpv6Address(host) ? null : "mailSettings.validation.hostInvalid";
  if (/^[\d.]+$/.test(host)) return isIpv4Address(host) ? null : "mailSettings.validation.hostInvalid";
  return isHostName(host) ? null : "mailSettings.validation.hostInvalid";
}

function isIpv4Address(host: string): boolean {
  const match = dottedQuad.exec(host);
  return match !== null && match.slice(1).every((part) => Number(part) <= 255);
}

function isIpv6Address(host: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(host)) return false;
  try {
    return new URL(`http://[${host}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

function isHostName(host: string): boolean {
  const name = host.replace(/\.$/, "");
  // Only letters, digits, hyphens and dots, because the URL parser would drop a path or user part.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(name)) return false;
  let ascii: string;
  try {
    // The WHATWG URL parser converts an IDN to punycode, in the browser and in Node alike.
    ascii = new URL(`http://${name}/`).hostname;
  } catch {
    return false;
  }
  // The parser also reads forms such as "0x7f.1" as IPv4 addresses, which a typed host name never means.
  if (dottedQuad.test(ascii) || ascii.length > 253) return false;

  const labels = ascii.split(".");
  if (!labels.every((label) => hostLabel.test(label))) return false;
  return !/^\d+$/.test(labels[labels.length - 1]!);
}
