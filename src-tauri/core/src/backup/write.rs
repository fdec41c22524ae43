//! Writing one backup folder. It is built under a dot-prefixed temporary name and renamed
//! into place only once complete, checked and hashed, so an interrupted backup is never
//! mistaken for a good one.
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::manifest::{self, Manifest, ManifestEntry};
use super::{BackupInfo, BackupKind, NewestCase, BACKUP_DATABASE, FILES_DIR};
use crate::error::{AmendsError, Result};
use crate::time::{rfc3339_utc, to_ms};

/// Copies the live database into `target` with `VACUUM INTO`: a consistent snapshot taken
/// inside one read transaction, so writers are never seen half-done.
pub fn snapshot(conn: &Connection, target: &Path) -> Result<()> {
    let target_text = target.to_str().ok_or_else(|| AmendsError::invalid("path", "path_not_unicode"))?;
    conn.execute("VACUUM INTO ?1", [target_text])?;
    // VACUUM INTO leaves syncing to the OS; a backup must survive a power cut after this.
    std::fs::File::open(target)?.sync_all()?;
    Ok(())
}

/// Makes a backup folder at `dest` (which must not exist yet). `take_snapshot` writes the
/// database copy to the path it is given (the caller holds the connection's lock only for
/// that); attachments and letters are copied after it.
pub fn create(
    data_dir: &Path,
    dest: &Path,
    kind: BackupKind,
    now: DateTime<Utc>,
    take_snapshot: impl FnOnce(&Path) -> Result<()>,
) -> Result<BackupInfo> {
    if dest.exists() {
        return Err(AmendsError::invalid("path", "already_exists"));
    }
    let parent = dest.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "backup".into());
    let staging = parent.join(format!(".{name}.partial"));
    if staging.exists() {
        std::fs::remove_dir_all(&staging)?;
    }
    std::fs::create_dir_all(&staging)?;
    let result = fill(data_dir, &staging, kind, now, take_snapshot).and_then(|m| {
        std::fs::rename(&staging, dest)?;
        sync_dir(parent);
        Ok(BackupInfo::from_manifest(dest, &m))
    });
    if result.is_err() {
        // Best effort: a leftover is dot-prefixed and never listed or restored anyway.
        let _ = std::fs::remove_dir_all(&staging);
    }
    result
}

fn fill(
    data_dir: &Path,
    staging: &Path,
    kind: BackupKind,
    now: DateTime<Utc>,
    take_snapshot: impl FnOnce(&Path) -> Result<()>,
) -> Result<Manifest> {
    let db_copy = staging.join(BACKUP_DATABASE);
    take_snapshot(&db_copy)?;
    let problems = manifest::check_database(&db_copy);
    if !problems.is_empty() {
        return Err(AmendsError::BackupInvalid { path: staging.display().to_string(), problems });
    }
    let (schema_version, case_count, newest_case) = describe(&db_copy)?;
    let mut files = vec![entry(staging, BACKUP_DATABASE)?];
    let source = data_dir.join(FILES_DIR);
    for rel in manifest::files_under(&source)? {
        let (Some(from), Some(to)) = (manifest::inside(&source, &rel), manifest::inside(&staging.join(FILES_DIR), &rel)) else {
            continue;
        };
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::copy(&from, &to)?;
        std::fs::File::open(&to)?.sync_all()?;
        // Hash the copy as written, not the source: the manifest vouches for the backup.
        files.push(entry(staging, &format!("{FILES_DIR}/{rel}"))?);
    }
    let manifest = Manifest {
        format: manifest::FORMAT_NAME.to_string(),
        version: manifest::FORMAT_VERSION,
        kind,
        created_at: rfc3339_utc(to_ms(now)),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        schema_version,
        case_count,
        newest_case,
        files,
    };
    manifest::write(staging, &manifest)?;
    Ok(manifest)
}

fn entry(dir: &Path, rel: &str) -> Result<ManifestEntry> {
    let path: PathBuf = manifest::inside(dir, rel).ok_or_else(|| AmendsError::invalid("path", "invalid_path"))?;
    let (size, sha256) = manifest::sha256_file(&path)?;
    Ok(ManifestEntry { path: rel.to_string(), size, sha256 })
}

/// Schema version, live case count and newest case of a database file, read-only.
pub fn describe(db: &Path) -> Result<(i64, i64, Option<NewestCase>)> {
    let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    let version = crate::store::migrations::current_version(&conn)?;
    let has_cases: bool =
        conn.query_row("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'cases'", [], |r| r.get(0))?;
    if !has_cases {
        return Ok((version, 0, None));
    }
    let count: i64 = conn.query_row("SELECT count(*) FROM cases WHERE deleted_at IS NULL", [], |r| r.get(0))?;
    let newest = conn
        .query_row(
            "SELECT number, received_at FROM cases WHERE deleted_at IS NULL
             ORDER BY received_at DESC, seq DESC LIMIT 1",
            [],
            |r| Ok(NewestCase { number: r.get(0)?, received_at: rfc3339_utc(r.get(1)?) }),
        )
        .optional()?;
    Ok((version, count, newest))
}

/// Makes a rename durable (best effort: not every platform can open a directory).
pub fn sync_dir(dir: &Path) {
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
}
