//! Staff members. Never removed while cases refer to them: deactivated instead.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::case::{Staff, StaffInput};
use crate::error::Result;
use crate::time::{rfc3339_utc, to_ms};

use super::rows::{clean, found};

const COLUMNS: &str = "id, name, role, active, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Staff> {
    Ok(Staff {
        id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
        active: r.get(3)?,
        created_at: rfc3339_utc(r.get(4)?),
        updated_at: rfc3339_utc(r.get(5)?),
    })
}

pub fn list(conn: &Connection, include_inactive: bool) -> Result<Vec<Staff>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM staff WHERE deleted_at IS NULL AND (active = 1 OR ?1)
         ORDER BY active DESC, name COLLATE NOCASE"
    ))?;
    let rows = stmt.query_map([include_inactive], from_row)?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
}

pub fn get(conn: &Connection, id: &str) -> Result<Staff> {
    found(
        conn.query_row(&format!("SELECT {COLUMNS} FROM staff WHERE id = ?1 AND deleted_at IS NULL"), [id], from_row),
        "staff",
        id,
    )
}

pub fn create(conn: &Connection, input: &StaffInput, now: DateTime<Utc>) -> Result<Staff> {
    let id = super::new_id();
    conn.execute(
        "INSERT INTO staff(id, name, role, active, created_at, updated_at) VALUES (?1, ?2, ?3, 1, ?4, ?4)",
        params![id, input.name.trim(), clean(input.role.clone()), to_ms(now)],
    )?;
    get(conn, &id)
}

pub fn update(conn: &Connection, id: &str, input: &StaffInput, now: DateTime<Utc>) -> Result<Staff> {
    get(conn, id)?;
    conn.execute(
        "UPDATE staff SET name = ?2, role = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, input.name.trim(), clean(input.role.clone()), to_ms(now)],
    )?;
    get(conn, id)
}

pub fn set_active(conn: &Connection, id: &str, active: bool, now: DateTime<Utc>) -> Result<Staff> {
    get(conn, id)?;
    conn.execute("UPDATE staff SET active = ?2, updated_at = ?3 WHERE id = ?1", params![id, active, to_ms(now)])?;
    get(conn, id)
}
