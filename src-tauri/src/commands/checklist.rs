//! The resolution checklist, timeline, ledger, corrective actions, evidence, Today and the
//! service targets. Each command calls one `Desk` method off the main thread.
use amends_core::case::{CompensationInput, CorrectiveAction, CorrectiveInput};
use amends_core::checklist::ChecklistAction;
use amends_core::clock::ServiceTargets;
use amends_core::timeline::TimelineEvent;
use amends_core::{CallInput, CaseChecklist, ErrorPayload, TodayCounts, TodayView};

use super::{with_desk, Desks};

#[tauri::command]
pub async fn get_checklist(state: Desks<'_>, case_id: String) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.checklist(&case_id)).await
}

#[tauri::command]
pub async fn apply_step(
    state: Desks<'_>,
    case_id: String,
    action: ChecklistAction,
    actor_id: Option<String>,
) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.apply_step(&case_id, action, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn get_timeline(state: Desks<'_>, case_id: String) -> Result<Vec<TimelineEvent>, ErrorPayload> {
    with_desk(state, move |d| d.timeline(&case_id)).await
}

#[tauri::command]
pub async fn add_note(state: Desks<'_>, case_id: String, text: String, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.add_note(&case_id, &text, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn record_call(state: Desks<'_>, case_id: String, call: CallInput, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.record_call(&case_id, &call, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn set_legal_rule(state: Desks<'_>, case_id: String, rule_id: Option<String>, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.set_legal_rule(&case_id, rule_id.as_deref(), actor_id.as_deref())).await
}

#[tauri::command]
pub async fn add_compensation(state: Desks<'_>, case_id: String, input: CompensationInput, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.add_compensation(&case_id, &input, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn update_compensation(state: Desks<'_>, id: String, input: CompensationInput, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.update_compensation(&id, &input, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn set_compensation_redeemed(state: Desks<'_>, id: String, redeemed: bool, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.set_compensation_redeemed(&id, redeemed, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn remove_compensation(state: Desks<'_>, id: String, reason: String, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.remove_compensation(&id, &reason, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn add_corrective(state: Desks<'_>, case_id: String, input: CorrectiveInput, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.add_corrective(&case_id, &input, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn update_corrective(state: Desks<'_>, id: String, input: CorrectiveInput, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.update_corrective(&id, &input, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn set_corrective_done(state: Desks<'_>, id: String, done: bool, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.set_corrective_done(&id, done, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn remove_corrective(state: Desks<'_>, id: String, reason: String, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.remove_corrective(&id, &reason, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn list_corrective(state: Desks<'_>, open_only: bool) -> Result<Vec<CorrectiveAction>, ErrorPayload> {
    with_desk(state, move |d| d.list_corrective(open_only)).await
}

/// Attaches a file chosen in the native open dialog; the core reads and checks it.
#[tauri::command]
pub async fn attach_evidence(state: Desks<'_>, case_id: String, path: String, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.attach_evidence_file(&case_id, std::path::Path::new(&path), actor_id.as_deref())).await
}

#[tauri::command]
pub async fn remove_evidence(state: Desks<'_>, id: String, reason: String, actor_id: Option<String>) -> Result<CaseChecklist, ErrorPayload> {
    with_desk(state, move |d| d.remove_evidence(&id, &reason, actor_id.as_deref())).await
}

/// Shows an attached file in the system's default viewer.
#[tauri::command]
pub async fn open_evidence(app: tauri::AppHandle, state: Desks<'_>, id: String) -> Result<(), ErrorPayload> {
    let path = with_desk(state, move |d| d.evidence_path(&id)).await?;
    crate::viewer::open(&app, &path).map_err(super::internal)
}

#[tauri::command]
pub async fn get_today(state: Desks<'_>) -> Result<TodayView, ErrorPayload> {
    with_desk(state, move |d| d.today()).await
}

#[tauri::command]
pub async fn get_today_counts(state: Desks<'_>) -> Result<TodayCounts, ErrorPayload> {
    with_desk(state, move |d| d.today_counts()).await
}

#[tauri::command]
pub async fn get_service_targets(state: Desks<'_>) -> Result<ServiceTargets, ErrorPayload> {
    with_desk(state, move |d| d.service_targets()).await
}

#[tauri::command]
pub async fn save_service_targets(state: Desks<'_>, targets: ServiceTargets) -> Result<ServiceTargets, ErrorPayload> {
    with_desk(state, move |d| d.save_service_targets(&targets)).await
}
