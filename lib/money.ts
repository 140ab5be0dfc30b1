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
 * Parse a euro amount typed by a user ("2,50", "2.50", "1.234,56", "€ 3") into
 * cents. Returns null for anything that is not an amount with at most two decimals.
 */
export function parseEurosToCents(input: string): number | null {
  let text = input.trim().replace(/^€\s*/, "").replace(/\s/g, "");
  if (text === "") return null;
  const negative = text.startsWith("-");
  if (negative) text = text.slice(1);

  // The last separator followed by one or two digits is the decimal mark;
  // other separators group thousands.
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const whole = Number(match[1]!.replace(/[.,]/g, ""));
  const fraction = match[2] ? Number(match[2].padEnd(2, "0")) : 0;
  const cents = whole * 100 + fraction;
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}

function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}
