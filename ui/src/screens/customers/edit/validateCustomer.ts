// Mirrors the core's validate_customer (src-tauri/core/src/case/validate.rs) with the same
// field names, so the form's own messages sit where the core's would.
import { LIMITS } from "../../../bindings";
import type { Problems } from "../../../lib/formErrors";
import { checkEmail, checkOptional, checkPhone } from "../../../lib/validate";
import type { CustomerFormValues } from "./customerValues";

export function validateCustomer(values: CustomerFormValues): Problems {
  const noName = values.surname.trim() === "" && values.first_name.trim() === "";
  return {
    surname: noName ? { code: "name_required" } : checkOptional(values.surname, LIMITS.personName),
    first_name: checkOptional(values.first_name, LIMITS.personName),
    patronymic: checkOptional(values.patronymic, LIMITS.personName),
    phone: checkPhone(values.phone, LIMITS.phone),
    email: checkEmail(values.email, LIMITS.email),
    messenger: checkOptional(values.messenger, LIMITS.messenger),
    note: checkOptional(values.note, LIMITS.note),
  };
}

/** Every field with an input, for placing the core's field errors. */
export const CUSTOMER_FORM_FIELDS = [
  "surname",
  "first_name",
  "patronymic",
  "phone",
  "email",
  "messenger",
  "language",
  "gender",
  "address_form",
  "note",
] as const;
