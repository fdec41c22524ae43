// Sample checklists for the case page's tests, shaped by the generated bindings.
import type { CaseChecklist, CaseView, FieldDef, StepCode, StepView } from "../../../../bindings";
import { STEP_CODES } from "../../../../bindings";

export const CASE_ID = "case-1";

export const caseView = {
  id: CASE_ID,
  number: "2026-0042",
  status: "acknowledged",
  received_at: "2026-11-20T10:00:00+03:00",
  channel: "phone",
  order_no: null,
  purchase_date: null,
  product: "Ваза",
  price_minor: 250000,
  currency: "RUB",
  category: { id: "cat-defective", code: "defective", name: null },
  complaint: "Ваза треснула",
  demand: "refund",
  demand_note: null,
  demand_date: "2026-11-20",
  mood: "calm",
  staff_involved: null,
  handler: null,
  customer: { id: "cu-1", display_name: "Иванова Анна", phone: null, email: null, case_count: 1, repeat_complainant: false },
  due_at: null,
  overdue: false,
  created_at: "2026-11-20T10:00:00+03:00",
  updated_at: "2026-11-20T10:00:00+03:00",
} satisfies CaseView;

function step(code: StepCode, patch: Partial<StepView> = {}): StepView {
  return {
    step: code,
    state: "open",
    available: false,
    may_skip: false,
    hint_ru: `Подсказка: ${code}`,
    hint_en: `Hint: ${code}`,
    fields: [],
    values: {},
    reason: null,
    actor_name: null,
    at: null,
    ...patch,
  };
}

/** A case whose steps before `current` are done and `current` is open with `fields`. */
export function checklistAt(current: StepCode, fields: FieldDef[], values: Record<string, unknown> = {}, patch: Partial<CaseChecklist> = {}): CaseChecklist {
  const index = STEP_CODES.indexOf(current);
  const steps = STEP_CODES.map((code, i) =>
    i < index
      ? step(code, { state: "done", actor_name: "Анна Петрова", at: "2026-11-20T11:00:00+03:00" })
      : i === index
        ? step(code, { available: true, may_skip: true, fields, values })
        : step(code),
  );
  return {
    case_id: CASE_ID,
    status: "acknowledged",
    current,
    steps,
    clocks: {
      shop: { step: current, due_at: "2026-11-27T18:00:00+03:00", overdue: false },
      legal: null,
      ack_due_at: "2026-11-20T12:00:00+03:00",
      promised_decision_at: null,
      proposed_decision_at: "2026-11-27T18:00:00+03:00",
    },
    root_cause: null,
    refusal: null,
    verdict: null,
    corrective_required: false,
    compensation: [],
    compensation_total_minor: 0,
    compensation_limit_minor: 500000,
    corrective: [],
    evidence: [],
    legal_rule_id: "",
    legal_rule_choices: [],
    warnings: [],
    ...patch,
  };
}

/** One field of every kind the core describes. */
export const EVERY_KIND: FieldDef[] = [
  { key: "at", kind: { kind: "date_time", rule: "past" }, required: true, default: "now" },
  { key: "duration_minutes", kind: { kind: "minutes", max: 600 }, required: false, default: "empty" },
  { key: "summary", kind: { kind: "long_text", max: 5000 }, required: true, default: "empty" },
  { key: "note", kind: { kind: "text", max: 1000 }, required: false, default: "empty" },
  { key: "verdict", kind: { kind: "choice", options: ["right", "partly_right", "not_right"] }, required: true, default: "empty" },
  { key: "remedy", kind: { kind: "choice", options: ["repair", "replace", "refund", "price_reduction", "redelivery", "explanation"] }, required: true, default: "empty" },
  { key: "apologised", kind: { kind: "bool", must_be_true: false }, required: false, default: "empty" },
  { key: "satisfaction", kind: { kind: "rating" }, required: true, default: "empty" },
];
