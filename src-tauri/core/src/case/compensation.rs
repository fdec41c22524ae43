//! The compensation ledger: what the shop gives for the trouble, item by item.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::validate::{max, non_blank, Checker};
use crate::checklist::CompensationKind;
use crate::error::{FieldError, Result};

pub const MAX_HOW_TO_USE: usize = 1000;
pub const MAX_VOUCHER_CODE: usize = 40;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CompensationInput {
    pub kind: CompensationKind,
    /// Plain decimal, as for prices: "500", "1499.90". Required and above zero.
    pub value: String,
    pub how_to_use: Option<String>,
    pub voucher_code: Option<String>,
    /// "YYYY-MM-DD".
    pub valid_until: Option<String>,
    /// Give it even above the shop's limit (the second look was taken); recorded.
    #[serde(default)]
    pub accept_warnings: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CompensationItem {
    pub id: String,
    pub case_id: String,
    pub kind: CompensationKind,
    #[ts(type = "number")]
    pub value_minor: i64,
    pub how_to_use: Option<String>,
    pub voucher_code: Option<String>,
    pub valid_until: Option<String>,
    /// RFC 3339 in the shop's zone, once the customer used it.
    pub redeemed_at: Option<String>,
    pub created_at: String,
}

pub struct ParsedCompensation {
    pub value_minor: i64,
    pub valid_until: Option<NaiveDate>,
}

/// No compensation without a type (the enum) and a value above zero.
pub fn validate(input: &CompensationInput, today: NaiveDate) -> Result<ParsedCompensation> {
    let mut c = Checker::new();
    let value = match non_blank(Some(&input.value)) {
        None => {
            c.push(FieldError::new("value", "required"));
            None
        }
        Some(_) => match c.money("value", Some(&input.value)) {
            Some(0) => {
                c.push(FieldError::new("value", "must_be_positive"));
                None
            }
            other => other,
        },
    };
    c.optional("how_to_use", input.how_to_use.as_deref(), MAX_HOW_TO_USE);
    c.optional("voucher_code", input.voucher_code.as_deref(), MAX_VOUCHER_CODE);
    if input.kind == CompensationKind::Voucher && non_blank(input.how_to_use.as_deref()).is_none() {
        c.push(FieldError::new("how_to_use", "required"));
    }
    let valid_until = match non_blank(input.valid_until.as_deref()) {
        None => None,
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Err(_) => {
                c.push(FieldError::new("valid_until", "invalid_date"));
                None
            }
            Ok(date) if date < today => {
                c.push(FieldError::new("valid_until", "in_past"));
                None
            }
            Ok(date) => Some(date),
        },
    };
    c.finish()?;
    Ok(ParsedCompensation { value_minor: value.unwrap_or(0).min(max::MONEY_MINOR), valid_until })
}
