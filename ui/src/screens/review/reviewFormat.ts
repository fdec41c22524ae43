// Numbers of the monthly review as the owner reads them: counts, shares in percent, median
// durations in hours or days (calendar time), changes with a sign, month names on axes.
import { localeTag } from "../../lib/format";

/** A dash for a figure that has nothing to count (a share of 0, a median of no cases). */
export const DASH = "—";

/** Typographic minus for changes: "−3", not "-3". */
function minus(text: string): string {
  return text.replace(/^-/, "\u2212").replace(/\s-/, (m) => `${m[0]}\u2212`);
}

export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(localeTag(lang)).format(n);
}

export function formatPercent(value: number | null, lang: string): string {
  if (value === null) return DASH;
  return new Intl.NumberFormat(localeTag(lang), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function formatScore(value: number | null, lang: string, signed = false): string {
  if (value === null) return DASH;
  return minus(
    new Intl.NumberFormat(localeTag(lang), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: signed ? "exceptZero" : "auto",
    }).format(value),
  );
}

/** Hours as the largest readable unit: under an hour in minutes, up to two days in hours, then days. */
export function formatHours(hours: number | null, lang: string, signed = false): string {
  if (hours === null) return DASH;
  const abs = Math.abs(hours);
  const [value, unit, digits] =
    abs < 1 ? [hours * 60, "minute", 0] : abs < 48 ? [hours, "hour", abs < 10 ? 1 : 0] : [hours / 24, "day", 1];
  return minus(
    new Intl.NumberFormat(localeTag(lang), {
      style: "unit",
      unit,
      unitDisplay: "short",
      maximumFractionDigits: digits,
      signDisplay: signed ? "exceptZero" : "auto",
    }).format(value),
  );
}

/** A signed whole number: +3, −2 (with a real minus sign). */
export function formatSigned(n: number, lang: string): string {
  return minus(new Intl.NumberFormat(localeTag(lang), { signDisplay: "exceptZero", maximumFractionDigits: 0 }).format(n));
}

/** A month's name alone, for chart axes: "сент." / "Sep" (and the year on January). */
export function formatMonthTick(month: string, lang: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  const date = new Date(Date.UTC(y, m - 1, 1));
  const name = new Intl.DateTimeFormat(localeTag(lang), { month: "short", timeZone: "UTC" }).format(date);
  return m === 1 ? `${name} ${y}` : name;
}

/** A compared month, short: "сент." in the same year as `current`, else "окт. 2025". */
export function formatMonthShort(month: string, current: string, lang: string): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  const name = new Intl.DateTimeFormat(localeTag(lang), { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
  return current.slice(0, 4) === month.slice(0, 4) ? name : `${name} ${y}`;
}

/** Money for a headline: whole units ("1 708 046 ₽"); changes and tables keep the kopecks. */
export function formatMoneyWhole(minor: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(localeTag(lang), { style: "currency", currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(
      Math.round(minor / 100),
    );
  } catch {
    return `${Math.round(minor / 100)} ${currency}`;
  }
}
