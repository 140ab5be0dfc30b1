import { Document, Page, Text, View, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import { formatDutchDate } from "@/lib/dates";
import { deliveryNoteLabels, noteTitle, type DeliveryNoteLabels } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";
import { NoteDetails } from "./details";
import { BakeryHeader } from "./header";
import { LinesTable } from "./lines-table";
import { documentMetadata } from "./metadata";
import { styles } from "./styles";
import { NoteTotals } from "./totals";

/**
 * Creates the react-pdf Document for one PDF with every note, each starting on a
 * new page and numbering its own pages.
 */
export function createDeliveryNotesDocument(notes: readonly DeliveryNoteDocument[]): ReactElement<DocumentProps> {
  return (
    <Document {...documentMetadata(notes)}>
      {/* The index is the key because a print PDF may contain the same note more than once, as copies. */}
      {notes.map((note, index) => (
        <DeliveryNotePage key={index} note={note} />
      ))}
    </Document>
  );
}

/** Renders one note as a single react-pdf Page, which wraps onto as many A4 pages as its lines need. */
export function DeliveryNotePage({ note }: { note: DeliveryNoteDocument }) {
  const labels = deliveryNoteLabels(note.locale);

  return (
    <Page size="A4" style={styles.page}>
      <BakeryHeader bakery={note.bakery} labels={labels} />
      <Text style={styles.title}>{noteTitle(note.kind, labels)}</Text>
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
        {note.bakery.tradeName} · {noteTitle(note.kind, labels)} {note.noteNumber} ·{" "}
        {formatDutchDate(note.deliveryDate)}
      </Text>
      {/* subPage* counts the pages of this note only, not of the whole batch PDF. */}
      <Text
        render={({ subPageNumber, subPageTotalPages }) =>
          labels.pageOf(subPageNumber, subPageTotalPages ?? subPageNumber)
        }
      />
    </View>
  );
}
