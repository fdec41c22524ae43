//! Harness for end-to-end tests of the built Amends app.
//!
//! A test makes a [`TestEnv`] (display, temp data and XDG folders, app binary), launches the
//! app through tauri-driver and WebKitWebDriver into an [`App`] (a WebDriver session), and
//! drives it with the helpers in `ui` (generic) and `amends` (the app's own screens).
//! Everything started is killed on drop, also when a test panics; a failing test leaves a
//! screenshot in `tests/artifacts/`.
mod display;
mod driver;
mod env;
mod error;
mod paths;
mod procs;
mod session;
mod session_bus;
mod ui;

pub mod amends;
pub mod checklist;

pub use driver::Driver;
pub use env::TestEnv;
pub use error::{E2eError, Result};
pub use paths::{app_binary, artifacts_dir};
pub use session::App;
pub use ui::{by_name, testid};
