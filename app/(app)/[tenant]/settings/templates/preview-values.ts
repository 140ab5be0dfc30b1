import type { IsoDate } from "@/lib/dates";
import type { TemplateValues } from "@/lib/mail/templates";

/** The note and order numbers the preview shows. Real notes get theirs when they are issued. */
export const exampleNoteNumber = 50_001;
export const exampleOrderNumber = 10_001;

/** The customer number of the example customer, used when the tenant has no customers. */
export const exampleCustomerNumber = 1001;

export type PreviewBakery = NonNullable<TemplateValues["bakery"]>;

/** The customer a preview is filled from: one of the tenant's, or an example when it has none. */
export type PreviewRecipient = { number: number | null; name: string; contactPerson: string };

/**
 * Builds the values a preview is filled with. The greeting falls back to the customer's name
 * as buildNoteMessage does when sending, so the preview reads as the sent message will.
 */
export function previewValues(bakery: PreviewBakery, customer: PreviewRecipient, today: IsoDate): TemplateValues {
  return {
    bakery,
    customer: {
      name: customer.name,
      number: customer.number,
      contactPerson: customer.contactPerson || customer.name,
    },
    noteNumbers: [exampleNoteNumber],
    orderNumbers: [exampleOrderNumber],
    deliveryDateStart: today,
    deliveryDateEnd: today,
  };
}
