// The review's breakdowns: what each bar is called in the user's language and which case
// list it opens. The address parameters are the case list's own (screens/cases/list/listParams.ts).
import type { TFunction } from "i18next";
import type { Bar, Breakdowns } from "../../bindings";
import { categoryLabel } from "../../lib/format";

export type BreakdownKey = keyof Breakdowns;

export const BREAKDOWN_KEYS: BreakdownKey[] = ["category", "channel", "root_cause", "verdict", "staff_involved", "products"];

/** The case list's address parameter each breakdown filters on. */
const PARAM: Record<BreakdownKey, string> = {
  category: "category",
  channel: "channel",
  root_cause: "root_cause",
  verdict: "verdict",
  staff_involved: "staff",
  products: "product",
};

export function barLabel(kind: BreakdownKey, bar: Bar, t: TFunction): string {
  if (bar.key === null) return t("review:breakdowns.notRecorded");
  switch (kind) {
    case "category":
      return categoryLabel({ code: bar.code, name: bar.label }, t);
    case "channel":
      return t(`common:channel.${bar.key}`, { defaultValue: bar.key });
    case "root_cause":
      return t(`checklist:choice.root_cause.${bar.key}`, { defaultValue: bar.key });
    case "verdict":
      return t(`checklist:choice.verdict.${bar.key}`, { defaultValue: bar.key });
    default:
      return bar.label ?? bar.key;
  }
}

/** The case list showing exactly the month's cases behind one bar ("none": not recorded). */
export function drillDownUrl(kind: BreakdownKey, bar: Bar, month: string): string {
  const params = new URLSearchParams({ month, [PARAM[kind]]: bar.key ?? "none" });
  return `/cases?${params.toString()}`;
}
