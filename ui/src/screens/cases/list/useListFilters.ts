// The case list's filters, read from and written to the address.
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { parseFilters, toParams, type ListFilters } from "./listParams";

export function useListFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  /** Changes some filters; any change other than the page goes back to page 1. */
  const update = useCallback(
    (change: Partial<ListFilters>) => {
      setParams(
        (current) => {
          const next = { ...parseFilters(current), ...change };
          if (!("page" in change)) next.page = 1;
          return toParams(next);
        },
        { replace: true },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { filters, update, reset };
}
