import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { customers } from "@/db/schema";
import { createTestBakery } from "@/lib/data/test-bakeries";
import { createTestDatabase, testDrivers, type TestDatabase } from "@/lib/testing/database";
import { analyzeCustomerImport, commitCustomerImport } from "./customer-import";
import { customersToCsv } from "./export";
import type { ImportRequest } from "./import";
import { loadCsvVocabularies, type CsvVocabulary } from "./vocabulary";

const utf8 = (text: string) => new TextEncoder().encode(text);

function request(bytes: Uint8Array | string, overrides: Partial<ImportRequest> = {}): ImportRequest {
  return {
    bytes: typeof bytes === "string" ? utf8(bytes) : bytes,
    encoding: "auto",
    mode: "create",
    mapping: null,
    ...overrides,
  };
}

/** Windows-1252 bytes of a Latin-1 string (every character below U+0100). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

describe.each(testDrivers)("customer import on %s", (driver) => {
  let database: TestDatabase;
  let vocabularies: CsvVocabulary[];
  let tenantId: string;
  let slugCounter = 0;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    vocabularies = await loadCsvVocabularies("nl");
  });

  beforeEach(async () => {
    slugCounter += 1;
    tenantId = (await createTestBakery(database.db, `import-${slugCounter}`)).tenantId;
  });

  afterAll(async () => {
    await database.destroy();
  });

  async function stored() {
    return database.db.select().from(customers).where(eq(customers.tenantId, tenantId)).orderBy(asc(customers.number));
  }

  it("imports 5,000 rows in one go", async () => {
    const lines = ["Nummer;Naam;Plaats;Versturen bon;E-mailadressen bonnen;Bezorgbedrag"];
    for (let number = 1; number <= 5000; number++) {
      lines.push(`${number};Klant ${number};Utrecht;e-mail;bon${number}@klant.test;2,50`);
    }
    const result = await commitCustomerImport(database.db, tenantId, request(lines.join("\r\n")), vocabularies);
    expect(result).toEqual({ status: "imported", created: 5000, updated: 0 });

    const rows = await stored();
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toMatchObject({
      number: 5000,
      name: "Klant 5000",
      noteDispatch: "email",
      deliveryFeeCents: 250,
    });
    expect(rows[4999]!.noteEmails).toEqual(["bon5000@klant.test"]);
  }, 120_000);

  it("maps English headers and a comma delimiter", async () => {
    const csv =
      'Number,Name,City,Note dispatch,Note email addresses,Blocked\n7,"Hotel, Bar",Zwolle,paper and email,"a@x.test; b@x.test",yes\n';
    const result = await commitCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(result).toEqual({ status: "imported", created: 1, updated: 0 });
    const [row] = await stored();
    expect(row).toMatchObject({ name: "Hotel, Bar", noteDispatch: "paper_and_email", blocked: true });
    expect(row!.noteEmails).toEqual(["a@x.test", "b@x.test"]);
  });

  it("reads a Windows-1252 file with é and ë", async () => {
    const bytes = windows1252("Nummer;Naam;Plaats\r\n1;Café Ëlsa;Sint-Oedenrode\r\n");
    const analysis = await analyzeCustomerImport(database.db, tenantId, request(bytes), vocabularies);
    expect(analysis.encoding).toBe("windows-1252");
    expect(analysis.issues).toEqual([]);
    await commitCustomerImport(database.db, tenantId, request(bytes), vocabularies);
    expect((await stored())[0]!.name).toBe("Café Ëlsa");
  });

  it("reads a UTF-8 file with a BOM", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Nummer;Naam\n1;Bäckerei Müller\n")]);
    const result = await commitCustomerImport(database.db, tenantId, request(bytes), vocabularies);
    expect(result.status).toBe("imported");
    expect((await stored())[0]!.name).toBe("Bäckerei Müller");
  });

  it("skips empty lines and reports the real line numbers", async () => {
    const csv = "Nummer;Naam;E-mailadres\n\n1;Een;\n;;\n\n2;Twee;geen-adres\n";
    const analysis = await analyzeCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(analysis.rowCount).toBe(2);
    expect(analysis.issues).toEqual([
      { line: 6, field: "email", column: "E-mailadres", reason: "validation.email", values: { field: "E-mailadres" } },
    ]);
  });

  it("reports broken quoting and imports nothing", async () => {
    const csv = 'Nummer;Naam\n1;Goed\n2;"Slecht" gequote\n3;"Nooit gesloten\n4;Verloren\n';
    const result = await commitCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(result.status).toBe("rejected");
    const issues = result.status === "rejected" ? result.analysis.issues : [];
    expect(issues.map((issue) => [issue.line, issue.reason])).toEqual([
      [3, "csv.parse.textAfterQuote"],
      [4, "csv.parse.unterminatedQuote"],
    ]);
    expect(await stored()).toEqual([]);
  });

  it("reports every failing row and imports none of them", async () => {
    const csv = [
      "Nummer;Naam;Versturen bon;E-mailadressen bonnen;Geblokkeerd;Bezorgbedrag",
      "1;Goed;papier;;nee;0",
      "x;Geen nummer;papier;;nee;0",
      "3;;papier;;nee;0",
      "4;Mail zonder adres;e-mail;;nee;0",
      "5;Rare keuze;per duif;;nee;0",
      "6;Raar vinkje;papier;;misschien;0",
      "7;Raar bedrag;papier;;nee;twee euro",
    ].join("\n");
    const result = await commitCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(result.status).toBe("rejected");
    const issues = result.status === "rejected" ? result.analysis.issues : [];
    expect(issues.map((issue) => [issue.line, issue.field, issue.reason])).toEqual([
      [3, "number", "validation.wholeNumber"],
      [4, "name", "validation.required"],
      [5, "noteEmails", "validation.noteEmailRequired"],
      [6, "noteDispatch", "csv.reasons.choice"],
      [7, "blocked", "csv.reasons.boolean"],
      [8, "deliveryFeeCents", "validation.money"],
    ]);
    expect(await stored()).toEqual([]);
  });

  it("reports numbers repeated in the file", async () => {
    const csv = "Nummer;Naam\n1;Een\n2;Twee\n1;Nog een\n";
    const analysis = await analyzeCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(analysis.issues).toEqual([
      {
        line: 4,
        field: "number",
        column: "Nummer",
        reason: "csv.reasons.duplicateInFile",
        values: { number: 1, line: 2 },
      },
    ]);
  });

  it("reports existing numbers as duplicates in create mode", async () => {
    await commitCustomerImport(database.db, tenantId, request("Nummer;Naam\n1;Origineel\n"), vocabularies);
    const result = await commitCustomerImport(
      database.db,
      tenantId,
      request("Nummer;Naam\n1;Kopie\n2;Nieuw\n"),
      vocabularies,
    );
    expect(result.status).toBe("rejected");
    const issues = result.status === "rejected" ? result.analysis.issues : [];
    expect(issues.map((issue) => [issue.line, issue.reason])).toEqual([[2, "csv.reasons.numberExists"]]);
    expect((await stored()).map((row) => row.name)).toEqual(["Origineel"]);
  });

  it("reports every issue of an existing number in create mode", async () => {
    await commitCustomerImport(database.db, tenantId, request("Nummer;Naam\n1;Origineel\n"), vocabularies);
    const csv = "Nummer;Naam;Geblokkeerd;Bezorgbedrag\n1;Kopie;misschien;-1\n";
    const analysis = await analyzeCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(analysis.issues.map((issue) => [issue.line, issue.column, issue.reason])).toEqual([
      [2, "Nummer", "csv.reasons.numberExists"],
      [2, "Geblokkeerd", "csv.reasons.boolean"],
      [2, "Bezorgbedrag", "validation.moneyRange"],
    ]);
  });

  it("rejects line breaks and control characters in single-line fields", async () => {
    const csv = [
      "Nummer;Naam;Plaats;Route;Tekst op etiket",
      '1;"Café De Kroeg\r\nBcc: evil@voorbeeld.test\r\nX-Injected: ja";Utrecht;R1;',
      "2;Tab\tin naam;Zwolle;R2;",
      "3;Goed;Amers\u0085foort;R\u2028A;Bel\u0007",
      "4;Café Zoë (nbsp:\u00a0);Ede;R4;Zonder stuurteken",
    ].join("\n");
    const result = await commitCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(result.status).toBe("rejected");
    const issues = result.status === "rejected" ? result.analysis.issues : [];
    expect(issues.map((issue) => [issue.line, issue.column, issue.reason, issue.values?.field])).toEqual([
      // The quoted name spans lines 2 to 4 of the file.
      [2, "Naam", "formFields.controlCharacter", "Naam"],
      [5, "Naam", "formFields.controlCharacter", "Naam"],
      [6, "Plaats", "formFields.controlCharacter", "Plaats"],
      [6, "Route", "formFields.controlCharacter", "Route"],
      [6, "Tekst op etiket", "formFields.controlCharacter", "Tekst op etiket"],
    ]);
    expect(await stored()).toEqual([]);
  });

  it("updates existing numbers in update mode and keeps other fields", async () => {
    await commitCustomerImport(
      database.db,
      tenantId,
      request("Nummer;Naam;Plaats;Route\n1;Origineel;Zwolle;R1\n"),
      vocabularies,
    );
    const result = await commitCustomerImport(
      database.db,
      tenantId,
      request("Nummer;Naam\n1;Bijgewerkt\n2;Nieuw\n", { mode: "update" }),
      vocabularies,
    );
    expect(result).toEqual({ status: "imported", created: 1, updated: 1 });
    const rows = await stored();
    expect(rows.map((row) => [row.number, row.name, row.city, row.route])).toEqual([
      [1, "Bijgewerkt", "Zwolle", "R1"],
      [2, "Nieuw", "", ""],
    ]);
  });

  it("uses a chosen mapping and rejects a missing required column", async () => {
    const csv = "Klantcode;Omschrijving\n5;Bakkerij Om de Hoek\n";
    const suggested = await analyzeCustomerImport(database.db, tenantId, request(csv), vocabularies);
    expect(suggested.mapping).toEqual([null, null]);
    expect(suggested.issues.map((issue) => issue.reason)).toEqual(["csv.file.missingColumn", "csv.file.missingColumn"]);

    const mapped = await commitCustomerImport(
      database.db,
      tenantId,
      request(csv, { mapping: ["number", "name"] }),
      vocabularies,
    );
    expect(mapped).toEqual({ status: "imported", created: 1, updated: 0 });
  });

  it("rejects a file with only a header row", async () => {
    const analysis = await analyzeCustomerImport(database.db, tenantId, request("Nummer;Naam\n"), vocabularies);
    expect(analysis.issues.map((issue) => issue.reason)).toEqual(["csv.file.noRows"]);
  });

  it("round-trips an export through an import", async () => {
    const original = [
      "Nummer;Soort;Naam;Plaats;Versturen bon;E-mailadressen bonnen;Bezorgbedrag;Gratis vanaf;Bellijst;Bellen voor;Snijden;Levering",
      '1;particulier;"Jansen; ""de bakker""";Zwolle;papier en e-mail;a@x.test, b@x.test;2,50;25,00;ja;09:30;gesneden;afhalen',
      '2;bedrijf;=HYPERLINK("http://example.test");Utrecht;papier;;0,00;;nee;;ongesneden;bezorgen',
    ].join("\n");
    await commitCustomerImport(database.db, tenantId, request(original), vocabularies);
    const before = await stored();

    const exported = customersToCsv(before, vocabularies[0]!);
    expect(exported.startsWith("\uFEFFNummer;Soort;Naam;")).toBe(true);
    expect(exported).toContain(`;"'=HYPERLINK(""http://example.test"")";`);

    const otherTenantId = (await createTestBakery(database.db, `roundtrip-${slugCounter}`)).tenantId;
    const result = await commitCustomerImport(database.db, otherTenantId, request(utf8(exported)), vocabularies);
    expect(result).toEqual({ status: "imported", created: 2, updated: 0 });

    const copy = await database.db
      .select()
      .from(customers)
      .where(eq(customers.tenantId, otherTenantId))
      .orderBy(asc(customers.number));
    const comparable = (row: typeof customers.$inferSelect) => ({
      ...row,
      tenantId: null,
      id: null,
      createdAt: null,
      updatedAt: null,
    });
    expect(copy.map(comparable)).toEqual(before.map(comparable));
    expect(copy[1]!.name).toBe('=HYPERLINK("http://example.test")');

    const again = await commitCustomerImport(
      database.db,
      tenantId,
      request(utf8(exported), { mode: "update" }),
      vocabularies,
    );
    expect(again).toEqual({ status: "imported", created: 0, updated: 2 });
    expect((await stored()).map(comparable)).toEqual(before.map(comparable));
  });
});
