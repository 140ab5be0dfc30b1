import type { NoteTotals } from "@/lib/money";

/** Everything a delivery note PDF shows. Built by lib/data/delivery-notes.ts; the template only renders it. */
export type DeliveryNoteDocument = {
  kind: "delivery" | "cash";
  locale: "nl" | "en";
  noteNumber: number;
  orderNumber: number;
  /** ISO calendar date, yyyy-mm-dd. */
  deliveryDate: string;
  customerReference: string;
  orderReference: string;
  remark: string;
  bakery: {
    tradeName: string;
    address: string;
    postalCode: string;
    city: string;
    phone: string;
    email: string;
    chamberOfCommerceNumber: string;
    vatNumber: string;
  };
  customer: {
    number: number;
    name: string;
    contactPerson: string;
    address: string;
    postalCode: string;
    city: string;
  };
  /** Null when the goods go to the customer's main address. */
  deliveryAddress: { name: string; address: string; postalCode: string; city: string } | null;
  hidePrices: boolean;
  lines: {
    productNumber: number;
    description: string;
    quantity: number;
    unit: string;
    unitPriceCents: number;
    vatRate: number;
    sliced: boolean;
  }[];
  /** From computeNoteTotals in lib/money.ts. */
  totals: NoteTotals;
};
