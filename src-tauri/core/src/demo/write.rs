//! The demo's writer: stores one simulated case's rows through the connection. Runs on the
//! thread that holds the transaction while the next cases are being simulated.
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::store::cases::{insert_settled, NewCaseRow};
use crate::store::search::assign_key;

use super::generate::CaseBatch;

/// Writes a case, its steps, timeline, corrective actions and compensation; returns the
/// case's search key (its text is indexed after all the cases).
pub(super) fn write_case(conn: &Connection, batch: &CaseBatch, currency: &str) -> Result<i64> {
    let row = NewCaseRow {
        id: &batch.id,
        year: batch.year,
        seq: batch.seq,
        customer_id: &batch.customer_id,
        currency,
        status: batch.state.status,
        due_at: batch.state.due_at,
        created: batch.created,
        updated: batch.created,
    };
    let progress = &batch.progress;
    let rowid = insert_settled(conn, &row, &batch.input, &batch.parsed, &batch.state, progress.reopened)?;
    let key = assign_key(conn, rowid, crate::time::to_ms(batch.parsed.received_at), None)?;
    crate::store::steps::insert_rows(conn, &batch.id, &batch.steps)?;
    for event in &progress.events {
        crate::store::events::insert(conn, event)?;
    }
    for action in &progress.corrective {
        insert_corrective(conn, &batch.id, action)?;
    }
    for item in &progress.compensations {
        insert_compensation(conn, &batch.id, item)?;
    }
    Ok(key)
}

fn insert_corrective(conn: &Connection, case_id: &str, a: &super::progress::CorrectiveRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO corrective_actions(id, case_id, description, owner_id, due_date, done_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
    )?
    .execute(params![a.id, case_id, a.description, a.owner_id, a.due_date, a.done_at, a.created_at])?;
    Ok(())
}

fn insert_compensation(conn: &Connection, case_id: &str, c: &super::progress::CompensationRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO compensations(id, case_id, kind, value_minor, how_to_use, voucher_code, valid_until,
                                   redeemed_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
    )?
    .execute(params![
        c.id, case_id, c.kind, c.value_minor, c.how_to_use, c.voucher_code, c.valid_until, c.redeemed_at, c.created_at
    ])?;
    Ok(())
}
