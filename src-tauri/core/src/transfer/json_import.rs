//! Import of the exchange format: the whole file is checked first, naming the record and
//! the field of the first problem, and nothing is written unless all of it is good. Then
//! everything goes in one transaction. Records whose id is already present are left as
//! they are (importing a file twice changes nothing); a starting category is matched by
//! its code, so a file from another shop maps onto this shop's starting list.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::case::category::STARTING_CATEGORIES;
use crate::case::validate::{self, parse_money, ParsedCase};
use crate::case::{CaseInput, CustomerInput, CustomerRef, StaffInput};
use crate::error::{AmendsError, Result};
use crate::store::cases::{insert, NewCaseRow};
use crate::time::to_ms;

use super::format::*;

fn refuse(record: impl Into<String>, field: &str, problem: impl Into<String>) -> AmendsError {
    AmendsError::ImportInvalid { record: record.into(), field: field.to_string(), problem: problem.into() }
}

/// Parses the file, naming the path of a field that has the wrong type or an unknown code.
pub fn parse(text: &str) -> Result<Export> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    let export: Export = serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = err.path().to_string();
        let (record, field) = match path.rsplit_once('.') {
            Some((record, field)) if record.contains('[') => (record.to_string(), field.to_string()),
            _ => ("file".to_string(), path.clone()),
        };
        refuse(record, &field, err.inner().to_string())
    })?;
    if export.format != FORMAT_NAME {
        return Err(refuse("file", "format", format!("expected \"{FORMAT_NAME}\"")));
    }
    if export.version != FORMAT_VERSION {
        return Err(refuse("file", "version", format!("this version reads format version {FORMAT_VERSION}")));
    }
    Ok(export)
}

fn instant(record: &str, field: &str, value: &str) -> Result<i64> {
    DateTime::parse_from_rfc3339(value)
        .map(|at| to_ms(at.with_timezone(&Utc)))
        .map_err(|_| refuse(record, field, "not an RFC 3339 time"))
}

fn maybe_instant(record: &str, field: &str, value: &Option<String>) -> Result<Option<i64>> {
    value.as_deref().map(|v| instant(record, field, v)).transpose()
}

/// The first field error of a core validation, as an import refusal of `record`.
fn first_field_error<T>(record: &str, result: Result<T>) -> Result<T> {
    match result {
        Err(AmendsError::Invalid(errors)) => {
            let first = errors.first().map(|e| (e.field.clone(), e.code.clone())).unwrap_or_default();
            Err(refuse(record, &first.0, first.1))
        }
        other => other,
    }
}

fn exists(conn: &Connection, table: &str, id: &str) -> Result<bool> {
    Ok(conn
        .query_row(&format!("SELECT 1 FROM {table} WHERE id = ?1"), [id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// Checks every record against the core's rules and the references against the file and
/// the database.
fn check(conn: &Connection, file: &Export, now: DateTime<Utc>) -> Result<()> {
    let known = |ids: Vec<&String>| ids.into_iter().cloned().collect::<HashSet<String>>();
    let staff_ids = known(file.staff.iter().map(|s| &s.id).collect());
    let category_ids = known(file.categories.iter().map(|c| &c.id).collect());
    let customer_ids = known(file.customers.iter().map(|c| &c.id).collect());
    let case_ids = known(file.cases.iter().map(|c| &c.id).collect());
    let refers = |set: &HashSet<String>, table: &str, id: &str| -> Result<bool> {
        Ok(set.contains(id) || exists(conn, table, id)?)
    };

    if let Some(shop) = &file.shop {
        first_field_error("shop", validate::validate_shop(shop))?;
    }
    if let Some(logo) = &file.shop_logo {
        first_field_error("shop", logo_bytes(logo).and_then(|bytes| crate::store::shop::check_logo(&bytes).map(drop)))?;
    }
    for (i, s) in file.staff.iter().enumerate() {
        let record = format!("staff[{i}]");
        first_field_error(&record, validate::validate_staff(&StaffInput { name: s.name.clone(), role: s.role.clone() }))?;
        instant(&record, "created_at", &s.created_at)?;
        instant(&record, "updated_at", &s.updated_at)?;
        maybe_instant(&record, "deleted_at", &s.deleted_at)?;
    }
    for (i, c) in file.categories.iter().enumerate() {
        let record = format!("categories[{i}]");
        match (&c.code, &c.name) {
            (None, None) => return Err(refuse(record, "name", "required")),
            (Some(code), _) if !STARTING_CATEGORIES.contains(&code.as_str()) => {
                return Err(refuse(record, "code", "unknown starting category"))
            }
            (_, Some(name)) if name.trim().is_empty() || name.chars().count() > validate::max::CATEGORY_NAME => {
                return Err(refuse(record, "name", "empty or too long"))
            }
            _ => {}
        }
        instant(&record, "created_at", &c.created_at)?;
        instant(&record, "updated_at", &c.updated_at)?;
        maybe_instant(&record, "deleted_at", &c.deleted_at)?;
    }
    for (i, c) in file.customers.iter().enumerate() {
        let record = format!("customers[{i}]");
        first_field_error(&record, validate::validate_customer_input(&customer_input(c)))?;
        instant(&record, "created_at", &c.created_at)?;
        instant(&record, "updated_at", &c.updated_at)?;
        maybe_instant(&record, "deleted_at", &c.deleted_at)?;
    }
    let mut numbers = HashSet::new();
    for (i, c) in file.cases.iter().enumerate() {
        let record = format!("cases[{i}] ({})", c.number);
        parse_number(&c.number).ok_or_else(|| refuse(&record, "number", "expected YYYY-NNNN"))?;
        if !numbers.insert(c.number.clone()) {
            return Err(refuse(&record, "number", "appears twice in the file"));
        }
        let taken: Option<String> = conn
            .query_row("SELECT id FROM cases WHERE number = ?1", [&c.number], |r| r.get(0))
            .optional()?;
        if taken.is_some_and(|id| id != c.id) {
            return Err(refuse(&record, "number", "already used by another case in this database"));
        }
        case_parts(&record, c, now)?;
        if !refers(&customer_ids, "customers", &c.customer_id)? {
            return Err(refuse(&record, "customer_id", "no such customer"));
        }
        if !refers(&category_ids, "categories", &c.category_id)? {
            return Err(refuse(&record, "category_id", "no such category"));
        }
        for (field, id) in [("staff_involved_id", &c.staff_involved_id), ("handler_id", &c.handler_id)] {
            if let Some(id) = id {
                if !refers(&staff_ids, "staff", id)? {
                    return Err(refuse(&record, field, "no such staff member"));
                }
            }
        }
        let currency_ok = c.currency.len() == 3 && c.currency.chars().all(|ch| ch.is_ascii_uppercase());
        if !currency_ok {
            return Err(refuse(&record, "currency", "invalid_currency"));
        }
        instant(&record, "created_at", &c.created_at)?;
        instant(&record, "updated_at", &c.updated_at)?;
        maybe_instant(&record, "due_at", &c.due_at)?;
        maybe_instant(&record, "deleted_at", &c.deleted_at)?;
    }
    for (i, m) in file.compensations.iter().enumerate() {
        let record = format!("compensations[{i}]");
        if !refers(&case_ids, "cases", &m.case_id)? {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        if m.kind.trim().is_empty() || m.kind.len() > 40 {
            return Err(refuse(&record, "kind", "required"));
        }
        parse_money(&m.value).map_err(|code| refuse(&record, "value", code))?;
        instant(&record, "created_at", &m.created_at)?;
        instant(&record, "updated_at", &m.updated_at)?;
        maybe_instant(&record, "deleted_at", &m.deleted_at)?;
    }
    Ok(())
}

fn customer_input(c: &CustomerRecord) -> CustomerInput {
    CustomerInput {
        surname: c.surname.clone(),
        first_name: c.first_name.clone(),
        patronymic: c.patronymic.clone(),
        phone: c.phone.clone(),
        email: c.email.clone(),
        messenger: c.messenger.clone(),
        language: c.language,
        gender: c.gender,
        address_form: c.address_form,
        note: c.note.clone(),
    }
}

fn case_input(c: &CaseRecord) -> CaseInput {
    CaseInput {
        customer: CustomerRef::Existing { id: c.customer_id.clone() },
        received_at: c.received_at.clone(),
        channel: c.channel,
        order_no: c.order_no.clone(),
        purchase_date: c.purchase_date.clone(),
        product: c.product.clone(),
        price: c.price.clone(),
        category_id: c.category_id.clone(),
        complaint: c.complaint.clone(),
        demand: c.demand,
        demand_note: c.demand_note.clone(),
        demand_date: c.demand_date.clone(),
        mood: c.mood,
        staff_involved_id: c.staff_involved_id.clone(),
        handler_id: c.handler_id.clone(),
        accept_warnings: true,
    }
}

/// The case's own rules, as at intake (dates, lengths, money).
fn case_parts(record: &str, c: &CaseRecord, now: DateTime<Utc>) -> Result<ParsedCase> {
    let today: NaiveDate = now.date_naive() + chrono::Duration::days(1);
    first_field_error(record, validate::validate_case(&case_input(c), now, today))
}

/// The bytes of a `data:…;base64,` URL.
fn logo_bytes(data_url: &str) -> Result<Vec<u8>> {
    use base64::Engine;
    let encoded = data_url.split_once(";base64,").map(|(_, b)| b).unwrap_or("");
    base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .map_err(|_| AmendsError::invalid("logo", "logo_broken"))
}

pub fn parse_number(number: &str) -> Option<(i32, i64)> {
    let (year, seq) = number.split_once('-')?;
    if year.len() != 4 || seq.len() < 4 {
        return None;
    }
    Some((year.parse().ok()?, seq.parse().ok()?))
}

pub fn import(conn: &mut Connection, file: &Export, now: DateTime<Utc>) -> Result<ImportSummary> {
    check(conn, file, now)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut summary = ImportSummary::default();
    let t = |v: &str| instant("", "", v).unwrap_or_default();
    let mt = |v: &Option<String>| maybe_instant("", "", v).unwrap_or_default();

    if let Some(shop) = &file.shop {
        if crate::store::shop::get(&tx)?.is_none() {
            tx.execute(
                "INSERT INTO shop_profile(id, shop_name, legal_name, address, phone, email, owner_name,
                        owner_title, language, currency, time_zone, ack_target_hours, created_at, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)",
                params![
                    shop.shop_name, shop.legal_name, shop.address, shop.phone, shop.email,
                    shop.owner_name, shop.owner_title, shop.language, shop.currency,
                    shop.time_zone, shop.ack_target_hours, to_ms(now)
                ],
            )?;
            if let Some(logo) = &file.shop_logo {
                let bytes = logo_bytes(logo)?;
                let mime = crate::store::shop::check_logo(&bytes)?;
                crate::store::shop::set_logo(&tx, Some((&bytes, mime)), now)?;
            }
            summary.shop_profile_set = true;
        }
    }
    for s in &file.staff {
        if exists(&tx, "staff", &s.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO staff(id, name, role, active, created_at, updated_at, deleted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![s.id, s.name, s.role, s.active, t(&s.created_at), t(&s.updated_at), mt(&s.deleted_at)],
        )?;
        summary.staff += 1;
    }
    // A starting category already here (same code, other id) stands in for the file's.
    let mut category_map: HashMap<String, String> = HashMap::new();
    for c in &file.categories {
        if exists(&tx, "categories", &c.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        if let Some(code) = &c.code {
            let here: Option<String> =
                tx.query_row("SELECT id FROM categories WHERE code = ?1", [code], |r| r.get(0)).optional()?;
            if let Some(here) = here {
                category_map.insert(c.id.clone(), here);
                summary.skipped_existing += 1;
                continue;
            }
        }
        tx.execute(
            "INSERT INTO categories(id, code, name, position, archived, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![c.id, c.code, c.name, c.position, c.archived, t(&c.created_at), t(&c.updated_at), mt(&c.deleted_at)],
        )?;
        summary.categories += 1;
    }
    let mut new_customers = Vec::new();
    for c in &file.customers {
        if exists(&tx, "customers", &c.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        crate::store::customers::insert_with_id(&tx, &c.id, &customer_input(c), t(&c.created_at), t(&c.updated_at))?;
        tx.execute("UPDATE customers SET deleted_at = ?2 WHERE id = ?1", params![c.id, mt(&c.deleted_at)])?;
        new_customers.push(c.id.clone());
        summary.customers += 1;
    }
    let mut new_cases = Vec::new();
    for c in &file.cases {
        if exists(&tx, "cases", &c.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        let (year, seq) = parse_number(&c.number).unwrap_or_default();
        let mut input = case_input(c);
        if let Some(mapped) = category_map.get(&c.category_id) {
            input.category_id = mapped.clone();
        }
        let parsed = case_parts("", c, now)?;
        let row = NewCaseRow {
            id: &c.id,
            year,
            seq,
            customer_id: &c.customer_id,
            currency: &c.currency,
            status: c.status,
            due_at: mt(&c.due_at),
            created: t(&c.created_at),
            updated: t(&c.updated_at),
        };
        let rowid = insert(&tx, &row, &input, &parsed)?;
        // The number is kept as written (it may have more than four digits).
        tx.execute("UPDATE cases SET number = ?2, deleted_at = ?3 WHERE rowid = ?1", params![rowid, c.number, mt(&c.deleted_at)])?;
        new_cases.push(rowid);
        summary.cases += 1;
    }
    for m in &file.compensations {
        if exists(&tx, "compensations", &m.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO compensations(id, case_id, kind, value_minor, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![m.id, m.case_id, m.kind, parse_money(&m.value).unwrap_or_default(), t(&m.created_at), t(&m.updated_at), mt(&m.deleted_at)],
        )?;
        summary.compensations += 1;
    }
    for id in &new_customers {
        crate::store::search::index_customer(&tx, id)?;
    }
    for rowid in new_cases {
        crate::store::search::index_case(&tx, rowid)?;
    }
    tx.commit()?;
    Ok(summary)
}
