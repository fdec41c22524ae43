//! Import and export: the JSON round trip loses nothing; a malformed file names the record
//! and field and imports nothing; CSV opens with Cyrillic intact.
mod common;

use amends_core::case::{CaseQuery, CaseStatus};
use amends_core::checklist::{ChecklistAction, StepCode};
use amends_core::transfer::Export;
use common::*;

fn without_time(mut export: Export) -> Export {
    export.exported_at = String::new();
    export
}

fn demo_fixture() -> Fixture {
    let f = Fixture::set_up();
    f.desk.demo(400, 11).unwrap();
    // A tombstone and an owner's own category must survive too.
    let first = f.desk.list_cases(&CaseQuery::default()).unwrap().items[0].id.clone();
    f.desk.delete_case(&first).unwrap();
    f.desk.create_category(amends_core::case::CategoryInput { name: "Упаковка".into() }).unwrap();
    let png = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/32x32.png")).unwrap();
    f.desk.set_shop_logo(png.clone()).unwrap();

    // The checklist's rarer facts: saved targets, a reopened case, a case with no legal
    // rule, evidence (one removed), and a forgotten customer's erased event payloads.
    let mut targets = f.desk.service_targets().unwrap();
    targets.follow_up_days = 10;
    f.desk.save_service_targets(&targets).unwrap();
    let export = f.desk.export_json().unwrap();
    let live = |status: CaseStatus| export.cases.iter().filter(move |c| c.deleted_at.is_none() && c.status == status);
    let closed = live(CaseStatus::Closed).next().expect("a closed demo case").id.clone();
    let reopen = ChecklistAction::Reopen { step: StepCode::Close, reason: "Клиент вернулся".into() };
    f.desk.apply_step(&closed, reopen, None).unwrap();
    let open = export
        .cases
        .iter()
        .find(|c| c.deleted_at.is_none() && c.status != CaseStatus::Closed)
        .expect("an open demo case")
        .id
        .clone();
    f.desk.set_legal_rule(&open, Some(""), None).unwrap();
    f.desk.attach_evidence(&open, "фото чека.png", &png, None).unwrap();
    let other = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/128x128.png")).unwrap();
    f.desk.attach_evidence(&open, "receipt.png", &other, None).unwrap();
    let evidence = f.desk.export_json().unwrap().evidence;
    f.desk.remove_evidence(&evidence[0].id, "не то фото", None).unwrap();
    let forgotten = live(CaseStatus::Closed).nth(1).expect("another closed case").customer_id.clone();
    f.desk.forget_customer(&forgotten).unwrap();
    f
}

#[test]
fn json_round_trip_loses_nothing() {
    let a = demo_fixture();
    let exported = a.desk.export_json().unwrap();
    assert_eq!(exported.version, 2);
    assert_eq!(exported.cases.len(), 400);
    assert!(!exported.compensations.is_empty());
    assert!(!exported.steps.is_empty() && !exported.events.is_empty() && !exported.corrective_actions.is_empty());
    assert_eq!(exported.evidence.len(), 2);
    assert!(exported.evidence.iter().any(|e| e.deleted_at.is_some()));
    assert!(exported.events.iter().any(|e| e.payload.is_none()), "a forgotten customer's payloads are erased");
    assert!(exported.cases.iter().any(|c| c.reopened == 1));
    assert!(exported.cases.iter().any(|c| c.legal_rule.as_deref() == Some("")));
    assert_eq!(exported.service_targets.as_ref().map(|t| t.follow_up_days), Some(10));
    let text = serde_json::to_string_pretty(&exported).unwrap();

    let b = Fixture::empty();
    let summary = b.desk.import_json(&text).unwrap();
    assert_eq!(summary.cases, 400);
    assert!(summary.shop_profile_set);
    assert!(b.desk.shop_profile().unwrap().unwrap().has_logo);
    assert!(summary.service_targets_set);
    assert_eq!(summary.events, exported.events.len());
    assert_eq!(summary.steps, exported.steps.len());
    let again = b.desk.export_json().unwrap();
    assert_eq!(without_time(again), without_time(exported.clone()));
    let report = b.desk.verify_timelines().unwrap();
    assert!(report.broken.is_empty(), "{:?}", report.broken);
    assert_eq!(report.events as usize, exported.events.len());
    // Case pages: the checklist and the timeline read the same in both registers.
    for case in exported.cases.iter().filter(|c| c.deleted_at.is_none()).step_by(37) {
        assert_eq!(b.desk.checklist(&case.id).unwrap(), a.desk.checklist(&case.id).unwrap());
        assert_eq!(b.desk.timeline(&case.id).unwrap(), a.desk.timeline(&case.id).unwrap());
    }

    // Search, pages and customer pages work on the imported data.
    let first = &exported.cases.iter().rev().find(|c| c.deleted_at.is_none()).unwrap();
    let word = first.complaint.split_whitespace().next().unwrap().to_string();
    let found = b.desk.list_cases(&CaseQuery { search: Some(word), limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert!(found.items.iter().any(|c| c.id == first.id));
    assert_eq!(
        b.desk.list_cases(&CaseQuery::default()).unwrap(),
        a.desk.list_cases(&CaseQuery::default()).unwrap()
    );

    // Importing the same file again changes nothing.
    let twice = b.desk.import_json(&text).unwrap();
    assert_eq!(twice.cases, 0);
    assert_eq!((twice.steps, twice.events, twice.corrective_actions, twice.evidence), (0, 0, 0, 0));
    assert!(!twice.service_targets_set);
    assert!(twice.skipped_existing > 400);
    assert_eq!(without_time(b.desk.export_json().unwrap()), without_time(exported.clone()));

    // An access request carries the customer's checklist too.
    let case = exported.cases.iter().find(|c| c.deleted_at.is_none() && exported.events.iter().any(|e| e.case_id == c.id)).unwrap();
    let mine = b.desk.export_customer(&case.customer_id).unwrap();
    assert_eq!(mine.version, 2);
    assert!(mine.events.iter().any(|e| e.case_id == case.id));
    assert!(mine.steps.iter().chain(exported.steps.iter().filter(|s| s.case_id == case.id)).all(|s| mine.cases.iter().any(|c| c.id == s.case_id)));
    assert_eq!(mine.steps.iter().filter(|s| s.case_id == case.id).count(), exported.steps.iter().filter(|s| s.case_id == case.id).count());
}

/// A version 1 file: the register before the checklist.
fn as_version_1(export: &Export) -> serde_json::Value {
    let mut v = serde_json::to_value(export).unwrap();
    v["version"] = 1.into();
    let object = v.as_object_mut().unwrap();
    for section in ["service_targets", "steps", "events", "corrective_actions", "evidence"] {
        object.remove(section);
    }
    for case in v["cases"].as_array_mut().unwrap() {
        let case = case.as_object_mut().unwrap();
        case.remove("legal_rule");
        case.remove("reopened");
    }
    for item in v["compensations"].as_array_mut().unwrap() {
        let item = item.as_object_mut().unwrap();
        for field in ["how_to_use", "voucher_code", "valid_until", "redeemed_at"] {
            item.remove(field);
        }
    }
    v
}

#[test]
fn a_version_1_file_still_imports_and_its_cases_start_from_their_steps() {
    let a = demo_fixture();
    let exported = a.desk.export_json().unwrap();
    let v1 = as_version_1(&exported);
    assert!(v1["cases"].as_array().unwrap().iter().any(|c| c["status"] == "closed"));

    let b = Fixture::empty();
    let summary = b.desk.import_json(&v1.to_string()).unwrap();
    assert_eq!(summary.cases, 400);
    assert_eq!((summary.steps, summary.events), (0, 0));
    let imported = b.desk.export_json().unwrap();
    assert!(imported.steps.is_empty() && imported.events.is_empty());
    // No steps, so the status written in the file no longer decides: every case is new.
    assert!(imported.cases.iter().all(|c| c.status == CaseStatus::New));
    assert_eq!(imported.customers, exported.customers);
    assert_eq!(imported.compensations.len(), exported.compensations.len());

    // The version 2 file of the same register then brings the checklist to those cases.
    let text = serde_json::to_string(&exported).unwrap();
    let upgrade = b.desk.import_json(&text).unwrap();
    assert_eq!(upgrade.cases, 0);
    assert_eq!(upgrade.events, exported.events.len());
    assert!(b.desk.verify_timelines().unwrap().broken.is_empty());
    let after = b.desk.export_json().unwrap();
    let statuses = |e: &Export| e.cases.iter().map(|c| (c.id.clone(), c.status)).collect::<Vec<_>>();
    assert_eq!(statuses(&after), statuses(&exported));
}

#[test]
fn import_into_a_set_up_shop_maps_starting_categories_by_code() {
    let a = demo_fixture();
    let text = serde_json::to_string(&a.desk.export_json().unwrap()).unwrap();
    let b = Fixture::set_up();
    let summary = b.desk.import_json(&text).unwrap();
    assert_eq!(summary.cases, 400);
    assert!(!summary.shop_profile_set, "this shop's own profile is kept");
    assert_eq!(b.desk.list_categories(true).unwrap().len(), 11, "ten starting categories + the owner's one");
    let page = b.desk.list_cases(&CaseQuery { limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert_eq!(page.total, 399);
    let b_delivery = b.category("delivery");
    assert!(page.items.iter().filter(|c| c.category.code.as_deref() == Some("delivery")).all(|c| c.category.id == b_delivery));
}

fn refused(text: &str) -> (String, String, String) {
    let b = Fixture::empty();
    let err = b.desk.import_json(text).unwrap_err();
    assert_eq!(err.code(), "import_invalid", "{err}");
    assert_eq!(b.desk.export_json().unwrap().cases.len(), 0, "nothing imported");
    assert!(b.desk.shop_profile().unwrap().is_none(), "nothing imported");
    let p = err.payload().params;
    (p["record"].as_str().unwrap().into(), p["field"].as_str().unwrap().into(), p["problem"].as_str().unwrap().into())
}

#[test]
fn malformed_files_name_the_record_and_field() {
    let a = demo_fixture();
    let good = serde_json::to_value(a.desk.export_json().unwrap()).unwrap();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        f(&mut v);
        v.to_string()
    };

    let (record, field, _) = refused(&edit(&|v| v["cases"][7]["channel"] = "pigeon".into()));
    assert_eq!((record.as_str(), field.as_str()), ("cases[7]", "channel"));

    let (record, field, problem) = refused(&edit(&|v| v["cases"][3]["price"] = "-10".into()));
    assert!(record.starts_with("cases[3] ("), "{record}");
    assert_eq!((field.as_str(), problem.as_str()), ("price", "negative"));

    let (record, field, _) = refused(&edit(&|v| v["customers"][2]["email"] = "not-an-email".into()));
    assert_eq!((record.as_str(), field.as_str()), ("customers[2]", "email"));

    let (record, field, _) = refused(&edit(&|v| v["cases"][5]["customer_id"] = "ghost".into()));
    assert!(record.starts_with("cases[5]"));
    assert_eq!(field, "customer_id");

    let (record, field, _) = refused(&edit(&|v| v["cases"][9]["received_at"] = "yesterday".into()));
    assert!(record.starts_with("cases[9]"));
    assert_eq!(field, "received_at");

    let (record, field, _) = refused(&edit(&|v| v["cases"][1]["number"] = v["cases"][0]["number"].clone()));
    assert!(record.starts_with("cases[1]"));
    assert_eq!(field, "number");

    let (record, field, _) = refused(&edit(&|v| v["version"] = 99.into()));
    assert_eq!((record.as_str(), field.as_str()), ("file", "version"));

    let (record, _, _) = refused("{ not json");
    assert_eq!(record, "file");

    // The checklist's records.
    let (record, field, _) = refused(&edit(&|v| v["steps"][3]["step"] = "dance".into()));
    assert_eq!((record.as_str(), field.as_str()), ("steps[3]", "step"));

    let (record, field, _) = refused(&edit(&|v| v["steps"][2]["state"] = "open".into()));
    assert_eq!((record.as_str(), field.as_str()), ("steps[2]", "state"));

    let (record, field, _) = refused(&edit(&|v| v["events"][4]["kind"] = "party".into()));
    assert_eq!((record.as_str(), field.as_str()), ("events[4]", "kind"));

    let (record, field, _) = refused(&edit(&|v| v["corrective_actions"][0]["case_id"] = "ghost".into()));
    assert_eq!((record.as_str(), field.as_str()), ("corrective_actions[0]", "case_id"));

    let (record, field, _) = refused(&edit(&|v| v["evidence"][0]["sha256"] = "../../etc/passwd".into()));
    assert_eq!((record.as_str(), field.as_str()), ("evidence[0]", "sha256"));

    let (record, field, _) = refused(&edit(&|v| v["cases"][6]["legal_rule"] = "made_up_rule".into()));
    assert!(record.starts_with("cases[6]"));
    assert_eq!(field, "legal_rule");
}

#[test]
fn a_broken_timeline_is_refused_naming_the_event() {
    let a = demo_fixture();
    let good = serde_json::to_value(a.desk.export_json().unwrap()).unwrap();
    let events = good["events"].as_array().unwrap();
    // An event in the middle of a chain, with a payload.
    let n = (events.len() / 2..events.len() - 1)
        .find(|&i| {
            events[i]["payload"].is_string() && events[i]["seq"].as_i64() > Some(1) && events[i + 1]["case_id"] == events[i]["case_id"]
        })
        .unwrap();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        f(&mut v);
        v.to_string()
    };

    let altered = edit(&|v| {
        let payload = v["events"][n]["payload"].as_str().unwrap().to_string();
        v["events"][n]["payload"] = payload.replacen('{', "{\"extra\":1,", 1).into();
    });
    let (record, field, problem) = refused(&altered);
    assert_eq!((record.as_str(), field.as_str(), problem.as_str()), (format!("events[{n}]").as_str(), "payload", "payload_altered"));

    let retimed = edit(&|v| v["events"][n]["at"] = "2020-01-01T00:00:00.000Z".into());
    let (record, field, problem) = refused(&retimed);
    assert_eq!((record.as_str(), field.as_str(), problem.as_str()), (format!("events[{n}]").as_str(), "hash", "hash_mismatch"));

    // An event left out: the next one of its case (now at its place) no longer follows.
    let removed = edit(&|v| {
        v["events"].as_array_mut().unwrap().remove(n);
    });
    let (record, field, _) = refused(&removed);
    assert_eq!((record.as_str(), field.as_str()), (format!("events[{n}]").as_str(), "seq"));

    // Erasing a payload (as forgetting does) keeps the chain valid.
    let erased = edit(&|v| v["events"][n]["payload"] = serde_json::Value::Null);
    let b = Fixture::empty();
    b.desk.import_json(&erased).unwrap();
    assert!(b.desk.verify_timelines().unwrap().broken.is_empty());
}

#[test]
fn csv_has_bom_header_and_cyrillic() {
    let a = demo_fixture();
    let out = tempfile::tempdir().unwrap();
    let (cases, customers) = a.desk.export_csv(out.path()).unwrap();
    assert_eq!(cases, 399);
    assert!(customers > 0);
    let bytes = std::fs::read(out.path().join("cases.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), amends_core::transfer::csv_export::CASE_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 399);
    assert!(rows.iter().any(|r| r[4].chars().any(|c| ('А'..='я').contains(&c))), "Cyrillic names intact");
    let exported = a.desk.export_json().unwrap();
    let first = exported.cases.iter().find(|c| c.deleted_at.is_none()).unwrap();
    assert_eq!(&rows[0][0], first.number.as_str());
    assert_eq!(&rows[0][13], first.complaint.as_str());
}
