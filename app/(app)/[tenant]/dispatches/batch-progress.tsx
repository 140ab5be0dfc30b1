import { getTranslations } from "next-intl/server";
import type { DispatchLogRow } from "@/lib/data/dispatches";

/** "Sent x of y" for one batch, with a progress bar and the counts per status. */
export async function BatchProgress({ counts }: { counts: Record<DispatchLogRow["status"], number> }) {
  const t = await getTranslations("dispatches");
  const total = counts.queued + counts.sending + counts.sent + counts.deferred + counts.failed;
  const label = t("progress", { sent: counts.sent, total });

  return (
    <section
      aria-label={t("progressLabel")}
      className="space-y-1 rounded-lg border border-stone-200 bg-white p-3 text-sm"
    >
      <p className="font-medium" role="status">
        {label}
      </p>
      <progress
        className="block h-2 w-full appearance-none overflow-hidden rounded-full bg-stone-200 [&::-moz-progress-bar]:bg-green-700 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-green-700"
        max={Math.max(total, 1)}
        value={counts.sent}
        aria-label={label}
      />
      <p className="text-xs text-stone-600">{t("progressDetails", counts)}</p>
    </section>
  );
}
