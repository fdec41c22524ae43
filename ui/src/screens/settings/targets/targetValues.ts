// The service targets form: its values, the checks that mirror the core's
// (src-tauri/core/src/clock/targets.rs) and the conversion to ServiceTargets.
import { LIMITS, type ServiceTargets } from "../../../bindings";
import type { Problems } from "../../../lib/formErrors";
import { checkMoney, parseMoney, priceText } from "../../../lib/validate";

export const JURISDICTIONS = ["ru", "uk", "none"] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** One weekday's row: closed days keep their times, so reopening one restores them. */
export interface DayValues {
  open: boolean;
  from: string;
  to: string;
}

export interface TargetValues {
  ack_business_hours: boolean;
  /** Monday first, seven days. */
  opening_hours: DayValues[];
  decision_days: number | string;
  follow_up_days: number | string;
  /** Major units as typed; "" = no limit. */
  compensation_limit: number | string;
  jurisdiction: string;
}

const DEFAULT_DAY = { from: "09:00", to: "18:00" };

export function targetsToValues(targets: ServiceTargets): TargetValues {
  const days = Array.from({ length: 7 }, (_, i) => targets.opening_hours[i] ?? null);
  return {
    ack_business_hours: targets.ack_business_hours,
    opening_hours: days.map((day) =>
      day ? { open: true, from: day.open, to: day.close } : { open: false, ...DEFAULT_DAY },
    ),
    decision_days: targets.decision_days,
    follow_up_days: targets.follow_up_days,
    compensation_limit: targets.compensation_limit_minor === null ? "" : targets.compensation_limit_minor / 100,
    jurisdiction: targets.jurisdiction,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function wholeNumber(value: number | string): number | null {
  const n = typeof value === "number" ? value : Number(String(value).trim());
  return String(value).trim() !== "" && Number.isInteger(n) ? n : null;
}

function checkDays(value: number | string, max: number) {
  const n = wholeNumber(value);
  return n === null || n < 1 || n > max ? { code: "out_of_range", limit: max } : null;
}

export function validateTargets(values: TargetValues): Problems {
  const problems: Problems = {};
  values.opening_hours.forEach((day, i) => {
    if (!day.open) return;
    if (!TIME.test(day.from) || !TIME.test(day.to)) problems[`opening_hours.${i}`] = { code: "invalid_time" };
    // "HH:MM" compares correctly as text.
    else if (day.to <= day.from) problems[`opening_hours.${i}`] = { code: "close_before_open" };
  });
  if (values.ack_business_hours && values.opening_hours.every((d) => !d.open)) {
    problems.opening_hours = { code: "no_open_day" };
  }
  problems.decision_days = checkDays(values.decision_days, LIMITS.decisionDays);
  problems.follow_up_days = checkDays(values.follow_up_days, LIMITS.followUpDays);
  problems.compensation_limit = checkMoney(values.compensation_limit);
  if (!(JURISDICTIONS as readonly string[]).includes(values.jurisdiction)) {
    problems.jurisdiction = { code: "unknown_choice" };
  }
  return problems;
}

/** Only call on values that passed validateTargets. */
export function valuesToTargets(values: TargetValues): ServiceTargets {
  const limitText = priceText(values.compensation_limit);
  const limit = limitText === "" ? null : parseMoney(limitText);
  return {
    ack_business_hours: values.ack_business_hours,
    opening_hours: values.opening_hours.map((day) => (day.open ? { open: day.from, close: day.to } : null)),
    decision_days: wholeNumber(values.decision_days) ?? 0,
    follow_up_days: wholeNumber(values.follow_up_days) ?? 0,
    compensation_limit_minor: limit && "minor" in limit ? limit.minor : null,
    jurisdiction: values.jurisdiction,
  };
}

/** Every field with an input, for placing the core's field errors. */
export const TARGET_FIELDS = [
  "ack_business_hours",
  "opening_hours",
  ...Array.from({ length: 7 }, (_, i) => `opening_hours.${i}`),
  "decision_days",
  "follow_up_days",
  "compensation_limit",
  "jurisdiction",
];

/** The core names the limit in minor units; the form holds it in major units. */
export const TARGET_FIELD_MAP = { compensation_limit_minor: "compensation_limit" };
