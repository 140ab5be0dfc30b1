import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customers, products } from "@/db/schema";
import { createTestBakery } from "@/lib/data/test-bakeries";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { commitCustomerImport } from "./customer-import";
import { customersToCsv, productsToCsv } from "./export";
import { commitProductImport } from "./product-import";
import { csvDataUrl, customerTemplateCsv, productTemplateCsv } from "./template";
import { loadCsvVocabularies, type CsvVocabulary } from "./vocabulary";

function request(csv: string) {
  return { bytes: new TextEncoder().encode(csv), encoding: "auto", mode: "create", mapping: null } as const;
}

describe("import templates", () => {
  let vocabularies: CsvVocabulary[];

  beforeAll(async () => {
    vocabularies = await loadCsvVocabularies("nl");
  });

  it("have a BOM, the export's header row and one example row", () => {
    const [dutch, english] = vocabularies as [CsvVocabulary, CsvVocabulary];
    for (const [template, exportHeader] of [
      [customerTemplateCsv(dutch), customersToCsv([], dutch)],
      [customerTemplateCsv(english), customersToCsv([], english)],
      [productTemplateCsv(dutch, "bread"), productsToCsv([], dutch)],
    ] as const) {
      expect(template.startsWith("\uFEFF")).toBe(true);
      const lines = template.split("\r\n");
      expect(lines[0]).toBe(exportHeader.split("\r\n")[0]);
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe("");
    }
    expect(productTemplateCsv(dutch, "bread").split("\r\n")[1]).toBe("1;Volkorenbrood;bread;st;2,95;9;ja;ja");
  });

  it("become a data URL that decodes to the same text", () => {
    const template = productTemplateCsv(vocabularies[0]!, "bread");
    const url = csvDataUrl(template);
    expect(url.startsWith("data:text/csv;charset=utf-8,%EF%BB%BF")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe(template);
  });
});

describe.each(testDrivers)("import templates on %s", (driver) => {
  let database: TestDatabase;
  let vocabularies: CsvVocabulary[];

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    vocabularies = await loadCsvVocabularies("nl");
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("import as they are, in either language", async () => {
    for (const vocabulary of vocabularies) {
      const { tenantId } = await createTestBakery(database.db, `sjabloon-${vocabulary.fileNames.customers}`);
      const customerResult = await commitCustomerImport(
        database.db,
        tenantId,
        request(customerTemplateCsv(vocabulary)),
        vocabularies,
      );
      expect(customerResult).toEqual({ status: "imported", created: 1, updated: 0 });
      const [customer] = await database.db.select().from(customers).where(eq(customers.tenantId, tenantId));
      expect(customer).toMatchObject({
        number: 1,
        name: "Café De Kroeg",
        noteDispatch: "email",
        deliveryFeeCents: 250,
      });
      expect(customer!.noteEmails).toEqual(["bonnen@dekroeg.example"]);

      const productResult = await commitProductImport(
        database.db,
        tenantId,
        request(productTemplateCsv(vocabulary, "pastry")),
        vocabularies,
      );
      expect(productResult).toEqual({ status: "imported", created: 1, updated: 0 });
      const [product] = await database.db.select().from(products).where(eq(products.tenantId, tenantId));
      expect(product).toMatchObject({ number: 1, name: "Volkorenbrood", productGroup: "pastry", sliceable: true });
    }
  });
});
