import type { Tenant } from "@/lib/tenancy/types";
import { formatDutchDate } from "@/lib/dates";

export type NoteMessageInput = {
  tenant: Tenant;
  customer: { number: number; name: string } | null;
  notes: { number: number; orderNumber: number; deliveryDate: string }[];
};

export type MessageContent = { subject: string; text: string; html: string };

/** Subject and body of a message carrying delivery notes. */
export function buildNoteMessage(input: NoteMessageInput): MessageContent {
  const numbers = input.notes.map((note) => note.number).join(", ");
  const dates = [...new Set(input.notes.map((note) => formatDutchDate(note.deliveryDate)))].join(", ");
  const subject = `Leverbon ${numbers} van ${input.tenant.tradeName}`;
  const text = `Beste klant,\n\nIn de bijlage vindt u leverbon ${numbers} voor ${dates}.\n\nMet vriendelijke groet,\n${input.tenant.tradeName}`;
  return { subject, text, html: `<p>${text.replace(/\n/g, "<br>")}</p>` };
}
