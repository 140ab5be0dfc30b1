import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { products } from "@/db/schema";
import { createProductGroup } from "@/lib/data/product-groups";
import { createTestBakery } from "@/lib/data/test-bakeries";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { productsToCsv } from "./export";
import type { ImportRequest } from "./import";
import { analyzeProductImport, commitProductImport } from "./product-import";
import { loadCsvVocabularies, type CsvVocabulary } from "./vocabulary";

function request(text: string, overrides: Partial<ImportRequest> = {}): ImportRequest {
  return { bytes: new TextEncoder().encode(text), encoding: "auto", mode: "create", mapping: null, ...overrides };
}

describe.each(testDrivers)("product import on %s", (driver) => {
  let database: TestDatabase;
  let vocabularies: CsvVocabulary[];
  let tenantId: string;
  let counter = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    vocabularies = await loadCsvVocabularies("nl");
  });

  beforeEach(async () => {
    counter += 1;
    tenantId = (await createTestBakery(database.db, `products-${counter}`)).tenantId;
  });

  afterAll(async () => {
    await database.destroy();
  });

  async function stored() {
    return database.db.select().from(products).where(eq(products.tenantId, tenantId)).orderBy(asc(products.number));
  }

  it("accepts group codes and names and VAT with a percent sign", async () => {
    await createProductGroup(database.db, tenantId, { code: "vlaai", name: "Vlaaien", category: "pastry" });
    const csv =
      "Artikelnummer;Omschrijving;Artikelgroep;Prijs;Btw %;Snijdbaar\n1;Wit;bread;2,95;9%;ja\n2;Kers;Vlaaien;12,50;9 %;nee\n3;Doos;Overig;1,50;21;nee\n";
    const result = await commitProductImport(database.db, tenantId, request(csv), vocabularies);
    expect(result).toEqual({ status: "imported", created: 3, updated: 0 });
    expect((await stored()).map((row) => [row.productGroup, row.priceCents, row.vatRate, row.sliceable])).toEqual([
      ["bread", 295, 9, true],
      ["vlaai", 1250, 9, false],
      ["other", 150, 21, false],
    ]);
  });

  it("reports an unknown group and a wrong VAT rate", async () => {
    const csv =
      "Artikelnummer;Omschrijving;Artikelgroep;Prijs;Btw %\n1;Wit;bread;2,95;9\n2;Soep;soepen;3,00;9\n3;Bier;bread;2,00;19\n";
    const result = await commitProductImport(database.db, tenantId, request(csv), vocabularies);
    expect(result.status).toBe("rejected");
    const issues = result.status === "rejected" ? result.analysis.issues : [];
    expect(issues.map((issue) => [issue.line, issue.column, issue.reason])).toEqual([
      [3, "Artikelgroep", "csv.reasons.unknownGroup"],
      [4, "Btw %", "validation.vatRate"],
    ]);
    expect(await stored()).toEqual([]);
  });

  it("reports every issue of a row", async () => {
    const csv = "Artikelnummer;Omschrijving;Artikelgroep;Prijs;Btw %;Snijdbaar\n1;Taart;taart;-1;9;misschien\n";
    const result = await commitProductImport(database.db, tenantId, request(csv), vocabularies);
    expect(result.status).toBe("rejected");
    const analysis = result.status === "rejected" ? result.analysis : null;
    expect(analysis?.issues.map((issue) => [issue.line, issue.column, issue.reason])).toEqual([
      [2, "Artikelgroep", "csv.reasons.unknownGroup"],
      [2, "Prijs", "validation.moneyRange"],
      [2, "Snijdbaar", "csv.reasons.boolean"],
    ]);
    expect(analysis?.createCount).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it("reports the price when it is the only issue", async () => {
    const csv = "Artikelnummer;Omschrijving;Artikelgroep;Prijs;Btw %\n1;Taart;pastry;-1;9\n";
    const analysis = await analyzeProductImport(database.db, tenantId, request(csv), vocabularies);
    expect(analysis.issues.map((issue) => [issue.column, issue.reason])).toEqual([["Prijs", "validation.moneyRange"]]);
  });

  it("round-trips an export through an import", async () => {
    const csv =
      "Artikelnummer;Omschrijving;Artikelgroep;Eenheid;Prijs;Btw %;Actief\n1;@Broodje;pastry;zak 6;0,95;9;nee\n";
    await commitProductImport(database.db, tenantId, request(csv), vocabularies);
    const before = await stored();
    const exported = productsToCsv(before, vocabularies[1]!);
    expect(exported.split("\r\n")[0]).toBe("\uFEFFProduct number;Name;Product group;Unit;Price;VAT %;Sliceable;Active");
    expect(exported).toContain(";'@Broodje;");

    const result = await commitProductImport(
      database.db,
      tenantId,
      request(exported, { mode: "update" }),
      vocabularies,
    );
    expect(result).toEqual({ status: "imported", created: 0, updated: 1 });
    const after = await stored();
    expect(after.map((row) => ({ ...row, updatedAt: null }))).toEqual(
      before.map((row) => ({ ...row, updatedAt: null })),
    );
  });

  it("requires the price and VAT columns", async () => {
    const analysis = await analyzeProductImport(
      database.db,
      tenantId,
      request("Artikelnummer;Omschrijving\n1;Wit\n"),
      vocabularies,
    );
    expect(analysis.issues.map((issue) => [issue.reason, issue.field])).toEqual([
      ["csv.file.missingColumn", "priceCents"],
      ["csv.file.missingColumn", "vatRate"],
    ]);
  });
});
