// Conversions between the date pickers' local strings and what the core expects.
import dayjs from "dayjs";

/** Today's date "YYYY-MM-DD" in a time zone; the core counts "today" in the shop's zone. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  try {
    // Assembled from parts: what a locale's whole format looks like differs between engines
    // (WebKitGTK formats "en-CA" as "11/25/2026", Node as "2026-11-25").
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(now);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
    const [year, month, day] = [part("year"), part("month"), part("day")];
    if (year && month && day) return `${year}-${month}-${day}`;
  } catch {
    // An unknown time zone: fall through to the machine's own date.
  }
  return dayjs(now).format("YYYY-MM-DD");
}

/** The pickers' "YYYY-MM-DD HH:mm:ss" (machine-local) for now. */
export function nowForPicker(now: Date = new Date()): string {
  return dayjs(now).format("YYYY-MM-DD HH:mm:ss");
}

/** A picker value → RFC 3339 for the core; null when it does not parse. */
export function pickerToRfc3339(value: string | null): string | null {
  if (!value) return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.toISOString() : null;
}

/** RFC 3339 from the core → the picker's machine-local string. */
export function rfc3339ToPicker(value: string): string {
  return dayjs(value).format("YYYY-MM-DD HH:mm:ss");
}

/** The first 10 characters of a date value, whatever time part a picker added. */
export function dateOnly(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/** A month picker value → "YYYY-MM". */
export function monthOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const month = value.slice(0, 7);
  return /^\d{4}-\d{2}$/.test(month) ? month : null;
}
