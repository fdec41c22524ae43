//! The checklist side of `Desk`: steps, the timeline, evidence, compensation, corrective
//! actions, the two clocks, the Today screen and the service targets. Every act writes its
//! timeline event and refreshes the case's derived columns in the same transaction.
use chrono::{DateTime, Utc};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use ts_rs::TS;

use crate::case::{compensation, corrective, CompensationInput, CompensationItem, CorrectiveAction, CorrectiveInput};
use crate::checklist::engine::{self, ApplyContext, Change};
use crate::checklist::fields::{FieldDefault, DefaultValue};
use crate::checklist::*;
use crate::clock::{legal, CaseClocks, LegalRuleView, ServiceTargets};
use crate::desk::Desk;
use crate::error::{AmendsError, FieldError, Result};
use crate::evidence::{self, EvidenceItem};
use crate::store::case_state::{self, ShopContext};
use crate::store::events::{self, Actor};
use crate::store::{self, ledger, today::{TodayCounts, TodayItem}};
use crate::time::{from_ms, local_date, rfc3339_in, to_ms};
use crate::timeline::{ChainBreak, EventKind, TimelineEvent};

/// One step as the case page draws it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StepView {
    pub step: StepCode,
    pub state: StepState,
    pub available: bool,
    pub may_skip: bool,
    pub hint_ru: String,
    pub hint_en: String,
    pub fields: Vec<FieldDef>,
    /// What was recorded, or the form's starting values for an open step.
    #[ts(type = "Record<string, unknown>")]
    pub values: StepValues,
    pub reason: Option<String>,
    pub actor_name: Option<String>,
    pub at: Option<String>,
}

/// Everything the case page shows beside the intake data.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CaseChecklist {
    pub case_id: String,
    pub status: crate::case::CaseStatus,
    pub current: Option<StepCode>,
    pub steps: Vec<StepView>,
    pub clocks: CaseClocks,
    pub root_cause: Option<RootCause>,
    pub refusal: Option<Refusal>,
    pub verdict: Option<Verdict>,
    pub corrective_required: bool,
    pub compensation: Vec<CompensationItem>,
    #[ts(type = "number")]
    pub compensation_total_minor: i64,
    #[ts(type = "number | null")]
    pub compensation_limit_minor: Option<i64>,
    pub corrective: Vec<CorrectiveAction>,
    pub evidence: Vec<EvidenceItem>,
    /// The rule the legal clock follows ("" = none), and the others the owner may choose.
    pub legal_rule_id: String,
    pub legal_rule_choices: Vec<LegalRuleView>,
    /// Warnings in force (e.g. the handler is the staff member involved).
    pub warnings: Vec<WarningCode>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CallInput {
    /// RFC 3339; not in the future.
    pub at: String,
    pub duration_minutes: Option<u32>,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TodayView {
    pub items: Vec<TodayItem>,
    /// All due items, when more than the list shows.
    pub total: u32,
    /// Open corrective actions due by today.
    pub corrective: Vec<CorrectiveAction>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct VerifyReport {
    #[ts(type = "number")]
    pub chains: u64,
    #[ts(type = "number")]
    pub events: u64,
    pub broken: Vec<ChainBreak>,
}

pub const MAX_NOTE: usize = 5000;
const TODAY_LIMIT: u32 = 200;

/// Who acts: the staff member named, or the owner.
pub(crate) fn actor(conn: &Connection, actor_id: Option<&str>) -> Result<Actor> {
    match actor_id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => {
            let staff = store::staff::get(conn, id).map_err(|_| AmendsError::invalid("actor_id", "unknown_reference"))?;
            Ok(Actor { id: Some(staff.id), name: staff.name })
        }
        None => {
            let owner = store::shop::get(conn)?.map(|s| s.fields.owner_name).filter(|n| !n.is_empty());
            Ok(Actor { id: None, name: owner.unwrap_or_else(|| "owner".into()) })
        }
    }
}

fn live_case(conn: &Connection, case_id: &str) -> Result<(String, i64)> {
    store::rows::found(
        conn.query_row("SELECT channel, received_at FROM cases WHERE id = ?1 AND deleted_at IS NULL", [case_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        }),
        "case",
        case_id,
    )
}

fn touch(conn: &Connection, case_id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE cases SET updated_at = ?2 WHERE id = ?1", rusqlite::params![case_id, to_ms(now)])?;
    Ok(())
}

fn write_tx(conn: &mut Connection) -> Result<Transaction<'_>> {
    Ok(conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
}

impl Desk {
    fn shop_context(&self, conn: &Connection) -> Result<ShopContext> {
        ShopContext::load(conn, self.clock.now())
    }

    /// The case's checklist, clocks, ledger, corrective actions and evidence.
    pub fn checklist(&self, case_id: &str) -> Result<CaseChecklist> {
        let conn = self.conn();
        live_case(&conn, case_id)?;
        let shop = self.shop_context(&conn)?;
        self.checklist_view(&conn, case_id, &shop)
    }

    fn checklist_view(&self, conn: &Connection, case_id: &str, shop: &ShopContext) -> Result<CaseChecklist> {
        let (channel, _) = live_case(conn, case_id)?;
        let refreshed = case_state::compute(conn, case_id, shop)?;
        let steps = &refreshed.steps;
        let derived = &refreshed.derived;
        let now_text = rfc3339_in(to_ms(shop.now), shop.tz);
        let views = derived
            .steps
            .iter()
            .map(|snap| {
                let def = definition(snap.step);
                let record = steps.records.get(&snap.step);
                let values = match record {
                    Some(r) => r.values.clone(),
                    None => def
                        .fields
                        .iter()
                        .filter_map(|f| {
                            let v = match f.default {
                                FieldDefault::Empty => return None,
                                FieldDefault::Now => Value::String(now_text.clone()),
                                FieldDefault::CaseChannel => Value::String(channel.clone()),
                                FieldDefault::Proposed => Value::String(refreshed.clocks.proposed_decision_at.clone()),
                                FieldDefault::Value(DefaultValue::Code(c)) => Value::String(c.into()),
                                FieldDefault::Value(DefaultValue::Flag(b)) => Value::Bool(b),
                            };
                            Some((f.key.to_string(), v))
                        })
                        .collect(),
                };
                StepView {
                    step: snap.step,
                    state: snap.state,
                    available: snap.available,
                    may_skip: snap.may_skip,
                    hint_ru: def.hint_ru.into(),
                    hint_en: def.hint_en.into(),
                    fields: def.fields.to_vec(),
                    values,
                    reason: record.and_then(|r| r.reason.clone()),
                    actor_name: record.map(|r| r.actor_name.clone()),
                    at: record.map(|r| rfc3339_in(r.at_ms, shop.tz)),
                }
            })
            .collect();
        let facts = case_state::clock_facts(conn, case_id)?;
        let today = local_date(shop.now, shop.tz);
        let mut evidence = store::evidence::list(conn, case_id, shop.tz)?;
        for item in &mut evidence {
            item.thumbnail = self.thumbnail_url(&item.sha256, &item.mime);
        }
        let warnings = {
            let same: bool = conn.query_row(
                "SELECT coalesce(handler_id = staff_involved_id, 0) FROM cases WHERE id = ?1",
                [case_id],
                |r| r.get(0),
            )?;
            if same { vec![WarningCode::HandlerIsStaffInvolved] } else { vec![] }
        };
        Ok(CaseChecklist {
            case_id: case_id.to_string(),
            status: derived.status,
            current: derived.current,
            steps: views,
            clocks: refreshed.clocks.clone(),
            root_cause: steps.root_cause(),
            refusal: steps.refusal(),
            verdict: steps.verdict(),
            corrective_required: steps.corrective_required(),
            compensation: ledger::compensations(conn, case_id, shop.tz)?,
            compensation_total_minor: ledger::compensation_total(conn, case_id, None)?,
            compensation_limit_minor: shop.targets.compensation_limit_minor,
            corrective: ledger::correctives(conn, case_id, shop.tz, today)?,
            evidence,
            legal_rule_id: facts.legal_rule.unwrap_or_default(),
            legal_rule_choices: legal::choices(&shop.targets.jurisdiction, facts.demand)
                .into_iter()
                .map(|r| legal::view(r, shop.language))
                .collect(),
            warnings,
        })
    }

    fn thumbnail_url(&self, sha256: &str, mime: &str) -> Option<String> {
        use base64::Engine;
        if !mime.starts_with("image/") || sha256.len() < 2 {
            return None;
        }
        let bytes = std::fs::read(evidence::thumb_path(&self.data_dir, sha256)).ok()?;
        Some(format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes)))
    }

    /// Runs one act on a case in a write transaction: the act writes its rows and returns
    /// its timeline events; the events are appended and the case refreshed before commit.
    fn act<F>(&self, case_id: &str, actor_id: Option<&str>, act: F) -> Result<CaseChecklist>
    where
        F: FnOnce(&Transaction, &ShopContext, &Actor) -> Result<Vec<(EventKind, Option<StepCode>, Value)>>,
    {
        let mut conn = self.conn();
        let tx = write_tx(&mut conn)?;
        live_case(&tx, case_id)?;
        let shop = self.shop_context(&tx)?;
        let actor = actor(&tx, actor_id)?;
        let events = act(&tx, &shop, &actor)?;
        for (kind, step, payload) in &events {
            events::append(&tx, case_id, shop.now, &actor, *kind, *step, payload)?;
        }
        touch(&tx, case_id, shop.now)?;
        case_state::refresh(&tx, case_id, &shop)?;
        let view = self.checklist_view(&tx, case_id, &shop)?;
        tx.commit()?;
        Ok(view)
    }

    /// Completes, skips or reopens a step, as the engine allows.
    pub fn apply_step(&self, case_id: &str, action: ChecklistAction, actor_id: Option<&str>) -> Result<CaseChecklist> {
        self.act(case_id, actor_id, |tx, shop, actor| {
            let steps = store::steps::load(tx, case_id)?;
            let facts = case_state::clock_facts(tx, case_id)?;
            let legal_due = facts
                .legal_rule
                .as_deref()
                .filter(|r| !r.is_empty())
                .and_then(legal::rule)
                .map(|rule| legal::deadline(rule, facts.demand_date))
                .map(|d| crate::time::start_of_day(d + chrono::Duration::days(1), shop.tz))
                // A deadline already gone cannot bound a new promise.
                .filter(|end| *end > shop.now);
            let ctx = ApplyContext {
                now: shop.now,
                received_at: from_ms(facts.received_ms),
                legal_due,
                actor_id: actor.id.as_deref(),
                actor_name: &actor.name,
            };
            let (next, change) = engine::apply(&steps, &action, &ctx)?;
            store::steps::write(tx, case_id, &next, &change)?;
            // Reopening any settled step of a closed case reopens the close step too.
            if matches!(&change, Change::Reopened { step, cascade, .. } if *step == StepCode::Close || cascade.contains(&StepCode::Close)) {
                tx.execute("UPDATE cases SET reopened = reopened + 1 WHERE id = ?1", [case_id])?;
            }
            Ok(vec![match change {
                Change::Done { step, values } => (EventKind::StepDone, Some(step), json!({ "values": values })),
                Change::Skipped { step, reason } => (EventKind::StepSkipped, Some(step), json!({ "reason": reason })),
                Change::Reopened { step, reason, cascade, previous } => (
                    EventKind::StepReopened,
                    Some(step),
                    json!({
                        "reason": reason,
                        "also_reopened": cascade.iter().map(|s| s.code()).collect::<Vec<_>>(),
                        "old": { "state": previous.state.code(), "values": previous.values, "reason": previous.reason },
                    }),
                ),
            }])
        })
    }

    /// The case's timeline, oldest first.
    pub fn timeline(&self, case_id: &str) -> Result<Vec<TimelineEvent>> {
        let conn = self.conn();
        live_case(&conn, case_id)?;
        let tz = store::cases::shop_tz(&conn)?;
        events::list(&conn, case_id, tz)
    }

    pub fn add_note(&self, case_id: &str, text: &str, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let mut c = crate::case::validate::Checker::new();
        c.required("text", text, MAX_NOTE);
        c.finish()?;
        self.act(case_id, actor_id, |_, _, _| Ok(vec![(EventKind::Note, None, json!({ "text": text.trim() }))]))
    }

    /// A call with the customer: when, how long, what was said.
    pub fn record_call(&self, case_id: &str, call: &CallInput, actor_id: Option<&str>) -> Result<CaseChecklist> {
        const DEFS: &[FieldDef] = &[
            FieldDef { key: "at", kind: FieldKind::DateTime { rule: fields::TimeRule::Past }, required: true, default: FieldDefault::Now },
            FieldDef { key: "duration_minutes", kind: FieldKind::Minutes { max: 600 }, required: false, default: FieldDefault::Empty },
            FieldDef { key: "summary", kind: FieldKind::LongText { max: 5000 }, required: true, default: FieldDefault::Empty },
        ];
        let raw = serde_json::to_value(call)?;
        let values = raw.as_object().cloned().unwrap_or_default();
        let clean = fields::validate(DEFS, &values, self.clock.now()).map_err(AmendsError::Invalid)?;
        self.act(case_id, actor_id, |_, _, _| Ok(vec![(EventKind::Call, None, Value::Object(clean))]))
    }

    /// Chooses the legal rule of a case (None or "" = no legal clock).
    pub fn set_legal_rule(&self, case_id: &str, rule_id: Option<&str>, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let rule_id = rule_id.map(str::trim).unwrap_or("").to_string();
        self.act(case_id, actor_id, |tx, shop, _| {
            let facts = case_state::clock_facts(tx, case_id)?;
            if !rule_id.is_empty() {
                let allowed = legal::choices(&shop.targets.jurisdiction, facts.demand).iter().any(|r| r.id == rule_id);
                if !allowed {
                    return Err(AmendsError::invalid("legal_rule", "unknown_choice"));
                }
            }
            let old = facts
                .legal_rule
                .unwrap_or_else(|| case_state::default_legal_rule(&shop.targets, facts.demand, facts.category_code.as_deref()));
            tx.execute("UPDATE cases SET legal_rule = ?2 WHERE id = ?1", rusqlite::params![case_id, rule_id])?;
            Ok(vec![(EventKind::LegalRuleChanged, None, json!({ "old": old, "new": rule_id }))])
        })
    }

    // ---- compensation -------------------------------------------------------------

    fn check_limit(&self, tx: &Connection, shop: &ShopContext, case_id: &str, except: Option<&str>, value: i64, accept: bool) -> Result<Option<Value>> {
        let Some(limit) = shop.targets.compensation_limit_minor else { return Ok(None) };
        let total = ledger::compensation_total(tx, case_id, except)? + value;
        if total <= limit {
            return Ok(None);
        }
        if !accept {
            return Err(AmendsError::Invalid(vec![FieldError::with_limit("value", "over_limit", limit)]));
        }
        Ok(Some(json!({ "warning": WarningCode::CompensationOverLimit.code(), "total_minor": total, "limit_minor": limit })))
    }

    pub fn add_compensation(&self, case_id: &str, input: &CompensationInput, actor_id: Option<&str>) -> Result<CaseChecklist> {
        self.act(case_id, actor_id, |tx, shop, _| {
            let parsed = compensation::validate(input, local_date(shop.now, shop.tz))?;
            let warning = self.check_limit(tx, shop, case_id, None, parsed.value_minor, input.accept_warnings)?;
            let id = ledger::insert_compensation(tx, case_id, input, &parsed, shop.now)?;
            let item = ledger::compensation_by_id(tx, &id, shop.tz)?;
            let mut out = vec![(EventKind::CompensationAdded, None, json!({ "item": item }))];
            out.extend(warning.map(|w| (EventKind::WarningOverridden, None, w)));
            Ok(out)
        })
    }

    pub fn update_compensation(&self, id: &str, input: &CompensationInput, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let case_id = ledger::case_of(&self.conn(), "compensations", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            let parsed = compensation::validate(input, local_date(shop.now, shop.tz))?;
            let warning = self.check_limit(tx, shop, &case_id, Some(id), parsed.value_minor, input.accept_warnings)?;
            let old = ledger::compensation_by_id(tx, id, shop.tz)?;
            ledger::update_compensation(tx, id, input, &parsed, shop.now)?;
            let new = ledger::compensation_by_id(tx, id, shop.tz)?;
            let mut out = vec![(EventKind::CompensationChanged, None, json!({ "old": old, "new": new }))];
            out.extend(warning.map(|w| (EventKind::WarningOverridden, None, w)));
            Ok(out)
        })
    }

    pub fn set_compensation_redeemed(&self, id: &str, redeemed: bool, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let case_id = ledger::case_of(&self.conn(), "compensations", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            ledger::set_redeemed(tx, id, redeemed.then_some(shop.now), shop.now)?;
            let item = ledger::compensation_by_id(tx, id, shop.tz)?;
            Ok(vec![(EventKind::CompensationRedeemed, None, json!({ "id": id, "redeemed": redeemed, "item": item }))])
        })
    }

    pub fn remove_compensation(&self, id: &str, reason: &str, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let reason = checked_reason(reason)?;
        let case_id = ledger::case_of(&self.conn(), "compensations", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            let old = ledger::compensation_by_id(tx, id, shop.tz)?;
            ledger::remove_compensation(tx, id, shop.now)?;
            Ok(vec![(EventKind::CompensationRemoved, None, json!({ "old": old, "reason": reason }))])
        })
    }

    // ---- corrective actions ---------------------------------------------------------

    fn check_owner(&self, tx: &Connection, owner_id: Option<&str>) -> Result<()> {
        if let Some(id) = owner_id.map(str::trim).filter(|s| !s.is_empty()) {
            if store::staff::get(tx, id).is_err() {
                return Err(AmendsError::invalid("owner_id", "unknown_reference"));
            }
        }
        Ok(())
    }

    pub fn add_corrective(&self, case_id: &str, input: &CorrectiveInput, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let due = corrective::validate(input)?;
        self.act(case_id, actor_id, |tx, shop, _| {
            self.check_owner(tx, input.owner_id.as_deref())?;
            let id = ledger::insert_corrective(tx, case_id, input, due, shop.now)?;
            let item = ledger::corrective_by_id(tx, &id, shop.tz, local_date(shop.now, shop.tz))?;
            Ok(vec![(EventKind::CorrectiveAdded, None, json!({ "item": item }))])
        })
    }

    pub fn update_corrective(&self, id: &str, input: &CorrectiveInput, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let due = corrective::validate(input)?;
        let case_id = ledger::case_of(&self.conn(), "corrective_actions", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            self.check_owner(tx, input.owner_id.as_deref())?;
            let today = local_date(shop.now, shop.tz);
            let old = ledger::corrective_by_id(tx, id, shop.tz, today)?;
            ledger::update_corrective(tx, id, input, due, shop.now)?;
            let new = ledger::corrective_by_id(tx, id, shop.tz, today)?;
            Ok(vec![(EventKind::CorrectiveChanged, None, json!({ "old": old, "new": new }))])
        })
    }

    pub fn set_corrective_done(&self, id: &str, done: bool, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let case_id = ledger::case_of(&self.conn(), "corrective_actions", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            ledger::set_corrective_done(tx, id, done, shop.now)?;
            let item = ledger::corrective_by_id(tx, id, shop.tz, local_date(shop.now, shop.tz))?;
            Ok(vec![(EventKind::CorrectiveDone, None, json!({ "id": id, "done": done, "item": item }))])
        })
    }

    pub fn remove_corrective(&self, id: &str, reason: &str, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let reason = checked_reason(reason)?;
        let case_id = ledger::case_of(&self.conn(), "corrective_actions", id)?;
        self.act(&case_id, actor_id, |tx, shop, _| {
            let old = ledger::corrective_by_id(tx, id, shop.tz, local_date(shop.now, shop.tz))?;
            ledger::remove_corrective(tx, id, shop.now)?;
            Ok(vec![(EventKind::CorrectiveRemoved, None, json!({ "old": old, "reason": reason }))])
        })
    }

    /// Corrective actions across all cases: the open ones, or all.
    pub fn list_corrective(&self, open_only: bool) -> Result<Vec<CorrectiveAction>> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        ledger::all_correctives(&conn, open_only, None, tz, local_date(self.clock.now(), tz), 1000)
    }

    // ---- evidence -------------------------------------------------------------------

    /// Attaches a file the user picked. The path is only read; the name is only shown.
    pub fn attach_evidence_file(&self, case_id: &str, path: &std::path::Path, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let bytes = evidence::read_picked(path)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        self.attach_evidence(case_id, &name, &bytes, actor_id)
    }

    pub fn attach_evidence(&self, case_id: &str, file_name: &str, bytes: &[u8], actor_id: Option<&str>) -> Result<CaseChecklist> {
        live_case(&self.conn(), case_id)?;
        // Checking and copying happen before the write lock is taken: a large file must
        // not hold up other writers.
        let checked = evidence::check(bytes)?;
        evidence::write_once(&evidence::stored_path(&self.data_dir, &checked.sha256, checked.kind), bytes)?;
        if let Some(thumb) = &checked.thumbnail {
            evidence::write_once(&evidence::thumb_path(&self.data_dir, &checked.sha256), thumb)?;
        }
        let name = evidence::display_name(file_name);
        self.act(case_id, actor_id, |tx, shop, _| {
            let id = store::evidence::insert(tx, case_id, &name, checked.kind.mime(), bytes.len() as i64, &checked.sha256, shop.now)?;
            Ok(vec![(EventKind::EvidenceAdded, None, json!({ "id": id, "file_name": name, "sha256": checked.sha256, "mime": checked.kind.mime(), "size": bytes.len() }))])
        })
    }

    pub fn remove_evidence(&self, id: &str, reason: &str, actor_id: Option<&str>) -> Result<CaseChecklist> {
        let reason = checked_reason(reason)?;
        let (case_id, item) = {
            let conn = self.conn();
            let tz = store::cases::shop_tz(&conn)?;
            let item = store::evidence::get(&conn, id, tz)?;
            (item.case_id.clone(), item)
        };
        // The file stays: the timeline still names its hash, and another case may share it.
        self.act(&case_id, actor_id, |tx, shop, _| {
            store::evidence::remove(tx, id, shop.now)?;
            Ok(vec![(EventKind::EvidenceRemoved, None, json!({ "id": id, "file_name": item.file_name, "sha256": item.sha256, "reason": reason }))])
        })
    }

    /// Where an attached file is stored, to open it in the system's viewer.
    pub fn evidence_path(&self, id: &str) -> Result<std::path::PathBuf> {
        let conn = self.conn();
        let item = store::evidence::get(&conn, id, chrono_tz::Tz::UTC)?;
        let kind = evidence::EvidenceType::from_mime(&item.mime).ok_or_else(|| AmendsError::invalid("file", "unsupported_type"))?;
        let path = evidence::stored_path(&self.data_dir, &item.sha256, kind);
        if !path.is_file() {
            return Err(AmendsError::NotFound { entity: "evidence_file", id: id.to_string() });
        }
        Ok(path)
    }

    // ---- Today, targets, verification ---------------------------------------------

    pub fn today(&self) -> Result<TodayView> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        let now = self.clock.now();
        let (items, total) = store::today::due(&conn, tz, now, TODAY_LIMIT)?;
        let today = local_date(now, tz);
        let corrective = ledger::all_correctives(&conn, true, Some(today), tz, today, 200)?;
        Ok(TodayView { items, total, corrective })
    }

    /// The navigation's counts: everything due today and everything overdue, uncapped.
    pub fn today_counts(&self) -> Result<TodayCounts> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        store::today::counts(&conn, tz, self.clock.now())
    }

    pub fn service_targets(&self) -> Result<ServiceTargets> {
        store::targets::get(&self.conn())
    }

    /// Saves the targets and recomputes the due times of every case still open.
    pub fn save_service_targets(&self, targets: &ServiceTargets) -> Result<ServiceTargets> {
        crate::clock::targets::validate(targets)?;
        let mut conn = self.conn();
        let tx = write_tx(&mut conn)?;
        let old = store::targets::get(&tx)?;
        store::targets::save(&tx, targets, self.clock.now())?;
        if old.jurisdiction != targets.jurisdiction {
            // Rules of another jurisdiction do not apply: open cases take the new defaults.
            tx.execute("UPDATE cases SET legal_rule = NULL WHERE deleted_at IS NULL AND status <> 'closed'", [])?;
        }
        case_state::refresh_open(&tx, &self.shop_context(&tx)?)?;
        tx.commit()?;
        Ok(targets.clone())
    }

    /// Checks every timeline's hash chain.
    pub fn verify_timelines(&self) -> Result<VerifyReport> {
        let (chains, events, broken) = events::verify_all(&self.conn())?;
        Ok(VerifyReport { chains, events, broken })
    }

    /// Where the monthly review's kept tallies differ from a fresh derivation (none if the
    /// triggers did their work).
    pub fn review_tallies_drift(&self) -> Result<crate::stats::derived::Drift> {
        crate::stats::derived::check(&self.conn())
    }

    /// Derives the review's tallies afresh from the cases and timelines.
    pub fn rebuild_review_tallies(&self) -> Result<()> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        crate::stats::derived::rebuild(&tx)?;
        tx.commit()?;
        Ok(())
    }
}

fn checked_reason(reason: &str) -> Result<String> {
    let mut c = crate::case::validate::Checker::new();
    c.required("reason", reason, engine::MAX_REASON);
    c.finish()?;
    Ok(reason.trim().to_string())
}

impl Desk {
    /// The monthly review of `month` ("YYYY-MM"; default: the last full month, shop time).
    pub fn month_review(&self, month: Option<&str>) -> Result<crate::stats::MonthReview> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        let month = match month.map(str::trim).filter(|m| !m.is_empty()) {
            Some(m) => m.to_string(),
            None => crate::stats::last_full_month(local_date(self.clock.now(), tz)),
        };
        crate::stats::month_review(&conn, &month, tz)
    }
}

impl Desk {
    /// Writes the CSV of the cases received in `month` to `path`; returns the row count.
    pub fn export_month_csv(&self, month: &str, path: &std::path::Path) -> Result<usize> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        let file = std::io::BufWriter::new(std::fs::File::create(path)?);
        crate::stats::write_month(&conn, month, tz, file)
    }
}

impl Desk {
    /// One month's headline figures alone (the benchmark's unit).
    pub fn month_figures(&self, month: &str) -> Result<crate::stats::MonthFigures> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        crate::stats::month_figures(&conn, month, tz)
    }

    /// The 12-month trend ending with `month`.
    pub fn month_trend(&self, month: &str) -> Result<Vec<crate::stats::TrendPoint>> {
        let conn = self.conn();
        let tz = store::cases::shop_tz(&conn)?;
        crate::stats::trend(&conn, month, tz)
    }
}

impl Desk {
    /// The monthly report PDF (the owner's language, the letter's fonts and letterhead).
    pub fn month_report_pdf(&self, month: Option<&str>) -> Result<crate::letter::RenderedPdf> {
        let review = self.month_review(month)?;
        let conn = self.conn();
        let shop = store::shop::get(&conn)?.ok_or(AmendsError::ShopNotSetUp)?;
        let tz = crate::time::parse_tz(&shop.fields.time_zone);
        let logo: Option<Vec<u8>> =
            conn.query_row("SELECT logo FROM shop_profile WHERE id = 1", [], |r| r.get(0)).ok().flatten();
        let today = local_date(self.clock.now(), tz);
        let corrective = ledger::all_correctives(&conn, true, None, tz, today, 100)?;
        let (_, end) = crate::time::month_range(&review.figures.month, tz)?;
        let mut stmt = conn.prepare_cached(
            "SELECT c.number, u.surname, u.first_name, u.patronymic, c.status, c.received_at
             FROM cases c JOIN customers u ON u.id = c.customer_id
             WHERE c.deleted_at IS NULL AND c.status <> 'closed' AND c.received_at < ?1
             ORDER BY c.received_at LIMIT 200",
        )?;
        let open_cases = stmt
            .query_map([end], |r| {
                let patronymic: Option<String> = r.get(3)?;
                Ok(crate::stats::report::OpenCase {
                    number: r.get(0)?,
                    customer: crate::case::customer::display_name(&r.get::<_, String>(1)?, &r.get::<_, String>(2)?, patronymic.as_deref()),
                    status: r.get(4)?,
                    received: crate::time::rfc3339_in(r.get(5)?, tz)[..10].to_string(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        crate::stats::report::render(&review, &shop, logo, &corrective, &open_cases)
    }
}
