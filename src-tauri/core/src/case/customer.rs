//! Customers and what the customer page shows.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::enums::{AddressForm, Gender, Language};
use super::record::CaseListItem;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerInput {
    pub surname: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub messenger: Option<String>,
    pub language: Language,
    pub gender: Option<Gender>,
    pub address_form: AddressForm,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Customer {
    pub id: String,
    #[serde(flatten)]
    pub fields: CustomerInput,
    pub display_name: String,
    pub created_at: String,
    pub updated_at: String,
}

/// One line of a customer list or of the picker in the case form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerSummary {
    pub id: String,
    pub display_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub case_count: u32,
    pub repeat_complainant: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CustomerPage {
    pub customer: Customer,
    /// Every case of theirs, newest first.
    pub cases: Vec<CaseListItem>,
    /// Sum of all compensation recorded on their cases, in minor units of the shop currency.
    #[ts(type = "number")]
    pub compensation_total_minor: i64,
    pub currency: String,
    pub repeat_complainant: bool,
}

/// "Surname First Patronymic" — the order Russian registers use; fine for English too.
pub fn display_name(surname: &str, first_name: &str, patronymic: Option<&str>) -> String {
    [surname, first_name, patronymic.unwrap_or("")]
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A repeat complainant is computed from history, never typed: two or more cases received
/// within any 365 days, or three or more in all.
pub const REPEAT_WINDOW_DAYS: i64 = 365;
pub const REPEAT_MIN_IN_WINDOW: usize = 2;
pub const REPEAT_MIN_TOTAL: usize = 3;

/// `received_ms`: the receipt instants of the customer's cases (unix milliseconds, any order).
pub fn is_repeat_complainant(received_ms: &[i64]) -> bool {
    if received_ms.len() >= REPEAT_MIN_TOTAL {
        return true;
    }
    let mut sorted = received_ms.to_vec();
    sorted.sort_unstable();
    let window = REPEAT_WINDOW_DAYS * 24 * 3600 * 1000;
    sorted.windows(REPEAT_MIN_IN_WINDOW).any(|pair| pair[pair.len() - 1] - pair[0] <= window)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 24 * 3600 * 1000;

    #[test]
    fn repeat_complainant_rule() {
        assert!(!is_repeat_complainant(&[]));
        assert!(!is_repeat_complainant(&[0]));
        assert!(is_repeat_complainant(&[0, 365 * DAY]));
        assert!(!is_repeat_complainant(&[0, 366 * DAY]));
        assert!(is_repeat_complainant(&[0, 800 * DAY, 1600 * DAY]));
    }

    #[test]
    fn display_name_skips_missing_parts() {
        assert_eq!(display_name("Иванова", "Анна", Some("Сергеевна")), "Иванова Анна Сергеевна");
        assert_eq!(display_name("Smith", "John", None), "Smith John");
        assert_eq!(display_name(" Smith ", "John", Some(" ")), "Smith John");
    }
}
