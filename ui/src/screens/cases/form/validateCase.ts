// Mirrors the core's validate_case (src-tauri/core/src/case/validate.rs) field by field, with
// the same field paths, so a message sits where the core would put it.
import { LIMITS } from "../../../bindings";
import { pickerToRfc3339 } from "../../../lib/dates";
import type { Problems } from "../../../lib/formErrors";
import {
  checkEmail,
  checkMoney,
  checkOptional,
  checkPastDate,
  checkPastInstant,
  checkPhone,
  checkRequired,
} from "../../../lib/validate";
import type { CaseFormValues } from "./caseFormValues";

export function validateCase(values: CaseFormValues, today: string, now: Date = new Date()): Problems {
  const problems: Problems = {};
  if (values.customer_mode === "existing") {
    if (!values.customer_id) problems.customer_id = { code: "customer_required" };
  } else {
    const c = values.customer;
    const noName = c.surname.trim() === "" && c.first_name.trim() === "";
    problems["customer.surname"] = noName ? { code: "name_required" } : checkOptional(c.surname, LIMITS.personName);
    problems["customer.first_name"] = checkOptional(c.first_name, LIMITS.personName);
    problems["customer.patronymic"] = checkOptional(c.patronymic, LIMITS.personName);
    problems["customer.phone"] = checkPhone(c.phone, LIMITS.phone);
    problems["customer.email"] = checkEmail(c.email, LIMITS.email);
    problems["customer.messenger"] = checkOptional(c.messenger, LIMITS.messenger);
  }

  problems.received_at = checkPastInstant(pickerToRfc3339(values.received_at), now);
  problems.order_no = checkOptional(values.order_no, LIMITS.orderNo);
  problems.purchase_date = values.purchase_date ? checkPastDate(values.purchase_date, today) : null;
  problems.product = checkOptional(values.product, LIMITS.product);
  problems.price = checkMoney(values.price);
  problems.category_id = values.category_id ? null : { code: "required" };
  problems.complaint = checkRequired(values.complaint, LIMITS.complaint);
  problems.demand_note = checkOptional(values.demand_note, LIMITS.demandNote);
  problems.demand_date = values.demand_date ? checkPastDate(values.demand_date, today) : { code: "required" };
  if (
    !problems.demand_date &&
    !problems.purchase_date &&
    values.purchase_date &&
    values.demand_date &&
    values.demand_date < values.purchase_date
  ) {
    problems.demand_date = { code: "before_purchase" };
  }
  return problems;
}

/** Every form path that has an input, for placing the core's field errors. */
export const CASE_FORM_FIELDS = [
  "customer_id",
  "customer.surname",
  "customer.first_name",
  "customer.patronymic",
  "customer.phone",
  "customer.email",
  "customer.messenger",
  "received_at",
  "channel",
  "order_no",
  "purchase_date",
  "product",
  "price",
  "category_id",
  "complaint",
  "demand",
  "demand_note",
  "demand_date",
  "mood",
  "staff_involved_id",
  "handler_id",
] as const;

/** The core names the picked customer "customer"; the form's input for it is customer_id. */
export const CASE_FIELD_MAP: Record<string, string> = { customer: "customer_id" };
