//! Shared set-up for the core's integration tests: a real database file in a temp folder
//! and a clock fixed at a known instant.
#![allow(dead_code)]

use amends_core::case::*;
use amends_core::time::FixedClock;
use amends_core::Desk;
use chrono::{DateTime, Utc};
use tempfile::TempDir;

/// 2026-11-25 09:00 in Moscow.
pub fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T06:00:00Z").expect("fixed time").with_timezone(&Utc)
}

pub fn shop_input() -> ShopProfileInput {
    ShopProfileInput {
        shop_name: "Уютный дом".into(),
        legal_name: "ООО «Уютный дом»".into(),
        address: "Казань, ул. Баумана, 12".into(),
        phone: "+7 843 555-12-34".into(),
        email: "info@dom.example".into(),
        owner_name: "Елена Соколова".into(),
        owner_title: "Директор".into(),
        language: Language::Ru,
        currency: "RUB".into(),
        time_zone: "Europe/Moscow".into(),
        ack_target_hours: 2,
    }
}

pub struct Fixture {
    pub dir: TempDir,
    pub desk: Desk,
}

impl Fixture {
    /// A desk on a fresh data folder, not set up.
    pub fn empty() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let desk = Desk::open_with_clock(dir.path(), Box::new(FixedClock(now()))).expect("open desk");
        Fixture { dir, desk }
    }

    /// A desk with the shop profile saved (and so the starting categories).
    pub fn set_up() -> Fixture {
        let fixture = Fixture::empty();
        fixture.desk.save_shop_profile(shop_input()).expect("save shop");
        fixture
    }

    pub fn reopen(self) -> Fixture {
        let Fixture { dir, desk } = self;
        drop(desk);
        let desk = Desk::open_with_clock(dir.path(), Box::new(FixedClock(now()))).expect("reopen desk");
        Fixture { dir, desk }
    }

    pub fn category(&self, code: &str) -> String {
        self.desk
            .list_categories(true)
            .expect("categories")
            .into_iter()
            .find(|c| c.code.as_deref() == Some(code))
            .map(|c| c.id)
            .expect("starting category")
    }
}

pub fn customer(surname: &str, first: &str, patronymic: Option<&str>, phone: Option<&str>) -> CustomerInput {
    CustomerInput {
        surname: surname.into(),
        first_name: first.into(),
        patronymic: patronymic.map(Into::into),
        phone: phone.map(Into::into),
        email: None,
        messenger: None,
        language: Language::Ru,
        gender: Some(Gender::Female),
        address_form: AddressForm::NamePatronymic,
        note: None,
    }
}

/// A valid intake for a new customer; tweak fields per test.
pub fn case_input(category_id: &str, complaint: &str, customer: CustomerRef) -> CaseInput {
    CaseInput {
        customer,
        received_at: "2026-11-25T08:30:00+03:00".into(),
        channel: Channel::Phone,
        order_no: Some("A-10423".into()),
        purchase_date: Some("2026-11-10".into()),
        product: Some("Электрический чайник".into()),
        price: Some("2499.90".into()),
        category_id: category_id.into(),
        complaint: complaint.into(),
        demand: Demand::Replacement,
        demand_note: None,
        demand_date: "2026-11-25".into(),
        mood: Mood::Upset,
        staff_involved_id: None,
        handler_id: None,
        accept_warnings: false,
    }
}

pub fn new_customer(surname: &str, first: &str, phone: &str) -> CustomerRef {
    CustomerRef::New { customer: customer(surname, first, Some("Сергеевна"), Some(phone)) }
}
