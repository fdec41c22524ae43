//! The customer's rights: export of everything held about them, and "forget this
//! customer", which removes personal data but keeps the figures.
mod common;

use amends_core::case::CaseQuery;
use common::*;

/// A demo register and a customer of it with several cases and some compensation.
fn demo_customer() -> (Fixture, String) {
    let f = Fixture::set_up();
    f.desk.demo(300, 3).unwrap();
    let customers = f.desk.search_customers("", 100).unwrap();
    let id = customers
        .iter()
        .filter(|c| c.case_count >= 2)
        .map(|c| c.id.clone())
        .find(|id| f.desk.customer_page(id).unwrap().compensation_total_minor > 0)
        .expect("a demo customer with cases and compensation");
    (f, id)
}

fn all_cases(f: &Fixture) -> i64 {
    f.desk.list_cases(&CaseQuery { limit: Some(1), ..CaseQuery::default() }).unwrap().total as i64
}

#[test]
fn export_customer_holds_the_customer_and_every_case_of_theirs() {
    let (f, id) = demo_customer();
    let page = f.desk.customer_page(&id).unwrap();
    let export = f.desk.export_customer(&id).unwrap();
    assert_eq!(export.format, "amends-customer-export");
    assert_eq!(export.customer.id, id);
    assert_eq!(export.customer.surname, page.customer.fields.surname);
    assert_eq!(export.customer.phone, page.customer.fields.phone);
    let mut numbers: Vec<String> = export.cases.iter().map(|c| c.number.clone()).collect();
    let mut expected: Vec<String> = page.cases.iter().map(|c| c.number.clone()).collect();
    numbers.sort();
    expected.sort();
    assert_eq!(numbers, expected);
    assert!(export.cases.iter().all(|c| c.customer_id == id));
    assert!(!export.compensations.is_empty());
    let json = serde_json::to_string(&export).unwrap();
    assert!(json.contains(&page.customer.fields.surname));
    assert_eq!(f.desk.audit_events().unwrap().last().unwrap().action, "customer_exported");
    assert_eq!(f.desk.export_customer("no-such-id").unwrap_err().code(), "not_found");
}

#[test]
fn forget_customer_removes_personal_data_and_keeps_the_figures() {
    let (f, id) = demo_customer();
    let before = f.desk.customer_page(&id).unwrap();
    let before_export = f.desk.export_customer(&id).unwrap();
    let total_cases = all_cases(&f);
    let surname = before.customer.fields.surname.clone();
    let phone = before.customer.fields.phone.clone().expect("demo customers have phones");
    let first_case = before.cases[0].number.clone();
    assert!(f.desk.search_customers(&phone, 10).unwrap().iter().any(|c| c.id == id));

    let report = f.desk.forget_customer(&id).unwrap();
    assert_eq!(report.cases as usize, before.cases.len());

    let after = f.desk.customer_page(&id).unwrap();
    let c = &after.customer.fields;
    assert_eq!(c.surname, "—");
    assert_eq!((c.first_name.as_str(), &c.patronymic, &c.phone, &c.email, &c.messenger, &c.note), ("", &None, &None, &None, &None, &None));
    assert_eq!(c.gender, None);
    assert_eq!(after.cases.len(), before.cases.len(), "case count unchanged");
    assert_eq!(after.compensation_total_minor, before.compensation_total_minor, "compensation unchanged");
    assert_eq!(all_cases(&f), total_cases);
    for case in &after.cases {
        let view = f.desk.get_case(&case.id).unwrap();
        assert_eq!(view.complaint, "");
        assert_eq!(view.order_no, None);
        assert_eq!(view.demand_note, None);
        assert_ne!(view.customer.display_name, before.customer.display_name);
    }
    let case = f.desk.get_case_by_number(&first_case).unwrap();
    let old = before_export.cases.iter().find(|c| c.number == first_case).unwrap();
    assert_eq!((case.status, case.demand, case.mood, case.channel), (old.status, old.demand, old.mood, old.channel));
    assert_eq!(case.received_at.len(), 25);

    // Gone from the search indexes.
    assert!(!f.desk.search_customers(&phone, 10).unwrap().iter().any(|c| c.id == id));
    assert!(!f.desk.search_customers(&surname, 100).unwrap().iter().any(|c| c.id == id));
    let found = f.desk.list_cases(&CaseQuery { search: Some(phone.clone()), ..CaseQuery::default() }).unwrap();
    assert!(found.items.iter().all(|c| c.number != first_case));

    // The timelines lose their words but still verify; the steps keep choices and scores.
    for case in &after.cases {
        for event in f.desk.timeline(&case.id).unwrap() {
            assert!(event.payload.is_none(), "payload of {:?} erased", event.kind);
        }
        let list = f.desk.checklist(&case.id).unwrap();
        let values: Vec<_> = list.steps.iter().map(|s| &s.values).collect();
        let text = serde_json::to_string(&values).unwrap();
        assert!(!text.contains("\"summary\"") && !text.contains("\"found\""), "free text erased: {text}");
    }
    let had_events = before.cases.iter().any(|c| !f.desk.timeline(&c.id).unwrap().is_empty());
    assert!(had_events, "the demo customer has timeline events to erase");
    assert!(f.desk.verify_timelines().unwrap().broken.is_empty());

    // Recorded, with figures only.
    let events = f.desk.audit_events().unwrap();
    let event = events.iter().rev().find(|e| e.action == "customer_forgotten").expect("audit event");
    assert_eq!(event.subject_id.as_deref(), Some(id.as_str()));
    assert_eq!(event.actor, "owner");
    assert_eq!(event.detail["cases"], before.cases.len());
    assert!(!serde_json::to_string(&events).unwrap().contains(&surname));

    // The audit is append-only.
    drop(f.desk);
    let conn = rusqlite::Connection::open(f.dir.path().join("amends.db")).unwrap();
    assert!(conn.execute("DELETE FROM audit_events", []).is_err());
    assert!(conn.execute("UPDATE audit_events SET actor = 'x'", []).is_err());
}

#[test]
fn forgetting_an_unknown_customer_is_not_found() {
    let f = Fixture::set_up();
    assert_eq!(f.desk.forget_customer("nobody").unwrap_err().code(), "not_found");
    assert!(f.desk.audit_events().unwrap().is_empty());
}

#[test]
fn export_customer_to_file_writes_the_export_as_json() {
    let (f, id) = demo_customer();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("customer.json");
    let cases = f.desk.export_customer_to_file(&id, &path).unwrap();
    let written: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(written["format"], "amends-customer-export");
    assert_eq!(written["customer"]["id"], id.as_str());
    assert_eq!(written["cases"].as_array().unwrap().len(), cases as usize);
}
