//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Cyrillic right) and
//! a header row. One file of cases (with the customer's name and contacts on each row) and
//! one of customers. Enum values are the stable codes; category is its display name.
//! A one-way report: the checklist appears as its derived figures (current step, root
//! cause, verdict, legal deadline, the milestone times, satisfaction); JSON is the round trip.
use std::io::Write;

use rusqlite::Connection;

use crate::case::category::english_name;
use crate::case::customer::display_name;
use crate::case::validate::format_money;
use crate::error::Result;
use crate::store::cases::shop_tz;
use crate::time::rfc3339_in;

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const CASE_COLUMNS: &[&str] = &[
    "number", "status", "received_at", "channel", "customer_name", "customer_phone",
    "customer_email", "order_no", "purchase_date", "product", "price", "currency", "category",
    "complaint", "demand", "demand_note", "demand_date", "mood", "staff_involved", "handler",
    "due_at", "current_step", "root_cause", "verdict", "legal_rule", "legal_deadline",
    "acknowledged_at", "decided_at", "letter_at", "closed_at", "satisfaction", "still_customer",
    "id", "customer_id",
];

pub fn write_cases(conn: &Connection, out: impl Write) -> Result<usize> {
    let tz = shop_tz(conn)?;
    let mut out = out;
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CASE_COLUMNS)?;
    let mut stmt = conn.prepare(
        "SELECT c.number, c.status, c.received_at, c.channel, u.surname, u.first_name, u.patronymic,
                u.phone, u.email, c.order_no, c.purchase_date, c.product, c.price_minor, c.currency,
                g.code, g.name, c.complaint, c.demand, c.demand_note, c.demand_date, c.mood,
                si.name, h.name, c.due_at, c.id, c.customer_id, c.current_step, c.root_cause,
                c.verdict, c.legal_rule, c.legal_deadline, c.acknowledged_at, c.decided_at,
                c.letter_at, c.closed_at, c.satisfaction, c.still_customer
         FROM cases c
         JOIN customers u ON u.id = c.customer_id
         JOIN categories g ON g.id = c.category_id
         LEFT JOIN staff si ON si.id = c.staff_involved_id
         LEFT JOIN staff h ON h.id = c.handler_id
         WHERE c.deleted_at IS NULL
         ORDER BY c.year, c.seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0;
    while let Some(r) = rows.next()? {
        let text = |i: usize| -> rusqlite::Result<String> { Ok(r.get::<_, Option<String>>(i)?.unwrap_or_default()) };
        let when = |i: usize| -> rusqlite::Result<String> {
            Ok(r.get::<_, Option<i64>>(i)?.map(|ms| rfc3339_in(ms, tz)).unwrap_or_default())
        };
        let category = match (r.get::<_, Option<String>>(15)?, r.get::<_, Option<String>>(14)?) {
            (Some(name), _) => name,
            (None, Some(code)) => english_name(&code).to_string(),
            (None, None) => String::new(),
        };
        let record = [
            text(0)?,
            text(1)?,
            rfc3339_in(r.get(2)?, tz),
            text(3)?,
            display_name(&text(4)?, &text(5)?, r.get::<_, Option<String>>(6)?.as_deref()),
            text(7)?,
            text(8)?,
            text(9)?,
            text(10)?,
            text(11)?,
            r.get::<_, Option<i64>>(12)?.map(format_money).unwrap_or_default(),
            text(13)?,
            category,
            text(16)?,
            text(17)?,
            text(18)?,
            text(19)?,
            text(20)?,
            text(21)?,
            text(22)?,
            when(23)?,
            text(26)?,
            text(27)?,
            text(28)?,
            text(29)?,
            text(30)?,
            when(31)?,
            when(32)?,
            when(33)?,
            when(34)?,
            r.get::<_, Option<i64>>(35)?.map(|n| n.to_string()).unwrap_or_default(),
            r.get::<_, Option<bool>>(36)?.map(|b| b.to_string()).unwrap_or_default(),
            text(24)?,
            text(25)?,
        ];
        writer.write_record(&record)?;
        count += 1;
    }
    writer.flush()?;
    Ok(count)
}

pub const CUSTOMER_COLUMNS: &[&str] = &[
    "id", "surname", "first_name", "patronymic", "phone", "email", "messenger", "language",
    "gender", "address_form", "note", "cases",
];

pub fn write_customers(conn: &Connection, out: impl Write) -> Result<usize> {
    let mut out = out;
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CUSTOMER_COLUMNS)?;
    let mut stmt = conn.prepare(
        "SELECT u.id, u.surname, u.first_name, u.patronymic, u.phone, u.email, u.messenger,
                u.language, u.gender, u.address_form, u.note,
                (SELECT count(*) FROM cases c WHERE c.customer_id = u.id AND c.deleted_at IS NULL)
         FROM customers u WHERE u.deleted_at IS NULL ORDER BY u.rowid",
    )?;
    let mut rows = stmt.query([])?;
    let mut count = 0;
    while let Some(r) = rows.next()? {
        let mut record: Vec<String> = (0..11)
            .map(|i| r.get::<_, Option<String>>(i).map(Option::unwrap_or_default))
            .collect::<rusqlite::Result<_>>()?;
        record.push(r.get::<_, i64>(11)?.to_string());
        writer.write_record(&record)?;
        count += 1;
    }
    writer.flush()?;
    Ok(count)
}
