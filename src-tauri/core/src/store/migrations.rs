//! Versioned schema migrations. `PRAGMA user_version` holds the number of migrations
//! applied; each runs in its own transaction together with the version bump, so a crash
//! leaves the database at the last whole version. Never edit a shipped migration: add one.
use rusqlite::Connection;

use crate::error::Result;

/// One step of the schema's history.
pub struct Migration {
    pub version: i64,
    pub description: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, description: "case register tables", sql: include_str!("sql/0001_register.sql") },
    Migration { version: 2, description: "full-text search of cases and customers", sql: include_str!("sql/0002_search.sql") },
    Migration { version: 3, description: "append-only audit of privacy and restore acts", sql: include_str!("sql/0003_audit.sql") },
    Migration { version: 4, description: "checklist, timeline, evidence, compensation, corrective actions", sql: include_str!("sql/0004_checklist.sql") },
    Migration { version: 5, description: "moments and indexes of the monthly review", sql: include_str!("sql/0005_stats.sql") },
    Migration { version: 6, description: "closing letters and the owner's letter phrases", sql: include_str!("sql/0006_letters.sql") },
    Migration { version: 7, description: "tallies and closings kept for the monthly review", sql: include_str!("sql/0007_review_tallies.sql") },
];

pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Applies every migration above the current version up to `target`.
pub fn migrate(conn: &mut Connection, target: i64) -> Result<()> {
    let current = current_version(conn)?;
    for migration in MIGRATIONS.iter().filter(|m| m.version > current && m.version <= target) {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        if migration.version == 2 {
            // The search index of rows written before it existed.
            super::search::rebuild(&tx)?;
        }
        if migration.version == 5 {
            // Cases written before the checklist (or before the review's columns) get their
            // status, clocks and moments; done here, not at version 4, because refreshing
            // writes the columns version 5 adds.
            super::case_state::refresh_every(&tx)?;
        }
        if migration.version == 7 {
            crate::stats::derived::rebuild(&tx)?;
        }
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('written_by', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [env!("CARGO_PKG_VERSION")],
        )?;
        tx.commit()?;
    }
    Ok(())
}
