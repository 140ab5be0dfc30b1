import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv } from "./parse";

describe("parseCsv", () => {
  it("splits fields and records", () => {
    const result = parseCsv("a;b;c\r\n1;2;3\n4;5;6\r7;8;9", ";");
    expect(result.issues).toEqual([]);
    expect(result.records.map((record) => record.fields)).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "5", "6"],
      ["7", "8", "9"],
    ]);
    expect(result.records.map((record) => record.line)).toEqual([1, 2, 3, 4]);
  });

  it("reads quoted fields with delimiters, quotes and line breaks", () => {
    const result = parseCsv('nr;note\n1;"Achterom; bel aan ""twee keer""\r\nbij de bakker"\n2;gewoon\n', ";");
    expect(result.issues).toEqual([]);
    expect(result.records[1]!.fields).toEqual(["1", 'Achterom; bel aan "twee keer"\r\nbij de bakker']);
    expect(result.records[2]).toEqual({ line: 4, fields: ["2", "gewoon"] });
  });

  it("skips blank lines and lines of only delimiters", () => {
    const result = parseCsv("a,b\n\n1,2\n , \n,,\r\n\r\n3,4\n", ",");
    expect(result.records.map((record) => record.fields)).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(result.records.map((record) => record.line)).toEqual([1, 3, 7]);
  });

  it("keeps empty quoted fields and trailing empty fields", () => {
    const result = parseCsv('a;"";c;\n', ";");
    expect(result.records[0]!.fields).toEqual(["a", "", "c", ""]);
  });

  it("keeps a quote inside an unquoted field", () => {
    const result = parseCsv('1;Pizza 12" groot\n', ";");
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.fields).toEqual(["1", 'Pizza 12" groot']);
  });

  it("reports text after a closing quote and goes on", () => {
    const result = parseCsv('nr;naam\n1;"Bakker" Jansen\n2;Visser\n', ";");
    expect(result.issues).toEqual([{ line: 2, reason: "csv.parse.textAfterQuote" }]);
    expect(result.records.map((record) => record.fields[1])).toEqual(["naam", "Visser"]);
  });

  it("reports an unterminated quote on the line it starts", () => {
    const result = parseCsv('nr;naam\n1;Jansen\n2;"Visser\n3;De Vries\n4;Smit\n', ";");
    expect(result.issues).toEqual([{ line: 3, reason: "csv.parse.unterminatedQuote" }]);
    expect(result.records).toHaveLength(2);
  });

  it("counts lines inside quoted fields for later records", () => {
    const result = parseCsv('a\n"x\ny\nz"\nlast\n', ";");
    expect(result.records.map((record) => record.line)).toEqual([1, 2, 5]);
  });

  it("reads a last record without a line break", () => {
    const result = parseCsv('a,b\n1,"2"', ",");
    expect(result.records[1]!.fields).toEqual(["1", "2"]);
  });
});

describe("detectDelimiter", () => {
  it("finds the semicolon", () => {
    expect(detectDelimiter("Nummer;Naam;Plaats\n1;Jansen, B.;Utrecht")).toBe(";");
  });

  it("finds the comma", () => {
    expect(detectDelimiter("Number,Name,City\n1,Jansen,Utrecht")).toBe(",");
  });

  it("finds the tab", () => {
    expect(detectDelimiter("Number\tName\tCity\n")).toBe("\t");
  });

  it("ignores delimiters inside quotes", () => {
    expect(detectDelimiter('"a,b,c";"d"\n')).toBe(";");
  });

  it("looks past leading blank lines", () => {
    expect(detectDelimiter("\n\nNumber,Name\n")).toBe(",");
  });

  it("falls back to the semicolon", () => {
    expect(detectDelimiter("Naam\nJansen\n")).toBe(";");
  });
});
