import type { ImportIssue } from "@/lib/csv/import";
import { writeCsv } from "@/lib/csv/write";

/** The error report as CSV (line; column; reason), in the user's language. */
export function importReportCsv(
  issues: ImportIssue[],
  headers: { line: string; column: string; reason: string },
  describe: (issue: ImportIssue) => { column: string; reason: string },
): string {
  const rows = issues.map((issue) => {
    const { column, reason } = describe(issue);
    return [String(issue.line), column, reason];
  });
  return writeCsv([[headers.line, headers.column, headers.reason], ...rows]);
}

/** Offer text as a file download in the browser. */
export function downloadText(text: string, fileName: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
