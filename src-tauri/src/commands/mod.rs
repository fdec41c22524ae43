//! Commands: each deserialises its arguments, runs one `Desk` method on a blocking thread
//! (SQLite never runs on the main thread) and returns the result or the core's error.
mod cases;
mod checklist;
mod customers;
mod letters;
mod review;
mod safety;
mod settings;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::Duration;

use amends_core::{AmendsError, Desk, ErrorPayload};
use tauri::State;

/// The desk, or why it could not be opened (a database from a newer version, a damaged
/// one): the UI then shows that message (or the recovery screen) instead of a dead
/// window. Replaceable, so a recovery from a backup can put a working desk in place.
pub struct DeskState {
    dir: PathBuf,
    desk: RwLock<Result<Arc<Desk>, ErrorPayload>>,
    /// The start-up `quick_check`'s outcome, once it is known.
    check: (Mutex<Option<Result<(), ErrorPayload>>>, Condvar),
    /// Set when the UI first asks for that outcome, which it does once its first screen is
    /// painted: the check waits for it so as not to compete with drawing that screen.
    asked: (Mutex<bool>, Condvar),
}

impl DeskState {
    /// Opens without the start-up check, which takes seconds on a large file: the first
    /// screen is drawn meanwhile and `run_startup_check` runs once it is painted.
    pub fn open(dir: &Path) -> Self {
        let desk = Self::opened(dir, Desk::open_deferring_check(dir));
        DeskState {
            dir: dir.to_path_buf(),
            desk: RwLock::new(desk),
            check: (Mutex::new(None), Condvar::new()),
            asked: (Mutex::new(false), Condvar::new()),
        }
    }

    /// Records that the UI asked for the start-up check (its first screen is on view).
    pub fn ask_startup_check(&self) {
        let (asked, signal) = &self.asked;
        *asked.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = true;
        signal.notify_all();
    }

    /// Waits until the UI asks for the start-up check, or `limit` at most (a UI that never
    /// asks must not keep the check, and the backups waiting for it, from ever running).
    pub fn wait_startup_check_asked(&self, limit: Duration) {
        let (asked, signal) = &self.asked;
        let guard = asked.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let _ = signal.wait_timeout_while(guard, limit, |asked| !*asked);
    }

    /// Runs the start-up check (on the caller's thread). A damaged file takes the desk's
    /// place with `database_damaged`, closing the connection so recovery can move it aside.
    pub fn run_startup_check(&self) {
        let outcome = match self.current() {
            Ok(desk) => desk.startup_check().map_err(|err| err.payload()),
            // Opening failed already; the UI shows that error.
            Err(_) => Ok(()),
        };
        if let Err(payload) = &outcome {
            eprintln!("Amends: the start-up check found damage: {}", payload.message);
            *self.desk.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Err(payload.clone());
        }
        let (slot, ready) = &self.check;
        *slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(outcome);
        ready.notify_all();
    }

    /// Waits for the start-up check's outcome (call off the main thread).
    pub fn wait_startup_check(&self) -> Result<(), ErrorPayload> {
        let (slot, ready) = &self.check;
        let mut outcome = slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        while outcome.is_none() {
            outcome = ready.wait(outcome).unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        outcome.clone().unwrap_or(Ok(()))
    }

    fn try_open(dir: &Path) -> Result<Arc<Desk>, ErrorPayload> {
        Self::opened(dir, Desk::open(dir))
    }

    /// An opened desk, or the reason it could not be opened, logged and ready for the UI.
    fn opened(dir: &Path, result: Result<Desk, AmendsError>) -> Result<Arc<Desk>, ErrorPayload> {
        result.map(Arc::new).map_err(|err| {
            eprintln!("Amends: cannot open data in {}: {err}", dir.display());
            err.payload()
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The open desk, or the error of opening it. A poisoned lock still holds a valid
    /// value (it is only ever replaced whole), so it is recovered.
    pub fn current(&self) -> Result<Arc<Desk>, ErrorPayload> {
        self.desk.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// Opens the desk again (after a recovery replaced the database) and keeps the result.
    pub fn reopen(&self) -> Result<Arc<Desk>, ErrorPayload> {
        let opened = Self::try_open(&self.dir);
        *self.desk.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = opened.clone();
        // `try_open` runs the full open with its quick_check: that is the check's outcome now.
        let (slot, ready) = &self.check;
        *slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(opened.clone().map(drop));
        ready.notify_all();
        opened
    }
}

pub type Desks<'a> = State<'a, Arc<DeskState>>;

/// Runs `job` with the desk on Tauri's blocking pool.
pub async fn with_desk<T, F>(state: Desks<'_>, job: F) -> Result<T, ErrorPayload>
where
    T: Send + 'static,
    F: FnOnce(&Desk) -> Result<T, AmendsError> + Send + 'static,
{
    let desk = state.current()?;
    blocking(move || job(&desk)).await
}

/// Runs `job` on Tauri's blocking pool (for the few commands that need no open desk:
/// listing and inspecting backups, recovery).
pub async fn blocking<T, F>(job: F) -> Result<T, ErrorPayload>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, AmendsError> + Send + 'static,
{
    tauri::async_runtime::spawn_blocking(move || job().map_err(|err| err.payload())).await.map_err(internal)?
}

/// A blocking job that panicked or was cancelled: no core error code fits, so `internal`.
pub fn internal(err: impl std::fmt::Display) -> ErrorPayload {
    ErrorPayload { code: "internal".into(), message: err.to_string(), fields: vec![], params: serde_json::Value::Null }
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
        checklist::get_checklist,
        checklist::apply_step,
        checklist::get_timeline,
        checklist::add_note,
        checklist::record_call,
        checklist::set_legal_rule,
        checklist::add_compensation,
        checklist::update_compensation,
        checklist::set_compensation_redeemed,
        checklist::remove_compensation,
        checklist::add_corrective,
        checklist::update_corrective,
        checklist::set_corrective_done,
        checklist::remove_corrective,
        checklist::list_corrective,
        checklist::attach_evidence,
        checklist::remove_evidence,
        checklist::open_evidence,
        checklist::get_today,
        checklist::get_today_counts,
        checklist::get_service_targets,
        checklist::save_service_targets,
        letters::get_letter_draft,
        letters::preview_letter,
        letters::generate_letter,
        letters::list_letters,
        letters::get_letter_phrases,
        letters::save_letter_phrases,
        letters::open_letter,
        letters::save_letter_as,
        letters::print_letter,
        review::get_month_review,
        review::export_month_csv,
        review::save_month_report,
        safety::data_folder,
        safety::startup_check,
        safety::list_backups,
        safety::inspect_backup,
        safety::backup_now,
        safety::restore_backup,
        safety::recover_from_backup,
        safety::check_data,
        safety::forget_customer,
        safety::export_customer,
        safety::export_customer_to_file,
    ]
}
