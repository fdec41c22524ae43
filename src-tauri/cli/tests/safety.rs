//! `backup`, `restore` and `check` on real data folders.
use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amends-cli")).arg("--data-dir").arg(dir).args(args).output().expect("run amends-cli")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    assert!(output.status.success(), "amends-cli {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn export(dir: &Path) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(&ok(dir, &["export"])).unwrap();
    v["exported_at"] = serde_json::Value::Null;
    v
}

#[test]
fn backup_delete_restore_gives_the_same_export() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    ok(data.path(), &["demo", "--cases", "60", "--seed", "7", "--now", "2026-11-25T09:00:00Z"]);
    std::fs::create_dir_all(data.path().join("files/letters")).unwrap();
    std::fs::write(data.path().join("files/letters/a.pdf"), b"%PDF letter").unwrap();
    let before = export(data.path());
    let b1 = out.path().join("b1");
    let shown = ok(data.path(), &["backup", "--out", b1.to_str().unwrap()]);
    assert!(shown.contains("cases:       60"), "{shown}");
    assert!(b1.join("manifest.json").exists() && b1.join("files/letters/a.pdf").exists());
    assert!(ok(data.path(), &["check"]).contains("integrity_check: ok"));

    // Deleted: the whole data folder's contents.
    for entry in std::fs::read_dir(data.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { std::fs::remove_dir_all(&path).unwrap() } else { std::fs::remove_file(&path).unwrap() }
    }
    let shown = ok(data.path(), &["restore", b1.to_str().unwrap()]);
    assert!(shown.contains("newest case:") && shown.contains("restored"), "{shown}");
    assert_eq!(export(data.path()), before);
    assert_eq!(std::fs::read(data.path().join("files/letters/a.pdf")).unwrap(), b"%PDF letter");
}

#[test]
fn check_fails_on_damage_and_restore_moves_the_damaged_file_aside() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    ok(data.path(), &["demo", "--cases", "80", "--seed", "2", "--now", "2026-11-25T09:00:00Z"]);
    let before = export(data.path());
    let b = out.path().join("b");
    ok(data.path(), &["backup", "--out", b.to_str().unwrap()]);

    let db = data.path().join("amends.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let end = bytes.len() - 4096;
    bytes[4096..end].iter_mut().for_each(|b| *b = 0x5A);
    std::fs::write(&db, &bytes).unwrap();

    let checked = run(data.path(), &["check"]);
    assert!(!checked.status.success(), "check must fail on a damaged database");
    assert!(String::from_utf8_lossy(&checked.stderr).contains("[database_damaged]"));
    let listed = run(data.path(), &["list"]);
    assert!(String::from_utf8_lossy(&listed.stderr).contains("[database_damaged]"));

    let shown = ok(data.path(), &["restore", b.to_str().unwrap()]);
    assert!(shown.contains("moved to"), "{shown}");
    let aside: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("amends.db.damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(data.path().join(&aside[0])).unwrap(), bytes, "kept, not overwritten");
    assert_eq!(export(data.path()), before);
    ok(data.path(), &["check"]);

    // A tampered backup fails the check too.
    std::fs::create_dir_all(data.path().join("backups")).unwrap();
    let copy = data.path().join("backups/auto-20261125T090000Z");
    std::fs::create_dir_all(&copy).unwrap();
    for name in ["amends.db", "manifest.json"] {
        std::fs::copy(b.join(name), copy.join(name)).unwrap();
    }
    ok(data.path(), &["check"]);
    std::fs::write(copy.join("amends.db"), b"not the database").unwrap();
    let checked = run(data.path(), &["check"]);
    assert!(!checked.status.success());
    assert!(String::from_utf8_lossy(&checked.stderr).contains("[backup_invalid]"));
}

#[test]
fn verify_passes_on_demo_data_and_names_a_tampered_event() {
    let data = tempfile::tempdir().unwrap();
    ok(data.path(), &["demo", "--cases", "40", "--seed", "3", "--now", "2026-11-25T09:00:00Z"]);
    let shown = ok(data.path(), &["verify"]);
    assert!(shown.contains("40 checked") && shown.contains("all chains intact"), "{shown}");

    // Someone edits the file behind the app's back, removing the guard trigger first.
    let db = data.path().join("amends.db");
    let status = Command::new("sqlite3")
        .arg(&db)
        .arg("DROP TRIGGER case_events_only_redaction; UPDATE case_events SET at = at + 1 WHERE seq = 2 AND case_id = (SELECT id FROM cases WHERE number LIKE '%-0001' LIMIT 1);")
        .status()
        .expect("the sqlite3 client (installed by .ci/install-deps)");
    assert!(status.success());
    let output = run(data.path(), &["verify"]);
    assert!(!output.status.success(), "verify must fail on a tampered chain");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("BROKEN case") && stdout.contains("-0001") && stdout.contains("event #2") && stdout.contains("hash_mismatch"), "{stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("timeline_broken"));
}

#[test]
fn verify_finds_and_repairs_drifted_review_tallies() {
    let data = tempfile::tempdir().unwrap();
    ok(data.path(), &["demo", "--cases", "60", "--seed", "5", "--now", "2026-11-25T09:00:00Z"]);
    assert!(ok(data.path(), &["verify"]).contains("review tallies consistent"));

    // A tally edited behind the app's back (the triggers never see it).
    let status = Command::new("sqlite3")
        .arg(data.path().join("amends.db"))
        .arg("UPDATE case_day_tally SET received = received + 1 WHERE day = (SELECT min(day) FROM case_day_tally);")
        .status()
        .expect("the sqlite3 client (installed by .ci/install-deps)");
    assert!(status.success());
    let output = run(data.path(), &["verify"]);
    assert!(!output.status.success(), "verify must fail on drifted tallies");
    assert!(String::from_utf8_lossy(&output.stdout).contains("review tallies differ: 0 case places, 0 closings, 1 days"));
    assert!(String::from_utf8_lossy(&output.stderr).contains("tallies_drift"));

    assert!(ok(data.path(), &["verify", "--repair"]).contains("review tallies rebuilt"));
    assert!(ok(data.path(), &["verify"]).contains("review tallies consistent"));
}
