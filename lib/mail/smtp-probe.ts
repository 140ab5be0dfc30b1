import { isIP } from "node:net";
import { connect as connectTls } from "node:tls";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { logger } from "@/lib/logger";
import { diagnoseSmtpError, type Diagnosis, type SmtpSecurity, type SmtpStep } from "./diagnosis";
import { createDnsResolver, dnsServersFromEnvironment, type DnsResolver } from "./dns-resolver";
import { SmtpConversation, type StepOutcome, type TranscriptLine } from "./smtp-conversation";
import { smtpOptions } from "./transport";

export type SmtpProbeSettings = {
  host: string;
  port: number;
  security: SmtpSecurity;
  /** Empty when the server is used without logging in. */
  username: string;
  password: string | null;
  fromAddress: string;
  fromName: string;
};

export type SmtpProbeOptions = {
  to: string;
  /** Subject and body of the test message, already translated by the caller. */
  message: { subject: string; text: string };
  /** Sets the connection, greeting and reply timeouts at once, unless the three options below are given. */
  timeoutMs?: number;
  connectionTimeoutMs?: number;
  greetingTimeoutMs?: number;
  socketTimeoutMs?: number;
  /** Resolves the SMTP host. Without one, nodemailer uses the system resolver, unless BROODBODE_DNS_SERVERS is set. */
  resolver?: DnsResolver;
  /** Tests only: the CA to trust instead of the system's, for servers with a test certificate. */
  testOnlyTls?: { ca: string | Buffer };
};

type ProbeBase = {
  host: string;
  port: number;
  security: SmtpSecurity;
  /** Outcome of each step, in the order the client goes through them. */
  steps: StepOutcome[];
  /**
   * True when a username was set but the server offered no AUTH, so the
   * message went out without the username and password. A provider that
   * needs a login is then probably reached on the wrong port or security.
   */
  authSkipped: boolean;
  /** The conversation without secrets: AUTH arguments are "[redacted]". */
  transcript: TranscriptLine[];
};

type ProbeOutcome =
  | { ok: true; messageId: string; serverReply: string }
  | { ok: false; failedStep: SmtpStep; serverReply?: string; diagnosis: Diagnosis };

export type ProbeResult = ProbeBase & ProbeOutcome;

export const DEFAULT_PROBE_TIMEOUTS = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 30_000 } as const;

/**
 * Sends one test message through a dedicated, non-pooled nodemailer
 * transport and reports which steps passed. Failures are returned, not
 * thrown. Certificates are always verified.
 */
export async function probeSmtp(settings: SmtpProbeSettings, options: SmtpProbeOptions): Promise<ProbeResult> {
  const { host, port, security } = settings;
  const conversation = new SmtpConversation(security, settings.username !== "");
  const base = { host, port, security };

  const finish = (result: Omit<ProbeBase, "authSkipped"> & ProbeOutcome): ProbeResult => {
    const authSkipped = result.steps.some((outcome) => outcome.step === "auth" && outcome.status === "skipped");
    return redactSecret<ProbeResult>({ ...result, authSkipped }, settings.password);
  };
  const fail = (error: unknown, step: SmtpStep, portSpeaksTls = false): ProbeResult => {
    const diagnosis = diagnoseSmtpError(error, {
      host,
      port,
      security,
      step,
      ...(portSpeaksTls ? { portSpeaksTls } : {}),
    });
    const failedStep = diagnosis.step ?? step;
    logger.info({ host, port, security, step: failedStep, kind: diagnosis.kind }, "SMTP probe failed");
    return finish({
      ...base,
      ok: false,
      failedStep,
      diagnosis,
      ...(diagnosis.serverReply ? { serverReply: diagnosis.serverReply } : {}),
      steps: conversation.outcomes(failedStep),
      transcript: conversation.transcript,
    });
  };

  // With a resolver the probe connects to the address it found and checks the certificate against the host name.
  let target = host;
  const resolver = options.resolver ?? (dnsServersFromEnvironment() ? createDnsResolver() : undefined);
  if (resolver && !isIP(host)) {
    try {
      const addresses = await resolver.lookupAddresses(host);
      target = addresses[0]!;
      conversation.event(`Resolved ${host} as ${addresses.join(", ")}`);
    } catch (error) {
      conversation.event(`DNS lookup of ${host} failed: ${(error as Error).message}`);
      return fail(Object.assign(error as Error, { code: "EDNS", command: "CONN" }), "connect");
    }
  }

  const transportConfig = transportOptions(settings, options, target, conversation);
  const transport = nodemailer.createTransport(transportConfig);
  try {
    const info = await transport.sendMail({
      from: { name: settings.fromName, address: settings.fromAddress },
      to: options.to,
      subject: options.message.subject,
      text: options.message.text,
    });
    conversation.completeThrough("data");
    return finish({
      ...base,
      ok: true,
      messageId: info.messageId,
      serverReply: info.response,
      steps: conversation.outcomes(),
      transcript: conversation.transcript,
    });
  } catch (error) {
    conversation.event(`Error: ${(error as Error).message ?? String(error)}`);

    // A plain connection that timed out or was closed before any greeting may have
    // reached a port that waits for a TLS handshake.
    const step = conversation.currentStep;
    const { kind } = diagnoseSmtpError(error, { host, port, security, step });
    let portSpeaksTls = false;
    if (security !== "tls" && !conversation.heardFromServer && (kind === "timed_out" || kind === "connection_closed")) {
      portSpeaksTls = await answersTlsHandshake(target, port, transportConfig);
      if (portSpeaksTls) conversation.event(`Port ${port} completed a TLS handshake, so it expects implicit TLS.`);
    }
    return fail(error, step, portSpeaksTls);
  } finally {
    transport.close();
  }
}

/**
 * The product's transport options (./transport.ts, so the probe tests what
 * sending uses), without the pool, with the probe's timeouts and logger.
 */
function transportOptions(
  settings: SmtpProbeSettings,
  options: SmtpProbeOptions,
  target: string,
  conversation: SmtpConversation,
): SMTPTransport.Options {
  const product = smtpOptions(settings);
  const tls: NonNullable<SMTPTransport.Options["tls"]> = { ...product.tls };
  if (target !== settings.host) tls.servername = settings.host;
  if (options.testOnlyTls) tls.ca = options.testOnlyTls.ca;

  return {
    ...product,
    host: target,
    tls,
    connectionTimeout: options.connectionTimeoutMs ?? options.timeoutMs ?? DEFAULT_PROBE_TIMEOUTS.connectionMs,
    greetingTimeout: options.greetingTimeoutMs ?? options.timeoutMs ?? DEFAULT_PROBE_TIMEOUTS.greetingMs,
    socketTimeout: options.socketTimeoutMs ?? options.timeoutMs ?? DEFAULT_PROBE_TIMEOUTS.socketMs,
    logger: conversation.logger,
    transactionLog: true,
  };
}

/**
 * Returns true when the server on `port` answers a TLS handshake. A
 * certificate that fails verification still counts, because the server spoke
 * TLS; the connection is closed before any SMTP command.
 */
function answersTlsHandshake(host: string, port: number, options: SMTPTransport.Options): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTls({ host, port, ...options.tls });
    const done = (speaksTls: boolean) => {
      socket.destroy();
      resolve(speaksTls);
    };
    socket.setTimeout(options.connectionTimeout ?? DEFAULT_PROBE_TIMEOUTS.connectionMs, () => done(false));
    socket.once("secureConnect", () => done(true));
    socket.once("error", (error) => done(isCertificateError(error)));
  });
}

function isCertificateError(error: unknown): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    (typeof code === "string" && /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) ||
    (typeof message === "string" && /certificate/i.test(message))
  );
}

/**
 * Replaces the password, and its base64 form, in every string of the result.
 * The conversation already redacts AUTH lines, so this guards server replies
 * and error messages that might echo it. Passwords under 4 characters are
 * left alone because replacing them would garble ordinary text.
 */
function redactSecret<T>(value: T, secret: string | null): T {
  if (!secret || secret.length < 4) return value;
  const forms = [secret, Buffer.from(secret, "utf8").toString("base64")];
  const scrub = (item: unknown): unknown => {
    if (typeof item === "string") return forms.reduce((text, form) => text.split(form).join("[redacted]"), item);
    if (Array.isArray(item)) return item.map(scrub);
    if (item && typeof item === "object") {
      return Object.fromEntries(Object.entries(item).map(([key, nested]) => [key, scrub(nested)]));
    }
    return item;
  };
  return scrub(value) as T;
}
