//! The cases received in one month as CSV for a spreadsheet: UTF-8 with a byte-order mark
//! (Excel then reads Cyrillic right) and a header row; one row per case with the facts the
//! monthly figures count, so the month's figures can be recomputed from the file.
use std::io::Write;

use chrono_tz::Tz;
use rusqlite::{params, Connection};

use crate::case::customer::display_name;
use crate::case::validate::format_money;
use crate::error::Result;
use crate::time::{month_range, rfc3339_in};

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub const MONTH_COLUMNS: &[&str] = &[
    "number", "received_at", "customer", "repeat_complainant", "category", "channel", "product",
    "staff_involved", "status", "root_cause", "verdict", "acknowledged_at", "promised_at",
    "decided_at", "legal_deadline", "letter_at", "closed_at", "compensation", "currency",
    "satisfaction", "still_customer",
];

/// Writes the month's cases; returns how many.
pub fn write_month(conn: &Connection, month: &str, tz: Tz, out: impl Write) -> Result<usize> {
    let (start, end) = month_range(month, tz)?;
    let mut out = out;
    out.write_all(BOM)?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(MONTH_COLUMNS)?;
    let mut stmt = conn.prepare(
        "SELECT c.number, c.received_at, u.surname, u.first_name, u.patronymic, g.code, g.name, c.channel,
                c.product, s.name, c.status, c.root_cause, c.verdict, c.acknowledged_at, c.promised_at,
                c.decided_at, c.legal_deadline, c.letter_at, c.closed_at,
                (SELECT coalesce(sum(m.value_minor), 0) FROM compensations m WHERE m.case_id = c.id AND m.deleted_at IS NULL),
                c.currency, c.satisfaction, c.still_customer,
                (SELECT count(*) FROM cases y WHERE y.customer_id = c.customer_id AND y.deleted_at IS NULL
                    AND y.received_at < ?2 AND y.received_at >= ?2 - 31536000000) >= 2
                OR (SELECT count(*) FROM cases y WHERE y.customer_id = c.customer_id AND y.deleted_at IS NULL
                    AND y.received_at < ?2) >= 3
         FROM cases c
         JOIN customers u ON u.id = c.customer_id
         JOIN categories g ON g.id = c.category_id
         LEFT JOIN staff s ON s.id = c.staff_involved_id
         WHERE c.deleted_at IS NULL AND c.received_at >= ?1 AND c.received_at < ?2
         ORDER BY c.received_at, c.rowid",
    )?;
    let mut rows = stmt.query(params![start, end])?;
    let mut n = 0;
    let time = |ms: Option<i64>| ms.map(|ms| rfc3339_in(ms, tz)).unwrap_or_default();
    while let Some(r) = rows.next()? {
        let patronymic: Option<String> = r.get(4)?;
        let code: Option<String> = r.get(5)?;
        let name: Option<String> = r.get(6)?;
        let category = name.or(code).unwrap_or_default();
        let currency: String = r.get(20)?;
        let record = [
            r.get::<_, String>(0)?,
            time(r.get(1)?),
            display_name(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?, patronymic.as_deref()),
            if r.get::<_, bool>(23)? { "yes" } else { "no" }.to_string(),
            category,
            r.get::<_, String>(7)?,
            r.get::<_, Option<String>>(8)?.unwrap_or_default(),
            r.get::<_, Option<String>>(9)?.unwrap_or_default(),
            r.get::<_, String>(10)?,
            r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            r.get::<_, Option<String>>(12)?.unwrap_or_default(),
            time(r.get(13)?),
            time(r.get(14)?),
            time(r.get(15)?),
            r.get::<_, Option<String>>(16)?.unwrap_or_default(),
            time(r.get(17)?),
            time(r.get(18)?),
            format_money(r.get(19)?),
            currency,
            r.get::<_, Option<i64>>(21)?.map(|s| s.to_string()).unwrap_or_default(),
            match r.get::<_, Option<bool>>(22)? {
                Some(true) => "yes".into(),
                Some(false) => "no".into(),
                None => String::new(),
            },
        ];
        writer.write_record(&record)?;
        n += 1;
    }
    writer.flush()?;
    Ok(n)
}
