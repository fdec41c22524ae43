// Translated names of the checklist's codes: steps, field labels (a step may name a field
// its own way: "fieldIn.<step>.<key>", else "field.<key>") and choice options.
import type { TFunction } from "i18next";
import type { StepCode } from "../../../../bindings";

export function stepName(t: TFunction, step: StepCode | string): string {
  return t(`checklist:step.${step}`);
}

export function fieldLabel(t: TFunction, step: StepCode | string, key: string): string {
  return t([`checklist:fieldIn.${step}.${key}`, `checklist:field.${key}`, key]);
}

/** A choice's option; the channel reuses the app's channel names. */
export function choiceLabel(t: TFunction, key: string, code: string): string {
  return t([`checklist:choice.${key}.${code}`, `common:${key}.${code}`, code]);
}
