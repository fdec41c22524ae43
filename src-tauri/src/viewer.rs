//! Opens a file in the desktop's default program for it (a letter's PDF, an evidence file).
//!
//! On Linux the app runs `xdg-open` itself, without the variables it set for WebKit
//! (`own_env.rs`), so the viewer starts as the desktop would start it. Elsewhere, and where
//! `xdg-open` is missing, the opener plugin does it.
use std::path::Path;

use tauri::AppHandle;
use tauri_plugin_opener::OpenerExt;

/// Opens `path` and returns once the opening program has been started.
pub fn open(app: &AppHandle, path: &Path) -> Result<(), tauri_plugin_opener::Error> {
    #[cfg(target_os = "linux")]
    {
        let mut command = std::process::Command::new("xdg-open");
        command.arg(path).stdin(std::process::Stdio::null());
        crate::own_env::scrub(&mut command);
        if let Ok(mut child) = command.spawn() {
            // xdg-open hands the file on and exits; reap it without making the caller wait.
            std::thread::spawn(move || child.wait());
            return Ok(());
        }
    }
    app.opener().open_path(path.to_string_lossy(), None::<&str>)
}
