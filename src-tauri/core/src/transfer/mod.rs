//! Moving the register in and out: one documented JSON format whose round trip loses
//! nothing (tombstones and times included), and CSV for spreadsheets.
pub mod csv_export;
pub mod format;
pub mod json_export;
pub mod json_import;

pub use format::{Export, ImportSummary, FORMAT_NAME, FORMAT_VERSION};
