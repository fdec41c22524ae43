//! The customer register.
use amends_core::case::{Customer, CustomerInput, CustomerPage, CustomerSummary};
use amends_core::ErrorPayload;

use super::{with_desk, Desks};

#[tauri::command]
pub async fn search_customers(state: Desks<'_>, query: String, limit: u32) -> Result<Vec<CustomerSummary>, ErrorPayload> {
    with_desk(state, move |d| d.search_customers(&query, limit)).await
}

#[tauri::command]
pub async fn create_customer(state: Desks<'_>, input: CustomerInput) -> Result<Customer, ErrorPayload> {
    with_desk(state, move |d| d.create_customer(input)).await
}

#[tauri::command]
pub async fn update_customer(state: Desks<'_>, id: String, input: CustomerInput) -> Result<Customer, ErrorPayload> {
    with_desk(state, move |d| d.update_customer(&id, input)).await
}

#[tauri::command]
pub async fn get_customer_page(state: Desks<'_>, id: String) -> Result<CustomerPage, ErrorPayload> {
    with_desk(state, move |d| d.customer_page(&id)).await
}
