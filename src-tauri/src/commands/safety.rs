//! Backups, restore, recovery of a damaged database, checks, and the customer's privacy
//! rights. Listing, inspecting and recovery work without an open desk (the recovery
//! screen is shown exactly when there is none).
use std::path::PathBuf;

use amends_core::backup::{self, BackupInfo, CheckReport, RecoveryReport};
use amends_core::privacy::{CustomerExport, ForgetReport};
use amends_core::time::{Clock, SystemClock};
use amends_core::{ErrorPayload, RestoreReport};

use super::{blocking, with_desk, Desks};

#[tauri::command]
pub async fn list_backups(state: Desks<'_>) -> Result<Vec<BackupInfo>, ErrorPayload> {
    let dir = state.dir().to_path_buf();
    blocking(move || Ok(backup::list(&dir))).await
}

/// Where the data lives, known even when the database cannot be opened: the recovery
/// screen names it when there is no backup to offer.
#[tauri::command]
pub fn data_folder(state: Desks<'_>) -> String {
    state.dir().display().to_string()
}

/// What a backup holds (date, cases, newest case), verified, for the confirmation.
#[tauri::command]
pub async fn inspect_backup(path: String) -> Result<BackupInfo, ErrorPayload> {
    blocking(move || backup::inspect(&PathBuf::from(path))).await
}

/// "Back up now…" into the folder the owner chose.
#[tauri::command]
pub async fn backup_now(state: Desks<'_>, dest: String) -> Result<BackupInfo, ErrorPayload> {
    with_desk(state, move |d| d.backup_to(&PathBuf::from(dest))).await
}

/// "Restore…": a safety backup of the current data first, then the chosen backup.
#[tauri::command]
pub async fn restore_backup(state: Desks<'_>, path: String) -> Result<RestoreReport, ErrorPayload> {
    with_desk(state, move |d| d.restore_backup(&PathBuf::from(path))).await
}

/// The recovery screen's action: the damaged database is moved aside, the backup put in
/// its place, and the desk opened on it.
#[tauri::command]
pub async fn recover_from_backup(state: Desks<'_>, path: String) -> Result<RecoveryReport, ErrorPayload> {
    let shared = state.inner().clone();
    let dir = shared.dir().to_path_buf();
    let report = blocking(move || backup::recover_from_backup(&dir, &PathBuf::from(path), SystemClock.now())).await?;
    let reopen = shared.clone();
    tauri::async_runtime::spawn_blocking(move || reopen.reopen().map(|_| ()))
        .await
        .map_err(|err| ErrorPayload { code: "internal".into(), message: err.to_string(), fields: vec![], params: serde_json::Value::Null })??;
    Ok(report)
}

#[tauri::command]
pub async fn check_data(state: Desks<'_>) -> Result<CheckReport, ErrorPayload> {
    let dir = state.dir().to_path_buf();
    blocking(move || backup::check_data(&dir)).await
}

/// "Forget this customer" (the UI has asked for confirmation).
#[tauri::command]
pub async fn forget_customer(state: Desks<'_>, id: String) -> Result<ForgetReport, ErrorPayload> {
    with_desk(state, move |d| d.forget_customer(&id)).await
}

/// "Export this customer's data": the JSON the UI saves for an access request.
#[tauri::command]
pub async fn export_customer(state: Desks<'_>, id: String) -> Result<CustomerExport, ErrorPayload> {
    with_desk(state, move |d| d.export_customer(&id)).await
}

/// "Export data…": the same export, written to the file the owner chose in the save dialog.
#[tauri::command]
pub async fn export_customer_to_file(state: Desks<'_>, id: String, path: String) -> Result<u32, ErrorPayload> {
    with_desk(state, move |d| d.export_customer_to_file(&id, &PathBuf::from(path))).await
}

/// The start-up `quick_check`'s outcome: the UI asks once the first screen is painted, which
/// lets the check start, and shows the recovery screen on `database_damaged`.
#[tauri::command]
pub async fn startup_check(state: Desks<'_>) -> Result<(), ErrorPayload> {
    crate::startup_trace::first_screen_painted();
    let state = state.inner().clone();
    state.ask_startup_check();
    tauri::async_runtime::spawn_blocking(move || state.wait_startup_check()).await.map_err(super::internal)?
}
