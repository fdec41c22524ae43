//! Property-based fuzzing (bounded by case count): import and the validation of command
//! input never panic, and every rejection carries a stable, clear code.
mod common;

use amends_core::case::*;
use amends_core::AmendsError;
use common::*;
use proptest::prelude::*;
use serde_json::Value;

/// The codes a rejection of bad input may carry. Anything else ("database", "io") would
/// mean bad input reached SQLite or the disk instead of being refused up front.
const INPUT_CODES: &[&str] = &["invalid_input", "import_invalid", "not_found", "shop_not_set_up"];

fn assert_clear(err: &AmendsError) {
    assert!(INPUT_CODES.contains(&err.code()), "unclear rejection [{}]: {err}", err.code());
    assert!(!err.to_string().is_empty());
}

/// Text of every kind: printable, control characters, huge, empty, digits, dates.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        "[0-9.,:+ T-]{0,30}",
        Just(String::new()),
        Just("   ".to_string()),
        // Around the longest limit (10 000 characters), cheap to generate.
        (any::<char>(), 9990..10010usize).prop_map(|(c, n)| c.to_string().repeat(n)),
    ]
}

fn maybe_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn customer_input() -> impl Strategy<Value = CustomerInput> {
    (text(), text(), maybe_text(), maybe_text(), maybe_text(), maybe_text(), maybe_text()).prop_map(
        |(surname, first_name, patronymic, phone, email, messenger, note)| CustomerInput {
            surname,
            first_name,
            patronymic,
            phone,
            email,
            messenger,
            language: Language::Ru,
            gender: None,
            address_form: AddressForm::NamePatronymic,
            note,
        },
    )
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// A small valid register in the exchange format, as a JSON value to mutate.
fn valid_export() -> Value {
    let f = Fixture::set_up();
    f.desk.demo(6, 4).unwrap();
    serde_json::to_value(f.desk.export_json().unwrap()).unwrap()
}

/// Every leaf's JSON pointer.
fn leaves(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        _ => out.push(at),
    }
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        text().prop_map(Value::String),
        Just(Value::Array(vec![])),
        Just(serde_json::json!({})),
    ]
}

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn import_of_arbitrary_text_is_refused_clearly(text in prop_oneof![any::<String>(), "\\PC{0,300}", "[\\[\\]{}\":,0-9a-z ]{0,200}"]) {
        let f = Fixture::empty();
        match f.desk.import_json(&text) {
            Ok(_) => {}
            Err(err) => assert_clear(&err),
        }
    }
}

proptest! {
    #![proptest_config(config(150))]

    #[test]
    fn import_of_a_mutated_export_never_panics(
        picks in proptest::collection::vec((any::<prop::sample::Index>(), json_leaf()), 1..4),
        duplicate in any::<bool>(),
    ) {
        let mut value = BASE.clone();
        let mut paths = Vec::new();
        leaves(&value, String::new(), &mut paths);
        for (index, leaf) in picks {
            let path = index.get(&paths);
            if let Some(slot) = value.pointer_mut(path) {
                *slot = leaf;
            }
        }
        if duplicate {
            // The same record twice in one file.
            if let Some(cases) = value.pointer_mut("/cases").and_then(Value::as_array_mut) {
                if let Some(first) = cases.first().cloned() {
                    cases.push(first);
                }
            }
        }
        let f = Fixture::empty();
        match f.desk.import_json(&value.to_string()) {
            Ok(_) => {}
            Err(err) => assert_clear(&err),
        }
    }
}

static BASE: std::sync::LazyLock<Value> = std::sync::LazyLock::new(valid_export);

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn create_customer_validates_arbitrary_text(input in customer_input()) {
        match DESK.desk.create_customer(input) {
            Ok(customer) => prop_assert!(!customer.id.is_empty()),
            Err(err) => assert_clear(&err),
        }
    }

    #[test]
    fn save_shop_profile_validates_arbitrary_text(
        names in (text(), text(), text(), text(), text(), text(), text()),
        currency in text(),
        time_zone in prop_oneof![text(), Just("Europe/Moscow".to_string())],
        hours in any::<u32>(),
    ) {
        let (shop_name, legal_name, address, phone, email, owner_name, owner_title) = names;
        let input = ShopProfileInput {
            shop_name, legal_name, address, phone, email, owner_name, owner_title,
            language: Language::En, currency, time_zone, ack_target_hours: hours,
        };
        let f = Fixture::empty();
        if let Err(err) = f.desk.save_shop_profile(input) {
            assert_clear(&err);
        }
    }

    #[test]
    fn create_case_validates_arbitrary_text(
        customer in customer_input(),
        dates in (text(), maybe_text(), text()),
        fields in (maybe_text(), maybe_text(), maybe_text(), text(), maybe_text()),
        refs in (prop_oneof![text(), Just(String::from("CATEGORY"))], maybe_text(), maybe_text(), maybe_text()),
    ) {
        let (received_at, purchase_date, demand_date) = dates;
        let (order_no, product, price, complaint, demand_note) = fields;
        let (category, staff_involved_id, handler_id, existing) = refs;
        let category_id = if category == "CATEGORY" { DESK.category("defective") } else { category };
        let customer = match existing {
            Some(id) => CustomerRef::Existing { id },
            None => CustomerRef::New { customer },
        };
        let input = CaseInput {
            customer, received_at, channel: Channel::Email, order_no, purchase_date, product, price,
            category_id, complaint, demand: Demand::Other, demand_note, demand_date, mood: Mood::Upset,
            staff_involved_id, handler_id, accept_warnings: false,
        };
        if let Err(err) = DESK.desk.create_case(input) {
            assert_clear(&err);
        }
    }
}

/// One set-up desk shared by the validation properties (they only add records).
static DESK: std::sync::LazyLock<Fixture> = std::sync::LazyLock::new(Fixture::set_up);

// Search text goes into an FTS5 query and list filters into SQL: whatever is typed, the
// list answers (possibly with nothing) or refuses with a clear code, and never errors in
// SQLite. One shared fixture keeps this cheap.
static SEARCH_FIXTURE: std::sync::LazyLock<std::sync::Mutex<Fixture>> = std::sync::LazyLock::new(|| {
    let f = Fixture::set_up();
    f.desk.demo(120, 5).expect("demo cases");
    std::sync::Mutex::new(f)
});

fn search_text() -> impl Strategy<Value = String> {
    prop_oneof![
        text(),
        // FTS5 syntax and punctuation an owner might paste.
        "[a-zа-яё0-9 \"*^():+.,@#-]{0,40}",
        Just("NEAR(a b)".to_string()),
        Just("a OR b NOT c".to_string()),
        Just("\"unterminated".to_string()),
    ]
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn case_search_and_filters_never_break_the_query(
        search in search_text(),
        month in proptest::option::of(text()),
        category in proptest::option::of(text()),
        customer in proptest::option::of(text()),
        limit in proptest::option::of(any::<u32>()),
        offset in proptest::option::of(0u32..100_000),
    ) {
        let f = SEARCH_FIXTURE.lock().unwrap_or_else(|p| p.into_inner());
        let query = CaseQuery {
            search: Some(search.clone()),
            month,
            category_id: category,
            customer_id: customer,
            limit,
            offset,
            ..CaseQuery::default()
        };
        match f.desk.list_cases(&query) {
            Ok(page) => prop_assert!(page.items.len() <= 500),
            Err(err) => assert_clear(&err),
        }
        match f.desk.search_customers(&search, 10) {
            Ok(found) => prop_assert!(found.len() <= 10),
            Err(err) => assert_clear(&err),
        }
    }

    #[test]
    fn staff_and_categories_validate_arbitrary_text(name in text(), role in maybe_text()) {
        let f = SEARCH_FIXTURE.lock().unwrap_or_else(|p| p.into_inner());
        if let Err(err) = f.desk.create_staff(StaffInput { name: name.clone(), role }) {
            assert_clear(&err);
        }
        if let Err(err) = f.desk.create_category(CategoryInput { name }) {
            assert_clear(&err);
        }
    }
}
