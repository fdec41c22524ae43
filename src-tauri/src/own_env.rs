//! The environment variables the app sets at start for GTK, WebKit and WebKit's processes
//! (`rendering.rs`, `helper_preload.rs`), and keeping them from the programs the app starts
//! for the owner: a PDF viewer or an image editor opened from the app should start as the
//! desktop would start it, with GL and without a preloaded library.
//!
//! Only variables the app set itself are removed; one the user set is never touched (those
//! modules leave such variables alone in the first place).
use std::process::Command;
use std::sync::Mutex;

static SET_BY_THE_APP: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// Sets `name` for this process and those it starts, and remembers that the app set it.
/// Call before any other thread starts: the environment is not safe to change while other
/// threads may read it.
pub fn set(name: &'static str, value: impl AsRef<std::ffi::OsStr>) {
    std::env::set_var(name, value);
    SET_BY_THE_APP.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(name);
}

/// Removes the app's own variables from `command`'s environment.
pub fn scrub(command: &mut Command) -> &mut Command {
    for name in SET_BY_THE_APP.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).iter() {
        command.env_remove(name);
    }
    command
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_started_for_the_owner_does_not_get_the_apps_variables() {
        set("AMENDS_TEST_OWN_ENV", "1");
        let mut command = Command::new("true");
        scrub(&mut command);
        let removed: Vec<_> = command.get_envs().filter(|(_, value)| value.is_none()).map(|(name, _)| name).collect();
        assert!(removed.contains(&std::ffi::OsStr::new("AMENDS_TEST_OWN_ENV")), "{removed:?}");
        // A variable the app did not set stays as it is.
        assert!(!removed.contains(&std::ffi::OsStr::new("PATH")));
    }
}
