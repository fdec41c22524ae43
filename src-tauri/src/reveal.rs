//! When the main window first appears: once its page has loaded, not as soon as it exists.
//!
//! WebKitGTK drawing without compositing (the app's choice without a GPU, rendering.rs)
//! waits, when GTK first paints the window, for the web process to draw the page at the
//! window's size, for at most 500 ms. Painted while the web process was still starting and
//! waiting on the app's own main thread in turn, that wait ran out in 10–25 % of launches on
//! the 2-core VM and the whole start came 0.5 s late (seen in `strace` as a 500 ms futex
//! wait on the main thread). Shown once the page has loaded, the web process is up and
//! answers at once: 0 of 15 launches stalled under `strace`, against 4–5 of 15 otherwise.
//!
//! The window is created hidden (tauri.conf.json) and shown here; should the page never
//! report loaded, it is shown anyway after [`AT_THE_LATEST`].
use std::time::Duration;

use tauri::webview::{PageLoadEvent, PageLoadPayload};
use tauri::{AppHandle, Manager, Runtime, Webview};

/// The window this module shows.
const MAIN: &str = "main";
/// When the window is shown even though its page has not reported loaded.
const AT_THE_LATEST: Duration = Duration::from_secs(3);

/// The page-load hook: shows the window once its page has loaded.
pub fn on_page_load<R: Runtime>(webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
    if payload.event() == PageLoadEvent::Finished && webview.label() == MAIN {
        show(webview.app_handle());
    }
}

/// Shows the window after [`AT_THE_LATEST`] if nothing did before (a page that failed to
/// load still shows its error; an empty hidden window would look like a crash).
pub fn at_the_latest<R: Runtime>(app: AppHandle<R>) -> std::io::Result<()> {
    std::thread::Builder::new().name("amends-reveal".into()).spawn(move || {
        std::thread::sleep(AT_THE_LATEST);
        show(&app);
    })?;
    Ok(())
}

fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        // Only while hidden: once shown, a reload's page load or the fallback leaves the
        // window as the owner has it (tao's show is GTK's show_all, not a no-op).
        if !window.is_visible().unwrap_or(false) {
            let _ = window.show();
        }
    }
}
