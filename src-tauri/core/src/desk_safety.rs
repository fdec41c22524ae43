//! The `Desk` methods of the data-safety layer: backups, restore, checks, and the
//! customer's privacy rights (export, forget). Kept apart from `desk.rs` so each file has
//! one job; the policies live in `backup` and `privacy`, the SQL in `store`.
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::backup::{self, restore, rotation, write, BackupInfo, BackupKind, CheckReport};
use crate::desk::{Desk, DATABASE_FILE};
use crate::error::Result;
use crate::privacy::{self, CustomerExport, ForgetReport};
use crate::store;
use crate::store::audit::{self, AuditEvent};

/// Who acts, until the app knows which staff member is at the keyboard.
const ACTOR: &str = "owner";
/// Audit code of a restore.
pub const ACTION_RESTORED: &str = "backup_restored";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RestoreReport {
    pub restored: BackupInfo,
    /// The copy of the data the restore replaced.
    pub safety: BackupInfo,
}

impl Desk {
    /// A backup folder at `dest`. The snapshot reads through a connection of its own (WAL
    /// lets it see one consistent state while the app keeps reading and writing), so
    /// copying a large database never holds up the screens.
    fn write_backup(&self, dest: &Path, kind: BackupKind) -> Result<BackupInfo> {
        let db = self.data_dir.join(crate::desk::DATABASE_FILE);
        write::create(&self.data_dir, dest, kind, self.clock.now(), |target| {
            let reader = rusqlite::Connection::open_with_flags(
                &db,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )?;
            reader.busy_timeout(std::time::Duration::from_secs(5))?;
            write::snapshot(&reader, target)
        })
    }

    /// "Back up now": into `dest` if it is a folder (a new `amends-backup-<time>` inside),
    /// else as the new folder `dest`.
    pub fn backup_to(&self, dest: &Path) -> Result<BackupInfo> {
        let target = if dest.is_dir() {
            backup::free_path(dest, &backup::folder_name(BackupKind::Manual, self.clock.now()))
        } else {
            dest.to_path_buf()
        };
        self.write_backup(&target, BackupKind::Manual)
    }

    /// Makes an automatic backup in `backups/` when one is due (see `rotation::is_due`),
    /// then drops the ones the rotation no longer keeps.
    pub fn backup_if_due(&self, at_startup: bool) -> Result<Option<BackupInfo>> {
        let now = self.clock.now();
        let times: Vec<DateTime<Utc>> = self.automatic_backups().iter().map(|(_, at)| *at).collect();
        if !rotation::is_due(rotation::newest_before(&times, now), now, at_startup) {
            return Ok(None);
        }
        let dir = backup::backups_dir(&self.data_dir);
        remove_interrupted(&dir);
        let dest = backup::free_path(&dir, &backup::folder_name(BackupKind::Automatic, now));
        let made = self.write_backup(&dest, BackupKind::Automatic)?;
        self.rotate_backups()?;
        Ok(Some(made))
    }

    fn automatic_backups(&self) -> Vec<(BackupInfo, DateTime<Utc>)> {
        backup::list(&self.data_dir)
            .into_iter()
            .filter(|b| b.kind == BackupKind::Automatic)
            .filter_map(|b| b.created().map(|at| (b, at)))
            .collect()
    }

    /// Deletes the automatic backups the policy no longer keeps; returns their paths.
    pub fn rotate_backups(&self) -> Result<Vec<String>> {
        let tz = store::cases::shop_tz(&self.conn())?;
        let autos = self.automatic_backups();
        let times: Vec<DateTime<Utc>> = autos.iter().map(|(_, at)| *at).collect();
        let mut removed = Vec::new();
        for ((info, _), keep) in autos.iter().zip(rotation::keep(&times, tz)) {
            if !keep {
                std::fs::remove_dir_all(&info.path)?;
                removed.push(info.path.clone());
            }
        }
        Ok(removed)
    }

    /// The backups in `backups/`, newest first.
    pub fn list_backups(&self) -> Vec<BackupInfo> {
        backup::list(&self.data_dir)
    }

    /// What a backup holds, after verifying it (refused with `backup_invalid` if damaged).
    pub fn inspect_backup(&self, path: &Path) -> Result<BackupInfo> {
        backup::inspect(path)
    }

    /// Replaces the data with a verified backup, after a safety backup of the current data.
    /// The connection's lock is held throughout, so no other action runs mid-restore.
    pub fn restore_backup(&self, path: &Path) -> Result<RestoreReport> {
        let restored = backup::inspect(path)?;
        restore::check_restorable(&restored)?;
        let now = self.clock.now();
        let mut conn = self.conn();
        let dest = backup::free_path(&backup::backups_dir(&self.data_dir), &backup::folder_name(BackupKind::Safety, now));
        let safety = write::create(&self.data_dir, &dest, BackupKind::Safety, now, |target| write::snapshot(&conn, target))?;
        // Close the live connection (an in-memory placeholder keeps the mutex filled): the
        // file must not be replaced under an open connection.
        let old = std::mem::replace(&mut *conn, Connection::open_in_memory()?);
        if let Err((old, err)) = old.close() {
            *conn = old;
            return Err(err.into());
        }
        let replaced = restore::replace_data(&self.data_dir, path, now, false);
        // Reopen whatever is in place now, even after a failed replace: the old file stays
        // until the rename, and the safety backup holds it in any case.
        *conn = store::open(&self.data_dir.join(DATABASE_FILE), true)?;
        replaced?;
        let detail = serde_json::json!({
            "backup_created_at": restored.created_at,
            "case_count": restored.case_count,
            "safety_backup": safety.path,
        });
        audit::record(&conn, now, ACTOR, ACTION_RESTORED, Some(("database", DATABASE_FILE)), &detail)?;
        Ok(RestoreReport { restored, safety })
    }

    /// Checks of the live database and of the newest backup.
    pub fn check(&self) -> Result<CheckReport> {
        backup::check_data(&self.data_dir)
    }

    /// Anonymises a customer across all their cases (the UI asks for confirmation first),
    /// in one transaction with its audit event.
    pub fn forget_customer(&self, id: &str) -> Result<ForgetReport> {
        let now = self.clock.now();
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let cases = store::forget::anonymise(&tx, id, now)?;
        let detail = serde_json::json!({ "cases": cases });
        audit::record(&tx, now, ACTOR, privacy::ACTION_FORGOTTEN, Some(("customer", id)), &detail)?;
        tx.commit()?;
        Ok(ForgetReport { customer_id: id.to_string(), cases: cases as u32 })
    }

    /// Everything held about one customer, for an access request; the export is recorded.
    pub fn export_customer(&self, id: &str) -> Result<CustomerExport> {
        let now = self.clock.now();
        let conn = self.conn();
        let export = privacy::export_customer(&conn, id, crate::time::rfc3339_utc(crate::time::to_ms(now)))?;
        let detail = serde_json::json!({ "cases": export.cases.len() });
        audit::record(&conn, now, ACTOR, privacy::ACTION_EXPORTED, Some(("customer", id)), &detail)?;
        Ok(export)
    }

    /// The export written as JSON to `path` (the save dialog's choice): the webview cannot
    /// write files itself. Returns how many cases it holds.
    pub fn export_customer_to_file(&self, id: &str, path: &Path) -> Result<u32> {
        let export = self.export_customer(id)?;
        std::fs::write(path, serde_json::to_vec_pretty(&export)?)?;
        Ok(export.cases.len() as u32)
    }

    pub fn audit_events(&self) -> Result<Vec<AuditEvent>> {
        audit::list(&self.conn())
    }

    /// Test hook: caps the database's size in pages, so a write fails exactly as on a full
    /// disk (SQLite's `SQLITE_FULL`) where a small file system cannot be mounted.
    #[doc(hidden)]
    pub fn limit_database_pages(&self, pages: u32) -> Result<u32> {
        Ok(self.conn().pragma_update_and_check(None, "max_page_count", pages, |r| r.get(0))?)
    }
}

impl Desk {
    /// The start-up `quick_check`, on a read-only connection of its own so the first
    /// screen's queries are not held up behind it. A damaged file gives `database_damaged`
    /// with the backups the recovery screen can offer.
    pub fn startup_check(&self) -> Result<()> {
        let path = self.data_dir.join(crate::desk::DATABASE_FILE);
        let conn = rusqlite::Connection::open_with_flags(
            &path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let problems = match store::run_check(&conn, false) {
            Ok(problems) => problems,
            Err(err) if store::is_damage(&err) => vec![err.to_string()],
            Err(err) => return Err(err),
        };
        if problems.is_empty() {
            Ok(())
        } else {
            Err(crate::backup::damaged(&self.data_dir, problems.join("; ")))
        }
    }
}

/// Staging folders (`.NAME.partial`) of automatic backups cut short by a crash or a kill:
/// never valid, so removed before the next one. Best effort; a leftover is only space.
fn remove_interrupted(backups_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(backups_dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') && name.ends_with(".partial") {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
