// Query hooks for the service targets. Saving moves the due times of open cases, so every
// list that shows them is refreshed.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ServiceTargets } from "../bindings";
import { targetsApi } from "../bridge/targets";
import { todayKeys } from "./today";

export const targetsKeys = {
  targets: ["service-targets"] as const,
};

export function useServiceTargets() {
  return useQuery({ queryKey: targetsKeys.targets, queryFn: targetsApi.get });
}

export function useSaveServiceTargets() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (targets: ServiceTargets) => targetsApi.save(targets),
    onSuccess: async (saved) => {
      qc.setQueryData(targetsKeys.targets, saved);
      await Promise.all([
        qc.invalidateQueries({ queryKey: todayKeys.today }),
        qc.invalidateQueries({ queryKey: todayKeys.correctiveAll }),
        qc.invalidateQueries({ queryKey: ["cases"] }),
        qc.invalidateQueries({ queryKey: ["checklist"] }),
      ]);
    },
  });
}
