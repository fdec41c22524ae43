// Normalises backend rejections and turns error codes into messages in the user's language.
import type { TFunction } from "i18next";
import type { ErrorPayload, FieldError } from "../bindings";
import { formatMegabytes } from "../lib/format";
import type { FieldProblem } from "../lib/validate";

const KNOWN_CODES = new Set([
  "invalid_input",
  "not_found",
  "database_too_new",
  "shop_not_set_up",
  "import_invalid",
  "disk_full",
  "busy",
  "database_damaged",
  "backup_invalid",
  "database",
  "io",
  "data_format",
  "internal",
  "step_refused",
  "timeline_broken",
  "tallies_drift",
  "logo_invalid",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function toFieldError(value: unknown): FieldError | null {
  if (!isRecord(value) || typeof value.field !== "string" || typeof value.code !== "string") return null;
  return { field: value.field, code: value.code, limit: typeof value.limit === "number" ? value.limit : null };
}

/** Whatever a command rejected with → ErrorPayload. The core always sends one; the IPC
 *  layer itself may reject with a bare string (e.g. a missing permission). */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (isRecord(err) && typeof err.code === "string") {
    const fields = Array.isArray(err.fields) ? err.fields.map(toFieldError).filter((f) => f !== null) : [];
    return {
      code: err.code,
      message: typeof err.message === "string" ? err.message : "",
      fields,
      params: isRecord(err.params) ? err.params : null,
    };
  }
  const message = typeof err === "string" ? err : err instanceof Error ? err.message : String(err);
  return { code: "internal", message, fields: [], params: null };
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return isRecord(value) && typeof value.code === "string" && Array.isArray(value.fields);
}

/** The translated sentence for a whole failed command. */
export function errorMessage(t: TFunction, err: unknown): string {
  const payload = toErrorPayload(err);
  const code = KNOWN_CODES.has(payload.code) ? payload.code : "unknown";
  // A refused checklist act names its rule; the prerequisite step (detail) is shown by name.
  if (code === "step_refused" && typeof payload.params?.rule === "string") {
    const detail = typeof payload.params.detail === "string" ? payload.params.detail : "";
    const step = detail ? t(`checklist:step.${detail}`) : "";
    return t([`errors:rule.${payload.params.rule}`, "errors:code.step_refused"], { step });
  }
  return t(`errors:code.${code}`, { ...(payload.params ?? {}) });
}

/** The translated message for one field problem, from the core or from the form's checks. */
export function fieldMessage(t: TFunction, lang: string, problem: FieldProblem): string {
  const limit = problem.limit ?? undefined;
  const key = `errors:field.${problem.code}`;
  const options: Record<string, unknown> = { limit };
  // too_long carries a count of characters: pass it as `count` to get the plural form.
  if (problem.code === "too_long" && limit !== undefined) options.count = limit;
  if ((problem.code === "logo_too_large" || problem.code === "file_too_large") && limit !== undefined) {
    options.size = formatMegabytes(limit, lang);
  }
  const text = t(key, options);
  return text === key || text === `field.${problem.code}` ? t("errors:field.unknown") : text;
}

/** What applyFieldErrors needs of a Mantine form. */
export interface ErrorSink {
  setErrors: (errors: Record<string, string>) => void;
}

export interface ApplyOptions {
  /** Backend field path → form path where they differ (e.g. "customer" → "customer_id"). */
  fieldMap?: Record<string, string>;
  /** Form paths that have an input; problems elsewhere are returned instead of lost. */
  knownFields?: readonly string[];
}

/** Puts each field problem of a rejection next to its input, translated. Returns the
 *  problems that have no input in this form, so the caller can show them elsewhere. */
export function applyFieldErrors(
  form: ErrorSink,
  err: unknown,
  t: TFunction,
  lang: string,
  options: ApplyOptions = {},
): FieldError[] {
  const payload = toErrorPayload(err);
  const errors: Record<string, string> = {};
  const unplaced: FieldError[] = [];
  for (const field of payload.fields) {
    const path = options.fieldMap?.[field.field] ?? field.field;
    if (options.knownFields && !options.knownFields.includes(path)) {
      unplaced.push(field);
      continue;
    }
    // The first problem of a field is enough; the core lists the most basic one first.
    errors[path] ??= fieldMessage(t, lang, field);
  }
  form.setErrors(errors);
  return unplaced;
}
