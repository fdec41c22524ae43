//! `amends-cli`: the Amends core from the command line, for tests, benchmarks and admins.
mod bench;
mod stats;
mod commands;
mod letter;
mod safety;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "amends-cli", version, about = "Amends from the command line")]
struct Cli {
    /// Data folder (default: $AMENDS_DATA_DIR, else the app's per-user data folder).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Add realistic synthetic cases over the last 24 months (deterministic for a seed and --now).
    Demo {
        #[arg(long, default_value_t = 200)]
        cases: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The demo's "now" (RFC 3339); default: the start of today (UTC), so a seed gives the same data all day.
        #[arg(long)]
        now: Option<String>,
    },
    /// Import customers and cases from a file in the exchange format (all or nothing).
    Import { file: PathBuf },
    /// Export customers and cases: JSON (the exchange format) or CSV (cases.csv + customers.csv).
    Export {
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// JSON: a file (default: standard output). CSV: a folder (required).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// List cases, newest first.
    List {
        /// Words to find (customer name, phone, order number, product, complaint).
        #[arg(long)]
        search: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Schema version and record counts.
    Info,
    /// Back up the database and its files to a new folder (or into an existing folder).
    Backup {
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore from a backup folder: shows what it holds, makes a safety backup of the
    /// current data first (or, if the database is damaged, moves it aside).
    Restore { backup: PathBuf },
    /// Check the database (quick_check, integrity_check) and the newest backup's manifest;
    /// exits non-zero if anything is damaged.
    Check,
    /// Verify the hash chain of every case timeline (names the first broken event of each
    /// broken chain) and the monthly review's kept tallies; exits non-zero on a problem.
    Verify {
        /// Derive the review's tallies afresh if they differ (the timelines are never changed).
        #[arg(long)]
        repair: bool,
    },
    /// Crash-test helper: records cases one by one, printing each number once committed.
    #[command(hide = true)]
    WriteLoop {
        #[arg(long, default_value_t = 1000)]
        count: usize,
    },
    /// Measure the case list, search and opening a case on this database, and the closing
    /// letter's generation (beside LibreOffice's when installed); prints p50/p95.
    Bench {
        #[arg(long, default_value_t = 200)]
        runs: usize,
        /// Also print the timing of each search term.
        #[arg(long)]
        detail: bool,
        /// Only the closing letter's figures (no database needed).
        #[arg(long)]
        letter: bool,
    },
    /// Write a case's closing letter as PDF (drafted as the app drafts it; no version is kept).
    Letter {
        /// The case number, e.g. 2026-0042.
        #[arg(long = "case", value_name = "NUMBER")]
        number: String,
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// The letter's language (default: the customer's).
        #[arg(long, value_parser = ["ru", "en"])]
        lang: Option<String>,
    },
    /// The monthly review of a month: headline figures (with the month before and a year
    /// earlier), breakdowns and the 12-month trend; `--json` prints one JSON object whose
    /// `received` is the month's count; `--csv FILE` writes the month's cases.
    Stats {
        /// "YYYY-MM" in the shop's time zone (default: the last full month).
        #[arg(long)]
        month: Option<String>,
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "FILE.csv")]
        csv: Option<PathBuf>,
        /// Also write the monthly report PDF.
        #[arg(long, value_name = "FILE.pdf")]
        report: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = commands::data_dir(cli.data_dir);
    let result = match cli.command {
        Command::Demo { cases, seed, now } => commands::demo(&data_dir, cases, seed, now.as_deref()),
        Command::Import { file } => commands::import(&data_dir, &file),
        Command::Export { format, out } => commands::export(&data_dir, format, out.as_deref()),
        Command::List { search, limit, json } => commands::list(&data_dir, search, limit, json),
        Command::Info => commands::info(&data_dir),
        Command::Backup { out } => safety::backup(&data_dir, &out),
        Command::Restore { backup } => safety::restore(&data_dir, &backup),
        Command::Check => safety::check(&data_dir),
        Command::Verify { repair } => safety::verify(&data_dir, repair),
        Command::WriteLoop { count } => safety::write_loop(&data_dir, count),
        Command::Bench { letter: true, .. } => bench::letter(),
        Command::Bench { runs, detail, letter: false } => bench::run(&data_dir, runs, detail),
        Command::Letter { number, out, lang } => letter::letter(&data_dir, &number, &out, lang.as_deref()),
        Command::Stats { month, json, csv, report } => stats::stats(&data_dir, month.as_deref(), json, csv.as_deref(), report.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("amends-cli: {err} [{}]", err.code());
            ExitCode::FAILURE
        }
    }
}

// The CLI builds demo data and runs the benchmarks: glibc's allocator spent a fifth of
// `demo --cases 100000` managing its free lists.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
