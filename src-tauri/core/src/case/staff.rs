//! Staff: who was involved in a conflict, who handles it.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffInput {
    pub name: String,
    pub role: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Staff {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    /// Former staff stay for history but are not offered for new cases.
    pub active: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A staff member as a case refers to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct StaffRef {
    pub id: String,
    pub name: String,
}
