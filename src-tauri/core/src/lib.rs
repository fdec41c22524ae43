//! Amends core: everything the app and the CLI do, without Tauri.
//! The front door is [`Desk`], opened on a data folder.
pub mod backup;
pub mod bindings;
pub mod case;
pub mod demo;
pub mod desk;
mod desk_safety;
pub mod error;
pub mod letter;
pub mod privacy;
pub mod store;
pub mod time;
pub mod transfer;

pub use desk::{AppInfo, Desk};
pub use desk_safety::RestoreReport;
pub use error::{AmendsError, ErrorPayload, FieldError, Result};
