// Query hooks for the case register.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseInput, CaseQuery } from "../bindings";
import { casesApi } from "../bridge/cases";
import { customerKeys } from "./customers";

export const caseKeys = {
  all: ["cases"] as const,
  list: (query: CaseQuery) => ["cases", "list", query] as const,
  one: (id: string) => ["cases", "one", id] as const,
};

export function useCaseList(query: CaseQuery) {
  return useQuery({
    queryKey: caseKeys.list(query),
    queryFn: () => casesApi.list(query),
    // Keep the current page on screen while a filter change loads.
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: caseKeys.one(id ?? ""),
    queryFn: () => casesApi.get(id ?? ""),
    enabled: Boolean(id),
  });
}

/** A case touches its customer's page (case count, repeat flag) as well as case lists. */
function useInvalidateAfterCaseChange() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: caseKeys.all });
    await qc.invalidateQueries({ queryKey: customerKeys.all });
    // A new or edited case changes what is due today.
    await qc.invalidateQueries({ queryKey: ["today"] });
  };
}

export function useCreateCase() {
  const invalidate = useInvalidateAfterCaseChange();
  return useMutation({ mutationFn: (input: CaseInput) => casesApi.create(input), onSuccess: invalidate });
}

export function useUpdateCase() {
  const invalidate = useInvalidateAfterCaseChange();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CaseInput }) => casesApi.update(id, input),
    onSuccess: invalidate,
  });
}
