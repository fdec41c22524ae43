//! Where the owner's data lives: the OS's per-user app data folder, or `AMENDS_DATA_DIR`
//! (tests, portable installs).
use std::path::PathBuf;

use tauri::{AppHandle, Manager, Runtime};

pub const ENV_OVERRIDE: &str = "AMENDS_DATA_DIR";

pub fn resolve<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, Box<dyn std::error::Error>> {
    if let Some(dir) = std::env::var_os(ENV_OVERRIDE).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    Ok(app.path().app_data_dir()?)
}
