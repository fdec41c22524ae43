// Query hooks for a case's checklist, timeline, ledger, corrective actions and evidence.
// Every act returns the fresh checklist, which goes straight into the cache; everything
// else it can change (the case's status and due time, the customer's totals, the timeline,
// Today and the list of corrective actions) is invalidated.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseChecklist } from "../bindings";
import { checklistApi } from "../bridge/checklist";
import { caseKeys } from "./cases";
import { customerKeys } from "./customers";

export const checklistKeys = {
  all: ["checklist"] as const,
  one: (caseId: string) => ["checklist", caseId] as const,
  timeline: (caseId: string) => ["timeline", caseId] as const,
};

/** Prefixes other screens read: the Today list and the corrective actions across cases. */
export const TODAY_KEY = ["today"] as const;
export const CORRECTIVE_KEY = ["corrective"] as const;

export function useChecklist(caseId: string | undefined) {
  return useQuery({
    queryKey: checklistKeys.one(caseId ?? ""),
    queryFn: () => checklistApi.get(caseId ?? ""),
    enabled: Boolean(caseId),
  });
}

export function useTimeline(caseId: string | undefined) {
  return useQuery({
    queryKey: checklistKeys.timeline(caseId ?? ""),
    queryFn: () => checklistApi.timeline(caseId ?? ""),
    enabled: Boolean(caseId),
  });
}

/** A mutation on one case's checklist. `fn` gets the variables and returns the fresh
 *  checklist; the cache is updated and everything that depends on the case refreshed. */
export function useChecklistMutation<V>(caseId: string, fn: (vars: V) => Promise<CaseChecklist>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (fresh) => {
      qc.setQueryData(checklistKeys.one(caseId), fresh);
      await Promise.all([
        qc.invalidateQueries({ queryKey: checklistKeys.timeline(caseId) }),
        qc.invalidateQueries({ queryKey: caseKeys.all }),
        qc.invalidateQueries({ queryKey: customerKeys.all }),
        qc.invalidateQueries({ queryKey: TODAY_KEY }),
        qc.invalidateQueries({ queryKey: CORRECTIVE_KEY }),
      ]);
    },
  });
}
