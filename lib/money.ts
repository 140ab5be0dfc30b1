/**
 * Money arithmetic in integer cents. VAT is computed per line and rounded half
 * away from zero to whole cents; totals are sums of rounded line amounts.
 */

export type VatRate = 9 | 21;
export const vatRates: readonly VatRate[] = [9, 21];

export type PricedLine = {
  quantity: number;
  unitPriceCents: number;
  vatRate: number;
};

export type VatBreakdownRow = {
  vatRate: number;
  /** Sum of the line amounts (excluding VAT) at this rate. */
  baseCents: number;
  vatCents: number;
};

export type NoteTotals = {
  /** Amount of each line in input order, excluding VAT. */
  lineAmountsCents: number[];
  subtotalCents: number;
  vat: VatBreakdownRow[];
  vatCents: number;
  totalCents: number;
};

/** Round half away from zero, so -0.5 becomes -1 and 0.5 becomes 1. */
export function roundHalfAwayFromZero(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

export function lineAmountCents(line: PricedLine): number {
  assertInteger(line.quantity, "quantity");
  assertInteger(line.unitPriceCents, "unitPriceCents");
  return line.quantity * line.unitPriceCents;
}

/** VAT on one line's amount, rounded to whole cents. */
export function lineVatCents(line: PricedLine): number {
  return roundHalfAwayFromZero((lineAmountCents(line) * line.vatRate) / 100);
}

/** Line amounts, VAT per rate (ascending) and totals for a note. Prices exclude VAT. */
export function computeNoteTotals(lines: readonly PricedLine[]): NoteTotals {
  const byRate = new Map<number, VatBreakdownRow>();
  const lineAmountsCents: number[] = [];

  for (const line of lines) {
    const amount = lineAmountCents(line);
    lineAmountsCents.push(amount);
    const row = byRate.get(line.vatRate) ?? { vatRate: line.vatRate, baseCents: 0, vatCents: 0 };
    row.baseCents += amount;
    row.vatCents += lineVatCents(line);
    byRate.set(line.vatRate, row);
  }

  const vat = [...byRate.values()].sort((a, b) => a.vatRate - b.vatRate);
  const subtotalCents = lineAmountsCents.reduce((sum, amount) => sum + amount, 0);
  const vatCents = vat.reduce((sum, row) => sum + row.vatCents, 0);
  return { lineAmountsCents, subtotalCents, vat, vatCents, totalCents: subtotalCents + vatCents };
}

/** Format cents as Dutch euros: 123456 → "€ 1.234,56". */
export function formatEuros(cents: number, locale: string = "nl-NL"): string {
  assertInteger(cents, "cents");
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(cents / 100);
}

/**
 * Parse a euro amount typed by a user into cents: "2,50", "1.234,56", "€ 3"
 * and the English "2.50" and "1,234.56". A comma alone is the Dutch decimal
 * mark; a dot alone is a decimal mark before one or two digits and groups
 * thousands before three. Returns null for anything else, including more than
 * two decimals ("2,505"), because guessing there could bill a thousand times too much.
 */
export function parseEurosToCents(input: string): number | null {
  let text = input.trim().replace(/^€\s*/, "").replace(/\s/g, "");
  if (text === "") return null;
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);

  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  let decimalMark: "," | "." | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? "," : ".";
  else if (lastComma >= 0) decimalMark = ",";
  else if (lastDot >= 0 && !/^\d{1,3}(\.\d{3})+$/.test(text)) decimalMark = ".";

  // Without a decimal mark, dots can only be grouping (a lone comma is always decimal).
  const groupMark = decimalMark === "." ? "," : ".";
  const [wholePart, fractionPart, ...rest] = decimalMark ? text.split(decimalMark) : [text];
  if (rest.length > 0 || wholePart === undefined) return null;

  const groupedPattern = new RegExp(`^\\d{1,3}(\\${groupMark}\\d{3})+$`);
  const wholeDigits = /^\d+$/.test(wholePart)
    ? wholePart
    : groupedPattern.test(wholePart)
      ? wholePart.split(groupMark).join("")
      : null;
  if (wholeDigits === null) return null;
  if (fractionPart !== undefined && !/^\d{1,2}$/.test(fractionPart)) return null;

  const cents = Number(wholeDigits) * 100 + (fractionPart ? Number(fractionPart.padEnd(2, "0")) : 0);
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}
