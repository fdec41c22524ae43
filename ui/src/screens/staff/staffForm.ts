// The staff form's values, its checks (mirroring the core's validate_staff) and the input.
import { LIMITS, type Staff, type StaffInput } from "../../bindings";
import type { Problems } from "../../lib/formErrors";
import { checkOptional, checkRequired } from "../../lib/validate";

export interface StaffFormValues {
  name: string;
  role: string;
}

export function staffToValues(staff: Staff | null): StaffFormValues {
  return { name: staff?.name ?? "", role: staff?.role ?? "" };
}

export function validateStaff(values: StaffFormValues): Problems {
  return {
    name: checkRequired(values.name, LIMITS.staffName),
    role: checkOptional(values.role, LIMITS.staffRole),
  };
}

export function toStaffInput(values: StaffFormValues): StaffInput {
  const role = values.role.trim();
  return { name: values.name.trim(), role: role === "" ? null : role };
}

export const STAFF_FORM_FIELDS = ["name", "role"] as const;
