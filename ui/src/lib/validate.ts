// Client-side mirrors of the core's input checks (src-tauri/core/src/case/validate.rs), so the
// form can point at a problem before saving. The core checks again; it is the authority.
// Each check returns the same {code, limit} the core would put in a FieldError, so one
// translation path serves both.

export interface FieldProblem {
  code: string;
  limit?: number | null;
}

/** Length in characters as Rust counts them (code points, not UTF-16 units). */
function charCount(value: string): number {
  return Array.from(value).length;
}

// Control characters other than newline, carriage return and tab (Rust's char::is_control).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

function length(value: string, max: number): FieldProblem | null {
  if (charCount(value.trim()) > max) return { code: "too_long", limit: max };
  if (CONTROL.test(value)) return { code: "bad_characters" };
  return null;
}

export function checkRequired(value: string | null | undefined, max: number): FieldProblem | null {
  if (!value || value.trim() === "") return { code: "required" };
  return length(value, max);
}

export function checkOptional(value: string | null | undefined, max: number): FieldProblem | null {
  if (!value) return null;
  return length(value, max);
}

/** Digits with the usual separators; 7 to 15 digits (E.164 allows at most 15). */
export function isPlausiblePhone(value: string): boolean {
  if (!/^[0-9 +().-]*$/.test(value)) return false;
  const pluses = value.split("+").length - 1;
  if (pluses > 1) return false;
  if (pluses === 1 && !value.trimStart().startsWith("+")) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15;
}

/** One "@", something before it, a dotted domain after it, no spaces. */
export function isPlausibleEmail(value: string): boolean {
  const at = value.indexOf("@");
  if (at < 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return (
    local.length > 0 &&
    !domain.includes("@") &&
    !/\s/.test(value) &&
    domain.includes(".") &&
    !domain.startsWith(".") &&
    !domain.endsWith(".") &&
    !domain.includes("..")
  );
}

export function checkPhone(value: string | null | undefined, max: number): FieldProblem | null {
  const v = value?.trim();
  if (!v) return null;
  if (charCount(v) > max) return { code: "too_long", limit: max };
  return isPlausiblePhone(v) ? null : { code: "phone_implausible" };
}

export function checkEmail(value: string | null | undefined, max: number): FieldProblem | null {
  const v = value?.trim();
  if (!v) return null;
  if (charCount(v) > max) return { code: "too_long", limit: max };
  return isPlausibleEmail(v) ? null : { code: "email_implausible" };
}

/** A "YYYY-MM-DD" date, not after `today` (also "YYYY-MM-DD"), not before 1990. */
export function checkPastDate(value: string | null | undefined, today: string): FieldProblem | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return { code: "invalid_date" };
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) {
    return { code: "invalid_date" };
  }
  // ISO dates compare correctly as strings.
  if (value > today) return { code: "in_future" };
  if (y < 1990) return { code: "too_old" };
  return null;
}

/** An instant not more than a few minutes ahead of now (another device's clock may run
 *  ahead, the core allows 5 minutes), not before 1990. */
export function checkPastInstant(iso: string | null, now: Date = new Date()): FieldProblem | null {
  if (!iso) return { code: "invalid_datetime" };
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return { code: "invalid_datetime" };
  if (at.getTime() > now.getTime() + 5 * 60_000) return { code: "in_future" };
  if (at.getUTCFullYear() < 1990) return { code: "too_old" };
  return null;
}

export const MONEY_MINOR_MAX = 999_999_999_999;

/** "1499.9", "1 499,90", "1499" → minor units, or the core's error code. */
export function parseMoney(value: string): { minor: number } | FieldProblem {
  const cleaned = value.replace(/[\s\u00a0\u202f]/g, "").replace(/,/g, ".");
  if (cleaned.startsWith("-")) return { code: "negative" };
  const dot = cleaned.indexOf(".");
  const whole = dot < 0 ? cleaned : cleaned.slice(0, dot);
  const fraction = dot < 0 ? "" : cleaned.slice(dot + 1);
  const digitsOnly = (s: string) => /^\d*$/.test(s);
  if ((whole === "" && fraction === "") || !digitsOnly(whole) || !digitsOnly(fraction)) {
    return { code: "not_a_number" };
  }
  if (fraction.length > 2) return { code: "too_many_decimals" };
  if (whole.replace(/^0+/, "").length > 10) return { code: "too_large" };
  const minor = Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0"));
  if (minor > MONEY_MINOR_MAX) return { code: "too_large" };
  return { minor };
}

/** A price input's value (a number, or text while typing) as plain text. String() of a
 *  JS number is its shortest exact decimal form, so decimals are not invented or lost. */
export function priceText(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : value.trim();
}

export function checkMoney(value: number | string | null | undefined): FieldProblem | null {
  const text = priceText(value);
  if (text === "") return null;
  const parsed = parseMoney(text);
  return "code" in parsed ? parsed : null;
}

/** A price input's value → the plain "1234.50" the core takes, or null when empty. Text
 *  that does not parse is passed on as typed so the core's checks name the problem. */
export function priceToInput(value: number | string | null | undefined): string | null {
  const text = priceText(value);
  if (text === "") return null;
  const parsed = parseMoney(text);
  return "minor" in parsed ? minorToPlain(parsed.minor) : text;
}

/** 149990 → "1499.90". */
export function minorToPlain(minor: number): string {
  const whole = Math.floor(minor / 100);
  const cents = String(minor % 100).padStart(2, "0");
  return `${whole}.${cents}`;
}
