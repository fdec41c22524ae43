// Backups, restore, recovery and the customer's privacy rights: typed wrappers of
// src-tauri/src/commands/safety.rs.
import type { BackupInfo, CheckReport, ForgetReport, RecoveryReport, RestoreReport } from "../bindings";
import { call } from "./invoke";

export const safetyApi = {
  /** The data folder, known even when the database could not be opened. */
  dataFolder: () => call<string>("data_folder"),
  /** Automatic and safety backups in the data folder, newest first (not yet verified). */
  listBackups: () => call<BackupInfo[]>("list_backups"),
  /** Verifies a backup folder and says what it holds; rejects with backup_invalid. */
  inspectBackup: (path: string) => call<BackupInfo>("inspect_backup", { path }),
  backupNow: (dest: string) => call<BackupInfo>("backup_now", { dest }),
  restoreBackup: (path: string) => call<RestoreReport>("restore_backup", { path }),
  recoverFromBackup: (path: string) => call<RecoveryReport>("recover_from_backup", { path }),
  checkData: () => call<CheckReport>("check_data"),
  /** The start-up quick_check's outcome (it runs beside the first screen); rejects with
   * database_damaged when the file is damaged. */
  startupCheck: () => call<null>("startup_check"),
  forgetCustomer: (id: string) => call<ForgetReport>("forget_customer", { id }),
  /** Writes the customer's export as JSON to `path`; returns how many cases it holds. */
  exportCustomerToFile: (id: string, path: string) => call<number>("export_customer_to_file", { id, path }),
};
