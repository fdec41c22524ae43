//! A case (one complaint) as the intake form sends it and as screens show it.
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::customer::{CustomerInput, CustomerSummary};
use super::enums::{CaseSort, CaseStatus, Channel, Demand, Mood};
use super::staff::StaffRef;

/// The customer of a new case: one picked from the register, or one typed in the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CustomerRef {
    Existing { id: String },
    New { customer: CustomerInput },
}

/// The intake form. Dates and money arrive as text so that a bad value becomes a message
/// next to its field instead of a failed call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseInput {
    pub customer: CustomerRef,
    /// RFC 3339 with offset, e.g. "2026-11-25T10:30:00+03:00". Not in the future.
    pub received_at: String,
    pub channel: Channel,
    pub order_no: Option<String>,
    /// "YYYY-MM-DD".
    pub purchase_date: Option<String>,
    pub product: Option<String>,
    /// Price paid as a plain decimal with a dot, at most two decimals: "1499.90".
    pub price: Option<String>,
    pub category_id: String,
    /// The customer's own words.
    pub complaint: String,
    pub demand: Demand,
    /// Details of the demand ("other", an amount asked, …).
    pub demand_note: Option<String>,
    /// "YYYY-MM-DD": the legal clock starts here.
    pub demand_date: String,
    pub mood: Mood,
    pub staff_involved_id: Option<String>,
    pub handler_id: Option<String>,
    /// Save even though the handler is the staff member involved (resolve one level above
    /// where the conflict arose); the override is recorded in the timeline.
    #[serde(default)]
    pub accept_warnings: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CategoryRef {
    pub id: String,
    pub code: Option<String>,
    pub name: Option<String>,
}

/// A whole case, for its page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseView {
    pub id: String,
    /// Readable number per year, "2026-0042".
    pub number: String,
    pub status: CaseStatus,
    /// RFC 3339 in the shop's time zone.
    pub received_at: String,
    pub channel: Channel,
    pub order_no: Option<String>,
    pub purchase_date: Option<String>,
    pub product: Option<String>,
    #[ts(type = "number | null")]
    pub price_minor: Option<i64>,
    pub currency: String,
    pub category: CategoryRef,
    pub complaint: String,
    pub demand: Demand,
    pub demand_note: Option<String>,
    pub demand_date: String,
    pub mood: Mood,
    pub staff_involved: Option<StaffRef>,
    pub handler: Option<StaffRef>,
    pub customer: CustomerSummary,
    /// The next deadline of the case, RFC 3339; none once it is resolved.
    pub due_at: Option<String>,
    pub overdue: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CaseListItem {
    pub id: String,
    pub number: String,
    pub status: CaseStatus,
    pub received_at: String,
    pub customer_id: String,
    pub customer_name: String,
    pub category: CategoryRef,
    pub channel: Channel,
    pub product: Option<String>,
    pub due_at: Option<String>,
    pub overdue: bool,
}

/// Search, filters, sort and page of the case list. Empty filters mean "all".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct CaseQuery {
    /// Words to find in customer name, phone, order number, product and complaint text;
    /// each word matches as a prefix, case-insensitively in Cyrillic and Latin.
    pub search: Option<String>,
    pub status: Option<CaseStatus>,
    pub category_id: Option<String>,
    pub channel: Option<Channel>,
    /// "YYYY-MM" in the shop's time zone.
    pub month: Option<String>,
    pub customer_id: Option<String>,
    /// Drill-downs from the monthly review: the root cause or verdict code ("none" = not
    /// recorded yet), the staff member involved, the exact product text.
    pub root_cause: Option<String>,
    pub verdict: Option<String>,
    pub staff_involved_id: Option<String>,
    pub product: Option<String>,
    pub overdue_only: bool,
    pub sort: Option<CaseSort>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CasePage {
    pub items: Vec<CaseListItem>,
    /// All cases matching the query, not only this page.
    pub total: u32,
    /// True when a search with filters stopped counting at 1000: show "more than 1000".
    pub total_capped: bool,
}

pub const DEFAULT_PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 500;
