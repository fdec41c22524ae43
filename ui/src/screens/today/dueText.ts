// How a due time reads on Today: relative ("in 2 hours", "overdue by 3 days") and absolute
// in the shop's time zone ("today, 14:30" or a full date and time).
import type { TFunction } from "i18next";
import { todayIn } from "../../lib/dates";
import { formatDateTime, localeTag } from "../../lib/format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "in 40 minutes", "overdue by 2 hours"; the largest whole unit, with plural forms. */
export function relativeDue(dueAt: string, t: TFunction, now: Date = new Date()): string {
  const delta = new Date(dueAt).getTime() - now.getTime();
  if (!Number.isFinite(delta)) return "";
  const late = delta < 0;
  const span = Math.abs(delta);
  if (span < MINUTE) return t("today:relative.now");
  const [unit, count] =
    span < HOUR ? ["Minutes", Math.floor(span / MINUTE)] : span < DAY ? ["Hours", Math.floor(span / HOUR)] : ["Days", Math.floor(span / DAY)];
  return t(`today:relative.${late ? "late" : "in"}${unit}`, { count });
}

/** The clock time alone, in the shop's zone: "14:30". */
function timeOf(at: Date, lang: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = { timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat(localeTag(lang), { ...options, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(localeTag(lang), options).format(at);
  }
}

/** "today, 14:30" for a time on the shop's today, else the date and time in full. */
export function absoluteDue(dueAt: string, t: TFunction, lang: string, timeZone?: string, now: Date = new Date()): string {
  const at = new Date(dueAt);
  if (Number.isNaN(at.getTime())) return dueAt;
  if (todayIn(timeZone, at) === todayIn(timeZone, now)) {
    return t("today:relative.todayAt", { time: timeOf(at, lang, timeZone) });
  }
  return formatDateTime(dueAt, lang, timeZone);
}
