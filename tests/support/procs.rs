//! Killing a process together with everything it started. The app is a grandchild of
//! tauri-driver (driver → WebKitWebDriver → app → WebKit helpers), so killing the driver
//! alone would leave the app running with the test's display and database.
use std::collections::BTreeSet;
use std::process::Child;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Parses `/proc/PID/stat` into `(state, parent pid)`.
fn stat(pid: u32) -> Option<(char, u32)> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
    let mut rest = stat[stat.rfind(')')? + 1..].split_whitespace();
    let state = rest.next()?.chars().next()?;
    let ppid = rest.next()?.parse().ok()?;
    Some((state, ppid))
}

/// Adds to `known` every process whose parent is in it, until nothing new turns up.
fn add_descendants(known: &mut BTreeSet<u32>) {
    let Ok(entries) = std::fs::read_dir("/proc") else { return };
    let table: Vec<(u32, u32)> = entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| Some((pid, stat(pid)?.1)))
        .collect();
    loop {
        let before = known.len();
        for &(pid, ppid) in &table {
            if known.contains(&ppid) {
                known.insert(pid);
            }
        }
        if known.len() == before {
            return;
        }
    }
}

/// Zombies count as dead: they hold no window, file lock or port.
fn alive(pid: u32) -> bool {
    stat(pid).is_some_and(|(state, _)| state != 'Z' && state != 'X')
}

fn signal(pid: u32, sig: libc::c_int) {
    // SAFETY: kill(2) has no memory-safety preconditions; a stale pid only yields ESRCH.
    unsafe {
        libc::kill(pid as libc::pid_t, sig);
    }
}

fn signal_group(pgid: u32, sig: libc::c_int) {
    // SAFETY: as for kill(2).
    unsafe {
        libc::killpg(pgid as libc::pid_t, sig);
    }
}

/// Polls until every pid in `known` is dead, picking up children born meanwhile.
fn wait_all_dead(child: &mut Child, known: &mut BTreeSet<u32>, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        add_descendants(known);
        let _ = child.try_wait(); // reap the direct child so it does not linger as a zombie
        if !known.iter().any(|&pid| alive(pid)) {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        sleep(Duration::from_millis(50));
    }
}

/// SIGTERM to `child`, all its descendants and its process group (it leads one when spawned
/// with `process_group(0)`); SIGKILL to whatever is still alive after `grace`; returns once
/// all are gone, so a relaunch never meets the previous app still holding the database.
pub fn kill_tree(child: &mut Child, grace: Duration) {
    let root = child.id();
    let mut known = BTreeSet::from([root]);
    // Scan before signalling: once the root dies its children are re-parented and lost.
    add_descendants(&mut known);
    for &pid in &known {
        signal(pid, libc::SIGTERM);
    }
    signal_group(root, libc::SIGTERM);
    if !wait_all_dead(child, &mut known, grace) {
        for &pid in &known {
            signal(pid, libc::SIGKILL);
        }
        signal_group(root, libc::SIGKILL);
        wait_all_dead(child, &mut known, Duration::from_secs(5));
    }
    let _ = child.wait();
}

/// The first process below `root` (itself excluded) whose command name is `name`.
pub fn descendant_named(root: u32, name: &str) -> Option<u32> {
    let mut known = BTreeSet::from([root]);
    add_descendants(&mut known);
    known.into_iter().filter(|&pid| pid != root).find(|pid| {
        std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|comm| comm.trim_end() == name)
    })
}

/// How long ago `pid` started, to the kernel's clock tick (10 ms). Its start time is kept in
/// ticks since boot (CLOCK_BOOTTIME), so it is compared with that clock, not the wall clock.
pub fn age(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Field 22, starttime; the fields after "(comm)" begin at field 3.
    let start_ticks: u64 = stat[stat.rfind(')')? + 1..].split_whitespace().nth(19)?.parse().ok()?;
    // SAFETY: sysconf has no preconditions.
    let ticks_per_s = u64::try_from(unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).ok().filter(|&t| t > 0)?;
    let mut now = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `now` is a valid timespec for the call to fill.
    if unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut now) } != 0 {
        return None;
    }
    let now = Duration::new(u64::try_from(now.tv_sec).ok()?, u32::try_from(now.tv_nsec).ok()?);
    let started = Duration::from_nanos(start_ticks.checked_mul(1_000_000_000)? / ticks_per_s);
    now.checked_sub(started)
}
