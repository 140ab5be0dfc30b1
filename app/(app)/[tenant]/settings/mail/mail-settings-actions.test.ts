import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { auditLog, mailSettings } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import type { TenantActionSpec } from "@/lib/data/action-spec";
import { saveMailSettings } from "@/lib/data/mail-settings";
import { addTestMember, createTestBakery } from "@/lib/data/test-bakeries";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import { createTestCertificates, type TestCertificates } from "@/lib/testing/certificates";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { startTestDnsServer, type TestDnsServer } from "@/lib/testing/dns-server";
import { smtpReply, startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-servers";
import { mailSettingsSchema, type MailSettingsDraft } from "@/lib/validation/mail-settings";
import { checkSpfSpec, saveMailSettingsSpec, sendTestMessageSpec } from "./handlers";

const PASSWORD = "Speculaas-Geheim-3390!";
const WRONG_PASSWORD = "Ontbijtkoek-Fout-1207!";

function draft(overrides: Partial<MailSettingsDraft> = {}): MailSettingsDraft {
  return {
    host: "127.0.0.1",
    port: "2525",
    security: "none",
    username: "",
    password: "",
    clearPassword: false,
    fromAddress: "bonnen@korenbloem.example",
    fromName: "",
    replyTo: "",
    cc: "",
    bcc: "",
    dailyLimit: "",
    hideSuccessMessage: false,
    pdfArchive: "keep",
    pdfRetentionDays: "90",
    ...overrides,
  };
}

/** Every action result must be free of the passwords, as text and as base64 (AUTH PLAIN and LOGIN send base64). */
function expectNoSecrets(value: unknown) {
  const json = JSON.stringify(value);
  for (const secret of [PASSWORD, WRONG_PASSWORD]) {
    expect(json).not.toContain(secret);
    expect(json).not.toContain(Buffer.from(secret).toString("base64"));
  }
}

describe.each(testDrivers)("mail settings actions on %s", (driver) => {
  let database: TestDatabase;
  let owner: Awaited<ReturnType<typeof createTestBakery>>;
  let other: Awaited<ReturnType<typeof createTestBakery>>;
  let staffId: string;
  let readOnlyId: string;
  let certificates: TestCertificates;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    owner = await createTestBakery(database.db, "korenbloem", "owner");
    other = await createTestBakery(database.db, "roggeveld", "owner");
    staffId = await addTestMember(database.db, owner.tenantId, owner.slug, "staff");
    readOnlyId = await addTestMember(database.db, owner.tenantId, owner.slug, "read_only");
    certificates = await createTestCertificates();
  });

  beforeEach(async () => {
    await database.db.delete(mailSettings);
    await database.db.delete(auditLog);
  });

  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function run<Schema extends z.ZodType, Output>(
    spec: TenantActionSpec<Schema, Output>,
    userId: string,
    input: unknown,
    slug = owner.slug,
  ) {
    const result = await runTenantAction(
      { db: database.db, userId, tenantSlug: slug, input },
      spec.permission,
      spec.schema,
      spec.handler,
    );
    const withKeys = result;
    expectNoSecrets(withKeys);
    return withKeys;
  }

  async function smtpServer(options: Parameters<typeof startTestSmtpServer>[0]): Promise<TestSmtpServer> {
    const server = await startTestSmtpServer(options);
    servers.push(server);
    return server;
  }

  async function storeSettings(tenantId: string, overrides: Partial<MailSettingsDraft> = {}) {
    await saveMailSettings(database.db, tenantId, null, mailSettingsSchema.parse(draft(overrides)));
  }

  function probeOf(
    result: Awaited<ReturnType<typeof run<typeof sendTestMessageSpec.schema, ProbeResult>>>,
  ): ProbeResult {
    if (!result.ok) throw new Error(`The test message action failed: ${JSON.stringify(result)}`);
    return result.data;
  }

  describe("save", () => {
    it("stores the settings and returns the audit log", async () => {
      const result = await run(saveMailSettingsSpec, owner.userId, draft({ password: PASSWORD, username: "bakker" }));

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.hasPassword).toBe(true);
      expect(result.data.changedFields).toContain("password");
      expect(result.data.audit).toHaveLength(1);
      expect(result.data.audit[0]?.changedFields).toContain("password");
      const [row] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));
      expect(row?.host).toBe("127.0.0.1");
    });

    it("keeps the mail settings keys in field errors", async () => {
      const result = await run(
        saveMailSettingsSpec,
        owner.userId,
        draft({ host: "https://smtp.office365.com", port: "70000", fromAddress: "bonnen" }),
      );

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toBe("errors.invalid_input");
      expect(result.fieldErrors?.host).toEqual(["mailSettings.validation.hostScheme"]);
      expect(result.fieldErrors?.port).toEqual(["validation.tooLarge"]);
      expect(result.fieldErrors?.fromAddress).toEqual(["validation.email"]);
    });

    for (const role of ["staff", "read_only"] as const) {
      it(`${role} member is forbidden and nothing changes`, async () => {
        await storeSettings(owner.tenantId, { password: PASSWORD });
        const [before] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));
        const userId = role === "staff" ? staffId : readOnlyId;

        const save = await run(
          saveMailSettingsSpec,
          userId,
          draft({ host: "smtp.evil.example", password: WRONG_PASSWORD }),
        );
        const test = await run(sendTestMessageSpec, userId, { to: "klant@winkel.example", source: "saved" });
        const spf = await run(checkSpfSpec, userId, {
          senderAddress: "bonnen@korenbloem.example",
          smtpHost: "127.0.0.1",
        });

        expect(save).toEqual({ ok: false, error: "errors.forbidden" });
        expect(test).toEqual({ ok: false, error: "errors.forbidden" });
        expect(spf).toEqual({ ok: false, error: "errors.forbidden" });
        const [after] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));
        expect(after).toEqual(before);
        expect(await database.db.select().from(auditLog).where(eq(auditLog.tenantId, owner.tenantId))).toHaveLength(1);
      });
    }

    it("another bakery's owner cannot reach these settings", async () => {
      await storeSettings(owner.tenantId);
      await storeSettings(other.tenantId, { host: "192.0.2.25" });

      const result = await run(saveMailSettingsSpec, other.userId, draft({ host: "smtp.evil.example" }), owner.slug);
      const ownSave = await run(saveMailSettingsSpec, other.userId, draft({ host: "192.0.2.26" }), other.slug);

      expect(result).toEqual({ ok: false, error: "errors.not_found" });
      expect(ownSave.ok).toBe(true);
      const [ours] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));
      expect(ours?.host).toBe("127.0.0.1");
      expect(ours?.version).toBe(1);
    });
  });

  describe("test message", () => {
    it("sends through a plain server with the saved settings", async () => {
      const server = await smtpServer({ disabledCommands: ["STARTTLS", "AUTH"] });
      await storeSettings(owner.tenantId, { port: String(server.port) });

      const probe = probeOf(
        await run(sendTestMessageSpec, owner.userId, { to: "klant@winkel.example", source: "saved" }),
      );

      expect(probe.ok).toBe(true);
      expect(probe.steps.map((step) => [step.step, step.status])).toEqual([
        ["connect", "passed"],
        ["ehlo", "passed"],
        ["mail_from", "passed"],
        ["rcpt_to", "passed"],
        ["data", "passed"],
      ]);
      expect(server.messages).toHaveLength(1);
      expect(server.messages[0]?.from).toBe("bonnen@korenbloem.example");
      expect(server.messages[0]?.to).toEqual(["klant@winkel.example"]);
      expect(server.messages[0]?.raw).toContain("Subject: Testbericht van Bakkerij korenbloem");
      // An empty sender name falls back to the bakery's trade name.
      expect(server.messages[0]?.raw).toContain("From: Bakkerij korenbloem <bonnen@korenbloem.example>");
    });

    it("uses the stored password with edited settings over STARTTLS", async () => {
      const logins: string[] = [];
      const server = await smtpServer({
        ...certificates.server,
        onAuth(auth, _session, callback) {
          logins.push(auth.password ?? "");
          if (auth.password === PASSWORD) callback(null, { user: auth.username });
          else callback(smtpReply(535, "5.7.8 Authentication credentials invalid"));
        },
      });
      // The stored settings point elsewhere: the form's unsaved host and port are the ones used.
      await storeSettings(owner.tenantId, { port: "1", username: "bakker", password: PASSWORD });
      process.env.BROODBODE_SMTP_EXTRA_CA = certificates.ca;
      try {
        const edited = draft({ port: String(server.port), security: "starttls", username: "bakker" });
        const probe = probeOf(
          await run(sendTestMessageSpec, owner.userId, {
            to: "klant@winkel.example",
            source: "form",
            settings: edited,
          }),
        );

        expect(probe.ok).toBe(true);
        expect(probe.steps.find((step) => step.step === "tls")?.status).toBe("passed");
        expect(probe.steps.find((step) => step.step === "auth")?.status).toBe("passed");
        expect(logins).toEqual([PASSWORD]);
        expect(server.messages).toHaveLength(1);
        expect(probe.transcript).toContainEqual({ direction: "client", text: "STARTTLS" });
      } finally {
        delete process.env.BROODBODE_SMTP_EXTRA_CA;
      }
    });

    it("diagnoses a wrong password at the auth step", async () => {
      const server = await smtpServer({
        ...certificates.server,
        onAuth(auth, _session, callback) {
          if (auth.password === PASSWORD) callback(null, { user: auth.username });
          else callback(smtpReply(535, "5.7.8 Authentication credentials invalid"));
        },
      });
      await storeSettings(owner.tenantId, { username: "bakker", password: PASSWORD });
      process.env.BROODBODE_SMTP_EXTRA_CA = certificates.ca;
      try {
        const edited = draft({
          port: String(server.port),
          security: "starttls",
          username: "bakker",
          password: WRONG_PASSWORD,
        });
        const probe = probeOf(
          await run(sendTestMessageSpec, owner.userId, {
            to: "klant@winkel.example",
            source: "form",
            settings: edited,
          }),
        );

        expect(probe.ok).toBe(false);
        if (probe.ok) return;
        expect(probe.failedStep).toBe("auth");
        expect(probe.diagnosis.kind).toBe("auth_failed");
        expect(probe.diagnosis.messageKey).toBe("diagnosis.kinds.auth_failed.advice");
        expect(probe.serverReply).toContain("535");
        expect(probe.steps.find((step) => step.step === "auth")?.status).toBe("failed");
        expect(probe.steps.find((step) => step.step === "mail_from")?.status).toBe("not_reached");
        expect(server.messages).toHaveLength(0);
      } finally {
        delete process.env.BROODBODE_SMTP_EXTRA_CA;
      }
    });

    it("diagnoses a sender rejected with 553", async () => {
      const server = await smtpServer({
        disabledCommands: ["STARTTLS", "AUTH"],
        onMailFrom(_address, _session, callback) {
          callback(smtpReply(553, "5.7.1 <bonnen@korenbloem.example>: Sender address rejected: not owned by user"));
        },
      });
      await storeSettings(owner.tenantId, { port: String(server.port) });

      const probe = probeOf(
        await run(sendTestMessageSpec, owner.userId, { to: "klant@winkel.example", source: "saved" }),
      );

      expect(probe.ok).toBe(false);
      if (probe.ok) return;
      expect(probe.failedStep).toBe("mail_from");
      expect(probe.diagnosis.kind).toBe("sender_rejected");
      expect(probe.diagnosis.titleKey).toBe("diagnosis.kinds.sender_rejected.title");
      expect(probe.serverReply).toContain("Sender address rejected");
      expect(probe.steps.find((step) => step.step === "ehlo")?.status).toBe("passed");
    });

    it("reports a login the server never asked for", async () => {
      const server = await smtpServer({ disabledCommands: ["STARTTLS", "AUTH"] });
      await storeSettings(owner.tenantId, { port: String(server.port) });

      const probe = probeOf(
        await run(sendTestMessageSpec, owner.userId, {
          to: "klant@winkel.example",
          source: "form",
          settings: draft({ port: String(server.port), username: "bakker", password: PASSWORD }),
        }),
      );

      expect(probe.ok).toBe(true);
      expect(probe.authSkipped).toBe(true);
      expect(probe.steps.find((step) => step.step === "auth")?.status).toBe("skipped");
      expect(server.logins).toEqual([]);
      expect(server.messages).toHaveLength(1);
    });

    it("reports missing saved settings", async () => {
      const result = await run(sendTestMessageSpec, owner.userId, { to: "klant@winkel.example", source: "saved" });

      expect(result).toMatchObject({ ok: false, error: "errors.mail_not_configured" });
    });

    it("reports invalid edited settings by field", async () => {
      const result = await run(sendTestMessageSpec, owner.userId, {
        to: "geen-adres",
        source: "form",
        // run() also checks that the rejection does not repeat the typed password.
        settings: draft({
          host: "smtp.example.nl:587",
          cc: "kantoor@korenbloem.example; geen-adres",
          password: PASSWORD,
        }),
      });

      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fieldErrors?.to).toEqual(["validation.email"]);
      expect(result.fieldErrors?.["settings.host"]).toEqual(["mailSettings.validation.hostPort"]);
      expect(result.fieldErrors?.["settings.cc"]).toEqual(["mailSettings.validation.addressList"]);
    });
  });

  describe("SPF check", () => {
    let dns: TestDnsServer;

    beforeAll(async () => {
      // 192.0.2.0/24 is TEST-NET-1: the records only name it, nothing connects to it.
      dns = await startTestDnsServer({
        "smtp.korenbloem.example": { A: ["192.0.2.10"] },
        "pass.example": { TXT: ["v=spf1 ip4:192.0.2.10 -all"] },
        "fail.example": { TXT: ["v=spf1 ip4:198.51.100.1 -all"] },
        "_dmarc.fail.example": { TXT: ["v=DMARC1; p=reject"] },
      });
      process.env.BROODBODE_DNS_SERVERS = dns.address;
    });

    afterAll(async () => {
      delete process.env.BROODBODE_DNS_SERVERS;
      await dns.close();
    });

    it("passes for a host the record lists", async () => {
      const result = await run(checkSpfSpec, owner.userId, {
        senderAddress: "bonnen@pass.example",
        smtpHost: "smtp.korenbloem.example",
      });

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.result).toBe("pass");
      expect(result.data.addresses).toEqual(["192.0.2.10"]);
      expect(result.data.record).toBe("v=spf1 ip4:192.0.2.10 -all");
      expect(result.data.suggestion).toBeNull();
      expect(dns.queries).toContain("TXT pass.example");
    });

    it("fails and suggests the host's address", async () => {
      const result = await run(checkSpfSpec, owner.userId, {
        senderAddress: "bonnen@fail.example",
        smtpHost: "smtp.korenbloem.example",
      });

      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.data.result).toBe("fail");
      expect(result.data.results[0]).toMatchObject({ address: "192.0.2.10", result: "fail" });
      expect(result.data.suggestion?.record).toBe("v=spf1 ip4:198.51.100.1 ip4:192.0.2.10 -all");
      expect(result.data.dmarc).toMatchObject({ policy: "reject", outcome: "reject" });
    });

    it("rejects an invalid sender address", async () => {
      const result = await run(checkSpfSpec, owner.userId, {
        senderAddress: "bonnen",
        smtpHost: "smtp.korenbloem.example",
      });

      expect(result).toMatchObject({
        ok: false,
        error: "errors.invalid_input",
        fieldErrors: { senderAddress: ["validation.email"] },
      });
    });
  });
});
