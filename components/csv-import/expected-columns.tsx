import { getTranslations } from "next-intl/server";
import type { CsvColumn } from "@/lib/csv/columns";
import { csvDataUrl } from "@/lib/csv/template";
import type { CsvVocabulary } from "@/lib/csv/vocabulary";

type ColumnNamespace = "customerColumns" | "productColumns";

/**
 * Show what an import file must look like: the required columns, a template
 * to download and a table of every column with its Dutch and English header
 * name and the values it takes. The template link is a data URL, so it works
 * without script.
 */
export async function ExpectedColumns<Key extends string>({
  columns,
  columnNamespace,
  vocabulary,
  dutch,
  english,
  template,
  templateName,
}: {
  columns: readonly CsvColumn<Key>[];
  columnNamespace: ColumnNamespace;
  /** The vocabulary of the page's language, for the choice labels. */
  vocabulary: CsvVocabulary;
  dutch: CsvVocabulary;
  english: CsvVocabulary;
  /** The template CSV text. */
  template: string;
  /** The template's base file name, e.g. "klanten". */
  templateName: string;
}) {
  const t = await getTranslations("csv.expectedColumns");
  const nameIn = (language: CsvVocabulary, key: Key) => language[columnNamespace][key] ?? key;
  const required = columns.filter((column) => column.required).map((column) => nameIn(vocabulary, column.key));

  // Hints for the text columns whose values have a format, by field key.
  const hints = t.raw("hints") as Record<string, string>;
  const valuesOf = (column: CsvColumn<Key>): string => {
    if (column.field.type === "boolean") return t("boolean");
    if (column.field.type === "choice") return Object.values(vocabulary.choices[column.field.choice]).join(", ");
    return hints[column.key] ?? t("text");
  };

  return (
    <section aria-labelledby="import-columns-title" className="rounded-lg border border-stone-200 bg-white p-4 md:p-6">
      <h2 id="import-columns-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-stone-700">{t("intro", { required: required.join(", ") })}</p>
      <p className="mt-3">
        <a
          className="inline-block rounded-md border border-stone-300 bg-white px-4 py-2 text-sm hover:bg-stone-100"
          href={csvDataUrl(template)}
          download={t("templateFileName", { name: templateName })}
          aria-describedby="import-template-hint"
        >
          {t("template")}
        </a>
      </p>
      <p id="import-template-hint" className="mt-1 text-xs text-stone-600">
        {t("templateHint")}
      </p>

      <details className="mt-4">
        <summary className="cursor-pointer text-sm font-medium text-crust-700 underline">
          {t("showAll", { count: columns.length })}
        </summary>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t("caption")}</caption>
            <thead className="bg-stone-100 text-left">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("dutch")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("english")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("required")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("values")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {columns.map((column) => (
                <tr key={column.key}>
                  <td className={column.required ? "px-2 py-1 font-semibold" : "px-2 py-1"}>
                    {nameIn(dutch, column.key)}
                  </td>
                  <td className="px-2 py-1">{nameIn(english, column.key)}</td>
                  <td className="px-2 py-1">{column.required ? t("yes") : t("no")}</td>
                  <td className="px-2 py-1 text-stone-700">{valuesOf(column)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
