//! Backups: a folder holding a consistent copy of the database (SQLite's `VACUUM INTO`,
//! checked with `integrity_check` once written), every file under the data folder's
//! `files/` (attachments, letters), and `manifest.json` with each file's SHA-256.
//! Automatic ones live in `<data folder>/backups/` and are rotated; "Back up now" writes
//! wherever the owner chooses. A backup is always verified before it is restored.
pub mod check;
pub mod manifest;
pub mod restore;
pub mod rotation;
pub mod write;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use check::{check_data, CheckReport};
pub use manifest::{inspect, verify, Manifest, ManifestEntry};
pub use restore::{recover_from_backup, RecoveryReport};

/// Folder of the automatic and safety backups, inside the data folder.
pub const BACKUPS_DIR: &str = "backups";
/// Folder of attachments and letters, inside the data folder and inside a backup.
pub const FILES_DIR: &str = "files";
pub const MANIFEST_FILE: &str = "manifest.json";
/// The database's name inside a backup.
pub const BACKUP_DATABASE: &str = "amends.db";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupKind {
    /// Made by the app at start-up or daily; rotated.
    Automatic,
    /// "Back up now" to a place the owner chose.
    Manual,
    /// Made just before a restore, of the data the restore replaced.
    Safety,
}

impl BackupKind {
    /// Prefix of the folder name in `backups/`.
    pub fn prefix(self) -> &'static str {
        match self {
            BackupKind::Automatic => "auto",
            BackupKind::Manual => "amends-backup",
            BackupKind::Safety => "safety",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NewestCase {
    pub number: String,
    /// RFC 3339, UTC.
    pub received_at: String,
}

/// What the UI shows about a backup before restoring it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupInfo {
    /// The backup's folder.
    pub path: String,
    pub kind: BackupKind,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub app_version: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    #[ts(type = "number")]
    pub case_count: i64,
    pub newest_case: Option<NewestCase>,
    /// Attachments and letters (files besides the database).
    pub file_count: u32,
    #[ts(type = "number")]
    pub total_bytes: u64,
}

impl BackupInfo {
    pub fn from_manifest(path: &Path, m: &Manifest) -> BackupInfo {
        BackupInfo {
            path: path.display().to_string(),
            kind: m.kind,
            created_at: m.created_at.clone(),
            app_version: m.app_version.clone(),
            schema_version: m.schema_version,
            case_count: m.case_count,
            newest_case: m.newest_case.clone(),
            file_count: m.files.iter().filter(|f| f.path != BACKUP_DATABASE).count() as u32,
            total_bytes: m.files.iter().map(|f| f.size).sum(),
        }
    }

    pub fn created(&self) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(&self.created_at).ok().map(|at| at.with_timezone(&Utc))
    }
}

pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUPS_DIR)
}

/// The backups in `<data folder>/backups/`, newest first, read from their manifests
/// (not verified: see `verify`). Unfinished ones (dot-prefixed) and foreign folders are
/// left out.
pub fn list(data_dir: &Path) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(backups_dir(data_dir)) else { return Vec::new() };
    let mut found: Vec<BackupInfo> = entries
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| manifest::read(&e.path()).ok().map(|m| BackupInfo::from_manifest(&e.path(), &m)))
        .collect();
    found.sort_by(|a, b| b.created_at.cmp(&a.created_at));
    found
}

/// The newest backup in `backups/` that passes verification, if any.
pub fn newest_good(data_dir: &Path) -> Option<BackupInfo> {
    list(data_dir).into_iter().find(|b| inspect(Path::new(&b.path)).is_ok())
}

/// The error of a damaged database, with what the recovery screen offers.
pub fn damaged(data_dir: &Path, detail: String) -> crate::AmendsError {
    crate::AmendsError::DatabaseDamaged {
        detail,
        backups: list(data_dir),
        newest_good: newest_good(data_dir).map(|b| b.path),
    }
}

/// Folder name of a backup made at `at`: `auto-20261125T060000Z`.
pub fn folder_name(kind: BackupKind, at: DateTime<Utc>) -> String {
    format!("{}-{}", kind.prefix(), at.format("%Y%m%dT%H%M%SZ"))
}

/// `dir/name`, or `dir/name-2`, … if that is taken (two backups in one second).
pub fn free_path(dir: &Path, name: &str) -> PathBuf {
    let mut candidate = dir.join(name);
    let mut n = 2;
    while candidate.exists() {
        candidate = dir.join(format!("{name}-{n}"));
        n += 1;
    }
    candidate
}
