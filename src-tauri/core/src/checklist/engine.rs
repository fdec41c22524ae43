//! The engine: applies one action (complete, skip, reopen a step) to a case's steps and
//! derives where the case stands. Pure: it takes the steps as they are and returns them as
//! they become plus what changed; the caller stores both in one transaction and writes the
//! timeline events.
use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::fields::{self, FieldKind, StepValues, TimeRule};
use super::steps::{definition, Condition, Skip, DEFINITIONS};
use super::vocab::*;
use crate::case::enums::CaseStatus;
use crate::case::validate::Checker;
use crate::error::{AmendsError, FieldError, Result};

/// A step that was done or skipped (an open step has no record).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    pub state: StepState,
    pub values: StepValues,
    pub reason: Option<String>,
    pub actor_id: Option<String>,
    pub actor_name: String,
    pub at_ms: i64,
}

/// Everything the engine needs to know about one case.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StepsState {
    pub records: BTreeMap<StepCode, StepRecord>,
    /// Live corrective actions recorded on the case.
    pub corrective_actions: u32,
}

impl StepsState {
    fn done_values(&self, step: StepCode) -> Option<&StepValues> {
        self.records.get(&step).filter(|r| r.state == StepState::Done).map(|r| &r.values)
    }

    pub fn root_cause(&self) -> Option<RootCause> {
        self.done_values(StepCode::Classify).and_then(|v| fields::text(v, "root_cause")).and_then(RootCause::from_code)
    }

    pub fn refusal(&self) -> Option<Refusal> {
        self.done_values(StepCode::Classify).and_then(|v| fields::text(v, "refusal")).and_then(Refusal::from_code)
    }

    pub fn refused(&self) -> bool {
        matches!(self.refusal(), Some(Refusal::Unlawful | Refusal::HarmfulToStaff))
    }

    pub fn verdict(&self) -> Option<Verdict> {
        self.done_values(StepCode::Investigate).and_then(|v| fields::text(v, "verdict")).and_then(Verdict::from_code)
    }

    /// A value recorded by a done step, e.g. the promised decision time.
    pub fn value(&self, step: StepCode, key: &str) -> Option<&serde_json::Value> {
        self.done_values(step).and_then(|v| v.get(key))
    }

    pub fn time_of(&self, step: StepCode) -> Option<i64> {
        self.records.get(&step).map(|r| r.at_ms)
    }

    pub fn corrective_required(&self) -> bool {
        matches!(self.root_cause(), Some(RootCause::Defect | RootCause::StaffError))
    }

    fn holds(&self, condition: Condition) -> bool {
        match condition {
            Condition::Always => true,
            Condition::NotRefused => !self.refused(),
            Condition::CorrectiveOptional => !self.corrective_required(),
        }
    }

    pub fn state_of(&self, step: StepCode) -> StepState {
        if !self.holds(definition(step).applies) {
            StepState::NotApplicable
        } else {
            self.records.get(&step).map_or(StepState::Open, |r| r.state)
        }
    }

    fn settled(&self, step: StepCode) -> bool {
        self.state_of(step) != StepState::Open
    }

    /// The first of `step`'s prerequisites still open, if any.
    pub fn unmet_dependency(&self, step: StepCode) -> Option<StepCode> {
        definition(step).depends_on.iter().copied().find(|dep| !self.settled(*dep))
    }

    pub fn may_skip(&self, step: StepCode) -> bool {
        match definition(step).skip {
            Skip::Never => false,
            Skip::WithReason => true,
            Skip::WithReasonWhen(condition) => self.holds(condition),
        }
    }
}

/// One step as the case page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StepSnapshot {
    pub step: StepCode,
    pub state: StepState,
    /// Open and every prerequisite settled: it can be done now.
    pub available: bool,
    pub may_skip: bool,
}

/// Where a case stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    pub steps: Vec<StepSnapshot>,
    /// The first open step: what to do next. None once the case is closed.
    pub current: Option<StepCode>,
    pub status: CaseStatus,
}

/// The status follows from the first open step; it is never set by hand.
pub fn derive(state: &StepsState) -> Derived {
    let steps: Vec<StepSnapshot> = StepCode::ALL
        .iter()
        .map(|&step| {
            let s = state.state_of(step);
            StepSnapshot {
                step,
                state: s,
                available: s == StepState::Open && state.unmet_dependency(step).is_none(),
                may_skip: state.may_skip(step),
            }
        })
        .collect();
    let current = steps.iter().find(|s| s.state == StepState::Open).map(|s| s.step);
    let status = match current {
        None => CaseStatus::Closed,
        Some(StepCode::Acknowledge) => CaseStatus::New,
        Some(StepCode::Listen | StepCode::Restate | StepCode::Promise) => CaseStatus::Acknowledged,
        Some(StepCode::Classify | StepCode::Investigate | StepCode::Remedy | StepCode::CorrectiveAction) => {
            CaseStatus::Investigating
        }
        // The decision is made; it has to reach the customer.
        Some(StepCode::Letter) => CaseStatus::AwaitingCustomer,
        Some(StepCode::FollowUp | StepCode::Close) => CaseStatus::Resolved,
    };
    Derived { steps, current, status }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum ChecklistAction {
    Complete {
        step: StepCode,
        #[ts(type = "Record<string, unknown>")]
        values: StepValues,
    },
    Skip { step: StepCode, reason: String },
    Reopen { step: StepCode, reason: String },
}

/// The facts of the case an action is checked against.
pub struct ApplyContext<'a> {
    pub now: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
    /// The end of the legal deadline, when a rule applies.
    pub legal_due: Option<DateTime<Utc>>,
    pub actor_id: Option<&'a str>,
    pub actor_name: &'a str,
}

/// What an action changed, for the timeline.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Done { step: StepCode, values: StepValues },
    Skipped { step: StepCode, reason: String },
    /// `step` reopened with `reason`; `cascade` are later steps that rested on it.
    Reopened { step: StepCode, reason: String, cascade: Vec<StepCode>, previous: Box<StepRecord> },
}

pub const MAX_REASON: usize = 1000;

fn refused(rule: &'static str, step: StepCode, detail: Option<String>) -> AmendsError {
    AmendsError::StepRefused { rule, step: step.code().to_string(), detail }
}

/// Applies `action`; returns the new steps and what changed, or the rule that refuses it.
pub fn apply(state: &StepsState, action: &ChecklistAction, ctx: &ApplyContext) -> Result<(StepsState, Change)> {
    let mut next = state.clone();
    match action {
        ChecklistAction::Complete { step, values } => {
            let step = *step;
            check_can_settle(state, step)?;
            if step == StepCode::CorrectiveAction && state.corrective_required() && state.corrective_actions == 0 {
                return Err(refused("corrective_action_required", step, None));
            }
            let def = definition(step);
            let clean = fields::validate(def.fields, values, ctx.now).map_err(AmendsError::Invalid)?;
            check_times(step, def.fields, &clean, ctx)?;
            next.records.insert(step, record(StepState::Done, clean.clone(), None, ctx));
            Ok((next, Change::Done { step, values: clean }))
        }
        ChecklistAction::Skip { step, reason } => {
            let step = *step;
            check_can_settle(state, step)?;
            if !state.may_skip(step) {
                return Err(refused("cannot_skip", step, None));
            }
            let reason = checked_reason(reason)?;
            next.records.insert(step, record(StepState::Skipped, StepValues::new(), Some(reason.clone()), ctx));
            Ok((next, Change::Skipped { step, reason }))
        }
        ChecklistAction::Reopen { step, reason } => {
            let step = *step;
            let Some(previous) = state.records.get(&step).cloned() else {
                return Err(refused("not_reopenable", step, None));
            };
            let reason = checked_reason(reason)?;
            next.records.remove(&step);
            // Whatever rested on the reopened step is open again too: a new root cause or
            // verdict may change what follows.
            let mut cascade = Vec::new();
            for def in DEFINITIONS {
                let rests_on_reopened = def.depends_on.iter().any(|d| *d == step || cascade.contains(d));
                if rests_on_reopened && next.records.remove(&def.code).is_some() {
                    cascade.push(def.code);
                }
            }
            Ok((next, Change::Reopened { step, reason, cascade, previous: Box::new(previous) }))
        }
    }
}

fn check_can_settle(state: &StepsState, step: StepCode) -> Result<()> {
    match state.state_of(step) {
        StepState::NotApplicable => return Err(refused("not_applicable", step, None)),
        StepState::Done | StepState::Skipped => return Err(refused("already_settled", step, None)),
        StepState::Open => {}
    }
    // Closing names its own reason: the letter (or why there is none) comes first.
    if step == StepCode::Close && state.state_of(StepCode::Letter) == StepState::Open {
        return Err(refused("letter_missing", step, None));
    }
    if let Some(dep) = state.unmet_dependency(step) {
        return Err(refused("depends_on", step, Some(dep.code().to_string())));
    }
    Ok(())
}

fn checked_reason(reason: &str) -> Result<String> {
    let mut checker = Checker::new();
    checker.required("reason", reason, MAX_REASON);
    checker.finish()?;
    Ok(reason.trim().to_string())
}

/// Recorded moments cannot precede the complaint; a promised decision cannot be later than
/// the law allows nor earlier than the complaint.
fn check_times(step: StepCode, defs: &[fields::FieldDef], values: &StepValues, ctx: &ApplyContext) -> Result<()> {
    let earliest = ctx.received_at - Duration::minutes(1);
    let mut errors = Vec::new();
    for def in defs {
        let FieldKind::DateTime { rule } = def.kind else { continue };
        let Some(at) = fields::time(values, def.key) else { continue };
        if at < earliest {
            errors.push(FieldError::new(def.key, "before_received"));
        } else if rule == TimeRule::Any && step == StepCode::Promise {
            if let Some(legal) = ctx.legal_due {
                if at > legal {
                    errors.push(FieldError::new(def.key, "after_legal_deadline"));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AmendsError::Invalid(errors))
    }
}

fn record(state: StepState, values: StepValues, reason: Option<String>, ctx: &ApplyContext) -> StepRecord {
    StepRecord {
        state,
        values,
        reason,
        actor_id: ctx.actor_id.map(str::to_string),
        actor_name: ctx.actor_name.to_string(),
        at_ms: crate::time::to_ms(ctx.now),
    }
}

/// The invariants that hold after any sequence of actions (checked by the property tests).
pub fn check_invariants(state: &StepsState) -> std::result::Result<(), String> {
    for (step, record) in &state.records {
        if let Some(dep) = state.unmet_dependency(*step) {
            return Err(format!("{step:?} settled before {dep:?}"));
        }
        if record.state == StepState::Skipped && record.reason.as_deref().is_none_or(str::is_empty) {
            return Err(format!("{step:?} skipped without a reason"));
        }
        if !matches!(record.state, StepState::Done | StepState::Skipped) {
            return Err(format!("{step:?} stored as {:?}", record.state));
        }
    }
    let derived = derive(state);
    if derived.status == CaseStatus::Closed {
        let letter = state.records.get(&StepCode::Letter);
        if letter.is_none() {
            return Err("closed without a letter or a reason".into());
        }
    }
    Ok(())
}
