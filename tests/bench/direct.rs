//! The direct launch: the app started as a double-click starts it, with no WebDriver
//! session attached, timed from its spawn to the line it prints (with
//! `AMENDS_TRACE_STARTUP=1`) when the UI reports its first screen (it asks for the start-up
//! check once that screen is on view, a frame after its paint), and, where the screen can be
//! read, to the first screen's pixels (pixels.rs). Neither tauri-driver nor WebKitWebDriver
//! runs beside the app while it starts, as they must in the WebDriver mode, on the same two
//! cores.
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use amends_e2e::{E2eError, Result, TestEnv};

use crate::pixels::{Screen, Watch};

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

/// One direct launch's figures, from the spawn.
pub struct Launch {
    /// Until the app printed its painted line.
    pub line: Duration,
    /// The app's own figure on that line (ms from its `run`).
    pub own: String,
    /// Until the first screen's pixels were on the X server's screen, where it can be read.
    pub pixels: Option<Duration>,
}

/// How long the screen is watched after the painted line, for the app to settle (the frames
/// right after the first screen) so that the first screen's frame can be told.
const SETTLE: Duration = Duration::from_millis(700);
/// How often the screen is read: often enough to place a frame within a few ms, seldom
/// enough not to take a noticeable share of the two cores from the app.
const LOOK_EVERY: Duration = Duration::from_millis(2);

/// One launch: from spawn to the painted line and, if `screen` is given, to the first
/// screen's pixels.
pub fn one_run(env: &TestEnv, screen: Option<&Screen>, limit: Duration) -> Result<Launch> {
    let start = Instant::now();
    let mut watch = screen.map(|screen| Watch::new(screen, start)).transpose()?;
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
    let mut painted = None;
    loop {
        if let (Some(watch), Some(screen)) = (watch.as_mut(), screen) {
            watch.look(screen)?;
        }
        match painted {
            None => match rx.recv_timeout(LOOK_EVERY) {
                Ok(got) => painted = Some(got),
                Err(mpsc::RecvTimeoutError::Timeout) if start.elapsed() < limit => {}
                Err(_) => {
                    return Err(E2eError::new(format!(
                        "no `{PAINTED_LINE}` within {limit:?}: is the app built from this tree (older builds \
                         do not print it)?"
                    )))
                }
            },
            Some((line, _)) if watch.is_some() && start.elapsed() < line + SETTLE => std::thread::sleep(LOOK_EVERY),
            Some(_) => break,
        }
    }
    drop(app);
    // The WebKit processes end once their parent is gone; let them, before the next launch.
    std::thread::sleep(Duration::from_millis(300));
    let (line, text) = painted.ok_or_else(|| E2eError::new("no painted line"))?;
    Ok(Launch {
        line,
        own: text.trim_start_matches(PAINTED_LINE).trim().to_string(),
        pixels: watch.and_then(|watch| watch.first_screen()),
    })
}
