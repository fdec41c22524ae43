//! The automatic backups' schedule: one thread that asks the core, at start-up and then
//! every quarter of an hour, whether a backup is due (the policy and the rotation are the
//! core's). Off the main thread; a failure is logged and tried again next time.
use std::sync::Arc;
use std::time::Duration;

use crate::commands::DeskState;

const CHECK_EVERY: Duration = Duration::from_secs(15 * 60);
/// The start-up backup waits until the first screens are drawn and the start-up check is
/// done: copying a large database would otherwise compete with them for the disk.
const STARTUP_DELAY: Duration = Duration::from_secs(60);

pub fn start(state: Arc<DeskState>) {
    let spawned = std::thread::Builder::new().name("amends-backups".into()).spawn(move || {
        // "Start-up" until a desk has been open once (it may open only after a recovery).
        let mut at_startup = true;
        let _ = state.wait_startup_check();
        std::thread::sleep(STARTUP_DELAY);
        loop {
            if let Ok(desk) = state.current() {
                match desk.backup_if_due(at_startup) {
                    Ok(Some(made)) => eprintln!("Amends: automatic backup {}", made.path),
                    Ok(None) => {}
                    Err(err) => eprintln!("Amends: automatic backup failed: {err} [{}]", err.code()),
                }
                at_startup = false;
            }
            std::thread::sleep(CHECK_EVERY);
        }
    });
    if let Err(err) = spawned {
        eprintln!("Amends: cannot start the backup thread: {err}");
    }
}
