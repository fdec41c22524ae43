// Sample customer data for this folder's tests, shaped by the generated bindings.
import type { CaseListItem, Customer, CustomerPage, CustomerSummary } from "../../bindings";

export const customer: Customer = {
  id: "cust-1",
  display_name: "Иванова Анна Сергеевна",
  created_at: "2026-01-10T09:00:00.000Z",
  updated_at: "2026-01-10T09:00:00.000Z",
  surname: "Иванова",
  first_name: "Анна",
  patronymic: "Сергеевна",
  phone: "+7 900 123-45-67",
  email: "anna@example.ru",
  messenger: null,
  language: "ru",
  gender: "female",
  address_form: "name_patronymic",
  note: "Лучше звонить после 18:00",
};

export function caseItem(n: number, overrides: Partial<CaseListItem> = {}): CaseListItem {
  return {
    id: `case-${n}`,
    number: `2026-000${n}`,
    status: "investigating",
    received_at: `2026-0${n}-15T10:30:00+03:00`,
    customer_id: customer.id,
    customer_name: customer.display_name,
    category: { id: "cat-defective", code: "defective", name: null },
    channel: "phone",
    product: null,
    due_at: null,
    overdue: false,
    ...overrides,
  };
}

export function customerPage(overrides: Partial<CustomerPage> = {}): CustomerPage {
  return {
    customer,
    cases: [caseItem(2, { overdue: true }), caseItem(1, { status: "closed" })],
    compensation_total_minor: 150000,
    currency: "RUB",
    repeat_complainant: true,
    ...overrides,
  };
}

export function summary(overrides: Partial<CustomerSummary> = {}): CustomerSummary {
  return {
    id: customer.id,
    display_name: customer.display_name,
    phone: customer.phone,
    email: customer.email,
    case_count: 5,
    repeat_complainant: true,
    ...overrides,
  };
}
