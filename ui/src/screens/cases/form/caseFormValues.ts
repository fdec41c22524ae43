// The case form's values, their defaults, and the conversions to and from the core's types.
import type {
  AddressForm,
  CaseInput,
  CaseView,
  Channel,
  CustomerInput,
  Demand,
  Gender,
  Language,
  Mood,
  ShopProfile,
} from "../../../bindings";
import { nowForPicker, pickerToRfc3339, rfc3339ToPicker, todayIn } from "../../../lib/dates";
import { priceToInput } from "../../../lib/validate";

export interface CustomerFields {
  surname: string;
  first_name: string;
  patronymic: string;
  phone: string;
  email: string;
  messenger: string;
  language: Language;
  gender: Gender | null;
  address_form: AddressForm;
}

export interface CaseFormValues {
  /** A customer from the register, or one typed in this form. */
  customer_mode: "existing" | "new";
  customer_id: string | null;
  customer: CustomerFields;
  /** The date-time picker's machine-local "YYYY-MM-DD HH:mm:ss". */
  received_at: string | null;
  channel: Channel;
  order_no: string;
  purchase_date: string | null;
  product: string;
  /** What the price input holds: a number, or text while it is being typed. */
  price: number | string;
  category_id: string | null;
  complaint: string;
  demand: Demand;
  demand_note: string;
  demand_date: string | null;
  mood: Mood;
  staff_involved_id: string | null;
  handler_id: string | null;
  /** The owner's override: the handler may be the staff member involved (recorded). */
  accept_warnings: boolean;
}

/** Russian letters address people by name and patronymic; English ones by title and surname. */
export function defaultAddressForm(language: Language): AddressForm {
  return language === "ru" ? "name_patronymic" : "title_surname";
}

export function emptyCustomer(language: Language): CustomerFields {
  return {
    surname: "",
    first_name: "",
    patronymic: "",
    phone: "",
    email: "",
    messenger: "",
    language,
    gender: null,
    address_form: defaultAddressForm(language),
  };
}

/** A new case: received now, in person, today's demand; the rest is what the customer says. */
export function newCaseValues(shop: Pick<ShopProfile, "language" | "time_zone"> | null, now = new Date()): CaseFormValues {
  const language = shop?.language ?? "ru";
  return {
    customer_mode: "existing",
    customer_id: null,
    customer: emptyCustomer(language),
    received_at: nowForPicker(now),
    channel: "in_person",
    order_no: "",
    purchase_date: null,
    product: "",
    price: "",
    category_id: null,
    complaint: "",
    demand: "refund",
    demand_note: "",
    demand_date: todayIn(shop?.time_zone, now),
    mood: "calm",
    staff_involved_id: null,
    handler_id: null,
    accept_warnings: false,
  };
}

/** An existing case, for editing. The customer stays the one on record. */
export function caseToValues(view: CaseView, language: Language): CaseFormValues {
  return {
    customer_mode: "existing",
    customer_id: view.customer.id,
    customer: emptyCustomer(language),
    received_at: rfc3339ToPicker(view.received_at),
    channel: view.channel,
    order_no: view.order_no ?? "",
    purchase_date: view.purchase_date,
    product: view.product ?? "",
    price: view.price_minor === null ? "" : view.price_minor / 100,
    category_id: view.category.id,
    complaint: view.complaint,
    demand: view.demand,
    demand_note: view.demand_note ?? "",
    demand_date: view.demand_date,
    mood: view.mood,
    staff_involved_id: view.staff_involved?.id ?? null,
    handler_id: view.handler?.id ?? null,
    // Asked afresh on every save that needs it; the core lets a case keep an old override.
    accept_warnings: false,
  };
}

/** Blank optional text becomes null, so the core stores "not given" rather than "". */
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function toCustomerInput(fields: CustomerFields): CustomerInput {
  return {
    surname: fields.surname.trim(),
    first_name: fields.first_name.trim(),
    patronymic: optional(fields.patronymic),
    phone: optional(fields.phone),
    email: optional(fields.email),
    messenger: optional(fields.messenger),
    language: fields.language,
    gender: fields.gender,
    address_form: fields.address_form,
    note: null,
  };
}

export function toCaseInput(values: CaseFormValues): CaseInput {
  return {
    customer:
      values.customer_mode === "new"
        ? { kind: "new", customer: toCustomerInput(values.customer) }
        : { kind: "existing", id: values.customer_id ?? "" },
    received_at: pickerToRfc3339(values.received_at) ?? "",
    channel: values.channel,
    order_no: optional(values.order_no),
    purchase_date: values.purchase_date || null,
    product: optional(values.product),
    price: priceToInput(values.price),
    category_id: values.category_id ?? "",
    // The customer's words are kept as said; only the ends are trimmed.
    complaint: values.complaint.trim(),
    demand: values.demand,
    demand_note: optional(values.demand_note),
    demand_date: values.demand_date ?? "",
    mood: values.mood,
    staff_involved_id: values.staff_involved_id,
    handler_id: values.handler_id,
    accept_warnings: values.accept_warnings,
  };
}

/** Prefills a new customer from what was typed in the picker: digits are a phone, an "@"
 *  an e-mail, words a name in the register's order (surname, first name, patronymic). */
export function customerFromSearch(text: string, base: CustomerFields): CustomerFields {
  const typed = text.trim();
  if (!typed) return base;
  if (typed.includes("@")) return { ...base, email: base.email || typed };
  if (/\d/.test(typed)) return { ...base, phone: base.phone || typed };
  if (base.surname || base.first_name) return base;
  const [surname = "", first_name = "", ...rest] = typed.split(/\s+/);
  return { ...base, surname, first_name, patronymic: base.patronymic || rest.join(" ") };
}
