//! `amends-cli letter` on a real data folder: the PDF it writes reads back with poppler's
//! `pdftotext`, in the customer's language or the one asked for; a case not yet at the
//! letter step is refused. `bench --letter` prints the letter's figures.
use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amends-cli")).arg("--data-dir").arg(dir).args(args).output().expect("run amends-cli")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let out = run(dir, args);
    assert!(out.status.success(), "amends-cli {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn letter_writes_a_pdf_that_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    ok(dir.path(), &["demo", "--cases", "200", "--seed", "3", "--now", "2026-11-25T09:00:00Z"]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&ok(dir.path(), &["list", "--json", "--limit", "200"])).unwrap();
    let closed = rows.iter().find(|r| r["status"] == "closed").expect("a closed demo case");
    let number = closed["number"].as_str().unwrap();

    let out = dir.path().join("letter.pdf");
    let printed = ok(dir.path(), &["letter", "--case", number, "--out", out.to_str().unwrap()]);
    assert!(printed.contains("wrote") && printed.contains("page"), "{printed}");
    let text = pdftotext(&out);
    let customer = closed["customer_name"].as_str().unwrap();
    let surname = customer.split_whitespace().next().unwrap();
    assert!(text.contains(number), "{text}");
    assert!(text.contains(surname), "{surname} in {text}");
    assert!(text.contains("С уважением,") || text.contains("Kind regards,"), "{text}");

    let en = dir.path().join("letter-en.pdf");
    ok(dir.path(), &["letter", "--case", number, "--out", en.to_str().unwrap(), "--lang", "en"]);
    let text = pdftotext(&en);
    assert!(text.contains(&format!("Case {number}")) && text.contains("Kind regards,"), "{text}");
    // Same draft, same bytes: the CLI prints what the app generates.
    let again = dir.path().join("again.pdf");
    ok(dir.path(), &["letter", "--case", number, "--out", again.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(std::fs::read(&en).unwrap(), std::fs::read(&again).unwrap());

    // A new case has no letter yet.
    let fresh = rows.iter().find(|r| r["status"] == "new" || r["status"] == "acknowledged").expect("an early demo case");
    let refused = run(dir.path(), &["letter", "--case", fresh["number"].as_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("letter_not_ready"), "{}", String::from_utf8_lossy(&refused.stderr));
}

#[test]
fn bench_prints_the_letter_figures() {
    let dir = tempfile::tempdir().unwrap();
    let printed = ok(dir.path(), &["bench", "--letter"]);
    assert!(printed.contains("closing letter (100 runs)") && printed.contains("p50"), "{printed}");
    assert!(printed.contains("bytes") && printed.contains("LibreOffice"), "{printed}");
}
