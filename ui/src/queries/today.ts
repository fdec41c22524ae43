// Query hooks for the Today screen and the corrective actions across cases. The keys are
// the prefixes the case page invalidates after a checklist change: ["today"], ["corrective"].
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { todayApi } from "../bridge/today";

/** Refetch this often, so "overdue" turns true as the clock passes a due time. */
export const TODAY_REFRESH_MS = 60_000;

export const todayKeys = {
  today: ["today"] as const,
  // Under ["today"], so whatever refreshes Today refreshes the counts too.
  counts: ["today", "counts"] as const,
  correctiveAll: ["corrective"] as const,
  corrective: (openOnly: boolean) => ["corrective", { openOnly }] as const,
};

/** Asked again on arrival (cases created or edited elsewhere change what is due) and every
 *  minute (overdue turns true as the clock passes a due time, or midnight for corrective
 *  actions, which are counted in days). */
const LIVE = { staleTime: 0, refetchInterval: TODAY_REFRESH_MS } as const;

export function useToday(enabled = true) {
  return useQuery({ queryKey: todayKeys.today, queryFn: todayApi.get, enabled, ...LIVE });
}

/** The navigation's counts: a small answer, where the Today list stops at 200 cases. */
export function useTodayCounts(enabled = true) {
  return useQuery({ queryKey: todayKeys.counts, queryFn: todayApi.counts, enabled, ...LIVE });
}

export function useCorrectiveList(openOnly: boolean) {
  return useQuery({ queryKey: todayKeys.corrective(openOnly), queryFn: () => todayApi.listCorrective(openOnly), ...LIVE });
}

/** Everything a corrective action's state shows up in. */
export async function invalidateAfterCorrective(qc: ReturnType<typeof useQueryClient>) {
  await Promise.all([
    qc.invalidateQueries({ queryKey: todayKeys.today }),
    qc.invalidateQueries({ queryKey: todayKeys.correctiveAll }),
    qc.invalidateQueries({ queryKey: ["cases"] }),
    qc.invalidateQueries({ queryKey: ["checklist"] }),
    qc.invalidateQueries({ queryKey: ["timeline"] }),
  ]);
}

export function useSetCorrectiveDone() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, done }: { id: string; done: boolean }) => todayApi.setCorrectiveDone(id, done),
    onSuccess: () => invalidateAfterCorrective(qc),
  });
}
