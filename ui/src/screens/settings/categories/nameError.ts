// The message for a refused category name: the core's problem with "name" when it gave
// one, else what failed overall.
import type { TFunction } from "i18next";
import { errorMessage, fieldMessage, toErrorPayload } from "../../../bridge/errors";

export function nameErrorMessage(t: TFunction, lang: string, err: unknown): string {
  const problem = toErrorPayload(err).fields.find((f) => f.field === "name");
  return problem ? fieldMessage(t, lang, problem) : errorMessage(t, err);
}
