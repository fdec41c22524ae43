// The customer register: typed wrappers of src-tauri/src/commands/customers.rs.
import type { Customer, CustomerInput, CustomerPage, CustomerSummary } from "../bindings";
import { call } from "./invoke";

export const customersApi = {
  /** Matches name, phone, e-mail or messenger; an empty query lists recent customers. */
  search: (query: string, limit: number) => call<CustomerSummary[]>("search_customers", { query, limit }),
  create: (input: CustomerInput) => call<Customer>("create_customer", { input }),
  update: (id: string, input: CustomerInput) => call<Customer>("update_customer", { id, input }),
  page: (id: string) => call<CustomerPage>("get_customer_page", { id }),
};
