import type { DeliveryNoteDocument } from "@/lib/pdf/types";

export type PdfLocale = DeliveryNoteDocument["locale"];

/**
 * Fixed text on a delivery note PDF. The PDF is rendered outside a request, by
 * the dispatch worker and the planning run too, so it reads its strings from
 * this dictionary instead of next-intl.
 */
export type DeliveryNoteLabels = {
  /** Locale for Intl number and currency formatting. */
  numberLocale: string;
  /** Document language, written into the PDF catalog. */
  language: string;
  deliveryNoteTitle: string;
  cashNoteTitle: string;
  /** Title of a PDF that contains more than one note. */
  batchTitle: string;
  /** Word between the first and last delivery date in a batch title. */
  dateRangeSeparator: string;
  phone: string;
  email: string;
  chamberOfCommerceNumber: string;
  vatNumber: string;
  customer: string;
  customerNumber: string;
  contactPerson: string;
  deliveryAddress: string;
  noteNumber: string;
  orderNumber: string;
  deliveryDate: string;
  customerReference: string;
  orderReference: string;
  remark: string;
  productNumber: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  amount: string;
  sliced: string;
  vatRate: string;
  vatBase: string;
  vatAmount: string;
  subtotal: string;
  vatTotal: string;
  total: string;
  amountToPay: string;
  /** Text of the page number in the footer, for example "Pagina 1 van 2". */
  pageOf: (pageNumber: number, pageCount: number) => string;
};

const dutch: DeliveryNoteLabels = {
  numberLocale: "nl-NL",
  language: "nl-NL",
  deliveryNoteTitle: "Leverbon",
  cashNoteTitle: "Contantbon",
  batchTitle: "Leverbonnen",
  dateRangeSeparator: "t/m",
  phone: "Tel.",
  email: "E-mail",
  chamberOfCommerceNumber: "KvK",
  vatNumber: "Btw-nr.",
  customer: "Klant",
  customerNumber: "Klantnummer",
  contactPerson: "T.a.v.",
  deliveryAddress: "Afleveradres",
  noteNumber: "Bonnummer",
  orderNumber: "Ordernummer",
  deliveryDate: "Leverdatum",
  customerReference: "Klantreferentie",
  orderReference: "Orderreferentie",
  remark: "Opmerking",
  productNumber: "Art.nr.",
  description: "Omschrijving",
  quantity: "Aantal",
  unit: "Eenheid",
  unitPrice: "Prijs",
  amount: "Bedrag",
  sliced: "gesneden",
  vatRate: "Btw-tarief",
  vatBase: "Grondslag",
  vatAmount: "Btw",
  subtotal: "Subtotaal excl. btw",
  vatTotal: "Btw",
  total: "Totaal incl. btw",
  amountToPay: "Te betalen",
  pageOf: (pageNumber, pageCount) => `Pagina ${pageNumber} van ${pageCount}`,
};

const english: DeliveryNoteLabels = {
  numberLocale: "en-GB",
  language: "en",
  deliveryNoteTitle: "Delivery note",
  cashNoteTitle: "Cash note",
  batchTitle: "Delivery notes",
  dateRangeSeparator: "to",
  phone: "Phone",
  email: "Email",
  chamberOfCommerceNumber: "CoC",
  vatNumber: "VAT no.",
  customer: "Customer",
  customerNumber: "Customer number",
  contactPerson: "Attn.",
  deliveryAddress: "Delivery address",
  noteNumber: "Note number",
  orderNumber: "Order number",
  deliveryDate: "Delivery date",
  customerReference: "Customer reference",
  orderReference: "Order reference",
  remark: "Remark",
  productNumber: "Item no.",
  description: "Description",
  quantity: "Quantity",
  unit: "Unit",
  unitPrice: "Price",
  amount: "Amount",
  sliced: "sliced",
  vatRate: "VAT rate",
  vatBase: "Base",
  vatAmount: "VAT",
  subtotal: "Subtotal excl. VAT",
  vatTotal: "VAT",
  total: "Total incl. VAT",
  amountToPay: "Amount to pay",
  pageOf: (pageNumber, pageCount) => `Page ${pageNumber} of ${pageCount}`,
};

const labelsByLocale: Record<PdfLocale, DeliveryNoteLabels> = { nl: dutch, en: english };

export function deliveryNoteLabels(locale: PdfLocale): DeliveryNoteLabels {
  return labelsByLocale[locale];
}

/** Returns the note title in the labels' language, in Dutch "Leverbon" or, for a cash note, "Contantbon". */
export function noteTitle(kind: DeliveryNoteDocument["kind"], labels: DeliveryNoteLabels): string {
  return kind === "cash" ? labels.cashNoteTitle : labels.deliveryNoteTitle;
}
