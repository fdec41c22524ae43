// The customer form's values and the conversions to and from the core's types.
import type { AddressForm, Customer, CustomerInput, Gender, Language } from "../../../bindings";

export interface CustomerFormValues {
  surname: string;
  first_name: string;
  patronymic: string;
  phone: string;
  email: string;
  messenger: string;
  language: Language;
  gender: Gender | null;
  address_form: AddressForm;
  note: string;
}

/** Russian letters address people by name and patronymic; English ones by title and surname. */
export function usualAddressForm(language: Language): AddressForm {
  return language === "ru" ? "name_patronymic" : "title_surname";
}

export function customerToValues(customer: Customer): CustomerFormValues {
  return {
    surname: customer.surname,
    first_name: customer.first_name,
    patronymic: customer.patronymic ?? "",
    phone: customer.phone ?? "",
    email: customer.email ?? "",
    messenger: customer.messenger ?? "",
    language: customer.language,
    gender: customer.gender,
    address_form: customer.address_form,
    note: customer.note ?? "",
  };
}

/** Blank optional text becomes null, so the core stores "not given" rather than "". */
function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  return {
    surname: values.surname.trim(),
    first_name: values.first_name.trim(),
    patronymic: optional(values.patronymic),
    phone: optional(values.phone),
    email: optional(values.email),
    messenger: optional(values.messenger),
    language: values.language,
    gender: values.gender,
    address_form: values.address_form,
    // The note keeps its inner line breaks; only the ends are trimmed.
    note: optional(values.note),
  };
}
