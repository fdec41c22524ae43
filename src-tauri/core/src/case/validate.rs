//! Limits on every field of user input, enforced here whatever the UI checked. Each check
//! adds a `FieldError` instead of stopping, so the form can show every problem at once.
use chrono::{DateTime, NaiveDate, Utc};

use crate::error::{AmendsError, FieldError};

use super::category::CategoryInput;
use super::customer::CustomerInput;
use super::record::{CaseInput, CustomerRef};
use super::shop::ShopProfileInput;
use super::staff::StaffInput;

/// Maximum lengths in characters. The UI mirrors these from the generated `Limits`.
pub mod max {
    pub const SHOP_NAME: usize = 120;
    pub const LEGAL_NAME: usize = 200;
    pub const ADDRESS: usize = 300;
    pub const PERSON_NAME: usize = 80;
    pub const OWNER_TITLE: usize = 80;
    pub const PHONE: usize = 32;
    pub const EMAIL: usize = 254;
    pub const MESSENGER: usize = 100;
    pub const NOTE: usize = 2000;
    pub const ORDER_NO: usize = 64;
    pub const PRODUCT: usize = 200;
    pub const COMPLAINT: usize = 10_000;
    pub const DEMAND_NOTE: usize = 1000;
    pub const STAFF_NAME: usize = 100;
    pub const STAFF_ROLE: usize = 60;
    pub const CATEGORY_NAME: usize = 80;
    pub const ACK_TARGET_HOURS: u32 = 168;
    /// 9 999 999 999.99 in minor units: far above any shop's price, well inside i64.
    pub const MONEY_MINOR: i64 = 999_999_999_999;
}

/// A received time may be a little ahead of this machine's clock (another device's clock).
const FUTURE_SKEW_MINUTES: i64 = 5;

/// Collects field errors; `finish` turns them into `AmendsError::Invalid`.
#[derive(Default)]
pub struct Checker {
    errors: Vec<FieldError>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, error: FieldError) {
        self.errors.push(error);
    }

    pub fn finish(self) -> Result<(), AmendsError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(AmendsError::Invalid(self.errors))
        }
    }

    /// Required text: not blank after trimming, at most `max` characters.
    pub fn required(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.push(FieldError::new(field, "required"));
        } else {
            self.length(field, value, max);
        }
    }

    pub fn optional(&mut self, field: &str, value: Option<&str>, max: usize) {
        if let Some(value) = value {
            self.length(field, value, max);
        }
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        if value.trim().chars().count() > max {
            self.push(FieldError::with_limit(field, "too_long", max as i64));
        } else if value.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
            self.push(FieldError::new(field, "bad_characters"));
        }
    }

    pub fn phone(&mut self, field: &str, value: Option<&str>) {
        let Some(value) = non_blank(value) else { return };
        if value.chars().count() > max::PHONE {
            self.push(FieldError::with_limit(field, "too_long", max::PHONE as i64));
        } else if !is_plausible_phone(value) {
            self.push(FieldError::new(field, "phone_implausible"));
        }
    }

    pub fn email(&mut self, field: &str, value: Option<&str>) {
        let Some(value) = non_blank(value) else { return };
        if value.chars().count() > max::EMAIL {
            self.push(FieldError::with_limit(field, "too_long", max::EMAIL as i64));
        } else if !is_plausible_email(value) {
            self.push(FieldError::new(field, "email_implausible"));
        }
    }

    /// A date "YYYY-MM-DD" not after `today`; returns it when valid.
    pub fn past_date(&mut self, field: &str, value: &str, today: NaiveDate) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d") {
            Err(_) => {
                self.push(FieldError::new(field, "invalid_date"));
                None
            }
            Ok(date) if date > today => {
                self.push(FieldError::new(field, "in_future"));
                None
            }
            Ok(date) if date.year_ce().1 < 1990 => {
                self.push(FieldError::new(field, "too_old"));
                None
            }
            Ok(date) => Some(date),
        }
    }

    pub fn money(&mut self, field: &str, value: Option<&str>) -> Option<i64> {
        let value = non_blank(value)?;
        match parse_money(value) {
            Ok(minor) => Some(minor),
            Err(code) => {
                self.push(FieldError::new(field, code));
                None
            }
        }
    }
}

use chrono::Datelike;

pub fn non_blank(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// Digits with the usual separators; 7 to 15 digits (E.164 allows at most 15).
pub fn is_plausible_phone(value: &str) -> bool {
    let allowed = |c: char| c.is_ascii_digit() || " +()-.".contains(c);
    if !value.chars().all(allowed) || value.matches('+').count() > 1 {
        return false;
    }
    if value.contains('+') && !value.trim_start().starts_with('+') {
        return false;
    }
    let digits = phone_digits(value).len();
    (7..=15).contains(&digits)
}

/// The digits of a phone number, what search matches typed numbers against.
pub fn phone_digits(value: &str) -> String {
    value.chars().filter(char::is_ascii_digit).collect()
}

/// One "@", something before it, a dotted domain after it, no spaces. Deliverability is
/// not checkable offline; this catches typos like a missing "@" or a trailing dot.
pub fn is_plausible_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else { return false };
    !local.is_empty()
        && !domain.contains('@')
        && !value.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// "1499.9", "1 499,90", "1499" → minor units. Not negative, at most two decimals.
pub fn parse_money(value: &str) -> Result<i64, &'static str> {
    let cleaned: String =
        value.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    let cleaned = cleaned.replace(',', ".");
    if cleaned.starts_with('-') {
        return Err("negative");
    }
    let (whole, fraction) = match cleaned.split_once('.') {
        Some((w, f)) => (w, f),
        None => (cleaned.as_str(), ""),
    };
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !digits_only(whole)
        || !digits_only(fraction)
        || cleaned.matches('.').count() > 1
    {
        return Err("not_a_number");
    }
    if fraction.len() > 2 {
        return Err("too_many_decimals");
    }
    if whole.trim_start_matches('0').len() > 10 {
        return Err("too_large");
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| "not_a_number")? };
    let fraction: i64 = format!("{fraction:0<2}").parse().map_err(|_| "not_a_number")?;
    let minor = whole * 100 + fraction;
    if minor > max::MONEY_MINOR {
        return Err("too_large");
    }
    Ok(minor)
}

/// Minor units back to the plain decimal the inputs use: 149990 → "1499.90".
pub fn format_money(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

pub fn validate_shop(input: &ShopProfileInput) -> Result<(), AmendsError> {
    let mut c = Checker::new();
    c.required("shop_name", &input.shop_name, max::SHOP_NAME);
    c.optional("legal_name", Some(&input.legal_name), max::LEGAL_NAME);
    c.optional("address", Some(&input.address), max::ADDRESS);
    c.phone("phone", Some(&input.phone));
    c.email("email", Some(&input.email));
    c.required("owner_name", &input.owner_name, max::PERSON_NAME);
    c.optional("owner_title", Some(&input.owner_title), max::OWNER_TITLE);
    let currency = input.currency.trim();
    if currency.len() != 3 || !currency.chars().all(|ch| ch.is_ascii_uppercase()) {
        c.push(FieldError::new("currency", "invalid_currency"));
    }
    if input.time_zone.parse::<chrono_tz::Tz>().is_err() {
        c.push(FieldError::new("time_zone", "invalid_time_zone"));
    }
    if input.ack_target_hours == 0 || input.ack_target_hours > max::ACK_TARGET_HOURS {
        c.push(FieldError::with_limit("ack_target_hours", "out_of_range", max::ACK_TARGET_HOURS as i64));
    }
    c.finish()
}

pub fn validate_customer(prefix: &str, input: &CustomerInput, c: &mut Checker) {
    let f = |name: &str| format!("{prefix}{name}");
    if input.surname.trim().is_empty() && input.first_name.trim().is_empty() {
        c.push(FieldError::new(f("surname"), "name_required"));
    }
    c.optional(&f("surname"), Some(&input.surname), max::PERSON_NAME);
    c.optional(&f("first_name"), Some(&input.first_name), max::PERSON_NAME);
    c.optional(&f("patronymic"), input.patronymic.as_deref(), max::PERSON_NAME);
    c.phone(&f("phone"), input.phone.as_deref());
    c.email(&f("email"), input.email.as_deref());
    c.optional(&f("messenger"), input.messenger.as_deref(), max::MESSENGER);
    c.optional(&f("note"), input.note.as_deref(), max::NOTE);
}

pub fn validate_customer_input(input: &CustomerInput) -> Result<(), AmendsError> {
    let mut c = Checker::new();
    validate_customer("", input, &mut c);
    c.finish()
}

pub fn validate_staff(input: &StaffInput) -> Result<(), AmendsError> {
    let mut c = Checker::new();
    c.required("name", &input.name, max::STAFF_NAME);
    c.optional("role", input.role.as_deref(), max::STAFF_ROLE);
    c.finish()
}

pub fn validate_category(input: &CategoryInput) -> Result<(), AmendsError> {
    let mut c = Checker::new();
    c.required("name", &input.name, max::CATEGORY_NAME);
    c.finish()
}

/// The parts of a case input that need parsing, once validated.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedCase {
    pub received_at: DateTime<Utc>,
    pub purchase_date: Option<NaiveDate>,
    pub demand_date: NaiveDate,
    pub price_minor: Option<i64>,
}

/// Checks everything that needs no database; references (customer, category, staff) are
/// checked by the store against what exists. `today` is the shop's local date.
pub fn validate_case(input: &CaseInput, now: DateTime<Utc>, today: NaiveDate) -> Result<ParsedCase, AmendsError> {
    let mut c = Checker::new();
    if let CustomerRef::New { customer } = &input.customer {
        validate_customer("customer.", customer, &mut c);
    }
    let received_at = match DateTime::parse_from_rfc3339(input.received_at.trim()) {
        Err(_) => {
            c.push(FieldError::new("received_at", "invalid_datetime"));
            None
        }
        Ok(at) => {
            let at = at.with_timezone(&Utc);
            if at > now + chrono::Duration::minutes(FUTURE_SKEW_MINUTES) {
                c.push(FieldError::new("received_at", "in_future"));
                None
            } else if at.year() < 1990 {
                c.push(FieldError::new("received_at", "too_old"));
                None
            } else {
                Some(at)
            }
        }
    };
    c.optional("order_no", input.order_no.as_deref(), max::ORDER_NO);
    let purchase_date = non_blank(input.purchase_date.as_deref())
        .and_then(|d| c.past_date("purchase_date", d, today));
    c.optional("product", input.product.as_deref(), max::PRODUCT);
    let price_minor = c.money("price", input.price.as_deref());
    if input.category_id.trim().is_empty() {
        c.push(FieldError::new("category_id", "required"));
    }
    c.required("complaint", &input.complaint, max::COMPLAINT);
    c.optional("demand_note", input.demand_note.as_deref(), max::DEMAND_NOTE);
    let demand_date = c.past_date("demand_date", &input.demand_date, today);
    if let (Some(purchase), Some(demand)) = (purchase_date, demand_date) {
        if demand < purchase {
            c.push(FieldError::new("demand_date", "before_purchase"));
        }
    }
    c.finish()?;
    match (received_at, demand_date) {
        (Some(received_at), Some(demand_date)) => Ok(ParsedCase { received_at, purchase_date, demand_date, price_minor }),
        // Unreachable in practice: a missing value always pushed an error above.
        _ => Err(AmendsError::invalid("received_at", "invalid_datetime")),
    }
}
