// A step's FieldDefs → the generated form's starting values, and the form's values → what
// apply_step takes. Kept apart from the components so the conversions are tested alone.
import type { FieldDef, StepView } from "../../../../bindings";
import { pickerToRfc3339, rfc3339ToPicker } from "../../../../lib/dates";

/** What one input of the generated form holds. */
export type FormValue = string | number | boolean | null;
export type StepFormValues = Record<string, FormValue>;

/** The form's starting values: what the core proposes (now, the case's channel, the
 *  proposed date…) or what was recorded, in the shape each input wants. */
export function initialStepValues(step: Pick<StepView, "fields" | "values">): StepFormValues {
  const out: StepFormValues = {};
  for (const def of step.fields) {
    const raw = step.values[def.key];
    switch (def.kind.kind) {
      case "date_time":
        out[def.key] = typeof raw === "string" && raw ? rfc3339ToPicker(raw) : null;
        break;
      case "bool":
        out[def.key] = raw === true;
        break;
      case "minutes":
        out[def.key] = typeof raw === "number" ? raw : "";
        break;
      case "rating":
        out[def.key] = typeof raw === "number" ? raw : 0;
        break;
      case "choice":
        out[def.key] = typeof raw === "string" ? raw : null;
        break;
      default:
        out[def.key] = typeof raw === "string" ? raw : "";
    }
  }
  return out;
}

/** One input's value as the core takes it; null for "not given". */
export function fieldToWire(def: FieldDef, value: FormValue | undefined): unknown {
  switch (def.kind.kind) {
    case "date_time":
      // An unparsable picker value goes as typed so the core names the problem.
      return typeof value === "string" && value ? (pickerToRfc3339(value) ?? value) : null;
    case "bool":
      return value === true;
    case "minutes":
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" ? value : Number(value);
    case "rating":
      return typeof value === "number" && value > 0 ? value : null;
    case "choice":
      return typeof value === "string" && value ? value : null;
    default:
      return typeof value === "string" ? value.trim() || null : null;
  }
}

/** The values of a "complete" action: exactly the step's fields, nothing else. */
export function toStepValues(fields: FieldDef[], values: StepFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of fields) out[def.key] = fieldToWire(def, values[def.key]);
  return out;
}
