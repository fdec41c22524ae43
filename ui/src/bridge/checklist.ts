// The resolution checklist and everything around it on the case page: typed wrappers of
// src-tauri/src/commands/checklist.rs. Every mutation returns the case's fresh checklist.
import { open } from "@tauri-apps/plugin-dialog";
import type { TFunction } from "i18next";
import type {
  CallInput,
  CaseChecklist,
  ChecklistAction,
  CompensationInput,
  CorrectiveInput,
  TimelineEvent,
} from "../bindings";
import { errorMessage, toErrorPayload } from "./errors";
import { call } from "./invoke";

/** Who does it: a staff member's id, or null for the owner. */
export type ActorId = string | null;

export const checklistApi = {
  get: (caseId: string) => call<CaseChecklist>("get_checklist", { caseId }),
  apply: (caseId: string, action: ChecklistAction, actorId: ActorId) =>
    call<CaseChecklist>("apply_step", { caseId, action, actorId }),
  timeline: (caseId: string) => call<TimelineEvent[]>("get_timeline", { caseId }),
  addNote: (caseId: string, text: string, actorId: ActorId) => call<CaseChecklist>("add_note", { caseId, text, actorId }),
  recordCall: (caseId: string, input: CallInput, actorId: ActorId) =>
    call<CaseChecklist>("record_call", { caseId, call: input, actorId }),
  setLegalRule: (caseId: string, ruleId: string | null, actorId: ActorId) =>
    call<CaseChecklist>("set_legal_rule", { caseId, ruleId, actorId }),

  addCompensation: (caseId: string, input: CompensationInput, actorId: ActorId) =>
    call<CaseChecklist>("add_compensation", { caseId, input, actorId }),
  updateCompensation: (id: string, input: CompensationInput, actorId: ActorId) =>
    call<CaseChecklist>("update_compensation", { id, input, actorId }),
  setCompensationRedeemed: (id: string, redeemed: boolean, actorId: ActorId) =>
    call<CaseChecklist>("set_compensation_redeemed", { id, redeemed, actorId }),
  removeCompensation: (id: string, reason: string, actorId: ActorId) =>
    call<CaseChecklist>("remove_compensation", { id, reason, actorId }),

  addCorrective: (caseId: string, input: CorrectiveInput, actorId: ActorId) =>
    call<CaseChecklist>("add_corrective", { caseId, input, actorId }),
  updateCorrective: (id: string, input: CorrectiveInput, actorId: ActorId) =>
    call<CaseChecklist>("update_corrective", { id, input, actorId }),
  setCorrectiveDone: (id: string, done: boolean, actorId: ActorId) =>
    call<CaseChecklist>("set_corrective_done", { id, done, actorId }),
  removeCorrective: (id: string, reason: string, actorId: ActorId) =>
    call<CaseChecklist>("remove_corrective", { id, reason, actorId }),

  attachEvidence: (caseId: string, path: string, actorId: ActorId) =>
    call<CaseChecklist>("attach_evidence", { caseId, path, actorId }),
  removeEvidence: (id: string, reason: string, actorId: ActorId) =>
    call<CaseChecklist>("remove_evidence", { id, reason, actorId }),
  openEvidence: (id: string) => call<void>("open_evidence", { id }),
};

/** A photo or PDF to attach, from the native open dialog; null if the user closed it. */
export async function pickEvidenceFile(title: string, filterName: string): Promise<string | null> {
  const chosen = await open({
    title,
    multiple: false,
    directory: false,
    filters: [{ name: filterName, extensions: ["jpg", "jpeg", "png", "pdf"] }],
  });
  return typeof chosen === "string" ? chosen : null;
}

/** The sentence for a failed checklist act: a refused step names its rule (and, for an
 *  unmet prerequisite, the step to finish first); anything else as errorMessage says. */
export function checklistErrorMessage(t: TFunction, err: unknown): string {
  const payload = toErrorPayload(err);
  if (payload.code === "step_refused") {
    const params = payload.params ?? {};
    const rule = typeof params.rule === "string" ? params.rule : "";
    const detail = typeof params.detail === "string" ? params.detail : "";
    const key = `errors:rule.${rule}`;
    const text = t(key, { step: detail ? t(`checklist:step.${detail}`) : "" });
    return text === key || text === `rule.${rule}` ? t("errors:code.step_refused") : text;
  }
  return errorMessage(t, err);
}
