//! Cold-start figures: from asking for a WebDriver session (which starts the app) to the
//! first case row on screen, over several launches on one prepared data folder.
//!
//!     cargo run -p amends-e2e --bin cold-start -- --runs 5 --data-dir DIR [--app BIN]
//!         [--until CSS]    (default: the first case row, `[data-testid="case-row"]`)
//!
//! Prints figures; asserts nothing. The data folder must hold a set-up shop with cases
//! (`amends-cli --data-dir DIR demo --cases 100000 --seed 1`).
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use amends_e2e::{testid, App, E2eError, Result, TestEnv};
use fantoccini::Locator;
use serde_json::json;

struct Args {
    runs: usize,
    data_dir: PathBuf,
    app: PathBuf,
    until: String,
}

const USAGE: &str = "usage: cold-start --data-dir DIR [--runs N] [--app BIN] [--until CSS]";

fn parse_args() -> std::result::Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let (mut runs, mut data_dir, mut app, mut until) = (5, None, None, testid("case-row"));
    while let Some(flag) = args.next() {
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
    Ok(Args { runs, data_dir, app, until })
}

/// The release build if there is one (what users run), else the debug build.
fn default_app() -> Option<PathBuf> {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target");
    ["release", "debug"].iter().map(|p| target.join(p).join("amends")).find(|p| p.is_file())
}

/// Answers whether `css` matches an element with a box in the window, and answers only after
/// the frame that shows it: the next animation frame and a task after it, so the element has
/// been styled, laid out and painted, not merely put into the page.
const PAINTED_JS: &str = r#"
const css = arguments[0], done = arguments[arguments.length - 1];
const el = document.querySelector(css);
const box = el ? el.getBoundingClientRect() : null;
const visible = box && box.width > 0 && box.height > 0 && box.top < window.innerHeight &&
  (!el.checkVisibility || el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
if (!visible) { done(false); } else { requestAnimationFrame(() => setTimeout(() => done(true), 0)); }
"#;

/// Polls tightly (10 ms) until `css` is painted; a setup form means an empty data folder.
async fn wait_painted(app: &App, css: &str, limit: Duration) -> Result<()> {
    let deadline = Instant::now() + limit;
    let setup = testid("setup-form");
    loop {
        if app.client().execute_async(PAINTED_JS, vec![json!(css)]).await?.as_bool() == Some(true) {
            return Ok(());
        }
        if !app.client().find_all(Locator::Css(&setup)).await?.is_empty() {
            return Err(E2eError::new(
                "the app shows the setup form: the data folder holds no shop; fill it with \
                 `amends-cli --data-dir DIR demo --cases 100000 --seed 1`",
            ));
        }
        if Instant::now() >= deadline {
            return Err(E2eError::new(format!(
                "no `{css}` painted within {limit:?}; the page says: {:?}",
                app.page_text().await
            )));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// One launch: (session opened, `css` painted), both from the session request.
async fn one_run(env: &TestEnv, css: &str) -> Result<(Duration, Duration)> {
    let driver = env.start_driver()?; // not timed: a user does not start tauri-driver
    let start = Instant::now();
    let app = env.open(driver).await?;
    let session = start.elapsed();
    wait_painted(&app, css, Duration::from_secs(60)).await?;
    let painted = start.elapsed();
    app.quit().await?;
    Ok((session, painted))
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
    let env = TestEnv::with_app("cold-start", &args.app, Some(&args.data_dir))?;
    println!(
        "cold start: {} on {}, {} runs, until `{}` is on screen",
        args.app.display(),
        args.data_dir.display(),
        args.runs,
        args.until
    );
    let mut painted = Vec::new();
    for i in 1..=args.runs {
        let (session, shown) = one_run(&env, &args.until).await?;
        println!("  run {i}: session open {}, painted {}", ms(session), ms(shown));
        painted.push(shown);
    }
    painted.sort();
    println!(
        "cold start to `{}`: p50 {}, p95 {}, min {}, max {} ({} runs)",
        args.until,
        ms(percentile(&painted, 50.0)),
        ms(percentile(&painted, 95.0)),
        ms(painted[0]),
        ms(painted[painted.len() - 1]),
        painted.len()
    );
    println!(
        "  (includes WebDriver overhead: the session request goes through tauri-driver and \
         WebKitWebDriver, and the page is polled every 10 ms; run 1 may also pay for a cold \
         disk cache)"
    );
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
