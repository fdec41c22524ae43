//! A case taken through every step of the checklist on a real database: the rules refuse
//! what they must, the status follows the steps, the clocks and the Today screen move, and
//! the timeline's hash chain holds (and catches tampering).
mod common;

use amends_core::case::*;
use amends_core::checklist::*;
use amends_core::time::ManualClock;
use amends_core::{AmendsError, Desk};
use chrono::{DateTime, Duration, Utc};
use common::*;
use serde_json::{json, Map, Value};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

fn values(v: Value) -> Map<String, Value> {
    v.as_object().unwrap().clone()
}

fn complete(step: StepCode, v: Value) -> ChecklistAction {
    ChecklistAction::Complete { step, values: values(v) }
}

fn rule_of(err: AmendsError) -> (String, Option<String>) {
    match err {
        AmendsError::StepRefused { rule, detail, .. } => (rule.to_string(), detail),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn field_codes(err: AmendsError) -> Vec<(String, String)> {
    match err {
        AmendsError::Invalid(f) => f.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

struct Flow {
    _dir: tempfile::TempDir,
    desk: Desk,
    clock: ManualClock,
    case: CaseView,
}

fn flow(demand: Demand, category: &str) -> Flow {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(at("2026-11-25T09:00:00+03:00"));
    let desk = Desk::open_with_clock(dir.path(), Box::new(clock.clone())).unwrap();
    desk.save_shop_profile(shop_input()).unwrap();
    let category_id = desk.list_categories(false).unwrap().into_iter().find(|c| c.code.as_deref() == Some(category)).unwrap().id;
    let mut input = case_input(&category_id, "Чайник протекает", new_customer("Смирнова", "Анна", "+7 900 123-45-67"));
    input.demand = demand;
    input.price = Some("5000".into());
    let case = desk.create_case(input).unwrap();
    Flow { _dir: dir, desk, clock, case }
}

#[test]
fn a_case_goes_from_intake_to_closed_and_back() {
    let f = flow(Demand::Refund, "defective");
    let id = f.case.id.as_str();
    let list = f.desk.checklist(id).unwrap();
    assert_eq!(list.status, CaseStatus::New);
    assert_eq!(list.current, Some(StepCode::Acknowledge));
    let legal = list.clocks.legal.clone().expect("a refund has a legal clock");
    assert_eq!(legal.rule.id, "ru.art22");
    assert_eq!(legal.deadline, "2026-12-05");
    assert_eq!(legal.days_left, 10);
    assert_eq!(list.clocks.ack_due_at, "2026-11-25T10:30:00+03:00");

    // Today lists the acknowledgement due at 10:30.
    let today = f.desk.today().unwrap();
    assert_eq!(today.items.len(), 1);
    assert!(!today.items[0].overdue);

    // Nothing before its prerequisites.
    let err = f.desk.apply_step(id, complete(StepCode::Listen, json!({"at": "2026-11-25T09:00:00+03:00", "summary": "x"})), None).unwrap_err();
    assert_eq!(rule_of(err), ("depends_on".into(), Some("acknowledge".into())));
    // Acknowledging cannot be skipped.
    let err = f.desk.apply_step(id, ChecklistAction::Skip { step: StepCode::Acknowledge, reason: "busy".into() }, None).unwrap_err();
    assert_eq!(rule_of(err).0, "cannot_skip");

    f.clock.advance(Duration::minutes(20));
    let list = f.desk.apply_step(id, complete(StepCode::Acknowledge, json!({"at": "2026-11-25T09:15:00+03:00", "channel": "phone"})), None).unwrap();
    assert_eq!(list.status, CaseStatus::Acknowledged);
    assert!(f.desk.today().unwrap().items.is_empty(), "nothing else due today");

    f.desk.apply_step(id, complete(StepCode::Listen, json!({"at": "2026-11-25T09:18:00+03:00", "duration_minutes": 12, "summary": "Протекает дно", "apologised": true})), None).unwrap();
    let err = f.desk.apply_step(id, complete(StepCode::Restate, json!({"summary": "Дно течёт", "confirmed": false})), None).unwrap_err();
    assert_eq!(field_codes(err), vec![("confirmed".to_string(), "must_confirm".to_string())]);
    f.desk.apply_step(id, complete(StepCode::Restate, json!({"summary": "Дно течёт", "confirmed": true})), None).unwrap();

    // A promise later than the law allows is refused next to its field.
    let err = f.desk.apply_step(id, complete(StepCode::Promise, json!({"decision_due": "2026-12-08T12:00:00+03:00"})), None).unwrap_err();
    assert_eq!(field_codes(err), vec![("decision_due".to_string(), "after_legal_deadline".to_string())]);
    let list = f.desk.apply_step(id, complete(StepCode::Promise, json!({"decision_due": "2026-11-28T18:00:00+03:00"})), None).unwrap();
    assert_eq!(list.clocks.promised_decision_at.as_deref(), Some("2026-11-28T18:00:00+03:00"));

    let list = f.desk.apply_step(id, complete(StepCode::Classify, json!({"root_cause": "defect", "refusal": "none"})), None).unwrap();
    assert_eq!(list.status, CaseStatus::Investigating);
    assert!(list.corrective_required);
    f.desk.apply_step(id, complete(StepCode::Investigate, json!({"checked": "Чайник, чек", "found": "Трещина в дне", "verdict": "right"})), None).unwrap();
    f.desk.apply_step(id, complete(StepCode::Remedy, json!({"remedy": "refund", "details": "Вернуть 5000 ₽"})), None).unwrap();

    // Corrective action is required for a defect: not done without one, not skippable.
    let err = f.desk.apply_step(id, complete(StepCode::CorrectiveAction, json!({})), None).unwrap_err();
    assert_eq!(rule_of(err).0, "corrective_action_required");
    let err = f.desk.apply_step(id, ChecklistAction::Skip { step: StepCode::CorrectiveAction, reason: "нет".into() }, None).unwrap_err();
    assert_eq!(rule_of(err).0, "cannot_skip");
    f.desk.add_corrective(id, &CorrectiveInput { description: "Проверять дно при приёмке партии".into(), owner_id: None, due_date: Some("2026-12-01".into()) }, None).unwrap();
    f.desk.apply_step(id, complete(StepCode::CorrectiveAction, json!({})), None).unwrap();
    assert_eq!(f.desk.list_corrective(true).unwrap().len(), 1);

    // No compensation without a value; a voucher needs to say how to use it.
    let voucher = CompensationInput {
        kind: CompensationKind::Voucher,
        value: "".into(),
        how_to_use: None,
        voucher_code: Some("SORRY-500".into()),
        valid_until: Some("2027-02-28".into()),
        accept_warnings: false,
    };
    let codes = field_codes(f.desk.add_compensation(id, &voucher, None).unwrap_err());
    assert!(codes.contains(&("value".into(), "required".into())) && codes.contains(&("how_to_use".into(), "required".into())), "{codes:?}");
    let voucher = CompensationInput { value: "500".into(), how_to_use: Some("Назовите код на кассе".into()), ..voucher };
    let list = f.desk.add_compensation(id, &voucher, None).unwrap();
    assert_eq!(list.compensation_total_minor, 50_000);

    let list = f.desk.checklist(id).unwrap();
    assert_eq!(list.status, CaseStatus::AwaitingCustomer);
    let legal = list.clocks.legal.unwrap();
    assert_eq!(legal.kept, Some(true), "decided within the term");

    // No closing before the letter (or a reason for not sending one).
    let err = f.desk.apply_step(id, complete(StepCode::Close, json!({})), None).unwrap_err();
    assert_eq!(rule_of(err).0, "letter_missing");
    f.clock.advance(Duration::days(1));
    let list = f.desk.apply_step(id, complete(StepCode::Letter, json!({"handed_over_at": "2026-11-26T09:10:00+03:00", "method": "in_person"})), None).unwrap();
    assert_eq!(list.status, CaseStatus::Resolved);
    assert_eq!(list.clocks.shop.as_ref().map(|s| s.due_at.as_str()), Some("2026-12-03T09:10:00+03:00"), "follow-up 7 days after the letter");

    f.clock.advance(Duration::days(7));
    f.desk.apply_step(id, complete(StepCode::FollowUp, json!({"at": "2026-12-03T09:15:00+03:00", "satisfaction": 5, "still_customer": true})), None).unwrap();
    let list = f.desk.apply_step(id, complete(StepCode::Close, json!({})), None).unwrap();
    assert_eq!(list.status, CaseStatus::Closed);
    assert_eq!(f.desk.get_case(id).unwrap().status, CaseStatus::Closed);

    // Reopening needs a reason and brings the case back to "resolved".
    let err = f.desk.apply_step(id, ChecklistAction::Reopen { step: StepCode::Close, reason: " ".into() }, None).unwrap_err();
    assert_eq!(field_codes(err), vec![("reason".to_string(), "required".to_string())]);
    let list = f.desk.apply_step(id, ChecklistAction::Reopen { step: StepCode::Close, reason: "Клиент позвонил снова".into() }, None).unwrap();
    assert_eq!(list.status, CaseStatus::Resolved);

    // Every act is in the timeline, and the chain verifies.
    let timeline = f.desk.timeline(id).unwrap();
    let kinds: Vec<&str> = timeline.iter().map(|e| e.kind.code()).collect();
    assert_eq!(kinds.first(), Some(&"case_created"));
    assert_eq!(kinds.last(), Some(&"step_reopened"));
    assert!(kinds.contains(&"compensation_added") && kinds.contains(&"corrective_added"));
    assert_eq!(kinds.iter().filter(|k| **k == "step_done").count(), 11);
    let report = f.desk.verify_timelines().unwrap();
    assert_eq!((report.chains, report.broken.len()), (1, 0));
}

#[test]
fn reopening_a_step_reopens_what_rested_on_it() {
    let f = flow(Demand::Refund, "defective");
    let id = f.case.id.as_str();
    for (step, v) in [
        (StepCode::Acknowledge, json!({"at": "2026-11-25T09:00:00+03:00", "channel": "phone"})),
        (StepCode::Listen, json!({"at": "2026-11-25T09:00:00+03:00", "summary": "s"})),
        (StepCode::Classify, json!({"root_cause": "misunderstanding", "refusal": "none"})),
        (StepCode::Investigate, json!({"checked": "c", "found": "f", "verdict": "not_right"})),
    ] {
        f.desk.apply_step(id, complete(step, v), None).unwrap();
    }
    // A misunderstanding may skip the corrective action with a reason.
    f.desk.apply_step(id, ChecklistAction::Skip { step: StepCode::CorrectiveAction, reason: "Правила уже понятны".into() }, None).unwrap();
    let list = f.desk.apply_step(id, ChecklistAction::Reopen { step: StepCode::Classify, reason: "Ошиблись с причиной".into() }, None).unwrap();
    let state = |s: StepCode| list.steps.iter().find(|v| v.step == s).unwrap().state;
    assert_eq!(state(StepCode::Classify), StepState::Open);
    assert_eq!(state(StepCode::Investigate), StepState::Open);
    assert_eq!(state(StepCode::CorrectiveAction), StepState::Open);
    assert_eq!(state(StepCode::Listen), StepState::Done);
    assert_eq!(list.status, CaseStatus::Acknowledged, "restate and promise are still open");
}

#[test]
fn a_refusal_has_no_remedy_and_its_letter_stops_the_legal_clock() {
    let f = flow(Demand::Compensation, "staff_conduct");
    let id = f.case.id.as_str();
    for (step, v) in [
        (StepCode::Acknowledge, json!({"at": "2026-11-25T09:00:00+03:00", "channel": "phone"})),
        (StepCode::Listen, json!({"at": "2026-11-25T09:00:00+03:00", "summary": "s"})),
        (StepCode::Classify, json!({"root_cause": "misunderstanding", "refusal": "harmful_to_staff"})),
        (StepCode::Investigate, json!({"checked": "c", "found": "f", "verdict": "not_right"})),
    ] {
        f.desk.apply_step(id, complete(step, v), None).unwrap();
    }
    let list = f.desk.checklist(id).unwrap();
    assert_eq!(list.steps.iter().find(|v| v.step == StepCode::Remedy).unwrap().state, StepState::NotApplicable);
    let err = f.desk.apply_step(id, complete(StepCode::Remedy, json!({"remedy": "refund", "details": "d"})), None).unwrap_err();
    assert_eq!(rule_of(err).0, "not_applicable");
    assert!(list.clocks.legal.as_ref().unwrap().decided_at.is_none());
    for step in [StepCode::Restate, StepCode::Promise, StepCode::CorrectiveAction] {
        f.desk.apply_step(id, ChecklistAction::Skip { step, reason: "Отказ".into() }, None).unwrap();
    }
    let list = f.desk.apply_step(id, complete(StepCode::Letter, json!({"handed_over_at": "2026-11-25T09:00:00+03:00", "method": "post"})), None).unwrap();
    assert!(list.clocks.legal.as_ref().unwrap().decided_at.is_some());
}

#[test]
fn an_overdue_case_accrues_the_penalty_and_shows_on_today() {
    let f = flow(Demand::Refund, "defective");
    let id = f.case.id.as_str();
    f.desk.apply_step(id, complete(StepCode::Acknowledge, json!({"at": "2026-11-25T09:00:00+03:00", "channel": "phone"})), None).unwrap();
    // The deadline is 5 December; on the 10th the shop is five days late: 5 × 1% of 5000.
    f.clock.set(at("2026-12-10T12:00:00+03:00"));
    let legal = f.desk.checklist(id).unwrap().clocks.legal.unwrap();
    assert!(legal.overdue);
    assert_eq!((legal.days_left, legal.days_late, legal.penalty_minor), (-5, 5, Some(25_000)));
    let today = f.desk.today().unwrap();
    assert_eq!(today.items.len(), 1);
    assert!(today.items[0].overdue);
    let page = f.desk.list_cases(&CaseQuery { overdue_only: true, ..Default::default() }).unwrap();
    assert_eq!(page.total, 1);
}

#[test]
fn the_counts_take_in_every_case_due_not_only_those_today_lists() {
    let f = flow(Demand::Apology, "defective");
    let category_id = f.case.category.id.clone();
    // One more than the Today list shows: each is to be acknowledged within the day.
    for n in 0..200 {
        let customer = new_customer("Иванов", "Пётр", &format!("+7 900 000-{:02}-{:02}", n / 100, n % 100));
        f.desk.create_case(case_input(&category_id, "Сломан замок", customer)).unwrap();
    }
    assert_eq!(f.desk.today_counts().unwrap(), amends_core::TodayCounts { due: 201, overdue: 0 });
    // A day later all of them are overdue; one received now is due today and not overdue.
    f.clock.advance(Duration::days(1));
    let mut late = case_input(&category_id, "Поздно", new_customer("Петрова", "Ольга", "+7 900 111-22-33"));
    (late.received_at, late.demand_date) = ("2026-11-26T09:00:00+03:00".into(), "2026-11-26".into());
    f.desk.create_case(late).unwrap();
    let today = f.desk.today().unwrap();
    assert_eq!((today.items.len(), today.total), (200, 202));
    assert_eq!(today.items.iter().filter(|i| i.overdue).count(), 200, "the list stops at 200");
    assert_eq!(f.desk.today_counts().unwrap(), amends_core::TodayCounts { due: 202, overdue: 201 });
}

#[test]
fn the_handler_involved_needs_an_override_that_the_timeline_records() {
    let f = flow(Demand::Apology, "staff_conduct");
    let staff = f.desk.create_staff(StaffInput { name: "Олег".into(), role: None }).unwrap();
    let category_id = f.case.category.id.clone();
    let mut input = case_input(&category_id, "Грубость", CustomerRef::Existing { id: f.case.customer.id.clone() });
    input.staff_involved_id = Some(staff.id.clone());
    input.handler_id = Some(staff.id.clone());
    let codes = field_codes(f.desk.create_case(input.clone()).unwrap_err());
    assert_eq!(codes, vec![("handler_id".to_string(), "same_as_staff_involved".to_string())]);
    input.accept_warnings = true;
    let case = f.desk.create_case(input).unwrap();
    let kinds: Vec<_> = f.desk.timeline(&case.id).unwrap().into_iter().map(|e| e.kind.code()).collect();
    assert_eq!(kinds, vec!["case_created", "warning_overridden"]);
    assert_eq!(f.desk.checklist(&case.id).unwrap().warnings, vec![WarningCode::HandlerIsStaffInvolved]);
}

#[test]
fn compensation_above_the_limit_needs_a_second_look() {
    let f = flow(Demand::Refund, "defective");
    let mut targets = f.desk.service_targets().unwrap();
    targets.compensation_limit_minor = Some(100_000);
    f.desk.save_service_targets(&targets).unwrap();
    let gift = CompensationInput {
        kind: CompensationKind::Gift,
        value: "1500".into(),
        how_to_use: None,
        voucher_code: None,
        valid_until: None,
        accept_warnings: false,
    };
    let err = f.desk.add_compensation(&f.case.id, &gift, None).unwrap_err();
    match err {
        AmendsError::Invalid(fields) => assert_eq!((fields[0].code.as_str(), fields[0].limit), ("over_limit", Some(100_000))),
        other => panic!("{other:?}"),
    }
    let list = f.desk.add_compensation(&f.case.id, &CompensationInput { accept_warnings: true, ..gift }, None).unwrap();
    assert_eq!(list.compensation_total_minor, 150_000);
    let kinds: Vec<_> = f.desk.timeline(&f.case.id).unwrap().into_iter().map(|e| e.kind.code()).collect();
    assert!(kinds.ends_with(&["compensation_added", "warning_overridden"]));
}

#[test]
fn tampering_with_the_timeline_is_refused_or_detected() {
    let f = flow(Demand::Refund, "defective");
    let id = f.case.id.clone();
    f.desk.add_note(&id, "Позвонить после обеда", None).unwrap();
    f.desk.add_note(&id, "Клиент перезвонил", None).unwrap();
    let path = f.desk.data_dir().join("amends.db");
    let conn = rusqlite::Connection::open(&path).unwrap();
    // The triggers refuse edits and deletions…
    assert!(conn.execute("UPDATE case_events SET payload = '{\"text\":\"x\"}' WHERE seq = 2", []).is_err());
    assert!(conn.execute("DELETE FROM case_events WHERE seq = 3", []).is_err());
    // …and someone who removes them is still caught by the chain.
    conn.execute_batch("DROP TRIGGER case_events_only_redaction; UPDATE case_events SET payload = '{\"text\":\"x\"}' WHERE seq = 2;").unwrap();
    let report = f.desk.verify_timelines().unwrap();
    assert_eq!(report.broken.len(), 1);
    assert_eq!((report.broken[0].seq, report.broken[0].problem.as_str()), (2, "payload_altered"));
}
