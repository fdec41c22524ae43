//! Everything written through the desk reads back the same from the database file, also
//! after the file is closed and opened again.
mod common;

use amends_core::case::*;
use amends_core::AmendsError;
use common::*;

#[test]
fn shop_profile_round_trip_seeds_categories_once() {
    let f = Fixture::empty();
    assert!(f.desk.shop_profile().unwrap().is_none());
    let saved = f.desk.save_shop_profile(shop_input()).unwrap();
    assert_eq!(saved.fields, shop_input());
    assert!(!saved.has_logo);
    let mut changed = shop_input();
    changed.language = Language::En;
    changed.ack_target_hours = 4;
    f.desk.save_shop_profile(changed.clone()).unwrap();
    let f = f.reopen();
    assert_eq!(f.desk.shop_profile().unwrap().unwrap().fields, changed);
    let codes: Vec<_> = f.desk.list_categories(true).unwrap().into_iter().filter_map(|c| c.code).collect();
    assert_eq!(codes, amends_core::case::category::STARTING_CATEGORIES);
}

#[test]
fn logo_is_checked_when_set() {
    let f = Fixture::set_up();
    let png = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/32x32.png")).unwrap();
    assert!(f.desk.set_shop_logo(png).unwrap().has_logo);
    assert!(f.desk.shop_logo().unwrap().unwrap().starts_with("data:image/png;base64,"));
    let err = f.desk.set_shop_logo(b"GIF89a not a logo".to_vec()).unwrap_err();
    assert!(matches!(&err, AmendsError::Invalid(fields) if fields[0].code == "logo_unsupported"), "{err:?}");
    let err = f.desk.set_shop_logo(vec![0u8; 3 * 1024 * 1024]).unwrap_err();
    assert!(matches!(&err, AmendsError::Invalid(fields) if fields[0].code == "logo_too_large"), "{err:?}");
    assert!(!f.desk.clear_shop_logo().unwrap().has_logo);
}

#[test]
fn staff_and_categories_round_trip() {
    let f = Fixture::set_up();
    let marina = f.desk.create_staff(StaffInput { name: "Марина Козлова".into(), role: Some("Продавец".into()) }).unwrap();
    let denis = f.desk.create_staff(StaffInput { name: "Денис Орлов".into(), role: None }).unwrap();
    f.desk.update_staff(&denis.id, StaffInput { name: "Денис Орлов".into(), role: Some("Курьер".into()) }).unwrap();
    f.desk.set_staff_active(&marina.id, false).unwrap();
    let own = f.desk.create_category(CategoryInput { name: "Упаковка".into() }).unwrap();
    let delivery = f.category("delivery");
    f.desk.rename_category(&delivery, CategoryInput { name: "Доставка".into() }).unwrap();
    f.desk.set_category_archived(&own.id, true).unwrap();

    let f = f.reopen();
    let active = f.desk.list_staff(false).unwrap();
    assert_eq!(active.len(), 1);
    assert_eq!(active[0].role.as_deref(), Some("Курьер"));
    assert_eq!(f.desk.list_staff(true).unwrap().len(), 2);
    let categories = f.desk.list_categories(false).unwrap();
    assert!(categories.iter().all(|c| c.id != own.id), "archived category is hidden");
    let renamed = categories.iter().find(|c| c.id == delivery).unwrap();
    assert_eq!(renamed.name.as_deref(), Some("Доставка"));
    assert_eq!(renamed.code.as_deref(), Some("delivery"));
}

#[test]
fn case_round_trip_with_new_customer() {
    let f = Fixture::set_up();
    let handler = f.desk.create_staff(StaffInput { name: "Алина Зайцева".into(), role: None }).unwrap();
    let mut input = case_input(&f.category("defective"), "Чайник протекает", new_customer("Иванова", "Анна", "+7 912 345-67-89"));
    input.handler_id = Some(handler.id.clone());
    let created = f.desk.create_case(input).unwrap();
    assert_eq!(created.number, "2026-0001");
    assert_eq!(created.status, CaseStatus::New);
    assert_eq!(created.received_at, "2026-11-25T08:30:00+03:00");
    assert_eq!(created.price_minor, Some(249_990));
    assert_eq!(created.currency, "RUB");
    assert_eq!(created.customer.display_name, "Иванова Анна Сергеевна");
    assert_eq!(created.handler.as_ref().map(|h| h.name.as_str()), Some("Алина Зайцева"));
    // Acknowledge target 2 h after 08:30 Moscow; the fixed clock is 09:00 → not overdue yet.
    assert_eq!(created.due_at.as_deref(), Some("2026-11-25T10:30:00+03:00"));
    assert!(!created.overdue);

    let f = f.reopen();
    let again = f.desk.get_case(&created.id).unwrap();
    assert_eq!(again, created);
    assert_eq!(f.desk.get_case_by_number("2026-0001").unwrap().id, created.id);
}

#[test]
fn numbers_count_per_year_of_receipt_in_shop_time() {
    let f = Fixture::set_up();
    let category = f.category("other");
    let customer = f.desk.create_customer(customer("Смирнов", "Алексей", None, None)).unwrap();
    let existing = || CustomerRef::Existing { id: customer.id.clone() };
    let mut last_year = case_input(&category, "Старая жалоба", existing());
    // 23:30 on 31 December in Moscow is already 2025 there, though 20:30 UTC.
    last_year.received_at = "2025-12-31T20:30:00Z".into();
    last_year.purchase_date = None;
    last_year.demand_date = "2025-12-31".into();
    let a = f.desk.create_case(last_year).unwrap();
    let b = f.desk.create_case(case_input(&category, "Первая в году", existing())).unwrap();
    let c = f.desk.create_case(case_input(&category, "Вторая в году", existing())).unwrap();
    assert_eq!((a.number.as_str(), b.number.as_str(), c.number.as_str()), ("2025-0001", "2026-0001", "2026-0002"));
}

#[test]
fn editing_a_case_keeps_its_number_and_reindexes_it() {
    let f = Fixture::set_up();
    let created = f.desk.create_case(case_input(&f.category("defective"), "Чайник протекает", new_customer("Иванова", "Анна", "+79123456789"))).unwrap();
    let mut edit = case_input(&f.category("wrong_item"), "Привезли другой цвет", CustomerRef::Existing { id: created.customer.id.clone() });
    edit.price = None;
    let edited = f.desk.update_case(&created.id, edit).unwrap();
    assert_eq!(edited.number, created.number);
    assert_eq!(edited.price_minor, None);
    assert_eq!(edited.category.code.as_deref(), Some("wrong_item"));
    let search = |text: &str| f.desk.list_cases(&CaseQuery { search: Some(text.into()), ..CaseQuery::default() }).unwrap().total;
    assert_eq!(search("протекает"), 0);
    assert_eq!(search("цвет"), 1);
}

#[test]
fn customer_page_sums_history_and_computes_repeat_marker() {
    let f = Fixture::set_up();
    let category = f.category("delivery");
    let first = f.desk.create_case(case_input(&category, "Доставку перенесли", new_customer("Петрова", "Ольга", "+7 900 111-22-33"))).unwrap();
    let id = first.customer.id.clone();
    let page = f.desk.customer_page(&id).unwrap();
    assert!(!page.repeat_complainant);
    assert_eq!(page.cases.len(), 1);
    assert_eq!(page.compensation_total_minor, 0);

    let mut second = case_input(&category, "Снова не привезли", CustomerRef::Existing { id: id.clone() });
    second.received_at = "2026-11-20T10:00:00+03:00".into();
    second.purchase_date = None;
    second.demand_date = "2026-11-20".into();
    f.desk.create_case(second).unwrap();
    let page = f.desk.customer_page(&id).unwrap();
    assert!(page.repeat_complainant, "two cases within a year");
    assert_eq!(page.cases.len(), 2);
    assert_eq!(page.cases[0].number, first.number, "newest first");
    assert!(f.desk.get_case(&first.id).unwrap().customer.repeat_complainant);
}

#[test]
fn customer_edit_reaches_search_of_their_cases() {
    let f = Fixture::set_up();
    let created = f.desk.create_case(case_input(&f.category("other"), "Долго ждал", new_customer("Кузнецова", "Мария", "+7 901 000-00-01"))).unwrap();
    let mut renamed = customer("Соколова", "Мария", Some("Ивановна"), Some("+7 901 000-00-01"));
    renamed.email = Some("maria@mail.example".into());
    f.desk.update_customer(&created.customer.id, renamed).unwrap();
    let search = |text: &str| f.desk.list_cases(&CaseQuery { search: Some(text.into()), ..CaseQuery::default() }).unwrap().total;
    assert_eq!(search("Кузнецова"), 0);
    assert_eq!(search("соколова"), 1);
    assert_eq!(f.desk.search_customers("соко", 10).unwrap().len(), 1);
    assert_eq!(f.desk.search_customers("maria@mail", 10).unwrap().len(), 1);
}

#[test]
fn references_are_checked() {
    let f = Fixture::set_up();
    let mut input = case_input("no-such-category", "Текст", CustomerRef::Existing { id: "no-such-customer".into() });
    input.handler_id = Some("no-such-staff".into());
    let err = f.desk.create_case(input).unwrap_err();
    let AmendsError::Invalid(fields) = err else { panic!("expected invalid input, got {err:?}") };
    let named: Vec<_> = fields.iter().map(|e| (e.field.as_str(), e.code.as_str())).collect();
    assert!(named.contains(&("customer", "unknown_reference")));
    assert!(named.contains(&("category_id", "unknown_reference")));
    assert!(named.contains(&("handler_id", "unknown_reference")));
    assert_eq!(f.desk.list_cases(&CaseQuery::default()).unwrap().total, 0, "nothing saved");
}

#[test]
fn a_case_needs_a_set_up_shop() {
    let f = Fixture::empty();
    let err = f.desk.create_case(case_input("x", "Текст", new_customer("А", "Б", "+79000000000"))).unwrap_err();
    assert_eq!(err.code(), "shop_not_set_up");
}

#[test]
fn deleting_leaves_a_tombstone() {
    let f = Fixture::set_up();
    let created = f.desk.create_case(case_input(&f.category("other"), "Удалить меня", new_customer("Орлов", "Денис", "+79000000001"))).unwrap();
    f.desk.delete_case(&created.id).unwrap();
    assert_eq!(f.desk.get_case(&created.id).unwrap_err().code(), "not_found");
    assert_eq!(f.desk.list_cases(&CaseQuery { search: Some("удалить".into()), ..CaseQuery::default() }).unwrap().total, 0);
    let export = f.desk.export_json().unwrap();
    let tomb = export.cases.iter().find(|c| c.id == created.id).expect("tombstone exported");
    assert!(tomb.deleted_at.is_some());
}

#[test]
fn list_filters_sorts_and_pages() {
    let f = Fixture::set_up();
    f.desk.demo(300, 3).unwrap();
    let all = f.desk.list_cases(&CaseQuery { limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert_eq!(all.total, 300);
    assert!(all.items.windows(2).all(|w| w[0].received_at >= w[1].received_at), "newest first");
    let page2 = f.desk.list_cases(&CaseQuery { limit: Some(50), offset: Some(50), ..CaseQuery::default() }).unwrap();
    assert_eq!(page2.items[0].id, all.items[50].id);

    let closed = f.desk.list_cases(&CaseQuery { status: Some(CaseStatus::Closed), limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert!(closed.total > 0 && closed.items.iter().all(|c| c.status == CaseStatus::Closed));
    let phone = f.desk.list_cases(&CaseQuery { channel: Some(Channel::Phone), limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert!(phone.total > 0 && phone.items.iter().all(|c| c.channel == Channel::Phone));
    let month = f.desk.list_cases(&CaseQuery { month: Some("2026-10".into()), limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert!(month.total > 0 && month.items.iter().all(|c| c.received_at.starts_with("2026-10")));
    let overdue = f.desk.list_cases(&CaseQuery { overdue_only: true, limit: Some(500), ..CaseQuery::default() }).unwrap();
    assert!(overdue.total > 0 && overdue.items.iter().all(|c| c.overdue));
    let oldest = f.desk.list_cases(&CaseQuery { sort: Some(CaseSort::Oldest), ..CaseQuery::default() }).unwrap();
    assert_eq!(oldest.items[0].id, all.items.last().unwrap().id);
    let by_number = f.desk.list_cases(&CaseQuery { sort: Some(CaseSort::NumberAsc), ..CaseQuery::default() }).unwrap();
    assert!(by_number.items[0].number.ends_with("-0001"));
    let invalid = f.desk.list_cases(&CaseQuery { month: Some("2026-13".into()), ..CaseQuery::default() }).unwrap_err();
    assert_eq!(invalid.code(), "invalid_input");
}
