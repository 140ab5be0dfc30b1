import { eq } from "drizzle-orm";
import { NextIntlClientProvider } from "next-intl";
import pino from "pino";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { mailSettings } from "@/db/schema";
import { loadMessages } from "@/i18n/messages";
import { runTenantAction } from "@/lib/actions/run";
import type { TenantActionSpec } from "@/lib/data/action-spec";
import { createTestBakery } from "@/lib/data/test-bakeries";
import { logger } from "@/lib/logger";
import { createTestCertificates } from "@/lib/testing/certificates";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { smtpReply, startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-servers";
import { resolveTenantContext } from "@/lib/tenancy/resolve";
import type { MailSettingsDraft } from "@/lib/validation/mail-settings";
import { saveMailSettingsSpec, sendTestMessageSpec } from "./handlers";
import { MailSettingsForm } from "./mail-settings-form";
import { loadMailSettingsPage } from "./page-data";
import type { MailSettingsActions } from "./types";

const PASSWORD = "Amandelspijs-Geheim-6024!";
const SECOND_PASSWORD = "Boterletter-Geheim-7315!";

/** Collects the JSON lines of the application logger, at debug level, until `restore`. */
function captureLogs() {
  const target = logger as unknown as Record<symbol, unknown>;
  const stream = target[pino.symbols.streamSym];
  const level = logger.level;
  const lines: string[] = [];
  target[pino.symbols.streamSym] = { write: (line: string) => lines.push(line) };
  logger.level = "debug";
  return {
    lines,
    restore() {
      target[pino.symbols.streamSym] = stream;
      logger.level = level;
    },
  };
}

function secretForms(): string[] {
  return [PASSWORD, SECOND_PASSWORD].flatMap((secret) => [secret, Buffer.from(secret).toString("base64")]);
}

describe.each(testDrivers)("mail settings secrets on %s", (driver) => {
  let database: TestDatabase;
  let owner: Awaited<ReturnType<typeof createTestBakery>>;
  let server: TestSmtpServer;
  let logs: ReturnType<typeof captureLogs>;
  const results: unknown[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    owner = await createTestBakery(database.db, "amandel", "owner");
    const certificates = await createTestCertificates();
    process.env.BROODBODE_SMTP_EXTRA_CA = certificates.ca;
    server = await startTestSmtpServer({
      ...certificates.server,
      onAuth(auth, _session, callback) {
        if (auth.password === PASSWORD) return callback(null, { user: auth.username });
        // A careless server that repeats the password it rejected: the probe must redact the reply.
        callback(smtpReply(535, `5.7.8 Authentication failed for password ${auth.password}`));
      },
    });
    logs = captureLogs();
  });

  afterAll(async () => {
    logs?.restore();
    delete process.env.BROODBODE_SMTP_EXTRA_CA;
    await server?.close();
    await database?.destroy();
  });

  async function run<Schema extends z.ZodType, Output>(spec: TenantActionSpec<Schema, Output>, input: unknown) {
    const result = await runTenantAction(
      { db: database.db, userId: owner.userId, tenantSlug: owner.slug, input },
      spec.permission,
      spec.schema,
      spec.handler,
    );
    const withKeys = result;
    results.push(withKeys);
    return withKeys;
  }

  function draft(overrides: Partial<MailSettingsDraft> = {}): MailSettingsDraft {
    return {
      host: "127.0.0.1",
      port: String(server.port),
      security: "starttls",
      username: "bakker",
      password: "",
      clearPassword: false,
      fromAddress: "bonnen@amandel.example",
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

  async function pageData() {
    const context = await resolveTenantContext(database.db, owner.userId, owner.slug);
    return loadMailSettingsPage(database.db, context!.tenant);
  }

  it("actions, logs and page never contain the password", async () => {
    expect((await run(saveMailSettingsSpec, draft({ password: SECOND_PASSWORD }))).ok).toBe(true);
    expect((await run(saveMailSettingsSpec, draft({ password: PASSWORD }))).ok).toBe(true);

    const sent = await run(sendTestMessageSpec, { to: "klant@winkel.example", source: "form", settings: draft() });
    const saved = await run(sendTestMessageSpec, { to: "klant@winkel.example", source: "saved" });
    const rejected = await run(sendTestMessageSpec, {
      to: "klant@winkel.example",
      source: "form",
      settings: draft({ password: SECOND_PASSWORD }),
    });
    expect(sent).toMatchObject({ ok: true, data: { ok: true } });
    expect(saved).toMatchObject({ ok: true, data: { ok: true } });
    expect(rejected).toMatchObject({
      ok: true,
      data: { ok: false, failedStep: "auth", diagnosis: { kind: "auth_failed" } },
    });
    expect(server.messages).toHaveLength(2);

    const data = await pageData();
    expect(data.hasPassword).toBe(true);
    expect(data.draft.password).toBe("");
    const html = renderToString(
      <NextIntlClientProvider locale="nl" messages={await loadMessages("nl")} timeZone="Europe/Amsterdam">
        <MailSettingsForm slug={owner.slug} data={data} actions={unusedActions} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("Wachtwoord opgeslagen");
    expect(html).toContain("Opgeslagen wachtwoord verwijderen");
    expect(html).toMatch(/<input[^>]*id="mail-password"[^>]*value=""/);

    const [row] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));
    const forbidden = [...secretForms(), row!.passwordEncrypted!];
    const logText = logs.lines.join("");
    expect(logText).toContain("mail settings saved");
    expect(logText).toContain("test message failed");

    const outputs = { results: JSON.stringify(results), pageData: JSON.stringify(data), html, logs: logText };
    for (const [name, text] of Object.entries(outputs)) {
      for (const secret of forbidden)
        expect(text.includes(secret), `${name} contains ${secret.slice(0, 6)}…`).toBe(false);
    }
  });

  it("page without saved settings offers a new form", async () => {
    await database.db.delete(mailSettings).where(eq(mailSettings.tenantId, owner.tenantId));

    const data = await pageData();

    expect(data.configured).toBe(false);
    expect(data.hasPassword).toBe(false);
    expect(data.draft).toMatchObject({ host: "", port: "587", security: "starttls", password: "" });
    expect(data.presets.some((preset) => preset.key === "gmail")).toBe(true);
    const html = renderToString(
      <NextIntlClientProvider locale="en" messages={await loadMessages("en")} timeZone="Europe/Amsterdam">
        <MailSettingsForm slug={owner.slug} data={data} actions={unusedActions} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain("No password stored");
    expect(html).not.toContain("Remove stored password");
    expect(html).toContain('<optgroup label="Internet providers">');
    expect(html).toContain('<label for="mail-host"');
  });
});

const notCalled = () => Promise.reject(new Error("Rendering the form on the server calls no action."));
const unusedActions: MailSettingsActions = { save: notCalled, sendTest: notCalled, checkSpf: notCalled };
