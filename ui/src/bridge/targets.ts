// The shop's service targets (Settings): typed wrappers of get_service_targets and
// save_service_targets in src-tauri/src/commands/checklist.rs.
import type { ServiceTargets } from "../bindings";
import { call } from "./invoke";

export const targetsApi = {
  get: () => call<ServiceTargets>("get_service_targets"),
  /** Saving recomputes the due times of every open case. */
  save: (targets: ServiceTargets) => call<ServiceTargets>("save_service_targets", { targets }),
};
