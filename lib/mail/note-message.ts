import { defaultTemplate } from "./template-defaults";
import type { MailTemplate, RenderedMessage } from "./template-render";
import { renderTemplate } from "./templates";
import type { Tenant } from "@/lib/tenancy/types";

export type NoteMessageInput = {
  tenant: Tenant;
  /** The customer the notes are for; null when several customers' notes go to one typed address. */
  customer: { number: number; name: string; contactPerson: string } | null;
  /** Every customer whose notes the message carries, for a message to one typed address. */
  customers?: { number: number; name: string }[];
  notes: { number: number; orderNumber: number; deliveryDate: string }[];
  /** The tenant's own text for delivery notes; the default text of the tenant's language when absent. */
  template?: MailTemplate;
};

const genericGreeting = { nl: "klant", en: "customer" } as const;

/** Subject, text and HTML of a message carrying delivery notes, from the delivery notes template. */
export function buildNoteMessage(input: NoteMessageInput): RenderedMessage {
  const locale = input.tenant.locale === "en" ? "en" : "nl";
  const template = input.template ?? defaultTemplate("delivery_notes", locale);
  const dates = input.notes.map((note) => note.deliveryDate).sort();
  const listed = input.customers ?? [];
  const customerName = input.customer?.name ?? listed.map((customer) => customer.name).join(", ");
  const customerNumber = input.customer?.number ?? (listed.map((customer) => customer.number).join(", ") || null);

  return renderTemplate(
    template,
    {
      bakery: input.tenant,
      customer: {
        name: customerName,
        number: customerNumber,
        // The greeting falls back to the customer's name, then to a generic word.
        contactPerson: input.customer?.contactPerson || input.customer?.name || genericGreeting[locale],
      },
      noteNumbers: input.notes.map((note) => note.number),
      orderNumbers: input.notes.map((note) => note.orderNumber),
      deliveryDateStart: dates[0] ?? null,
      deliveryDateEnd: dates[dates.length - 1] ?? null,
    },
    { locale },
  );
}
