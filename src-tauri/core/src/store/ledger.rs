//! The compensation ledger and the corrective actions of cases.
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, Row};

use crate::case::compensation::ParsedCompensation;
use crate::case::{CompensationInput, CompensationItem, CorrectiveAction, CorrectiveInput, StaffRef};
use crate::error::Result;
use crate::time::{rfc3339_in, to_ms};

use super::rows::{clean, found};

// ---- compensation ----------------------------------------------------------------------

const COMPENSATION_COLUMNS: &str =
    "id, case_id, kind, value_minor, how_to_use, voucher_code, valid_until, redeemed_at, created_at";

fn compensation(r: &Row, tz: Tz) -> rusqlite::Result<CompensationItem> {
    let kind: String = r.get(2)?;
    Ok(CompensationItem {
        id: r.get(0)?,
        case_id: r.get(1)?,
        kind: crate::checklist::CompensationKind::from_code(&kind).unwrap_or(crate::checklist::CompensationKind::Gift),
        value_minor: r.get(3)?,
        how_to_use: r.get(4)?,
        voucher_code: r.get(5)?,
        valid_until: r.get(6)?,
        redeemed_at: r.get::<_, Option<i64>>(7)?.map(|ms| rfc3339_in(ms, tz)),
        created_at: rfc3339_in(r.get(8)?, tz),
    })
}

pub fn compensations(conn: &Connection, case_id: &str, tz: Tz) -> Result<Vec<CompensationItem>> {
    let sql = format!(
        "SELECT {COMPENSATION_COLUMNS} FROM compensations WHERE case_id = ?1 AND deleted_at IS NULL ORDER BY created_at, id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let items = stmt.query_map([case_id], |r| compensation(r, tz))?.collect::<rusqlite::Result<_>>()?;
    Ok(items)
}

pub fn compensation_by_id(conn: &Connection, id: &str, tz: Tz) -> Result<CompensationItem> {
    let sql = format!("SELECT {COMPENSATION_COLUMNS} FROM compensations WHERE id = ?1 AND deleted_at IS NULL");
    found(conn.query_row(&sql, [id], |r| compensation(r, tz)), "compensation", id)
}

/// The live total of a case, leaving out one item (the one being edited).
pub fn compensation_total(conn: &Connection, case_id: &str, except: Option<&str>) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(sum(value_minor), 0) FROM compensations
         WHERE case_id = ?1 AND deleted_at IS NULL AND id IS NOT ?2",
        params![case_id, except],
        |r| r.get(0),
    )?)
}

pub fn insert_compensation(
    conn: &Connection,
    case_id: &str,
    input: &CompensationInput,
    parsed: &ParsedCompensation,
    now: DateTime<Utc>,
) -> Result<String> {
    let id = super::new_id();
    conn.execute(
        "INSERT INTO compensations(id, case_id, kind, value_minor, how_to_use, voucher_code,
                                   valid_until, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id, case_id, input.kind.code(), parsed.value_minor, clean(input.how_to_use.clone()),
            clean(input.voucher_code.clone()), parsed.valid_until.map(|d| d.to_string()), to_ms(now)
        ],
    )?;
    Ok(id)
}

pub fn update_compensation(
    conn: &Connection,
    id: &str,
    input: &CompensationInput,
    parsed: &ParsedCompensation,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE compensations SET kind = ?2, value_minor = ?3, how_to_use = ?4, voucher_code = ?5,
                valid_until = ?6, updated_at = ?7
         WHERE id = ?1 AND deleted_at IS NULL",
        params![
            id, input.kind.code(), parsed.value_minor, clean(input.how_to_use.clone()),
            clean(input.voucher_code.clone()), parsed.valid_until.map(|d| d.to_string()), to_ms(now)
        ],
    )?;
    Ok(())
}

pub fn set_redeemed(conn: &Connection, id: &str, at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE compensations SET redeemed_at = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, at.map(to_ms), to_ms(now)],
    )?;
    Ok(())
}

pub fn remove_compensation(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE compensations SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, to_ms(now)])?;
    Ok(())
}

// ---- corrective actions ----------------------------------------------------------------

const CORRECTIVE_COLUMNS: &str = "a.id, a.case_id, c.number, a.description, a.owner_id, s.name, a.due_date,
     a.done_at, a.created_at";
const CORRECTIVE_FROM: &str = "FROM corrective_actions a JOIN cases c ON c.id = a.case_id
     LEFT JOIN staff s ON s.id = a.owner_id";

fn corrective(r: &Row, tz: Tz, today: NaiveDate) -> rusqlite::Result<CorrectiveAction> {
    let due: Option<String> = r.get(6)?;
    let done: Option<i64> = r.get(7)?;
    let overdue = done.is_none()
        && due.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).is_some_and(|d| d < today);
    Ok(CorrectiveAction {
        id: r.get(0)?,
        case_id: r.get(1)?,
        case_number: r.get(2)?,
        description: r.get(3)?,
        owner: match (r.get::<_, Option<String>>(4)?, r.get::<_, Option<String>>(5)?) {
            (Some(id), Some(name)) => Some(StaffRef { id, name }),
            _ => None,
        },
        due_date: due,
        done_at: done.map(|ms| rfc3339_in(ms, tz)),
        overdue,
        created_at: rfc3339_in(r.get(8)?, tz),
    })
}

pub fn correctives(conn: &Connection, case_id: &str, tz: Tz, today: NaiveDate) -> Result<Vec<CorrectiveAction>> {
    let sql = format!(
        "SELECT {CORRECTIVE_COLUMNS} {CORRECTIVE_FROM} WHERE a.case_id = ?1 AND a.deleted_at IS NULL ORDER BY a.created_at, a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let items = stmt.query_map([case_id], |r| corrective(r, tz, today))?.collect::<rusqlite::Result<_>>()?;
    Ok(items)
}

/// Corrective actions across all live cases: the open ones (earliest due first, undated
/// last; with `due_by`, only those due by that day), or all of them, newest first.
pub fn all_correctives(
    conn: &Connection,
    open_only: bool,
    due_by: Option<NaiveDate>,
    tz: Tz,
    today: NaiveDate,
    limit: u32,
) -> Result<Vec<CorrectiveAction>> {
    let read = |sql: &str, values: &[&dyn rusqlite::ToSql]| -> Result<Vec<CorrectiveAction>> {
        let mut stmt = conn.prepare_cached(sql)?;
        let items = stmt.query_map(values, |r| corrective(r, tz, today))?.collect::<rusqlite::Result<_>>()?;
        Ok(items)
    };
    if !open_only {
        let sql = format!(
            "SELECT {CORRECTIVE_COLUMNS} {CORRECTIVE_FROM}
             WHERE a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.created_at DESC LIMIT ?1"
        );
        return read(&sql, &[&limit]);
    }
    // Dated and undated in two passes, so the dated ones come straight from the partial
    // index of open actions in due order instead of sorting every open action.
    let last_day = due_by.map(|d| d.to_string()).unwrap_or_else(|| "9999-12-31".into());
    let open = "a.deleted_at IS NULL AND a.done_at IS NULL AND c.deleted_at IS NULL";
    let sql = format!(
        "SELECT {CORRECTIVE_COLUMNS} {CORRECTIVE_FROM}
         WHERE {open} AND a.due_date IS NOT NULL AND a.due_date <= ?1
         ORDER BY a.due_date, a.created_at LIMIT ?2"
    );
    let mut items = read(&sql, &[&last_day, &limit])?;
    let room = limit.saturating_sub(items.len() as u32);
    if due_by.is_none() && room > 0 {
        let sql = format!(
            "SELECT {CORRECTIVE_COLUMNS} {CORRECTIVE_FROM}
             WHERE {open} AND a.due_date IS NULL ORDER BY a.created_at LIMIT ?1"
        );
        items.extend(read(&sql, &[&room])?);
    }
    Ok(items)
}

pub fn corrective_by_id(conn: &Connection, id: &str, tz: Tz, today: NaiveDate) -> Result<CorrectiveAction> {
    let sql = format!("SELECT {CORRECTIVE_COLUMNS} {CORRECTIVE_FROM} WHERE a.id = ?1 AND a.deleted_at IS NULL");
    found(conn.query_row(&sql, [id], |r| corrective(r, tz, today)), "corrective_action", id)
}

pub fn insert_corrective(
    conn: &Connection,
    case_id: &str,
    input: &CorrectiveInput,
    due: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<String> {
    let id = super::new_id();
    conn.execute(
        "INSERT INTO corrective_actions(id, case_id, description, owner_id, due_date, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![id, case_id, input.description.trim(), clean(input.owner_id.clone()), due.map(|d| d.to_string()), to_ms(now)],
    )?;
    Ok(id)
}

pub fn update_corrective(
    conn: &Connection,
    id: &str,
    input: &CorrectiveInput,
    due: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE corrective_actions SET description = ?2, owner_id = ?3, due_date = ?4, updated_at = ?5
         WHERE id = ?1 AND deleted_at IS NULL",
        params![id, input.description.trim(), clean(input.owner_id.clone()), due.map(|d| d.to_string()), to_ms(now)],
    )?;
    Ok(())
}

pub fn set_corrective_done(conn: &Connection, id: &str, done: bool, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE corrective_actions SET done_at = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, done.then(|| to_ms(now)), to_ms(now)],
    )?;
    Ok(())
}

pub fn remove_corrective(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE corrective_actions SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, to_ms(now)])?;
    Ok(())
}

/// The case an item belongs to (live items only).
pub fn case_of(conn: &Connection, table: &'static str, id: &str) -> Result<String> {
    let entity = if table == "compensations" { "compensation" } else { "corrective_action" };
    let sql = format!("SELECT case_id FROM {table} WHERE id = ?1 AND deleted_at IS NULL");
    found(conn.query_row(&sql, [id], |r| r.get(0)), entity, id)
}
