// The message for a refused logo: the core's field problem for "logo" when it gave one
// (too large, not PNG/JPEG, broken, too many pixels), else what failed overall.
import type { TFunction } from "i18next";
import { errorMessage, fieldMessage, toErrorPayload } from "../../../bridge/errors";

export function logoErrorMessage(t: TFunction, lang: string, err: unknown): string {
  const problem = toErrorPayload(err).fields.find((f) => f.field === "logo");
  return problem ? fieldMessage(t, lang, problem) : errorMessage(t, err);
}
