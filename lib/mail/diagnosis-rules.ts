import type { DiagnosisContext, DiagnosisKind, SmtpErrorFields, SmtpStep } from "./diagnosis";

/** A kind plus the advice variant under `diagnosis.kinds.<kind>` ("advice" when unset). */
export type Classification = {
  kind: DiagnosisKind;
  retryable: boolean;
  variant?: string;
  /** Set when the error shows a different failed step than the command did. */
  step?: SmtpStep;
};

type SmtpReply = { code: number; text: string };

const QUOTA =
  /quota ?exceeded|sending (quota|limit)|daily (user )?sending|message rate|rate limit|too many (messages|mails|emails|connections|recipients|sessions)|(limit|threshold) (exceeded|reached)|exceeded .*limit/;
const RELAY =
  /relay(ing)? (access )?(denied|not permitted|not allowed|prohibited)|(not permitted|unable|not allowed) to relay|we do not relay|relay not/;
const CLIENT_BLOCKED =
  /client host .*(rejected|blocked)|blocked using|listed (at|in|on)|spamhaus|\bpbl\b|(dynamic|residential) (ip|address)|your ip|from this ip|ip address .*(not allowed|blocked|rejected)|not allowed to send from|traffic not accepted/;
const AUTH_REQUIRED =
  /authentication (is )?required|not authenticated|must (be )?authenticat|authentication needed|login required/;
const TOO_LARGE = /message (size|too (big|large))|size (limit|exceeds)|exceeds .*size|too large/;
const MAILBOX_FULL = /mailbox (is )?full|over quota|insufficient (system )?storage/;
const SENDER = /\bsender\b|send as|sendas|not owned by|from address|envelope from/;
const MAIL_AUTHENTICATION = /\bspf\b|\bdmarc\b|\bdkim\b|unauthenticated (email|mail)/;

/** Classifies an SMTP error reply: the reply code, its enhanced status code and its text. */
export function classifySmtpReply(reply: SmtpReply, step: SmtpStep | undefined): Classification {
  const text = reply.text.toLowerCase();
  const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1] ?? "";
  const temporary = reply.code >= 400 && reply.code < 500;
  const result = (kind: DiagnosisKind, variant?: string): Classification => ({
    kind,
    retryable: temporary || kind === "quota_exceeded",
    ...(variant ? { variant } : {}),
  });

  // Microsoft 365 (5.7.139) and Gmail (534 5.7.9, 5.7.14) reject a correct password
  // when the account only allows app passwords or OAuth.
  if (enhanced === "5.7.139" || /basic auth\w* is disabled|smtpclientauthentication is disabled/.test(text)) {
    return result("auth_basic_disabled", "microsoft");
  }
  if (
    enhanced === "5.7.9" ||
    /application-specific password/.test(text) ||
    (enhanced === "5.7.14" && reply.code === 534)
  ) {
    return result("auth_basic_disabled", "appPassword");
  }

  if (/starttls/.test(text) && (reply.code === 530 || reply.code === 538 || enhanced === "5.7.0")) {
    return result("tls_mismatch", "starttlsRequired");
  }
  if (enhanced === "5.4.5" || QUOTA.test(text)) return result("quota_exceeded");
  // A relay refusal tied to the sender means the server only relays for addresses it issued.
  if (RELAY.test(text)) return result(step === "mail_from" || SENDER.test(text) ? "sender_rejected" : "relay_denied");
  if (CLIENT_BLOCKED.test(text)) return result("relay_denied", "clientBlocked");
  if (enhanced === "5.7.57" || reply.code === 530 || AUTH_REQUIRED.test(text)) return result("auth_required");

  if (temporary) return result("temporary_failure");

  if (step === "auth" || reply.code === 535 || enhanced === "5.7.8") return result("auth_failed");
  if (step === "tls") return result("starttls_unavailable");
  if (reply.code === 523 || enhanced === "5.3.4" || enhanced === "5.2.3" || TOO_LARGE.test(text)) {
    return result("message_too_large");
  }
  if (enhanced === "5.2.2" || MAILBOX_FULL.test(text)) return result("recipient_rejected", "mailboxFull");

  // SPF or DMARC refusals (5.7.23 to 5.7.27) can come at MAIL FROM or DATA, and the SPF check helps with both.
  if (MAIL_AUTHENTICATION.test(text) || /^5\.7\.2[3-7]$/.test(enhanced)) {
    return result("message_rejected", "authentication");
  }

  // Postfix may report a rejected sender in its reply to RCPT TO, so the text decides first.
  const senderProblem = ["5.1.7", "5.1.8", "5.7.60"].includes(enhanced) || SENDER.test(text);
  if (senderProblem && step !== "data") return result("sender_rejected");
  if (step === "mail_from") return result("sender_rejected");
  if (step === "rcpt_to" || enhanced.startsWith("5.1.")) return result("recipient_rejected");

  if (senderProblem) return result("sender_rejected");
  if (step === "data") return result("message_rejected");

  // A 5xx greeting (RFC 5321 allows 554) means the server refuses this client.
  if (step === "connect" || step === "ehlo") return result("relay_denied", "clientBlocked");
  return { kind: "unknown", retryable: false };
}

const CERTIFICATE_RULES: [RegExp, string][] = [
  [/depth_zero_self_signed_cert|self_signed_cert_in_chain|self[- ]signed certificate/, "selfSigned"],
  [/cert_has_expired|certificate has expired|cert_not_yet_valid|certificate is not yet valid/, "expired"],
  [/err_tls_cert_altname_invalid|does not match certificate's altnames|hostname\/ip does not match/, "nameMismatch"],
  [
    /unable_to_verify_leaf_signature|unable to verify the first certificate|unable_to_get_issuer_cert|unable to get (local )?issuer certificate|cert_untrusted|certificate not trusted|cert_signature_failure|cert_revoked/,
    "unknownIssuer",
  ],
];

/** Classifies an error without an SMTP reply: DNS, TCP, TLS and timeouts. */
export function classifyNetworkError(
  fields: SmtpErrorFields,
  step: SmtpStep | undefined,
  context: DiagnosisContext,
): Classification {
  const { text } = fields;
  const plainOnImplicitPort = context.security !== "tls" && (context.port === 465 || context.portSpeaksTls === true);

  if (fields.code === "EDNS" || /enotfound|eai_again|enodata|eservfail|getaddrinfo|query(a|aaaa) /.test(text)) {
    if (/eai_again|etimeout|eservfail|erefused|econnrefused/.test(text)) {
      return { kind: "host_not_found", retryable: true, variant: "lookupFailed" };
    }
    return { kind: "host_not_found", retryable: false };
  }

  for (const [pattern, variant] of CERTIFICATE_RULES) {
    if (pattern.test(text)) return { kind: "certificate_untrusted", retryable: false, variant, step: "tls" };
  }
  if (/wrong version number|unknown protocol|packet length too long|http request|err_ssl_wrong_version/.test(text)) {
    const variant = context.security === "tls" ? "implicitOnPlainPort" : undefined;
    return { kind: "tls_mismatch", retryable: false, step: "tls", ...(variant ? { variant } : {}) };
  }
  if (
    /handshake failure|unsupported protocol|no protocols available|no shared cipher|dh key too small|alert|ssl routines|err_ssl/.test(
      text,
    )
  ) {
    return { kind: "tls_handshake_failed", retryable: false, step: "tls" };
  }

  if (/econnrefused/.test(text)) return { kind: "connection_refused", retryable: true, step: "connect" };
  if (/ehostunreach|enetunreach|ehostdown|enetdown/.test(text)) {
    return { kind: "host_unreachable", retryable: true, step: "connect" };
  }

  if (/greeting never received/.test(text)) {
    if (plainOnImplicitPort) return { kind: "tls_mismatch", retryable: false, variant: "plainOnImplicitPort" };
    return { kind: "timed_out", retryable: true, variant: "greeting" };
  }
  if (fields.code === "ETIMEDOUT" || /etimedout|timeout|timed out/.test(text)) {
    // nodemailer's "Connection timeout" is the TCP or TLS connect; its bare "Timeout" is an idle
    // socket after the greeting, which command "CONN" does not tell apart.
    const connecting = /connection timeout|connect etimedout/.test(text);
    const idleSocket = /(^|\| )timeout($| \|)/.test(text);
    if (connecting || (!idleSocket && (step === undefined || step === "connect"))) {
      return { kind: "timed_out", retryable: true, ...(context.port === 25 ? { variant: "port25" } : {}) };
    }
    return { kind: "timed_out", retryable: true, variant: "reply" };
  }

  if (fields.code === "EPROTOCOL") {
    return { kind: "protocol_error", retryable: false, ...(step === "connect" ? { variant: "notSmtp" } : {}) };
  }
  if (fields.code === "EENVELOPE") {
    if (/invalid sender/.test(text)) return { kind: "sender_rejected", retryable: false, variant: "invalidAddress" };
    return { kind: "recipient_rejected", retryable: false, variant: "invalidAddress" };
  }
  if (fields.code === "EAUTH" && /missing credentials/.test(text)) {
    return { kind: "auth_failed", retryable: false, variant: "missingCredentials" };
  }
  if (fields.code === "EMESSAGE" && /size larger than allowed/.test(text)) {
    return { kind: "message_too_large", retryable: false };
  }

  if (
    ["ECONNECTION", "ESOCKET", "ETLS"].includes(fields.code ?? "") ||
    /econnreset|epipe|socket hang up|connection closed|socket close|socket closed/.test(text)
  ) {
    if (plainOnImplicitPort && (step === undefined || step === "connect")) {
      return { kind: "tls_mismatch", retryable: false, variant: "plainOnImplicitPort" };
    }
    return { kind: "connection_closed", retryable: true, ...(step === "tls" ? { variant: "duringTls" } : {}) };
  }

  return { kind: "unknown", retryable: false };
}
