import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  handleResetTemplate,
  handleSaveTemplate,
  resetTemplateSchema,
  saveTemplateSchema,
} from "@/app/(app)/[tenant]/settings/templates/handlers";
import { auditLog, customers, mailTemplates } from "@/db/schema";
import { addMember, createCustomer, createUser } from "@/db/seed";
import { runTenantAction } from "@/lib/actions/run";
import { defaultTemplate } from "@/lib/mail/template-defaults";
import { messageKinds } from "@/lib/mail/templates";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import {
  getTemplate,
  listPreviewCustomers,
  listTemplates,
  resetTemplate,
  saveTemplate,
  TemplateValidationError,
} from "./mail-templates";

const ownText = {
  subject: "Bon [NOTENUMBERS] voor [CUSTOMERNAME]",
  body: "Beste [CONTACTPERSON],<br/>Hierbij bon [NOTENUMBERS].<br/>[TRADENAME]",
};

describe.each(testDrivers)("mail templates on %s", (driver) => {
  let database: TestDatabase;
  let bakeryA: TestBakery;
  let bakeryB: TestBakery;
  let staffId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    // No message is sent in these tests, so the SMTP port is never connected to.
    bakeryA = await createTestBakery(database.db, {
      slug: "broodnodig",
      tradeName: "Bakkerij Broodnodig",
      smtpPort: 2525,
      deliveryDate: "2026-12-04",
    });
    bakeryB = await createTestBakery(database.db, {
      slug: "korenschoof",
      tradeName: "De Korenschoof",
      smtpPort: 2525,
      deliveryDate: "2026-12-04",
    });
    const staff = await createUser(database.db, { email: "staff@broodnodig.example", password: "staff-password" });
    await addMember(database.db, bakeryA.tenant.id, staff.id, "staff");
    staffId = staff.id;
  });

  beforeEach(async () => {
    await database.db.delete(mailTemplates);
    await database.db.delete(auditLog);
  });

  afterAll(async () => {
    await database?.destroy();
  });

  async function storedRows(tenantId: string) {
    return database.db
      .select({ kind: mailTemplates.kind, subject: mailTemplates.subject, body: mailTemplates.body })
      .from(mailTemplates)
      .where(eq(mailTemplates.tenantId, tenantId));
  }

  function saveAs(userId: string, tenantSlug: string, input: unknown) {
    return runTenantAction(
      { db: database.db, userId, tenantSlug, input },
      "settings.templates",
      saveTemplateSchema,
      handleSaveTemplate,
    );
  }

  function resetAs(userId: string, tenantSlug: string, input: unknown) {
    return runTenantAction(
      { db: database.db, userId, tenantSlug, input },
      "settings.templates",
      resetTemplateSchema,
      handleResetTemplate,
    );
  }

  it("getTemplate returns the default in the tenant's locale", async () => {
    const dutch = await getTemplate(database.db, bakeryA.tenant.id, "delivery_notes", "nl");
    expect(dutch).toEqual({ kind: "delivery_notes", ...defaultTemplate("delivery_notes", "nl"), customised: false });

    const english = await getTemplate(database.db, bakeryA.tenant.id, "invoices", "en");
    expect(english.subject).toBe(defaultTemplate("invoices", "en").subject);

    const unknownLocale = await getTemplate(database.db, bakeryA.tenant.id, "invoices", "fr");
    expect(unknownLocale.subject).toBe(defaultTemplate("invoices", "nl").subject);
  });

  it("saveTemplate stores the text that getTemplate returns", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", ownText);

    const template = await getTemplate(database.db, bakeryA.tenant.id, "delivery_notes", "nl");
    expect(template).toEqual({ kind: "delivery_notes", ...ownText, customised: true });

    const [row] = await database.db
      .select({ updatedBy: mailTemplates.updatedBy })
      .from(mailTemplates)
      .where(and(eq(mailTemplates.tenantId, bakeryA.tenant.id), eq(mailTemplates.kind, "delivery_notes")));
    expect(row?.updatedBy).toBe(bakeryA.owner.id);

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.tenantId, bakeryA.tenant.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.action).toBe("mail_templates.update");
    expect(audit[0]?.changedFields).toEqual(["delivery_notes.subject", "delivery_notes.body"]);
  });

  it("saveTemplate replaces an earlier text", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", ownText);
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", {
      ...ownText,
      subject: "Bon [NOTENUMBERS]",
    });

    const rows = await storedRows(bakeryA.tenant.id);
    expect(rows).toEqual([{ kind: "delivery_notes", subject: "Bon [NOTENUMBERS]", body: ownText.body }]);

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.tenantId, bakeryA.tenant.id));
    expect(audit.map((entry) => entry.changedFields)).toContainEqual(["delivery_notes.subject"]);
  });

  it("listTemplates marks only the stored kind as customised", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "test_message", {
      subject: "Test van [TRADENAME]",
      body: "Het werkt.",
    });

    const list = await listTemplates(database.db, bakeryA.tenant.id, "en");
    expect(list.map((template) => template.kind)).toEqual([...messageKinds]);
    for (const template of list) {
      expect(template.defaultTemplate).toEqual(defaultTemplate(template.kind, "en"));
      expect(template.customised, template.kind).toBe(template.kind === "test_message");
    }
    const testMessage = list.find((template) => template.kind === "test_message");
    expect(testMessage?.subject).toBe("Test van [TRADENAME]");
  });

  it("resetTemplate deletes the text so the default applies again", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", ownText);

    expect(await resetTemplate(database.db, bakeryA.tenant.id, "delivery_notes", bakeryA.owner.id)).toBe(true);
    expect(await storedRows(bakeryA.tenant.id)).toEqual([]);
    const template = await getTemplate(database.db, bakeryA.tenant.id, "delivery_notes", "nl");
    expect(template).toEqual({ kind: "delivery_notes", ...defaultTemplate("delivery_notes", "nl"), customised: false });

    expect(await resetTemplate(database.db, bakeryA.tenant.id, "delivery_notes")).toBe(false);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.tenantId, bakeryA.tenant.id));
    expect(audit.map((entry) => entry.action)).toEqual(["mail_templates.update", "mail_templates.reset"]);
  });

  it("saveTemplate rejects an unknown placeholder and stores nothing", async () => {
    const attempt = saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", {
      subject: "Bon voor [KLANTNAAM]",
      body: ownText.body,
    });

    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TemplateValidationError);
    const rejection = error as TemplateValidationError;
    expect(rejection.code).toBe("invalid_input");
    expect(rejection.values).toMatchObject({ keys: "templates.errors.unknownPlaceholder" });
    expect(rejection.errors).toHaveLength(1);
    expect(rejection.errors[0]).toMatchObject({
      field: "subject",
      code: "unknownPlaceholder",
      key: "templates.errors.unknownPlaceholder",
      values: { name: "KLANTNAAM", column: 10 },
    });
    expect(rejection.errors[0]?.values.valid).toContain("[CUSTOMERNAME]");
    expect(await storedRows(bakeryA.tenant.id)).toEqual([]);
    expect(await database.db.select().from(auditLog)).toEqual([]);
  });

  it("saveTemplate rejects a placeholder the kind does not have", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "production_lists", {
      subject: "Lijst",
      body: "Voor [TRADENAME]",
    });

    const attempt = saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "production_lists", {
      subject: "Lijst",
      body: "Voor [CUSTOMERNAME]",
    });

    await expect(attempt).rejects.toMatchObject({
      code: "invalid_input",
      errors: [
        { field: "body", code: "placeholderNotAvailable", values: { name: "CUSTOMERNAME", kind: "production_lists" } },
      ],
    });
    expect(await storedRows(bakeryA.tenant.id)).toEqual([
      { kind: "production_lists", subject: "Lijst", body: "Voor [TRADENAME]" },
    ]);
  });

  it("save action stores for the owner and validates again", async () => {
    const saved = await saveAs(bakeryA.owner.id, "broodnodig", {
      kind: "delivery_notes",
      ...ownText,
    });
    expect(saved).toEqual({ ok: true, data: { kind: "delivery_notes", ...ownText, customised: true } });

    const rejected = await saveAs(bakeryA.owner.id, "broodnodig", {
      kind: "delivery_notes",
      subject: "Bon [BONNUMMER]",
      body: ownText.body,
    });
    expect(rejected).toEqual({
      ok: false,
      error: "errors.invalid_input",
      values: { count: 1, keys: "templates.errors.unknownPlaceholder" },
    });
    expect(await storedRows(bakeryA.tenant.id)).toEqual([{ kind: "delivery_notes", ...ownText }]);

    const unknownKind = await saveAs(bakeryA.owner.id, "broodnodig", {
      kind: "newsletter",
      ...ownText,
    });
    expect(unknownKind).toMatchObject({
      ok: false,
      error: "errors.invalid_input",
      fieldErrors: { kind: ["validation.invalid_value"] },
    });
  });

  it("reset action returns the default for the owner", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", ownText);

    const result = await resetAs(bakeryA.owner.id, "broodnodig", { kind: "delivery_notes" });

    expect(result).toEqual({
      ok: true,
      data: { kind: "delivery_notes", ...defaultTemplate("delivery_notes", "nl"), customised: false },
    });
    expect(await storedRows(bakeryA.tenant.id)).toEqual([]);
  });

  it("rejects a staff member and stores nothing", async () => {
    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "invoices", {
      subject: "Factuur",
      body: "Zie bijlage.",
    });

    const save = await saveAs(staffId, "broodnodig", { kind: "delivery_notes", ...ownText });
    const reset = await resetAs(staffId, "broodnodig", { kind: "invoices" });

    expect(save).toEqual({ ok: false, error: "errors.forbidden" });
    expect(reset).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await storedRows(bakeryA.tenant.id)).toEqual([
      { kind: "invoices", subject: "Factuur", body: "Zie bijlage." },
    ]);
  });

  it("never touches another bakery's texts", async () => {
    const theirs = { subject: "Leverbon [NOTENUMBERS] van De Korenschoof", body: "Tot morgen." };
    await saveTemplate(database.db, bakeryB.tenant.id, bakeryB.owner.id, "delivery_notes", theirs);

    await saveTemplate(database.db, bakeryA.tenant.id, bakeryA.owner.id, "delivery_notes", ownText);
    expect(await getTemplate(database.db, bakeryB.tenant.id, "delivery_notes", "nl")).toMatchObject({
      ...theirs,
      customised: true,
    });

    await resetTemplate(database.db, bakeryA.tenant.id, "delivery_notes");
    expect(await storedRows(bakeryB.tenant.id)).toEqual([{ kind: "delivery_notes", ...theirs }]);
    expect(await getTemplate(database.db, bakeryA.tenant.id, "delivery_notes", "nl")).toMatchObject({
      customised: false,
    });

    // With B's slug, the owner of A gets the same not-found result as for an unknown bakery.
    const save = await saveAs(bakeryA.owner.id, "korenschoof", { kind: "delivery_notes", ...ownText });
    const reset = await resetAs(bakeryA.owner.id, "korenschoof", { kind: "delivery_notes" });
    expect(save).toEqual({ ok: false, error: "errors.not_found" });
    expect(reset).toEqual({ ok: false, error: "errors.not_found" });
    expect(await storedRows(bakeryB.tenant.id)).toEqual([{ kind: "delivery_notes", ...theirs }]);
    expect(await storedRows(bakeryA.tenant.id)).toEqual([]);
  });

  it("listPreviewCustomers lists the tenant's active customers by number", async () => {
    const archived = await createCustomer(database.db, bakeryA.tenant.id, { number: 1000, name: "Oud Café" });
    await database.db
      .update(customers)
      .set({ archivedAt: new Date() })
      .where(and(eq(customers.tenantId, bakeryA.tenant.id), eq(customers.id, archived.id)));

    const list = await listPreviewCustomers(database.db, bakeryA.tenant.id);

    expect(list.map((customer) => customer.number)).toEqual([1001, 1002, 1003]);
    expect(list.map((customer) => customer.id)).not.toContain(bakeryB.customers.emailCustomer.id);
    expect(list[0]).toEqual({
      id: bakeryA.customers.emailCustomer.id,
      number: 1001,
      name: "Café Coöperatie",
      contactPerson: "",
    });
  });
});
