//! Cases: intake, edits, the list with search and filters, one case's view.
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Row};

use crate::case::customer::display_name;
use crate::case::record::{DEFAULT_PAGE, MAX_PAGE};
use crate::case::validate::ParsedCase;
use crate::case::*;
use crate::error::{AmendsError, FieldError, Result};
use crate::time::{month_range, parse_tz, rfc3339_in, rfc3339_utc, to_ms};

use super::rows::{clean, found};

pub fn normalise(mut input: CaseInput) -> CaseInput {
    if let CustomerRef::New { customer } = input.customer {
        input.customer = CustomerRef::New { customer: super::customers::normalise(customer) };
    }
    input.order_no = clean(input.order_no);
    input.purchase_date = clean(input.purchase_date);
    input.product = clean(input.product);
    input.price = clean(input.price);
    input.complaint = input.complaint.trim().to_string();
    input.demand_note = clean(input.demand_note);
    input.staff_involved_id = clean(input.staff_involved_id);
    input.handler_id = clean(input.handler_id);
    input
}

/// The shop's time zone, UTC until the profile is set.
pub fn shop_tz(conn: &Connection) -> Result<Tz> {
    let name: Option<String> =
        conn.query_row("SELECT time_zone FROM shop_profile WHERE id = 1", [], |r| r.get(0)).optional()?;
    Ok(name.map(|n| parse_tz(&n)).unwrap_or(Tz::UTC))
}

/// Checks that the references of a case exist; archived categories and former staff are
/// refused for new choices but kept when a case already had them.
fn check_references(conn: &Connection, input: &CaseInput, previous: Option<&Previous>) -> Result<()> {
    let mut errors = Vec::new();
    if let CustomerRef::Existing { id } = &input.customer {
        if !super::customers::exists(conn, id)? {
            errors.push(FieldError::new("customer", "unknown_reference"));
        }
    }
    let category: Option<bool> = conn
        .query_row("SELECT archived FROM categories WHERE id = ?1 AND deleted_at IS NULL", [&input.category_id], |r| r.get(0))
        .optional()?;
    let kept_category = previous.is_some_and(|p| p.category_id == input.category_id);
    match category {
        None => errors.push(FieldError::new("category_id", "unknown_reference")),
        Some(true) if !kept_category => errors.push(FieldError::new("category_id", "archived")),
        _ => {}
    }
    for (field, id, before) in [
        ("staff_involved_id", &input.staff_involved_id, previous.and_then(|p| p.staff_involved_id.as_ref())),
        ("handler_id", &input.handler_id, previous.and_then(|p| p.handler_id.as_ref())),
    ] {
        let Some(id) = id else { continue };
        let active: Option<bool> = conn
            .query_row("SELECT active FROM staff WHERE id = ?1 AND deleted_at IS NULL", [id], |r| r.get(0))
            .optional()?;
        match active {
            None => errors.push(FieldError::new(field, "unknown_reference")),
            Some(false) if before != Some(id) => errors.push(FieldError::new(field, "inactive")),
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AmendsError::Invalid(errors))
    }
}

struct Previous {
    category_id: String,
    staff_involved_id: Option<String>,
    handler_id: Option<String>,
}

fn resolve_customer(conn: &Connection, input: &CaseInput, now: DateTime<Utc>) -> Result<String> {
    match &input.customer {
        CustomerRef::Existing { id } => Ok(id.clone()),
        CustomerRef::New { customer } => Ok(super::customers::create(conn, customer, now)?.id),
    }
}

/// Records a new case; returns its id. The number is the next of the year it was received
/// in (shop time), assigned inside the same write transaction so two writers never clash.
/// Call inside the caller's (immediate) write transaction.
pub fn create(
    tx: &Connection,
    input: &CaseInput,
    parsed: &ParsedCase,
    shop: &ShopProfile,
    now: DateTime<Utc>,
) -> Result<String> {
    check_references(tx, input, None)?;
    let customer_id = resolve_customer(tx, input, now)?;
    let tz = parse_tz(&shop.fields.time_zone);
    let year = parsed.received_at.with_timezone(&tz).year();
    let seq: i64 =
        tx.query_row("SELECT coalesce(max(seq), 0) + 1 FROM cases WHERE year = ?1", [year], |r| r.get(0))?;
    let id = super::new_id();
    let received = to_ms(parsed.received_at);
    let due = received + i64::from(shop.fields.ack_target_hours) * 3_600_000;
    let row = NewCaseRow {
        id: &id,
        year,
        seq,
        customer_id: &customer_id,
        currency: &shop.fields.currency,
        status: CaseStatus::New,
        due_at: Some(due),
        created: to_ms(now),
        updated: to_ms(now),
    };
    let rowid = insert(tx, &row, input, parsed)?;
    super::search::index_case(tx, rowid)?;
    Ok(id)
}

/// The bookkeeping part of a case row that is not in the intake form.
pub struct NewCaseRow<'a> {
    pub id: &'a str,
    pub year: i32,
    pub seq: i64,
    pub customer_id: &'a str,
    pub currency: &'a str,
    pub status: CaseStatus,
    pub due_at: Option<i64>,
    pub created: i64,
    pub updated: i64,
}

pub fn case_number(year: i32, seq: i64) -> String {
    format!("{year}-{seq:04}")
}

/// Inserts a case row (no checks, no indexing); returns its rowid. Used by intake,
/// import and the demo generator.
pub fn insert(conn: &Connection, row: &NewCaseRow, input: &CaseInput, parsed: &ParsedCase) -> Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO cases(id, year, seq, number, customer_id, received_at, channel, order_no,
                purchase_date, product, price_minor, currency, category_id, complaint, demand,
                demand_note, demand_date, mood, staff_involved_id, handler_id, status, due_at,
                created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22, ?23, ?24)",
    )?;
    stmt.execute(params![
        row.id, row.year, row.seq, case_number(row.year, row.seq), row.customer_id,
        to_ms(parsed.received_at), input.channel, input.order_no,
        parsed.purchase_date.map(|d| d.to_string()), input.product, parsed.price_minor,
        row.currency, input.category_id, input.complaint, input.demand, input.demand_note,
        parsed.demand_date.to_string(), input.mood, input.staff_involved_id, input.handler_id,
        row.status, row.due_at, row.created, row.updated
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Inserts a case row with its derived columns already known (the demo derives them from
/// the steps it simulated): one insert instead of an insert and a `case_state::refresh`
/// that reads the case back and moves it in a dozen indexes. `row.status` and `row.due_at`
/// give way to the state's. Returns the rowid.
pub fn insert_settled(
    conn: &Connection,
    row: &NewCaseRow,
    input: &CaseInput,
    parsed: &ParsedCase,
    state: &super::case_state::StateColumns,
    reopened: i64,
) -> Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO cases(id, year, seq, number, customer_id, received_at, channel, order_no,
                purchase_date, product, price_minor, currency, category_id, complaint, demand,
                demand_note, demand_date, mood, staff_involved_id, handler_id, status, due_at,
                created_at, updated_at, current_step, step_due_at, legal_due_at, legal_deadline,
                legal_rule, acknowledged_at, promised_at, decided_at, letter_at, closed_at,
                root_cause, refusal, verdict, satisfaction, still_customer, legal_end_at,
                followed_up_at, reopened)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34,
                 ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42)",
    )?;
    stmt.execute(params![
        row.id, row.year, row.seq, case_number(row.year, row.seq), row.customer_id,
        to_ms(parsed.received_at), input.channel, input.order_no,
        parsed.purchase_date.map(|d| d.to_string()), input.product, parsed.price_minor,
        row.currency, input.category_id, input.complaint, input.demand, input.demand_note,
        parsed.demand_date.to_string(), input.mood, input.staff_involved_id, input.handler_id,
        state.status, state.due_at, row.created, row.updated, state.current_step, state.step_due_at,
        state.legal_due_at, state.legal_deadline, state.legal_rule, state.acknowledged_at,
        state.promised_at, state.decided_at, state.letter_at, state.closed_at, state.root_cause,
        state.refusal, state.verdict, state.satisfaction, state.still_customer, state.legal_end_at,
        state.followed_up_at, reopened
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Edits the intake fields of a case. Its number stays as it was. Call inside the caller's
/// write transaction.
pub fn update(tx: &Connection, id: &str, input: &CaseInput, parsed: &ParsedCase, now: DateTime<Utc>) -> Result<()> {
    let previous = found(
        tx.query_row(
            "SELECT rowid, category_id, staff_involved_id, handler_id FROM cases WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| Ok((r.get::<_, i64>(0)?, Previous { category_id: r.get(1)?, staff_involved_id: r.get(2)?, handler_id: r.get(3)? })),
        ),
        "case",
        id,
    )?;
    let (rowid, previous) = previous;
    check_references(tx, input, Some(&previous))?;
    let customer_id = resolve_customer(tx, input, now)?;
    tx.execute(
        "UPDATE cases SET customer_id = ?2, received_at = ?3, channel = ?4, order_no = ?5,
                purchase_date = ?6, product = ?7, price_minor = ?8, category_id = ?9,
                complaint = ?10, demand = ?11, demand_note = ?12, demand_date = ?13, mood = ?14,
                staff_involved_id = ?15, handler_id = ?16, updated_at = ?17
         WHERE id = ?1",
        params![
            id, customer_id, to_ms(parsed.received_at), input.channel, input.order_no,
            parsed.purchase_date.map(|d| d.to_string()), input.product, parsed.price_minor,
            input.category_id, input.complaint, input.demand, input.demand_note,
            parsed.demand_date.to_string(), input.mood, input.staff_involved_id,
            input.handler_id, to_ms(now)
        ],
    )?;
    super::search::index_case(tx, rowid)?;
    Ok(())
}

/// Marks a case deleted (a tombstone) and drops it from search.
pub fn delete(conn: &mut Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    let tx = conn.transaction()?;
    let rowid: i64 = found(
        tx.query_row("SELECT rowid FROM cases WHERE id = ?1 AND deleted_at IS NULL", [id], |r| r.get(0)),
        "case",
        id,
    )?;
    tx.execute("UPDATE cases SET deleted_at = ?2, updated_at = ?2 WHERE id = ?1", params![id, to_ms(now)])?;
    super::search::index_case(&tx, rowid)?;
    tx.commit()?;
    Ok(())
}

pub fn id_by_number(conn: &Connection, number: &str) -> Result<String> {
    found(
        conn.query_row("SELECT id FROM cases WHERE number = ?1 AND deleted_at IS NULL", [number.trim()], |r| r.get(0)),
        "case",
        number,
    )
}

/// Anything not closed can be overdue: a resolved case still owes its follow-up.
fn is_overdue(status: CaseStatus, due_at: Option<i64>, now_ms: i64) -> bool {
    status != CaseStatus::Closed && due_at.is_some_and(|due| due < now_ms)
}

pub fn get(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<CaseView> {
    let tz = shop_tz(conn)?;
    let now_ms = to_ms(now);
    let view = found(
        conn.query_row(
            "SELECT c.id, c.number, c.status, c.received_at, c.channel, c.order_no, c.purchase_date,
                    c.product, c.price_minor, c.currency, c.category_id, g.code, g.name, c.complaint,
                    c.demand, c.demand_note, c.demand_date, c.mood, c.staff_involved_id, si.name,
                    c.handler_id, h.name, c.customer_id, c.due_at, c.created_at, c.updated_at
             FROM cases c
             JOIN categories g ON g.id = c.category_id
             LEFT JOIN staff si ON si.id = c.staff_involved_id
             LEFT JOIN staff h ON h.id = c.handler_id
             WHERE c.id = ?1 AND c.deleted_at IS NULL",
            [id],
            |r| {
                let status: CaseStatus = r.get(2)?;
                let due_at: Option<i64> = r.get(23)?;
                let staff = |id: Option<String>, name: Option<String>| match (id, name) {
                    (Some(id), Some(name)) => Some(StaffRef { id, name }),
                    _ => None,
                };
                Ok((
                    r.get::<_, String>(22)?,
                    CaseView {
                        id: r.get(0)?,
                        number: r.get(1)?,
                        status,
                        received_at: rfc3339_in(r.get(3)?, tz),
                        channel: r.get(4)?,
                        order_no: r.get(5)?,
                        purchase_date: r.get(6)?,
                        product: r.get(7)?,
                        price_minor: r.get(8)?,
                        currency: r.get(9)?,
                        category: CategoryRef { id: r.get(10)?, code: r.get(11)?, name: r.get(12)? },
                        complaint: r.get(13)?,
                        demand: r.get(14)?,
                        demand_note: r.get(15)?,
                        demand_date: r.get(16)?,
                        mood: r.get(17)?,
                        staff_involved: staff(r.get(18)?, r.get(19)?),
                        handler: staff(r.get(20)?, r.get(21)?),
                        customer: CustomerSummary {
                            id: String::new(),
                            display_name: String::new(),
                            phone: None,
                            email: None,
                            case_count: 0,
                            repeat_complainant: false,
                        },
                        due_at: due_at.filter(|_| status != CaseStatus::Closed).map(|ms| rfc3339_in(ms, tz)),
                        overdue: is_overdue(status, due_at, now_ms),
                        created_at: rfc3339_utc(r.get(24)?),
                        updated_at: rfc3339_utc(r.get(25)?),
                    },
                ))
            },
        ),
        "case",
        id,
    )?;
    let (customer_id, mut view) = view;
    view.customer = super::customers::summary(conn, &customer_id)?;
    Ok(view)
}

fn list_item(r: &Row, tz: Tz, now_ms: i64) -> rusqlite::Result<CaseListItem> {
    let status: CaseStatus = r.get(2)?;
    let due_at: Option<i64> = r.get(13)?;
    let patronymic: Option<String> = r.get(7)?;
    Ok(CaseListItem {
        id: r.get(0)?,
        number: r.get(1)?,
        status,
        received_at: rfc3339_in(r.get(3)?, tz),
        customer_id: r.get(4)?,
        customer_name: display_name(&r.get::<_, String>(5)?, &r.get::<_, String>(6)?, patronymic.as_deref()),
        category: CategoryRef { id: r.get(8)?, code: r.get(9)?, name: r.get(10)? },
        channel: r.get(11)?,
        product: r.get(12)?,
        due_at: due_at.filter(|_| status != CaseStatus::Closed).map(|ms| rfc3339_in(ms, tz)),
        overdue: is_overdue(status, due_at, now_ms),
    })
}

/// The WHERE clause of a query's filters (not the search) and its values, numbered from
/// `first_param`.
fn filters(query: &CaseQuery, tz: Tz, now_ms: i64, first_param: usize) -> Result<(String, Vec<Value>)> {
    let mut clauses = vec!["c.deleted_at IS NULL".to_string()];
    let mut values: Vec<Value> = Vec::new();
    let param = |values: &mut Vec<Value>, value: Value| {
        values.push(value);
        first_param + values.len() - 1
    };
    if let Some(status) = query.status {
        let n = param(&mut values, Value::Text(status.code().to_string()));
        clauses.push(format!("c.status = ?{n}"));
    }
    if let Some(category) = query.category_id.as_deref().filter(|s| !s.is_empty()) {
        let n = param(&mut values, Value::Text(category.to_string()));
        clauses.push(format!("c.category_id = ?{n}"));
    }
    if let Some(channel) = query.channel {
        let n = param(&mut values, Value::Text(channel.code().to_string()));
        clauses.push(format!("c.channel = ?{n}"));
    }
    if let Some(customer) = query.customer_id.as_deref().filter(|s| !s.is_empty()) {
        let n = param(&mut values, Value::Text(customer.to_string()));
        clauses.push(format!("c.customer_id = ?{n}"));
    }
    for (column, value) in [
        ("c.root_cause", &query.root_cause),
        ("c.verdict", &query.verdict),
        ("c.staff_involved_id", &query.staff_involved_id),
        ("c.product", &query.product),
    ] {
        match value.as_deref().filter(|s| !s.is_empty()) {
            None => {}
            // A bar of cases where nothing was recorded yet.
            Some("none") if column == "c.root_cause" || column == "c.verdict" => clauses.push(format!("{column} IS NULL")),
            Some(v) => {
                let n = param(&mut values, Value::Text(v.to_string()));
                clauses.push(format!("{column} = ?{n}"));
            }
        }
    }
    if let Some(month) = query.month.as_deref().filter(|s| !s.is_empty()) {
        let (start, end) = month_range(month, tz)?;
        let a = param(&mut values, Value::Integer(start));
        let b = param(&mut values, Value::Integer(end));
        clauses.push(format!("c.received_at >= ?{a} AND c.received_at < ?{b}"));
    }
    if query.overdue_only {
        let n = param(&mut values, Value::Integer(now_ms));
        clauses.push(format!("c.due_at < ?{n} AND c.status <> 'closed'"));
    }
    Ok((clauses.join(" AND "), values))
}

fn order_by(sort: CaseSort) -> &'static str {
    match sort {
        CaseSort::Newest => "c.received_at DESC, c.rowid DESC",
        CaseSort::Oldest => "c.received_at ASC, c.rowid ASC",
        CaseSort::NumberDesc => "c.year DESC, c.seq DESC",
        CaseSort::NumberAsc => "c.year ASC, c.seq ASC",
        CaseSort::Customer => "u.surname, u.first_name, c.received_at DESC",
        CaseSort::Status => {
            "CASE c.status WHEN 'new' THEN 0 WHEN 'acknowledged' THEN 1 WHEN 'investigating' THEN 2
             WHEN 'awaiting_customer' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END, c.received_at DESC"
        }
    }
}

/// A search combined with other filters stops counting here: "more than 1000" is all an
/// owner needs, and counting further would join every match.
pub const SEARCH_COUNT_CAP: u32 = 1000;

const LIST_COLUMNS: &str = "c.id, c.number, c.status, c.received_at, c.customer_id, u.surname, u.first_name,
                u.patronymic, c.category_id, g.code, g.name, c.channel, c.product, c.due_at";

pub fn list(conn: &Connection, query: &CaseQuery, now: DateTime<Utc>) -> Result<CasePage> {
    let tz = shop_tz(conn)?;
    let now_ms = to_ms(now);
    let search = match query.search.as_deref().filter(|s| !s.trim().is_empty()) {
        None => None,
        Some(typed) => match super::search::match_query(typed) {
            Some(fts) => Some(fts),
            None => return Ok(CasePage { items: Vec::new(), total: 0, total_capped: false }),
        },
    };
    // With a search, ?1 is the FTS query and the filters follow.
    let first = if search.is_some() { 2 } else { 1 };
    let (where_sql, filter_values) = filters(query, tz, now_ms, first)?;
    let mut values: Vec<Value> = search.iter().map(|fts| Value::Text(fts.clone())).collect();
    values.extend(filter_values);
    let filtered = values.len() > usize::from(search.is_some());
    let sort = query.sort.unwrap_or(CaseSort::Newest);

    let (total, total_capped) = match &search {
        // The index holds live cases only, so the match count is the answer.
        Some(_) if !filtered => {
            let n: u32 = conn
                .prepare_cached("SELECT count(*) FROM case_search WHERE case_search MATCH ?1")?
                .query_row([&values[0]], |r| r.get(0))?;
            (n, false)
        }
        Some(_) => {
            let sql = format!(
                "SELECT count(*) FROM (SELECT 1 FROM case_search(?1) AS s
                 CROSS JOIN cases c ON c.search_key = s.rowid WHERE {where_sql} LIMIT {})",
                SEARCH_COUNT_CAP + 1
            );
            let n: u32 = conn.prepare_cached(&sql)?.query_row(params_from_iter(values.iter()), |r| r.get(0))?;
            (n.min(SEARCH_COUNT_CAP), n > SEARCH_COUNT_CAP)
        }
        None => {
            let sql = format!("SELECT count(*) FROM cases c WHERE {where_sql}");
            (conn.prepare_cached(&sql)?.query_row(params_from_iter(values.iter()), |r| r.get(0))?, false)
        }
    };

    let limit = query.limit.unwrap_or(DEFAULT_PAGE).clamp(1, MAX_PAGE);
    let offset = query.offset.unwrap_or(0);
    let sql = match (&search, sort) {
        // FTS hands out matches in receipt order; only one page of them is joined.
        (Some(_), CaseSort::Newest | CaseSort::Oldest) => format!(
            "SELECT {LIST_COLUMNS}
             FROM case_search(?1) AS s
             CROSS JOIN cases c ON c.search_key = s.rowid
             JOIN customers u ON u.id = c.customer_id
             JOIN categories g ON g.id = c.category_id
             WHERE {where_sql}
             ORDER BY s.rowid {} LIMIT {limit} OFFSET {offset}",
            if sort == CaseSort::Newest { "DESC" } else { "ASC" }
        ),
        (Some(_), _) => format!(
            "SELECT {LIST_COLUMNS}
             FROM cases c
             JOIN customers u ON u.id = c.customer_id
             JOIN categories g ON g.id = c.category_id
             WHERE c.search_key IN (SELECT rowid FROM case_search WHERE case_search MATCH ?1) AND {where_sql}
             ORDER BY {} LIMIT {limit} OFFSET {offset}",
            order_by(sort)
        ),
        (None, _) => format!(
            "SELECT {LIST_COLUMNS}
             FROM cases c
             JOIN customers u ON u.id = c.customer_id
             JOIN categories g ON g.id = c.category_id
             WHERE {where_sql}
             ORDER BY {} LIMIT {limit} OFFSET {offset}",
            order_by(sort)
        ),
    };
    let mut stmt = conn.prepare_cached(&sql)?;
    let items = stmt
        .query_map(params_from_iter(values.iter()), |r| list_item(r, tz, now_ms))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CasePage { items, total, total_capped })
}
