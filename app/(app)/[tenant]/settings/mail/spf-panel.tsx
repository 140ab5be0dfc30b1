"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import type { SpfReport, SpfResult } from "@/lib/mail/spf";
import type { MailSettingsActions } from "./types";

const resultTones: Record<SpfResult, "success" | "warning" | "danger" | "neutral"> = {
  pass: "success",
  neutral: "warning",
  softfail: "warning",
  none: "warning",
  fail: "danger",
  permerror: "danger",
  temperror: "neutral",
};

type Failure = { error: string; values?: Record<string, string | number>; fieldErrors?: Record<string, string[]> };

/**
 * "Check SPF" for the sender address and SMTP server as they are in the form:
 * the result per address of the server with its meaning, the record found,
 * the record to publish, and the DMARC policy with its consequence.
 */
export function SpfPanel({
  slug,
  senderAddress,
  smtpHost,
  checkSpf,
}: {
  slug: string;
  senderAddress: string;
  smtpHost: string;
  checkSpf: MailSettingsActions["checkSpf"];
}) {
  const t = useTranslations("mailSettings.spf");
  const translate = useTranslations();
  const [report, setReport] = useState<SpfReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();
  const ready = senderAddress.trim() !== "" && smtpHost.trim() !== "";

  function check() {
    startTransition(async () => {
      const result = await checkSpf(slug, { senderAddress, smtpHost });
      if (!result.ok) {
        setFailure(result);
        setReport(null);
        return;
      }
      setFailure(null);
      setReport(result.data);
    });
  }

  const failureDetails = Object.values(failure?.fieldErrors ?? {}).flat();

  return (
    <section aria-labelledby="spf-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 md:p-6">
      <h2 id="spf-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-sm text-stone-700">{t("intro")}</p>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          disabled={pending || !ready}
          onClick={check}
          aria-describedby={ready ? undefined : "spf-missing"}
        >
          {t("check")}
        </Button>
        <p role="status" className="text-sm text-stone-600">
          {pending ? t("checking") : ""}
        </p>
        {ready ? null : (
          <p id="spf-missing" className="text-sm text-stone-600">
            {t("missingInput")}
          </p>
        )}
      </div>

      {failure && !pending ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          <p>{translate(failure.error, failure.values)}</p>
          {failureDetails.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {failureDetails.map((key) => (
                <li key={key}>{translate(key)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {report && !pending ? <SpfReportView report={report} /> : null}
    </section>
  );
}

function SpfReportView({ report }: { report: SpfReport }) {
  const t = useTranslations("mailSettings.spf");
  const translate = useTranslations();

  return (
    <div className="space-y-4 text-sm">
      <p className="text-xs text-stone-600">{t("checkedFor", { domain: report.domain, host: report.smtpHost })}</p>
      <div role="alert" className="rounded-md border border-stone-200 p-3">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          <StatusBadge tone={report.hostLookup === "ok" ? resultTones[report.result] : "danger"}>
            {report.result}
          </StatusBadge>
          {translate(report.titleKey, report.values)}
        </p>
        <p className="mt-1 text-stone-700">{translate(report.messageKey, report.values)}</p>
      </div>

      <div>
        <h3 className="font-medium">{t("recordFound")}</h3>
        {report.record ? (
          <code className="mt-1 block rounded bg-stone-100 p-2 text-xs break-all">{report.record}</code>
        ) : report.records.length > 1 ? (
          <>
            <p className="mt-1">{t("multipleRecords")}</p>
            {report.records.map((record) => (
              <code key={record} className="mt-1 block rounded bg-stone-100 p-2 text-xs break-all">
                {record}
              </code>
            ))}
          </>
        ) : (
          <p className="mt-1 text-stone-700">{t("noRecord")}</p>
        )}
      </div>

      {report.results.length > 0 ? (
        <table className="w-full text-left">
          <caption className="text-left font-medium">{t("addresses")}</caption>
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col" className="py-1 pr-3">
                {t("address")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("result")}
              </th>
              <th scope="col" className="py-1">
                {t("meaning")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((entry) => (
              <tr key={entry.address} className="border-t border-stone-200 align-top">
                <td className="py-2 pr-3">
                  <code>{entry.address}</code>
                </td>
                <td className="py-2 pr-3">
                  <StatusBadge tone={resultTones[entry.result]}>{entry.result}</StatusBadge>
                  <span className="ml-1">{translate(entry.titleKey, entry.values)}</span>
                </td>
                <td className="py-2">
                  <p>{translate(entry.messageKey, entry.values)}</p>
                  {entry.detail ? (
                    <p className="mt-1 text-xs text-stone-600" lang="en">
                      {entry.detail}
                    </p>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {report.suggestion ? (
        <div>
          <h3 className="font-medium">{translate(report.suggestion.titleKey, report.suggestion.values)}</h3>
          <p className="mt-1 text-stone-700">{translate(report.suggestion.messageKey, report.suggestion.values)}</p>
          <p className="mt-2 text-xs text-stone-600">{t("suggestedRecord")}</p>
          <code className="block rounded bg-stone-100 p-2 text-xs break-all">{report.suggestion.record}</code>
        </div>
      ) : null}

      <div>
        <h3 className="font-medium">{translate(report.dmarc.titleKey, report.dmarc.values)}</h3>
        <p className="mt-1 text-stone-700">{translate(report.dmarc.messageKey, report.dmarc.values)}</p>
        {report.dmarc.record ? (
          <>
            <p className="mt-2 text-xs text-stone-600">{t("dmarcRecord")}</p>
            <code className="block rounded bg-stone-100 p-2 text-xs break-all">{report.dmarc.record}</code>
          </>
        ) : (
          <p className="mt-1 text-xs text-stone-600">{t("noDmarcRecord")}</p>
        )}
      </div>
    </div>
  );
}
