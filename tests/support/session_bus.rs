//! A private D-Bus session bus, like the one every desktop session runs.
//!
//! Xvfb alone has none, and without one GLib tries to start one at each app start: it forks
//! the app to run `dbus-launch` five times (GTK's application, WebKit, the single-instance
//! plugin), each failing where `dbus-launch` is not installed. That cost no owner pays: on the
//! 2-core VM, launches under a session bus reached the page's navigation ~20 ms sooner and
//! the first screen ~30 ms sooner (median, 2 × 10 interleaved launches). The cold-start
//! benchmark runs the app with one, so that it times what an owner's desktop would.
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use crate::error::{Context, E2eError, Result};

/// A `dbus-daemon --session` of our own, stopped on drop.
pub struct SessionBus {
    daemon: Child,
    address: String,
}

impl SessionBus {
    /// Starts the daemon and reads the address it listens on (package dbus-daemon).
    pub fn start() -> Result<Self> {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context(|| "starting dbus-daemon (package dbus-daemon, .ci/install-deps installs it)".into())?;
        let mut address = String::new();
        let read = match daemon.stdout.take() {
            Some(out) => BufReader::new(out).read_line(&mut address).map_err(|e| e.to_string()),
            None => Err("its stdout was not piped".to_string()),
        };
        let address = address.trim().to_string();
        if read.is_err() || address.is_empty() {
            let _ = daemon.kill();
            let _ = daemon.wait();
            return Err(E2eError::new(format!("dbus-daemon printed no address ({read:?})")));
        }
        Ok(Self { daemon, address })
    }

    /// The value for `DBUS_SESSION_BUS_ADDRESS`.
    pub fn address(&self) -> &str {
        &self.address
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
