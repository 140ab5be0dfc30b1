import { describe, expect, it } from "vitest";
import { productFormSchema, productGroupSchema } from "./product";

function issuesOf(input: unknown) {
  const result = productFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

const valid = { number: "101", name: "Volkoren", productGroup: "bread", unit: "st", priceCents: "3,25", vatRate: "9" };

describe("productFormSchema", () => {
  it("parses a product", () => {
    expect(productFormSchema.parse(valid)).toEqual({
      number: 101,
      name: "Volkoren",
      productGroup: "bread",
      unit: "st",
      priceCents: 325,
      vatRate: 9,
      sliceable: false,
      active: true,
    });
  });

  it("rejects control characters in the name and unit", () => {
    expect(issuesOf({ ...valid, name: "Volkoren\nX-Injected: ja", unit: "st\u0000" })).toEqual({
      name: "formFields.controlCharacter",
      unit: "formFields.controlCharacter",
    });
  });

  it("accepts the VAT rates 9 and 21 only", () => {
    expect(productFormSchema.parse({ ...valid, vatRate: "21" }).vatRate).toBe(21);
    expect(issuesOf({ ...valid, vatRate: "6" })).toEqual({ vatRate: "validation.vatRate" });
    expect(issuesOf({ ...valid, vatRate: "negen" })).toEqual({ vatRate: "validation.vatRate" });
  });

  it("requires a price in euros", () => {
    expect(issuesOf({ ...valid, priceCents: "" })).toEqual({ priceCents: "validation.required" });
    expect(issuesOf({ ...valid, priceCents: "3,2,5" })).toEqual({ priceCents: "validation.money" });
    expect(productFormSchema.parse({ ...valid, priceCents: "€ 1.499,95" }).priceCents).toBe(149_995);
  });

  it("keeps the price in integer cents", () => {
    expect(productFormSchema.parse({ ...valid, priceCents: "0,29" }).priceCents).toBe(29);
  });

  it("requires a group and a unit", () => {
    expect(issuesOf({ ...valid, productGroup: " ", unit: "" })).toEqual({
      productGroup: "validation.required",
      unit: "validation.required",
    });
  });
});

describe("productGroupSchema", () => {
  it("lower-cases the code", () => {
    expect(productGroupSchema.parse({ code: "Vlaai", name: "Vlaaien" })).toEqual({
      code: "vlaai",
      name: "Vlaaien",
      category: "bread",
    });
  });

  it("rejects spaces in the code", () => {
    expect(productGroupSchema.safeParse({ code: "klein brood", name: "Klein brood" }).success).toBe(false);
  });
});
