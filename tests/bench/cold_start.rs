//! Cold-start figures over several launches on one prepared data folder, in two ways:
//! through WebDriver, from asking for a session (which starts the app) to the first case row
//! painted; and direct (see `direct.rs`), from spawning the app to its own report of the
//! first screen painted, with no WebDriver session beside it. On the harness's own Xvfb the
//! direct launches also time the first screen's pixels on the X server's screen
//! (`pixels.rs`), which needs nothing from the app or WebKit.
//!
//!     cargo run -p amends-e2e --bin cold-start -- --runs 5 --data-dir DIR [--app BIN]
//!         [--until CSS]    (default: the first case row, `[data-testid="case-row"]`)
//!         [--empty-file-cache]  (each launch after the system's file cache is emptied; root)
//!
//! Prints figures; asserts nothing. The data folder must hold a set-up shop with cases
//! (`amends-cli --data-dir DIR demo --cases 100000 --seed 1`).
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

mod direct;
mod file_cache;
mod pixels;

use amends_e2e::{testid, App, E2eError, Result, TestEnv};
use serde_json::json;

struct Args {
    runs: usize,
    data_dir: PathBuf,
    app: PathBuf,
    until: String,
    empty_file_cache: bool,
}

const USAGE: &str =
    "usage: cold-start --data-dir DIR [--runs N] [--app BIN] [--until CSS] [--empty-file-cache]";

fn parse_args() -> std::result::Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let (mut runs, mut data_dir, mut app, mut until) = (5, None, None, testid("case-row"));
    let mut empty_file_cache = false;
    while let Some(flag) = args.next() {
        if flag == "--empty-file-cache" {
            empty_file_cache = true;
            continue;
        }
        let mut value = || args.next().ok_or(format!("{flag} needs a value\n{USAGE}"));
        match flag.as_str() {
            "--runs" => runs = value()?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--data-dir" => data_dir = Some(PathBuf::from(value()?)),
            "--app" => app = Some(PathBuf::from(value()?)),
            "--until" => until = value()?,
            _ => return Err(format!("unknown argument {flag}\n{USAGE}")),
        }
    }
    let data_dir = data_dir.ok_or(format!("--data-dir is required\n{USAGE}"))?;
    let app = match app {
        Some(app) => app,
        None => default_app().ok_or("no built app: run `.ci/build-app --release` or give --app")?,
    };
    if runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    Ok(Args { runs, data_dir, app, until, empty_file_cache })
}

/// The release build if there is one (what users run), else the debug build.
fn default_app() -> Option<PathBuf> {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target");
    ["release", "debug"].iter().map(|p| target.join(p).join("amends")).find(|p| p.is_file())
}

/// Waits in the page, without round trips, until `css` matches an element with a box in the
/// window, and answers the wall-clock time (ms since the epoch) at which the frame that
/// paints it is on screen: in a task after the animation frame that follows it, which WebKit
/// begins only once the window has taken that frame, and once the page's main thread is free
/// (work the page starts right after a paint holds it back; the app's waits for this frame).
/// (The app's own mark is taken a frame sooner, once WebKit's main thread has painted.) The
/// direct launches' pixel watch checks it from outside. Answers "setup" if the setup form shows
/// instead (an empty data folder). A mutation observer looks for the element as the page
/// changes; its box is read in animation frames, where the layout is done anyway.
const PAINTED_JS: &str = r#"
const css = arguments[0], setup = arguments[1], done = arguments[arguments.length - 1];
const visible = (el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && box.top < window.innerHeight &&
    (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
};
let waiting = false, finished = false;
const stop = () => { finished = true; observer.disconnect(); };
const frame = () => {
  if (finished) return;
  const el = document.querySelector(css);
  if (!el) { waiting = false; return; }
  if (!visible(el)) { requestAnimationFrame(frame); return; } // there but not shown yet
  // This frame paints it; WebKit begins the next one once the window has taken this one.
  stop();
  requestAnimationFrame(() => setTimeout(() => done(Date.now()), 0));
};
const look = () => {
  if (finished) return;
  if (document.querySelector(setup)) { stop(); done("setup"); return; }
  if (!waiting && document.querySelector(css)) { waiting = true; requestAnimationFrame(frame); }
};
const observer = new MutationObserver(look);
observer.observe(document, { childList: true, subtree: true, attributes: true });
look();
"#;

/// The page's start-up milestones, as wall-clock ms since the epoch: navigation start, the
/// document received, DOMContentLoaded, and the app's own User Timing marks (`amends:*`).
const MILESTONES_JS: &str = r#"
const origin = performance.timeOrigin;
const nav = performance.getEntriesByType("navigation")[0];
const at = (ms) => (ms > 0 ? origin + ms : null);
const out = [["navigation start", origin]];
if (nav) {
  out.push(["document received", at(nav.responseEnd)], ["DOMContentLoaded", at(nav.domContentLoadedEventStart)]);
}
for (const p of performance.getEntriesByType("paint")) out.push([p.name, origin + p.startTime]);
for (const m of performance.getEntriesByType("mark")) {
  if (m.name.startsWith("amends:")) out.push([m.name, origin + m.startTime]);
}
return out;
"#;

/// The milestones of the page now on screen, each as time since `started` (milestones
/// before it, or unreadable, are left out).
async fn milestones(app: &App, started: SystemTime) -> Result<Vec<(String, Duration)>> {
    let answer = app.client().execute(MILESTONES_JS, vec![]).await?;
    let rows = answer.as_array().cloned().unwrap_or_default();
    Ok(rows
        .iter()
        .filter_map(|row| {
            let name = row.get(0)?.as_str()?.to_string();
            let at = UNIX_EPOCH + Duration::from_secs_f64(row.get(1)?.as_f64()? / 1000.0);
            Some((name, at.duration_since(started).ok()?))
        })
        .collect())
}

/// Waits until `css` is painted and answers when (wall clock); a setup form means an empty
/// data folder. One script waits in the page: polling through tauri-driver and
/// WebKitWebDriver every few ms loaded the two cores the app starts on, and answered up to a
/// round trip late.
async fn wait_painted(app: &App, css: &str) -> Result<SystemTime> {
    let answer = app.client().execute_async(PAINTED_JS, vec![json!(css), json!(testid("setup-form"))]).await?;
    match answer.as_u64() {
        Some(at_ms) => Ok(UNIX_EPOCH + Duration::from_millis(at_ms)),
        None if answer.as_str() == Some("setup") => Err(E2eError::new(
            "the app shows the setup form: the data folder holds no shop; fill it with \
             `amends-cli --data-dir DIR demo --cases 100000 --seed 1`",
        )),
        None => Err(E2eError::new(format!(
            "no `{css}` painted; the script answered {answer}; the page says: {:?}",
            app.page_text().await
        ))),
    }
}

/// One launch's figures.
struct Run {
    /// From the session request to the open session (WebDriver's own start included).
    session: Duration,
    /// From the session request to `css` painted.
    painted: Duration,
    /// From the app process's start to `css` painted: what the owner waits for after a
    /// double-click, without the WebDriver session's set-up before the process starts.
    process: Option<Duration>,
    /// The page's milestones from the app process's start, where that is known.
    milestones: Vec<(String, Duration)>,
}

/// One launch, timed from the session request and from the app process's start.
async fn one_run(env: &TestEnv, css: &str, empty_file_cache: bool) -> Result<Run> {
    let driver = env.start_driver()?; // not timed: a user does not start tauri-driver
    if empty_file_cache {
        file_cache::empty()?;
    }
    let start = Instant::now();
    let app = env.open(driver).await?;
    let session = start.elapsed();
    let painted_at = wait_painted(&app, css).await?;
    let painted = start.elapsed();
    // The process's start on the wall clock: its age now, taken back from now.
    let started = app.process_age().and_then(|age| SystemTime::now().checked_sub(age));
    let process = started.and_then(|started| painted_at.duration_since(started).ok());
    let milestones = match started {
        Some(started) => milestones(&app, started).await?,
        None => Vec::new(),
    };
    app.quit().await?;
    Ok(Run { session, painted, process, milestones })
}

/// Prints p50, p95, min and max of `xs` (if any).
fn summarize(what: &str, xs: &mut [Duration]) {
    if xs.is_empty() {
        println!("{what}: no figures");
        return;
    }
    xs.sort();
    println!(
        "{what}: p50 {}, p95 {}, min {}, max {} ({} runs)",
        ms(percentile(xs, 50.0)),
        ms(percentile(xs, 95.0)),
        ms(xs[0]),
        ms(xs[xs.len() - 1]),
        xs.len()
    );
}

/// Nearest-rank percentile of sorted `xs`.
fn percentile(xs: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * xs.len() as f64).ceil() as usize;
    xs[rank.clamp(1, xs.len()) - 1]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

async fn run(args: Args) -> Result<()> {
    if args.empty_file_cache {
        file_cache::check_allowed()?;
    }
    // With a session bus, as on an owner's desktop (tests/support/session_bus.rs).
    let env = TestEnv::with_app("cold-start", &args.app, Some(&args.data_dir))?.with_session_bus()?;
    println!(
        "cold start: {} on {}, {} runs, until `{}` is on screen{}",
        args.app.display(),
        args.data_dir.display(),
        args.runs,
        args.until,
        if args.empty_file_cache { ", the file cache emptied before each launch" } else { "" }
    );
    let (mut painted, mut process) = (Vec::new(), Vec::new());
    // Each milestone's times over the runs, in the order the milestones first came.
    let mut stages: Vec<(String, Vec<Duration>)> = Vec::new();
    for i in 1..=args.runs {
        let run = one_run(&env, &args.until, args.empty_file_cache).await?;
        let from_process = run.process.map(ms).unwrap_or_else(|| "unknown".into());
        println!(
            "  run {i}: session open {}, painted {} from the session request, {from_process} from the process's start",
            ms(run.session),
            ms(run.painted)
        );
        if !run.milestones.is_empty() {
            let list: Vec<String> = run.milestones.iter().map(|(name, at)| format!("{name} {}", ms(*at))).collect();
            println!("         from the process's start: {}", list.join(", "));
        }
        painted.push(run.painted);
        process.extend(run.process);
        for (name, at) in run.milestones {
            match stages.iter_mut().find(|(known, _)| *known == name) {
                Some((_, times)) => times.push(at),
                None => stages.push((name, vec![at])),
            }
        }
    }
    summarize(&format!("cold start to `{}`, from the session request", args.until), &mut painted);
    summarize(&format!("cold start to `{}`, from the app process's start", args.until), &mut process);
    println!(
        "  (from the session request includes WebDriver's overhead: the request goes through \
         tauri-driver and WebKitWebDriver before the app starts, and run 1 may also pay for a \
         cold disk cache; --empty-file-cache times every launch so)"
    );
    // Where a start goes: the median of each milestone. The app's own first-screen-painted
    // mark comes once WebKit's main thread has painted the first screen (with its rows, as
    // the first render waits for them); the wait above once that frame is on screen. The
    // direct launches below time the app's report (a frame after the mark) and the pixels.
    let medians: Vec<String> = stages
        .iter_mut()
        .map(|(name, times)| {
            times.sort();
            format!("{name} {}", ms(percentile(times, 50.0)))
        })
        .collect();
    println!("  medians from the process's start: {}", medians.join(", "));
    if let Some((_, marks)) = stages.iter_mut().find(|(name, _)| name == "amends:first-screen-painted") {
        summarize("first screen painted by the app's own mark, from the app process's start", marks);
    }

    // The same launches without WebDriver. The first render waits for the first page of
    // cases (ui/src/startup/mount.tsx), so the screen the app reports painted holds the rows
    // the runs above waited for.
    // They also watch the X server's screen for the first screen's pixels (pixels.rs), when
    // the display is the harness's own Xvfb.
    let screen = env.framebuffer().map(|file| pixels::Screen::open(&file)).transpose()?;
    let (mut spawned, mut on_screen) = (Vec::new(), Vec::new());
    for i in 1..=args.runs {
        if args.empty_file_cache {
            file_cache::empty()?;
        }
        let launch = direct::one_run(&env, screen.as_ref(), Duration::from_secs(60))?;
        let pixels = launch.pixels.map_or_else(|| "not told".to_string(), ms);
        println!(
            "  direct run {i}: first screen painted {} from the spawn ({} by the app's clock); its pixels on \
             the X server's screen {pixels}",
            ms(launch.line),
            launch.own
        );
        spawned.push(launch.line);
        on_screen.extend(launch.pixels);
    }
    summarize("cold start to the first screen painted, direct launch, from the spawn", &mut spawned);
    if !on_screen.is_empty() {
        summarize("cold start to the first screen's pixels on the X server's screen, direct launch, from the spawn", &mut on_screen);
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("cold-start: {e}");
            return ExitCode::from(2);
        }
    };
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cold-start: {e}");
            ExitCode::FAILURE
        }
    }
}
