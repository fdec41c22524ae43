//! Crash test: the writer (`amends-cli write-loop`) is killed with SIGKILL at random
//! moments, 200 times; after each kill every case whose number it printed (printed only
//! after the commit) must be in the database, and `integrity_check` must pass.
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use amends_core::Desk;

const KILLS: usize = 200;
/// The whole test must stay well under a minute.
const TIME_LIMIT: Duration = Duration::from_secs(50);

/// xorshift64*: enough randomness for kill moments, no extra dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }
}

/// Starts a writer, kills it after `delay`, returns the numbers it confirmed (only whole
/// lines: a number is confirmed once its newline is out).
fn run_and_kill(dir: &Path, delay: Duration) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amends-cli"))
        .arg("--data-dir")
        .arg(dir)
        .args(["write-loop", "--count", "1000000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the writer");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL the writer"); // std sends SIGKILL on Unix
    let _ = child.wait();
    let text = reader.join().expect("reader thread");
    let whole = match text.rfind('\n') {
        Some(end) => &text[..end],
        None => "",
    };
    whole.lines().map(str::to_string).collect()
}

#[test]
fn no_confirmed_case_is_lost_to_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let mut confirmed: Vec<String> = Vec::new();
    let mut kills = 0;
    while kills < KILLS {
        assert!(started.elapsed() < TIME_LIMIT, "{kills} kills took longer than {TIME_LIMIT:?}");
        // From "still starting up" to "well into writing".
        let delay = Duration::from_micros(rng.below(60_000));
        let new = run_and_kill(dir.path(), delay);
        kills += 1;

        // Killed before it had created the database: nothing can have been confirmed yet.
        if !dir.path().join(amends_core::desk::DATABASE_FILE).exists() {
            assert!(new.is_empty() && confirmed.is_empty(), "kill {kills}: cases confirmed but no database file");
            continue;
        }
        let report = amends_core::backup::check_data(dir.path()).unwrap();
        assert!(report.quick_check.is_empty() && report.integrity_check.is_empty(), "after kill {kills}: {report:?}");
        if !new.is_empty() {
            let desk = Desk::open(dir.path()).expect("reopens after a kill");
            for number in &new {
                desk.get_case_by_number(number).unwrap_or_else(|err| panic!("kill {kills}: confirmed {number} lost: {err}"));
            }
        }
        confirmed.extend(new);
    }
    // Every case confirmed in any round, once more at the end.
    let desk = Desk::open(dir.path()).unwrap();
    for number in &confirmed {
        desk.get_case_by_number(number).unwrap_or_else(|err| panic!("confirmed {number} lost: {err}"));
    }
    let unique: std::collections::HashSet<&String> = confirmed.iter().collect();
    assert_eq!(unique.len(), confirmed.len(), "no number given twice");
    println!(
        "crash test: {kills} SIGKILLs, {} confirmed cases all present, integrity ok, {:.1} s (seed {seed})",
        confirmed.len(),
        started.elapsed().as_secs_f64()
    );
}
