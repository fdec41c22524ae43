//! Complaint categories: the starting list, renamed, extended or archived by the owner.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::case::category::STARTING_CATEGORIES;
use crate::case::{Category, CategoryInput};
use crate::error::Result;
use crate::time::to_ms;

use super::rows::found;

const COLUMNS: &str = "id, code, name, position, archived";

fn from_row(r: &Row) -> rusqlite::Result<Category> {
    Ok(Category { id: r.get(0)?, code: r.get(1)?, name: r.get(2)?, position: r.get(3)?, archived: r.get(4)? })
}

/// Adds any starting category not present yet (by code); idempotent.
pub fn seed_starting(conn: &Connection, now_ms: i64) -> Result<()> {
    for (position, code) in STARTING_CATEGORIES.iter().enumerate() {
        conn.execute(
            "INSERT INTO categories(id, code, name, position, archived, created_at, updated_at)
             VALUES (?1, ?2, NULL, ?3, 0, ?4, ?4) ON CONFLICT(code) DO NOTHING",
            params![super::new_id(), code, position as i64, now_ms],
        )?;
    }
    Ok(())
}

pub fn list(conn: &Connection, include_archived: bool) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM categories WHERE deleted_at IS NULL AND (archived = 0 OR ?1) ORDER BY position, rowid"
    ))?;
    let rows = stmt.query_map([include_archived], from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Category> {
    found(
        conn.query_row(&format!("SELECT {COLUMNS} FROM categories WHERE id = ?1 AND deleted_at IS NULL"), [id], from_row),
        "category",
        id,
    )
}

pub fn create(conn: &Connection, input: &CategoryInput, now: DateTime<Utc>) -> Result<Category> {
    let id = super::new_id();
    let position: i64 = conn.query_row("SELECT coalesce(max(position), -1) + 1 FROM categories", [], |r| r.get(0))?;
    conn.execute(
        "INSERT INTO categories(id, code, name, position, archived, created_at, updated_at)
         VALUES (?1, NULL, ?2, ?3, 0, ?4, ?4)",
        params![id, input.name.trim(), position, to_ms(now)],
    )?;
    get(conn, &id)
}

pub fn rename(conn: &Connection, id: &str, input: &CategoryInput, now: DateTime<Utc>) -> Result<Category> {
    get(conn, id)?;
    conn.execute(
        "UPDATE categories SET name = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, input.name.trim(), to_ms(now)],
    )?;
    get(conn, id)
}

pub fn set_archived(conn: &Connection, id: &str, archived: bool, now: DateTime<Utc>) -> Result<Category> {
    get(conn, id)?;
    conn.execute(
        "UPDATE categories SET archived = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, archived, to_ms(now)],
    )?;
    get(conn, id)
}
