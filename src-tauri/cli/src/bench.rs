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
    // Asked by the navigation's badge once a minute, whatever screen is open.
    measure("Today counts (the navigation's badge)", 20.0, runs, |_| desk.today_counts().map(drop))?;
    measure("open corrective actions", 50.0, runs, |_| desk.list_corrective(true).map(drop))?;
    let months = review_months(&desk)?;
    measure("monthly review: one month's figures", 30.0, runs, |i| desk.month_figures(&months[i % months.len()]).map(drop))?;
    measure("monthly review: 12-month trend", 100.0, runs, |i| desk.month_trend(&months[i % months.len()]).map(drop))?;
    measure("monthly review: report PDF", 200.0, runs / 10 + 1, |i| desk.month_report_pdf(Some(&months[i % months.len()])).map(drop))?;
    measure("monthly review: whole screen (3 months, breakdowns, trend)", 200.0, runs / 4 + 1, |i| {
        desk.month_review(Some(&months[i % months.len()])).map(drop)
    })?;
    measure("customer picker search", 20.0, runs, |i| {
        desk.search_customers(SEARCHES[i % SEARCHES.len()], 10).map(drop)
    })?;
    letter()
}

fn last_month() -> String {
    let today = chrono::Utc::now().date_naive();
    let first = today.with_day0(0).unwrap_or(today);
    (first - chrono::Duration::days(1)).format("%Y-%m").to_string()
}

use chrono::Datelike;

/// Letters in the letter benchmark, as the issue sets it.
const LETTER_RUNS: usize = 100;

/// The closing letter: generation time of a typical one-page letter (p50 over 100, no logo)
/// and its size, against the targets; then LibreOffice converting the same letter, when
/// `soffice` is on the PATH, as the owner's usual alternative.
pub fn letter() -> Result<()> {
    let figures = amends_core::letter::bench::run(LETTER_RUNS)?;
    println!(
        "{:<34} p50 {:>7.2} ms   p95 {:>7.2} ms   first {:>7.2} ms   target p50 <= 5 ms {}",
        format!("closing letter ({} runs)", figures.runs),
        figures.p50_ms,
        figures.p95_ms,
        figures.first_ms,
        if figures.p50_ms <= 5.0 { "ok" } else { "OVER" }
    );
    println!(
        "{:<34} {:>7} bytes ({:.1} KB), {} page(s)   target <= 40 KB {}",
        "closing letter file, no logo",
        figures.bytes,
        figures.bytes as f64 / 1024.0,
        figures.pages,
        if figures.bytes <= 40 * 1024 { "ok" } else { "OVER" }
    );
    soffice_beside()
}

/// The same letter as HTML, converted by `soffice --headless --convert-to pdf`.
fn soffice_beside() -> Result<()> {
    let Some(soffice) = find_on_path("soffice") else {
        println!("{:<34} skipped: LibreOffice (soffice) is not on the PATH", "LibreOffice, same letter");
        return Ok(());
    };
    let dir = std::env::temp_dir().join(format!("amends-bench-letter-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let html = dir.join("letter.html");
    std::fs::write(&html, letter_html(&amends_core::letter::bench::sample_letter()))?;
    // A private profile, so a running LibreOffice does not swallow the conversion.
    let profile = format!("-env:UserInstallation=file://{}", dir.join("profile").display());
    let mut times = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let status = std::process::Command::new(&soffice)
            .args([profile.as_str(), "--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .arg(&html)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()?;
        if !status.success() {
            println!("{:<34} failed: soffice exited with {status}", "LibreOffice, same letter");
            let _ = std::fs::remove_dir_all(&dir);
            return Ok(());
        }
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    let size = std::fs::metadata(dir.join("letter.pdf")).map(|m| m.len()).unwrap_or(0);
    println!(
        "{:<34} first {:>7.0} ms   then {:>7.0} ms   {} bytes ({:.1} KB)",
        "LibreOffice, same letter (HTML)",
        times[0],
        times[1..].iter().sum::<f64>() / (times.len() - 1) as f64,
        size,
        size as f64 / 1024.0
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

fn find_on_path(name: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()))
        .unwrap_or(None)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\n', "<br>")
}

/// An equivalent document: the same letterhead, lines and sections, plainly styled.
fn letter_html(doc: &amends_core::letter::LetterDocument) -> String {
    let mut out = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{font-family:'DejaVu Sans';font-size:10.5pt}</style></head><body>");
    out.push_str(&format!("<h2>{}</h2>", escape(&doc.letterhead.shop_name)));
    for line in &doc.letterhead.lines {
        out.push_str(&format!("<div><small>{}</small></div>", escape(line)));
    }
    out.push_str("<hr>");
    out.push_str(&format!("<p>{}<br>{}</p>", escape(&doc.date_line), escape(&doc.reference_line)));
    out.push_str(&format!("<p>{}</p>", doc.addressee.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>")));
    out.push_str(&format!("<p><b>{}</b></p>", escape(&doc.salutation)));
    for section in &doc.sections {
        if let Some(heading) = &section.heading {
            out.push_str(&format!("<h4>{}</h4>", escape(heading)));
        }
        for p in &section.paragraphs {
            out.push_str(&format!("<p>{}</p>", escape(p)));
        }
    }
    out.push_str(&format!("<p>{}</p>", escape(&doc.closing)));
    out.push_str(&format!("<p>{}</p>", doc.signature.iter().map(|l| escape(l)).collect::<Vec<_>>().join("<br>")));
    out.push_str("</body></html>");
    out
}

/// The twelve months up to the last full one; runs take them in turn rather than timing the
/// same month again and again.
fn review_months(desk: &Desk) -> Result<Vec<String>> {
    let last = desk.month_review(None)?.figures.month;
    let trend = desk.month_trend(&last)?;
    Ok(trend.into_iter().map(|p| p.month).collect())
}
