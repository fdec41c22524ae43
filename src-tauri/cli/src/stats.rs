//! `amends-cli stats`: the monthly review from the command line.
use std::path::Path;

use amends_core::stats::{MonthFigures, Share};
use amends_core::{Desk, Result};

fn share(s: &Share) -> String {
    match s.value {
        Some(v) => format!("{:.0}% ({} of {})", v * 100.0, s.count, s.of),
        None => "— (none due)".into(),
    }
}

fn hours(h: Option<f64>, of: u32) -> String {
    match h {
        Some(h) if h < 48.0 => format!("{h:.1} h (median of {of})"),
        Some(h) => format!("{:.1} days (median of {of})", h / 24.0),
        None => "—".into(),
    }
}

fn print_figures(f: &MonthFigures, currency: &str) {
    println!("received            {}", f.received);
    println!("closed              {}", f.closed);
    println!("open at month end   {}", f.open_at_end);
    println!("to acknowledge      {}", hours(f.median_acknowledge.hours, f.median_acknowledge.of));
    println!("to close            {}", hours(f.median_close.hours, f.median_close.of));
    println!("promises kept       {}", share(&f.promises_kept));
    println!("legal deadlines kept {}", share(&f.legal_kept));
    println!("compensation        {} {currency}", amends_core::case::validate::format_money(f.compensation_total_minor));
    for k in &f.compensation_by_kind {
        println!("  {:<18}{} ({} items)", k.kind, amends_core::case::validate::format_money(k.total_minor), k.items);
    }
    println!("satisfaction        {}", f.satisfaction_average.map(|a| format!("{a:.2} of 5")).unwrap_or_else(|| "—".into()));
    println!("scored 4–5          {}", share(&f.satisfied));
    println!("stayed customers    {}", share(&f.stayed));
    println!("repeat complainants {}", f.repeat_complainants);
}

pub fn stats(dir: &Path, month: Option<&str>, json: bool, csv: Option<&Path>, report: Option<&Path>) -> Result<()> {
    let desk = Desk::open(dir)?;
    let review = desk.month_review(month)?;
    if let Some(path) = report {
        let pdf = desk.month_report_pdf(Some(&review.figures.month))?;
        std::fs::write(path, &pdf.bytes)?;
        eprintln!("wrote the report of {} ({} pages) to {}", review.figures.month, pdf.page_count, path.display());
    }
    if let Some(path) = csv {
        let rows = desk.export_month_csv(&review.figures.month, path)?;
        eprintln!("wrote {rows} cases of {} to {}", review.figures.month, path.display());
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&review)?);
        return Ok(());
    }
    let currency = desk.shop_profile()?.map(|s| s.fields.currency).unwrap_or_default();
    println!("Monthly review {} (previous {}, a year earlier {})", review.figures.month, review.previous.month, review.year_ago.month);
    print_figures(&review.figures, &currency);
    println!("trend (received / closed):");
    for p in &review.trend {
        println!("  {}  {:>5} / {:<5}", p.month, p.received, p.closed);
    }
    Ok(())
}
