// One line per timeline event in the user's language, and the details behind it.
import type { TFunction } from "i18next";
import type { CaseChecklist, CompensationItem, CorrectiveAction, TimelineEvent } from "../../../../bindings";
import { formatMoney } from "../../../../lib/format";
import { stepName } from "./labels";

type Payload = Record<string, unknown>;

function obj(value: unknown): Payload {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Payload) : {};
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function compensationText(t: TFunction, item: unknown, currency: string, lang: string): string {
  const c = obj(item) as Partial<CompensationItem>;
  const kind = c.kind ? t(`checklist:compensation.kinds.${c.kind}`) : "";
  const value = typeof c.value_minor === "number" ? formatMoney(c.value_minor, currency, lang) : "";
  return [kind, value].filter(Boolean).join(" · ");
}

function ruleTitle(id: string, checklist: CaseChecklist | undefined, t: TFunction): string {
  if (!id) return t("checklist:clocks.noRule");
  const rule = checklist?.legal_rule_choices.find((r) => r.id === id);
  return rule ? `${rule.title} (${rule.article})` : id;
}

/** The one-line description of an event. */
export function eventLine(
  t: TFunction,
  event: TimelineEvent,
  ctx: { currency: string; lang: string; checklist?: CaseChecklist },
): string {
  const p = obj(event.payload);
  const step = event.step ? stepName(t, event.step) : "";
  const k = `checklist:timeline.kind.${event.kind}`;
  switch (event.kind) {
    case "step_done":
    case "step_skipped":
    case "step_reopened":
      return t(k, { step });
    case "evidence_added":
    case "evidence_removed":
      return t(k, { name: str(p.file_name) });
    case "compensation_added":
      return t(k, { what: compensationText(t, p.item, ctx.currency, ctx.lang) });
    case "compensation_changed":
      return t(k, { what: compensationText(t, p.new, ctx.currency, ctx.lang) });
    case "compensation_removed":
      return t(k, { what: compensationText(t, p.old, ctx.currency, ctx.lang) });
    case "compensation_redeemed":
      return t(p.redeemed === false ? "checklist:timeline.kind.compensation_unredeemed" : k, {
        what: compensationText(t, p.item, ctx.currency, ctx.lang),
      });
    case "corrective_added":
      return t(k, { what: str((obj(p.item) as Partial<CorrectiveAction>).description) });
    case "corrective_changed":
      return t(k, { what: str((obj(p.new) as Partial<CorrectiveAction>).description) });
    case "corrective_removed":
      return t(k, { what: str((obj(p.old) as Partial<CorrectiveAction>).description) });
    case "corrective_done":
      return t(p.done === false ? "checklist:timeline.kind.corrective_undone" : k, {
        what: str((obj(p.item) as Partial<CorrectiveAction>).description),
      });
    case "legal_rule_changed":
      return t(k, { rule: ruleTitle(str(p.new), ctx.checklist, t) });
    case "warning_overridden":
      return t(`checklist:timeline.warning.${str(p.warning) || "other"}`, {
        defaultValue: t("checklist:timeline.warning.other"),
      });
    default:
      return t(k, { defaultValue: event.kind });
  }
}

/** A value of the timeline as text: names of referenced records, codes translated. */
export function plainValue(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("common:notSet");
  if (typeof value === "boolean") return value ? t("checklist:yes") : t("checklist:no");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => plainValue(t, v)).join(", ");
  const o = obj(value);
  if (typeof o.name === "string" && o.name) return o.name;
  if (typeof o.display_name === "string") return o.display_name;
  if (typeof o.code === "string" && o.code) return t(`common:category.${o.code}`);
  if (typeof o.description === "string") return o.description;
  return JSON.stringify(value);
}
