//! Backups on real folders: round trip, manifest verification, rotation policy, restore
//! with a safety backup, and the damaged-database recovery path.
mod common;

use std::path::Path;

use amends_core::backup::{self, rotation, BackupKind};
use amends_core::time::FixedClock;
use amends_core::Desk;
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use common::*;

fn with_cases(n: usize) -> Fixture {
    let f = Fixture::set_up();
    let cat = f.category("defective");
    for i in 0..n {
        let phone = format!("+7 912 000-00-{i:02}");
        f.desk.create_case(case_input(&cat, &format!("Жалоба номер {i}"), new_customer("Ёлкина", "Анна", &phone))).unwrap();
    }
    f
}

fn add_files(data_dir: &Path) {
    std::fs::create_dir_all(data_dir.join("files/letters")).unwrap();
    std::fs::create_dir_all(data_dir.join("files/attachments/2026")).unwrap();
    std::fs::write(data_dir.join("files/letters/2026-0001.pdf"), b"%PDF-1.7 letter").unwrap();
    std::fs::write(data_dir.join("files/attachments/2026/photo.jpg"), vec![0xFFu8; 5000]).unwrap();
}

#[test]
fn backup_holds_database_files_and_a_manifest_of_hashes() {
    let f = with_cases(3);
    add_files(f.dir.path());
    let out = tempfile::tempdir().unwrap();
    let info = f.desk.backup_to(out.path()).unwrap();
    assert_eq!(info.kind, BackupKind::Manual);
    assert_eq!(info.case_count, 3);
    assert_eq!(info.newest_case.as_ref().unwrap().number, "2026-0003");
    assert_eq!(info.file_count, 2);
    let dir = Path::new(&info.path);
    assert!(dir.starts_with(out.path()) && dir.join("amends.db").exists());
    let (manifest, problems) = backup::verify(dir).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let paths: Vec<&str> = manifest.files.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["amends.db", "files/attachments/2026/photo.jpg", "files/letters/2026-0001.pdf"]);
    for entry in &manifest.files {
        assert_eq!(entry.sha256.len(), 64);
        assert_eq!(backup::manifest::sha256_file(&dir.join(&entry.path)).unwrap().1, entry.sha256);
    }
    // The known SHA-256 of the letter's bytes.
    let letter = manifest.files.iter().find(|e| e.path.ends_with(".pdf")).unwrap();
    assert_eq!(letter.size, 15);
    assert_eq!(backup::inspect(dir).unwrap(), info);
}

#[test]
fn a_tampered_backup_is_detected_and_refused() {
    let f = with_cases(2);
    add_files(f.dir.path());
    let out = tempfile::tempdir().unwrap();
    let info = f.desk.backup_to(&out.path().join("b")).unwrap();
    let dir = Path::new(&info.path);

    std::fs::write(dir.join("files/letters/2026-0001.pdf"), b"%PDF-1.7 LETTER").unwrap();
    let err = backup::inspect(dir).unwrap_err();
    assert_eq!(err.code(), "backup_invalid");
    assert!(err.to_string().contains("files/letters/2026-0001.pdf"), "{err}");
    let err = f.desk.restore_backup(dir).unwrap_err();
    assert_eq!(err.code(), "backup_invalid");
    std::fs::write(dir.join("files/letters/2026-0001.pdf"), b"%PDF-1.7 letter").unwrap();
    backup::inspect(dir).unwrap();

    std::fs::write(dir.join("files/extra.txt"), b"x").unwrap();
    assert!(backup::inspect(dir).unwrap_err().to_string().contains("not in the manifest"));
    std::fs::remove_file(dir.join("files/extra.txt")).unwrap();

    let manifest_text = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    std::fs::write(dir.join("manifest.json"), manifest_text.replace("files/letters/2026-0001.pdf", "../outside.pdf")).unwrap();
    assert!(backup::inspect(dir).unwrap_err().to_string().contains("outside the backup"));
    std::fs::write(dir.join("manifest.json"), &manifest_text).unwrap();

    // A flipped byte in the database copy.
    let db = dir.join("amends.db");
    let mut bytes = std::fs::read(&db).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0x5A;
    std::fs::write(&db, bytes).unwrap();
    assert!(backup::inspect(dir).unwrap_err().to_string().contains("amends.db: content differs"));
}

#[test]
fn restore_brings_back_the_same_data_after_a_safety_backup() {
    let f = with_cases(4);
    add_files(f.dir.path());
    let before = serde_json::to_value(f.desk.export_json().unwrap()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let info = f.desk.backup_to(out.path()).unwrap();

    // Later changes: a case more, a letter gone, a new file.
    let cat = f.category("defective");
    f.desk.create_case(case_input(&cat, "После копии", new_customer("Петрова", "Ольга", "+7 900 111-22-33"))).unwrap();
    std::fs::remove_file(f.dir.path().join("files/letters/2026-0001.pdf")).unwrap();
    std::fs::write(f.dir.path().join("files/later.txt"), b"later").unwrap();

    let report = f.desk.restore_backup(Path::new(&info.path)).unwrap();
    assert_eq!(report.restored.case_count, 4);
    assert_eq!(report.safety.kind, BackupKind::Safety);
    assert_eq!(report.safety.case_count, 5, "the safety backup holds the data the restore replaced");
    assert!(Path::new(&report.safety.path).join("files/later.txt").exists());

    // The same desk keeps working on the restored file.
    let mut after = serde_json::to_value(f.desk.export_json().unwrap()).unwrap();
    after["exported_at"] = before["exported_at"].clone();
    assert_eq!(after, before);
    assert_eq!(std::fs::read(f.dir.path().join("files/letters/2026-0001.pdf")).unwrap(), b"%PDF-1.7 letter");
    assert!(!f.dir.path().join("files/later.txt").exists());
    let events = f.desk.audit_events().unwrap();
    assert_eq!(events.last().unwrap().action, "backup_restored");

    // And after reopening.
    let f = f.reopen();
    assert_eq!(serde_json::to_value(f.desk.export_json().unwrap()).unwrap(), before);
    assert!(f.desk.check().unwrap().quick_check.is_empty());
}

/// Overwrites the middle pages of a closed database with a pattern: the header (page 1)
/// still reads, the b-tree pages do not.
fn damage(db: &Path) {
    let mut bytes = std::fs::read(db).unwrap();
    assert!(bytes.len() > 4 * 4096, "database spans several pages");
    let end = bytes.len() - 4096;
    for b in &mut bytes[4096..end] {
        *b = 0xA5;
    }
    std::fs::write(db, bytes).unwrap();
}

#[test]
fn a_damaged_database_is_reported_and_recovered_from_the_newest_good_backup() {
    let f = with_cases(30);
    let expected = serde_json::to_value(f.desk.export_json().unwrap()).unwrap();
    let older = f.desk.backup_if_due(true).unwrap().expect("first automatic backup");
    let dir = f.dir;
    drop(f.desk);
    let db = dir.path().join("amends.db");
    assert!(!dir.path().join("amends.db-wal").exists(), "closed cleanly: all in one file");
    damage(&db);
    let damaged_bytes = std::fs::read(&db).unwrap();

    let err = Desk::open(dir.path()).err().expect("refused");
    assert_eq!(err.code(), "database_damaged");
    let params = err.payload().params;
    assert_eq!(params["newest_good"], older.path.as_str());
    assert_eq!(params["backups"].as_array().unwrap().len(), 1);
    assert_eq!(std::fs::read(&db).unwrap(), damaged_bytes, "opening changed nothing");
    assert!(!backup::check_data(dir.path()).unwrap().is_ok());

    let now = DateTime::parse_from_rfc3339("2026-11-25T07:00:00Z").unwrap().with_timezone(&Utc);
    let report = backup::recover_from_backup(dir.path(), Path::new(&older.path), now).unwrap();
    let aside = Path::new(report.damaged_file.as_deref().unwrap());
    assert_eq!(aside.file_name().unwrap(), "amends.db.damaged-20261125T070000Z");
    assert_eq!(std::fs::read(aside).unwrap(), damaged_bytes, "moved aside, never overwritten");
    let desk = Desk::open_with_clock(dir.path(), Box::new(FixedClock(now_fixed()))).unwrap();
    assert_eq!(serde_json::to_value(desk.export_json().unwrap()).unwrap(), expected);
    assert!(backup::check_data(dir.path()).unwrap().is_ok());
}

fn now_fixed() -> DateTime<Utc> {
    common::now()
}

#[test]
fn a_file_that_is_not_a_database_is_damaged_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("amends.db"), vec![b'x'; 10_000]).unwrap();
    let err = Desk::open(dir.path()).err().expect("refused");
    assert_eq!(err.code(), "database_damaged");
    assert_eq!(err.payload().params["newest_good"], serde_json::Value::Null);
    assert_eq!(std::fs::read(dir.path().join("amends.db")).unwrap(), vec![b'x'; 10_000]);
}

#[test]
fn automatic_backups_are_made_when_due_and_rotated() {
    let f = with_cases(1);
    let first = f.desk.backup_if_due(true).unwrap().expect("none yet: due");
    assert_eq!(first.kind, BackupKind::Automatic);
    assert!(first.path.contains("backups/auto-20261125T060000Z"), "{}", first.path);
    assert!(f.desk.backup_if_due(true).unwrap().is_none(), "one a minute ago: not due");
    assert!(f.desk.backup_if_due(false).unwrap().is_none());
    backup::inspect(Path::new(&first.path)).unwrap();

    // 40 days of daily runs: only 14 daily (+ month ends) remain.
    let dir = f.dir;
    drop(f.desk);
    let start = common::now();
    for day in 1..=40 {
        let clock = FixedClock(start + Duration::days(day));
        let desk = Desk::open_with_clock(dir.path(), Box::new(clock)).unwrap();
        assert!(desk.backup_if_due(false).unwrap().is_some(), "day {day}");
    }
    let kept = backup::list(dir.path());
    let names: Vec<String> =
        kept.iter().map(|b| Path::new(&b.path).file_name().unwrap().to_string_lossy().into_owned()).collect();
    // Days 2026-12-22 … 2027-01-04 daily (14; they include the newest of January and
    // December), then the newest of November.
    assert_eq!(names.len(), 15, "{names:?}");
    assert_eq!(names[0], "auto-20270104T060000Z");
    assert_eq!(names[13], "auto-20261222T060000Z");
    assert_eq!(names[14], "auto-20261130T060000Z");
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

#[test]
fn rotation_policy_table() {
    let utc = chrono_tz::Tz::UTC;
    // Two backups a day from 2025-09-01 to 2026-11-25.
    let mut times = Vec::new();
    let mut day = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
    while day <= NaiveDate::from_ymd_opt(2026, 11, 25).unwrap() {
        for hour in [6, 18] {
            times.push(Utc.from_utc_datetime(&day.and_hms_opt(hour, 0, 0).unwrap()));
        }
        day = day.succ_opt().unwrap();
    }
    let keep = rotation::keep(&times, utc);
    let mut kept: Vec<String> =
        times.iter().zip(&keep).filter(|(_, k)| **k).map(|(t, _)| t.format("%Y-%m-%d %H").to_string()).collect();
    kept.sort();
    let mut expected: Vec<String> = (12..=25).map(|d| format!("2026-11-{d:02} 18")).collect();
    for month_end in [
        "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
        "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
    ] {
        expected.push(format!("{month_end} 18"));
    }
    expected.sort();
    assert_eq!(kept, expected, "14 daily + the newest of each of 12 months (November's is a daily one)");

    // Smaller cases: (times, zone, expected keep flags).
    let moscow: chrono_tz::Tz = "Europe/Moscow".parse().unwrap();
    let table: Vec<(Vec<&str>, chrono_tz::Tz, Vec<bool>)> = vec![
        (vec![], utc, vec![]),
        // Three on one day: the newest only.
        (vec!["2026-11-25T06:00:00Z", "2026-11-25T09:00:00Z", "2026-11-25T07:00:00Z"], utc, vec![false, true, false]),
        // 22:30 UTC is already the next day in Moscow: two days there, one in UTC.
        (vec!["2026-11-24T20:00:00Z", "2026-11-24T22:30:00Z"], moscow, vec![true, true]),
        (vec!["2026-11-24T20:00:00Z", "2026-11-24T22:30:00Z"], utc, vec![false, true]),
        // Gaps: "the last 14 days that have a backup", however far apart.
        (vec!["2020-01-01T00:00:00Z", "2026-11-25T00:00:00Z"], utc, vec![true, true]),
    ];
    for (texts, tz, expected) in table {
        let times: Vec<DateTime<Utc>> = texts.iter().map(|t| at(t)).collect();
        assert_eq!(rotation::keep(&times, tz), expected, "{texts:?} in {tz}");
    }
}

#[test]
fn backup_due_policy_table() {
    let now = at("2026-11-25T12:00:00Z");
    let table = [
        (None, true, true),
        (None, false, true),
        (Some("2026-11-25T11:30:00Z"), true, false),
        (Some("2026-11-25T10:30:00Z"), true, true),
        (Some("2026-11-24T13:00:00Z"), false, false),
        (Some("2026-11-24T12:00:00Z"), false, true),
    ];
    for (newest, at_startup, due) in table {
        assert_eq!(rotation::is_due(newest.map(at), now, at_startup), due, "{newest:?} startup={at_startup}");
    }
    // A backup "from the future" (the clock was set back) does not hold the next one back.
    let times = [at("2027-01-01T00:00:00Z"), at("2026-11-20T00:00:00Z")];
    assert_eq!(rotation::newest_before(&times, now), Some(at("2026-11-20T00:00:00Z")));
}

#[test]
fn an_interrupted_automatic_backup_is_cleared_by_the_next() {
    let f = common::Fixture::set_up();
    let staging = f.dir.path().join("backups").join(".auto-interrupted.partial");
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::write(staging.join("amends.db"), b"half a copy").unwrap();
    assert!(f.desk.backup_if_due(true).unwrap().is_some());
    assert!(!staging.exists(), "the staging folder of the interrupted backup is gone");
}
