//! The customer's rights over their data: an export of everything held about them (an
//! access request), and "forget this customer", which anonymises their personal data and
//! keeps the figures for statistics. Both acts are recorded in `audit_events`.
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::error::{AmendsError, Result};
use crate::transfer::format::{
    CaseRecord, CompensationRecord, CorrectiveActionRecord, CustomerRecord, EventRecord, EvidenceRecord, StepRecordRow,
};

pub const EXPORT_FORMAT: &str = "amends-customer-export";
pub const EXPORT_VERSION: u32 = 2;

/// Audit codes of the acts recorded here.
pub const ACTION_FORGOTTEN: &str = "customer_forgotten";
pub const ACTION_EXPORTED: &str = "customer_exported";

/// Everything held about one customer, in the records of the exchange format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerExport {
    pub format: String,
    pub version: u32,
    pub exported_at: String,
    pub customer: CustomerRecord,
    pub cases: Vec<CaseRecord>,
    pub compensations: Vec<CompensationRecord>,
    /// The settled checklist steps of their cases.
    pub steps: Vec<StepRecordRow>,
    /// The timeline of their cases (payloads are null once the customer was forgotten).
    pub events: Vec<EventRecord>,
    pub corrective_actions: Vec<CorrectiveActionRecord>,
    /// Metadata of the files attached to their cases; the files are not included.
    pub evidence: Vec<EvidenceRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct ForgetReport {
    pub customer_id: String,
    /// Cases whose personal text was removed (tombstoned ones included).
    pub cases: u32,
}

/// Reads one customer and all their cases. Access requests are rare, so this filters the
/// whole-register export rather than keeping a second set of row readers in step.
pub fn export_customer(conn: &Connection, id: &str, exported_at: String) -> Result<CustomerExport> {
    let all = crate::transfer::json_export::export(conn, exported_at.clone())?;
    let customer = all
        .customers
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| AmendsError::NotFound { entity: "customer", id: id.to_string() })?;
    let cases: Vec<CaseRecord> = all.cases.into_iter().filter(|c| c.customer_id == id).collect();
    let case_ids: std::collections::HashSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let ours = |case_id: &str| case_ids.contains(case_id);
    let compensations = all.compensations.into_iter().filter(|m| ours(&m.case_id)).collect();
    let steps = all.steps.into_iter().filter(|s| ours(&s.case_id)).collect();
    let events = all.events.into_iter().filter(|e| ours(&e.case_id)).collect();
    let corrective_actions = all.corrective_actions.into_iter().filter(|a| ours(&a.case_id)).collect();
    let evidence = all.evidence.into_iter().filter(|e| ours(&e.case_id)).collect();
    Ok(CustomerExport {
        format: EXPORT_FORMAT.to_string(),
        version: EXPORT_VERSION,
        exported_at,
        customer,
        cases,
        compensations,
        steps,
        events,
        corrective_actions,
        evidence,
    })
}
