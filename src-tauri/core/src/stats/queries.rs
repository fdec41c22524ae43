//! The SQL behind the monthly figures. Month bounds are the shop's local midnights as UTC
//! milliseconds (`time::month_range`); every query runs on an index range of one column.
use chrono::{Months, NaiveDate};
use chrono_tz::Tz;
use rusqlite::{params, Connection};

use super::*;
use super::derived;
use crate::error::{AmendsError, Result};
use crate::time::month_range;

const HOUR_MS: f64 = 3_600_000.0;

fn count(conn: &Connection, sql: &str, a: i64, b: i64) -> Result<u32> {
    Ok(conn.prepare_cached(sql)?.query_row(params![a, b], |r| r.get(0))?)
}

/// The median of `duration` over the rows of `filter` (both SQL over `cases c`, with ?1 and
/// ?2 the month's bounds): the middle row (or the mean of the two middle rows) in order.
fn median(conn: &Connection, duration: &str, filter: &str, start: i64, end: i64) -> Result<Median> {
    let n: u32 = count(conn, &format!("SELECT count(*) FROM cases c WHERE {filter}"), start, end)?;
    if n == 0 {
        return Ok(Median { hours: None, of: 0 });
    }
    let sql = format!("SELECT {duration} AS d FROM cases c WHERE {filter} ORDER BY d LIMIT ?4 OFFSET ?3");
    let take = if n.is_multiple_of(2) { 2 } else { 1 };
    let offset = (n - 1) / 2;
    let mut stmt = conn.prepare_cached(&sql)?;
    let middle: Vec<i64> =
        stmt.query_map(params![start, end, offset, take], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mean = middle.iter().map(|d| *d as f64).sum::<f64>() / middle.len().max(1) as f64;
    Ok(Median { hours: Some(mean / HOUR_MS), of: n })
}

/// Live cases received before `end`: the kept day tallies up to `end`'s day, and that
/// day's part counted exactly.
fn received_before(conn: &Connection, end: i64) -> Result<u32> {
    let day = derived::day_of(end);
    Ok(conn
        .prepare_cached(
            "SELECT coalesce((SELECT sum(received) FROM case_day_tally WHERE day < ?1), 0)
                  + (SELECT count(*) FROM cases c WHERE c.deleted_at IS NULL AND c.received_at >= ?2 AND c.received_at < ?3)",
        )?
        .query_row(params![day, day * derived::DAY_MS, end], |r| r.get(0))?)
}

/// Live cases closed at the instant `end` (closed before it and not reopened since).
fn closed_at_instant(conn: &Connection, end: i64) -> Result<u32> {
    let day = derived::day_of(end);
    Ok(conn
        .prepare_cached(
            "SELECT coalesce((SELECT sum(closed) - sum(reopened) FROM case_day_tally WHERE day < ?1), 0)
                  + (SELECT count(*) FROM case_closings WHERE live = 1 AND closed_at >= ?2 AND closed_at < ?3)
                  - (SELECT count(*) FROM case_closings WHERE live = 1 AND reopened_at >= ?2 AND reopened_at < ?3)",
        )?
        .query_row(params![day, day * derived::DAY_MS, end], |r| r.get(0))?)
}

/// Live cases closed in [start, end): a case closed, reopened and closed again within the
/// month counts once; one closed in two months counts in each.
fn closed_between(conn: &Connection, start: i64, end: i64) -> Result<u32> {
    // Closings in the range, less those followed by another closing of the same case in
    // it; only a closing reopened within the range can be, so few rows need that look.
    count(
        conn,
        "SELECT (SELECT count(*) FROM case_closings WHERE live = 1 AND closed_at >= ?1 AND closed_at < ?2)
              - (SELECT count(*) FROM case_closings x
                 WHERE x.live = 1 AND x.reopened_at >= ?1 AND x.reopened_at < ?2 AND x.closed_at >= ?1
                   AND EXISTS (SELECT 1 FROM case_closings y WHERE y.case_id = x.case_id AND y.live = 1
                               AND y.closed_at >= x.reopened_at AND y.closed_at < ?2))",
        start,
        end,
    )
}

pub fn month_figures(conn: &Connection, month: &str, tz: Tz) -> Result<MonthFigures> {
    let (s, e) = month_range(month, tz)?;
    let live = "c.deleted_at IS NULL";
    let received = count(conn, &format!("SELECT count(*) FROM cases c WHERE {live} AND c.received_at >= ?1 AND c.received_at < ?2"), s, e)?;
    let closed = closed_between(conn, s, e)?;
    let open_at_end = received_before(conn, e)?.saturating_sub(closed_at_instant(conn, e)?);

    let median_acknowledge = median(
        conn,
        "c.acknowledged_at - c.received_at",
        &format!("{live} AND c.received_at >= ?1 AND c.received_at < ?2 AND c.acknowledged_at IS NOT NULL"),
        s,
        e,
    )?;
    let median_close = median(
        conn,
        "c.closed_at - c.received_at",
        &format!("{live} AND c.closed_at >= ?1 AND c.closed_at < ?2"),
        s,
        e,
    )?;
    let share = |sql: &str| -> Result<Share> {
        let (kept, of): (u32, u32) = conn.prepare_cached(sql)?.query_row(params![s, e], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(Share::new(kept, of))
    };
    let promises_kept = share(&format!(
        "SELECT coalesce(sum(c.decided_at IS NOT NULL AND c.decided_at <= c.promised_at), 0), count(*)
         FROM cases c WHERE {live} AND c.promised_at >= ?1 AND c.promised_at < ?2"
    ))?;
    let legal_kept = share(&format!(
        "SELECT coalesce(sum(c.decided_at IS NOT NULL AND c.decided_at < c.legal_end_at), 0), count(*)
         FROM cases c WHERE {live} AND c.legal_end_at > ?1 AND c.legal_end_at <= ?2"
    ))?;

    let mut stmt = conn.prepare_cached(
        "SELECT m.kind, sum(m.value_minor), count(*) FROM compensations m
         WHERE m.deleted_at IS NULL AND m.case_deleted = 0 AND m.created_at >= ?1 AND m.created_at < ?2
         GROUP BY m.kind ORDER BY sum(m.value_minor) DESC, m.kind",
    )?;
    let compensation_by_kind: Vec<KindTotal> = stmt
        .query_map(params![s, e], |r| Ok(KindTotal { kind: r.get(0)?, total_minor: r.get(1)?, items: r.get(2)? }))?
        .collect::<rusqlite::Result<_>>()?;

    let (avg, scored, satisfied, stay_known, stayed): (Option<f64>, u32, u32, u32, u32) = conn
        .prepare_cached(&format!(
            "SELECT avg(c.satisfaction), count(c.satisfaction), coalesce(sum(c.satisfaction >= 4), 0),
                    count(c.still_customer), coalesce(sum(c.still_customer = 1), 0)
             FROM cases c WHERE {live} AND c.followed_up_at >= ?1 AND c.followed_up_at < ?2"
        ))?
        .query_row(params![s, e], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?;

    // A customer of the month is a repeat complainant with three cases in all by the
    // month's end, or two within the year before it. Their last case before the end is in
    // the month, and its kept place among their cases answers both (one row per customer).
    let repeat_complainants = conn
        .prepare_cached(
            "SELECT count(*) FROM cases c
             WHERE c.deleted_at IS NULL AND c.received_at >= ?1 AND c.received_at < ?2
               AND (c.customer_next_at IS NULL OR c.customer_next_at >= ?2)
               AND (c.customer_nth >= 3 OR c.customer_prev_at >= ?2 - ?3)",
        )?
        .query_row(params![s, e, 365 * derived::DAY_MS], |r| r.get(0))?;

    Ok(MonthFigures {
        month: month.to_string(),
        received,
        closed,
        open_at_end,
        median_acknowledge,
        median_close,
        promises_kept,
        legal_kept,
        compensation_total_minor: compensation_by_kind.iter().map(|k| k.total_minor).sum(),
        compensation_by_kind,
        satisfaction_average: avg,
        satisfied: Share::new(satisfied, scored),
        stayed: Share::new(stayed, stay_known),
        repeat_complainants,
    })
}

fn bars(conn: &Connection, sql: &str, s: i64, e: i64) -> Result<Vec<Bar>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let out = stmt
        .query_map(params![s, e], |r| Ok(Bar { key: r.get(0)?, label: r.get(1)?, code: r.get(2)?, count: r.get(3)? }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

fn breakdowns(conn: &Connection, s: i64, e: i64) -> Result<Breakdowns> {
    let month = "c.deleted_at IS NULL AND c.received_at >= ?1 AND c.received_at < ?2";
    let by_code = |column: &str| {
        format!("SELECT c.{column}, NULL, c.{column}, count(*) FROM cases c WHERE {month} GROUP BY c.{column} ORDER BY count(*) DESC, c.{column}")
    };
    Ok(Breakdowns {
        category: bars(
            conn,
            &format!(
                "SELECT c.category_id, g.name, g.code, count(*) FROM cases c JOIN categories g ON g.id = c.category_id
                 WHERE {month} GROUP BY c.category_id ORDER BY count(*) DESC, g.position"
            ),
            s,
            e,
        )?,
        channel: bars(conn, &by_code("channel"), s, e)?,
        root_cause: bars(conn, &by_code("root_cause"), s, e)?,
        verdict: bars(conn, &by_code("verdict"), s, e)?,
        staff_involved: bars(
            conn,
            &format!(
                "SELECT c.staff_involved_id, t.name, NULL, count(*) FROM cases c JOIN staff t ON t.id = c.staff_involved_id
                 WHERE {month} GROUP BY c.staff_involved_id ORDER BY count(*) DESC, t.name LIMIT 10"
            ),
            s,
            e,
        )?,
        products: bars(
            conn,
            &format!(
                "SELECT c.product, c.product, NULL, count(*) FROM cases c WHERE {month} AND c.product IS NOT NULL
                 GROUP BY c.product ORDER BY count(*) DESC, c.product LIMIT 10"
            ),
            s,
            e,
        )?,
    })
}

fn shift(month: &str, months: i32) -> Result<String> {
    let first = NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
        .map_err(|_| AmendsError::invalid("month", "invalid_month"))?;
    let moved = if months >= 0 {
        first.checked_add_months(Months::new(months as u32))
    } else {
        first.checked_sub_months(Months::new(months.unsigned_abs()))
    };
    Ok(moved.ok_or_else(|| AmendsError::invalid("month", "invalid_month"))?.format("%Y-%m").to_string())
}

pub fn trend(conn: &Connection, month: &str, tz: Tz) -> Result<Vec<TrendPoint>> {
    let mut out = Vec::with_capacity(12);
    for back in (0..12).rev() {
        let m = shift(month, -back)?;
        let (s, e) = month_range(&m, tz)?;
        let received = count(conn, "SELECT count(*) FROM cases c WHERE c.deleted_at IS NULL AND c.received_at >= ?1 AND c.received_at < ?2", s, e)?;
        let closed = closed_between(conn, s, e)?;
        out.push(TrendPoint { month: m, received, closed });
    }
    Ok(out)
}

pub fn month_review(conn: &Connection, month: &str, tz: Tz) -> Result<MonthReview> {
    let (s, e) = month_range(month, tz)?;
    Ok(MonthReview {
        figures: month_figures(conn, month, tz)?,
        previous: month_figures(conn, &shift(month, -1)?, tz)?,
        year_ago: month_figures(conn, &shift(month, -12)?, tz)?,
        breakdowns: breakdowns(conn, s, e)?,
        trend: trend(conn, month, tz)?,
    })
}

/// The last full month before `today` ("YYYY-MM"): the review's default.
pub fn last_full_month(today: NaiveDate) -> String {
    today.checked_sub_months(Months::new(1)).unwrap_or(today).format("%Y-%m").to_string()
}
