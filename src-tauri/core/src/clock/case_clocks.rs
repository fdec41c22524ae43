//! One case's two clocks: the shop's next deadline (from the current step) and the legal
//! deadline (from the demand, its date and the chosen rule), with the penalty accrued.
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::legal::{self, LegalRuleView};
use super::targets::{self, ServiceTargets};
use crate::case::enums::Language;
use crate::checklist::fields;
use crate::checklist::steps::{definition, DueRule};
use crate::checklist::{derive, StepCode, StepState, StepsState};
use crate::time::{from_ms, local_date, rfc3339_in, start_of_day, to_ms};

pub struct CaseClockInput<'a> {
    pub received_at: DateTime<Utc>,
    pub demand_date: NaiveDate,
    pub price_minor: Option<i64>,
    pub legal_rule_id: Option<&'a str>,
    pub ack_target_hours: u32,
    pub targets: &'a ServiceTargets,
    pub tz: Tz,
    pub now: DateTime<Utc>,
    pub language: Language,
}

/// The shop's own clock: what is due next and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ShopClock {
    pub step: StepCode,
    pub due_at: String,
    pub overdue: bool,
}

/// The legal clock: calendar days from the demand; it cannot be paused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct LegalClock {
    pub rule: LegalRuleView,
    /// The last day of the term, "YYYY-MM-DD".
    pub deadline: String,
    /// Days from today to the deadline; negative once it has passed.
    #[ts(type = "number")]
    pub days_left: i64,
    pub overdue: bool,
    /// When the shop decided on the demand (the clock stops there).
    pub decided_at: Option<String>,
    /// Whether the decision came within the term, once decided.
    pub kept: Option<bool>,
    #[ts(type = "number")]
    pub days_late: i64,
    /// Accrued penalty in minor units (1% or 3% of the price per day late); none when the
    /// rule has no penalty or the price is unknown.
    #[ts(type = "number | null")]
    pub penalty_minor: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseClocks {
    pub shop: Option<ShopClock>,
    pub legal: Option<LegalClock>,
    pub ack_due_at: String,
    /// The promise made to the customer, once the step "promise" is done.
    pub promised_decision_at: Option<String>,
    /// What the app proposes for the promise.
    pub proposed_decision_at: String,
}

/// The figures stored on the case row for lists, the Today screen and statistics.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ClockFigures {
    pub step_due_ms: Option<i64>,
    /// The end of the legal deadline's last day while the clock runs.
    pub legal_due_ms: Option<i64>,
    pub legal_deadline: Option<NaiveDate>,
    pub decided_ms: Option<i64>,
    pub promised_ms: Option<i64>,
    /// The earliest of the two running deadlines.
    pub due_ms: Option<i64>,
}

/// When the shop decided on the demand: the remedy, or the letter on a refusal path.
pub fn decided_ms(steps: &StepsState) -> Option<i64> {
    match steps.state_of(StepCode::Remedy) {
        StepState::Done => steps.time_of(StepCode::Remedy),
        StepState::NotApplicable => steps.time_of(StepCode::Letter),
        _ => None,
    }
}

pub fn case_clocks(input: &CaseClockInput, steps: &StepsState) -> (CaseClocks, ClockFigures) {
    let tz = input.tz;
    let today = local_date(input.now, tz);
    let rule = input.legal_rule_id.and_then(legal::rule);
    let deadline = rule.map(|r| legal::deadline(r, input.demand_date));
    let legal_end = deadline.map(|d| start_of_day(d + chrono::Duration::days(1), tz));
    let decided = decided_ms(steps);

    let legal_clock = rule.zip(deadline).map(|(rule, deadline)| {
        let decided_date = decided.map(|ms| local_date(from_ms(ms), tz));
        let until = decided_date.unwrap_or(today);
        let (days_late, penalty_minor) = legal::penalty(rule, input.price_minor, deadline, until);
        LegalClock {
            rule: legal::view(rule, input.language),
            deadline: deadline.to_string(),
            days_left: (deadline - today).num_days(),
            overdue: decided.is_none() && today > deadline,
            decided_at: decided.map(|ms| rfc3339_in(ms, tz)),
            kept: decided_date.map(|d| d <= deadline),
            days_late,
            penalty_minor,
        }
    });

    let ack_due = targets::ack_due(input.received_at, input.ack_target_hours, input.targets, tz);
    let promised = steps.value(StepCode::Promise, "decision_due").and_then(|v| v.as_str()).and_then(|t| {
        DateTime::parse_from_rfc3339(t).ok().map(|t| t.with_timezone(&Utc))
    });
    let proposed = targets::propose_decision(input.received_at, input.targets, legal_end, input.now, tz);
    // A due time must not move each time it is computed: the fallback ignores "now".
    let fallback = targets::propose_decision(input.received_at, input.targets, legal_end, input.received_at, tz);

    let current = derive(steps).current;
    let step_due = current.and_then(|step| {
        let due = match definition(step).due {
            DueRule::None => None,
            DueRule::AckTarget => Some(ack_due),
            // The legal term's last minute reads better than the next day's midnight.
            DueRule::PromisedDecision => promised.or(legal_end.map(|end| end - chrono::Duration::minutes(1))).or(Some(fallback)),
            DueRule::FollowUp => steps
                .records
                .get(&StepCode::Letter)
                .map(|r| fields::time(&r.values, "handed_over_at").unwrap_or_else(|| from_ms(r.at_ms)))
                .map(|at| targets::follow_up_due(at, input.targets)),
        };
        due.map(|d| (step, d))
    });
    let legal_running = legal_end.filter(|_| decided.is_none() && current.is_some());

    let figures = ClockFigures {
        step_due_ms: step_due.map(|(_, d)| to_ms(d)),
        legal_due_ms: legal_running.map(to_ms),
        legal_deadline: deadline,
        decided_ms: decided,
        promised_ms: promised.map(to_ms),
        due_ms: [step_due.map(|(_, d)| to_ms(d)), legal_running.map(to_ms)].into_iter().flatten().min(),
    };
    let clocks = CaseClocks {
        shop: step_due.map(|(step, due)| ShopClock { step, due_at: rfc3339_in(to_ms(due), tz), overdue: due < input.now }),
        legal: legal_clock,
        ack_due_at: rfc3339_in(to_ms(ack_due), tz),
        promised_decision_at: promised.map(|p| rfc3339_in(to_ms(p), tz)),
        proposed_decision_at: rfc3339_in(to_ms(proposed), tz),
    };
    (clocks, figures)
}
