import type { PrintBatchResult } from "@/lib/dispatch/print-batch";

/** How many of a batch's queued messages fit in today's daily limit, and how many wait for the next days. */
export type DailyLimitSplit = { limit: number; today: number; later: number };

/**
 * Split the queued messages by what is left of the bakery's daily limit.
 * Returns null when the bakery has no limit or every message fits today.
 * NOTE: messages that earlier batches queued and that are not sent yet take
 * from the same remainder, so `today` is the most that can go out today.
 */
export function splitByDailyLimit(
  result: Pick<PrintBatchResult, "queuedMessageCount" | "dailyLimit">,
): DailyLimitSplit | null {
  if (!result.dailyLimit) return null;
  const { limit, sentToday } = result.dailyLimit;
  const today = Math.min(result.queuedMessageCount, Math.max(0, limit - sentToday));
  const later = result.queuedMessageCount - today;
  return later > 0 ? { limit, today, later } : null;
}
