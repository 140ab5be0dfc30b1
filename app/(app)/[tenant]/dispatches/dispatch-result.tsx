import { getTranslations } from "next-intl/server";
import type { DispatchLogRow } from "@/lib/data/dispatches";
import { formatDateTime } from "@/lib/dates";

/** Host and port of the bakery's SMTP server, which the diagnosis advice names. */
export type MailServer = { host: string; port: number };

/**
 * Show the server's response for a sent message, or what went wrong: the
 * diagnosis title and advice for the error kind when the messages have one,
 * and the technical error message underneath.
 */
export async function DispatchResult({
  row,
  timeZone,
  mailServer,
}: {
  row: DispatchLogRow;
  timeZone: string;
  mailServer: MailServer | null;
}) {
  const t = await getTranslations("dispatches");
  const translate = await getTranslations();
  const time = (date: Date) => formatDateTime(date, timeZone, { seconds: true });

  const explanation = row.errorKind ? explainErrorKind(translate, row.errorKind, row.errorAdviceKey, mailServer) : null;

  return (
    <div className="space-y-1 text-xs">
      {row.status === "sent" && row.sentAt ? (
        <p className="text-stone-600">{t("sentAt", { time: time(row.sentAt) })}</p>
      ) : null}
      {explanation ? (
        <div>
          <p className="font-medium text-stone-900">{explanation.title}</p>
          {explanation.advice ? <p className="text-stone-700">{explanation.advice}</p> : null}
        </div>
      ) : null}
      {row.smtpResponse ? (
        <p className="break-words text-stone-700">{t("serverResponse", { response: row.smtpResponse })}</p>
      ) : null}
      {row.errorMessage ? (
        <p className="break-words text-stone-600">
          {explanation ? <span>{t("technicalDetails")}: </span> : null}
          <span lang="en">{row.errorMessage}</span>
        </p>
      ) : null}
      {row.status === "deferred" ? (
        <p className="text-stone-600">{t("nextAttempt", { time: time(row.nextAttemptAt) })}</p>
      ) : null}
    </div>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * Look up the title and advice for an error kind: the SMTP diagnosis messages
 * (`diagnosis.kinds.<kind>`) first, then the send log's own kinds
 * (`dispatches.errorKinds.<kind>`), with the advice the worker chose when it
 * stored one. Returns null for an unknown kind, so only the
 * raw error message is shown. The advice needs the server's host and
 * port, so it is left out when the bakery has no mail settings.
 */
function explainErrorKind(
  translate: Translator,
  kind: string,
  adviceKey: string | null,
  mailServer: MailServer | null,
): { title: string; advice: string | null } | null {
  for (const base of [`diagnosis.kinds.${kind}`, `dispatches.errorKinds.${kind}`]) {
    if (!translate.has(`${base}.title`)) continue;
    // The worker stores the diagnosis's own advice variant (e.g. ".microsoft"); the kind's general advice is the fallback.
    const advice = adviceKey && translate.has(adviceKey) ? adviceKey : `${base}.advice`;
    const hasAdvice = mailServer !== null && translate.has(advice);
    return {
      title: translate(`${base}.title`),
      // NOTE: the host and port are today's settings, which may differ from those of the failed attempt.
      advice: hasAdvice ? translate(advice, { host: mailServer.host, port: mailServer.port }) : null,
    };
  }
  return null;
}
