//! The monthly review: figures, breakdowns, trend, and the month's cases as CSV.
use amends_core::stats::MonthReview;
use amends_core::ErrorPayload;

use super::{with_desk, Desks};

#[tauri::command]
pub async fn get_month_review(state: Desks<'_>, month: Option<String>) -> Result<MonthReview, ErrorPayload> {
    with_desk(state, move |d| d.month_review(month.as_deref())).await
}

/// Writes the month's CSV to a path chosen in the native save dialog.
#[tauri::command]
pub async fn export_month_csv(state: Desks<'_>, month: String, path: String) -> Result<u32, ErrorPayload> {
    with_desk(state, move |d| d.export_month_csv(&month, std::path::Path::new(&path)).map(|n| n as u32)).await
}

/// Writes the monthly report PDF to a path chosen in the native save dialog; returns its
/// page count.
#[tauri::command]
pub async fn save_month_report(state: Desks<'_>, month: String, path: String) -> Result<u32, ErrorPayload> {
    with_desk(state, move |d| {
        let pdf = d.month_report_pdf(Some(&month))?;
        std::fs::write(&path, &pdf.bytes)?;
        Ok(pdf.page_count as u32)
    })
    .await
}
