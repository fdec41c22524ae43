//! The shop profile: who writes the letters, in which language, money and time zone.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::enums::Language;

/// What the first-start setup and Settings send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ShopProfileInput {
    pub shop_name: String,
    pub legal_name: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub owner_name: String,
    pub owner_title: String,
    pub language: Language,
    /// ISO 4217 code, e.g. "RUB".
    pub currency: String,
    /// IANA time zone, e.g. "Europe/Moscow": months and "today" are counted in it.
    pub time_zone: String,
    /// The shop's promise: acknowledge a complaint within this many hours.
    pub ack_target_hours: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ShopProfile {
    #[serde(flatten)]
    pub fields: ShopProfileInput,
    pub has_logo: bool,
    pub updated_at: String,
}

/// Currencies offered in the setup; any other ISO 4217 code of three letters is accepted.
pub const COMMON_CURRENCIES: &[&str] = &["RUB", "BYN", "KZT", "UAH", "USD", "EUR", "GBP"];

/// Limits of the logo image, checked when it is set (not when a letter is printed).
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;
pub const LOGO_MAX_SIDE: usize = 4000;

/// Sensible first-start values from the OS locale and time zone: Russian and roubles for a
/// Russian locale, English otherwise.
pub fn suggested_profile(os_locale: Option<&str>, os_time_zone: Option<&str>) -> ShopProfileInput {
    let locale = os_locale.unwrap_or("en").to_ascii_lowercase();
    let russian = locale.starts_with("ru");
    let time_zone = os_time_zone
        .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
        .map(str::to_string)
        .unwrap_or_else(|| if russian { "Europe/Moscow" } else { "UTC" }.to_string());
    let currency = if russian {
        "RUB"
    } else if locale.ends_with("-gb") || locale.ends_with("_gb") {
        "GBP"
    } else if locale.starts_with("en-us") || locale.starts_with("en_us") {
        "USD"
    } else {
        "EUR"
    };
    ShopProfileInput {
        shop_name: String::new(),
        legal_name: String::new(),
        address: String::new(),
        phone: String::new(),
        email: String::new(),
        owner_name: String::new(),
        owner_title: String::new(),
        language: if russian { Language::Ru } else { Language::En },
        currency: currency.to_string(),
        time_zone,
        ack_target_hours: 2,
    }
}
