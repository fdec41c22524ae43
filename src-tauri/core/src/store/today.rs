//! The Today screen: what is due by the end of today or overdue, across all cases.
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::case::customer::display_name;
use crate::case::enums::CaseStatus;
use crate::checklist::StepCode;
use crate::error::Result;
use crate::time::{local_date, rfc3339_in, start_of_day, to_ms};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DueClock {
    /// The shop's own target for the current step.
    Shop,
    /// The consumer-law deadline.
    Legal,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TodayItem {
    pub case_id: String,
    pub number: String,
    pub customer_name: String,
    pub status: CaseStatus,
    pub step: Option<StepCode>,
    /// Which clock makes it due first.
    pub clock: DueClock,
    pub due_at: String,
    pub overdue: bool,
    /// The legal deadline's last day, when one runs.
    pub legal_deadline: Option<String>,
}

/// How many cases are due by the end of the shop's today, and how many of them are overdue
/// already: all of them, not only those the Today list shows (the navigation's badge).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodayCounts {
    pub due: u32,
    pub overdue: u32,
}

/// The end of the shop's today (UTC ms): what is due before it is due today.
fn end_of_today(tz: Tz, now: DateTime<Utc>) -> i64 {
    to_ms(start_of_day(local_date(now, tz) + chrono::Duration::days(1), tz))
}

/// Counts what [`due`] lists, without the rows: cheap enough to ask every minute.
pub fn counts(conn: &Connection, tz: Tz, now: DateTime<Utc>) -> Result<TodayCounts> {
    let (due, overdue) = conn
        .prepare_cached(
            "SELECT count(*), coalesce(sum(due_at < ?2), 0) FROM cases
             WHERE deleted_at IS NULL AND due_at IS NOT NULL AND due_at < ?1 AND status <> 'closed'",
        )?
        .query_row(params![end_of_today(tz, now), to_ms(now)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(TodayCounts { due, overdue })
}

/// Cases due by the end of the shop's today (or overdue), most urgent first.
pub fn due(conn: &Connection, tz: Tz, now: DateTime<Utc>, limit: u32) -> Result<(Vec<TodayItem>, u32)> {
    let now_ms = to_ms(now);
    let total = counts(conn, tz, now)?.due;
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.number, u.surname, u.first_name, u.patronymic, c.status, c.current_step,
                c.due_at, c.step_due_at, c.legal_due_at, c.legal_deadline
         FROM cases c JOIN customers u ON u.id = c.customer_id
         WHERE c.deleted_at IS NULL AND c.due_at IS NOT NULL AND c.due_at < ?1 AND c.status <> 'closed'
         ORDER BY c.due_at, c.rowid LIMIT ?2",
    )?;
    let items = stmt
        .query_map(params![end_of_today(tz, now), limit], |r| {
            let patronymic: Option<String> = r.get(4)?;
            let step: Option<String> = r.get(6)?;
            let due: i64 = r.get(7)?;
            let step_due: Option<i64> = r.get(8)?;
            let legal_due: Option<i64> = r.get(9)?;
            let clock = match (step_due, legal_due) {
                (Some(s), Some(l)) if l < s => DueClock::Legal,
                (None, Some(_)) => DueClock::Legal,
                _ => DueClock::Shop,
            };
            Ok(TodayItem {
                case_id: r.get(0)?,
                number: r.get(1)?,
                customer_name: display_name(&r.get::<_, String>(2)?, &r.get::<_, String>(3)?, patronymic.as_deref()),
                status: r.get(5)?,
                step: step.as_deref().and_then(StepCode::from_code),
                clock,
                due_at: rfc3339_in(due, tz),
                overdue: due < now_ms,
                legal_deadline: r.get(10)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((items, total))
}
