//! `--empty-file-cache`: the system's file cache emptied before each launch, to time a start
//! as the first one after a reboot, when WebKit's libraries (~500 MB with Mesa and LLVM) come
//! from the disk. Launches one after another otherwise find them cached from the launch
//! before. Needs root; the X server and the drivers keep running, as on a desktop.
use std::process::Command;

use amends_e2e::{E2eError, Result};

/// Writes out dirty pages (they would stay cached), then drops the clean ones.
pub fn empty() -> Result<()> {
    let synced = Command::new("sync").status().map_err(|e| E2eError::new(format!("running sync: {e}")))?;
    if !synced.success() {
        return Err(E2eError::new(format!("sync failed: {synced}")));
    }
    std::fs::write("/proc/sys/vm/drop_caches", "3\n").map_err(|e| {
        E2eError::new(format!("emptying the file cache (/proc/sys/vm/drop_caches, needs root): {e}"))
    })
}
