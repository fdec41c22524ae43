//! `amends-cli bench`: latency of what the owner waits for, on the real database file.
//! Prints p50 and p95 against the targets; a benchmark, never a test that fails on time.
use std::path::Path;
use std::time::Instant;

use amends_core::case::{CaseQuery, CaseStatus};
use amends_core::{Desk, Result};

/// Words an owner would type: names, products, complaint words, phone fragments.
const SEARCHES: &[&str] = &[
    "чайник", "Иванова", "протекает", "доставку", "refund", "Smith", "списали", "A-1", "912",
    "ремонт", "wrong", "куртка", "Анна Серг", "лампа", "грубо",
];

fn percentile(sorted_ms: &[f64], p: f64) -> f64 {
    if sorted_ms.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * (sorted_ms.len() - 1) as f64).round() as usize;
    sorted_ms[rank.min(sorted_ms.len() - 1)]
}

fn measure(name: &str, target_ms: f64, runs: usize, mut job: impl FnMut(usize) -> Result<()>) -> Result<()> {
    job(0)?; // warm the page cache and statement cache once
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let started = Instant::now();
        job(i)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let p95 = percentile(&times, 95.0);
    println!(
        "{name:<34} p50 {:>7.2} ms   p95 {:>7.2} ms   max {:>7.2} ms   target p95 <= {target_ms} ms {}",
        percentile(&times, 50.0),
        p95,
        times.last().copied().unwrap_or(f64::NAN),
        if p95 <= target_ms { "ok" } else { "OVER" }
    );
    Ok(())
}

pub fn run(dir: &Path, runs: usize, detail: bool) -> Result<()> {
    let desk = Desk::open(dir)?;
    let total = desk.list_cases(&CaseQuery { limit: Some(1), ..CaseQuery::default() })?.total;
    println!("amends-cli bench: {total} cases in {}, {runs} runs each", dir.display());
    let sample: Vec<String> = desk
        .list_cases(&CaseQuery { limit: Some(500), offset: Some(total / 3), ..CaseQuery::default() })?
        .items
        .into_iter()
        .map(|c| c.id)
        .collect();

    measure("case list, first page (50)", 20.0, runs, |_| desk.list_cases(&CaseQuery::default()).map(drop))?;
    measure("case list, status + month filter", 20.0, runs, |_| {
        let query = CaseQuery { status: Some(CaseStatus::Closed), month: Some(last_month()), ..CaseQuery::default() };
        desk.list_cases(&query).map(drop)
    })?;
    measure("full-text search, first page", 20.0, runs, |i| {
        let query = CaseQuery { search: Some(SEARCHES[i % SEARCHES.len()].to_string()), ..CaseQuery::default() };
        desk.list_cases(&query).map(drop)
    })?;
    if detail {
        for term in SEARCHES {
            measure(&format!("  search {term:?}"), 20.0, runs / 10 + 1, |_| {
                desk.list_cases(&CaseQuery { search: Some(term.to_string()), ..CaseQuery::default() }).map(drop)
            })?;
        }
    }
    if !sample.is_empty() {
        measure("open one case", 5.0, runs, |i| desk.get_case(&sample[i % sample.len()]).map(drop))?;
        measure("open a case's checklist and clocks", 20.0, runs, |i| desk.checklist(&sample[i % sample.len()]).map(drop))?;
        measure("open a case's timeline", 20.0, runs, |i| desk.timeline(&sample[i % sample.len()]).map(drop))?;
    }
    measure("Today screen", 50.0, runs, |_| desk.today().map(drop))?;
    measure("open corrective actions", 50.0, runs, |_| desk.list_corrective(true).map(drop))?;
    measure("customer picker search", 20.0, runs, |i| {
        desk.search_customers(SEARCHES[i % SEARCHES.len()], 10).map(drop)
    })?;
    Ok(())
}

fn last_month() -> String {
    let today = chrono::Utc::now().date_naive();
    let first = today.with_day0(0).unwrap_or(today);
    (first - chrono::Duration::days(1)).format("%Y-%m").to_string()
}

use chrono::Datelike;
