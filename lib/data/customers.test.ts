import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerDeliveryAddresses, customers, orders } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { customerFormSchema, type CustomerFormInput } from "@/lib/validation/customer";
import {
  assertCustomerCanOrder,
  createCustomer,
  deleteOrArchiveCustomer,
  getCustomer,
  setCustomerArchived,
  suggestCustomerNumber,
  updateCustomer,
} from "./customers";
import { createTestBakery } from "./test-bakeries";

function form(input: Partial<CustomerFormInput> & { number: string; name: string }) {
  return customerFormSchema.parse(input);
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe.each(testDrivers)("customers on %s", (driver) => {
  let database: TestDatabase;
  let tenantId: string;
  let otherTenantId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    tenantId = (await createTestBakery(database.db, "bakker")).tenantId;
    otherTenantId = (await createTestBakery(database.db, "ander")).tenantId;
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("creates a customer with contacts and addresses", async () => {
    const { id } = await createCustomer(
      database.db,
      tenantId,
      form({
        number: "10",
        name: "Hotel De Zon",
        deliveryFeeCents: "3,50",
        freeDeliveryMinimumCents: "50",
        callBefore: "16:00",
        contacts: [{ name: "Anna", role: "inkoop", email: "anna@example.test" }, { name: "Bram" }],
        deliveryAddresses: [
          { address: "Achterom 2", city: "Zwolle" },
          { address: "Markt 1", city: "Zwolle", isDefault: true },
        ],
      }),
    );

    const customer = await getCustomer(database.db, tenantId, id);
    expect(customer?.deliveryFeeCents).toBe(350);
    expect(customer?.freeDeliveryMinimumCents).toBe(5000);
    expect(customer?.callBefore).toBe("16:00:00");
    expect(customer?.contacts.map((contact) => contact.name)).toEqual(["Anna", "Bram"]);
    expect(customer?.deliveryAddresses.map((address) => [address.address, address.isDefault])).toEqual([
      ["Achterom 2", false],
      ["Markt 1", true],
    ]);
  });

  it("rejects a number that the tenant uses already", async () => {
    await createCustomer(database.db, tenantId, form({ number: "20", name: "Eerste" }));
    await expectAppError(
      createCustomer(database.db, tenantId, form({ number: "20", name: "Tweede" })),
      "customer_number_taken",
    );
    const rows = await database.db
      .select()
      .from(customers)
      .where(and(eq(customers.tenantId, tenantId), eq(customers.number, 20)));
    expect(rows.map((row) => row.name)).toEqual(["Eerste"]);
  });

  it("allows the same number in another tenant", async () => {
    await createCustomer(database.db, otherTenantId, form({ number: "20", name: "Elders" }));
    expect(await suggestCustomerNumber(database.db, otherTenantId)).toBe(21);
  });

  it("returns null for another tenant's id or a malformed id", async () => {
    const { id } = await createCustomer(database.db, otherTenantId, form({ number: "30", name: "Van een ander" }));
    expect(await getCustomer(database.db, tenantId, id)).toBeNull();
    expect(await getCustomer(database.db, tenantId, "not-a-uuid")).toBeNull();
  });

  it("keeps delivery address ids on update", async () => {
    const { id } = await createCustomer(
      database.db,
      tenantId,
      form({ number: "40", name: "Adressen", deliveryAddresses: [{ address: "Oud 1" }, { address: "Oud 2" }] }),
    );
    const before = (await getCustomer(database.db, tenantId, id))!;
    const [first, second] = before.deliveryAddresses;

    await updateCustomer(
      database.db,
      tenantId,
      id,
      form({
        number: "40",
        name: "Adressen",
        deliveryAddresses: [{ id: second!.id, address: "Oud 2", isDefault: true }, { address: "Nieuw 3" }],
      }),
    );

    const after = (await getCustomer(database.db, tenantId, id))!;
    expect(after.deliveryAddresses.map((address) => address.address)).toEqual(["Oud 2", "Nieuw 3"]);
    expect(after.deliveryAddresses[0]!.id).toBe(second!.id);
    expect(after.deliveryAddresses[0]!.isDefault).toBe(true);
    expect(after.deliveryAddresses.some((address) => address.id === first!.id)).toBe(false);
  });

  it("refuses to remove an address an order uses", async () => {
    const { id } = await createCustomer(
      database.db,
      tenantId,
      form({ number: "50", name: "Besteller", deliveryAddresses: [{ address: "Dok 5" }] }),
    );
    const address = (await getCustomer(database.db, tenantId, id))!.deliveryAddresses[0]!;
    await database.db
      .insert(orders)
      .values({ tenantId, number: 1, deliveryDate: "2026-03-02", customerId: id, deliveryAddressId: address.id });

    await expectAppError(
      updateCustomer(database.db, tenantId, id, form({ number: "50", name: "Hernoemd", deliveryAddresses: [] })),
      "delivery_address_in_use",
    );
    const after = (await getCustomer(database.db, tenantId, id))!;
    expect(after.name).toBe("Besteller");
    expect(after.deliveryAddresses.map((row) => row.id)).toEqual([address.id]);
  });

  it("archives a customer with orders instead of deleting it", async () => {
    const { id } = await createCustomer(database.db, tenantId, form({ number: "60", name: "Met orders" }));
    await database.db.insert(orders).values({ tenantId, number: 2, deliveryDate: "2026-03-02", customerId: id });
    expect(await deleteOrArchiveCustomer(database.db, tenantId, id)).toBe("archived");
    expect((await getCustomer(database.db, tenantId, id))?.archivedAt).toBeInstanceOf(Date);
  });

  it("deletes a customer without orders", async () => {
    const { id } = await createCustomer(
      database.db,
      tenantId,
      form({ number: "61", name: "Zonder orders", deliveryAddresses: [{ address: "Weg 1" }] }),
    );
    expect(await deleteOrArchiveCustomer(database.db, tenantId, id)).toBe("deleted");
    expect(await getCustomer(database.db, tenantId, id)).toBeNull();
    const addresses = await database.db
      .select()
      .from(customerDeliveryAddresses)
      .where(eq(customerDeliveryAddresses.customerId, id));
    expect(addresses).toEqual([]);
  });

  it("does not delete another tenant's customer", async () => {
    const { id } = await createCustomer(database.db, otherTenantId, form({ number: "62", name: "Niet van u" }));
    await expectAppError(deleteOrArchiveCustomer(database.db, tenantId, id), "not_found");
    expect(await getCustomer(database.db, otherTenantId, id)).not.toBeNull();
  });

  describe("assertCustomerCanOrder", () => {
    it("accepts an active customer", async () => {
      const { id } = await createCustomer(database.db, tenantId, form({ number: "70", name: "Actief" }));
      expect(await assertCustomerCanOrder(database.db, tenantId, id)).toEqual({ id, number: 70, name: "Actief" });
    });

    it("rejects a blocked customer", async () => {
      const { id } = await createCustomer(
        database.db,
        tenantId,
        form({ number: "71", name: "Geblokkeerd", blocked: true }),
      );
      await expectAppError(assertCustomerCanOrder(database.db, tenantId, id), "customer_blocked");
    });

    it("rejects an archived customer", async () => {
      const { id } = await createCustomer(database.db, tenantId, form({ number: "72", name: "Gearchiveerd" }));
      await setCustomerArchived(database.db, tenantId, id, true);
      await expectAppError(assertCustomerCanOrder(database.db, tenantId, id), "customer_archived");
    });

    it("rejects another tenant's customer", async () => {
      const { id } = await createCustomer(database.db, otherTenantId, form({ number: "73", name: "Elders" }));
      await expectAppError(assertCustomerCanOrder(database.db, tenantId, id), "not_found");
    });
  });
});
