"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import type { ImportAnalysis, ImportIssue } from "@/lib/csv/import";

/** Issues shown on the page; the downloadable report has all of them. */
const shownIssueCount = 200;

const delimiterLabels = { ";": "delimiterSemicolon", ",": "delimiterComma", "\t": "delimiterTab" } as const;

/** The result of reading a file: detected format, column mapping, preview, issues and the confirm button. */
export function ImportAnalysisView({
  analysis,
  mapping,
  fieldKeys,
  fieldLabel,
  describeIssue,
  pending,
  onMappingChange,
  onApplyMapping,
  onDownloadReport,
  onConfirm,
}: {
  analysis: ImportAnalysis;
  mapping: (string | null)[];
  fieldKeys: readonly string[];
  fieldLabel: (key: string) => string;
  describeIssue: (issue: ImportIssue) => { column: string; reason: string };
  pending: boolean;
  onMappingChange: (mapping: (string | null)[]) => void;
  onApplyMapping: () => void;
  onDownloadReport: () => void;
  onConfirm: () => void;
}) {
  const t = useTranslations("csv.import");
  const issues = analysis.issues;
  const mappingChanged = mapping.some((key, index) => key !== analysis.mapping[index]);
  const canImport = issues.length === 0 && analysis.rowCount > 0 && !mappingChanged;

  return (
    <div className="space-y-6">
      {analysis.encoding && analysis.delimiter ? (
        <p className="text-sm text-stone-700" role="status">
          {t("detected", {
            encoding: analysis.encoding.toUpperCase(),
            delimiter: t(delimiterLabels[analysis.delimiter]),
            rows: analysis.rowCount,
          })}
        </p>
      ) : null}

      {analysis.headers.length > 0 ? (
        <section
          aria-labelledby="import-mapping-title"
          className="rounded-lg border border-stone-200 bg-white p-4 md:p-6"
        >
          <h2 id="import-mapping-title" className="text-lg font-semibold">
            {t("mappingTitle")}
          </h2>
          <p className="mt-1 text-sm text-stone-600">{t("mappingHint")}</p>
          <div className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {analysis.headers.map((header, index) => {
              const id = `import-map-${index}`;
              return (
                <div key={id} className="space-y-1">
                  <label htmlFor={id} className="block text-sm font-medium text-stone-800">
                    {t("mapFor", { column: header || String(index + 1) })}
                  </label>
                  <Select
                    id={id}
                    value={mapping[index] ?? ""}
                    onChange={(event) => {
                      const next = [...mapping];
                      next[index] = event.target.value === "" ? null : event.target.value;
                      onMappingChange(next);
                    }}
                  >
                    <option value="">{t("notImported")}</option>
                    {fieldKeys.map((key) => (
                      <option key={key} value={key}>
                        {fieldLabel(key)}
                      </option>
                    ))}
                  </Select>
                </div>
              );
            })}
          </div>
          {mappingChanged ? (
            <Button className="mt-4" variant="secondary" onClick={onApplyMapping} disabled={pending}>
              {t("applyMapping")}
            </Button>
          ) : null}
        </section>
      ) : null}

      {analysis.preview.length > 0 ? (
        <section
          aria-labelledby="import-preview-title"
          className="rounded-lg border border-stone-200 bg-white p-4 md:p-6"
        >
          <h2 id="import-preview-title" className="text-lg font-semibold">
            {t("previewTitle", { count: analysis.preview.length })}
          </h2>
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="bg-stone-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-1 font-medium">
                    {t("line")}
                  </th>
                  {analysis.headers.map((header, index) => (
                    <th key={index} scope="col" className="px-2 py-1 font-medium whitespace-nowrap">
                      {header}
                      <span className="block text-xs font-normal text-stone-600">
                        {mapping[index] ? fieldLabel(mapping[index]) : t("notImported")}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {analysis.preview.map((row) => (
                  <tr key={row.line}>
                    <td className="px-2 py-1 text-stone-600">{row.line}</td>
                    {analysis.headers.map((_, index) => (
                      <td key={index} className="px-2 py-1 whitespace-pre-wrap">
                        {row.cells[index] ?? ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {issues.length > 0 ? (
        <section
          aria-labelledby="import-issues-title"
          className="rounded-lg border border-red-200 bg-red-50 p-4 md:p-6"
        >
          <div role="alert">
            <h2 id="import-issues-title" className="text-lg font-semibold text-red-900">
              {t("errorsTitle", { count: issues.length })}
            </h2>
            <p className="mt-1 text-sm text-red-900">{t("errorsHint")}</p>
          </div>
          <Button className="mt-3" variant="secondary" onClick={onDownloadReport}>
            {t("downloadReport")}
          </Button>
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full bg-white text-sm">
              <thead className="bg-stone-100 text-left">
                <tr>
                  <th scope="col" className="px-2 py-1 font-medium">
                    {t("line")}
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    {t("column")}
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    {t("reason")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200">
                {issues.slice(0, shownIssueCount).map((issue, index) => {
                  const { column, reason } = describeIssue(issue);
                  return (
                    <tr key={index}>
                      <td className="px-2 py-1">{issue.line}</td>
                      <td className="px-2 py-1">{column}</td>
                      <td className="px-2 py-1">{reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : (
        <section
          aria-labelledby="import-confirm-title"
          className="rounded-lg border border-stone-200 bg-white p-4 md:p-6"
        >
          <h2 id="import-confirm-title" className="text-lg font-semibold">
            {t("summary", { create: analysis.createCount, update: analysis.updateCount })}
          </h2>
          <Button className="mt-3" onClick={onConfirm} disabled={!canImport || pending}>
            {pending ? t("importing") : t("confirm")}
          </Button>
        </section>
      )}
    </div>
  );
}
