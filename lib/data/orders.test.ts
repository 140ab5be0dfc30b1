import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestBakery, type TestBakery } from "@/lib/testing/bakery";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { issueNotes } from "./delivery-notes";
import { listOrdersForDate } from "./orders";

describe.each(testDrivers)("order grid rows on %s", (driver) => {
  let database: TestDatabase;
  let bakery: TestBakery;
  let otherBakery: TestBakery;
  const deliveryDate = "2026-12-04";

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const options = { smtpPort: 2525, deliveryDate };
    bakery = await createTestBakery(database.db, { ...options, slug: "broodnodig", tradeName: "Bakkerij Broodnodig" });
    otherBakery = await createTestBakery(database.db, { ...options, slug: "korenschoof", tradeName: "De Korenschoof" });
  });

  afterAll(async () => {
    await database?.destroy();
  });

  it("carry the note id once the note is issued", async () => {
    const { emailOrder, paperOrder } = bakery.orders;
    const before = await listOrdersForDate(database.db, bakery.tenant.id, deliveryDate);
    expect(before.find((row) => row.id === emailOrder.id)?.noteId).toBeNull();
    expect(before.find((row) => row.id === emailOrder.id)?.noteNumber).toBeNull();

    const issued = await issueNotes(database.db, bakery.tenant.id, [emailOrder.id]);
    await issueNotes(database.db, otherBakery.tenant.id, [otherBakery.orders.emailOrder.id]);

    const rows = await listOrdersForDate(database.db, bakery.tenant.id, deliveryDate);
    const note = issued.get(emailOrder.id)!;
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.id === emailOrder.id)?.noteId).toBe(note.id);
    expect(rows.find((row) => row.id === emailOrder.id)?.noteNumber).toBe(note.number);
    expect(rows.find((row) => row.id === paperOrder.id)?.noteId).toBeNull();
  });
});
