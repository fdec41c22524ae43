//! The direct launch: the app started as a double-click starts it, with no WebDriver
//! session attached, timed from its spawn to the line it prints (with
//! `AMENDS_TRACE_STARTUP=1`) when the UI reports its first screen painted. Neither
//! tauri-driver nor WebKitWebDriver runs beside the app while it starts, as they must in the
//! WebDriver mode, on the same two cores.
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use amends_e2e::{E2eError, Result, TestEnv};

/// The line's start; src-tauri/src/startup_trace.rs prints it.
const PAINTED_LINE: &str = "amends: first screen painted";

/// Kills the app (and so its WebKit processes, which exit with it) when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One launch: from spawn to the painted line, and the app's own figure (ms from its `run`).
pub fn one_run(env: &TestEnv, limit: Duration) -> Result<(Duration, String)> {
    let start = Instant::now();
    let child = Command::new(env.app_bin())
        .envs(env.envs())
        .env("AMENDS_TRACE_STARTUP", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| E2eError::new(format!("starting {}: {e}", env.app_bin().display())))?;
    let mut app = Running(child);
    let stderr = app.0.stderr.take().ok_or_else(|| E2eError::new("the app's stderr was not piped"))?;
    let (tx, rx) = mpsc::channel();
    // Reads until the pipe closes (the app is killed), so the app never blocks on stderr.
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(std::result::Result::ok) {
            if line.starts_with(PAINTED_LINE) {
                let _ = tx.send((start.elapsed(), line));
            }
        }
    });
    let (elapsed, line) = rx.recv_timeout(limit).map_err(|_| {
        E2eError::new(format!(
            "no `{PAINTED_LINE}` within {limit:?}: is the app built from this tree (older builds do not \
             print it)?"
        ))
    })?;
    drop(app);
    // The WebKit processes end once their parent is gone; let them, before the next launch.
    std::thread::sleep(Duration::from_millis(300));
    Ok((elapsed, line.trim_start_matches(PAINTED_LINE).trim().to_string()))
}
