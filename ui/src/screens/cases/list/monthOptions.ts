// The month filter's choices: the shop's current month and the ones before it, newest first.
import { formatMonth } from "../../../lib/format";

/** How far back the month filter reaches: three years covers the two-year guarantee
 *  claims and the monthly reviews before them; an older month still works from the address
 *  (it is added to the choices when chosen). */
export const MONTHS_BACK = 36;

export interface MonthOption {
  value: string; // "YYYY-MM"
  label: string; // "December 2026", "декабрь 2026 г."
}

/** "YYYY-MM" → [year, month 1–12]. */
function yearMonth(value: string): [number, number] {
  const [year = 1970, month = 1] = value.split("-").map(Number);
  return [year, month];
}

/** `count` months ending with `current` ("YYYY-MM"), newest first, named in `lang`; plus
 *  `selected` when it is a month outside them, so the filter always shows its value. */
export function monthOptions(current: string, lang: string, selected: string | null = null, count = MONTHS_BACK): MonthOption[] {
  const [year, month] = yearMonth(current);
  const values: string[] = [];
  for (let back = 0; back < count; back += 1) {
    const at = new Date(Date.UTC(year, month - 1 - back, 1));
    values.push(`${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  if (selected && !values.includes(selected)) {
    values.push(selected);
    values.sort().reverse();
  }
  return values.map((value) => ({ value, label: formatMonth(value, lang) }));
}
