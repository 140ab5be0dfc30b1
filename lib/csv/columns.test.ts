import { beforeAll, describe, expect, it } from "vitest";
import { formatCell, normalizeLabel, parseCell, suggestMapping } from "./columns";
import { customerCsvColumns } from "./customer-columns";
import { loadCsvVocabularies, type CsvVocabulary } from "./vocabulary";

let vocabularies: CsvVocabulary[];

beforeAll(async () => {
  vocabularies = await loadCsvVocabularies("nl");
});

const dispatch = { type: "choice", choice: "noteDispatch" } as const;
const boolean = { type: "boolean" } as const;

describe("parseCell", () => {
  it("reads yes and no in Dutch and English", () => {
    for (const cell of ["ja", "JA", "yes", "true", "1", "x"])
      expect(parseCell(boolean, cell, vocabularies)).toEqual({ value: true });
    for (const cell of ["nee", "No", "false", "0", ""])
      expect(parseCell(boolean, cell, vocabularies)).toEqual({ value: false });
  });

  it("rejects another word for a boolean", () => {
    expect(parseCell(boolean, "misschien", vocabularies)).toEqual({
      issue: { reason: "csv.reasons.boolean", values: { value: "misschien" } },
    });
  });

  it("reads choices by Dutch label, English label and code", () => {
    expect(parseCell(dispatch, "Papier en e-mail", vocabularies)).toEqual({ value: "paper_and_email" });
    expect(parseCell(dispatch, "paper and email", vocabularies)).toEqual({ value: "paper_and_email" });
    expect(parseCell(dispatch, "paper_and_email", vocabularies)).toEqual({ value: "paper_and_email" });
    expect(parseCell(dispatch, "E-mail", vocabularies)).toEqual({ value: "email" });
  });

  it("lists the Dutch labels for an unknown choice", () => {
    expect(parseCell(dispatch, "fax", vocabularies)).toEqual({
      issue: { reason: "csv.reasons.choice", values: { value: "fax", allowed: "papier, e-mail, papier en e-mail" } },
    });
  });
});

describe("formatCell", () => {
  it("writes booleans and choices in the vocabulary's language", () => {
    expect(formatCell(boolean, true, vocabularies[0]!)).toBe("ja");
    expect(formatCell(boolean, false, vocabularies[1]!)).toBe("no");
    expect(formatCell(dispatch, "paper_and_email", vocabularies[0]!)).toBe("papier en e-mail");
  });
});

describe("suggestMapping", () => {
  const columnNames = (key: string) => vocabularies.map((vocabulary) => vocabulary.customerColumns[key] ?? key);

  it("maps Dutch, English and alias headers", () => {
    const headers = ["Klantnummer", "Name", "E-mailadres", "woonplaats", "Versturen bon", "Onbekend"];
    expect(suggestMapping(headers, customerCsvColumns, columnNames)).toEqual([
      "number",
      "name",
      "email",
      "city",
      "noteDispatch",
      null,
    ]);
  });

  it("maps a field to its first column only", () => {
    expect(suggestMapping(["Naam", "Name"], customerCsvColumns, columnNames)).toEqual(["name", null]);
  });

  it("maps every exported header back to its field", () => {
    for (const vocabulary of vocabularies) {
      const headers = customerCsvColumns.map((column) => vocabulary.customerColumns[column.key]!);
      expect(suggestMapping(headers, customerCsvColumns, columnNames)).toEqual(
        customerCsvColumns.map((column) => column.key),
      );
    }
  });
});

describe("normalizeLabel", () => {
  it("drops case, accents and punctuation", () => {
    expect(normalizeLabel("  Café-Één_Straat ")).toBe("cafeeenstraat");
  });
});
