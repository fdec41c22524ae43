// Reads the `database_damaged` error's params (see core error.rs: detail, backups,
// newest_good) into what the recovery screen shows.
import type { BackupInfo, ErrorPayload } from "../bindings";

export interface DamagedDatabase {
  detail: string;
  backups: BackupInfo[];
  /** The newest backup that passed verification, if any. */
  newestGood: BackupInfo | null;
}

function isBackupInfo(value: unknown): value is BackupInfo {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.path === "string" && typeof v.created_at === "string" && typeof v.case_count === "number";
}

export function readDamaged(error: ErrorPayload): DamagedDatabase | null {
  if (error.code !== "database_damaged") return null;
  const params = error.params ?? {};
  const backups = Array.isArray(params.backups) ? params.backups.filter(isBackupInfo) : [];
  const newestPath = typeof params.newest_good === "string" ? params.newest_good : null;
  return {
    detail: typeof params.detail === "string" ? params.detail : "",
    backups,
    newestGood: backups.find((b) => b.path === newestPath) ?? null,
  };
}
