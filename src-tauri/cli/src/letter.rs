//! `amends-cli letter`: the closing letter of a case as PDF, drafted and printed exactly as
//! the app drafts it (same phrases, same letterhead), without keeping a version.
use std::path::Path;

use amends_core::case::Language;
use amends_core::{AmendsError, Desk, Result};

pub fn letter(dir: &Path, number: &str, out: &Path, lang: Option<&str>) -> Result<()> {
    let language = match lang {
        None => None,
        Some(code) => Some(Language::from_code(code).ok_or_else(|| AmendsError::invalid("lang", "unknown_choice"))?),
    };
    let desk = Desk::open(dir)?;
    let case = desk.get_case_by_number(number)?;
    let draft = desk.letter_draft(&case.id, language)?;
    let pdf = desk.render_letter(&case.id, &draft)?;
    std::fs::write(out, &pdf.bytes)?;
    println!(
        "wrote {} ({} page(s), {} bytes, {})",
        out.display(),
        pdf.page_count,
        pdf.bytes.len(),
        draft.language.code()
    );
    if !pdf.replaced.is_empty() {
        let chars: String = pdf.replaced.iter().collect();
        eprintln!("note: characters the letter's font lacks were printed as a mark: {chars}");
    }
    Ok(())
}
