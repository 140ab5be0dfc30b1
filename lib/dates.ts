import { TZDate } from "@date-fns/tz";
import { addDays as addDaysToDate, format, isValid, parse } from "date-fns";

/**
 * Calendar dates are ISO strings "yyyy-mm-dd", as PostgreSQL's `date` type
 * returns them. They carry no time zone, so no conversion can shift the day.
 */
export type IsoDate = string;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): value is IsoDate {
  if (!isoDatePattern.test(value)) return false;
  const parsed = parse(value, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, "yyyy-MM-dd") === value;
}

/** Today's date in the given time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

/** Add whole days to a calendar date, by calendar, not by 24-hour steps. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // A date at noon UTC stays on the same calendar day whatever the local zone does.
  const shifted = addDaysToDate(new Date(Date.UTC(year, month - 1, day, 12)), days);
  return shifted.toISOString().slice(0, 10);
}

/** Format a calendar date as dd-mm-yyyy, the Dutch form used on notes and in mail. */
export function formatDutchDate(date: IsoDate): string {
  const [year, month, day] = date.split("-");
  return `${day}-${month}-${year}`;
}

/**
 * Format an instant as "dd-mm-yyyy HH:mm" on the 24-hour clock in the given
 * time zone, or "dd-mm-yyyy HH:mm:ss" with `seconds`. The form is the same in
 * every UI language, to match the calendar dates of formatDutchDate.
 */
export function formatDateTime(instant: Date, timeZone: string, options: { seconds?: boolean } = {}): string {
  return format(new TZDate(instant.getTime(), timeZone), options.seconds ? "dd-MM-yyyy HH:mm:ss" : "dd-MM-yyyy HH:mm");
}
