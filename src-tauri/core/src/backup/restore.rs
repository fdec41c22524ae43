//! Putting a verified backup in place of the data folder's database and files, and the
//! recovery of a damaged database: the damaged file is moved aside, never overwritten or
//! deleted. Nothing here holds a connection; the caller has closed its own.
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::write::sync_dir;
use super::{inspect, BackupInfo, BACKUP_DATABASE, FILES_DIR};
use crate::desk::DATABASE_FILE;
use crate::error::{AmendsError, Result};

/// The companions of a WAL-mode database file.
const SIDE_FILES: [&str; 2] = ["-wal", "-shm"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecoveryReport {
    /// Where the damaged database now lies (its -wal/-shm beside it, if it had them).
    pub damaged_file: Option<String>,
    pub restored: BackupInfo,
}

/// Refuses a backup this version cannot open, before anything is touched.
pub fn check_restorable(info: &BackupInfo) -> Result<()> {
    let supported = crate::store::migrations::LATEST;
    if info.schema_version > supported {
        return Err(AmendsError::DatabaseTooNew { found: info.schema_version, supported });
    }
    Ok(())
}

fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err.into()),
        _ => Ok(()),
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut text = path.as_os_str().to_os_string();
    text.push(suffix);
    PathBuf::from(text)
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for rel in super::manifest::files_under(from)? {
        let (Some(src), Some(dst)) = (super::manifest::inside(from, &rel), super::manifest::inside(to, &rel)) else {
            continue;
        };
        if let Some(dir) = dst.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(&src, &dst)?;
        std::fs::File::open(&dst)?.sync_all()?;
    }
    Ok(())
}

/// Replaces the data folder's database and `files/` with the backup's. The database copy
/// is written beside the live one and renamed over it (atomic on one file system); the
/// old -wal/-shm go first, since SQLite would otherwise replay them onto the new file.
/// The old `files/` is renamed aside; `keep_old_files` leaves it there (recovery, where no
/// safety backup of it was made), otherwise it is removed once the new one is in place.
pub fn replace_data(data_dir: &Path, backup: &Path, now: DateTime<Utc>, keep_old_files: bool) -> Result<()> {
    std::fs::create_dir_all(data_dir)?;
    let live = data_dir.join(DATABASE_FILE);
    let incoming = data_dir.join(format!(".{DATABASE_FILE}.restoring"));
    std::fs::copy(backup.join(BACKUP_DATABASE), &incoming)?;
    std::fs::File::open(&incoming)?.sync_all()?;
    for suffix in SIDE_FILES {
        remove_if_present(&with_suffix(&live, suffix))?;
    }
    std::fs::rename(&incoming, &live)?;
    sync_dir(data_dir);

    let files = data_dir.join(FILES_DIR);
    let staged = data_dir.join(format!(".{FILES_DIR}.restoring"));
    if staged.exists() {
        std::fs::remove_dir_all(&staged)?;
    }
    std::fs::create_dir_all(&staged)?;
    copy_tree(&backup.join(FILES_DIR), &staged)?;
    let old = data_dir.join(format!("{FILES_DIR}.replaced-{}", now.format("%Y%m%dT%H%M%SZ")));
    if files.exists() {
        std::fs::rename(&files, &old)?;
    }
    std::fs::rename(&staged, &files)?;
    sync_dir(data_dir);
    if !keep_old_files && old.exists() {
        // Best effort: the safety backup already holds these files.
        let _ = std::fs::remove_dir_all(&old);
    }
    Ok(())
}

/// Moves `amends.db` (and its -wal/-shm) to `amends.db.damaged-<time>`; returns the new
/// path, or None when there was no database file.
pub fn move_damaged_aside(data_dir: &Path, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
    let live = data_dir.join(DATABASE_FILE);
    if !live.exists() {
        return Ok(None);
    }
    let base = format!("{DATABASE_FILE}.damaged-{}", now.format("%Y%m%dT%H%M%SZ"));
    let aside = super::free_path(data_dir, &base);
    for suffix in SIDE_FILES {
        let side = with_suffix(&live, suffix);
        if side.exists() {
            std::fs::rename(&side, with_suffix(&aside, suffix))?;
        }
    }
    std::fs::rename(&live, &aside)?;
    sync_dir(data_dir);
    Ok(Some(aside))
}

/// The recovery screen's action: verifies the chosen backup, moves the damaged database
/// aside and puts the backup in its place. The caller then opens a new `Desk`.
pub fn recover_from_backup(data_dir: &Path, backup: &Path, now: DateTime<Utc>) -> Result<RecoveryReport> {
    let restored = inspect(backup)?;
    check_restorable(&restored)?;
    let damaged = move_damaged_aside(data_dir, now)?;
    replace_data(data_dir, backup, now, true)?;
    Ok(RecoveryReport { damaged_file: damaged.map(|p| p.display().to_string()), restored })
}
