//! Commands: each deserialises its arguments, runs one `Desk` method on a blocking thread
//! (SQLite never runs on the main thread) and returns the result or the core's error.
mod cases;
mod customers;
mod settings;

use std::path::Path;
use std::sync::Arc;

use amends_core::{AmendsError, Desk, ErrorPayload};
use tauri::State;

/// The desk, or why it could not be opened (e.g. a database from a newer version): the UI
/// then shows that message instead of a dead window.
pub struct DeskState(Result<Arc<Desk>, ErrorPayload>);

impl DeskState {
    pub fn open(dir: &Path) -> Self {
        DeskState(Desk::open(dir).map(Arc::new).map_err(|err| {
            eprintln!("Amends: cannot open data in {}: {err}", dir.display());
            err.payload()
        }))
    }
}

pub type Desks<'a> = State<'a, Arc<DeskState>>;

/// Runs `job` with the desk on Tauri's blocking pool.
pub async fn with_desk<T, F>(state: Desks<'_>, job: F) -> Result<T, ErrorPayload>
where
    T: Send + 'static,
    F: FnOnce(&Desk) -> Result<T, AmendsError> + Send + 'static,
{
    let desk = state.0.clone()?;
    tauri::async_runtime::spawn_blocking(move || job(&desk).map_err(|err| err.payload()))
        .await
        .map_err(|err| ErrorPayload {
            code: "internal".into(),
            message: err.to_string(),
            fields: vec![],
            params: serde_json::Value::Null,
        })?
}

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        settings::app_info,
        settings::save_shop_profile,
        settings::set_shop_logo,
        settings::clear_shop_logo,
        settings::get_shop_logo,
        settings::list_staff,
        settings::create_staff,
        settings::update_staff,
        settings::set_staff_active,
        settings::list_categories,
        settings::create_category,
        settings::rename_category,
        settings::set_category_archived,
        customers::search_customers,
        customers::create_customer,
        customers::update_customer,
        customers::get_customer_page,
        cases::create_case,
        cases::update_case,
        cases::get_case,
        cases::list_cases,
    ]
}
