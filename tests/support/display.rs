//! An X display for the app: the one in `DISPLAY` if there is one, else a private Xvfb.
//! Without a display the app panics at start and the WebDriver session would hang.
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::error::{Context, E2eError, Result};
use crate::procs::kill_tree;

pub struct Display {
    name: String,
    /// Set when we started Xvfb ourselves; killed on drop.
    xvfb: Option<Child>,
    /// Our Xvfb's screen, kept in a file (`-fbdir`) that the cold-start benchmark reads to
    /// see when pixels arrive; deleted on drop.
    framebuffer_dir: Option<tempfile::TempDir>,
}

impl Display {
    pub fn ensure() -> Result<Self> {
        match std::env::var("DISPLAY").ok().filter(|d| !d.is_empty()) {
            Some(name) => Self::existing(name),
            None => Self::start_xvfb(),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether this display is our own Xvfb (so a screenshot of its root is only the app).
    pub fn is_private(&self) -> bool {
        self.xvfb.is_some()
    }

    /// Our own Xvfb's screen as an XWD file, which Xvfb updates as it draws.
    pub fn framebuffer(&self) -> Option<PathBuf> {
        self.framebuffer_dir.as_ref().map(|dir| dir.path().join("Xvfb_screen0"))
    }

    fn existing(name: String) -> Result<Self> {
        // A local ":N" display must have its socket; a remote one we cannot check cheaply.
        if let Some(number) = local_display_number(&name) {
            if !socket_path(number).exists() {
                return Err(E2eError::new(format!(
                    "DISPLAY={name} is set but no X server listens there ({} is missing); \
                     unset DISPLAY to let the harness start its own Xvfb",
                    socket_path(number).display()
                )));
            }
        }
        Ok(Self { name, xvfb: None, framebuffer_dir: None })
    }

    fn start_xvfb() -> Result<Self> {
        let xvfb = crate::paths::find_program("Xvfb").ok_or_else(|| {
            E2eError::new("no DISPLAY and no Xvfb on PATH: install xvfb (`.ci/install-deps` does)")
        })?;
        // In memory where there is a /dev/shm: Xvfb draws into this file as into its own memory.
        let shm = Path::new("/dev/shm");
        let framebuffer_dir = if shm.is_dir() { tempfile::tempdir_in(shm) } else { tempfile::tempdir() }
            .context(|| "creating a folder for Xvfb's screen".into())?;
        // High numbers keep clear of real sessions; a taken number makes Xvfb exit at once,
        // and we move on to the next one (parallel test binaries race for the same numbers).
        for number in 90..140u32 {
            if socket_path(number).exists() || Path::new(&format!("/tmp/.X{number}-lock")).exists() {
                continue;
            }
            let mut child = Command::new(&xvfb)
                .arg(format!(":{number}"))
                .args(["-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset", "-fbdir"])
                .arg(framebuffer_dir.path())
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .context(|| format!("starting {}", xvfb.display()))?;
            if wait_for_socket(&mut child, number) {
                return Ok(Self { name: format!(":{number}"), xvfb: Some(child), framebuffer_dir: Some(framebuffer_dir) });
            }
            kill_tree(&mut child, Duration::from_secs(1));
        }
        Err(E2eError::new("could not start Xvfb on any display from :90 to :139"))
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(child) = self.xvfb.as_mut() {
            kill_tree(child, Duration::from_secs(2));
        }
    }
}

fn local_display_number(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(':').or_else(|| name.strip_prefix("unix:"))?;
    rest.split('.').next()?.parse().ok()
}

fn socket_path(number: u32) -> PathBuf {
    PathBuf::from(format!("/tmp/.X11-unix/X{number}"))
}

/// True once Xvfb listens; false if it exited (display taken) or took over 10 s.
fn wait_for_socket(child: &mut Child, number: u32) -> bool {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if matches!(child.try_wait(), Ok(Some(_))) {
            return false;
        }
        if socket_path(number).exists() {
            return true;
        }
        sleep(Duration::from_millis(20));
    }
    false
}
