//! The only module that speaks SQL: connection setup, migrations and one repository per
//! table.
pub mod audit;
pub mod case_state;
pub mod cases;
pub mod categories;
pub mod customers;
pub mod events;
pub mod evidence;
pub mod forget;
pub mod ledger;
pub mod letters;
pub mod migrations;
pub mod rows;
pub mod search;
pub mod shop;
pub mod staff;
pub mod steps;
pub mod targets;
pub mod today;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{AmendsError, Result};

/// How long a writer waits for another (the CLI beside the app, a backup) before `busy`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens the database file, refuses one written by a newer version *before* changing
/// anything in it, runs `quick_check` when `check` is set, then sets the pragmas and brings
/// the schema up to date. The app opens without the check and runs it beside the first
/// screen (`Desk::startup_check`): on a large file it takes seconds.
pub fn open(path: &Path, check: bool) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Reading user_version writes nothing; the WAL switch below would rewrite the header.
    let found = migrations::current_version(&conn)?;
    if found > migrations::LATEST {
        return Err(AmendsError::DatabaseTooNew { found, supported: migrations::LATEST });
    }
    // A damaged file is reported before anything writes to it, so it can be moved aside
    // intact (see `backup::restore::recover`).
    let problems = if check { run_check(&conn, false)? } else { Vec::new() };
    if !problems.is_empty() {
        return Err(AmendsError::DatabaseDamaged { detail: problems.join("; "), backups: vec![], newest_good: None });
    }
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // The default cache of 16 prepared statements is smaller than one checklist act uses
    // (steps, events, clocks, search), so statements were compiled again and again.
    conn.set_prepared_statement_cache_capacity(128);
    migrations::migrate(&mut conn, migrations::LATEST)?;
    Ok(conn)
}

/// Runs `PRAGMA quick_check` (fast: pages and structure) or `integrity_check` (also
/// indexes against tables); returns the problems found, empty when the file is sound.
pub fn run_check(conn: &Connection, full: bool) -> Result<Vec<String>> {
    let sql = if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" };
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let lines = rows.collect::<Result<Vec<_>, _>>()?;
    Ok(lines.into_iter().filter(|line| line != "ok").collect())
}

/// Whether an error means the file itself is damaged (rather than busy, full, too new…).
pub fn is_damage(err: &AmendsError) -> bool {
    match err {
        AmendsError::DatabaseDamaged { .. } => true,
        AmendsError::Database(e) => matches!(
            e.sqlite_error_code(),
            Some(rusqlite::ErrorCode::DatabaseCorrupt) | Some(rusqlite::ErrorCode::NotADatabase)
        ),
        _ => false,
    }
}

/// A fresh UUID v7: time-ordered, so keys from several PCs merge and sort well.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
