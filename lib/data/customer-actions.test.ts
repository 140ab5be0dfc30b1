import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerContacts, customerDeliveryAddresses, customers } from "@/db/schema";
import { runTenantAction } from "@/lib/actions/run";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import type { CustomerFormInput } from "@/lib/validation/customer";
import { customerActions } from "./customer-actions";
import { createCustomer } from "./customers";
import { addTestMember, createTestBakery } from "./test-bakeries";

function customerInput(number: number, name: string): CustomerFormInput {
  return {
    number: String(number),
    name,
    noteDispatch: "email",
    noteEmails: "bonnen@example.test",
    contacts: [{ name: "Piet" }],
    deliveryAddresses: [{ address: "Kerkstraat 1", city: "Utrecht" }],
  };
}

function csvFile(text: string): Blob {
  return new Blob([text], { type: "text/csv" });
}

describe.each(testDrivers)("customer actions on %s", (driver) => {
  let database: TestDatabase;
  let ours: Awaited<ReturnType<typeof createTestBakery>>;
  let theirs: Awaited<ReturnType<typeof createTestBakery>>;
  let theirCustomerId: string;
  let readOnlyUserId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    ours = await createTestBakery(database.db, "ours");
    theirs = await createTestBakery(database.db, "theirs");
    readOnlyUserId = await addTestMember(database.db, ours.tenantId, ours.slug, "read_only");
    const parsed = customerActions.create.schema.parse(customerInput(500, "Hun Klant"));
    theirCustomerId = (await createCustomer(database.db, theirs.tenantId, parsed)).id;
  });

  afterAll(async () => {
    await database.destroy();
  });

  /** Everything stored for the other bakery, to compare before and after an attempt. */
  async function theirRows() {
    const db = database.db;
    return {
      customers: await db
        .select()
        .from(customers)
        .where(eq(customers.tenantId, theirs.tenantId))
        .orderBy(asc(customers.number)),
      contacts: await db.select().from(customerContacts).where(eq(customerContacts.tenantId, theirs.tenantId)),
      addresses: await db
        .select()
        .from(customerDeliveryAddresses)
        .where(eq(customerDeliveryAddresses.tenantId, theirs.tenantId)),
    };
  }

  async function ourCustomerCount() {
    return (await database.db.select().from(customers).where(eq(customers.tenantId, ours.tenantId))).length;
  }

  function run<Spec extends (typeof customerActions)[keyof typeof customerActions]>(
    spec: Spec,
    input: unknown,
    options: { userId?: string | null; slug?: string } = {},
  ) {
    return runTenantAction(
      {
        db: database.db,
        userId: options.userId === undefined ? ours.userId : options.userId,
        tenantSlug: options.slug ?? ours.slug,
        input,
      },
      spec.permission,
      spec.schema,
      spec.handler as never,
    );
  }

  it("create in another bakery is not found", async () => {
    const before = await theirRows();
    const result = await run(customerActions.create, customerInput(501, "Indringer"), { slug: theirs.slug });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
    expect(await ourCustomerCount()).toBe(0);
  });

  it("create without a session is rejected", async () => {
    const result = await run(customerActions.create, customerInput(502, "Anoniem"), { userId: null });
    expect(result).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(await ourCustomerCount()).toBe(0);
  });

  it("create as read-only member is forbidden", async () => {
    const result = await run(customerActions.create, customerInput(503, "Lezer"), { userId: readOnlyUserId });
    expect(result).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await ourCustomerCount()).toBe(0);
  });

  it("update of another bakery's id is not found", async () => {
    const before = await theirRows();
    const result = await run(customerActions.update, {
      id: theirCustomerId,
      values: customerInput(500, "Overgenomen"),
    });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
    expect(await ourCustomerCount()).toBe(0);
  });

  it("archive of another bakery's id is not found", async () => {
    const before = await theirRows();
    const result = await run(customerActions.setArchived, { id: theirCustomerId, archived: true });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("delete of another bakery's id is not found", async () => {
    const before = await theirRows();
    const result = await run(customerActions.delete, { id: theirCustomerId });
    expect(result).toEqual({ ok: false, error: "errors.not_found" });
    expect(await theirRows()).toEqual(before);
  });

  it("import into another bakery is not found", async () => {
    const before = await theirRows();
    const input = { file: csvFile("Nummer;Naam\n900;Nieuw\n"), mode: "update" };
    expect(await run(customerActions.analyzeImport, input, { slug: theirs.slug })).toEqual({
      ok: false,
      error: "errors.not_found",
    });
    expect(await run(customerActions.commitImport, input, { slug: theirs.slug })).toEqual({
      ok: false,
      error: "errors.not_found",
    });
    expect(await theirRows()).toEqual(before);
  });

  it("import as read-only member is forbidden", async () => {
    const input = { file: csvFile("Nummer;Naam\n900;Nieuw\n") };
    const result = await run(customerActions.commitImport, input, { userId: readOnlyUserId });
    expect(result).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await ourCustomerCount()).toBe(0);
  });

  it("import updates only the own bakery's numbers", async () => {
    const before = await theirRows();
    const input = { file: csvFile("Nummer;Naam\n500;Eigen klant 500\n"), mode: "update" };
    const result = await run(customerActions.commitImport, input);
    expect(result).toEqual({ ok: true, data: { status: "imported", created: 1, updated: 0 } });
    expect(await theirRows()).toEqual(before);
    expect(await ourCustomerCount()).toBe(1);
  });

  it("create and update in the own bakery succeed", async () => {
    const created = await run(customerActions.create, customerInput(600, "Eigen"));
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.data as { id: string }).id : "";
    const updated = await run(customerActions.update, { id, values: customerInput(600, "Eigen hernoemd") });
    expect(updated).toEqual({ ok: true, data: undefined });
    const [row] = await database.db.select().from(customers).where(eq(customers.id, id));
    expect(row?.name).toBe("Eigen hernoemd");
  });

  it("invalid input returns field errors", async () => {
    const result = await run(customerActions.create, { number: "", name: "", noteDispatch: "email", noteEmails: "" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fieldErrors).toEqual({
      number: ["validation.required"],
      name: ["validation.required"],
      noteEmails: ["validation.noteEmailRequired"],
    });
  });
});
