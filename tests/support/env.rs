//! A test's world: the app binary, a display, and fresh folders for the app's database and
//! for WebKit's data, cache and config, which outlive app restarts within the test.
use std::cell::Cell;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use tempfile::TempDir;

use crate::display::Display;
use crate::driver::Driver;
use crate::error::{Context, Result};
use crate::paths;
use crate::session::App;
use crate::session_bus::SessionBus;

pub struct TestEnv {
    name: String,
    app_bin: PathBuf,
    data_dir: PathBuf,
    /// The temp folder with the XDG folders and, unless one was given, the data folder.
    work: PathBuf,
    /// Deletes `work` on drop; taken out to keep it when the test failed.
    root: Option<TempDir>,
    display: Display,
    launches: Cell<u32>,
    /// Extra variables for the app (e.g. TZ), set with [`TestEnv::with_env`].
    extra: Vec<(&'static str, OsString)>,
    /// A session bus of the app's own, set with [`TestEnv::with_session_bus`].
    bus: Option<SessionBus>,
}

impl TestEnv {
    /// The default app binary and a fresh, empty data folder: the app starts as on a new
    /// install.
    pub fn new(name: &str) -> Result<Self> {
        Self::with_app(name, &paths::app_binary()?, None)
    }

    /// A given app binary, and a given data folder if any (benchmarks on a prepared
    /// database); WebKit's folders are fresh either way.
    pub fn with_app(name: &str, app_bin: &Path, data_dir: Option<&Path>) -> Result<Self> {
        let root = tempfile::Builder::new()
            .prefix(&format!("amends-e2e-{name}-"))
            .tempdir()
            .context(|| "creating a temp folder".into())?;
        let data_dir = data_dir.map_or_else(|| root.path().join("data"), Path::to_path_buf);
        for dir in [data_dir.clone(), root.path().join("xdg-data"), root.path().join("xdg-cache"),
                    root.path().join("xdg-config")] {
            std::fs::create_dir_all(&dir).context(|| format!("creating {}", dir.display()))?;
        }
        Ok(Self {
            name: name.to_string(),
            app_bin: app_bin.to_path_buf(),
            data_dir,
            work: root.path().to_path_buf(),
            root: Some(root),
            display: Display::ensure()?,
            launches: Cell::new(0),
            extra: Vec::new(),
            bus: None,
        })
    }

    /// Adds a variable to the app's environment.
    pub fn with_env(mut self, key: &'static str, value: impl Into<OsString>) -> Self {
        self.extra.push((key, value.into()));
        self
    }

    /// Gives the app a D-Bus session bus of its own, as a desktop session would
    /// (session_bus.rs says why the cold-start benchmark wants one).
    pub fn with_session_bus(mut self) -> Result<Self> {
        self.bus = Some(SessionBus::start()?);
        Ok(self)
    }

    /// The screen of the harness's own Xvfb as a file (none on a display of the caller's).
    pub fn framebuffer(&self) -> Option<PathBuf> {
        self.display.framebuffer()
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn app_bin(&self) -> &Path {
        &self.app_bin
    }

    /// What the app must see; it inherits the driver's environment.
    pub fn envs(&self) -> Vec<(&'static str, OsString)> {
        let mut envs = vec![
            ("DISPLAY", self.display.name().into()),
            ("AMENDS_DATA_DIR", self.data_dir.clone().into()),
            ("XDG_DATA_HOME", self.work.join("xdg-data").into()),
            ("XDG_CACHE_HOME", self.work.join("xdg-cache").into()),
            ("XDG_CONFIG_HOME", self.work.join("xdg-config").into()),
            // A Wayland variable from a desktop session would take the app off our display.
            ("GDK_BACKEND", "x11".into()),
            // GTK's accessibility bridge looks for an accessibility bus that CI does not run.
            ("NO_AT_BRIDGE", "1".into()),
        ];
        if let Some(bus) = &self.bus {
            envs.push(("DBUS_SESSION_BUS_ADDRESS", bus.address().into()));
        }
        envs.extend(self.extra.iter().cloned());
        envs
    }

    /// Starts a tauri-driver for this environment; the app starts with [`TestEnv::open`].
    /// Split from `launch` so a benchmark can leave the driver's start out of its timing.
    pub fn start_driver(&self) -> Result<Driver> {
        let n = self.launches.get() + 1;
        self.launches.set(n);
        let log = paths::artifacts_dir()?.join(format!("{}-{n}.driver.log", self.name));
        Driver::start(&self.envs(), &log)
    }

    /// Opens a WebDriver session on `driver`, which starts the app.
    pub async fn open(&self, driver: Driver) -> Result<App> {
        App::open(format!("{}-{}", self.name, self.launches.get()), driver, &self.app_bin,
                  self.display.name(), self.display.is_private()).await
    }

    /// Starts the app and opens a WebDriver session on it.
    pub async fn launch(&self) -> Result<App> {
        self.open(self.start_driver()?).await
    }
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        // A failed test keeps its folders (database, WebKit data) for a look afterwards.
        if std::thread::panicking() {
            if let Some(root) = self.root.take() {
                eprintln!("[e2e] {}: kept the test's folders in {}", self.name, root.keep().display());
            }
        }
    }
}
