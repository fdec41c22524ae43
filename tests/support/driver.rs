//! One tauri-driver process on its own pair of free ports. It starts WebKitWebDriver, which
//! starts the app when a session is created; the app inherits this process's environment
//! (`tauri:options` carries only the binary and its arguments), so the data folder, XDG
//! folders and display are set here.
use std::ffi::OsString;
use std::fs::File;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use crate::error::{Context, E2eError, Result};
use crate::paths;
use crate::procs::kill_tree;

pub struct Driver {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl Driver {
    /// Starts tauri-driver with `envs` added to this process's environment, its output
    /// (and the app's) going to `log`, and waits until both of its ports accept connections.
    pub fn start(envs: &[(&str, OsString)], log: &Path) -> Result<Self> {
        let bin = paths::tauri_driver()?;
        paths::require_webkit_driver()?;
        let (port, native_port) = two_free_ports()?;
        let out = File::create(log).context(|| format!("creating {}", log.display()))?;
        let err = out.try_clone().context(|| format!("sharing {}", log.display()))?;
        let child = Command::new(&bin)
            .args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
            .envs(envs.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            // Its own process group, so teardown reaches the app even if it gets re-parented.
            .process_group(0)
            .spawn()
            .context(|| format!("starting {}", bin.display()))?;
        let mut driver = Self { child, port, log: log.to_path_buf() };
        driver.wait_listening(&[port, native_port], Duration::from_secs(15))?;
        Ok(driver)
    }

    /// How long ago the app process `name` (started by WebKitWebDriver below this driver)
    /// began, if it is running.
    pub fn app_age(&self, name: &str) -> Option<Duration> {
        crate::procs::descendant_named(self.child.id(), name).and_then(crate::procs::age)
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn log_path(&self) -> &Path {
        &self.log
    }

    /// The last lines of the driver's and the app's output, for error messages.
    pub fn log_tail(&self, lines: usize) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let all: Vec<&str> = text.lines().collect();
        all[all.len().saturating_sub(lines)..].join("\n")
    }

    fn wait_listening(&mut self, ports: &[u16], limit: Duration) -> Result<()> {
        let deadline = Instant::now() + limit;
        for &port in ports {
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
                if let Ok(Some(status)) = self.child.try_wait() {
                    return Err(E2eError::new(format!(
                        "tauri-driver exited ({status}) before listening on port {port}:\n{}",
                        self.log_tail(20)
                    )));
                }
                if Instant::now() >= deadline {
                    return Err(E2eError::new(format!(
                        "tauri-driver did not listen on port {port} within {limit:?}:\n{}",
                        self.log_tail(20)
                    )));
                }
                sleep(Duration::from_millis(25));
            }
        }
        Ok(())
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        kill_tree(&mut self.child, Duration::from_secs(3));
    }
}

/// Two ports the OS says are free now. Both listeners are held until both are chosen so
/// the OS cannot hand out the same port twice.
fn two_free_ports() -> Result<(u16, u16)> {
    let bind = || TcpListener::bind("127.0.0.1:0").context(|| "finding a free port".to_string());
    let (a, b) = (bind()?, bind()?);
    let port = |l: &TcpListener| l.local_addr().map(|a| a.port()).context(|| "reading a port".into());
    Ok((port(&a)?, port(&b)?))
}
