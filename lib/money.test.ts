import { describe, expect, it } from "vitest";
import { computeNoteTotals, formatEuros, lineVatCents, parseEurosToCents, roundHalfAwayFromZero } from "./money";

describe("parseEurosToCents", () => {
  it.each([
    ["2,50", 250],
    ["2,5", 250],
    ["2", 200],
    ["€ 3", 300],
    ["€3,05", 305],
    ["1.234,56", 123456],
    ["1.234", 123400],
    ["1.234.567", 123456700],
    ["2.50", 250],
    ["1,234.56", 123456],
    ["-1,25", -125],
    [" 12 ", 1200],
    ["0,99", 99],
  ])("reads %s as %i cents", (input, cents) => {
    expect(parseEurosToCents(input)).toBe(cents);
  });

  it.each(["", "abc", "2,505", "2.505,5,5", "1.23.4", "2,-", "1,2,3", "12,345,67", "--1", "1e3", "€"])(
    "rejects %s",
    (input) => {
      expect(parseEurosToCents(input)).toBeNull();
    },
  );
});

describe("rounding and VAT", () => {
  it("rounds halves away from zero", () => {
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(1.5)).toBe(2);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(2.4999)).toBe(2);
  });

  it("computes VAT per line in whole cents", () => {
    // 3 × 1,95 = 5,85; 9% = 0,5265 → 0,53
    expect(lineVatCents({ quantity: 3, unitPriceCents: 195, vatRate: 9 })).toBe(53);
    // 1 × 0,50 at 9% = 0,045 → 0,05 (half away from zero)
    expect(lineVatCents({ quantity: 1, unitPriceCents: 50, vatRate: 9 })).toBe(5);
  });

  it("totals a note with both VAT rates", () => {
    const totals = computeNoteTotals([
      { quantity: 4, unitPriceCents: 325, vatRate: 9 },
      { quantity: 1, unitPriceCents: 150, vatRate: 21 },
      { quantity: 3, unitPriceCents: 195, vatRate: 9 },
    ]);

    expect(totals.lineAmountsCents).toEqual([1300, 150, 585]);
    expect(totals.subtotalCents).toBe(2035);
    expect(totals.vat).toEqual([
      { vatRate: 9, baseCents: 1885, vatCents: 117 + 53 },
      { vatRate: 21, baseCents: 150, vatCents: 32 },
    ]);
    expect(totals.vatCents).toBe(202);
    expect(totals.totalCents).toBe(2237);
  });

  it("handles credit lines with negative quantities", () => {
    const totals = computeNoteTotals([{ quantity: -2, unitPriceCents: 25, vatRate: 9 }]);
    expect(totals.totalCents).toBe(-50 - 5);
  });

  it("rejects fractional cents", () => {
    expect(() => computeNoteTotals([{ quantity: 1, unitPriceCents: 1.5, vatRate: 9 }])).toThrow(RangeError);
  });

  it("formats euros the Dutch way", () => {
    expect(formatEuros(123456).replace(/\s/g, " ")).toBe("€ 1.234,56");
    expect(formatEuros(-5).replace(/\s/g, " ")).toBe("€ -0,05");
  });
});
