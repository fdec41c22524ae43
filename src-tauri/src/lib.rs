//! The Tauri shell of Amends. It opens the core's `Desk` on the data folder and exposes
//! one command per core method; it validates nothing itself.
mod commands;
mod data_dir;

use std::sync::Arc;

use tauri::Manager;

/// Builds and runs the app until its window closes.
pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let dir = data_dir::resolve(app.handle())?;
            let state = commands::DeskState::open(&dir);
            app.manage(Arc::new(state));
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Amends could not start: {err}");
        std::process::exit(1);
    }
}
