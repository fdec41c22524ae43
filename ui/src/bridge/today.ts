// Today and corrective actions across all cases: typed wrappers of
// src-tauri/src/commands/checklist.rs (get_today, get_today_counts, list_corrective,
// set_corrective_done).
import type { CaseChecklist, CorrectiveAction, TodayCounts, TodayView } from "../bindings";
import { call } from "./invoke";

export const todayApi = {
  /** Everything due by the end of the shop's today or overdue, most urgent first. */
  get: () => call<TodayView>("get_today"),
  /** How many are due by the end of today and how many overdue: all, not only those listed. */
  counts: () => call<TodayCounts>("get_today_counts"),
  /** Corrective actions of every case: only the open ones, or all. */
  listCorrective: (openOnly: boolean) => call<CorrectiveAction[]>("list_corrective", { openOnly }),
  /** Marks one done or open again; actorId null = the owner. Returns the case's checklist. */
  setCorrectiveDone: (id: string, done: boolean, actorId: string | null = null) =>
    call<CaseChecklist>("set_corrective_done", { id, done, actorId }),
};
