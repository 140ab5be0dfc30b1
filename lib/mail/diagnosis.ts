import { classifyNetworkError, classifySmtpReply, type Classification } from "./diagnosis-rules";

/** Transport security of an SMTP connection: plain, upgraded with STARTTLS, or implicit TLS. */
export type SmtpSecurity = "none" | "starttls" | "tls";

/** A step of an SMTP submission, in the order a client goes through them. */
export type SmtpStep = "connect" | "tls" | "ehlo" | "auth" | "mail_from" | "rcpt_to" | "data";

export const diagnosisKinds = [
  "host_not_found",
  "host_unreachable",
  "connection_refused",
  "timed_out",
  "tls_mismatch",
  "tls_handshake_failed",
  "certificate_untrusted",
  "starttls_unavailable",
  "auth_failed",
  "auth_basic_disabled",
  "auth_required",
  "sender_rejected",
  "relay_denied",
  "recipient_rejected",
  "message_too_large",
  "message_rejected",
  "quota_exceeded",
  "temporary_failure",
  "connection_closed",
  "protocol_error",
  "unknown",
] as const;

export type DiagnosisKind = (typeof diagnosisKinds)[number];

/**
 * The classification of a failed SMTP attempt, with the advice to show.
 * `titleKey` and `messageKey` are full next-intl keys in the `diagnosis`
 * namespace, and `values` fills their placeholders.
 */
export type Diagnosis = {
  kind: DiagnosisKind;
  retryable: boolean;
  step?: SmtpStep;
  serverReply?: string;
  titleKey: string;
  messageKey: string;
  values: Record<string, string | number>;
};

export type DiagnosisContext = {
  host: string;
  port: number;
  security: SmtpSecurity;
  /** The step that was in progress, when the caller tracked it. Without it, the step comes from the error. */
  step?: SmtpStep;
  /** True when a TLS handshake on this port succeeded, so the port expects implicit TLS whatever its number. */
  portSpeaksTls?: boolean;
};

/** The fields of a nodemailer error (or of the Node error it wraps) that classification reads. */
export type SmtpErrorFields = {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
  /** Message, TLS reason and the texts of nested causes, lower-cased, for pattern matching. */
  text: string;
};

/**
 * Classifies an error thrown by nodemailer 8 while connecting or sending.
 * Server replies (`responseCode`, `response`) take precedence; without one,
 * the Node network or TLS error decides.
 */
export function diagnoseSmtpError(error: unknown, context: DiagnosisContext): Diagnosis {
  const fields = readSmtpErrorFields(error);
  const step = context.step ?? stepFromError(fields);

  const classification: Classification =
    fields.responseCode !== undefined && fields.response !== undefined
      ? classifySmtpReply({ code: fields.responseCode, text: fields.response }, step)
      : classifyNetworkError(fields, step, context);

  const diagnosis: Diagnosis = {
    kind: classification.kind,
    retryable: classification.retryable,
    titleKey: `diagnosis.kinds.${classification.kind}.title`,
    messageKey: `diagnosis.kinds.${classification.kind}.${classification.variant ?? "advice"}`,
    values: { host: context.host, port: context.port },
  };
  const failedStep = classification.step ?? step;
  if (failedStep) diagnosis.step = failedStep;
  if (fields.response) diagnosis.serverReply = fields.response.trim();
  return diagnosis;
}

/** Maps nodemailer's `command` property ("CONN", "EHLO", "AUTH PLAIN", "MAIL FROM", …) to a step. */
export function smtpStepFromCommand(command: string | undefined): SmtpStep | undefined {
  if (!command) return undefined;
  const upper = command.toUpperCase();
  if (upper === "CONN") return "connect";
  if (upper === "EHLO" || upper === "HELO" || upper === "LHLO") return "ehlo";
  if (upper === "STARTTLS") return "tls";
  if (upper.startsWith("AUTH")) return "auth";
  if (upper === "MAIL FROM") return "mail_from";
  if (upper === "RCPT TO") return "rcpt_to";
  if (upper === "DATA") return "data";
  return undefined;
}

function stepFromError(fields: SmtpErrorFields): SmtpStep | undefined {
  const fromCommand = smtpStepFromCommand(fields.command);
  if (fromCommand) return fromCommand;

  // nodemailer reports checks it makes before talking to the server with command "API".
  switch (fields.code) {
    case "EAUTH":
      return "auth";
    case "EMESSAGE":
      return "data";
    case "EENVELOPE":
      return /recipient/.test(fields.text) ? "rcpt_to" : "mail_from";
    default:
      return undefined;
  }
}

/** Reads the classification fields from anything thrown, without trusting its shape. */
export function readSmtpErrorFields(error: unknown): SmtpErrorFields {
  if (typeof error !== "object" || error === null) {
    return { text: String(error ?? "").toLowerCase() };
  }

  const record = error as Record<string, unknown>;
  const fields: SmtpErrorFields = { text: collectTexts(error, 0).join(" | ").toLowerCase() };
  if (typeof record.code === "string") fields.code = record.code;
  if (typeof record.command === "string") fields.command = record.command;
  if (typeof record.response === "string") fields.response = record.response;

  const responseCode = Number(record.responseCode);
  if (Number.isInteger(responseCode) && responseCode >= 200 && responseCode <= 599) {
    fields.responseCode = responseCode;
  }
  return fields;
}

/**
 * Message, code and TLS reason of an error and of its `cause` and `errors`
 * (Node's AggregateError). nodemailer overwrites `code` with its own
 * (ESOCKET for a refused connection), so the original code often survives
 * only in the message.
 */
function collectTexts(error: unknown, depth: number): string[] {
  if (depth > 3 || typeof error !== "object" || error === null) return [];
  const record = error as Record<string, unknown>;
  const texts: string[] = [];
  for (const key of ["code", "message", "reason"]) {
    const value = record[key];
    if (typeof value === "string" && value) texts.push(value);
  }
  texts.push(...collectTexts(record.cause, depth + 1));
  if (Array.isArray(record.errors)) {
    for (const nested of record.errors) texts.push(...collectTexts(nested, depth + 1));
  }
  return texts;
}
