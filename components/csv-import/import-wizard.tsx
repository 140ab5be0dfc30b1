"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { LabeledControl } from "@/components/record-form/controls";
import { useSaveToasts } from "@/components/record-form/use-save-toasts";
import { describedBy, Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportAnalysis, ImportIssue } from "@/lib/csv/import";
import type { ImportResult } from "@/lib/csv/plan";
import { ImportAnalysisView } from "./import-analysis";
import { downloadText, importReportCsv } from "./import-report";

type ImportInput = {
  file: Blob;
  encoding: "auto" | "utf-8" | "windows-1252";
  mode: "create" | "update";
  mapping: (string | null)[] | null;
};

/**
 * Upload a CSV, map its columns, preview it with every failing row, and import
 * it only after the user confirms. The server checks the file again on
 * import and saves all rows or none.
 */
export function ImportWizard({
  slug,
  columnNamespace,
  fieldKeys,
  listPath,
  analyze,
  commit,
}: {
  slug: string;
  columnNamespace: "customerColumns" | "productColumns";
  fieldKeys: readonly string[];
  listPath: string;
  analyze: (slug: string, input: ImportInput) => Promise<ActionResult<ImportAnalysis>>;
  commit: (slug: string, input: ImportInput) => Promise<ActionResult<ImportResult>>;
}) {
  const t = useTranslations("csv.import");
  const columnNames = useTranslations(`csv.${columnNamespace}`);
  const translate = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();
  const [encoding, setEncoding] = useState<ImportInput["encoding"]>("auto");
  const [mode, setMode] = useState<ImportInput["mode"]>("create");
  const [mapping, setMapping] = useState<(string | null)[] | null>(null);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const toasts = useSaveToasts();

  const fieldLabel = (key: string) => columnNames(key);
  const describeIssue = (issue: ImportIssue) => ({
    column: issue.column ?? (issue.field ? fieldLabel(issue.field) : ""),
    reason: translate(issue.reason, issue.values),
  });

  const read = (nextMapping: (string | null)[] | null) => {
    toasts.dismissError();
    if (!file) {
      setFileError([translate("csv.import.noFile")]);
      return;
    }
    // The server rejects an empty file too. Checking it here saves the round trip.
    if (file.size === 0) {
      setFileError([translate("csv.file.empty")]);
      return;
    }
    setFileError(undefined);
    startTransition(async () => {
      const result = await analyze(slug, { file, encoding, mode, mapping: nextMapping });
      if (!result.ok) {
        const fileErrors = result.fieldErrors?.file?.map((key) => translate(key));
        setFileError(fileErrors);
        // A problem with the file itself shows next to the file input only.
        if (!fileErrors) toasts.showError(translate(result.error, result.values));
        return;
      }
      setAnalysis(result.data);
      setMapping(result.data.mapping);
    });
  };

  const confirm = () => {
    if (!file || !analysis) return;
    toasts.dismissError();
    startTransition(async () => {
      const result = await commit(slug, { file, encoding, mode, mapping });
      if (!result.ok) {
        toasts.showError(result.error === "errors.internal" ? t("failed") : translate(result.error, result.values));
        return;
      }
      if (result.data.status === "rejected") {
        setAnalysis(result.data.analysis);
        toasts.showError(t("rejected"));
        return;
      }
      toasts.showSuccess(t("imported", { created: result.data.created, updated: result.data.updated }));
      router.push(listPath);
    });
  };

  const downloadReport = () => {
    if (!analysis) return;
    const headers = { line: t("line"), column: t("column"), reason: t("reason") };
    downloadText(importReportCsv(analysis.issues, headers, describeIssue), t("reportFileName"));
  };

  // A new file, encoding or mode needs a new analysis before it can be imported.
  const resetAnalysis = () => {
    setAnalysis(null);
    setMapping(null);
  };

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-3 md:p-6"
        onSubmit={(event) => {
          event.preventDefault();
          read(null);
        }}
      >
        <LabeledControl id="import-file" label={t("file")} errors={fileError}>
          <Input
            id="import-file"
            type="file"
            accept=".csv,.txt,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy("import-file", { errors: fileError })}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              resetAnalysis();
            }}
          />
        </LabeledControl>
        <Field id="import-encoding" label={t("encoding")}>
          <Select
            id="import-encoding"
            value={encoding}
            onChange={(event) => {
              setEncoding(event.target.value as ImportInput["encoding"]);
              resetAnalysis();
            }}
          >
            <option value="auto">{t("encodingAuto")}</option>
            <option value="utf-8">{t("encodingUtf8")}</option>
            <option value="windows-1252">{t("encodingWindows1252")}</option>
          </Select>
        </Field>
        <Field id="import-mode" label={t("mode")}>
          <Select
            id="import-mode"
            value={mode}
            onChange={(event) => {
              setMode(event.target.value as ImportInput["mode"]);
              resetAnalysis();
            }}
          >
            <option value="create">{t("modeCreate")}</option>
            <option value="update">{t("modeUpdate")}</option>
          </Select>
        </Field>
        <div className="md:col-span-3">
          <Button type="submit" disabled={pending}>
            {pending && !analysis ? t("analyzing") : t("analyze")}
          </Button>
        </div>
      </form>

      {analysis ? (
        <ImportAnalysisView
          analysis={analysis}
          mapping={mapping ?? analysis.mapping}
          fieldKeys={fieldKeys}
          fieldLabel={fieldLabel}
          describeIssue={describeIssue}
          pending={pending}
          onMappingChange={setMapping}
          onApplyMapping={() => read(mapping)}
          onDownloadReport={downloadReport}
          onConfirm={confirm}
        />
      ) : null}
    </div>
  );
}
