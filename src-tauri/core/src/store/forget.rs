//! Anonymising one customer: their personal data leaves the customer row, their cases and
//! the search index; the figures (dates, category, demand, status, price, compensation)
//! stay so the statistics do not change.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use crate::error::Result;
use crate::time::to_ms;

use super::rows::found;

/// What a forgotten customer is called everywhere: a dash, the same in every language.
pub const FORGOTTEN_NAME: &str = "—";

/// Anonymises customer `id` and all their cases (tombstoned ones too); returns the number
/// of cases touched. Call inside the caller's transaction.
pub fn anonymise(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<usize> {
    found(conn.query_row("SELECT 1 FROM customers WHERE id = ?1", [id], |_| Ok(())), "customer", id)?;
    let now = to_ms(now);
    conn.execute(
        "UPDATE customers SET surname = ?2, first_name = '', patronymic = NULL, phone = NULL,
                phone_digits = NULL, email = NULL, messenger = NULL, gender = NULL, note = NULL,
                updated_at = ?3
         WHERE id = ?1",
        params![id, FORGOTTEN_NAME, now],
    )?;
    // The complaint is the customer's own words and the order number leads back to them;
    // the demand note may quote them. Everything else on a case is a figure.
    let cases = conn.execute(
        "UPDATE cases SET complaint = '', order_no = NULL, demand_note = NULL, updated_at = ?2
         WHERE customer_id = ?1",
        params![id, now],
    )?;
    // The timeline keeps its hashes (the chain still verifies) but loses the words.
    super::events::redact_customer(conn, id)?;
    super::steps::erase_free_text(conn, id)?;
    conn.execute(
        "UPDATE compensations SET how_to_use = NULL WHERE case_id IN (SELECT id FROM cases WHERE customer_id = ?1)",
        [id],
    )?;
    super::search::index_customer(conn, id)?;
    Ok(cases)
}
