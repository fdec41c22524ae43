// Query hooks for the monthly review. Cases change all the time, so the review is asked
// for again on each visit; a month switch keeps the previous month on screen meanwhile.
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { reviewApi } from "../bridge/review";

export const reviewKeys = {
  all: ["review"] as const,
  /** null = the last full month, as the core decides. */
  month: (month: string | null) => ["review", month ?? "last"] as const,
};

export function useMonthReview(month: string | null) {
  return useQuery({
    queryKey: reviewKeys.month(month),
    queryFn: () => reviewApi.get(month),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

export function useExportMonthCsv() {
  return useMutation({
    mutationFn: ({ month, path }: { month: string; path: string }) => reviewApi.exportCsv(month, path),
  });
}
