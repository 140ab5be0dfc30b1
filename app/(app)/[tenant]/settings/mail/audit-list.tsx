"use client";

import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/dates";
import type { MailSettingsAuditEntry } from "@/lib/data/mail-settings";

/** Renders the latest saves of the mail settings: the time, the user, and the names of the changed fields (never their values). */
export function AuditList({ entries, timeZone }: { entries: MailSettingsAuditEntry[]; timeZone: string }) {
  const t = useTranslations("mailSettings");
  const fieldName = (field: string) => (t.has(`fields.${field}`) ? t(`fields.${field}`) : field);

  return (
    <section aria-labelledby="mail-audit-title" className="rounded-lg border border-stone-200 bg-white p-4 md:p-6">
      <h2 id="mail-audit-title" className="mb-3 text-lg font-semibold">
        {t("audit.title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">{t("audit.empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col" className="py-1 pr-3">
                {t("audit.when")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("audit.who")}
              </th>
              <th scope="col" className="py-1">
                {t("audit.fields")}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-t border-stone-200 align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={entry.createdAt}>{formatDateTime(new Date(entry.createdAt), timeZone)}</time>
                </td>
                <td className="py-2 pr-3 break-all">{entry.userEmail ?? t("audit.unknownUser")}</td>
                <td className="py-2">{entry.changedFields.map(fieldName).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
