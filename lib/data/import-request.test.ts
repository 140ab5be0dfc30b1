import { describe, expect, it } from "vitest";
import { importInputSchema } from "./import-request";

function fileIssues(file: unknown): string[] {
  const result = importInputSchema.safeParse({ file });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("importInputSchema", () => {
  it("reports an empty file as empty", () => {
    expect(fileIssues(new Blob([]))).toEqual(["csv.file.empty"]);
  });

  it("asks for a file when none is given", () => {
    expect(fileIssues(undefined)).toEqual(["csv.import.noFile"]);
    expect(fileIssues("klanten.csv")).toEqual(["csv.import.noFile"]);
  });

  it("accepts a file with content", () => {
    expect(fileIssues(new Blob(["Nummer;Naam\n1;Een\n"]))).toEqual([]);
  });
});
