import type { DocumentProps } from "@react-pdf/renderer";
import { formatDutchDate, type IsoDate } from "@/lib/dates";
import { deliveryNoteLabels, noteTitle } from "@/lib/pdf/labels";
import type { DeliveryNoteDocument } from "@/lib/pdf/types";

/**
 * Builds the document information of a delivery note PDF from the notes alone.
 * Both dates are midnight UTC of the earliest delivery date, never the render
 * time, so rendering the same notes again writes the same metadata and file ID.
 */
export function documentMetadata(notes: readonly DeliveryNoteDocument[]): DocumentProps {
  const first = notes[0];
  if (!first) throw new RangeError("A delivery note PDF needs at least one note.");

  const labels = deliveryNoteLabels(first.locale);
  const dates = notes.map((note) => note.deliveryDate).sort();
  const firstDate = dates[0]!;
  const lastDate = dates[dates.length - 1]!;
  const documentDate = startOfDayUtc(firstDate);

  let title: string;
  if (notes.length === 1) {
    title = `${noteTitle(first.kind, labels)} ${first.noteNumber}`;
  } else if (firstDate === lastDate) {
    title = `${labels.batchTitle} ${formatDutchDate(firstDate)}`;
  } else {
    title = `${labels.batchTitle} ${formatDutchDate(firstDate)} ${labels.dateRangeSeparator} ${formatDutchDate(lastDate)}`;
  }

  return {
    title,
    author: first.bakery.tradeName,
    creator: "Broodbode",
    producer: "Broodbode",
    language: labels.language,
    creationDate: documentDate,
    modificationDate: documentDate,
  };
}

function startOfDayUtc(date: IsoDate): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
