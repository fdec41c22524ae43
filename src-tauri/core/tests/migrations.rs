//! Schema history: a database at any earlier version migrates to the latest with its data
//! intact, and a database written by a newer version is refused and left untouched.
mod common;

use amends_core::case::CaseQuery;
use amends_core::store::migrations::{current_version, migrate, LATEST, MIGRATIONS};
use amends_core::time::FixedClock;
use amends_core::Desk;
use common::*;
use rusqlite::Connection;

fn file_bytes(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).expect("read database file")
}

#[test]
fn migrations_are_numbered_in_order() {
    for (i, m) in MIGRATIONS.iter().enumerate() {
        assert_eq!(m.version, i as i64 + 1, "{}", m.description);
    }
    assert_eq!(LATEST, MIGRATIONS.len() as i64);
}

#[test]
fn from_empty_to_latest() {
    let f = Fixture::empty();
    let conn = Connection::open(f.dir.path().join("amends.db")).unwrap();
    assert_eq!(current_version(&conn).unwrap(), LATEST);
    let journal: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(journal, "wal");
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master WHERE name IN ('cases','customers','case_search','customer_search')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 4);
}

/// Builds a database at `version` with one case written by that version's schema, then
/// opens it with the current code.
fn migrate_from(version: i64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("amends.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        migrate(&mut conn, version).unwrap();
        assert_eq!(current_version(&conn).unwrap(), version);
        if version >= 1 {
            // Plain SQL of the version-1 tables, as an old build would have written them.
            conn.execute_batch(
                "INSERT INTO shop_profile VALUES (1, 'Дом', '', '', '', '', 'Елена', '', 'ru', 'RUB', 'Europe/Moscow', 2, NULL, NULL, 0, 0);
                 INSERT INTO categories(id, code, name, position, archived, created_at, updated_at) VALUES ('cat', 'defective', NULL, 0, 0, 0, 0);
                 INSERT INTO customers(id, surname, first_name, phone, phone_digits, language, address_form, created_at, updated_at)
                     VALUES ('cus', 'Ёлкина', 'Анна', '+7 912 345-67-89', '79123456789', 'ru', 'name_patronymic', 0, 0);
                 INSERT INTO cases(id, year, seq, number, customer_id, received_at, channel, currency, category_id, complaint,
                                   demand, demand_date, mood, status, created_at, updated_at)
                     VALUES ('c1', 2026, 1, '2026-0001', 'cus', 1764000000000, 'phone', 'RUB', 'cat', 'Чайник ПРОТЕКАЕТ',
                             'refund', '2025-11-24', 'calm', 'new', 0, 0);",
            )
            .unwrap();
        }
    }
    let desk = Desk::open_with_clock(dir.path(), Box::new(FixedClock(now()))).expect("migrates");
    let conn = Connection::open(&path).unwrap();
    assert_eq!(current_version(&conn).unwrap(), LATEST);
    if version >= 2 {
        // The raw SQL above bypasses indexing, which a build at version 2+ did itself.
        assert_eq!(desk.list_cases(&CaseQuery::default()).unwrap().total, 1);
    } else if version >= 1 {
        let found = desk.list_cases(&CaseQuery { search: Some("протекает елкина".into()), ..CaseQuery::default() }).unwrap();
        assert_eq!(found.total, 1, "the search index covers rows written before it existed");
        assert_eq!(desk.search_customers("912345", 5).unwrap().len(), 1);
    }
}

#[test]
fn from_every_earlier_version() {
    for version in 0..LATEST {
        migrate_from(version);
    }
}

#[test]
fn a_newer_database_is_refused_and_left_untouched() {
    let f = Fixture::set_up();
    let dir = f.dir;
    drop(f.desk);
    let path = dir.path().join("amends.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", LATEST + 1).unwrap();
        // Back to a rollback journal so the file alone is the whole database.
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = file_bytes(&path);
    let err = Desk::open(dir.path()).err().expect("refused");
    assert_eq!(err.code(), "database_too_new");
    assert_eq!(err.payload().params["found"], LATEST + 1);
    assert_eq!(file_bytes(&path), before, "file unchanged");
    assert!(!dir.path().join("amends.db-wal").exists(), "no WAL switch on a refused file");
}

#[test]
fn a_failed_migration_leaves_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("amends.db");
    let mut conn = Connection::open(&path).unwrap();
    migrate(&mut conn, 1).unwrap();
    // Sabotage version 2: a table of that name makes its CREATE fail halfway.
    conn.execute_batch("CREATE TABLE customer_search(x);").unwrap();
    assert!(migrate(&mut conn, LATEST).is_err());
    assert_eq!(current_version(&conn).unwrap(), 1);
    let has_case_search: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'case_search'", [], |r| r.get(0)).unwrap();
    assert_eq!(has_case_search, 0, "the half-applied step was rolled back");
}
