import { describe, expect, it } from "vitest";
import { computeNoteTotals } from "@/lib/money";
import { deliveryNoteFileName, renderDeliveryNotesPdf } from "@/lib/pdf/render";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { extractPdfText } from "@/lib/testing/pdf-text";

type Line = DeliveryNoteDocument["lines"][number];

const defaultLines: Line[] = [
  {
    productNumber: 101,
    description: "Volkorenbrood",
    quantity: 12,
    unit: "stuk",
    unitPriceCents: 295,
    vatRate: 9,
    sliced: true,
  },
  {
    productNumber: 205,
    description: "Crème brûlée taartje",
    quantity: 6,
    unit: "stuk",
    unitPriceCents: 1250,
    vatRate: 9,
    sliced: false,
  },
  {
    productNumber: 310,
    description: "Bezorgkosten",
    quantity: 1,
    unit: "rit",
    unitPriceCents: 750,
    vatRate: 21,
    sliced: false,
  },
];

function buildNote(overrides: Partial<Omit<DeliveryNoteDocument, "totals">> = {}): DeliveryNoteDocument {
  const lines = overrides.lines ?? defaultLines;
  return {
    kind: "delivery",
    locale: "nl",
    noteNumber: 24017,
    orderNumber: 88123,
    deliveryDate: "2026-03-05",
    customerReference: "PO-7781",
    orderReference: "Week 10",
    remark: "Achterom leveren, bel bij de keukendeur.",
    bakery: {
      tradeName: "Bakkerij Broodnodig",
      address: "Molenstraat 12",
      postalCode: "3512 AB",
      city: "Utrecht",
      phone: "030 123 4567",
      email: "bestellingen@broodnodig.nl",
      chamberOfCommerceNumber: "12345678",
      vatNumber: "NL001234567B01",
    },
    customer: {
      number: 1042,
      name: "Café Coöperatie",
      contactPerson: "Zoë de Vries",
      address: "Oudegracht 201",
      postalCode: "3511 NK",
      city: "Utrecht",
    },
    deliveryAddress: {
      name: "Café Coöperatie, keuken",
      address: "Achterstraat 3",
      postalCode: "3511 NL",
      city: "Utrecht",
    },
    hidePrices: false,
    ...overrides,
    lines,
    totals: computeNoteTotals(lines),
  };
}

function manyLines(count: number): Line[] {
  return Array.from({ length: count }, (_, index) => ({
    productNumber: 1000 + index,
    description: `Krentenbol ${index + 1}`,
    quantity: index + 1,
    unit: "stuk",
    unitPriceCents: 85,
    vatRate: 9,
    sliced: false,
  }));
}

/** Joins the pages into one string with runs of whitespace collapsed, for phrase matching. */
function flatten(pages: string[]): string {
  return pages.join("\n").replace(/\s+/g, " ");
}

describe("renderDeliveryNotesPdf", () => {
  it("renders Dutch text, numbers and euros", async () => {
    const pages = await extractPdfText(await renderDeliveryNotesPdf([buildNote()]));
    const text = flatten(pages);

    expect(pages).toHaveLength(1);
    expect(text).toContain("Bakkerij Broodnodig");
    expect(text).toContain("Café Coöperatie");
    expect(text).toContain("Zoë de Vries");
    expect(text).toContain("Crème brûlée taartje");
    expect(text).toContain("Leverbon");
    expect(text).toContain("24017");
    expect(text).toContain("88123");
    expect(text).toContain("05-03-2026");
    expect(text).toContain("PO-7781");
    expect(text).toMatch(/afleveradres/i);
    expect(text).toContain("Achterstraat 3");
    expect(text).toContain("Achterom leveren, bel bij de keukendeur.");
    expect(text).toContain("KvK");
    expect(text).toContain("NL001234567B01");
    expect(text).toContain("Pagina 1 van 1");
  });

  it("shows formatted prices, VAT and total", async () => {
    const text = flatten(await extractPdfText(await renderDeliveryNotesPdf([buildNote()])));

    // Lines: 12 × 2,95 = 35,40 and 6 × 12,50 = 75,00 at 9%, 7,50 at 21%.
    // VAT per line, rounded: 3,19 + 6,75 = 9,94 at 9% and 1,58 at 21%.
    expect(text).toContain("€ 2,95");
    expect(text).toContain("€ 35,40");
    expect(text).toContain("€ 110,40");
    expect(text).toContain("€ 9,94");
    expect(text).toContain("€ 1,58");
    expect(text).toContain("€ 129,42");
    expect(text).not.toContain("Te betalen");
  });

  it("omits empty fields and delivery address", async () => {
    const note = buildNote({ deliveryAddress: null, customerReference: "", orderReference: "", remark: "" });
    const text = flatten(await extractPdfText(await renderDeliveryNotesPdf([note])));

    expect(text).toContain("Café Coöperatie");
    // Block labels are drawn in capitals, so these checks ignore case.
    expect(text).not.toMatch(/afleveradres/i);
    expect(text).not.toMatch(/klantreferentie/i);
    expect(text).not.toMatch(/orderreferentie/i);
    expect(text).not.toMatch(/opmerking/i);
  });

  it("hides every price when hidePrices is set", async () => {
    const text = flatten(await extractPdfText(await renderDeliveryNotesPdf([buildNote({ hidePrices: true })])));

    expect(text).toContain("Volkorenbrood");
    expect(text).toContain("Aantal");
    expect(text).not.toContain("€");
    expect(text).not.toContain("Prijs");
    expect(text).not.toContain("Totaal");
  });

  it("titles a cash note and shows the amount to pay", async () => {
    const text = flatten(await extractPdfText(await renderDeliveryNotesPdf([buildNote({ kind: "cash" })])));

    expect(text).toContain("Contantbon");
    expect(text).toMatch(/Te betalen € 129,42/);
  });

  it("renders English labels", async () => {
    const text = flatten(
      await extractPdfText(await renderDeliveryNotesPdf([buildNote({ locale: "en", kind: "cash" })])),
    );

    expect(text).toContain("Cash note");
    expect(text).toContain("Amount to pay");
    expect(text).toContain("Page 1 of 1");
    expect(text).toContain("Café Coöperatie");
  });

  it("breaks a 60-line order across pages", async () => {
    const pages = await extractPdfText(await renderDeliveryNotesPdf([buildNote({ lines: manyLines(60) })]));

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      const pageText = page.replace(/\s+/g, " ");
      expect(pageText).toContain(`Pagina ${index + 1} van ${pages.length}`);
      // The table header repeats on every page that carries lines.
      expect(pageText).toContain("Omschrijving");
    });
    expect(flatten(pages)).toContain("Krentenbol 60");
  });

  it("numbers the pages of each note separately", async () => {
    const longNote = buildNote({ noteNumber: 1, lines: manyLines(60) });
    const shortNote = buildNote({ noteNumber: 2 });
    const pages = await extractPdfText(await renderDeliveryNotesPdf([longNote, shortNote]));
    const lastPage = pages[pages.length - 1]!.replace(/\s+/g, " ");

    expect(pages.length).toBeGreaterThan(2);
    expect(lastPage).toContain("Pagina 1 van 1");
    expect(lastPage).toContain("Leverbon 2");
    expect(pages[0]!.replace(/\s+/g, " ")).toContain(`Pagina 1 van ${pages.length - 1}`);
  });

  it("repeats a note for copies", async () => {
    const note = buildNote();
    const pages = await extractPdfText(await renderDeliveryNotesPdf([note, note]));

    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.replace(/\s+/g, " ")).toContain("Pagina 1 van 1");
      expect(page).toContain("24017");
    }
  });

  it("renders the same note byte for byte", async () => {
    const note = buildNote();
    const first = await renderDeliveryNotesPdf([note]);
    const second = await renderDeliveryNotesPdf([structuredClone(note)]);

    expect(second.equals(first)).toBe(true);
  });

  it("writes metadata from the note", async () => {
    const pdf = (await renderDeliveryNotesPdf([buildNote()])).toString("latin1");

    expect(pdf).toContain("(Leverbon 24017)");
    expect(pdf).toContain("(Bakkerij Broodnodig)");
    expect(pdf).toContain("(D:20260305000000Z)");
    expect(pdf).not.toContain("react-pdf");
  });

  it("rejects an empty list", async () => {
    await expect(renderDeliveryNotesPdf([])).rejects.toThrow(RangeError);
  });

  it("rejects totals that do not match the lines", async () => {
    const note = { ...buildNote(), totals: computeNoteTotals(defaultLines.slice(1)) };

    await expect(renderDeliveryNotesPdf([note])).rejects.toThrow(/3 lines but 2 line amounts/);
  });
});

describe("deliveryNoteFileName", () => {
  it("names a delivery note", () => {
    expect(deliveryNoteFileName({ kind: "delivery", noteNumber: 24017 })).toBe("Leverbon-24017.pdf");
  });

  it("names a cash note", () => {
    expect(deliveryNoteFileName({ kind: "cash", noteNumber: 24018 })).toBe("Contantbon-24018.pdf");
  });
});
