import { TZDate } from "@date-fns/tz";
import { and, count, eq, gte } from "drizzle-orm";
import type { Db } from "@/db";
import { dispatches } from "@/db/schema";
import { todayIn, type IsoDate } from "@/lib/dates";

/** Messages the tenant sent since midnight in its time zone, for its daily limit. */
export async function countSentToday(db: Db, tenantId: string, timeZone: string): Promise<number> {
  const [row] = await db
    .select({ sent: count() })
    .from(dispatches)
    .where(
      and(
        eq(dispatches.tenantId, tenantId),
        eq(dispatches.status, "sent"),
        gte(dispatches.sentAt, startOfDay(todayIn(timeZone), timeZone)),
      ),
    );
  return row?.sent ?? 0;
}

/** Midnight at the start of a calendar day in a time zone. */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, timeZone).getTime());
}
