//! The case register.
use amends_core::case::{CaseInput, CasePage, CaseQuery, CaseView};
use amends_core::ErrorPayload;

use super::{with_desk, Desks};

#[tauri::command]
pub async fn create_case(state: Desks<'_>, input: CaseInput) -> Result<CaseView, ErrorPayload> {
    with_desk(state, move |d| d.create_case(input)).await
}

#[tauri::command]
pub async fn update_case(state: Desks<'_>, id: String, input: CaseInput) -> Result<CaseView, ErrorPayload> {
    with_desk(state, move |d| d.update_case(&id, input)).await
}

#[tauri::command]
pub async fn get_case(state: Desks<'_>, id: String) -> Result<CaseView, ErrorPayload> {
    with_desk(state, move |d| d.get_case(&id)).await
}

#[tauri::command]
pub async fn list_cases(state: Desks<'_>, query: CaseQuery) -> Result<CasePage, ErrorPayload> {
    with_desk(state, move |d| d.list_cases(&query)).await
}
