import { Document, Page, Text, View } from "@react-pdf/renderer";
import { formatDutchDate } from "@/lib/dates";
import { deliveryNoteLabels, type DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { NoteDetails } from "./details";
import { BakeryHeader } from "./header";
import { LinesTable } from "./lines-table";
import { documentMetadata } from "./metadata";
import { styles } from "./styles";
import { NoteTotals } from "./totals";

/** One PDF with every note, each starting on a new page and numbering its own pages. */
export function DeliveryNotesDocument({ notes }: { notes: DeliveryNoteDocument[] }) {
  return (
    <Document {...documentMetadata(notes)}>
      {notes.map((note) => (
        <DeliveryNotePage key={`${note.kind}-${note.noteNumber}`} note={note} />
      ))}
    </Document>
  );
}

/** One note: a single react-pdf Page that wraps onto as many A4 pages as its lines need. */
export function DeliveryNotePage({ note }: { note: DeliveryNoteDocument }) {
  const labels = deliveryNoteLabels(note.locale);

  return (
    <Page size="A4" style={styles.page}>
      <BakeryHeader bakery={note.bakery} labels={labels} />
      <Text style={styles.title}>{noteTitle(note, labels)}</Text>
      <NoteDetails note={note} labels={labels} />
      <LinesTable note={note} labels={labels} />
      {/* NOTE: hidePrices also hides the amount to pay on a cash note, so nothing on the note shows a price. */}
      {!note.hidePrices && <NoteTotals note={note} labels={labels} />}
      <PageFooter note={note} labels={labels} />
    </Page>
  );
}

function PageFooter({ note, labels }: { note: DeliveryNoteDocument; labels: DeliveryNoteLabels }) {
  return (
    <View style={styles.footer} fixed>
      <Text>
        {note.bakery.tradeName} · {noteTitle(note, labels)} {note.noteNumber} · {formatDutchDate(note.deliveryDate)}
      </Text>
      {/* subPage* counts the pages of this note only, not of the whole batch PDF. */}
      <Text
        render={({ subPageNumber, subPageTotalPages }) => labels.pageOf(subPageNumber, subPageTotalPages ?? subPageNumber)}
      />
    </View>
  );
}

export function noteTitle(note: DeliveryNoteDocument, labels: DeliveryNoteLabels): string {
  return note.kind === "cash" ? labels.cashNoteTitle : labels.deliveryNoteTitle;
}
