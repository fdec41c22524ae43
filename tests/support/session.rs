//! A running app under a WebDriver session. Dropping it kills the driver, WebKitWebDriver,
//! the app and WebKit's helpers; when the test is panicking it first saves a screenshot.
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use tokio::time::timeout;

use crate::driver::Driver;
use crate::error::{E2eError, Result};
use crate::paths;

/// Seconds to wait for the app to start and the session to open (`AMENDS_E2E_SESSION_SECS`).
const SESSION_SECS: u64 = 60;
/// Seconds any one wait in a test may take (`AMENDS_E2E_WAIT_SECS`); generous because a
/// debug build on a loaded 2-core machine can be slow, and a passing test never waits it out.
const WAIT_SECS: u64 = 20;

fn secs_from_env(var: &str, default: u64) -> Duration {
    let secs = std::env::var(var).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    Duration::from_secs(secs)
}

pub struct App {
    name: String,
    client: Option<Client>,
    driver: Option<Driver>,
    app_bin: PathBuf,
    display: String,
    display_private: bool,
    pub(crate) wait_limit: Duration,
}

impl App {
    pub(crate) async fn open(
        name: String,
        driver: Driver,
        app_bin: &Path,
        display: &str,
        display_private: bool,
    ) -> Result<Self> {
        let mut caps = Capabilities::new();
        caps.insert("browserName".into(), json!("wry"));
        caps.insert("tauri:options".into(), json!({ "application": app_bin }));
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps);
        // The request never returns if the app cannot start (it panics without a display,
        // for one), so it gets a deadline; the driver's log then usually says why.
        let limit = secs_from_env("AMENDS_E2E_SESSION_SECS", SESSION_SECS);
        let outcome = timeout(limit, builder.connect(&driver.url())).await;
        let client = match outcome {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => return Err(session_error(&driver, app_bin, &format!("failed: {e}"))),
            Err(_) => {
                let why = format!("got no answer within {limit:?}; the app probably did not start");
                return Err(session_error(&driver, app_bin, &why));
            }
        };
        // A build without `custom-protocol` loads the dev server instead of the embedded
        // UI and shows only "Could not connect"; say so instead of timing out later.
        if let Ok(url) = client.current_url().await {
            if matches!(url.scheme(), "http" | "https") {
                let _ = client.close().await;
                return Err(E2eError::new(format!(
                    "{} loads {url} (the dev server) instead of its embedded UI: it was built \
                     without `--features custom-protocol`; rebuild it with `.ci/build-app`",
                    app_bin.display()
                )));
            }
        }
        Ok(Self {
            name,
            client: Some(client),
            driver: Some(driver),
            app_bin: app_bin.to_path_buf(),
            display: display.to_string(),
            display_private,
            wait_limit: secs_from_env("AMENDS_E2E_WAIT_SECS", WAIT_SECS),
        })
    }

    /// The WebDriver client, for anything the helpers do not cover.
    pub fn client(&self) -> &Client {
        // Only `quit` and `drop` take it out, and both consume or end the App.
        self.client.as_ref().expect("the WebDriver session is open until quit")
    }

    /// How long ago the app's process started (see [`Driver::app_age`]).
    pub fn process_age(&self) -> Option<Duration> {
        let bin = self.app_bin.file_name()?.to_str()?;
        // The kernel keeps the first 15 bytes of a command name.
        let comm: String = bin.chars().take(15).collect();
        self.driver.as_ref()?.app_age(&comm)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Ends the session (WebKitWebDriver closes the app) and makes sure every process of
    /// this launch is gone, so the next launch finds the database free.
    pub async fn quit(mut self) -> Result<()> {
        let closed = match self.client.take() {
            Some(client) => timeout(Duration::from_secs(10), client.close()).await,
            None => Ok(Ok(())),
        };
        self.driver.take(); // kills whatever is left of the tree
        match closed {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(E2eError::new(format!("{}: closing the session failed: {e}", self.name))),
            Err(_) => Err(E2eError::new(format!("{}: closing the session took over 10 s", self.name))),
        }
    }

    /// Saves a picture of the whole X screen with ImageMagick's `import`: unlike a WebDriver
    /// screenshot it works when the page or the session is stuck. Only on our own Xvfb,
    /// where the screen is nothing but the app.
    fn failure_screenshot(&self) {
        if !self.display_private {
            eprintln!("[e2e] {}: no failure screenshot on a shared display ({})", self.name, self.display);
            return;
        }
        let Ok(dir) = paths::artifacts_dir() else { return };
        let path = dir.join(format!("{}-failure.png", self.name));
        let taken = Command::new("import")
            .args(["-display", &self.display, "-window", "root"])
            .arg(&path)
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        match taken {
            true => eprintln!("[e2e] {}: screenshot of the failure: {}", self.name, path.display()),
            false => eprintln!("[e2e] {}: no failure screenshot (is ImageMagick installed?)", self.name),
        }
    }
}

impl Drop for App {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.failure_screenshot();
            if let Some(driver) = &self.driver {
                eprintln!("[e2e] {}: driver and app output: {}", self.name, driver.log_path().display());
            }
        }
        // The client's connection dies with the driver; the driver's drop kills the tree.
        self.driver.take();
    }
}

fn session_error(driver: &Driver, app_bin: &Path, what: &str) -> E2eError {
    E2eError::new(format!(
        "WebDriver session for {} {what}\n--- end of driver and app output ({}) ---\n{}",
        app_bin.display(),
        driver.log_path().display(),
        driver.log_tail(25)
    ))
}
