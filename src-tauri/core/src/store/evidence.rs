//! Rows of attached files; the files themselves live under `evidence/` (see `evidence`).
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, Row};

use crate::error::Result;
use crate::evidence::EvidenceItem;
use crate::time::{rfc3339_in, to_ms};

use super::rows::found;

const COLUMNS: &str = "id, case_id, file_name, mime, size, sha256, created_at";

fn item(r: &Row, tz: Tz) -> rusqlite::Result<EvidenceItem> {
    Ok(EvidenceItem {
        id: r.get(0)?,
        case_id: r.get(1)?,
        file_name: r.get(2)?,
        mime: r.get(3)?,
        size: r.get(4)?,
        sha256: r.get(5)?,
        created_at: rfc3339_in(r.get(6)?, tz),
        thumbnail: None,
    })
}

pub fn insert(conn: &Connection, case_id: &str, file_name: &str, mime: &str, size: i64, sha256: &str, now: DateTime<Utc>) -> Result<String> {
    let id = super::new_id();
    conn.execute(
        "INSERT INTO evidence(id, case_id, sha256, file_name, mime, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, case_id, sha256, file_name, mime, size, to_ms(now)],
    )?;
    Ok(id)
}

pub fn list(conn: &Connection, case_id: &str, tz: Tz) -> Result<Vec<EvidenceItem>> {
    let sql = format!("SELECT {COLUMNS} FROM evidence WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let items = stmt.query_map([case_id], |r| item(r, tz))?.collect::<rusqlite::Result<_>>()?;
    Ok(items)
}

pub fn get(conn: &Connection, id: &str, tz: Tz) -> Result<EvidenceItem> {
    let sql = format!("SELECT {COLUMNS} FROM evidence WHERE id = ?1 AND deleted_at IS NULL");
    found(conn.query_row(&sql, [id], |r| item(r, tz)), "evidence", id)
}

pub fn remove(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE evidence SET deleted_at = ?2 WHERE id = ?1", params![id, to_ms(now)])?;
    Ok(())
}
