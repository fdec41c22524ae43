// Query hooks for the shop profile, staff and categories.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CategoryInput, ShopProfileInput, StaffInput } from "../bindings";
import { settingsApi } from "../bridge/settings";

export const settingsKeys = {
  appInfo: ["app-info"] as const,
  logo: ["shop-logo"] as const,
  staff: (includeInactive: boolean) => ["staff", { includeInactive }] as const,
  staffAll: ["staff"] as const,
  categories: (includeArchived: boolean) => ["categories", { includeArchived }] as const,
  categoriesAll: ["categories"] as const,
};

export function useAppInfo() {
  return useQuery({ queryKey: settingsKeys.appInfo, queryFn: settingsApi.appInfo, staleTime: Infinity });
}

/** The shop profile; only call below the setup gate, where it is known to exist. */
export function useShop() {
  const { data } = useAppInfo();
  return data?.shop ?? null;
}

export function useShopLogo() {
  return useQuery({ queryKey: settingsKeys.logo, queryFn: settingsApi.getShopLogo });
}

export function useSaveShopProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ShopProfileInput) => settingsApi.saveShopProfile(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.appInfo }),
  });
}

export function useSetShopLogo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (bytes: Uint8Array) => settingsApi.setShopLogo(bytes),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: settingsKeys.logo });
      await qc.invalidateQueries({ queryKey: settingsKeys.appInfo });
    },
  });
}

export function useClearShopLogo() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => settingsApi.clearShopLogo(),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: settingsKeys.logo });
      await qc.invalidateQueries({ queryKey: settingsKeys.appInfo });
    },
  });
}

export function useStaff(includeInactive = false) {
  return useQuery({
    queryKey: settingsKeys.staff(includeInactive),
    queryFn: () => settingsApi.listStaff(includeInactive),
  });
}

export function useCreateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: StaffInput) => settingsApi.createStaff(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.staffAll }),
  });
}

export function useUpdateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: StaffInput }) => settingsApi.updateStaff(id, input),
    // Staff names appear on cases too.
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: settingsKeys.staffAll });
      await qc.invalidateQueries({ queryKey: ["cases"] });
    },
  });
}

export function useSetStaffActive() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) => settingsApi.setStaffActive(id, active),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.staffAll }),
  });
}

export function useCategories(includeArchived = false) {
  return useQuery({
    queryKey: settingsKeys.categories(includeArchived),
    queryFn: () => settingsApi.listCategories(includeArchived),
  });
}

export function useCreateCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CategoryInput) => settingsApi.createCategory(input),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.categoriesAll }),
  });
}

export function useRenameCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: CategoryInput }) => settingsApi.renameCategory(id, input),
    // Category names appear in the case list and on case pages.
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: settingsKeys.categoriesAll });
      await qc.invalidateQueries({ queryKey: ["cases"] });
    },
  });
}

export function useSetCategoryArchived() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      settingsApi.setCategoryArchived(id, archived),
    onSuccess: () => qc.invalidateQueries({ queryKey: settingsKeys.categoriesAll }),
  });
}
