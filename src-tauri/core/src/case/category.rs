//! Complaint categories: a starting list (domain.md) the owner may rename, extend, archive.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A built-in category has a `code` and no `name` until the owner renames it, so the UI
/// shows it in the current language; an owner's own category has a `name` only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Category {
    pub id: String,
    pub code: Option<String>,
    pub name: Option<String>,
    pub position: i32,
    pub archived: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CategoryInput {
    pub name: String,
}

/// The starting list, in order. Codes are stable; names live in the UI's locale files.
pub const STARTING_CATEGORIES: &[&str] = &[
    "defective", "wrong_item", "not_as_described", "delivery", "wrong_charge",
    "refund_missing", "staff_conduct", "service_quality", "safety_legal", "other",
];

/// English names of the starting list, for the CLI and exports that have no UI locale.
pub fn english_name(code: &str) -> &'static str {
    match code {
        "defective" => "Defective or damaged product",
        "wrong_item" => "Wrong item",
        "not_as_described" => "Not as described",
        "delivery" => "Delivery late or missing",
        "wrong_charge" => "Wrong charge",
        "refund_missing" => "Refund not received",
        "staff_conduct" => "Rude or unhelpful staff",
        "service_quality" => "Service quality",
        "safety_legal" => "Safety or legal concern",
        _ => "Other",
    }
}
