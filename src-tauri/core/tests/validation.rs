//! Validation tables: each row is an input change and the field errors it must produce.
//! The desk runs the same checks whatever the UI already did.
mod common;

use amends_core::case::validate::{is_plausible_email, is_plausible_phone, parse_money};
use amends_core::case::*;
use amends_core::AmendsError;
use common::*;

fn field_errors(result: Result<impl std::fmt::Debug, AmendsError>) -> Vec<(String, String)> {
    match result {
        Err(AmendsError::Invalid(fields)) => fields.into_iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected invalid input, got {other:?}"),
    }
}

#[test]
fn money_table() {
    let table: &[(&str, Result<i64, &str>)] = &[
        ("0", Ok(0)),
        ("1499", Ok(149_900)),
        ("1499.9", Ok(149_990)),
        ("1499.90", Ok(149_990)),
        ("1 499,90", Ok(149_990)),
        ("1\u{a0}499,90", Ok(149_990)),
        (".5", Ok(50)),
        ("9999999999.99", Ok(999_999_999_999)),
        ("-1", Err("negative")),
        ("1.999", Err("too_many_decimals")),
        ("12a", Err("not_a_number")),
        ("1.2.3", Err("not_a_number")),
        (".", Err("not_a_number")),
        ("1e5", Err("not_a_number")),
        ("99999999999", Err("too_large")),
    ];
    for (typed, expected) in table {
        assert_eq!(parse_money(typed), *expected, "{typed:?}");
    }
}

#[test]
fn phone_table() {
    for ok in ["+7 912 345-67-89", "8 (912) 345-67-89", "89123456789", "+44 7700 900123", "555-1234"] {
        assert!(is_plausible_phone(ok), "{ok}");
    }
    for bad in ["12345", "+7 912 345-67-89 ext", "phone", "7+912345678", "++79123456789", "1234567890123456"] {
        assert!(!is_plausible_phone(bad), "{bad}");
    }
}

#[test]
fn email_table() {
    for ok in ["anna@mail.ru", "j.smith+shop@example.co.uk", "иван@почта.рф"] {
        assert!(is_plausible_email(ok), "{ok}");
    }
    for bad in ["anna", "anna@", "@mail.ru", "anna@mail", "anna@mail.", "an na@mail.ru", "a@b@c.ru", "anna@.ru", "anna@mail..ru"] {
        assert!(!is_plausible_email(bad), "{bad}");
    }
}

#[test]
fn case_input_table() {
    let f = Fixture::set_up();
    let category = f.category("defective");
    let base = || case_input(&category, "Чайник протекает", new_customer("Иванова", "Анна", "+79123456789"));
    type Tweak = fn(&mut CaseInput);
    // (what is wrong, how the input is spoiled, the field errors expected)
    type Row = (&'static str, Tweak, Vec<(&'static str, &'static str)>);
    let table: Vec<Row> = vec![
        ("blank complaint", |c| c.complaint = "   ".into(), vec![("complaint", "required")]),
        ("long complaint", |c| c.complaint = "ж".repeat(10_001), vec![("complaint", "too_long")]),
        ("received in future", |c| c.received_at = "2026-11-26T10:00:00+03:00".into(), vec![("received_at", "in_future")]),
        ("received garbage", |c| c.received_at = "вчера".into(), vec![("received_at", "invalid_datetime")]),
        ("demand in future", |c| c.demand_date = "2026-11-26".into(), vec![("demand_date", "in_future")]),
        ("demand bad date", |c| c.demand_date = "2026-02-30".into(), vec![("demand_date", "invalid_date")]),
        ("demand before purchase", |c| c.demand_date = "2026-11-01".into(), vec![("demand_date", "before_purchase")]),
        ("purchase in future", |c| c.purchase_date = Some("2027-01-01".into()), vec![("purchase_date", "in_future")]),
        ("negative price", |c| c.price = Some("-5".into()), vec![("price", "negative")]),
        ("three decimals", |c| c.price = Some("5.555".into()), vec![("price", "too_many_decimals")]),
        ("long order number", |c| c.order_no = Some("9".repeat(65)), vec![("order_no", "too_long")]),
        ("no category", |c| c.category_id = "".into(), vec![("category_id", "required")]),
        ("control characters", |c| c.product = Some("чайник\u{0007}".into()), vec![("product", "bad_characters")]),
        (
            "new customer without a name, bad contacts",
            |c| {
                c.customer = CustomerRef::New {
                    customer: CustomerInput { surname: "".into(), first_name: " ".into(), phone: Some("12".into()), email: Some("anna@".into()), ..customer("x", "y", None, None) },
                }
            },
            vec![("customer.surname", "name_required"), ("customer.phone", "phone_implausible"), ("customer.email", "email_implausible")],
        ),
    ];
    for (name, tweak, expected) in table {
        let mut input = base();
        tweak(&mut input);
        let got = field_errors(f.desk.create_case(input));
        let expected: Vec<(String, String)> = expected.into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, expected, "{name}");
    }
    assert_eq!(f.desk.list_cases(&CaseQuery::default()).unwrap().total, 0, "no rejected case was saved");
    // The base row itself is valid.
    f.desk.create_case(base()).unwrap();
}

#[test]
fn several_problems_are_reported_together() {
    let f = Fixture::set_up();
    let mut input = case_input(&f.category("other"), "", new_customer("Иванова", "Анна", "+79123456789"));
    input.price = Some("abc".into());
    input.demand_date = "".into();
    let got = field_errors(f.desk.create_case(input));
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn shop_profile_table() {
    let f = Fixture::empty();
    type Tweak = fn(&mut ShopProfileInput);
    let table: Vec<(Tweak, (&str, &str))> = vec![
        (|s| s.shop_name = " ".into(), ("shop_name", "required")),
        (|s| s.owner_name = "".into(), ("owner_name", "required")),
        (|s| s.currency = "рубль".into(), ("currency", "invalid_currency")),
        (|s| s.time_zone = "Mars/Olympus".into(), ("time_zone", "invalid_time_zone")),
        (|s| s.ack_target_hours = 0, ("ack_target_hours", "out_of_range")),
        (|s| s.ack_target_hours = 169, ("ack_target_hours", "out_of_range")),
        (|s| s.email = "info@".into(), ("email", "email_implausible")),
        (|s| s.phone = "call me".into(), ("phone", "phone_implausible")),
        (|s| s.shop_name = "Д".repeat(121), ("shop_name", "too_long")),
    ];
    for (tweak, expected) in table {
        let mut input = shop_input();
        tweak(&mut input);
        assert_eq!(field_errors(f.desk.save_shop_profile(input)), vec![(expected.0.to_string(), expected.1.to_string())]);
    }
    assert!(f.desk.shop_profile().unwrap().is_none());
    // Lower-case currency and surrounding blanks are tidied, not refused.
    let mut tidy = shop_input();
    tidy.currency = " rub ".into();
    tidy.shop_name = "  Дом  ".into();
    let saved = f.desk.save_shop_profile(tidy).unwrap();
    assert_eq!((saved.fields.currency.as_str(), saved.fields.shop_name.as_str()), ("RUB", "Дом"));
}

#[test]
fn staff_and_category_limits() {
    let f = Fixture::set_up();
    assert_eq!(field_errors(f.desk.create_staff(StaffInput { name: "".into(), role: None })), [("name".into(), "required".into())]);
    assert_eq!(
        field_errors(f.desk.create_staff(StaffInput { name: "Анна".into(), role: Some("р".repeat(61)) })),
        [("role".into(), "too_long".into())]
    );
    assert_eq!(field_errors(f.desk.create_category(CategoryInput { name: " ".into() })), [("name".into(), "required".into())]);
}

#[test]
fn archived_categories_and_former_staff_are_refused_for_new_cases() {
    let f = Fixture::set_up();
    let category = f.category("delivery");
    let staff = f.desk.create_staff(StaffInput { name: "Игорь".into(), role: None }).unwrap();
    let mut input = case_input(&category, "Не привезли", new_customer("Орлова", "Мария", "+79000000002"));
    input.staff_involved_id = Some(staff.id.clone());
    let created = f.desk.create_case(input.clone()).unwrap();
    f.desk.set_category_archived(&category, true).unwrap();
    f.desk.set_staff_active(&staff.id, false).unwrap();
    assert_eq!(
        field_errors(f.desk.create_case(input.clone())),
        [("category_id".into(), "archived".into()), ("staff_involved_id".into(), "inactive".into())]
    );
    // The case that already had them can still be edited.
    let mut edit = input;
    edit.customer = CustomerRef::Existing { id: created.customer.id.clone() };
    f.desk.update_case(&created.id, edit).unwrap();
}

#[test]
fn error_codes_are_stable() {
    let f = Fixture::set_up();
    assert_eq!(f.desk.get_case("nope").unwrap_err().code(), "not_found");
    let payload = f.desk.get_case("nope").unwrap_err().payload();
    assert_eq!(payload.params["entity"], "case");
    let json = serde_json::to_value(f.desk.create_staff(StaffInput { name: "".into(), role: None }).unwrap_err()).unwrap();
    assert_eq!(json["code"], "invalid_input");
    assert_eq!(json["fields"][0]["field"], "name");
}
