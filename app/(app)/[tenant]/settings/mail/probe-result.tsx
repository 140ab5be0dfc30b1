"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ProbeResult } from "@/lib/mail/smtp-probe";
import type { StepStatus, TranscriptLine } from "@/lib/mail/smtp-conversation";

const statusColors: Record<StepStatus, string> = {
  passed: "text-green-800",
  failed: "text-red-700",
  skipped: "text-stone-500",
  not_reached: "text-stone-400",
};

const transcriptPrefixes: Record<TranscriptLine["direction"], string> = { client: "C:", server: "S:", event: "*" };

/**
 * Renders the outcome of a test message: each step with ✓ or ✗, and on
 * failure the failed step, the server's reply and the diagnosis in plain
 * words. A warning follows when a username was set but the server asked for
 * no login. The SMTP conversation (already without secrets) is in a collapsible block.
 */
export function ProbeResultView({ result }: { result: ProbeResult }) {
  const t = useTranslations("mailSettings.testMessage");
  const translate = useTranslations();

  return (
    <div className="space-y-3 text-sm">
      <div
        role="alert"
        className={cn("rounded-md p-3", result.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900")}
      >
        {result.ok ? (
          <p className="font-medium">{t("sent", { host: result.host })}</p>
        ) : (
          <>
            <p className="font-medium">{translate(result.diagnosis.titleKey, result.diagnosis.values)}</p>
            <p className="mt-1">{translate(result.diagnosis.messageKey, result.diagnosis.values)}</p>
            <p className="mt-1 text-xs">{t("failedAt", { step: translate(`diagnosis.steps.${result.failedStep}`) })}</p>
          </>
        )}
      </div>

      {result.authSkipped ? (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="font-medium">{translate("diagnosis.warnings.authSkipped.title")}</p>
          <p className="mt-1">
            {translate("diagnosis.warnings.authSkipped.advice", { host: result.host, port: result.port })}
          </p>
        </div>
      ) : null}

      <div>
        <h3 className="font-medium text-stone-900">{t("steps")}</h3>
        <ol className="mt-1 space-y-0.5">
          {result.steps.map(({ step, status }) => (
            <li key={step} className={cn("flex items-center gap-2", statusColors[status])}>
              <span aria-hidden="true" className="w-4 text-center font-semibold">
                {t(`stepSymbols.${status}`)}
              </span>
              <span>{translate(`diagnosis.steps.${step}`)}</span>
              <span className="text-xs">({translate(`diagnosis.stepStatus.${status}`)})</span>
            </li>
          ))}
        </ol>
      </div>

      {result.serverReply ? (
        <div>
          <h3 className="font-medium text-stone-900">{t("serverReply")}</h3>
          <pre className="mt-1 overflow-x-auto rounded bg-stone-100 p-2 text-xs whitespace-pre-wrap break-words">
            {result.serverReply}
          </pre>
        </div>
      ) : null}
      {result.ok ? (
        <p className="text-xs text-stone-600">
          {t("messageId")}: <code className="break-all">{result.messageId}</code>
        </p>
      ) : null}

      <details className="rounded-md border border-stone-200 p-2">
        <summary className="cursor-pointer font-medium text-stone-900">
          {t("transcript", { count: result.transcript.length })}
        </summary>
        <p className="mt-1 text-xs text-stone-600">{t("transcriptHint")}</p>
        <pre className="mt-2 max-h-64 overflow-auto rounded bg-stone-100 p-2 text-xs" lang="en">
          {result.transcript.map((line) => `${transcriptPrefixes[line.direction]} ${line.text}`).join("\n")}
        </pre>
      </details>
    </div>
  );
}
