//! `AMENDS_TRACE_STARTUP=1` prints, on stderr, when the first screen has been painted (the
//! UI says so by asking for the start-up check), in ms from the start of `run`. For timing
//! start-up without a WebDriver session driving the window: the cold-start benchmark's
//! direct launches read this line; an admin can read it too.
use std::sync::{Once, OnceLock};
use std::time::Instant;

const ENV: &str = "AMENDS_TRACE_STARTUP";
/// The line's start, which the benchmark looks for (tests/bench/cold_start.rs).
const PAINTED_LINE: &str = "amends: first screen painted";

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Notes the app's start; called first thing in `run`.
pub fn started() {
    STARTED.get_or_init(Instant::now);
}

/// Prints the painted line, once, when tracing is on.
pub fn first_screen_painted() {
    static PRINTED: Once = Once::new();
    PRINTED.call_once(|| {
        if std::env::var_os(ENV).is_some_and(|v| !v.is_empty() && v != "0") {
            let ms = STARTED.get().map(|t| t.elapsed().as_millis()).unwrap_or_default();
            eprintln!("{PAINTED_LINE} {ms} ms after start");
        }
    });
}
