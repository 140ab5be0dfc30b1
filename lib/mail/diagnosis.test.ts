import { describe, expect, it } from "vitest";
import { diagnosisMessage } from "@/lib/testing/diagnosis-messages";
import { diagnoseSmtpError, smtpStepFromCommand, type Diagnosis, type DiagnosisContext } from "./diagnosis";

// Errors shaped as nodemailer 8.0.11 builds them in SMTPConnection._formatError: the
// message, nodemailer's `code`, and for server replies `response`, `responseCode`, `command`.
function smtpError(
  code: string,
  message: string,
  fields: { response?: string; command?: string; reason?: string } = {},
) {
  const error = Object.assign(
    new Error(fields.response ? `${message}: ${fields.response}` : message),
    { code },
    fields,
  );
  if (fields.response) {
    const responseCode = Number(/^\d+/.exec(fields.response)?.[0]);
    if (responseCode) Object.assign(error, { responseCode });
  }
  return error;
}

function nodeError(code: string, message: string) {
  return Object.assign(new Error(message), { code });
}

function expectMessages(diagnosis: Diagnosis) {
  for (const locale of ["nl", "en"] as const) {
    expect(diagnosisMessage(locale, diagnosis.messageKey), `${locale} ${diagnosis.messageKey}`).toBeTypeOf("string");
    expect(diagnosisMessage(locale, diagnosis.titleKey), `${locale} ${diagnosis.titleKey}`).toBeTypeOf("string");
  }
}

const submission: DiagnosisContext = { host: "smtp.provider.example", port: 587, security: "starttls" };

describe("diagnoseSmtpError server replies", () => {
  const cases = [
    [
      "535 wrong password",
      smtpError("EAUTH", "Invalid login", {
        response: "535 5.7.8 Authentication credentials invalid",
        command: "AUTH PLAIN",
      }),
      "auth_failed",
      "advice",
      "auth",
      false,
    ],
    [
      "Microsoft 535 5.7.3",
      smtpError("EAUTH", "Invalid login", {
        response: "535 5.7.3 Authentication unsuccessful [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]",
        command: "AUTH LOGIN",
      }),
      "auth_failed",
      "advice",
      "auth",
      false,
    ],
    [
      "Microsoft basic auth disabled",
      smtpError("EAUTH", "Invalid login", {
        response: "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
        command: "AUTH LOGIN",
      }),
      "auth_basic_disabled",
      "microsoft",
      "auth",
      false,
    ],
    [
      "Microsoft SMTP AUTH disabled for the tenant",
      smtpError("EAUTH", "Invalid login", {
        response: "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
        command: "AUTH LOGIN",
      }),
      "auth_basic_disabled",
      "microsoft",
      "auth",
      false,
    ],
    [
      "Gmail app password required",
      smtpError("EAUTH", "Invalid login", {
        response:
          "534-5.7.9 Application-specific password required.\n534 5.7.9 Learn more at https://support.google.com/mail/?p=InvalidSecondFactor",
        command: "AUTH PLAIN",
      }),
      "auth_basic_disabled",
      "appPassword",
      "auth",
      false,
    ],
    [
      "Gmail web login required",
      smtpError("EAUTH", "Invalid login", {
        response:
          "534-5.7.14 <https://accounts.google.com/signin/continue>\n534 5.7.14 Please log in via your web browser",
        command: "AUTH PLAIN",
      }),
      "auth_basic_disabled",
      "appPassword",
      "auth",
      false,
    ],
    [
      "authentication required",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "530 5.7.0 Authentication required",
        command: "MAIL FROM",
      }),
      "auth_required",
      "advice",
      "mail_from",
      false,
    ],
    [
      "Microsoft client not authenticated",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001]",
        command: "MAIL FROM",
      }),
      "auth_required",
      "advice",
      "mail_from",
      false,
    ],
    [
      "STARTTLS required",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "530 5.7.0 Must issue a STARTTLS command first",
        command: "MAIL FROM",
      }),
      "tls_mismatch",
      "starttlsRequired",
      "mail_from",
      false,
    ],
    [
      "sender not owned",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "553 5.7.1 <info@bakkerij.example>: Sender address rejected: not owned by user bakker",
        command: "MAIL FROM",
      }),
      "sender_rejected",
      "advice",
      "mail_from",
      false,
    ],
    [
      "sender rejected by Postfix at RCPT TO",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "553 5.7.1 <info@bakkerij.example>: Sender address rejected: not owned by user bakker",
        command: "RCPT TO",
      }),
      "sender_rejected",
      "advice",
      "rcpt_to",
      false,
    ],
    [
      "relaying denied at MAIL FROM",
      smtpError("EENVELOPE", "Mail command failed", { response: "550 5.7.1 Relaying denied", command: "MAIL FROM" }),
      "sender_rejected",
      "advice",
      "mail_from",
      false,
    ],
    [
      "Microsoft send-as denied",
      smtpError("EMESSAGE", "Message failed", {
        response: "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
        command: "DATA",
      }),
      "sender_rejected",
      "advice",
      "data",
      false,
    ],
    [
      "relay access denied",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "554 5.7.1 <klant@winkel.example>: Relay access denied",
        command: "RCPT TO",
      }),
      "relay_denied",
      "advice",
      "rcpt_to",
      false,
    ],
    [
      "blocklisted client",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org",
        command: "RCPT TO",
      }),
      "relay_denied",
      "clientBlocked",
      "rcpt_to",
      false,
    ],
    [
      "554 greeting",
      smtpError("EPROTOCOL", "Invalid greeting. response=554 No SMTP service here", {
        response: "554 No SMTP service here",
        command: "CONN",
      }),
      "relay_denied",
      "clientBlocked",
      "connect",
      false,
    ],
    [
      "unknown recipient",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "550 5.1.1 <klant@winkel.example>: Recipient address rejected: User unknown in virtual mailbox table",
        command: "RCPT TO",
      }),
      "recipient_rejected",
      "advice",
      "rcpt_to",
      false,
    ],
    [
      "mailbox full",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "552 5.2.2 Mailbox full",
        command: "RCPT TO",
      }),
      "recipient_rejected",
      "mailboxFull",
      "rcpt_to",
      false,
    ],
    [
      "message too large",
      smtpError("EMESSAGE", "Message failed", {
        response: "552 5.3.4 Message size exceeds fixed maximum message size",
        command: "DATA",
      }),
      "message_too_large",
      "advice",
      "data",
      false,
    ],
    [
      "DMARC rejection",
      smtpError("EMESSAGE", "Message failed", {
        response: "550 5.7.26 Unauthenticated email from bakkerij.example is not accepted due to domain's DMARC policy",
        command: "DATA",
      }),
      "message_rejected",
      "authentication",
      "data",
      false,
    ],
    [
      "SPF rejection at MAIL FROM",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
        command: "MAIL FROM",
      }),
      "message_rejected",
      "authentication",
      "mail_from",
      false,
    ],
    [
      "spam rejection",
      smtpError("EMESSAGE", "Message failed", { response: "554 5.7.1 Message rejected as spam", command: "DATA" }),
      "message_rejected",
      "advice",
      "data",
      false,
    ],
    [
      "Gmail daily quota",
      smtpError("EENVELOPE", "Mail command failed", {
        response: "550 5.4.5 Daily user sending quota exceeded.",
        command: "MAIL FROM",
      }),
      "quota_exceeded",
      "advice",
      "mail_from",
      true,
    ],
    [
      "too many recipients",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "452 4.5.3 Too many recipients",
        command: "RCPT TO",
      }),
      "quota_exceeded",
      "advice",
      "rcpt_to",
      true,
    ],
    [
      "Microsoft submission quota",
      smtpError("EMESSAGE", "Message failed", {
        response: "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException",
        command: "DATA",
      }),
      "quota_exceeded",
      "advice",
      "data",
      true,
    ],
    [
      "rate limit at EHLO",
      smtpError("ECONNECTION", "Server terminates connection. response=421 4.7.0 Too many connections from your host", {
        response: "421 4.7.0 Too many connections from your host",
        command: "EHLO",
      }),
      "quota_exceeded",
      "advice",
      "ehlo",
      true,
    ],
    [
      "greylisting",
      smtpError("EENVELOPE", "Can't send mail - all recipients were rejected", {
        response: "450 4.2.0 <klant@winkel.example>: Recipient address rejected: Greylisted, try again in 5 minutes",
        command: "RCPT TO",
      }),
      "temporary_failure",
      "advice",
      "rcpt_to",
      true,
    ],
    [
      "temporary auth failure",
      smtpError("EAUTH", "Invalid login", {
        response: "454 4.7.0 Temporary authentication failure",
        command: "AUTH PLAIN",
      }),
      "temporary_failure",
      "advice",
      "auth",
      true,
    ],
    [
      "STARTTLS refused",
      smtpError("ETLS", "Error upgrading connection with STARTTLS", {
        response: "502 5.5.1 Command not implemented",
        command: "STARTTLS",
      }),
      "starttls_unavailable",
      "advice",
      "tls",
      false,
    ],
  ] as const;

  for (const [name, error, kind, variant, step, retryable] of cases) {
    it(`classifies ${name}`, () => {
      const diagnosis = diagnoseSmtpError(error, submission);

      expect(diagnosis.kind).toBe(kind);
      expect(diagnosis.messageKey).toBe(`diagnosis.kinds.${kind}.${variant}`);
      expect(diagnosis.titleKey).toBe(`diagnosis.kinds.${kind}.title`);
      expect(diagnosis.step).toBe(step);
      expect(diagnosis.retryable).toBe(retryable);
      expect(diagnosis.serverReply).toBe(error.response);
      expectMessages(diagnosis);
    });
  }
});

describe("diagnoseSmtpError network errors", () => {
  const cases = [
    [
      "nodemailer DNS failure",
      smtpError("EDNS", "getaddrinfo ENOTFOUND smtp.provider.example", { command: "CONN" }),
      submission,
      "host_not_found",
      "advice",
      "connect",
      false,
    ],
    [
      "DNS server not answering",
      smtpError("EDNS", "getaddrinfo EAI_AGAIN smtp.provider.example", { command: "CONN" }),
      submission,
      "host_not_found",
      "lookupFailed",
      "connect",
      true,
    ],
    [
      "Node ENOTFOUND",
      nodeError("ENOTFOUND", "queryA ENOTFOUND smtp.provider.example"),
      submission,
      "host_not_found",
      "advice",
      undefined,
      false,
    ],
    [
      "refused through nodemailer",
      smtpError("ESOCKET", "connect ECONNREFUSED 192.0.2.10:587", { command: "CONN" }),
      submission,
      "connection_refused",
      "advice",
      "connect",
      true,
    ],
    [
      "Node ECONNREFUSED",
      nodeError("ECONNREFUSED", "connect ECONNREFUSED 192.0.2.10:587"),
      submission,
      "connection_refused",
      "advice",
      "connect",
      true,
    ],
    [
      "Node EHOSTUNREACH",
      nodeError("EHOSTUNREACH", "connect EHOSTUNREACH 192.0.2.10:587"),
      submission,
      "host_unreachable",
      "advice",
      "connect",
      true,
    ],
    [
      "connection timeout",
      smtpError("ETIMEDOUT", "Connection timeout", { command: "CONN" }),
      submission,
      "timed_out",
      "advice",
      "connect",
      true,
    ],
    [
      "connection timeout on port 25",
      smtpError("ETIMEDOUT", "Connection timeout", { command: "CONN" }),
      { ...submission, port: 25, security: "none" },
      "timed_out",
      "port25",
      "connect",
      true,
    ],
    [
      "Node ETIMEDOUT",
      nodeError("ETIMEDOUT", "connect ETIMEDOUT 192.0.2.10:587"),
      submission,
      "timed_out",
      "advice",
      undefined,
      true,
    ],
    [
      "greeting timeout",
      smtpError("ETIMEDOUT", "Greeting never received", { command: "CONN" }),
      submission,
      "timed_out",
      "greeting",
      "connect",
      true,
    ],
    [
      "STARTTLS on port 465",
      smtpError("ETIMEDOUT", "Greeting never received", { command: "CONN" }),
      { ...submission, port: 465 },
      "tls_mismatch",
      "plainOnImplicitPort",
      "connect",
      false,
    ],
    [
      "plain on a port that speaks TLS",
      smtpError("ETIMEDOUT", "Greeting never received", { command: "CONN" }),
      { ...submission, port: 2465, portSpeaksTls: true },
      "tls_mismatch",
      "plainOnImplicitPort",
      "connect",
      false,
    ],
    [
      "connection closed on port 465",
      Object.assign(new Error("Unexpected socket close")),
      { ...submission, port: 465, security: "none" },
      "tls_mismatch",
      "plainOnImplicitPort",
      undefined,
      false,
    ],
    [
      "socket timeout mid-session",
      smtpError("ETIMEDOUT", "Timeout", { command: "CONN" }),
      { ...submission, step: "data" },
      "timed_out",
      "reply",
      "data",
      true,
    ],
    [
      "socket timeout without a step",
      smtpError("ETIMEDOUT", "Timeout", { command: "CONN" }),
      submission,
      "timed_out",
      "reply",
      "connect",
      true,
    ],
    [
      "TLS on a STARTTLS port",
      smtpError("ESOCKET", "80FCE86D607F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number", {
        command: "CONN",
        reason: "wrong version number",
      }),
      { ...submission, security: "tls" },
      "tls_mismatch",
      "implicitOnPlainPort",
      "tls",
      false,
    ],
    [
      "Node ERR_SSL_WRONG_VERSION_NUMBER",
      nodeError("ERR_SSL_WRONG_VERSION_NUMBER", "SSL routines:ssl3_get_record:wrong version number"),
      { ...submission, security: "tls" },
      "tls_mismatch",
      "implicitOnPlainPort",
      "tls",
      false,
    ],
    [
      "handshake failure",
      smtpError("ESOCKET", "SSL routines:ssl3_read_bytes:sslv3 alert handshake failure", { command: "CONN" }),
      { ...submission, security: "tls" },
      "tls_handshake_failed",
      "advice",
      "tls",
      false,
    ],
    [
      "DEPTH_ZERO_SELF_SIGNED_CERT",
      nodeError("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate"),
      submission,
      "certificate_untrusted",
      "selfSigned",
      "tls",
      false,
    ],
    [
      "SELF_SIGNED_CERT_IN_CHAIN",
      nodeError("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain"),
      submission,
      "certificate_untrusted",
      "selfSigned",
      "tls",
      false,
    ],
    [
      "CERT_HAS_EXPIRED",
      nodeError("CERT_HAS_EXPIRED", "certificate has expired"),
      submission,
      "certificate_untrusted",
      "expired",
      "tls",
      false,
    ],
    [
      "ERR_TLS_CERT_ALTNAME_INVALID",
      nodeError(
        "ERR_TLS_CERT_ALTNAME_INVALID",
        "Hostname/IP does not match certificate's altnames: Host: smtp.provider.example. is not in the cert's altnames: DNS:other.example",
      ),
      submission,
      "certificate_untrusted",
      "nameMismatch",
      "tls",
      false,
    ],
    [
      "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
      nodeError("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate"),
      submission,
      "certificate_untrusted",
      "unknownIssuer",
      "tls",
      false,
    ],
    [
      "certificate error after nodemailer's code",
      smtpError("ESOCKET", "certificate has expired", { command: "CONN" }),
      submission,
      "certificate_untrusted",
      "expired",
      "tls",
      false,
    ],
    [
      "Node ECONNRESET",
      nodeError("ECONNRESET", "read ECONNRESET"),
      { ...submission, step: "mail_from" },
      "connection_closed",
      "advice",
      "mail_from",
      true,
    ],
    [
      "closed during STARTTLS",
      Object.assign(new Error("Unexpected socket close"), { code: "ETLS" }),
      { ...submission, step: "tls" },
      "connection_closed",
      "duringTls",
      "tls",
      true,
    ],
    [
      "greeting that is not SMTP",
      smtpError("EPROTOCOL", "Invalid greeting. response=HTTP/1.1 400 Bad Request", {
        response: "HTTP/1.1 400 Bad Request",
        command: "CONN",
      }),
      submission,
      "protocol_error",
      "notSmtp",
      "connect",
      false,
    ],
    [
      "missing password",
      smtpError("EAUTH", 'Missing credentials for "PLAIN"', { command: "API" }),
      submission,
      "auth_failed",
      "missingCredentials",
      "auth",
      false,
    ],
    [
      "invalid sender address",
      smtpError("EENVELOPE", 'Invalid sender "bakker@"', { command: "API" }),
      submission,
      "sender_rejected",
      "invalidAddress",
      "mail_from",
      false,
    ],
    [
      "invalid recipient address",
      smtpError("EENVELOPE", 'Invalid recipient "klant@"', { command: "API" }),
      submission,
      "recipient_rejected",
      "invalidAddress",
      "rcpt_to",
      false,
    ],
    [
      "size over the SIZE extension",
      smtpError("EMESSAGE", "Message size larger than allowed 10485760", { command: "MAIL FROM" }),
      submission,
      "message_too_large",
      "advice",
      "mail_from",
      false,
    ],
    ["unrecognized error", new Error("Something unexpected"), submission, "unknown", "advice", undefined, false],
  ] as const;

  for (const [name, error, context, kind, variant, step, retryable] of cases) {
    it(`classifies ${name}`, () => {
      const diagnosis = diagnoseSmtpError(error, context);

      expect(diagnosis.kind).toBe(kind);
      expect(diagnosis.messageKey).toBe(`diagnosis.kinds.${kind}.${variant}`);
      expect(diagnosis.step).toBe(step);
      expect(diagnosis.retryable).toBe(retryable);
      expectMessages(diagnosis);
    });
  }

  it("accepts values that are not errors", () => {
    expect(diagnoseSmtpError("connect ECONNREFUSED", submission).kind).toBe("connection_refused");
    expect(diagnoseSmtpError(null, submission).kind).toBe("unknown");
    expect(diagnoseSmtpError(undefined, submission).kind).toBe("unknown");
  });

  it("reads causes of an AggregateError", () => {
    const error = new AggregateError([
      nodeError("ECONNREFUSED", "connect ECONNREFUSED ::1:587"),
      nodeError("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:587"),
    ]);

    expect(diagnoseSmtpError(error, submission).kind).toBe("connection_refused");
  });

  it("fills host and port into the values", () => {
    const diagnosis = diagnoseSmtpError(smtpError("ETIMEDOUT", "Connection timeout"), submission);

    expect(diagnosis.values).toEqual({ host: "smtp.provider.example", port: 587 });
    expect(diagnosis.serverReply).toBeUndefined();
  });

  it("prefers the step of the context", () => {
    const diagnosis = diagnoseSmtpError(smtpError("ETIMEDOUT", "Timeout", { command: "CONN" }), {
      ...submission,
      step: "rcpt_to",
    });

    expect(diagnosis.step).toBe("rcpt_to");
  });
});

describe("smtpStepFromCommand", () => {
  it("maps nodemailer commands to steps", () => {
    expect(smtpStepFromCommand("CONN")).toBe("connect");
    expect(smtpStepFromCommand("EHLO")).toBe("ehlo");
    expect(smtpStepFromCommand("HELO")).toBe("ehlo");
    expect(smtpStepFromCommand("STARTTLS")).toBe("tls");
    expect(smtpStepFromCommand("AUTH PLAIN")).toBe("auth");
    expect(smtpStepFromCommand("AUTH XOAUTH2")).toBe("auth");
    expect(smtpStepFromCommand("MAIL FROM")).toBe("mail_from");
    expect(smtpStepFromCommand("RCPT TO")).toBe("rcpt_to");
    expect(smtpStepFromCommand("DATA")).toBe("data");
    expect(smtpStepFromCommand("API")).toBeUndefined();
    expect(smtpStepFromCommand(undefined)).toBeUndefined();
  });
});
