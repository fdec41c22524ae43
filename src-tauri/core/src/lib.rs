//! Amends core: everything the app and the CLI do, without Tauri.
//! The front door is [`Desk`], opened on a data folder.
pub mod bindings;
pub mod case;
pub mod demo;
pub mod desk;
pub mod error;
pub mod store;
pub mod time;
pub mod transfer;

pub use desk::{AppInfo, Desk};
pub use error::{AmendsError, ErrorPayload, FieldError, Result};
