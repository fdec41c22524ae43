//! The letter renderer from the command line, until `amends-cli bench --letter` exists:
//!   cargo run --release -p amends-core --example letter -- bench [RUNS]
//!   cargo run --release -p amends-core --example letter -- sample OUT.pdf
use amends_core::letter::{bench, render_pdf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("sample") => {
            let out = args.get(1).ok_or("usage: letter sample OUT.pdf")?;
            let rendered = render_pdf(&bench::sample_letter())?;
            std::fs::write(out, &rendered.bytes)?;
            println!("{out}: {} bytes, {} page(s)", rendered.bytes.len(), rendered.page_count);
        }
        Some("bench") | None => {
            let runs = args.get(1).map(|r| r.parse()).transpose()?.unwrap_or(100);
            let b = bench::run(runs)?;
            println!(
                "letter: {} renders of a {}-page letter: p50 {:.2} ms, p95 {:.2} ms (first {:.1} ms, fonts included), {} bytes",
                b.runs, b.pages, b.p50_ms, b.p95_ms, b.first_ms, b.bytes
            );
        }
        Some(other) => return Err(format!("unknown command {other}; use bench or sample").into()),
    }
    Ok(())
}
