//! The closing letter: its draft, preview, generated versions, and handing the PDF to the
//! owner (open, save elsewhere, print). Each command calls one `Desk` method off the main
//! thread; file paths of letters come only from `Desk::letter_path`.
use amends_core::case::Language;
use amends_core::desk_letters::LetterPreview;
use amends_core::letter::{LetterDraft, LetterPhrase, PhraseOverride};
use amends_core::store::letters::LetterVersion;
use amends_core::ErrorPayload;
use serde::Serialize;

use super::{blocking, with_desk, Desks};
use crate::printing::{self, PrintOutcome};

#[tauri::command]
pub async fn get_letter_draft(state: Desks<'_>, case_id: String, language: Option<Language>) -> Result<LetterDraft, ErrorPayload> {
    with_desk(state, move |d| d.letter_draft(&case_id, language)).await
}

#[tauri::command]
pub async fn preview_letter(state: Desks<'_>, case_id: String, draft: LetterDraft) -> Result<LetterPreview, ErrorPayload> {
    with_desk(state, move |d| d.letter_preview(&case_id, &draft)).await
}

#[tauri::command]
pub async fn generate_letter(
    state: Desks<'_>,
    case_id: String,
    draft: LetterDraft,
    actor_id: Option<String>,
) -> Result<LetterVersion, ErrorPayload> {
    with_desk(state, move |d| d.generate_letter(&case_id, &draft, actor_id.as_deref())).await
}

#[tauri::command]
pub async fn list_letters(state: Desks<'_>, case_id: String) -> Result<Vec<LetterVersion>, ErrorPayload> {
    with_desk(state, move |d| d.list_letters(&case_id)).await
}

#[tauri::command]
pub async fn get_letter_phrases(state: Desks<'_>) -> Result<Vec<LetterPhrase>, ErrorPayload> {
    with_desk(state, move |d| d.letter_phrases()).await
}

#[tauri::command]
pub async fn save_letter_phrases(state: Desks<'_>, changes: Vec<PhraseOverride>) -> Result<Vec<LetterPhrase>, ErrorPayload> {
    with_desk(state, move |d| d.save_letter_phrases(&changes)).await
}

/// Shows a generated letter in the system's default PDF viewer.
#[tauri::command]
pub async fn open_letter(app: tauri::AppHandle, state: Desks<'_>, id: String) -> Result<(), ErrorPayload> {
    let path = with_desk(state, move |d| d.letter_path(&id)).await?;
    crate::viewer::open(&app, &path).map_err(super::internal)
}

/// Copies a generated letter to where the owner chose in the native save dialog.
#[tauri::command]
pub async fn save_letter_as(state: Desks<'_>, id: String, path: String) -> Result<(), ErrorPayload> {
    let source = with_desk(state, move |d| d.letter_path(&id)).await?;
    blocking(move || {
        std::fs::copy(&source, &path)?;
        Ok(())
    })
    .await
}

/// What became of a print request.
#[derive(Debug, Clone, Serialize)]
pub struct PrintReport {
    pub outcome: PrintOutcome,
}

/// Sends a generated letter to the OS printing; when that is not possible (no `lp`, no
/// printer, no print verb), opens it in the default viewer and says so.
#[tauri::command]
pub async fn print_letter(app: tauri::AppHandle, state: Desks<'_>, id: String) -> Result<PrintReport, ErrorPayload> {
    let path = with_desk(state, move |d| d.letter_path(&id)).await?;
    let file = path.clone();
    let sent = tauri::async_runtime::spawn_blocking(move || printing::send_to_printer(&file))
        .await
        .map_err(super::internal)?;
    match sent {
        Ok(()) => Ok(PrintReport { outcome: PrintOutcome::Sent }),
        Err(why) => {
            eprintln!("Amends: printing {} failed, opening it instead: {why}", path.display());
            crate::viewer::open(&app, &path).map_err(super::internal)?;
            Ok(PrintReport { outcome: PrintOutcome::OpenedInViewer })
        }
    }
}
