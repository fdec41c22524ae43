//! Corrective actions: what changes so that the complaint will not happen again.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::staff::StaffRef;
use super::validate::{non_blank, Checker};
use crate::error::{FieldError, Result};

pub const MAX_DESCRIPTION: usize = 2000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CorrectiveInput {
    pub description: String,
    pub owner_id: Option<String>,
    /// "YYYY-MM-DD".
    pub due_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CorrectiveAction {
    pub id: String,
    pub case_id: String,
    pub case_number: String,
    pub description: String,
    pub owner: Option<StaffRef>,
    pub due_date: Option<String>,
    /// RFC 3339 in the shop's zone, once done.
    pub done_at: Option<String>,
    pub overdue: bool,
    pub created_at: String,
}

pub fn validate(input: &CorrectiveInput) -> Result<Option<NaiveDate>> {
    let mut c = Checker::new();
    c.required("description", &input.description, MAX_DESCRIPTION);
    let due = match non_blank(input.due_date.as_deref()) {
        None => None,
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(date) => Some(date),
            Err(_) => {
                c.push(FieldError::new("due_date", "invalid_date"));
                None
            }
        },
    };
    c.finish()?;
    Ok(due)
}
