import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, mailSettings, users } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { mailSettingsSchema, type MailSettingsDraft, type MailSettingsValues } from "@/lib/validation/mail-settings";
import {
  getMailSettingsForm,
  getMailTransportSettings,
  listMailPresets,
  listMailSettingsAudit,
  saveMailSettings,
} from "./mail-settings";
import { createTestBakery } from "./test-bakeries";

const PASSWORD = "Krentenbol-Geheim-4471!";
const NEW_PASSWORD = "Roggebrood-Geheim-8812!";

const baseDraft: MailSettingsDraft = {
  host: "smtp.bakkerij.example",
  port: "587",
  security: "starttls",
  username: "bonnen@bakkerij.example",
  password: PASSWORD,
  clearPassword: false,
  fromAddress: "bonnen@bakkerij.example",
  fromName: "Bakkerij De Korenaar",
  replyTo: "",
  cc: "",
  bcc: "",
  dailyLimit: "",
  hideSuccessMessage: false,
  pdfArchive: "keep",
  pdfRetentionDays: "90",
};

function values(overrides: Partial<MailSettingsDraft> = {}): MailSettingsValues {
  return mailSettingsSchema.parse({ ...baseDraft, ...overrides });
}

describe.each(testDrivers)("mail settings data on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "korenaar", "owner");
    theirs = await createTestBakery(database.db, "zuurdesem", "owner");
  });

  beforeEach(async () => {
    await database.db.delete(mailSettings);
    await database.db.delete(auditLog);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function storedRow(tenantId: string) {
    const [row] = await database.db.select().from(mailSettings).where(eq(mailSettings.tenantId, tenantId));
    return row;
  }

  async function auditRows(tenantId: string) {
    return database.db.select().from(auditLog).where(eq(auditLog.tenantId, tenantId));
  }

  it("save encrypts the password", async () => {
    const result = await saveMailSettings(database.db, ours.tenantId, ours.userId, values());

    const row = await storedRow(ours.tenantId);
    expect(row?.passwordEncrypted).toBeTruthy();
    expect(row?.passwordEncrypted).not.toContain(PASSWORD);
    expect(row?.passwordEncrypted).not.toContain(Buffer.from(PASSWORD).toString("base64"));
    expect(decryptSecret(row!.passwordEncrypted!)).toBe(PASSWORD);
    expect(result.hasPassword).toBe(true);
    expect(result.version).toBe(1);
    expect(row?.updatedBy).toBe(ours.userId);
  });

  it("first save writes one audit row naming the fields", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values({ dailyLimit: "99" }));

    const rows = await auditRows(ours.tenantId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).toBe("mail_settings.update");
    expect(rows[0]!.userId).toBe(ours.userId);
    expect(rows[0]!.changedFields).toEqual([
      "host",
      "port",
      "username",
      "password",
      "fromAddress",
      "fromName",
      "dailyLimit",
    ]);
    expect(JSON.stringify(rows)).not.toContain(PASSWORD);
  });

  it("empty password field keeps the stored password", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());
    const before = await storedRow(ours.tenantId);

    const result = await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: "", port: "465", security: "tls" }),
    );

    const after = await storedRow(ours.tenantId);
    expect(after?.passwordEncrypted).toBe(before?.passwordEncrypted);
    expect(result.changedFields).toEqual(["port", "security"]);
    expect(result.hasPassword).toBe(true);
    expect((await getMailTransportSettings(database.db, ours.tenantId))?.password).toBe(PASSWORD);
  });

  it("clearPassword removes the stored password", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());

    const result = await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: "", clearPassword: true }),
    );

    expect((await storedRow(ours.tenantId))?.passwordEncrypted).toBeNull();
    expect(result.changedFields).toEqual(["password"]);
    expect(result.hasPassword).toBe(false);
  });

  it("typed password wins over clearPassword", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());

    await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: NEW_PASSWORD, clearPassword: true }),
    );

    const row = await storedRow(ours.tenantId);
    expect(decryptSecret(row!.passwordEncrypted!)).toBe(NEW_PASSWORD);
  });

  it("each change increments the version", async () => {
    const first = await saveMailSettings(database.db, ours.tenantId, ours.userId, values());
    const second = await saveMailSettings(database.db, ours.tenantId, ours.userId, values({ password: NEW_PASSWORD }));
    const third = await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: "", host: "smtp.gmail.com" }),
    );

    expect([first.version, second.version, third.version]).toEqual([1, 2, 3]);
    expect(second.changedFields).toEqual(["password"]);
    expect(third.changedFields).toEqual(["host"]);
    expect((await storedRow(ours.tenantId))?.version).toBe(3);
    expect((await getMailTransportSettings(database.db, ours.tenantId))?.version).toBe(3);

    const rows = await auditRows(ours.tenantId);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain(NEW_PASSWORD);
  });

  it("nothing changed writes no audit row", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values({ cc: "kantoor@bakkerij.example" }));
    const before = await storedRow(ours.tenantId);

    const withEmptyPassword = await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: "", cc: "kantoor@bakkerij.example" }),
    );
    const withSamePassword = await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ cc: " kantoor@bakkerij.example; " }),
    );

    expect(withEmptyPassword.changedFields).toEqual([]);
    expect(withSamePassword.changedFields).toEqual([]);
    expect(withSamePassword.version).toBe(1);
    const after = await storedRow(ours.tenantId);
    expect(after?.version).toBe(1);
    expect(after?.passwordEncrypted).toBe(before?.passwordEncrypted);
    expect(after?.updatedAt.getTime()).toBe(before?.updatedAt.getTime());
    expect(await auditRows(ours.tenantId)).toHaveLength(1);
  });

  it("stores every field of the form", async () => {
    await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({
        replyTo: "info@bakkerij.example",
        cc: "kantoor@bakkerij.example, boekhouding@bakkerij.example",
        bcc: "archief@bakkerij.example",
        dailyLimit: "99",
        hideSuccessMessage: true,
        pdfArchive: "delete",
        pdfRetentionDays: "30",
      }),
    );

    const form = await getMailSettingsForm(database.db, ours.tenantId);
    expect(form).toMatchObject({
      host: "smtp.bakkerij.example",
      port: 587,
      security: "starttls",
      username: "bonnen@bakkerij.example",
      hasPassword: true,
      fromAddress: "bonnen@bakkerij.example",
      fromName: "Bakkerij De Korenaar",
      replyTo: "info@bakkerij.example",
      cc: ["kantoor@bakkerij.example", "boekhouding@bakkerij.example"],
      bcc: ["archief@bakkerij.example"],
      dailyLimit: 99,
      hideSuccessMessage: true,
      pdfArchive: "delete",
      pdfRetentionDays: 30,
      version: 1,
    });
    expect(form?.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("getMailSettingsForm never returns the password", async () => {
    expect(await getMailSettingsForm(database.db, ours.tenantId)).toBeNull();
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());

    const form = await getMailSettingsForm(database.db, ours.tenantId);
    const json = JSON.stringify(form);
    const row = await storedRow(ours.tenantId);
    expect(json).not.toContain(PASSWORD);
    expect(json).not.toContain(row!.passwordEncrypted!);
    expect(Object.keys(form!)).not.toContain("password");
    expect(Object.keys(form!)).not.toContain("passwordEncrypted");
    expect(form?.hasPassword).toBe(true);
  });

  it("another bakery's settings stay untouched", async () => {
    await saveMailSettings(
      database.db,
      theirs.tenantId,
      theirs.userId,
      values({ host: "mail.zuurdesem.example", password: NEW_PASSWORD }),
    );
    const theirsBefore = await storedRow(theirs.tenantId);

    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());
    await saveMailSettings(
      database.db,
      ours.tenantId,
      ours.userId,
      values({ password: "", clearPassword: true, port: "465", security: "tls" }),
    );

    expect(await storedRow(theirs.tenantId)).toEqual(theirsBefore);
    expect(await auditRows(theirs.tenantId)).toHaveLength(1);
    expect(await listMailSettingsAudit(database.db, theirs.tenantId)).toHaveLength(1);
  });

  it("listMailSettingsAudit lists the newest first with the user's email", async () => {
    await saveMailSettings(database.db, ours.tenantId, ours.userId, values());
    await saveMailSettings(database.db, ours.tenantId, null, values({ password: "", port: "2525" }));

    const entries = await listMailSettingsAudit(database.db, ours.tenantId, 10);
    const [user] = await database.db.select({ email: users.email }).from(users).where(eq(users.id, ours.userId));

    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ userEmail: null, changedFields: ["port"] });
    expect(entries[1]?.userEmail).toBe(user!.email);
    expect(entries[1]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await listMailSettingsAudit(database.db, ours.tenantId, 1)).toHaveLength(1);
  });

  it("listMailPresets returns the presets in order", async () => {
    const presets = await listMailPresets(database.db);
    const gmail = presets.find((preset) => preset.key === "gmail");
    const ziggo = presets.find((preset) => preset.key === "ziggo");

    expect(gmail).toEqual({
      key: "gmail",
      name: "Gmail",
      category: "service",
      host: "smtp.gmail.com",
      port: 587,
      security: "starttls",
      dailyLimit: 99,
      helpKey: "appPassword",
    });
    expect(ziggo).toMatchObject({ category: "isp", port: 25, helpKey: "ispNetwork" });
    expect(presets[0]?.key).toBe("ziggo");
    expect(presets.filter((preset) => preset.category === "isp").length).toBeGreaterThan(0);
  });
});
