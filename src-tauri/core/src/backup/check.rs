//! `amends-cli check`: the live database's quick and full checks, and the verification of
//! the newest backup in `backups/`. Opens its own connection (no migrations, no writes of
//! its own), so it works on a database too damaged for a `Desk`.
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{list, verify, BackupInfo};
use crate::desk::DATABASE_FILE;
use crate::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckReport {
    pub database: String,
    /// Problems found by `PRAGMA quick_check` (empty: none).
    pub quick_check: Vec<String>,
    /// Problems found by `PRAGMA integrity_check` (empty: none).
    pub integrity_check: Vec<String>,
    pub latest_backup: Option<BackupInfo>,
    pub latest_backup_problems: Vec<String>,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.quick_check.is_empty() && self.integrity_check.is_empty() && self.latest_backup_problems.is_empty()
    }
}

fn checks(db: &Path) -> (Vec<String>, Vec<String>) {
    if !db.exists() {
        return (vec!["no database file".into()], vec!["no database file".into()]);
    }
    // Read-write (never creating) when allowed: after a crash the file may carry a hot
    // journal or WAL that SQLite must roll back or recover before any read, and a
    // read-only connection cannot ("attempt to write a readonly database"). The recovery
    // only restores the last committed state; the checks themselves write nothing.
    let open = |flags| Connection::open_with_flags(db, flags | OpenFlags::SQLITE_OPEN_NO_MUTEX);
    let conn = match open(OpenFlags::SQLITE_OPEN_READ_WRITE).or_else(|_| open(OpenFlags::SQLITE_OPEN_READ_ONLY)) {
        Ok(conn) => conn,
        Err(err) => return (vec![err.to_string()], vec![err.to_string()]),
    };
    let run = |full| crate::store::run_check(&conn, full).unwrap_or_else(|err| vec![err.to_string()]);
    (run(false), run(true))
}

pub fn check_data(data_dir: &Path) -> Result<CheckReport> {
    let db = data_dir.join(DATABASE_FILE);
    let (quick_check, integrity_check) = checks(&db);
    let latest = list(data_dir).into_iter().next();
    let latest_backup_problems = match &latest {
        Some(info) => match verify(Path::new(&info.path)) {
            Ok((_, problems)) => problems,
            Err(err) => vec![err.to_string()],
        },
        None => Vec::new(),
    };
    Ok(CheckReport {
        database: db.display().to_string(),
        quick_check,
        integrity_check,
        latest_backup: latest,
        latest_backup_problems,
    })
}
