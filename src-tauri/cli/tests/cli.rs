//! The CLI binary on real data folders: demo, list --json, export and import.
use std::path::Path;
use std::process::Command;

fn cli(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_amends-cli"))
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .output()
        .expect("run amends-cli");
    assert!(output.status.success(), "amends-cli {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("utf-8 output")
}

#[test]
fn demo_then_list_json() {
    let dir = tempfile::tempdir().unwrap();
    cli(dir.path(), &["demo", "--cases", "600", "--seed", "5", "--now", "2026-11-25T09:00:00Z"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&cli(dir.path(), &["list", "--json", "--limit", "500"])).unwrap();
    assert_eq!(rows.len(), 500, "one page of at most 500");
    for row in &rows {
        assert!(row["number"].as_str().unwrap().len() >= 9);
        assert!(row["status"].is_string());
        assert!(!row["customer_name"].as_str().unwrap().is_empty());
        let received = row["received_at"].as_str().unwrap();
        let parsed = chrono::DateTime::parse_from_rfc3339(received).expect("RFC 3339");
        assert_eq!(parsed.offset().local_minus_utc(), 3 * 3600, "shop offset (Moscow) in {received}");
    }
    let statuses: std::collections::HashSet<_> = rows.iter().map(|r| r["status"].as_str().unwrap().to_string()).collect();
    assert!(statuses.len() >= 5, "demo spans the statuses: {statuses:?}");
}

#[test]
fn demo_is_deterministic_for_a_seed() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    for dir in [a.path(), b.path()] {
        cli(dir, &["demo", "--cases", "50", "--seed", "9", "--now", "2026-11-25T09:00:00Z"]);
    }
    let strip = |text: String| -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["exported_at"] = serde_json::Value::Null;
        // Categories are seeded with fresh ids when the shop is set up.
        v["categories"] = serde_json::Value::Null;
        for case in v["cases"].as_array_mut().unwrap() {
            case["category_id"] = serde_json::Value::Null;
        }
        v
    };
    assert_eq!(strip(cli(a.path(), &["export"])), strip(cli(b.path(), &["export"])));
}

#[test]
fn export_import_round_trip_and_search() {
    let a = tempfile::tempdir().unwrap();
    cli(a.path(), &["demo", "--cases", "80", "--seed", "2", "--now", "2026-11-25T09:00:00Z"]);
    let file = a.path().join("export.json");
    cli(a.path(), &["export", "--format", "json", "--out", file.to_str().unwrap()]);
    let b = tempfile::tempdir().unwrap();
    let summary: serde_json::Value = serde_json::from_str(&cli(b.path(), &["import", file.to_str().unwrap()])).unwrap();
    assert_eq!(summary["cases"], 80);
    assert!(summary["steps"].as_u64() > Some(0) && summary["events"].as_u64() > Some(0), "{summary}");
    assert_eq!(cli(a.path(), &["list", "--json", "--limit", "500"]), cli(b.path(), &["list", "--json", "--limit", "500"]));

    // The checklist travels too: exporting the imported folder gives the same file.
    let without_time = |text: String| -> serde_json::Value {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["exported_at"] = serde_json::Value::Null;
        v
    };
    let first = without_time(std::fs::read_to_string(&file).unwrap());
    assert_eq!(first["version"], 2);
    for section in ["steps", "events", "corrective_actions"] {
        assert!(!first[section].as_array().unwrap().is_empty(), "demo fills {section}");
    }
    assert_eq!(without_time(cli(b.path(), &["export", "--format", "json"])), first);
    let verified = cli(b.path(), &["verify"]);
    assert!(verified.contains("all chains intact"), "{verified}");
    let found: Vec<serde_json::Value> = serde_json::from_str(&cli(b.path(), &["list", "--json", "--search", "ДОСТАВКУ"])).unwrap();
    let all: Vec<serde_json::Value> = serde_json::from_str(&cli(b.path(), &["list", "--json", "--limit", "500"])).unwrap();
    assert!(!found.is_empty() && found.len() < all.len());

    let csv_dir = a.path().join("csv");
    cli(a.path(), &["export", "--format", "csv", "--out", csv_dir.to_str().unwrap()]);
    assert!(csv_dir.join("cases.csv").exists() && csv_dir.join("customers.csv").exists());
}

#[test]
fn a_bad_import_fails_with_the_record_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.json");
    std::fs::write(&file, r#"{"format":"amends-export","version":1,"exported_at":"x","shop":null,"staff":[],"categories":[],"customers":[{"id":"c"}],"cases":[],"compensations":[]}"#).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_amends-cli"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["import", file.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("customers[0]") && stderr.contains("[import_invalid]"), "{stderr}");
}
