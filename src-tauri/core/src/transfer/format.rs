//! The exchange format, version 1. Documented in the README ("Import and export").
//! Times are RFC 3339 in UTC with milliseconds; dates "YYYY-MM-DD"; money a decimal
//! string with two places ("1499.90"); enums by their stable codes.
use serde::{Deserialize, Serialize};

use crate::case::{AddressForm, CaseStatus, Channel, Demand, Gender, Language, Mood, ShopProfileInput};

pub const FORMAT_NAME: &str = "amends-export";
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub format: String,
    pub version: u32,
    pub exported_at: String,
    pub shop: Option<ShopProfileInput>,
    /// The letterhead logo as a `data:image/png;base64,…` URL.
    #[serde(default)]
    pub shop_logo: Option<String>,
    pub staff: Vec<StaffRecord>,
    pub categories: Vec<CategoryRecord>,
    pub customers: Vec<CustomerRecord>,
    pub cases: Vec<CaseRecord>,
    pub compensations: Vec<CompensationRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffRecord {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub active: bool,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRecord {
    pub id: String,
    pub code: Option<String>,
    pub name: Option<String>,
    pub position: i32,
    pub archived: bool,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomerRecord {
    pub id: String,
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
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    pub id: String,
    pub number: String,
    pub status: CaseStatus,
    pub customer_id: String,
    pub received_at: String,
    pub channel: Channel,
    pub order_no: Option<String>,
    pub purchase_date: Option<String>,
    pub product: Option<String>,
    pub price: Option<String>,
    pub currency: String,
    pub category_id: String,
    pub complaint: String,
    pub demand: Demand,
    pub demand_note: Option<String>,
    pub demand_date: String,
    pub mood: Mood,
    pub staff_involved_id: Option<String>,
    pub handler_id: Option<String>,
    pub due_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompensationRecord {
    pub id: String,
    pub case_id: String,
    pub kind: String,
    pub value: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub staff: usize,
    pub categories: usize,
    pub customers: usize,
    pub cases: usize,
    pub compensations: usize,
    /// Records whose id was already present; they were left as they are.
    pub skipped_existing: usize,
    pub shop_profile_set: bool,
}
