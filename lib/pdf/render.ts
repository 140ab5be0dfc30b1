import { renderToBuffer } from "@react-pdf/renderer";
import { createDeliveryNotesDocument } from "@/lib/pdf/delivery-note/document";
import { registerPdfFonts } from "@/lib/pdf/register-fonts";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";

/**
 * Renders one PDF with every note, each starting on a new page, in the given
 * order. The print PDF passes all paper notes; an email attachment passes one.
 * Throws a RangeError for an empty list or a note whose totals do not match its lines.
 */
export async function renderDeliveryNotesPdf(notes: DeliveryNoteDocument[]): Promise<Buffer> {
  if (notes.length === 0) throw new RangeError("A delivery note PDF needs at least one note.");
  for (const note of notes) assertTotalsMatchLines(note);

  registerPdfFonts();
  return renderToBuffer(createDeliveryNotesDocument(notes));
}

/** File name of a note's PDF: "Leverbon-1234.pdf", or "Contantbon-1234.pdf" for a cash note. */
export function deliveryNoteFileName(note: Pick<DeliveryNoteDocument, "kind" | "noteNumber">): string {
  const prefix = note.kind === "cash" ? "Contantbon" : "Leverbon";
  return `${prefix}-${note.noteNumber}.pdf`;
}

function assertTotalsMatchLines(note: DeliveryNoteDocument): void {
  const amountCount = note.totals.lineAmountsCents.length;
  if (amountCount !== note.lines.length) {
    throw new RangeError(
      `Delivery note ${note.noteNumber} has ${note.lines.length} lines but ${amountCount} line amounts; build its totals with computeNoteTotals(note.lines).`,
    );
  }
}
