//! Keeps the derived facts of a case row in step with its checklist: status, current step,
//! the two clocks' due times, and the figures the statistics read (root cause, verdict,
//! times of acknowledgement, decision, letter and closing, satisfaction).
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rusqlite::{params, Connection, OptionalExtension};

use crate::case::enums::{CaseStatus, Demand, Language};
use crate::checklist::{derive, fields, Derived, StepCode, StepState, StepsState};
use crate::clock::case_clocks::{case_clocks, CaseClockInput, CaseClocks};
use crate::clock::{legal, ServiceTargets, Subject};
use crate::error::Result;
use crate::time::{from_ms, parse_tz};

use super::rows::found;

/// What every refresh needs from the shop, read once per batch.
pub struct ShopContext {
    pub tz: Tz,
    pub language: Language,
    pub ack_target_hours: u32,
    pub targets: ServiceTargets,
    pub now: DateTime<Utc>,
}

impl ShopContext {
    pub fn load(conn: &Connection, now: DateTime<Utc>) -> Result<ShopContext> {
        let shop = super::shop::get(conn)?;
        Ok(ShopContext {
            tz: shop.as_ref().map(|s| parse_tz(&s.fields.time_zone)).unwrap_or(Tz::UTC),
            language: shop.as_ref().map(|s| s.fields.language).unwrap_or(Language::En),
            ack_target_hours: shop.as_ref().map(|s| s.fields.ack_target_hours).unwrap_or(2),
            targets: super::targets::get(conn)?,
            now,
        })
    }
}

/// The case facts the clocks read.
pub struct ClockFacts {
    pub received_ms: i64,
    pub demand: Demand,
    pub demand_date: NaiveDate,
    pub price_minor: Option<i64>,
    /// None: not chosen yet (the default for the demand applies); "": no rule.
    pub legal_rule: Option<String>,
    pub category_code: Option<String>,
}

pub fn clock_facts(conn: &Connection, case_id: &str) -> Result<ClockFacts> {
    found(
        conn.prepare_cached(
            // A subquery, not a join: the join was re-prepared at every run (SQLite
            // marked ?1 as plan-dependent), about 5% of the demo's time.
            "SELECT c.received_at, c.demand, c.demand_date, c.price_minor, c.legal_rule,
                    (SELECT g.code FROM categories g WHERE g.id = c.category_id)
             FROM cases c WHERE c.id = ?1",
        )?
        .query_row([case_id], |r| {
            let date: String = r.get(2)?;
            Ok(ClockFacts {
                received_ms: r.get(0)?,
                demand: r.get(1)?,
                demand_date: NaiveDate::parse_from_str(&date, "%Y-%m-%d").unwrap_or_default(),
                price_minor: r.get(3)?,
                legal_rule: r.get(4)?,
                category_code: r.get(5)?,
            })
        }),
        "case",
        case_id,
    )
}

/// The rule a case gets when none was chosen: the jurisdiction's default for its demand;
/// service-quality complaints are about a service.
pub fn default_legal_rule(targets: &ServiceTargets, demand: Demand, category_code: Option<&str>) -> String {
    let subject = if category_code == Some("service_quality") { Subject::Services } else { Subject::Goods };
    legal::default_rule(&targets.jurisdiction, demand, subject).map(|r| r.id.clone()).unwrap_or_default()
}

pub struct Refreshed {
    pub steps: StepsState,
    pub derived: Derived,
    pub clocks: CaseClocks,
}

/// Recomputes and stores the derived columns of one case.
pub fn refresh(conn: &Connection, case_id: &str, shop: &ShopContext) -> Result<Refreshed> {
    compute_and(conn, case_id, shop, true)
}

/// Computes a case's steps, status and clocks without writing anything (for reading a
/// case page: its stored columns are already current).
pub fn compute(conn: &Connection, case_id: &str, shop: &ShopContext) -> Result<Refreshed> {
    compute_and(conn, case_id, shop, false)
}

fn compute_and(conn: &Connection, case_id: &str, shop: &ShopContext, store: bool) -> Result<Refreshed> {
    let facts = clock_facts(conn, case_id)?;
    let steps = super::steps::load(conn, case_id)?;
    let (refreshed, columns) = derive_state(facts, steps, shop);
    if store {
        write_state(conn, case_id, &columns)?;
    }
    Ok(refreshed)
}

/// The derived columns of a case row, as `refresh` stores them.
#[derive(Debug, Clone, PartialEq)]
pub struct StateColumns {
    pub status: CaseStatus,
    pub current_step: Option<&'static str>,
    pub due_at: Option<i64>,
    pub step_due_at: Option<i64>,
    pub legal_due_at: Option<i64>,
    pub legal_deadline: Option<String>,
    pub legal_rule: Option<String>,
    pub acknowledged_at: Option<i64>,
    pub promised_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub letter_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub root_cause: Option<&'static str>,
    pub refusal: Option<&'static str>,
    pub verdict: Option<&'static str>,
    pub satisfaction: Option<i64>,
    pub still_customer: Option<bool>,
    pub legal_end_at: Option<i64>,
    pub followed_up_at: Option<i64>,
}

/// Derives a case's status, clocks and figures from its facts and settled steps, reading
/// nothing: the demo calls it on the state it holds in memory, `refresh` on what it read.
pub fn derive_state(mut facts: ClockFacts, steps: StepsState, shop: &ShopContext) -> (Refreshed, StateColumns) {
    if facts.legal_rule.is_none() {
        facts.legal_rule = Some(default_legal_rule(&shop.targets, facts.demand, facts.category_code.as_deref()));
    }
    let derived = derive(&steps);
    let input = CaseClockInput {
        received_at: from_ms(facts.received_ms),
        demand_date: facts.demand_date,
        price_minor: facts.price_minor,
        legal_rule_id: facts.legal_rule.as_deref().filter(|r| !r.is_empty()),
        ack_target_hours: shop.ack_target_hours,
        targets: &shop.targets,
        tz: shop.tz,
        now: shop.now,
        language: shop.language,
    };
    let (clocks, figures) = case_clocks(&input, &steps);
    let value_time = |step: StepCode, key: &str| {
        steps.records.get(&step).and_then(|r| fields::time(&r.values, key).map(crate::time::to_ms).or(Some(r.at_ms)))
    };
    let done_number = |step: StepCode, key: &str| steps.value(step, key).and_then(serde_json::Value::as_i64);
    let done_flag = |step: StepCode, key: &str| steps.value(step, key).and_then(serde_json::Value::as_bool);
    let columns = StateColumns {
        status: derived.status,
        current_step: derived.current.map(StepCode::code),
        due_at: figures.due_ms,
        step_due_at: figures.step_due_ms,
        legal_due_at: figures.legal_due_ms,
        legal_deadline: figures.legal_deadline.map(|d| d.to_string()),
        legal_rule: facts.legal_rule,
        acknowledged_at: (steps.state_of(StepCode::Acknowledge) == StepState::Done)
            .then(|| value_time(StepCode::Acknowledge, "at"))
            .flatten(),
        promised_at: figures.promised_ms,
        decided_at: figures.decided_ms,
        letter_at: steps.records.get(&StepCode::Letter).and_then(|_| value_time(StepCode::Letter, "handed_over_at")),
        closed_at: (derived.status == CaseStatus::Closed).then(|| steps.time_of(StepCode::Close)).flatten(),
        root_cause: steps.root_cause().map(|r| r.code()),
        refusal: steps.refusal().map(|r| r.code()),
        verdict: steps.verdict().map(|v| v.code()),
        satisfaction: done_number(StepCode::FollowUp, "satisfaction"),
        still_customer: done_flag(StepCode::FollowUp, "still_customer"),
        legal_end_at: figures
            .legal_deadline
            .map(|d| crate::time::to_ms(crate::time::start_of_day(d + chrono::Duration::days(1), shop.tz))),
        followed_up_at: (steps.state_of(StepCode::FollowUp) == StepState::Done)
            .then(|| value_time(StepCode::FollowUp, "at"))
            .flatten(),
    };
    (Refreshed { steps, derived, clocks }, columns)
}

/// Stores the derived columns on an existing case row.
fn write_state(conn: &Connection, case_id: &str, c: &StateColumns) -> Result<()> {
    conn.prepare_cached(
        "UPDATE cases SET status = ?2, current_step = ?3, due_at = ?4, step_due_at = ?5,
                legal_due_at = ?6, legal_deadline = ?7, legal_rule = ?8, acknowledged_at = ?9,
                promised_at = ?10, decided_at = ?11, letter_at = ?12, closed_at = ?13,
                root_cause = ?14, refusal = ?15, verdict = ?16, satisfaction = ?17,
                still_customer = ?18, legal_end_at = ?19, followed_up_at = ?20
         WHERE id = ?1",
    )?
    .execute(params![
        case_id,
        c.status,
        c.current_step,
        c.due_at,
        c.step_due_at,
        c.legal_due_at,
        c.legal_deadline,
        c.legal_rule,
        c.acknowledged_at,
        c.promised_at,
        c.decided_at,
        c.letter_at,
        c.closed_at,
        c.root_cause,
        c.refusal,
        c.verdict,
        c.satisfaction,
        c.still_customer,
        c.legal_end_at,
        c.followed_up_at,
    ])?;
    Ok(())
}

/// Refreshes every live case that is not closed (after the targets or the schema change).
pub fn refresh_all(conn: &Connection) -> Result<usize> {
    let shop = ShopContext::load(conn, Utc::now())?;
    refresh_open(conn, &shop)
}

/// Refreshes every case, closed and deleted ones included.
pub fn refresh_every(conn: &Connection) -> Result<usize> {
    let shop = ShopContext::load(conn, Utc::now())?;
    let ids: Vec<String> =
        conn.prepare("SELECT id FROM cases")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    for id in &ids {
        refresh(conn, id, &shop)?;
    }
    Ok(ids.len())
}

pub fn refresh_open(conn: &Connection, shop: &ShopContext) -> Result<usize> {
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM cases WHERE deleted_at IS NULL AND status <> 'closed'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in &ids {
        refresh(conn, id, shop)?;
    }
    Ok(ids.len())
}

/// The stored legal rule of a case: None when not chosen yet.
pub fn legal_rule(conn: &Connection, case_id: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT legal_rule FROM cases WHERE id = ?1", [case_id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}
