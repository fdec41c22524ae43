//! The CLI's commands, each a few calls on the core's `Desk`.
use std::io::Write;
use std::path::{Path, PathBuf};

use amends_core::case::CaseQuery;
use amends_core::time::FixedClock;
use amends_core::{AmendsError, Desk, Result};
use chrono::{DateTime, Utc};

use crate::Format;

/// Tauri's app data folder for our identifier, so the CLI finds the app's data.
const APP_IDENTIFIER: &str = "app.amends.desktop";

pub fn data_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("AMENDS_DATA_DIR").filter(|v| !v.is_empty()).map(PathBuf::from))
        .unwrap_or_else(|| dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(APP_IDENTIFIER))
}

fn parse_now(now: Option<&str>) -> Result<DateTime<Utc>> {
    match now {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map(|at| at.with_timezone(&Utc))
            .map_err(|_| AmendsError::invalid("now", "invalid_datetime")),
        None => {
            let today = Utc::now().date_naive();
            Ok(today.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
        }
    }
}

pub fn demo(dir: &Path, cases: usize, seed: u64, now: Option<&str>) -> Result<()> {
    let desk = Desk::open_with_clock(dir, Box::new(FixedClock(parse_now(now)?)))?;
    let started = std::time::Instant::now();
    let summary = desk.demo(cases, seed)?;
    println!(
        "added {} cases, {} customers, {} staff, {} compensation items in {:.1} s to {}",
        summary.cases,
        summary.customers,
        summary.staff,
        summary.compensations,
        started.elapsed().as_secs_f64(),
        dir.display()
    );
    Ok(())
}

pub fn import(dir: &Path, file: &Path) -> Result<()> {
    let text = std::fs::read_to_string(file)?;
    let desk = Desk::open(dir)?;
    let summary = desk.import_json(&text)?;
    println!("{}", serde_json::to_string_pretty(&summary)?);
    Ok(())
}

pub fn export(dir: &Path, format: Format, out: Option<&Path>) -> Result<()> {
    let desk = Desk::open(dir)?;
    match (format, out) {
        (Format::Json, None) => {
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            serde_json::to_writer_pretty(&mut lock, &desk.export_json()?)?;
            writeln!(lock)?;
        }
        (Format::Json, Some(path)) => {
            let file = std::io::BufWriter::new(std::fs::File::create(path)?);
            serde_json::to_writer_pretty(file, &desk.export_json()?)?;
        }
        (Format::Csv, Some(folder)) => {
            let (cases, customers) = desk.export_csv(folder)?;
            eprintln!("wrote {cases} cases and {customers} customers to {}", folder.display());
        }
        (Format::Csv, None) => return Err(AmendsError::invalid("out", "required")),
    }
    Ok(())
}

pub fn list(dir: &Path, search: Option<String>, limit: u32, json: bool) -> Result<()> {
    let desk = Desk::open(dir)?;
    let page = desk.list_cases(&CaseQuery { search, limit: Some(limit), ..CaseQuery::default() })?;
    if json {
        let rows: Vec<serde_json::Value> = page
            .items
            .iter()
            .map(|c| {
                serde_json::json!({
                    "id": c.id,
                    "number": c.number,
                    "status": c.status,
                    "customer_name": c.customer_name,
                    "received_at": c.received_at,
                    "channel": c.channel,
                    "category": c.category.name.clone().or(c.category.code.clone()),
                    "product": c.product,
                    "overdue": c.overdue,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        for c in &page.items {
            println!("{}  {:<18} {:<25} {}", c.number, c.status.code(), c.received_at, c.customer_name);
        }
        eprintln!("{} of {} cases", page.items.len(), page.total);
    }
    Ok(())
}

pub fn info(dir: &Path) -> Result<()> {
    let desk = Desk::open(dir)?;
    let info = desk.app_info(None, None)?;
    let cases = desk.list_cases(&CaseQuery { limit: Some(1), ..CaseQuery::default() })?.total;
    println!("data folder:    {}", info.data_dir);
    println!("schema version: {}", info.schema_version);
    println!("shop:           {}", info.shop.map(|s| s.fields.shop_name).unwrap_or_else(|| "(not set up)".into()));
    println!("cases:          {cases}");
    Ok(())
}
