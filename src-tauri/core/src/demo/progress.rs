//! Takes a demo case through the checklist the way a shop would: each step at a plausible
//! time after the one before, through the real engine, with its timeline events, calls,
//! compensation and corrective actions. A case stops where the simulated time reaches
//! "now", or earlier when it stalls (those become the overdue ones).
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};

use crate::case::enums::Demand;
use crate::checklist::engine::{apply, ApplyContext};
use crate::checklist::*;
use crate::clock::{legal, targets};
use crate::error::{AmendsError, Result};
use crate::store::case_state::{default_legal_rule, ShopContext};
use crate::store::events::{Actor, ChainWriter};
use crate::timeline::EventRow;
use crate::time::{rfc3339_utc, start_of_day, to_ms};
use crate::timeline::EventKind;

use super::generate::{id, pick, weighted};
use super::phrases::*;

pub struct DemoCase<'a> {
    pub id: &'a str,
    pub received: DateTime<Utc>,
    pub created_ms: i64,
    pub demand: Demand,
    pub category: &'a str,
    pub price_minor: Option<i64>,
    pub english: bool,
    pub channel: &'a str,
    pub handler: Option<&'a Actor>,
    pub staff: &'a [Actor],
    /// 0 (a bad month) to 1 (a good one): how fast and how well the shop handled things.
    pub quality: f64,
}

/// What simulating a case produced: the rows to write, in the order they were made, and
/// the final steps. Nothing is written here: the demo's writer thread stores them.
#[derive(Default)]
pub struct Progress {
    pub events: Vec<EventRow>,
    pub compensations: Vec<CompensationRow>,
    pub corrective: Vec<CorrectiveRow>,
    pub steps: StepsState,
    /// How many times the case was reopened after closing.
    pub reopened: i64,
}

pub struct CorrectiveRow {
    pub id: String,
    pub description: String,
    pub owner_id: Option<String>,
    pub due_date: String,
    pub done_at: Option<i64>,
    pub created_at: i64,
}

pub struct CompensationRow {
    pub id: String,
    pub kind: &'static str,
    pub value_minor: i64,
    pub how_to_use: Option<&'static str>,
    pub voucher_code: Option<String>,
    pub valid_until: Option<String>,
    pub redeemed_at: Option<i64>,
    pub created_at: i64,
}

fn text(english: bool, pair: (&str, &str)) -> Value {
    Value::String(if english { pair.1 } else { pair.0 }.to_string())
}

fn map(v: Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn root_cause_for(rng: &mut ChaCha8Rng, category: &str) -> &'static str {
    match category {
        "defective" | "wrong_item" | "not_as_described" => if rng.random_bool(0.85) { "defect" } else { "misunderstanding" },
        "staff_conduct" | "wrong_charge" | "refund_missing" => if rng.random_bool(0.8) { "staff_error" } else { "misunderstanding" },
        "delivery" | "service_quality" => ["defect", "staff_error", "staff_error"][rng.random_range(0..3)],
        _ => ["misunderstanding", "misunderstanding", "staff_error"][rng.random_range(0..3)],
    }
}

fn verdict_for(rng: &mut ChaCha8Rng, cause: &str, refused: bool) -> &'static str {
    if refused {
        return "not_right";
    }
    let weights: &[u32] = match cause {
        "defect" => &[80, 15, 5],
        "staff_error" => &[65, 30, 5],
        _ => &[0, 35, 65],
    };
    ["right", "partly_right", "not_right"][weighted(rng, weights)]
}

fn remedy_for(demand: Demand, verdict: &str) -> &'static str {
    if verdict == "not_right" {
        return "explanation";
    }
    match demand {
        Demand::Refund => "refund",
        Demand::Replacement => "replace",
        Demand::Repair => "repair",
        Demand::PriceReduction => "price_reduction",
        _ => "explanation",
    }
}

/// Minutes, scaled up in a bad month.
fn delay(rng: &mut ChaCha8Rng, quality: f64, min: i64, max: i64) -> Duration {
    let base = rng.random_range(min..=max) as f64;
    Duration::minutes((base * (2.2 - 1.4 * quality)) as i64)
}

struct Sim<'a> {
    rng: &'a mut ChaCha8Rng,
    case: &'a DemoCase<'a>,
    shop: &'a ShopContext,
    chain: ChainWriter,
    steps: StepsState,
    t: DateTime<Utc>,
    progress: Progress,
}

impl Sim<'_> {
    fn actor(&self) -> &Actor {
        self.case.handler.unwrap_or(&self.case.staff[self.case.staff.len() - 2])
    }

    fn event(&mut self, at: DateTime<Utc>, kind: EventKind, step: Option<StepCode>, payload: Value) -> Result<()> {
        let actor = self.actor().clone();
        let event_id = id(self.rng, to_ms(at));
        let row = self.chain.next_row(event_id, at, &actor, kind, step, &payload);
        self.progress.events.push(row);
        Ok(())
    }

    /// Runs one engine action at the current simulated time.
    fn act(&mut self, action: ChecklistAction) -> Result<bool> {
        let actor = self.actor().clone();
        let legal_due = self.legal_end().filter(|end| *end > self.t);
        let ctx = ApplyContext {
            now: self.t,
            received_at: self.case.received,
            legal_due,
            actor_id: actor.id.as_deref(),
            actor_name: &actor.name,
        };
        let (next, change) = match apply(&self.steps, &action, &ctx) {
            Ok(ok) => ok,
            // A generated value the rules refuse (e.g. a promise past a deadline): the
            // step is left for the caller to settle another way.
            Err(AmendsError::Invalid(_)) | Err(AmendsError::StepRefused { .. }) => return Ok(false),
            Err(other) => return Err(other),
        };
        self.steps = next;
        let (kind, step, payload) = match change {
            Change::Done { step, values } => (EventKind::StepDone, step, json!({ "values": values })),
            Change::Skipped { step, reason } => (EventKind::StepSkipped, step, json!({ "reason": reason })),
            Change::Reopened { step, reason, .. } => (EventKind::StepReopened, step, json!({ "reason": reason })),
        };
        self.event(self.t, kind, Some(step), payload)?;
        Ok(true)
    }

    fn complete(&mut self, step: StepCode, values: Value) -> Result<bool> {
        self.act(ChecklistAction::Complete { step, values: map(values) })
    }

    fn skip(&mut self, step: StepCode) -> Result<bool> {
        let reason = text(self.case.english, *pick(self.rng, SKIP_REASONS));
        self.act(ChecklistAction::Skip { step, reason: reason.as_str().unwrap_or("-").to_string() })
    }

    fn legal_end(&self) -> Option<DateTime<Utc>> {
        let rule_id = default_legal_rule(&self.shop.targets, self.case.demand, Some(self.case.category));
        let rule = legal::rule(&rule_id)?;
        let demand_date = crate::time::local_date(self.case.received, self.shop.tz);
        Some(start_of_day(legal::deadline(rule, demand_date) + Duration::days(1), self.shop.tz))
    }

    /// Moves the clock on; false when that passes "now" (the case rests here).
    fn wait(&mut self, by: Duration) -> bool {
        self.t += by;
        self.t < self.shop.now
    }

    fn wait_delay(&mut self, min: i64, max: i64) -> bool {
        let by = delay(self.rng, self.case.quality, min, max);
        self.wait(by)
    }

    fn wait_random(&mut self, unit: Duration, low: i32, high: i32) -> bool {
        let n = self.rng.random_range(low..high);
        self.wait(unit * n)
    }

    fn now_text(&self) -> Value {
        Value::String(rfc3339_utc(to_ms(self.t)))
    }
}

/// Simulates the checklist of one demo case; returns the rows it made.
pub fn progress(rng: &mut ChaCha8Rng, case: &DemoCase, shop: &ShopContext) -> Result<Progress> {
    let mut sim = Sim {
        rng,
        case,
        shop,
        chain: ChainWriter::new(case.id),
        steps: StepsState::default(),
        t: crate::time::from_ms(case.created_ms),
        progress: Progress::default(),
    };
    sim.event(sim.t, EventKind::CaseCreated, None, json!({ "case": { "channel": case.channel, "demand": case.demand.code() } }))?;
    run(&mut sim)?;
    sim.progress.steps = sim.steps;
    Ok(sim.progress)
}

fn run(sim: &mut Sim) -> Result<()> {
    let english = sim.case.english;
    let q = sim.case.quality;
    // Some cases stall at a random step: the overdue ones of the register.
    let stall_at = if sim.rng.random_bool(0.03 + 0.05 * (1.0 - q)) { sim.rng.random_range(0..11) } else { 99 };
    let stalled = |n: usize| n >= stall_at;

    if stalled(0) || !sim.wait_delay(10, 100) { return Ok(()); }
    let channel = Value::String(sim.case.channel.to_string());
    sim.complete(StepCode::Acknowledge, json!({ "at": sim.now_text(), "channel": channel }))?;

    if stalled(1) || !sim.wait_delay(30, 600) { return Ok(()); }
    let cause = root_cause_for(sim.rng, sim.case.category);
    let minutes = sim.rng.random_range(4..25);
    let apologised = sim.rng.random_bool(0.9);
    sim.complete(StepCode::Listen, json!({
        "at": sim.now_text(), "duration_minutes": minutes,
        "summary": text(english, listen_summary(cause)), "apologised": apologised,
    }))?;

    if stalled(2) || !sim.wait_random(Duration::minutes(1), 2, 15) { return Ok(()); }
    if sim.rng.random_bool(0.1) {
        sim.skip(StepCode::Restate)?;
    } else {
        sim.complete(StepCode::Restate, json!({ "summary": text(english, restate_summary(cause)), "confirmed": true }))?;
    }

    if stalled(3) || !sim.wait(Duration::minutes(3)) { return Ok(()); }
    let promise = targets::propose_decision(sim.case.received, &sim.shop.targets, sim.legal_end(), sim.t, sim.shop.tz);
    if !sim.complete(StepCode::Promise, json!({ "decision_due": rfc3339_utc(to_ms(promise)) }))? {
        sim.skip(StepCode::Promise)?;
    }

    if sim.rng.random_bool(0.3) && sim.wait_random(Duration::hours(1), 2, 30) {
        let note = text(english, *pick(sim.rng, CALL_NOTES));
        let payload = json!({ "at": sim.now_text(), "duration_minutes": sim.rng.random_range(2..10), "summary": note });
        sim.event(sim.t, EventKind::Call, None, payload)?;
    }

    if stalled(4) || !sim.wait_delay(120, 1500) { return Ok(()); }
    let refusal = if sim.rng.random_bool(0.04) { *pick(sim.rng, &["unlawful", "harmful_to_staff"]) } else { "none" };
    sim.complete(StepCode::Classify, json!({ "root_cause": cause, "refusal": refusal }))?;

    if stalled(5) || !sim.wait_delay(240, 2400) { return Ok(()); }
    let verdict = verdict_for(sim.rng, cause, refusal != "none");
    let (checked, found) = investigation(cause);
    sim.complete(StepCode::Investigate, json!({ "checked": text(english, checked), "found": text(english, found), "verdict": verdict }))?;

    // Corrective actions are recorded while investigating.
    let wants_corrective = sim.steps.corrective_required() || sim.rng.random_bool(0.4);
    if wants_corrective {
        add_corrective(sim, cause)?;
    }

    if sim.steps.state_of(StepCode::Remedy) == StepState::Open {
        if stalled(6) || !sim.wait_delay(60, 1200) { return Ok(()); }
        let remedy = remedy_for(sim.case.demand, verdict);
        sim.complete(StepCode::Remedy, json!({ "remedy": remedy, "details": text(english, remedy_details(cause)) }))?;
        if verdict != "not_right" || sim.rng.random_bool(0.3) {
            let items = if sim.rng.random_bool(0.2) { 2 } else { 1 };
            for _ in 0..items {
                add_compensation(sim, remedy)?;
            }
        }
    }

    if stalled(7) || !sim.wait_random(Duration::minutes(1), 5, 120) { return Ok(()); }
    if sim.steps.corrective_actions > 0 {
        sim.complete(StepCode::CorrectiveAction, json!({}))?;
    } else {
        sim.skip(StepCode::CorrectiveAction)?;
    }

    if stalled(8) || !sim.wait_delay(60, 1800) { return Ok(()); }
    if sim.rng.random_bool(0.03) {
        sim.skip(StepCode::Letter)?;
    } else {
        let method = *pick(sim.rng, &["in_person", "email", "email", "messenger", "post"]);
        sim.complete(StepCode::Letter, json!({ "handed_over_at": sim.now_text(), "method": method }))?;
    }

    let follow_up = Duration::days(i64::from(sim.shop.targets.follow_up_days)) + delay(sim.rng, sim.case.quality, -600, 1800);
    if stalled(9) || !sim.wait(follow_up) { return Ok(()); }
    if sim.rng.random_bool(0.1) {
        sim.skip(StepCode::FollowUp)?;
    } else {
        let good = q * 0.6 + if verdict == "not_right" { 0.0 } else { 0.35 };
        let satisfaction = (1.0 + 4.0 * (good + sim.rng.random_range(-0.25..0.25))).round().clamp(1.0, 5.0) as u64;
        let stays = sim.rng.random_bool((0.45 + 0.1 * satisfaction as f64).min(0.97));
        sim.complete(StepCode::FollowUp, json!({
            "at": sim.now_text(), "satisfaction": satisfaction, "anything_open": satisfaction <= 2,
            "still_customer": stays,
        }))?;
    }

    if stalled(10) || !sim.wait_random(Duration::minutes(1), 10, 2880) { return Ok(()); }
    sim.complete(StepCode::Close, json!({}))?;
    // Now and then a closed case comes back.
    if sim.rng.random_bool(0.01) && sim.wait_random(Duration::days(1), 2, 20) {
        let reason = if english { "The customer called again" } else { "Клиент обратился повторно" };
        sim.act(ChecklistAction::Reopen { step: StepCode::Close, reason: reason.into() })?;
        sim.progress.reopened += 1;
        if sim.wait(Duration::days(1)) {
            sim.complete(StepCode::Close, json!({}))?;
        }
    }
    Ok(())
}

fn add_corrective(sim: &mut Sim, cause: &str) -> Result<()> {
    let owner = pick(sim.rng, sim.case.staff).clone();
    let action_id = id(sim.rng, to_ms(sim.t));
    let due = crate::time::local_date(sim.t + Duration::days(sim.rng.random_range(3..21)), sim.shop.tz);
    let done = sim.t + Duration::days(sim.rng.random_range(2..30));
    let done_ms = (done < sim.shop.now && sim.rng.random_bool(0.97)).then(|| to_ms(done));
    let description = text(sim.case.english, corrective_text(cause));
    sim.progress.corrective.push(CorrectiveRow {
        id: action_id.clone(),
        description: description.as_str().unwrap_or_default().to_string(),
        owner_id: owner.id.clone(),
        due_date: due.to_string(),
        done_at: done_ms,
        created_at: to_ms(sim.t),
    });
    sim.steps.corrective_actions += 1;
    let payload = json!({ "item": { "id": action_id, "description": description, "owner": owner.name, "due_date": due.to_string() } });
    sim.event(sim.t, EventKind::CorrectiveAdded, None, payload)?;
    if let Some(ms) = done_ms {
        sim.event(crate::time::from_ms(ms), EventKind::CorrectiveDone, None, json!({ "id": action_id, "done": true }))?;
    }
    Ok(())
}

fn add_compensation(sim: &mut Sim, remedy: &str) -> Result<()> {
    let kind = match (remedy, sim.case.price_minor) {
        ("refund", Some(_)) if sim.rng.random_bool(0.5) => "refund",
        ("price_reduction", Some(_)) => "partial_refund",
        ("replace", _) => "replacement",
        ("repair", _) => "repair",
        _ => *pick(sim.rng, &["voucher", "voucher", "gift", "free_service"]),
    };
    let value = match (kind, sim.case.price_minor) {
        ("refund" | "replacement", Some(price)) => price,
        ("partial_refund", Some(price)) => price / 4,
        ("repair", Some(price)) => price / 5,
        _ => sim.rng.random_range(3..30) * 10_000,
    }
    .max(100);
    let english = sim.case.english;
    let (how, code, valid) = if kind == "voucher" {
        let code = format!("SORRY-{:04}", sim.rng.random_range(0..10_000));
        let how = if english { "Show the code at the till; one use." } else { "Назовите код на кассе; действует один раз." };
        let until = crate::time::local_date(sim.t + Duration::days(90), sim.shop.tz).to_string();
        (Some(how), Some(code), Some(until))
    } else {
        (None, None, None)
    };
    let item_id = id(sim.rng, to_ms(sim.t));
    let redeemed = (kind == "voucher" && sim.rng.random_bool(0.6))
        .then(|| sim.t + Duration::days(sim.rng.random_range(3..60)))
        .filter(|at| *at < sim.shop.now)
        .map(to_ms);
    sim.progress.compensations.push(CompensationRow {
        id: item_id.clone(),
        kind,
        value_minor: value,
        how_to_use: how,
        voucher_code: code.clone(),
        valid_until: valid.clone(),
        redeemed_at: redeemed,
        created_at: to_ms(sim.t),
    });
    let payload = json!({ "item": { "id": item_id, "kind": kind, "value_minor": value, "voucher_code": code, "valid_until": valid } });
    sim.event(sim.t, EventKind::CompensationAdded, None, payload)?;
    Ok(())
}
