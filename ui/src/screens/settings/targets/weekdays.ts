import { localeTag } from "../../../lib/format";

/** The seven weekday names in the UI language, Monday first, capitalised: "Понедельник". */
export function weekdayNames(lang: string): string[] {
  const tag = localeTag(lang);
  const format = new Intl.DateTimeFormat(tag, { weekday: "long", timeZone: "UTC" });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const name = format.format(new Date(Date.UTC(2024, 0, 1 + i)));
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  });
}
