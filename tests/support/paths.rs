//! Where things are: the workspace, the built app, tauri-driver, the artifacts folder.
use std::env;
use std::path::{Path, PathBuf};

use crate::error::{Context, E2eError, Result};

/// Overrides the app binary (for example a release build for benchmarks).
pub const APP_BIN_ENV: &str = "AMENDS_APP_BIN";
/// Overrides the tauri-driver binary.
pub const DRIVER_BIN_ENV: &str = "TAURI_DRIVER";

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn workspace_root() -> &'static Path {
    crate_dir().parent().unwrap_or(crate_dir())
}

/// Cargo's target folder, honouring `CARGO_TARGET_DIR` as cargo itself does.
fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => workspace_root().join(dir),
        None => workspace_root().join("target"),
    }
}

/// The app binary under test: `AMENDS_APP_BIN`, else `<target>/debug/amends`.
pub fn app_binary() -> Result<PathBuf> {
    let (bin, origin) = match env::var_os(APP_BIN_ENV).filter(|b| !b.is_empty()) {
        Some(bin) => (workspace_root().join(bin), APP_BIN_ENV),
        None => (target_dir().join("debug").join("amends"), "the default path"),
    };
    if !bin.is_file() {
        return Err(E2eError::new(format!(
            "the app binary {} ({origin}) does not exist. Build it first with `.ci/build-app` \
             (UI build, then `cargo build -p amends --features custom-protocol`), or point \
             {APP_BIN_ENV} at a built binary.",
            bin.display()
        )));
    }
    Ok(bin)
}

/// `tests/artifacts/` (gitignored): screenshots and driver logs.
pub fn artifacts_dir() -> Result<PathBuf> {
    let dir = crate_dir().join("artifacts");
    std::fs::create_dir_all(&dir).context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

/// A program on `PATH`, or in cargo's bin folder (`cargo install` puts tauri-driver there,
/// and that folder is not always on `PATH`).
pub fn find_program(name: &str) -> Option<PathBuf> {
    let cargo_bin = env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin"));
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .chain(cargo_bin)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

pub fn tauri_driver() -> Result<PathBuf> {
    if let Some(bin) = env::var_os(DRIVER_BIN_ENV).filter(|b| !b.is_empty()) {
        return Ok(PathBuf::from(bin));
    }
    find_program("tauri-driver").ok_or_else(|| {
        E2eError::new(
            "tauri-driver is not on PATH nor in ~/.cargo/bin: run `.ci/install-deps` \
             (it runs `cargo install tauri-driver --locked`)",
        )
    })
}

/// WebKitGTK's WebDriver, which tauri-driver starts; checked up front for a clear message.
pub fn require_webkit_driver() -> Result<()> {
    match find_program("WebKitWebDriver") {
        Some(_) => Ok(()),
        None => Err(E2eError::new(
            "WebKitWebDriver is not on PATH: install Debian's webkit2gtk-driver \
             (`.ci/install-deps` does)",
        )),
    }
}
