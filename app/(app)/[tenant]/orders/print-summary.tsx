"use client";

import { Download, ExternalLink } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PrintBatchResult } from "@/lib/dispatch/print-batch";
import { splitByDailyLimit } from "./daily-limit-split";

/** What a Print submission did: notes in the PDF, messages queued, and each note that went another way. */
export function PrintSummary({
  slug,
  result,
  pdfUrl,
}: {
  slug: string;
  result: PrintBatchResult;
  pdfUrl: (download: boolean) => string;
}) {
  const t = useTranslations("orders.printResult");
  const nothing = result.printedNoteCount === 0 && result.queuedMessageCount === 0;
  const dailyLimit = splitByDailyLimit(result);

  return (
    <div className="space-y-4 text-sm">
      {/* A live region around the list: role="status" on the <ul> itself would hide its list semantics. */}
      <div role="status">
        <ul className="space-y-1">
          {result.printedNoteCount > 0 ? (
            <li>{t("printed", { notes: result.printedNoteCount, copies: result.printedCopyCount })}</li>
          ) : null}
          {result.queuedMessageCount > 0 ? (
            <li>{t("queued", { messages: result.queuedMessageCount, notes: result.emailedNoteCount })}</li>
          ) : null}
          {dailyLimit ? (
            <li className="font-medium text-amber-900">
              {dailyLimit.today === 0
                ? t("dailyLimitReached", { limit: dailyLimit.limit, messages: dailyLimit.later })
                : t("dailyLimitPartial", dailyLimit)}
            </li>
          ) : null}
          {nothing ? <li>{t("nothing")}</li> : null}
        </ul>
      </div>

      {result.problems.length > 0 ? (
        <section aria-labelledby="print-problems-title" className="rounded-md bg-amber-50 p-3 text-amber-950">
          <h3 id="print-problems-title" className="font-semibold">
            {t("problemsTitle")}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {result.problems.map((problem) => (
              <li key={`${problem.kind}-${problem.orderNumber}`}>
                {t(`problems.${problem.kind}`, {
                  customerNumber: problem.customerNumber,
                  customerName: problem.customerName,
                  orderNumber: problem.orderNumber,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.printJobId ? (
        <div className="space-y-2">
          <p className="text-stone-700">{t("downloadStarted")}</p>
          <div className="flex flex-wrap gap-2">
            <a
              href={pdfUrl(true)}
              download
              className="inline-flex items-center gap-2 rounded-md bg-crust-700 px-4 py-2 font-medium text-white hover:bg-crust-800"
            >
              <Download aria-hidden="true" className="size-4" />
              {t("downloadPdf")}
            </a>
            <a
              href={pdfUrl(false)}
              target="_blank"
              rel="noopener"
              className="inline-flex items-center gap-2 rounded-md border border-stone-300 px-4 py-2 font-medium text-stone-900 hover:bg-stone-100"
            >
              <ExternalLink aria-hidden="true" className="size-4" />
              {t("openPdf")}
            </a>
          </div>
        </div>
      ) : null}

      {result.queuedMessageCount > 0 ? (
        <Link
          href={`/${slug}/dispatches?batch=${result.batchId}`}
          className="inline-block text-crust-700 underline hover:text-crust-800"
        >
          {t("sendLog")}
        </Link>
      ) : null}
    </div>
  );
}
