//! The exchange format, version 2. Documented in the README ("Import and export").
//! Times are RFC 3339 in UTC with milliseconds; dates "YYYY-MM-DD"; money a decimal
//! string with two places ("1499.90"); enums by their stable codes. Version 2 adds the
//! resolution checklist: service targets, settled steps, the hash-chained timeline,
//! corrective actions, evidence metadata, the compensation ledger's new fields and the
//! case's legal rule and reopen count. Version 1 files are still read.
use serde::{Deserialize, Serialize};

use crate::case::{AddressForm, CaseStatus, Channel, Demand, Gender, Language, Mood, ShopProfileInput};
use crate::checklist::{StepCode, StepState, StepValues};
use crate::clock::ServiceTargets;
use crate::timeline::EventKind;

pub const FORMAT_NAME: &str = "amends-export";
pub const FORMAT_VERSION: u32 = 2;
/// The versions import reads.
pub const READABLE_VERSIONS: &[u32] = &[1, 2];

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
    /// The shop's saved service targets; null when the defaults were never changed.
    #[serde(default)]
    pub service_targets: Option<ServiceTargets>,
    #[serde(default)]
    pub steps: Vec<StepRecordRow>,
    #[serde(default)]
    pub events: Vec<EventRecord>,
    #[serde(default)]
    pub corrective_actions: Vec<CorrectiveActionRecord>,
    /// Metadata only: the files travel in backups, not in the export.
    #[serde(default)]
    pub evidence: Vec<EvidenceRecord>,
    /// Generated closing letters: metadata and the exact draft; the PDF files travel in
    /// backups, not in the export.
    #[serde(default)]
    pub letters: Vec<LetterRecord>,
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
    /// The owner's choice of legal rule: null = the default for the demand, "" = none,
    /// else a rule id of `rules/legal-rules.json`.
    #[serde(default)]
    pub legal_rule: Option<String>,
    /// How many times the case was reopened.
    #[serde(default)]
    pub reopened: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompensationRecord {
    pub id: String,
    pub case_id: String,
    pub kind: String,
    pub value: String,
    #[serde(default)]
    pub how_to_use: Option<String>,
    #[serde(default)]
    pub voucher_code: Option<String>,
    /// "YYYY-MM-DD".
    #[serde(default)]
    pub valid_until: Option<String>,
    #[serde(default)]
    pub redeemed_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// One settled step of a case (done or skipped); an open step has no record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepRecordRow {
    pub case_id: String,
    pub step: StepCode,
    /// "done" or "skipped".
    pub state: StepState,
    /// The step's values, a JSON object.
    pub values: StepValues,
    /// Why it was skipped.
    pub reason: Option<String>,
    pub actor_id: Option<String>,
    pub actor_name: String,
    pub at: String,
}

/// One timeline event, every stored column. `payload` is the stored JSON text kept as a
/// string (so its hash matches byte for byte), null once the customer was forgotten.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: String,
    pub case_id: String,
    pub seq: i64,
    pub at: String,
    pub actor_id: Option<String>,
    pub actor_name: String,
    pub kind: EventKind,
    pub step: Option<StepCode>,
    pub payload: Option<String>,
    pub payload_hash: String,
    pub prev_hash: String,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorrectiveActionRecord {
    pub id: String,
    pub case_id: String,
    pub description: String,
    pub owner_id: Option<String>,
    /// "YYYY-MM-DD".
    pub due_date: Option<String>,
    pub done_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// An attached file's metadata; the file itself is not in the export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceRecord {
    pub id: String,
    pub case_id: String,
    pub sha256: String,
    pub file_name: String,
    pub mime: String,
    pub size: i64,
    pub created_at: String,
    pub deleted_at: Option<String>,
}

/// A generated closing letter's metadata; the PDF itself is not in the export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LetterRecord {
    pub id: String,
    pub case_id: String,
    pub version: u32,
    pub language: Language,
    /// "a4" or "letter".
    pub paper: String,
    pub sha256: String,
    /// The exact draft the PDF was printed from.
    pub draft: serde_json::Value,
    /// Relative to the data folder: `files/letters/<name>.pdf`.
    pub file: String,
    pub page_count: u32,
    pub created_at: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub staff: usize,
    pub categories: usize,
    pub customers: usize,
    pub cases: usize,
    pub compensations: usize,
    pub steps: usize,
    pub events: usize,
    pub corrective_actions: usize,
    pub evidence: usize,
    #[serde(default)]
    pub letters: usize,
    /// Records whose id was already present; they were left as they are.
    pub skipped_existing: usize,
    pub shop_profile_set: bool,
    pub service_targets_set: bool,
}
