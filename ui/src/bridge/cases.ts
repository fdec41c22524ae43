// The case register: typed wrappers of src-tauri/src/commands/cases.rs.
import type { CaseInput, CasePage, CaseQuery, CaseView } from "../bindings";
import { call } from "./invoke";

export const casesApi = {
  create: (input: CaseInput) => call<CaseView>("create_case", { input }),
  update: (id: string, input: CaseInput) => call<CaseView>("update_case", { id, input }),
  get: (id: string) => call<CaseView>("get_case", { id }),
  list: (query: CaseQuery) => call<CasePage>("list_cases", { query }),
};
