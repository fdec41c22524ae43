//! The review's derived tables (migration 0007): each case's place among its customer's
//! cases, the closings read from the timeline, and the per-day tallies. Triggers keep them
//! current on every write; `rebuild` makes them from scratch and `check` compares what the
//! triggers kept with a fresh derivation, so a test (or `amends-cli verify`) can prove them.
use rusqlite::Connection;

use crate::error::Result;

/// Floor of a UTC millisecond time to its day number, as the triggers compute it.
pub fn day_of(ms: i64) -> i64 {
    ms.div_euclid(DAY_MS)
}

pub const DAY_MS: i64 = 86_400_000;

/// The derivations, as SELECTs over the source tables. Each yields rows in a fixed order
/// so that `check` can compare them with the kept tables row for row.
const LINKS: &str = "SELECT rowid AS rid, row_number() OVER o AS nth, lag(received_at) OVER o AS prev_at,
            lead(received_at) OVER o AS next_at
     FROM cases WHERE deleted_at IS NULL
     WINDOW o AS (PARTITION BY customer_id ORDER BY received_at, rowid)";

/// Closings pair each completion of the close step with the next reopening of any step
/// of the same case (see the trigger `case_events_close_reopened`).
const CLOSINGS: &str = "SELECT x.case_id, x.at, x.next_at, c.deleted_at IS NULL FROM (
         SELECT case_id, kind, at, lead(at) OVER (PARTITION BY case_id ORDER BY seq) AS next_at
         FROM case_events
         WHERE (kind = 'step_done' AND step = 'close') OR kind = 'step_reopened') x
     JOIN cases c ON c.id = x.case_id
     WHERE x.kind = 'step_done'";

/// SQL for `day_of(column)`.
fn day(column: &str) -> String {
    format!("(({column} - (({column} % 86400000) + 86400000) % 86400000) / 86400000)")
}

fn tallies_sql() -> String {
    format!(
        "SELECT day, sum(received), sum(closed), sum(reopened) FROM (
             SELECT {received} AS day, 1 AS received, 0 AS closed, 0 AS reopened FROM cases WHERE deleted_at IS NULL
             UNION ALL SELECT {closed}, 0, 1, 0 FROM case_closings WHERE live = 1
             UNION ALL SELECT {reopened}, 0, 0, 1 FROM case_closings WHERE live = 1 AND reopened_at IS NOT NULL)
         GROUP BY day",
        received = day("received_at"),
        closed = day("closed_at"),
        reopened = day("reopened_at"),
    )
}

/// Fills every derived table from the cases, the timeline and the ledger.
pub fn rebuild(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "DELETE FROM case_closings;
         INSERT INTO case_closings(case_id, closed_at, reopened_at, live) {CLOSINGS};
         DELETE FROM case_day_tally;
         INSERT INTO case_day_tally(day, received, closed, reopened) {tallies};
         UPDATE cases SET customer_nth = w.nth, customer_prev_at = w.prev_at, customer_next_at = w.next_at
             FROM ({LINKS}) AS w WHERE cases.rowid = w.rid;
         UPDATE compensations SET case_deleted = EXISTS (
             SELECT 1 FROM cases c WHERE c.id = compensations.case_id AND c.deleted_at IS NOT NULL);",
        tallies = tallies_sql(),
    ))?;
    Ok(())
}

/// The triggers that keep the derived tables, as (name, SQL) to restore them.
pub struct SuspendedTriggers(Vec<(String, String)>);

/// Drops the keeping triggers for a bulk write (inside its transaction); follow with
/// `resume_triggers` and `rebuild` in the same transaction.
pub fn suspend_triggers(conn: &Connection) -> Result<SuspendedTriggers> {
    let saved: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (
                 'cases_review_insert', 'cases_review_update', 'cases_review_delete', 'case_closings_insert',
                 'case_closings_update', 'case_closings_delete', 'case_events_close_done',
                 'case_events_close_reopened', 'compensations_review_insert')",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &saved {
        conn.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
    }
    Ok(SuspendedTriggers(saved))
}

pub fn resume_triggers(conn: &Connection, triggers: &SuspendedTriggers) -> Result<()> {
    for (_, sql) in &triggers.0 {
        conn.execute_batch(sql)?;
    }
    Ok(())
}

/// What `check` found: per derived table, the cases or days that differ from a fresh
/// derivation.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Drift {
    pub links: u64,
    pub closings: u64,
    pub tallies: u64,
    pub compensations: u64,
}

impl Drift {
    pub fn is_clean(&self) -> bool {
        *self == Drift::default()
    }
}

/// Counts the rows where the kept tables and a fresh derivation disagree.
pub fn check(conn: &Connection) -> Result<Drift> {
    let count = |sql: &str| -> Result<u64> { Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64) };
    let links = count(&format!(
        "SELECT count(*) FROM ({LINKS}) AS w JOIN cases c ON c.rowid = w.rid
         WHERE c.customer_nth IS NOT w.nth OR c.customer_prev_at IS NOT w.prev_at OR c.customer_next_at IS NOT w.next_at"
    ))?;
    // Cases whose closings differ either way (EXCEPT compares sets; the counts per case
    // catch a duplicated closing).
    let closings = count(&format!(
        "SELECT count(DISTINCT case_id) FROM (
             SELECT case_id FROM (SELECT case_id, count(*) FROM ({CLOSINGS}) GROUP BY case_id
                 EXCEPT SELECT case_id, count(*) FROM case_closings GROUP BY case_id)
             UNION ALL
             SELECT case_id FROM (SELECT case_id, count(*) FROM case_closings GROUP BY case_id
                 EXCEPT SELECT case_id, count(*) FROM ({CLOSINGS}) GROUP BY case_id)
             UNION ALL
             SELECT case_id FROM (SELECT * FROM ({CLOSINGS})
                 EXCEPT SELECT case_id, closed_at, reopened_at, live FROM case_closings)
             UNION ALL
             SELECT case_id FROM (SELECT case_id, closed_at, reopened_at, live FROM case_closings
                 EXCEPT SELECT * FROM ({CLOSINGS})))"
    ))?;
    // Days whose every tally is zero may linger as rows; they count as absent.
    let tallies = count(&format!(
        "SELECT count(DISTINCT day) FROM (
             SELECT * FROM ({fresh}) EXCEPT SELECT day, received, closed, reopened FROM case_day_tally
             UNION ALL
             SELECT * FROM (SELECT day, received, closed, reopened FROM case_day_tally
                            WHERE received <> 0 OR closed <> 0 OR reopened <> 0
                            EXCEPT SELECT * FROM ({fresh})))",
        fresh = tallies_sql(),
    ))?;
    let compensations = count(
        "SELECT count(*) FROM compensations m WHERE m.case_deleted IS NOT EXISTS (
             SELECT 1 FROM cases c WHERE c.id = m.case_id AND c.deleted_at IS NOT NULL)",
    )?;
    Ok(Drift { links, closings, tallies, compensations })
}

#[cfg(test)]
mod tests {
    use crate::checklist::{StepCode, DEFINITIONS};

    /// The closing trigger ends a closing at any reopening; that is right only while the
    /// close step rests directly on every other step (reopening cascades to it).
    #[test]
    fn close_rests_on_every_other_step() {
        let close = DEFINITIONS.iter().find(|d| d.code == StepCode::Close).map(|d| d.depends_on).unwrap_or(&[]);
        for def in DEFINITIONS.iter().filter(|d| d.code != StepCode::Close) {
            assert!(close.contains(&def.code), "close does not rest on {:?}", def.code);
        }
    }

    #[test]
    fn days_round_down_before_1970() {
        assert_eq!(super::day_of(0), 0);
        assert_eq!(super::day_of(-1), -1);
        assert_eq!(super::day_of(super::DAY_MS), 1);
        assert_eq!(super::day_of(super::DAY_MS - 1), 0);
    }
}
