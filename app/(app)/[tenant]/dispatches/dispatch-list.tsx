import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import type { DispatchAttachmentName, DispatchLogRow } from "@/lib/data/dispatches";
import { formatDateTime } from "@/lib/dates";
import { DispatchAttachments } from "./dispatch-attachments";
import { DispatchResult, type MailServer } from "./dispatch-result";
import { ResendButton } from "./resend-button";

const statusTones = {
  queued: "neutral",
  sending: "info",
  sent: "success",
  deferred: "warning",
  failed: "danger",
} as const;

const resendable: ReadonlySet<DispatchLogRow["status"]> = new Set(["failed", "deferred"]);

/** Show the send log rows as a table on wide screens and as one card per message on phones. */
export async function DispatchList({
  slug,
  rows,
  attachments,
  timeZone,
  mailServer,
  canResend,
}: {
  slug: string;
  rows: DispatchLogRow[];
  /** The archived PDFs per dispatch id; sent rows without an entry have none. */
  attachments: ReadonlyMap<string, DispatchAttachmentName[]>;
  timeZone: string;
  mailServer: MailServer | null;
  canResend: boolean;
}) {
  const t = await getTranslations("dispatches");
  const createdAt = (row: DispatchLogRow) => (
    <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, timeZone, { seconds: true })}</time>
  );
  const customer = (row: DispatchLogRow) =>
    row.customerName ?? <span className="text-stone-600">{t("typedAddress")}</span>;
  const status = (row: DispatchLogRow) => (
    <StatusBadge tone={statusTones[row.status]}>{t(`status.${row.status}`)}</StatusBadge>
  );
  const sentPdfs = (row: DispatchLogRow) => (
    <DispatchAttachments slug={slug} row={row} attachments={attachments.get(row.id) ?? []} />
  );
  const resend = (row: DispatchLogRow) =>
    canResend && resendable.has(row.status) ? (
      <ResendButton slug={slug} dispatchId={row.id} recipients={row.recipients.join(", ")} />
    ) : null;

  if (rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 bg-white p-8 text-center text-stone-700">
        {t("empty")}
      </p>
    );
  }

  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white lg:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-stone-100 text-left text-stone-700">
            <tr>
              {(
                [
                  "createdAt",
                  "recipients",
                  "customer",
                  "notes",
                  "subject",
                  "status",
                  "attempts",
                  "result",
                  "attachments",
                ] as const
              ).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  {t(`columns.${column}`)}
                </th>
              ))}
              {canResend ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">{t("columns.actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {rows.map((row) => (
              <tr key={row.id} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap">{createdAt(row)}</td>
                <td className="px-3 py-2 break-words">{row.recipients.join(", ")}</td>
                <td className="px-3 py-2">{customer(row)}</td>
                <td className="px-3 py-2">{row.noteNumbers.join(", ")}</td>
                <td className="px-3 py-2">{row.subject}</td>
                <td className="px-3 py-2">{status(row)}</td>
                <td className="px-3 py-2">{row.attempts}</td>
                <td className="max-w-xs px-3 py-2">
                  <DispatchResult row={row} timeZone={timeZone} mailServer={mailServer} />
                </td>
                <td className="px-3 py-2 text-xs">{sentPdfs(row)}</td>
                {canResend ? <td className="px-3 py-2">{resend(row)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-2 lg:hidden" aria-label={t("caption")}>
        {rows.map((row) => (
          <li key={row.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-medium">{row.subject}</span>
              {status(row)}
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-stone-600">{t("columns.recipients")}</dt>
              <dd className="break-words">{row.recipients.join(", ")}</dd>
              <dt className="text-stone-600">{t("columns.customer")}</dt>
              <dd>{customer(row)}</dd>
              <dt className="text-stone-600">{t("columns.notes")}</dt>
              <dd>{row.noteNumbers.join(", ")}</dd>
              <dt className="text-stone-600">{t("columns.createdAt")}</dt>
              <dd>{createdAt(row)}</dd>
              <dt className="text-stone-600">{t("columns.attempts")}</dt>
              <dd>{row.attempts}</dd>
            </dl>
            <DispatchResult row={row} timeZone={timeZone} mailServer={mailServer} />
            {sentPdfs(row)}
            {resend(row)}
          </li>
        ))}
      </ul>
    </>
  );
}
