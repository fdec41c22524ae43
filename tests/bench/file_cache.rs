//! `--empty-file-cache`: the system's file cache emptied before each launch, to time a start
//! as the first one after a reboot, when WebKit's libraries (~500 MB with Mesa and LLVM) come
//! from the disk. Launches one after another otherwise find them cached from the launch
//! before. Needs root (the bench then runs as root, the app included, which a real owner's
//! start does not); the X server and the drivers keep running, as on a desktop. It empties
//! the whole machine's cache, not only the app's.
use std::process::Command;

use amends_e2e::{E2eError, Result};

const DROP_CACHES: &str = "/proc/sys/vm/drop_caches";

/// Fails unless this process may empty the file cache: checked before the harness starts
/// Xvfb and a session bus, rather than at the first launch.
pub fn check_allowed() -> Result<()> {
    std::fs::OpenOptions::new().write(true).open(DROP_CACHES).map(drop).map_err(|e| {
        E2eError::new(format!("--empty-file-cache needs to write {DROP_CACHES} (root): {e}"))
    })
}

/// Writes out dirty pages (they would stay cached), then drops the clean ones.
pub fn empty() -> Result<()> {
    let synced = Command::new("sync").status().map_err(|e| E2eError::new(format!("running sync: {e}")))?;
    if !synced.success() {
        return Err(E2eError::new(format!("sync failed: {synced}")));
    }
    std::fs::write(DROP_CACHES, "3\n")
        .map_err(|e| E2eError::new(format!("emptying the file cache ({DROP_CACHES}, needs root): {e}")))
}
