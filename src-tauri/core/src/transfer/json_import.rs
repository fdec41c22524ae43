//! Import of the exchange format: the whole file is checked first, naming the record and
//! the field of the first problem, and nothing is written unless all of it is good. Then
//! everything goes in one transaction. Records whose id is already present are left as
//! they are (importing a file twice changes nothing); a starting category is matched by
//! its code, so a file from another shop maps onto this shop's starting list. Each case's
//! events must form an intact hash chain; they are stored as they are (hashes kept), and
//! every case that gained anything is recomputed from its steps (status, clocks, figures).
//! Format versions 1 and 2 are read.
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use crate::case::category::STARTING_CATEGORIES;
use crate::case::validate::{self, parse_money, ParsedCase};
use crate::case::{CaseInput, CustomerInput, CustomerRef, StaffInput};
use crate::checklist::StepState;
use crate::error::{AmendsError, Result};
use crate::store::cases::{insert, NewCaseRow};
use crate::store::forget::FORGOTTEN_NAME;
use crate::time::to_ms;
use crate::timeline::{self, EventRow};

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
    if !READABLE_VERSIONS.contains(&export.version) {
        return Err(refuse("file", "version", format!("this version reads format versions 1 to {FORMAT_VERSION}")));
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
        case_parts(&record, c, erased_complaint(conn, file, c)?, now)?;
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
        too_long(&record, "how_to_use", &m.how_to_use, crate::case::compensation::MAX_HOW_TO_USE)?;
        too_long(&record, "voucher_code", &m.voucher_code, crate::case::compensation::MAX_VOUCHER_CODE)?;
        maybe_date(&record, "valid_until", &m.valid_until)?;
        maybe_instant(&record, "redeemed_at", &m.redeemed_at)?;
        instant(&record, "created_at", &m.created_at)?;
        instant(&record, "updated_at", &m.updated_at)?;
        maybe_instant(&record, "deleted_at", &m.deleted_at)?;
    }
    check_checklist(conn, file, &case_ids, &staff_ids)
}

fn too_long(record: &str, field: &str, value: &Option<String>, max: usize) -> Result<()> {
    match value {
        Some(v) if v.chars().count() > max => Err(refuse(record, field, "too_long")),
        _ => Ok(()),
    }
}

fn maybe_date(record: &str, field: &str, value: &Option<String>) -> Result<()> {
    match value {
        Some(v) if NaiveDate::parse_from_str(v, "%Y-%m-%d").is_err() => Err(refuse(record, field, "not a YYYY-MM-DD date")),
        _ => Ok(()),
    }
}

fn event_row(e: &EventRecord) -> EventRow {
    EventRow {
        id: e.id.clone(),
        case_id: e.case_id.clone(),
        seq: e.seq,
        at_ms: instant("", "", &e.at).unwrap_or_default(),
        actor_id: e.actor_id.clone(),
        actor_name: e.actor_name.clone(),
        kind: e.kind,
        step: e.step,
        payload: e.payload.clone(),
        payload_hash: e.payload_hash.clone(),
        prev_hash: e.prev_hash.clone(),
        hash: e.hash.clone(),
    }
}

fn case_has_events(conn: &Connection, case_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM case_events WHERE case_id = ?1 LIMIT 1")?
        .query_row([case_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The checklist's records: service targets, steps, the timeline's chains, corrective
/// actions and evidence metadata.
fn check_checklist(conn: &Connection, file: &Export, case_ids: &HashSet<String>, staff_ids: &HashSet<String>) -> Result<()> {
    let refers = |set: &HashSet<String>, table: &str, id: &str| -> Result<bool> {
        Ok(set.contains(id) || exists(conn, table, id)?)
    };
    if let Some(targets) = &file.service_targets {
        first_field_error("service_targets", crate::clock::targets::validate(targets))?;
    }
    for (i, c) in file.cases.iter().enumerate() {
        if let Some(rule) = c.legal_rule.as_deref().filter(|r| !r.is_empty()) {
            if crate::clock::legal::rule(rule).is_none() {
                return Err(refuse(format!("cases[{i}] ({})", c.number), "legal_rule", "unknown legal rule"));
            }
        }
    }
    let mut settled = HashSet::new();
    for (i, s) in file.steps.iter().enumerate() {
        let record = format!("steps[{i}]");
        if !refers(case_ids, "cases", &s.case_id)? {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        if !matches!(s.state, StepState::Done | StepState::Skipped) {
            return Err(refuse(&record, "state", "expected \"done\" or \"skipped\""));
        }
        if !settled.insert((s.case_id.as_str(), s.step)) {
            return Err(refuse(&record, "step", "appears twice for the case in the file"));
        }
        too_long(&record, "reason", &s.reason, crate::checklist::engine::MAX_REASON)?;
        if s.actor_name.trim().is_empty() {
            return Err(refuse(&record, "actor_name", "required"));
        }
        instant(&record, "at", &s.at)?;
    }

    // Each case's events must form an intact chain from its first event.
    let mut chains: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut chain_of: HashMap<&str, usize> = HashMap::new();
    let mut event_ids = HashSet::new();
    for (i, e) in file.events.iter().enumerate() {
        let record = format!("events[{i}]");
        if !refers(case_ids, "cases", &e.case_id)? {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        if !event_ids.insert(e.id.as_str()) {
            return Err(refuse(&record, "id", "appears twice in the file"));
        }
        instant(&record, "at", &e.at)?;
        if let Some(payload) = &e.payload {
            if !serde_json::from_str::<serde_json::Value>(payload).is_ok_and(|v| v.is_object()) {
                return Err(refuse(&record, "payload", "not a JSON object"));
            }
        }
        let slot = *chain_of.entry(e.case_id.as_str()).or_insert_with(|| {
            chains.push((e.case_id.as_str(), Vec::new()));
            chains.len() - 1
        });
        chains[slot].1.push(i);
    }
    let mut first_break: Option<(usize, &'static str, String)> = None;
    for (case_id, mut indices) in chains {
        indices.sort_by_key(|&i| (file.events[i].seq, i));
        let rows: Vec<EventRow> = indices.iter().map(|&i| event_row(&file.events[i])).collect();
        if let Some(broken) = timeline::verify(&rows) {
            let at = rows.iter().position(|r| r.id == broken.event_id).map_or(indices[0], |p| indices[p]);
            let field = match broken.problem.as_str() {
                "payload_altered" => "payload",
                "broken_link" => "prev_hash",
                "sequence_gap" => "seq",
                _ => "hash",
            };
            if first_break.as_ref().is_none_or(|(i, _, _)| at < *i) {
                first_break = Some((at, field, broken.problem));
            }
            continue;
        }
        if !case_has_events(conn, case_id)? {
            // The chain goes in: none of its ids may be taken by another case's events.
            for &i in &indices {
                if exists(conn, "case_events", &file.events[i].id)? {
                    return Err(refuse(format!("events[{i}]"), "id", "already used by another event in this database"));
                }
            }
        }
    }
    if let Some((i, field, problem)) = first_break {
        return Err(refuse(format!("events[{i}]"), field, problem));
    }

    for (i, a) in file.corrective_actions.iter().enumerate() {
        let record = format!("corrective_actions[{i}]");
        if !refers(case_ids, "cases", &a.case_id)? {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        if let Some(owner) = &a.owner_id {
            if !refers(staff_ids, "staff", owner)? {
                return Err(refuse(&record, "owner_id", "no such staff member"));
            }
        }
        if a.description.trim().is_empty() {
            return Err(refuse(&record, "description", "required"));
        }
        too_long(&record, "description", &Some(a.description.clone()), crate::case::corrective::MAX_DESCRIPTION)?;
        maybe_date(&record, "due_date", &a.due_date)?;
        maybe_instant(&record, "done_at", &a.done_at)?;
        instant(&record, "created_at", &a.created_at)?;
        instant(&record, "updated_at", &a.updated_at)?;
        maybe_instant(&record, "deleted_at", &a.deleted_at)?;
    }
    for (i, e) in file.evidence.iter().enumerate() {
        let record = format!("evidence[{i}]");
        if !refers(case_ids, "cases", &e.case_id)? {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        // The file is found by this name on disk, so it must be a SHA-256 in lower-case hex.
        if e.sha256.len() != 64 || !e.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(refuse(&record, "sha256", "expected 64 lower-case hex digits"));
        }
        for (field, value) in [("file_name", &e.file_name), ("mime", &e.mime)] {
            if value.trim().is_empty() || value.chars().count() > 255 {
                return Err(refuse(&record, field, "empty or too long"));
            }
        }
        if e.size < 0 {
            return Err(refuse(&record, "size", "negative"));
        }
        instant(&record, "created_at", &e.created_at)?;
        maybe_instant(&record, "deleted_at", &e.deleted_at)?;
    }
    check_letters(conn, file, case_ids)
}

/// Letters' metadata: a known case, one version number per case, a SHA-256, a file name of
/// the shape the app writes (never a path elsewhere), and a draft the app can read.
fn check_letters(conn: &Connection, file: &Export, case_ids: &HashSet<String>) -> Result<()> {
    let mut versions = HashSet::new();
    for (i, l) in file.letters.iter().enumerate() {
        let record = format!("letters[{i}]");
        if !(case_ids.contains(&l.case_id) || exists(conn, "cases", &l.case_id)?) {
            return Err(refuse(&record, "case_id", "no such case"));
        }
        if l.version == 0 || !versions.insert((l.case_id.as_str(), l.version)) {
            return Err(refuse(&record, "version", "zero or repeated within the case"));
        }
        if !exists(conn, "letters", &l.id)? {
            let taken: bool = conn
                .prepare_cached("SELECT 1 FROM letters WHERE case_id = ?1 AND version = ?2")?
                .query_row(params![l.case_id, l.version], |_| Ok(()))
                .optional()?
                .is_some();
            if taken {
                return Err(refuse(&record, "version", "another letter of this case has this version"));
            }
        }
        if l.sha256.len() != 64 || !l.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(refuse(&record, "sha256", "expected 64 lower-case hex digits"));
        }
        if !crate::desk_letters::is_letter_file(&l.file) {
            return Err(refuse(&record, "file", "expected files/letters/<name>.pdf"));
        }
        if crate::store::letters::paper_from_code(&l.paper).is_none() {
            return Err(refuse(&record, "paper", "expected \"a4\" or \"letter\""));
        }
        if let Err(err) = serde_json::from_value::<crate::letter::LetterDraft>(l.draft.clone()) {
            return Err(refuse(&record, "draft", err.to_string()));
        }
        instant(&record, "created_at", &l.created_at)?;
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
/// `erased`: the complaint was erased when the customer was forgotten, so it may be empty.
fn case_parts(record: &str, c: &CaseRecord, erased: bool, now: DateTime<Utc>) -> Result<ParsedCase> {
    let today: NaiveDate = now.date_naive() + chrono::Duration::days(1);
    let mut input = case_input(c);
    if erased {
        input.complaint = FORGOTTEN_NAME.to_string();
    }
    first_field_error(record, validate::validate_case(&input, now, today))
}

/// Whether a case's empty complaint is the trace of its customer being forgotten (the
/// customer is anonymised, in the file or already here), which a round trip must keep.
fn erased_complaint(conn: &Connection, file: &Export, c: &CaseRecord) -> Result<bool> {
    if !c.complaint.is_empty() {
        return Ok(false);
    }
    let is_forgotten = |surname: &str, first_name: &str| surname == FORGOTTEN_NAME && first_name.is_empty();
    if let Some(customer) = file.customers.iter().find(|u| u.id == c.customer_id) {
        return Ok(is_forgotten(&customer.surname, &customer.first_name));
    }
    let here: Option<(String, String)> = conn
        .query_row("SELECT surname, first_name FROM customers WHERE id = ?1", [&c.customer_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    Ok(here.is_some_and(|(surname, first_name)| is_forgotten(&surname, &first_name)))
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
    if let Some(targets) = &file.service_targets {
        // Like the profile: this shop's own saved targets are kept.
        let saved = tx.query_row("SELECT 1 FROM service_targets WHERE id = 1", [], |_| Ok(())).optional()?.is_some();
        if !saved {
            crate::store::targets::save(&tx, targets, now)?;
            summary.service_targets_set = true;
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
    // Cases whose derived columns must be recomputed.
    let mut touched: Vec<String> = Vec::new();
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
        let erased = erased_complaint(&tx, file, c)?;
        let parsed = case_parts("", c, erased, now)?;
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
        // The number is kept as written (it may have more than four digits); the legal rule
        // and the reopen count are facts, the other checklist columns are derived below.
        tx.execute(
            "UPDATE cases SET number = ?2, deleted_at = ?3, legal_rule = ?4, reopened = ?5 WHERE rowid = ?1",
            params![rowid, c.number, mt(&c.deleted_at), c.legal_rule, c.reopened],
        )?;
        if erased {
            tx.execute("UPDATE cases SET complaint = '' WHERE rowid = ?1", [rowid])?;
        }
        new_cases.push(rowid);
        touched.push(c.id.clone());
        summary.cases += 1;
    }
    for m in &file.compensations {
        if exists(&tx, "compensations", &m.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO compensations(id, case_id, kind, value_minor, how_to_use, voucher_code,
                                       valid_until, redeemed_at, created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                m.id, m.case_id, m.kind, parse_money(&m.value).unwrap_or_default(), m.how_to_use,
                m.voucher_code, m.valid_until, mt(&m.redeemed_at), t(&m.created_at), t(&m.updated_at),
                mt(&m.deleted_at)
            ],
        )?;
        touched.push(m.case_id.clone());
        summary.compensations += 1;
    }
    for s in &file.steps {
        let present = tx
            .query_row("SELECT 1 FROM case_steps WHERE case_id = ?1 AND step = ?2", params![s.case_id, s.step.code()], |_| Ok(()))
            .optional()?
            .is_some();
        if present {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO case_steps(case_id, step, state, data, reason, actor_id, actor_name, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                s.case_id, s.step.code(), s.state.code(), serde_json::to_string(&s.values)?, s.reason,
                s.actor_id, s.actor_name, t(&s.at)
            ],
        )?;
        touched.push(s.case_id.clone());
        summary.steps += 1;
    }
    // A case's chain comes in whole, or not at all when the case already has events here.
    let mut chain_present: HashMap<&str, bool> = HashMap::new();
    let mut events: Vec<&EventRecord> = file.events.iter().collect();
    events.sort_by_key(|e| e.seq);
    for e in events {
        let present = match chain_present.get(e.case_id.as_str()) {
            Some(present) => *present,
            None => {
                let present = case_has_events(&tx, &e.case_id)?;
                chain_present.insert(&e.case_id, present);
                present
            }
        };
        if present {
            summary.skipped_existing += 1;
            continue;
        }
        crate::store::events::insert(&tx, &event_row(e))?;
        summary.events += 1;
    }
    for a in &file.corrective_actions {
        if exists(&tx, "corrective_actions", &a.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO corrective_actions(id, case_id, description, owner_id, due_date, done_at,
                                            created_at, updated_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                a.id, a.case_id, a.description, a.owner_id, a.due_date, mt(&a.done_at), t(&a.created_at),
                t(&a.updated_at), mt(&a.deleted_at)
            ],
        )?;
        touched.push(a.case_id.clone());
        summary.corrective_actions += 1;
    }
    for e in &file.evidence {
        if exists(&tx, "evidence", &e.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO evidence(id, case_id, sha256, file_name, mime, size, created_at, deleted_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![e.id, e.case_id, e.sha256, e.file_name, e.mime, e.size, t(&e.created_at), mt(&e.deleted_at)],
        )?;
        summary.evidence += 1;
    }
    for l in &file.letters {
        if exists(&tx, "letters", &l.id)? {
            summary.skipped_existing += 1;
            continue;
        }
        tx.execute(
            "INSERT INTO letters(id, case_id, version, language, paper, sha256, draft, file, page_count, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                l.id, l.case_id, l.version, l.language.code(), l.paper, l.sha256, serde_json::to_string(&l.draft)?,
                l.file, l.page_count, t(&l.created_at)
            ],
        )?;
        summary.letters += 1;
    }
    // Status, current step, clocks and figures follow the imported steps (a version 1 file
    // has none, so its cases start again from "new").
    let shop = crate::store::case_state::ShopContext::load(&tx, now)?;
    let mut refreshed = HashSet::new();
    for case_id in &touched {
        if refreshed.insert(case_id.as_str()) {
            crate::store::case_state::refresh(&tx, case_id, &shop)?;
        }
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
