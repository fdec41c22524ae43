// Turns the client-side checks' problems into translated Mantine form errors. The same
// fieldMessage() translates the core's FieldErrors, so both read alike.
import type { TFunction } from "i18next";
import { fieldMessage } from "../bridge/errors";
import type { FieldProblem } from "./validate";

export type Problems = Record<string, FieldProblem | null | undefined>;

export function translateProblems(problems: Problems, t: TFunction, lang: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, problem] of Object.entries(problems)) {
    if (problem) errors[field] = fieldMessage(t, lang, problem);
  }
  return errors;
}

/** Moves the keyboard to the first input with an error, in document order. */
export function focusFirstError(root: HTMLElement | null): void {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
}
