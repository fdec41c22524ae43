//! Amends core: everything the app and the CLI do, without Tauri.
//! The front door is [`Desk`], opened on a data folder.
pub mod backup;
pub mod bindings;
pub mod case;
pub mod checklist;
pub mod clock;
pub mod demo;
pub mod desk;
pub mod desk_checklist;
pub mod desk_letters;
mod desk_safety;
pub mod evidence;
pub mod error;
pub mod letter;
pub mod privacy;
pub mod stats;
pub mod store;
pub mod time;
pub mod timeline;
pub mod transfer;

pub use desk::{AppInfo, Desk};
pub use desk_checklist::{CallInput, CaseChecklist, TodayView, VerifyReport};
pub use store::today::TodayCounts;
pub use desk_safety::RestoreReport;
pub use error::{AmendsError, ErrorPayload, FieldError, Result};
