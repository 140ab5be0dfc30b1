import { loadMessages, locales, type Locale } from "@/i18n/messages";

/**
 * The words of one language that CSV files use: yes/no, choice labels and
 * column names. They come from messages/<locale>/csv.json, so an export's
 * header reads like the UI and an import recognises both languages.
 */
export type CsvVocabulary = {
  yes: string;
  no: string;
  choices: {
    kind: Record<"company" | "private" | "walk_in", string>;
    noteDispatch: Record<"paper" | "email" | "paper_and_email", string>;
    deliveryMethod: Record<"deliver" | "pick_up", string>;
    slicing: Record<"sliced" | "unsliced", string>;
  };
  customerColumns: Record<string, string>;
  productColumns: Record<string, string>;
  /** Base names of the export files, e.g. "klanten". */
  fileNames: { customers: string; products: string };
};

export async function loadCsvVocabulary(locale: Locale): Promise<CsvVocabulary> {
  const messages = await loadMessages(locale);
  return messages.csv as CsvVocabulary;
}

/** The vocabularies of every locale, with `first` first (its labels are shown in error messages). */
export async function loadCsvVocabularies(first: Locale): Promise<CsvVocabulary[]> {
  const ordered = [first, ...locales.filter((locale) => locale !== first)];
  return Promise.all(ordered.map(loadCsvVocabulary));
}
