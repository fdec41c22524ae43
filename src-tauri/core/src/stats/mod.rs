//! The monthly review: figures of one month in the shop's time zone, compared with the month
//! before and the same month a year earlier, breakdowns and a 12-month trend. Every figure
//! is an SQL aggregate (`queries`); nothing loads the month's cases into memory. Shares and
//! medians carry their denominators, and a month without cases gives zeros and nones.
mod csv;
pub mod derived;
mod queries;
pub mod report;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use csv::{write_month, MONTH_COLUMNS};
pub use queries::{last_full_month, month_figures, month_review, trend};

/// A share with what it counts: `kept` out of `of`; `value` is None when `of` is 0.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Share {
    #[ts(type = "number")]
    pub count: u32,
    #[ts(type = "number")]
    pub of: u32,
    pub value: Option<f64>,
}

impl Share {
    pub fn new(count: u32, of: u32) -> Share {
        Share { count, of, value: (of > 0).then(|| f64::from(count) / f64::from(of)) }
    }
}

/// A median of durations in hours, over `of` cases.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
pub struct Median {
    pub hours: Option<f64>,
    #[ts(type = "number")]
    pub of: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct KindTotal {
    pub kind: String,
    #[ts(type = "number")]
    pub total_minor: i64,
    #[ts(type = "number")]
    pub items: u32,
}

/// The headline figures of one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MonthFigures {
    /// "YYYY-MM".
    pub month: String,
    /// Cases received in the month.
    #[ts(type = "number")]
    pub received: u32,
    /// Cases closed in the month (a case reopened and closed again counts in each month it
    /// was closed in).
    #[ts(type = "number")]
    pub closed: u32,
    /// Cases received by the month's end and not closed at that moment.
    #[ts(type = "number")]
    pub open_at_end: u32,
    /// Receipt to acknowledgement, cases received in the month and acknowledged.
    pub median_acknowledge: Median,
    /// Receipt to closing, cases closed in the month.
    pub median_close: Median,
    /// Promised decision dates falling in the month that were kept (decided by then).
    pub promises_kept: Share,
    /// Legal deadlines (last day) falling in the month that were kept.
    pub legal_kept: Share,
    /// Compensation items given in the month (live cases), total and by type.
    #[ts(type = "number")]
    pub compensation_total_minor: i64,
    pub compensation_by_kind: Vec<KindTotal>,
    /// Follow-ups done in the month: average score, scores of 4–5, customers who stayed.
    pub satisfaction_average: Option<f64>,
    pub satisfied: Share,
    pub stayed: Share,
    /// Customers with a case this month who are repeat complainants at the month's end
    /// (two cases within 365 days, or three in all).
    #[ts(type = "number")]
    pub repeat_complainants: u32,
}

/// One bar of a breakdown: a code (category id, channel, root cause, …) and its count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Bar {
    /// What the case list filters on (an id or a code); None for "not recorded".
    pub key: Option<String>,
    /// A name to show when the key is not a translatable code (staff, products, an
    /// owner's own category).
    pub label: Option<String>,
    /// A built-in code the UI translates (starting categories).
    pub code: Option<String>,
    #[ts(type = "number")]
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Breakdowns {
    pub category: Vec<Bar>,
    pub channel: Vec<Bar>,
    pub root_cause: Vec<Bar>,
    pub verdict: Vec<Bar>,
    pub staff_involved: Vec<Bar>,
    pub products: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrendPoint {
    pub month: String,
    #[ts(type = "number")]
    pub received: u32,
    #[ts(type = "number")]
    pub closed: u32,
}

/// Everything the review screen shows for one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct MonthReview {
    #[serde(flatten)]
    pub figures: MonthFigures,
    pub previous: MonthFigures,
    pub year_ago: MonthFigures,
    pub breakdowns: Breakdowns,
    /// The 12 months ending with this one, oldest first.
    pub trend: Vec<TrendPoint>,
}
