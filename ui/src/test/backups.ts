// Sample backups for the data-safety tests, shaped by the generated bindings.
import type { BackupInfo } from "../bindings";

export function backupInfo(overrides: Partial<BackupInfo> = {}): BackupInfo {
  return {
    path: "/data/backups/auto-20261120T060000Z",
    kind: "automatic",
    created_at: "2026-11-20T06:00:00Z",
    app_version: "0.1.0",
    schema_version: 2,
    case_count: 42,
    newest_case: { number: "2026-0042", received_at: "2026-11-19T15:30:00Z" },
    file_count: 3,
    total_bytes: 3 * 1024 * 1024,
    ...overrides,
  };
}
