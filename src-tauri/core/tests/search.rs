//! Full-text search as an owner types: any case, Cyrillic and Latin, ё/е, phone numbers in
//! any format, order numbers, several words.
mod common;

use amends_core::case::*;
use common::*;

fn fixture() -> Fixture {
    let f = Fixture::set_up();
    let cases = [
        ("Иванова", "Анна", "+7 912 345-67-89", "Электрический чайник протекает после недели", "A-10423"),
        ("Smith", "John", "+44 7700 900123", "The KETTLE leaks; I want a Refund", "UK-77"),
        ("Фёдорова", "Юлия", "8 (905) 111-22-33", "Ёлочная гирлянда не горит, половина лампочек", "B-555"),
        ("Петров", "Пётр", "+7 999 000-00-00", "Курьер нагрубил при доставке", "C-1"),
    ];
    for (surname, first, phone, complaint, order) in cases {
        let patronymic = (!surname.is_ascii()).then_some("Сергеевна");
        let customer = CustomerRef::New { customer: common::customer(surname, first, patronymic, Some(phone)) };
        let mut input = case_input(&f.category("defective"), complaint, customer);
        input.order_no = Some(order.into());
        input.product = None;
        f.desk.create_case(input).unwrap();
    }
    f
}

fn hits(f: &Fixture, text: &str) -> Vec<String> {
    let page = f.desk.list_cases(&CaseQuery { search: Some(text.into()), ..CaseQuery::default() }).unwrap();
    assert_eq!(page.total as usize, page.items.len());
    let mut names: Vec<String> = page.items.into_iter().map(|c| c.customer_name).collect();
    names.sort();
    names
}

#[test]
fn cyrillic_ignores_case() {
    let f = fixture();
    for typed in ["чайник", "ЧАЙНИК", "Чайник", "чАйНиК", "чай", "ПРОТЕК"] {
        assert_eq!(hits(&f, typed), ["Иванова Анна Сергеевна"], "{typed}");
    }
    assert_eq!(hits(&f, "иванова"), ["Иванова Анна Сергеевна"]);
}

#[test]
fn latin_ignores_case() {
    let f = fixture();
    for typed in ["kettle", "KETTLE", "Kettle", "refund", "smi"] {
        assert_eq!(hits(&f, typed), ["Smith John"], "{typed}");
    }
}

#[test]
fn yo_and_ye_are_the_same_letter() {
    let f = fixture();
    assert_eq!(hits(&f, "федорова"), ["Фёдорова Юлия Сергеевна"]);
    assert_eq!(hits(&f, "ФЁДОРОВА"), ["Фёдорова Юлия Сергеевна"]);
    assert_eq!(hits(&f, "елочная"), ["Фёдорова Юлия Сергеевна"]);
}

#[test]
fn several_words_must_all_match() {
    let f = fixture();
    assert_eq!(hits(&f, "чайник иванова"), ["Иванова Анна Сергеевна"]);
    assert!(hits(&f, "чайник петров").is_empty());
}

#[test]
fn phones_in_any_format() {
    let f = fixture();
    for typed in ["+7 912 345-67-89", "89123456789", "9123456789", "912 345", "+7 (912) 345-67-89"] {
        assert_eq!(hits(&f, typed), ["Иванова Анна Сергеевна"], "{typed}");
    }
    assert_eq!(hits(&f, "+7 905 111 22 33"), ["Фёдорова Юлия Сергеевна"]);
}

#[test]
fn order_numbers_and_case_numbers() {
    let f = fixture();
    assert_eq!(hits(&f, "A-10423"), ["Иванова Анна Сергеевна"]);
    assert_eq!(hits(&f, "uk-77"), ["Smith John"]);
    assert_eq!(hits(&f, "2026-0004"), ["Петров Пётр Сергеевна"]);
}

#[test]
fn punctuation_and_fts_syntax_are_harmless() {
    let f = fixture();
    for typed in ["\"", "*", "NEAR(", "a OR b", "-", "чайник\"", "'; DROP TABLE cases; --"] {
        // Must not error; results may be empty.
        let _ = hits(&f, typed);
    }
    // Nothing searchable typed: no results rather than an error or everything.
    assert!(hits(&f, "  ...  ").is_empty());
}

#[test]
fn search_combines_with_filters() {
    let f = fixture();
    let query = CaseQuery { search: Some("чайник".into()), status: Some(CaseStatus::Closed), ..CaseQuery::default() };
    assert_eq!(f.desk.list_cases(&query).unwrap().total, 0);
    let query = CaseQuery { search: Some("чайник".into()), status: Some(CaseStatus::New), ..CaseQuery::default() };
    assert_eq!(f.desk.list_cases(&query).unwrap().total, 1);
}
