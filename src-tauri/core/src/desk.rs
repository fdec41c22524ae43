//! `Desk`: the core's front door. The app and the CLI each hold one, opened on a data
//! folder; every user action is one method. Methods validate their input here (whatever
//! the UI already checked) and leave SQL to `store`.
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use serde_json::json;

use crate::case::shop::suggested_profile;
use crate::checklist::WarningCode;
use crate::timeline::EventKind;
use crate::case::validate;
use crate::case::*;
use crate::error::{AmendsError, Result};
use crate::store;
use crate::time::{Clock, SystemClock};

/// File name of the database inside the data folder.
pub const DATABASE_FILE: &str = "amends.db";

/// What the UI needs to know about the running app before anything else.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    #[ts(type = "number")]
    pub schema_version: i64,
    /// None until the first-start setup is done.
    pub shop: Option<ShopProfile>,
    /// First-start values from the OS locale and time zone.
    pub suggested_profile: ShopProfileInput,
}

pub struct Desk {
    pub(crate) data_dir: PathBuf,
    pub(crate) conn: Mutex<Connection>,
    pub(crate) clock: Box<dyn Clock>,
}

impl Desk {
    /// Opens (creating if needed) the data folder and its database, migrating it to this
    /// version's schema; refuses a database written by a newer version.
    pub fn open(data_dir: &Path) -> Result<Desk> {
        Self::open_with_clock(data_dir, Box::new(SystemClock))
    }

    pub fn open_with_clock(data_dir: &Path, clock: Box<dyn Clock>) -> Result<Desk> {
        Self::open_checked(data_dir, clock, true)
    }

    /// Opens without `quick_check`, for the app's start: the caller runs
    /// [`Desk::startup_check`] beside the first screen instead of before it.
    pub fn open_deferring_check(data_dir: &Path) -> Result<Desk> {
        Self::open_checked(data_dir, Box::new(SystemClock), false)
    }

    fn open_checked(data_dir: &Path, clock: Box<dyn Clock>, check: bool) -> Result<Desk> {
        std::fs::create_dir_all(data_dir)?;
        let conn = match store::open(&data_dir.join(DATABASE_FILE), check) {
            Ok(conn) => conn,
            // The recovery screen needs the backups it can offer; nothing was written.
            Err(err) if store::is_damage(&err) => {
                let detail = match err {
                    AmendsError::DatabaseDamaged { detail, .. } => detail,
                    other => other.to_string(),
                };
                return Err(crate::backup::damaged(data_dir, detail));
            }
            Err(err) => return Err(err),
        };
        Ok(Desk { data_dir: data_dir.to_path_buf(), conn: Mutex::new(conn), clock })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    /// The connection, recovered even if a panic poisoned the lock: SQLite's own
    /// transactions keep the data consistent, the mutex only serialises access.
    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn app_info(&self, os_locale: Option<&str>, os_time_zone: Option<&str>) -> Result<AppInfo> {
        let conn = self.conn();
        Ok(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            data_dir: self.data_dir.display().to_string(),
            schema_version: store::migrations::current_version(&conn)?,
            shop: store::shop::get(&conn)?,
            suggested_profile: suggested_profile(os_locale, os_time_zone),
        })
    }

    // ---- shop profile -------------------------------------------------------------

    pub fn shop_profile(&self) -> Result<Option<ShopProfile>> {
        store::shop::get(&self.conn())
    }

    pub fn save_shop_profile(&self, input: ShopProfileInput) -> Result<ShopProfile> {
        let input = store::shop::normalise(input);
        validate::validate_shop(&input)?;
        store::shop::save(&mut self.conn(), &input, self.clock.now())
    }

    /// Sets the letterhead logo (PNG or JPEG). Checked now, not when printing.
    pub fn set_shop_logo(&self, bytes: Vec<u8>) -> Result<ShopProfile> {
        let mime = store::shop::check_logo(&bytes)?;
        store::shop::set_logo(&self.conn(), Some((&bytes, mime)), self.clock.now())
    }

    pub fn clear_shop_logo(&self) -> Result<ShopProfile> {
        store::shop::set_logo(&self.conn(), None, self.clock.now())
    }

    /// The logo as a `data:` URL for the settings preview, if one is set.
    pub fn shop_logo(&self) -> Result<Option<String>> {
        store::shop::logo_data_url(&self.conn())
    }

    // ---- staff --------------------------------------------------------------------

    pub fn list_staff(&self, include_inactive: bool) -> Result<Vec<Staff>> {
        store::staff::list(&self.conn(), include_inactive)
    }

    pub fn create_staff(&self, input: StaffInput) -> Result<Staff> {
        validate::validate_staff(&input)?;
        store::staff::create(&self.conn(), &input, self.clock.now())
    }

    pub fn update_staff(&self, id: &str, input: StaffInput) -> Result<Staff> {
        validate::validate_staff(&input)?;
        store::staff::update(&self.conn(), id, &input, self.clock.now())
    }

    pub fn set_staff_active(&self, id: &str, active: bool) -> Result<Staff> {
        store::staff::set_active(&self.conn(), id, active, self.clock.now())
    }

    // ---- categories ---------------------------------------------------------------

    pub fn list_categories(&self, include_archived: bool) -> Result<Vec<Category>> {
        store::categories::list(&self.conn(), include_archived)
    }

    pub fn create_category(&self, input: CategoryInput) -> Result<Category> {
        validate::validate_category(&input)?;
        store::categories::create(&self.conn(), &input, self.clock.now())
    }

    pub fn rename_category(&self, id: &str, input: CategoryInput) -> Result<Category> {
        validate::validate_category(&input)?;
        store::categories::rename(&self.conn(), id, &input, self.clock.now())
    }

    pub fn set_category_archived(&self, id: &str, archived: bool) -> Result<Category> {
        store::categories::set_archived(&self.conn(), id, archived, self.clock.now())
    }

    // ---- customers ----------------------------------------------------------------

    /// Customers whose name, phone or e-mail starts with the words typed; with no words,
    /// the most recently active ones.
    pub fn search_customers(&self, query: &str, limit: u32) -> Result<Vec<CustomerSummary>> {
        store::customers::search(&self.conn(), query, limit.clamp(1, 100), self.clock.now())
    }

    pub fn create_customer(&self, input: CustomerInput) -> Result<Customer> {
        let input = store::customers::normalise(input);
        validate::validate_customer_input(&input)?;
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let customer = store::customers::create(&tx, &input, self.clock.now())?;
        tx.commit()?;
        Ok(customer)
    }

    pub fn update_customer(&self, id: &str, input: CustomerInput) -> Result<Customer> {
        let input = store::customers::normalise(input);
        validate::validate_customer_input(&input)?;
        store::customers::update(&mut self.conn(), id, &input, self.clock.now())
    }

    pub fn customer_page(&self, id: &str) -> Result<CustomerPage> {
        store::customers::page(&self.conn(), id, self.clock.now())
    }

    // ---- cases --------------------------------------------------------------------

    pub fn create_case(&self, input: CaseInput) -> Result<CaseView> {
        let input = store::cases::normalise(input);
        let mut conn = self.conn();
        let (shop, parsed, now) = self.check_case(&conn, &input, false)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let id = store::cases::create(&tx, &input, &parsed, &shop, now)?;
        store::case_state::refresh(&tx, &id, &store::case_state::ShopContext::load(&tx, now)?)?;
        let view = store::cases::get(&tx, &id, now)?;
        let actor = crate::desk_checklist::actor(&tx, None)?;
        let mut events = vec![(EventKind::CaseCreated, json!({ "case": intake_snapshot(&view)? }))];
        if handler_conflict(&input) {
            events.push((EventKind::WarningOverridden, json!({ "warning": WarningCode::HandlerIsStaffInvolved.code() })));
        }
        for (kind, payload) in events {
            store::events::append(&tx, &id, now, &actor, kind, None, &payload)?;
        }
        tx.commit()?;
        Ok(view)
    }

    pub fn update_case(&self, id: &str, input: CaseInput) -> Result<CaseView> {
        let input = store::cases::normalise(input);
        let mut conn = self.conn();
        let old = store::cases::get(&conn, id, self.clock.now())?;
        let had_conflict = old.handler.is_some()
            && old.handler.as_ref().map(|h| &h.id) == old.staff_involved.as_ref().map(|s| &s.id);
        let (_, parsed, now) = self.check_case(&conn, &input, had_conflict)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        store::cases::update(&tx, id, &input, &parsed, now)?;
        if old.demand != input.demand {
            // The legal rule follows the demand: the new demand's default applies.
            tx.execute("UPDATE cases SET legal_rule = NULL WHERE id = ?1", [id])?;
        }
        store::case_state::refresh(&tx, id, &store::case_state::ShopContext::load(&tx, now)?)?;
        let view = store::cases::get(&tx, id, now)?;
        let changes = diff(&intake_snapshot(&old)?, &intake_snapshot(&view)?);
        let actor = crate::desk_checklist::actor(&tx, None)?;
        if !changes.is_empty() {
            store::events::append(&tx, id, now, &actor, EventKind::CaseEdited, None, &json!({ "changes": changes }))?;
        }
        if handler_conflict(&input) && !had_conflict {
            let payload = json!({ "warning": WarningCode::HandlerIsStaffInvolved.code() });
            store::events::append(&tx, id, now, &actor, EventKind::WarningOverridden, None, &payload)?;
        }
        tx.commit()?;
        Ok(view)
    }

    /// The shop (a case needs one set up), the checked intake, and the "now" it was checked
    /// against; "today" is the shop's local date. A handler who is also the staff member
    /// involved needs the owner's explicit override, unless the case already had it.
    fn check_case(
        &self,
        conn: &Connection,
        input: &CaseInput,
        conflict_accepted_before: bool,
    ) -> Result<(ShopProfile, validate::ParsedCase, chrono::DateTime<chrono::Utc>)> {
        let shop = store::shop::get(conn)?.ok_or(AmendsError::ShopNotSetUp)?;
        let tz = crate::time::parse_tz(&shop.fields.time_zone);
        let now = self.clock.now();
        let parsed = validate::validate_case(input, now, crate::time::local_date(now, tz));
        let conflict = handler_conflict(input) && !input.accept_warnings && !conflict_accepted_before;
        match parsed {
            Err(AmendsError::Invalid(mut fields)) if conflict => {
                fields.push(crate::error::FieldError::new("handler_id", "same_as_staff_involved"));
                Err(AmendsError::Invalid(fields))
            }
            Err(other) => Err(other),
            Ok(_) if conflict => Err(AmendsError::invalid("handler_id", "same_as_staff_involved")),
            Ok(parsed) => Ok((shop, parsed, now)),
        }
    }

    pub fn get_case(&self, id: &str) -> Result<CaseView> {
        store::cases::get(&self.conn(), id, self.clock.now())
    }

    /// Finds a case by its readable number ("2026-0042").
    pub fn get_case_by_number(&self, number: &str) -> Result<CaseView> {
        let conn = self.conn();
        let id = store::cases::id_by_number(&conn, number)?;
        store::cases::get(&conn, &id, self.clock.now())
    }

    pub fn list_cases(&self, query: &CaseQuery) -> Result<CasePage> {
        store::cases::list(&self.conn(), query, self.clock.now())
    }

    /// Deletes a case, leaving a tombstone so a shared history can learn of it.
    pub fn delete_case(&self, id: &str) -> Result<()> {
        store::cases::delete(&mut self.conn(), id, self.clock.now())
    }
}

// ---- import and export ------------------------------------------------------------

impl Desk {
    /// The whole register in the exchange format (tombstones included).
    pub fn export_json(&self) -> Result<crate::transfer::Export> {
        let exported_at = crate::time::rfc3339_utc(crate::time::to_ms(self.clock.now()));
        crate::transfer::json_export::export(&self.conn(), exported_at)
    }

    /// Imports a file of the exchange format: all or nothing.
    pub fn import_json(&self, text: &str) -> Result<crate::transfer::ImportSummary> {
        let file = crate::transfer::json_import::parse(text)?;
        crate::transfer::json_import::import(&mut self.conn(), &file, self.clock.now())
    }

    /// Writes `cases.csv` and `customers.csv` into `dir`; returns the two row counts.
    pub fn export_csv(&self, dir: &Path) -> Result<(usize, usize)> {
        std::fs::create_dir_all(dir)?;
        let conn = self.conn();
        let cases = crate::transfer::csv_export::write_cases(
            &conn,
            std::io::BufWriter::new(std::fs::File::create(dir.join("cases.csv"))?),
        )?;
        let customers = crate::transfer::csv_export::write_customers(
            &conn,
            std::io::BufWriter::new(std::fs::File::create(dir.join("customers.csv"))?),
        )?;
        Ok((cases, customers))
    }
}

impl Desk {
    /// Adds synthetic demo data (see `demo`); sets up a demo shop if none is set up.
    pub fn demo(&self, cases: usize, seed: u64) -> Result<crate::demo::DemoSummary> {
        let options = crate::demo::DemoOptions { cases, seed, now: self.clock.now() };
        crate::demo::generate(&mut self.conn(), &options)
    }
}

/// The handler is the staff member the complaint is about.
fn handler_conflict(input: &CaseInput) -> bool {
    input.handler_id.is_some() && input.handler_id == input.staff_involved_id
}

/// The intake fields of a case as the timeline records them (no derived or bookkeeping
/// values: those change without anyone editing the case).
fn intake_snapshot(view: &CaseView) -> Result<serde_json::Value> {
    let mut value = serde_json::to_value(view)?;
    if let Some(map) = value.as_object_mut() {
        for key in ["status", "due_at", "overdue", "created_at", "updated_at"] {
            map.remove(key);
        }
        map.insert("customer".into(), json!({ "id": view.customer.id, "name": view.customer.display_name }));
    }
    Ok(value)
}

/// Fields whose value changed: `{ field: { old, new } }`.
fn diff(old: &serde_json::Value, new: &serde_json::Value) -> serde_json::Map<String, serde_json::Value> {
    let mut out = serde_json::Map::new();
    if let (Some(old), Some(new)) = (old.as_object(), new.as_object()) {
        for (key, new_value) in new {
            let old_value = old.get(key).cloned().unwrap_or(serde_json::Value::Null);
            if &old_value != new_value {
                out.insert(key.clone(), json!({ "old": old_value, "new": new_value }));
            }
        }
    }
    out
}
