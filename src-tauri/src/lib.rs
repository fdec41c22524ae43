//! The Tauri shell of Amends. It opens the core's `Desk` on the data folder and exposes
//! one command per core method; it validates nothing itself.
mod backups;
mod commands;
mod data_dir;
mod helper_preload;
mod own_env;
mod printing;
mod rendering;
mod reveal;
mod startup_trace;
mod viewer;

use std::sync::Arc;

use tauri::Manager;
use tauri_plugin_window_state::StateFlags;

/// When the start-up check runs if the UI has not asked for it by then.
const CHECK_AT_THE_LATEST: std::time::Duration = std::time::Duration::from_secs(10);

/// Builds and runs the app until its window closes.
pub fn run() {
    startup_trace::started();
    rendering::choose();
    helper_preload::for_webkit_processes();
    let result = tauri::Builder::default()
        // First, so a second launch hands over to the running window before anything
        // else (a second process would otherwise write to the same data folder).
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        // Native pickers for "Back up now…", "Restore…" and a customer's data export.
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        // Reopens the window where and as large as the user left it (saved on close in the
        // app's config folder). Not its visibility: a window saved hidden must still show.
        .plugin(
            tauri_plugin_window_state::Builder::default()
                .with_state_flags(StateFlags::all() & !StateFlags::VISIBLE)
                .build(),
        )
        // Created hidden (tauri.conf.json), the window appears once its page has loaded.
        .on_page_load(reveal::on_page_load)
        .setup(|app| {
            reveal::at_the_latest(app.handle().clone())?;
            let dir = data_dir::resolve(app.handle())?;
            let state = Arc::new(commands::DeskState::open(&dir));
            app.manage(state.clone());
            // The start-up quick_check runs once the first screen is painted (the UI then
            // asks for its outcome), not before it nor while it is drawn.
            let checking = state.clone();
            std::thread::Builder::new().name("amends-startup-check".into()).spawn(move || {
                checking.wait_startup_check_asked(CHECK_AT_THE_LATEST);
                checking.run_startup_check();
            })?;
            // Automatic backups: shortly after start-up (once the desk is open) and daily.
            backups::start(state);
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Amends could not start: {err}");
        std::process::exit(1);
    }
}
