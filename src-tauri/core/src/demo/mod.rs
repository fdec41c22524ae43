//! Realistic synthetic data for demos, screenshots and benchmarks: Russian and English
//! customers over the last 24 months, every category, channel and status, some repeat
//! complainants, overdue cases and compensation on settled ones. The same seed and the
//! same `now` give the same database content (ids included).
mod generate;
mod phrases;
mod progress;
mod write;

pub use generate::{generate, DemoOptions, DemoSummary};
