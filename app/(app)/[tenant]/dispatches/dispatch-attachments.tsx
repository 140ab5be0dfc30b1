import { Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { DispatchAttachmentName, DispatchLogRow } from "@/lib/data/dispatches";

/**
 * Download links to the archived PDFs of a sent message, or a note that no
 * copy was kept (the retention period passed, or the bakery deletes PDFs
 * after sending). Messages that are not sent yet show nothing.
 */
export async function DispatchAttachments({
  slug,
  row,
  attachments,
}: {
  slug: string;
  row: Pick<DispatchLogRow, "id" | "status">;
  attachments: DispatchAttachmentName[];
}) {
  if (row.status !== "sent") return null;
  const t = await getTranslations("dispatches.attachments");

  if (attachments.length === 0) return <p className="text-xs text-stone-600">{t("noArchive")}</p>;

  return (
    <ul aria-label={t("label")} className="space-y-1">
      {attachments.map((attachment) => (
        <li key={attachment.position}>
          <a
            href={`/api/${slug}/dispatches/${row.id}/attachments/${attachment.position}`}
            download={attachment.fileName}
            className="inline-flex items-center gap-1 text-crust-700 underline hover:text-crust-800"
          >
            <Download aria-hidden="true" className="size-4 shrink-0" />
            {attachment.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}
