// Locale-aware formatting of money, dates, ages and labels. Every screen formats through
// these so the shop's language, currency and time zone are applied the same way everywhere.
import type { TFunction } from "i18next";
import type { CategoryRef, Language } from "../bindings";

/** Intl locale for a UI language. English uses day-first dates, as most of our shops do. */
export function localeTag(lang: Language | string): string {
  return lang === "ru" ? "ru-RU" : "en-GB";
}

/** Minor units (kopecks, cents) with the shop currency: 149990, "RUB" → "1 499,90 ₽". */
export function formatMoney(minor: number, currency: string, lang: Language | string): string {
  try {
    return new Intl.NumberFormat(localeTag(lang), {
      style: "currency",
      currency,
      minimumFractionDigits: minor % 100 === 0 ? 0 : 2,
      maximumFractionDigits: 2,
    }).format(minor / 100);
  } catch {
    // An unusual currency code Intl does not know: still show the amount and the code.
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

/** The symbol (or code) of a currency in this language, for input adornments. */
export function currencySymbol(currency: string, lang: Language | string): string {
  try {
    const parts = new Intl.NumberFormat(localeTag(lang), { style: "currency", currency }).formatToParts(0);
    return parts.find((p) => p.type === "currency")?.value ?? currency;
  } catch {
    return currency;
  }
}

/** A calendar date "YYYY-MM-DD" as the user reads it; it names a day, not an instant. */
export function formatDate(date: string, lang: Language | string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Intl.DateTimeFormat(localeTag(lang), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Formatters by language and zone: making one costs far more than using it (about half a
 *  millisecond in WebKit), and a list formats the same way on every row. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(lang: Language | string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${localeTag(lang)}|${timeZone ?? ""}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
    try {
      format = new Intl.DateTimeFormat(localeTag(lang), { ...options, timeZone });
    } catch {
      // A zone Intl does not know: the computer's own.
      format = new Intl.DateTimeFormat(localeTag(lang), options);
    }
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** Month-name formatters by language and length (made once, as above). */
const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM" as "сентябрь 2026 г." / "September 2026"; short: "сент. 2026 г." / "Sept 2026". */
export function formatMonth(month: string, lang: Language | string, short = false): string {
  const [y, m] = month.split("-").map(Number);
  if (!y || !m) return month;
  const key = `${localeTag(lang)}|${short}`;
  let format = monthFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag(lang), { month: short ? "short" : "long", year: "numeric", timeZone: "UTC" });
    monthFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}

/** An instant (RFC 3339) in the shop's time zone: "25 нояб. 2026 г., 10:30". */
export function formatDateTime(at: string, lang: Language | string, timeZone?: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return dateTimeFormat(lang, timeZone).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in the largest whole unit, with the language's plural rules: "3 дня". */
export function formatAge(since: string, t: TFunction, now: Date = new Date()): string {
  const elapsed = now.getTime() - new Date(since).getTime();
  if (!Number.isFinite(elapsed) || elapsed < MINUTE) return t("common:duration.justNow");
  if (elapsed < HOUR) return t("common:duration.minutes", { count: Math.floor(elapsed / MINUTE) });
  if (elapsed < DAY) return t("common:duration.hours", { count: Math.floor(elapsed / HOUR) });
  return t("common:duration.days", { count: Math.floor(elapsed / DAY) });
}

/** A built-in category shows its translated name; a renamed or owner-made one its own. */
export function categoryLabel(category: Pick<CategoryRef, "code" | "name">, t: TFunction): string {
  if (category.name) return category.name;
  if (category.code) return t(`common:category.${category.code}`);
  return t("common:category.unnamed");
}

/** A byte count as megabytes in the user's language: 2097152 → "2 МБ". */
export function formatMegabytes(bytes: number, lang: Language | string): string {
  return new Intl.NumberFormat(localeTag(lang), {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));
}
