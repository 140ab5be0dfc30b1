import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestCertificates, TEST_SMTP_HOSTNAME, type TestCertificates } from "@/lib/testing/certificates";
import { diagnosisMessage } from "@/lib/testing/diagnosis-messages";
import { startTestDnsServer, type TestDnsServer } from "@/lib/testing/dns-server";
import {
  closedPort,
  smtpReply,
  startClosingServer,
  startSilentServer,
  startTestSmtpServer,
  type TestSmtpServer,
  type TestTcpServer,
} from "@/lib/testing/smtp-servers";
import { createDnsResolver } from "./dns-resolver";
import { probeSmtp, type ProbeResult, type SmtpProbeOptions, type SmtpProbeSettings } from "./smtp-probe";

const PASSWORD = "Zuurdesem-Geheim-9137!";
const WRONG_PASSWORD = "Verkeerd-Krentenbol-5521!";

let certificates: TestCertificates;
const servers: { close(): Promise<void> }[] = [];

async function smtpServer(options: Parameters<typeof startTestSmtpServer>[0]): Promise<TestSmtpServer> {
  const server = await startTestSmtpServer(options);
  servers.push(server);
  return server;
}

async function tcpServer(start: () => Promise<TestTcpServer>): Promise<TestTcpServer> {
  const server = await start();
  servers.push(server);
  return server;
}

function settings(port: number, overrides: Partial<SmtpProbeSettings> = {}): SmtpProbeSettings {
  return {
    host: "127.0.0.1",
    port,
    security: "none",
    username: "",
    password: null,
    fromAddress: "bakker@bakkerij-test.example",
    fromName: "Bakkerij Test",
    ...overrides,
  };
}

/** Runs the probe and checks what every result must satisfy: no password, and messages that exist. */
async function probe(probeSettings: SmtpProbeSettings, options: Partial<SmtpProbeOptions> = {}): Promise<ProbeResult> {
  const result = await probeSmtp(probeSettings, {
    to: "klant@winkel.example",
    message: { subject: "Testbericht", text: "Dit is een testbericht." },
    ...(probeSettings.security === "none" ? {} : { testOnlyTls: { ca: certificates.ca } }),
    ...options,
  });
  const json = JSON.stringify(result);
  for (const secret of [PASSWORD, probeSettings.password ?? PASSWORD]) {
    expect(json).not.toContain(secret);
    expect(json).not.toContain(Buffer.from(secret).toString("base64"));
  }
  if (!result.ok) {
    for (const locale of ["nl", "en"] as const) {
      expect(diagnosisMessage(locale, result.diagnosis.messageKey)).toBeTypeOf("string");
      expect(diagnosisMessage(locale, result.diagnosis.titleKey)).toBeTypeOf("string");
    }
  }
  return result;
}

function failure(result: ProbeResult) {
  if (result.ok) throw new Error(`Expected the probe to fail, but it passed: ${JSON.stringify(result.steps)}`);
  return result;
}

function statusOf(result: ProbeResult, step: string) {
  return result.steps.find((outcome) => outcome.step === step)?.status;
}

const checkPassword = (password: string | null | undefined) => password === PASSWORD;

beforeAll(async () => {
  certificates = await createTestCertificates();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe("probeSmtp success", () => {
  it("sends over a plain connection without login", async () => {
    const server = await smtpServer({ disabledCommands: ["STARTTLS", "AUTH"] });

    const result = await probe(settings(server.port));

    expect(result.ok).toBe(true);
    expect(result.authSkipped).toBe(false);
    expect(result.steps).toEqual([
      { step: "connect", status: "passed" },
      { step: "ehlo", status: "passed" },
      { step: "mail_from", status: "passed" },
      { step: "rcpt_to", status: "passed" },
      { step: "data", status: "passed" },
    ]);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]?.from).toBe("bakker@bakkerij-test.example");
    expect(server.messages[0]?.to).toEqual(["klant@winkel.example"]);
    expect(server.messages[0]?.raw).toContain("Subject: Testbericht");
  });

  it("logs in with AUTH PLAIN after STARTTLS", async () => {
    const server = await smtpServer({ ...certificates.server, authMethods: ["PLAIN"] });

    const result = await probe(settings(server.port, { security: "starttls", username: "bakker", password: PASSWORD }));

    expect(result.ok).toBe(true);
    expect(result.steps.map((outcome) => outcome.step)).toEqual([
      "connect",
      "ehlo",
      "tls",
      "auth",
      "mail_from",
      "rcpt_to",
      "data",
    ]);
    expect(result.steps.every((outcome) => outcome.status === "passed")).toBe(true);
    expect(result.authSkipped).toBe(false);
    expect(server.logins).toEqual([{ method: "PLAIN", username: "bakker", password: PASSWORD }]);
    expect(result.transcript).toContainEqual({ direction: "client", text: "STARTTLS" });
    expect(result.transcript).toContainEqual({ direction: "client", text: "AUTH PLAIN [redacted]" });
    if (result.ok) expect(result.serverReply).toMatch(/^250 /);
  });

  it("logs in with AUTH LOGIN over implicit TLS", async () => {
    const server = await smtpServer({ ...certificates.server, secure: true, authMethods: ["LOGIN"] });

    const result = await probe(settings(server.port, { security: "tls", username: "bakker", password: PASSWORD }));

    expect(result.ok).toBe(true);
    expect(result.steps.map((outcome) => outcome.step)).toEqual([
      "connect",
      "tls",
      "ehlo",
      "auth",
      "mail_from",
      "rcpt_to",
      "data",
    ]);
    expect(server.logins).toEqual([{ method: "LOGIN", username: "bakker", password: PASSWORD }]);
    const authStart = result.transcript.findIndex((line) => line.text === "AUTH LOGIN");
    expect(authStart).toBeGreaterThanOrEqual(0);
    const clientLinesAfterAuth = result.transcript.slice(authStart + 1).filter((line) => line.direction === "client");
    expect(clientLinesAfterAuth.slice(0, 2)).toEqual([
      { direction: "client", text: "[redacted]" },
      { direction: "client", text: "[redacted]" },
    ]);
  });

  it("resolves the host and verifies the certificate against its name", async () => {
    const dns: TestDnsServer = await startTestDnsServer({ [TEST_SMTP_HOSTNAME]: { A: ["127.0.0.1"] } });
    servers.push(dns);
    const server = await smtpServer({ ...certificates.server });

    const result = await probe(settings(server.port, { host: TEST_SMTP_HOSTNAME, security: "starttls" }), {
      resolver: createDnsResolver({ servers: [dns.address] }),
    });

    expect(result.ok).toBe(true);
    expect(result.transcript).toContainEqual({
      direction: "event",
      text: `Resolved ${TEST_SMTP_HOSTNAME} as 127.0.0.1`,
    });
    expect(dns.queries).toContain(`A ${TEST_SMTP_HOSTNAME}`);
  });

  it("marks login skipped when the server offers no AUTH", async () => {
    const server = await smtpServer({ disabledCommands: ["STARTTLS", "AUTH"] });

    const result = await probe(settings(server.port, { username: "bakker", password: PASSWORD }));

    expect(result.ok).toBe(true);
    expect(result.authSkipped).toBe(true);
    expect(statusOf(result, "auth")).toBe("skipped");
    expect(statusOf(result, "data")).toBe("passed");
    expect(server.logins).toEqual([]);
  });

  it("reports login skipped on a failure after it", async () => {
    const server = await smtpServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      onMailFrom: (_address, _session, callback) => callback(smtpReply(530, "5.7.0 Authentication required")),
    });

    const result = failure(await probe(settings(server.port, { username: "bakker", password: PASSWORD })));

    expect(result.authSkipped).toBe(true);
    expect(result.failedStep).toBe("mail_from");
  });
});

describe("probeSmtp login failures", () => {
  const authFailures = [
    {
      name: "wrong password with AUTH PLAIN",
      method: "PLAIN",
      reply: smtpReply(535, "5.7.8 Authentication credentials invalid"),
      kind: "auth_failed",
      key: "diagnosis.kinds.auth_failed.advice",
    },
    {
      name: "wrong password with AUTH LOGIN",
      method: "LOGIN",
      reply: smtpReply(535, "5.7.8 Authentication credentials invalid"),
      kind: "auth_failed",
      key: "diagnosis.kinds.auth_failed.advice",
    },
    {
      name: "Microsoft basic authentication disabled",
      method: "LOGIN",
      reply: smtpReply(
        535,
        "5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]",
      ),
      kind: "auth_basic_disabled",
      key: "diagnosis.kinds.auth_basic_disabled.microsoft",
    },
    {
      name: "Gmail application-specific password required",
      method: "PLAIN",
      reply: smtpReply(
        534,
        "5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor",
      ),
      kind: "auth_basic_disabled",
      key: "diagnosis.kinds.auth_basic_disabled.appPassword",
    },
  ] as const;

  for (const testCase of authFailures) {
    it(`diagnoses ${testCase.name}`, async () => {
      const server = await smtpServer({
        ...certificates.server,
        authMethods: [testCase.method],
        onAuth: (auth, _session, callback) =>
          testCase.kind === "auth_failed" && checkPassword(auth.password)
            ? callback(null, { user: auth.username })
            : callback(testCase.reply),
      });

      const result = failure(
        await probe(
          settings(server.port, {
            security: "starttls",
            username: "bakker",
            password: testCase.kind === "auth_failed" ? WRONG_PASSWORD : PASSWORD,
          }),
        ),
      );

      expect(result.diagnosis.kind).toBe(testCase.kind);
      expect(result.diagnosis.retryable).toBe(false);
      expect(result.failedStep).toBe("auth");
      expect(result.diagnosis.messageKey).toBe(testCase.key);
      expect(result.serverReply).toBe(`${testCase.reply.responseCode} ${testCase.reply.message}`);
      expect(statusOf(result, "tls")).toBe("passed");
      expect(statusOf(result, "mail_from")).toBe("not_reached");
    });
  }

  it("keeps a password out of the result when the server echoes it", async () => {
    const server = await smtpServer({
      authMethods: ["PLAIN"],
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) => callback(smtpReply(535, `5.7.8 Password ${auth.password} is wrong`)),
    });

    const result = failure(await probe(settings(server.port, { username: "bakker", password: PASSWORD })));

    expect(result.serverReply).toBe("535 5.7.8 Password [redacted] is wrong");
  });

  it("diagnoses a server that requires login", async () => {
    const server = await smtpServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      onMailFrom: (_address, _session, callback) => callback(smtpReply(530, "5.7.0 Authentication required")),
    });

    const result = failure(await probe(settings(server.port)));

    expect(result.diagnosis.kind).toBe("auth_required");
    expect(result.diagnosis.retryable).toBe(false);
    expect(result.failedStep).toBe("mail_from");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.auth_required.advice");
  });
});

describe("probeSmtp envelope and message failures", () => {
  const envelopeFailures = [
    {
      name: "sender rejected with 553",
      handlers: {
        onMailFrom: (_a: unknown, _s: unknown, callback: (error?: Error) => void) =>
          callback(
            smtpReply(553, "5.7.1 <bakker@bakkerij-test.example>: Sender address rejected: not owned by user bakker"),
          ),
      },
      kind: "sender_rejected",
      step: "mail_from",
      retryable: false,
    },
    {
      name: "recipient unknown",
      handlers: {
        onRcptTo: (_a: unknown, _s: unknown, callback: (error?: Error) => void) =>
          callback(smtpReply(550, "5.1.1 <klant@winkel.example>: Recipient address rejected: User unknown")),
      },
      kind: "recipient_rejected",
      step: "rcpt_to",
      retryable: false,
    },
    {
      name: "relay denied for a foreign recipient",
      handlers: {
        onRcptTo: (_a: unknown, _s: unknown, callback: (error?: Error) => void) =>
          callback(smtpReply(554, "5.7.1 <klant@winkel.example>: Relay access denied")),
      },
      kind: "relay_denied",
      step: "rcpt_to",
      retryable: false,
    },
    {
      name: "rate limit at MAIL FROM",
      handlers: {
        onMailFrom: (_a: unknown, _s: unknown, callback: (error?: Error) => void) =>
          callback(smtpReply(421, "4.7.0 Rate limit exceeded, try again later")),
      },
      kind: "quota_exceeded",
      step: "mail_from",
      retryable: true,
    },
    {
      name: "service unavailable at greeting",
      handlers: {
        onConnect: (_s: unknown, callback: (error?: Error) => void) =>
          callback(smtpReply(421, "4.3.2 Service not available, closing transmission channel")),
      },
      kind: "temporary_failure",
      step: "ehlo",
      retryable: true,
    },
    {
      name: "message too large",
      handlers: {
        onData: (stream: NodeJS.ReadableStream, _s: unknown, callback: (error?: Error) => void) => {
          stream.resume();
          stream.on("end", () => callback(smtpReply(552, "5.3.4 Message size exceeds fixed maximum message size")));
        },
      },
      kind: "message_too_large",
      step: "data",
      retryable: false,
    },
  ] as const;

  for (const testCase of envelopeFailures) {
    it(`diagnoses ${testCase.name}`, async () => {
      const server = await smtpServer({ disabledCommands: ["STARTTLS", "AUTH"], ...(testCase.handlers as object) });

      const result = failure(await probe(settings(server.port)));

      expect(result.diagnosis.kind).toBe(testCase.kind);
      expect(result.diagnosis.retryable).toBe(testCase.retryable);
      expect(result.failedStep).toBe(testCase.step);
      expect(result.diagnosis.step).toBe(testCase.step);
      expect(result.diagnosis.messageKey).toBe(`diagnosis.kinds.${testCase.kind}.advice`);
      expect(result.serverReply).toMatch(/^[45]\d\d [245]\.\d\.\d /);
      expect(statusOf(result, "connect")).toBe("passed");
    });
  }
});

describe("probeSmtp connection failures", () => {
  const shortTimeouts = { connectionTimeoutMs: 1_000, greetingTimeoutMs: 500, socketTimeoutMs: 1_000 };

  it("diagnoses a refused connection", async () => {
    const port = await closedPort();

    const result = failure(await probe(settings(port)));

    expect(result.diagnosis.kind).toBe("connection_refused");
    expect(result.diagnosis.retryable).toBe(true);
    expect(result.failedStep).toBe("connect");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.connection_refused.advice");
    expect(result.diagnosis.values).toEqual({ host: "127.0.0.1", port });
  });

  it("diagnoses a server that never greets", async () => {
    const server = await tcpServer(startSilentServer);

    const result = failure(await probe(settings(server.port), shortTimeouts));

    expect(result.diagnosis.kind).toBe("timed_out");
    expect(result.diagnosis.retryable).toBe(true);
    expect(result.failedStep).toBe("ehlo");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.timed_out.greeting");
    expect(statusOf(result, "connect")).toBe("passed");
  });

  it("diagnoses a TLS handshake that never starts", async () => {
    const server = await tcpServer(startSilentServer);

    const result = failure(await probe(settings(server.port, { security: "tls" }), shortTimeouts));

    expect(result.diagnosis.kind).toBe("timed_out");
    expect(result.diagnosis.retryable).toBe(true);
    expect(result.failedStep).toBe("connect");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.timed_out.advice");
  });

  it("diagnoses a connection closed before the greeting", async () => {
    const server = await tcpServer(startClosingServer);

    const result = failure(await probe(settings(server.port), shortTimeouts));

    expect(result.diagnosis.kind).toBe("connection_closed");
    expect(result.diagnosis.retryable).toBe(true);
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.connection_closed.advice");
  });

  it("diagnoses a host that DNS does not know", async () => {
    const dns = await startTestDnsServer({});
    servers.push(dns);

    const result = failure(
      await probe(settings(25, { host: "smtp.onbekend.example" }), {
        resolver: createDnsResolver({ servers: [dns.address] }),
      }),
    );

    expect(result.diagnosis.kind).toBe("host_not_found");
    expect(result.diagnosis.retryable).toBe(false);
    expect(result.failedStep).toBe("connect");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.host_not_found.advice");
    expect(dns.queries).toContain("A smtp.onbekend.example");
  });
});

describe("probeSmtp TLS failures", () => {
  it("diagnoses implicit TLS on a STARTTLS port", async () => {
    const server = await smtpServer({ ...certificates.server });

    const result = failure(await probe(settings(server.port, { security: "tls" })));

    expect(result.diagnosis.kind).toBe("tls_mismatch");
    expect(result.diagnosis.retryable).toBe(false);
    expect(result.failedStep).toBe("tls");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.tls_mismatch.implicitOnPlainPort");
    expect(statusOf(result, "connect")).toBe("passed");
    expect(statusOf(result, "ehlo")).toBe("not_reached");
  });

  for (const security of ["starttls", "none"] as const) {
    it(`diagnoses ${security} on an implicit TLS port`, async () => {
      const server = await smtpServer({ ...certificates.server, secure: true });

      const result = failure(
        await probe(settings(server.port, { security }), { connectionTimeoutMs: 1_000, greetingTimeoutMs: 500 }),
      );

      expect(result.diagnosis.kind).toBe("tls_mismatch");
      expect(result.diagnosis.retryable).toBe(false);
      expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.tls_mismatch.plainOnImplicitPort");
      expect(result.transcript.some((line) => /completed a TLS handshake/.test(line.text))).toBe(true);
    });
  }

  const certificateCases = [
    { name: "a self-signed certificate", pair: () => certificates.selfSigned, variant: "selfSigned" },
    { name: "an expired certificate", pair: () => certificates.expired, variant: "expired" },
    { name: "a certificate for another name", pair: () => certificates.otherName, variant: "nameMismatch" },
  ] as const;

  for (const testCase of certificateCases) {
    it(`diagnoses ${testCase.name}`, async () => {
      const server = await smtpServer({ ...testCase.pair(), secure: true });

      const result = failure(await probe(settings(server.port, { security: "tls" })));

      expect(result.diagnosis.kind).toBe("certificate_untrusted");
      expect(result.diagnosis.retryable).toBe(false);
      expect(result.failedStep).toBe("tls");
      expect(result.diagnosis.messageKey).toBe(`diagnosis.kinds.certificate_untrusted.${testCase.variant}`);
      expect(statusOf(result, "connect")).toBe("passed");
    });
  }

  it("diagnoses an untrusted certificate after STARTTLS", async () => {
    const server = await smtpServer({ ...certificates.server });

    const result = failure(await probe(settings(server.port, { security: "starttls" }), { testOnlyTls: undefined }));

    expect(result.diagnosis.kind).toBe("certificate_untrusted");
    expect(result.failedStep).toBe("tls");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.certificate_untrusted.unknownIssuer");
    expect(statusOf(result, "ehlo")).toBe("passed");
  });

  it("diagnoses a server without STARTTLS", async () => {
    const server = await smtpServer({ disabledCommands: ["STARTTLS"] });

    const result = failure(await probe(settings(server.port, { security: "starttls" })));

    expect(result.diagnosis.kind).toBe("starttls_unavailable");
    expect(result.diagnosis.retryable).toBe(false);
    expect(result.failedStep).toBe("tls");
    expect(result.diagnosis.messageKey).toBe("diagnosis.kinds.starttls_unavailable.advice");
    expect(result.serverReply).toMatch(/^5\d\d /);
  });
});
