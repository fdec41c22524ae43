//! Customers: the register, the picker's search, and the customer page.
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::case::customer::{display_name, is_repeat_complainant};
use crate::case::validate::phone_digits;
use crate::case::{CaseQuery, Customer, CustomerInput, CustomerPage, CustomerSummary};
use crate::error::Result;
use crate::time::{rfc3339_utc, to_ms};

use super::rows::{clean, found};

/// Trims every field and turns blank optional ones into None.
pub fn normalise(mut input: CustomerInput) -> CustomerInput {
    input.surname = input.surname.trim().to_string();
    input.first_name = input.first_name.trim().to_string();
    input.patronymic = clean(input.patronymic);
    input.phone = clean(input.phone);
    input.email = clean(input.email);
    input.messenger = clean(input.messenger);
    input.note = clean(input.note);
    input
}

const COLUMNS: &str = "id, surname, first_name, patronymic, phone, email, messenger, language, gender,
                       address_form, note, created_at, updated_at";

fn from_row(r: &Row) -> rusqlite::Result<Customer> {
    let fields = CustomerInput {
        surname: r.get(1)?,
        first_name: r.get(2)?,
        patronymic: r.get(3)?,
        phone: r.get(4)?,
        email: r.get(5)?,
        messenger: r.get(6)?,
        language: r.get(7)?,
        gender: r.get(8)?,
        address_form: r.get(9)?,
        note: r.get(10)?,
    };
    Ok(Customer {
        id: r.get(0)?,
        display_name: display_name(&fields.surname, &fields.first_name, fields.patronymic.as_deref()),
        fields,
        created_at: rfc3339_utc(r.get(11)?),
        updated_at: rfc3339_utc(r.get(12)?),
    })
}

pub fn get(conn: &Connection, id: &str) -> Result<Customer> {
    found(
        conn.query_row(&format!("SELECT {COLUMNS} FROM customers WHERE id = ?1 AND deleted_at IS NULL"), [id], from_row),
        "customer",
        id,
    )
}

pub fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn
        .query_row("SELECT 1 FROM customers WHERE id = ?1 AND deleted_at IS NULL", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Inserts a customer; call inside the caller's transaction.
pub fn create(conn: &Connection, input: &CustomerInput, now: DateTime<Utc>) -> Result<Customer> {
    let id = super::new_id();
    insert_with_id(conn, &id, input, to_ms(now), to_ms(now))?;
    super::search::index_customer(conn, &id)?;
    get(conn, &id)
}

/// Inserts with a given key and times (import keeps them); does not index.
pub fn insert_with_id(conn: &Connection, id: &str, input: &CustomerInput, created: i64, updated: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO customers(id, surname, first_name, patronymic, phone, phone_digits, email,
                messenger, language, gender, address_form, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
            id, input.surname, input.first_name, input.patronymic, input.phone,
            input.phone.as_deref().map(phone_digits), input.email, input.messenger,
            input.language, input.gender, input.address_form, input.note, created, updated
        ],
    )?;
    Ok(())
}

pub fn update(conn: &mut Connection, id: &str, input: &CustomerInput, now: DateTime<Utc>) -> Result<Customer> {
    let tx = conn.transaction()?;
    get(&tx, id)?;
    tx.execute(
        "UPDATE customers SET surname = ?2, first_name = ?3, patronymic = ?4, phone = ?5,
                phone_digits = ?6, email = ?7, messenger = ?8, language = ?9, gender = ?10,
                address_form = ?11, note = ?12, updated_at = ?13
         WHERE id = ?1",
        params![
            id, input.surname, input.first_name, input.patronymic, input.phone,
            input.phone.as_deref().map(phone_digits), input.email, input.messenger,
            input.language, input.gender, input.address_form, input.note, to_ms(now)
        ],
    )?;
    super::search::index_customer(&tx, id)?;
    tx.commit()?;
    get(conn, id)
}

fn received_instants(conn: &Connection, id: &str) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT received_at FROM cases WHERE customer_id = ?1 AND deleted_at IS NULL")?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<Result<Vec<i64>, _>>()?)
}

pub fn summary(conn: &Connection, id: &str) -> Result<CustomerSummary> {
    let customer = get(conn, id)?;
    let received = received_instants(conn, id)?;
    Ok(CustomerSummary {
        id: customer.id,
        display_name: customer.display_name,
        phone: customer.fields.phone,
        email: customer.fields.email,
        case_count: received.len() as u32,
        repeat_complainant: is_repeat_complainant(&received),
    })
}

/// The picker and the customer list: matches on name, phone, e-mail or messenger handle;
/// with nothing typed, the customers with the most recent cases.
pub fn search(conn: &Connection, query: &str, limit: u32, _now: DateTime<Utc>) -> Result<Vec<CustomerSummary>> {
    let ids: Vec<String> = match super::search::match_query(query) {
        Some(fts) => {
            let mut stmt = conn.prepare_cached(
                "SELECT u.id FROM customers u
                 WHERE u.rowid IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?1)
                   AND u.deleted_at IS NULL
                 ORDER BY u.surname, u.first_name LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![fts, limit], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        }
        None if query.trim().is_empty() => {
            let mut stmt = conn.prepare_cached(
                "SELECT u.id FROM customers u
                 LEFT JOIN (SELECT customer_id, max(received_at) AS last FROM cases
                            WHERE deleted_at IS NULL GROUP BY customer_id) c ON c.customer_id = u.id
                 WHERE u.deleted_at IS NULL
                 ORDER BY coalesce(c.last, u.updated_at) DESC LIMIT ?1",
            )?;
            let rows = stmt.query_map([limit], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        }
        None => Vec::new(),
    };
    ids.iter().map(|id| summary(conn, id)).collect()
}

pub fn page(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<CustomerPage> {
    let customer = get(conn, id)?;
    let received = received_instants(conn, id)?;
    let query = CaseQuery {
        customer_id: Some(id.to_string()),
        limit: Some(crate::case::record::MAX_PAGE),
        ..CaseQuery::default()
    };
    let cases = super::cases::list(conn, &query, now)?.items;
    let compensation_total_minor: i64 = conn.query_row(
        "SELECT coalesce(sum(m.value_minor), 0) FROM compensations m JOIN cases c ON c.id = m.case_id
         WHERE c.customer_id = ?1 AND c.deleted_at IS NULL AND m.deleted_at IS NULL",
        [id],
        |r| r.get(0),
    )?;
    let currency = super::shop::get(conn)?.map(|s| s.fields.currency).unwrap_or_else(|| "RUB".to_string());
    Ok(CustomerPage {
        customer,
        cases,
        compensation_total_minor,
        currency,
        repeat_complainant: is_repeat_complainant(&received),
    })
}
