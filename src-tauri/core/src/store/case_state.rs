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
    let mut facts = clock_facts(conn, case_id)?;
    if facts.legal_rule.is_none() {
        facts.legal_rule = Some(default_legal_rule(&shop.targets, facts.demand, facts.category_code.as_deref()));
    }
    let steps = super::steps::load(conn, case_id)?;
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
    let closed_at = (derived.status == CaseStatus::Closed).then(|| steps.time_of(StepCode::Close)).flatten();
    if !store {
        return Ok(Refreshed { steps, derived, clocks });
    }
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
        derived.status,
        derived.current.map(StepCode::code),
        figures.due_ms,
        figures.step_due_ms,
        figures.legal_due_ms,
        figures.legal_deadline.map(|d| d.to_string()),
        facts.legal_rule,
        (steps.state_of(StepCode::Acknowledge) == StepState::Done).then(|| value_time(StepCode::Acknowledge, "at")).flatten(),
        figures.promised_ms,
        figures.decided_ms,
        steps.records.get(&StepCode::Letter).and_then(|_| value_time(StepCode::Letter, "handed_over_at")),
        closed_at,
        steps.root_cause().map(|r| r.code()),
        steps.refusal().map(|r| r.code()),
        steps.verdict().map(|v| v.code()),
        done_number(StepCode::FollowUp, "satisfaction"),
        done_flag(StepCode::FollowUp, "still_customer"),
        figures.legal_deadline.map(|d| crate::time::to_ms(crate::time::start_of_day(d + chrono::Duration::days(1), shop.tz))),
        (steps.state_of(StepCode::FollowUp) == StepState::Done).then(|| value_time(StepCode::FollowUp, "at")).flatten(),
    ])?;
    Ok(Refreshed { steps, derived, clocks })
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
