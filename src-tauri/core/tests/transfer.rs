//! Import and export: the JSON round trip loses nothing; a malformed file names the record
//! and field and imports nothing; CSV opens with Cyrillic intact.
mod common;

use amends_core::case::CaseQuery;
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
    f.desk.set_shop_logo(png).unwrap();
    f
}

#[test]
fn json_round_trip_loses_nothing() {
    let a = demo_fixture();
    let exported = a.desk.export_json().unwrap();
    assert_eq!(exported.cases.len(), 400);
    assert!(!exported.compensations.is_empty());
    let text = serde_json::to_string_pretty(&exported).unwrap();

    let b = Fixture::empty();
    let summary = b.desk.import_json(&text).unwrap();
    assert_eq!(summary.cases, 400);
    assert!(summary.shop_profile_set);
    assert!(b.desk.shop_profile().unwrap().unwrap().has_logo);
    let again = b.desk.export_json().unwrap();
    assert_eq!(without_time(again), without_time(exported.clone()));

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
    assert!(twice.skipped_existing > 400);
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
