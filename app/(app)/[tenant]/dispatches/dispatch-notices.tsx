"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { DispatchLogRow } from "@/lib/data/dispatches";

type NoticeRow = Pick<DispatchLogRow, "id" | "status" | "noteNumbers" | "recipients">;

/**
 * Pop a notice when a message in view changes to sent or failed while the
 * page refreshes. Success notices are left out when the bakery turned them
 * off ("hide the success message"); failures are always shown.
 */
export function DispatchNotices({ rows, hideSuccessMessage }: { rows: NoticeRow[]; hideSuccessMessage: boolean }) {
  const t = useTranslations("dispatches.notices");
  const previous = useRef<Map<string, NoticeRow["status"]> | null>(null);

  useEffect(() => {
    const earlier = previous.current;
    previous.current = new Map(rows.map((row) => [row.id, row.status]));
    // The first render only records the statuses: notices are for changes seen on this page.
    if (!earlier) return;

    for (const row of rows) {
      const before = earlier.get(row.id);
      if (before === undefined || before === row.status) continue;
      const values = { notes: row.noteNumbers.join(", "), recipients: row.recipients.join(", ") };
      if (row.status === "sent" && !hideSuccessMessage) toast.success(t("sent", values));
      if (row.status === "failed") toast.error(t("failed", values));
    }
  }, [rows, hideSuccessMessage, t]);

  return null;
}
