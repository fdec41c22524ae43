// Query hooks for backups, restore, recovery and the customer's privacy rights.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { safetyApi } from "../bridge/safety";
import { customerKeys } from "./customers";

export const safetyKeys = {
  backups: ["backups"] as const,
  dataFolder: ["data-folder"] as const,
  startupCheck: ["startup-check"] as const,
};

/** Asked once the app is drawn; a recovery invalidates it, so it is asked again. */
export function useStartupCheck(enabled: boolean) {
  return useQuery({
    queryKey: safetyKeys.startupCheck,
    queryFn: safetyApi.startupCheck,
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

export function useBackups() {
  return useQuery({ queryKey: safetyKeys.backups, queryFn: safetyApi.listBackups });
}

export function useDataFolder(enabled = true) {
  return useQuery({ queryKey: safetyKeys.dataFolder, queryFn: safetyApi.dataFolder, enabled, staleTime: Infinity });
}

export function useInspectBackup() {
  return useMutation({ mutationFn: (path: string) => safetyApi.inspectBackup(path) });
}

export function useBackupNow() {
  return useMutation({ mutationFn: (dest: string) => safetyApi.backupNow(dest) });
}

/** A restore replaces every record, so every cached query is stale afterwards. */
export function useRestoreBackup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => safetyApi.restoreBackup(path),
    onSuccess: () => qc.invalidateQueries(),
  });
}

/** After recovery the desk is open again: refetching everything lets Boot start normally. */
export function useRecoverFromBackup() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => safetyApi.recoverFromBackup(path),
    onSuccess: () => qc.invalidateQueries(),
  });
}

export function useForgetCustomer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => safetyApi.forgetCustomer(id),
    // The name disappears from the case list and case pages as well.
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: customerKeys.all });
      await qc.invalidateQueries({ queryKey: ["cases"] });
    },
  });
}

export function useExportCustomer() {
  return useMutation({
    mutationFn: ({ id, path }: { id: string; path: string }) => safetyApi.exportCustomerToFile(id, path),
  });
}
