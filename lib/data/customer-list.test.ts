import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers } from "@/db/schema";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { customerFieldsSchema, customerListQuerySchema } from "@/lib/validation/customer";
import { listCustomerFilterOptions } from "./customers";
import { listCustomers } from "./customer-list";
import { saveCustomersByNumber } from "./customers-bulk";
import { createTestBakery } from "./test-bakeries";

const customerCount = 10_000;
const cities = ["Utrecht", "Zwolle", "Amersfoort", "Deventer"];
const dispatches = ["paper", "email", "paper_and_email"] as const;

function query(params: Record<string, string>) {
  return customerListQuerySchema.parse(params);
}

describe.each(testDrivers)("listCustomers on %s", (driver) => {
  let database: TestDatabase;
  let tenantId: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    tenantId = (await createTestBakery(database.db, "groot")).tenantId;
    const otherTenantId = (await createTestBakery(database.db, "klein")).tenantId;

    const rows = Array.from({ length: customerCount }, (_, index) => {
      const number = index + 1;
      const dispatch = dispatches[number % 3]!;
      return customerFieldsSchema.parse({
        number: String(number),
        name: number === 4242 ? "Café 100% Écht" : `Klant ${String(number).padStart(5, "0")}`,
        city: cities[number % cities.length],
        route: `R${number % 10}`,
        branch: number % 2 === 0 ? "Centrum" : "Noord",
        noteDispatch: dispatch,
        noteEmails: dispatch === "paper" ? "" : `bon${number}@klant.test`,
        email: number === 777 ? "inkoop@hotel-zon.test" : "",
        blocked: number % 100 === 0,
      });
    });
    await saveCustomersByNumber(database.db, tenantId, rows, false);
    await database.db.update(customers).set({ archivedAt: new Date() }).where(eq(customers.number, 9999));
    await saveCustomersByNumber(
      database.db,
      otherTenantId,
      [customerFieldsSchema.parse({ number: "1", name: "Klant van een ander", city: "Utrecht" })],
      false,
    );
  }, 120_000);

  afterAll(async () => {
    await database.destroy();
  });

  it("pages through all active customers", async () => {
    const first = await listCustomers(database.db, tenantId, query({ size: "50" }));
    expect(first.total).toBe(customerCount - 1);
    expect(first.pageCount).toBe(200);
    expect(first.rows.map((row) => row.number).slice(0, 3)).toEqual([1, 2, 3]);

    const last = await listCustomers(database.db, tenantId, query({ size: "50", page: "200" }));
    expect(last.rows).toHaveLength(49);
    expect(last.rows.at(-1)!.number).toBe(10_000);
  });

  it("sorts by name descending with the number as tie breaker", async () => {
    const page = await listCustomers(database.db, tenantId, query({ sort: "name", dir: "desc" }));
    expect(page.rows[0]!.name).toBe("Klant 10000");
    expect(page.rows[1]!.name).toBe("Klant 09998");
  });

  it("sorts by email or note address", async () => {
    const ascending = await listCustomers(database.db, tenantId, query({ sort: "email", size: "100" }));
    expect(ascending.rows[0]!.email).toBe("");
    expect(ascending.rows[0]!.noteEmails[0]).toMatch(/^bon\d+@klant\.test$/);
    // Customers without any address come last in both directions.
    const lastPage = String(ascending.pageCount);
    const ascendingEnd = await listCustomers(
      database.db,
      tenantId,
      query({ sort: "email", size: "100", page: lastPage }),
    );
    expect(ascendingEnd.rows.at(-1)!.email).toBe("");
    expect(ascendingEnd.rows.at(-1)!.noteEmails).toEqual([]);

    const descending = await listCustomers(database.db, tenantId, query({ sort: "email", dir: "desc", size: "100" }));
    expect(descending.rows[0]!.number).toBe(777);
    const descendingEnd = await listCustomers(
      database.db,
      tenantId,
      query({ sort: "email", dir: "desc", size: "100", page: lastPage }),
    );
    expect(descendingEnd.rows.at(-1)!.noteEmails).toEqual([]);
  });

  it("finds a number exactly", async () => {
    const page = await listCustomers(database.db, tenantId, query({ q: "4242" }));
    expect(page.rows.map((row) => row.number)).toEqual([4242]);
  });

  it("finds a name part without regard to case", async () => {
    const page = await listCustomers(database.db, tenantId, query({ q: "cAFÉ" }));
    expect(page.rows.map((row) => row.number)).toEqual([4242]);
  });

  it("matches % in the search text literally", async () => {
    const page = await listCustomers(database.db, tenantId, query({ q: "100%" }));
    expect(page.rows.map((row) => row.number)).toEqual([4242]);
  });

  it("finds the email and note addresses", async () => {
    expect(
      (await listCustomers(database.db, tenantId, query({ q: "hotel-zon" }))).rows.map((row) => row.number),
    ).toEqual([777]);
    expect(
      (await listCustomers(database.db, tenantId, query({ q: "bon5003@" }))).rows.map((row) => row.number),
    ).toEqual([5003]);
  });

  it("finds a city", async () => {
    const page = await listCustomers(database.db, tenantId, query({ q: "zwolle" }));
    expect(page.total).toBe(customerCount / 4);
  });

  it("filters by dispatch, route, branch and blocked together", async () => {
    const page = await listCustomers(
      database.db,
      tenantId,
      query({ dispatch: "email", route: "R0", branch: "Centrum", blocked: "yes", size: "100" }),
    );
    // Numbers divisible by 100 (blocked, route R0, even) with number % 3 === 1 (email).
    const expected = Array.from({ length: 100 }, (_, index) => (index + 1) * 100).filter((number) => number % 3 === 1);
    expect(page.rows.map((row) => row.number)).toEqual(expected);
    expect(page.total).toBe(expected.length);
  });

  it("lists archived customers only when asked", async () => {
    const archived = await listCustomers(database.db, tenantId, query({ archived: "archived" }));
    expect(archived.rows.map((row) => [row.number, row.archived])).toEqual([[9999, true]]);
    expect((await listCustomers(database.db, tenantId, query({ archived: "all" }))).total).toBe(customerCount);
  });

  it("never lists another tenant's customers", async () => {
    const page = await listCustomers(database.db, tenantId, query({ q: "van een ander" }));
    expect(page.total).toBe(0);
  });

  it("falls back to defaults for malformed parameters", async () => {
    const parsed = query({ sort: "password", dir: "sideways", page: "-3", size: "7", archived: "x" });
    expect(parsed).toMatchObject({ sort: "number", dir: "asc", page: 1, size: 25, archived: "active" });
  });

  it("offers the routes and branches in use", async () => {
    const options = await listCustomerFilterOptions(database.db, tenantId);
    expect(options.routes).toEqual(["R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"]);
    expect(options.branches).toEqual(["Centrum", "Noord"]);
  });
});
