// Query hooks for the customer register.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CustomerInput } from "../bindings";
import { customersApi } from "../bridge/customers";

export const customerKeys = {
  all: ["customers"] as const,
  search: (query: string, limit: number) => ["customers", "search", { query, limit }] as const,
  page: (id: string) => ["customers", "page", id] as const,
};

export function useCustomerSearch(query: string, limit = 20, enabled = true) {
  return useQuery({
    queryKey: customerKeys.search(query, limit),
    queryFn: () => customersApi.search(query, limit),
    enabled,
    // Keep showing the last matches while the next ones load, so the list does not flicker.
    placeholderData: keepPreviousData,
  });
}

export function useCustomerPage(id: string | undefined) {
  return useQuery({
    queryKey: customerKeys.page(id ?? ""),
    queryFn: () => customersApi.page(id ?? ""),
    enabled: Boolean(id),
  });
}

export function useCreateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerInput) => customersApi.create(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: customerKeys.all }),
  });
}

export function useUpdateCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CustomerInput }) => customersApi.update(id, input),
    // The customer's name shows in the case list and on case pages.
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: customerKeys.all });
      await qc.invalidateQueries({ queryKey: ["cases"] });
    },
  });
}
