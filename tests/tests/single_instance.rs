//! A second launch hands over to the running app instead of opening a second writer.
//! On Linux the single-instance plugin meets the first instance over the D-Bus session bus,
//! which a desktop session has and a bare Xvfb does not, so the two launches run inside
//! `dbus-run-session`.
use std::process::Command;
use std::time::{Duration, Instant};

use amends_e2e::TestEnv;

/// First launch, a pause for it to come up, second launch; the script reports how the
/// second one ended and whether the first is still running.
const SCRIPT: &str = r#"
"$APP" >/dev/null 2>&1 &
first=$!
sleep 6
timeout 30 "$APP" >/dev/null 2>&1
echo "second-exit=$?"
if kill -0 "$first" 2>/dev/null; then echo first-running; fi
kill "$first" 2>/dev/null
wait "$first" 2>/dev/null
exit 0
"#;

#[test]
fn a_second_launch_hands_over_to_the_running_app() {
    let env = TestEnv::new("single-instance").expect("test environment");
    let started = Instant::now();
    let output = Command::new("timeout")
        .args(["90", "dbus-run-session", "--", "sh", "-c", SCRIPT])
        .envs(env.envs())
        .env("APP", env.app_bin())
        .output()
        .expect("dbus-run-session runs (package dbus-daemon)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("second-exit=0"),
        "the second launch should hand over and exit at once; got {stdout:?}, stderr {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("first-running"), "the first instance keeps running: {stdout:?}");
    // Handing over is quick; a second app running until the 30 s timeout is not.
    assert!(started.elapsed() < Duration::from_secs(30), "took {:?}", started.elapsed());
}
