import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse";
import { escapeFormula, unescapeFormula, writeCsv } from "./write";

describe("writeCsv", () => {
  it("starts with a UTF-8 BOM", () => {
    const csv = writeCsv([["Naam"], ["Bakkerij"]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("separates cells with semicolons and ends rows with CRLF", () => {
    expect(
      writeCsv([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("\uFEFFa;b\r\n1;2\r\n");
  });

  it("quotes cells with delimiters, quotes and line breaks", () => {
    expect(writeCsv([["a;b", 'zeg "hoi"', "regel\nregel", "gewoon"]])).toBe(
      '\uFEFF"a;b";"zeg ""hoi""";"regel\nregel";gewoon\r\n',
    );
  });

  it("escapes cells that start a formula", () => {
    const csv = writeCsv([['=HYPERLINK("http://example.test","klik")', "+31 20", "-5", "@SUM(A1)", "\tx", "a=b"]]);
    const [record] = parseCsv(csv.slice(1), ";").records;
    expect(record!.fields).toEqual([
      `'=HYPERLINK("http://example.test","klik")`,
      "'+31 20",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "a=b",
    ]);
  });

  it("reads back what it wrote", () => {
    const rows = [
      ["Nummer", "Naam"],
      ["1", 'Bakker "De Korenaar"; Zuid\r\nachterom'],
      ["2", ""],
    ];
    const parsed = parseCsv(writeCsv(rows).slice(1), ";");
    expect(parsed.records.map((record) => record.fields)).toEqual(rows);
  });
});

describe("escapeFormula", () => {
  it("leaves ordinary text alone", () => {
    expect(escapeFormula("Bakkerij 't Hoekje")).toBe("Bakkerij 't Hoekje");
  });

  it("is undone by unescapeFormula", () => {
    for (const value of ["=1+1", "+1", "-1", "@x", "\tx", "\rx", "'quoted", "plain"]) {
      expect(unescapeFormula(escapeFormula(value))).toBe(value);
    }
  });
});
