//! The closing letter as PDF. Takes a plain, already-worded [`LetterDocument`] and gives
//! PDF bytes: letterhead with optional logo, date, addressee, reference, salutation,
//! sections, closing and signature, flowing onto as many pages as needed, each with
//! "Page N of M". Knows nothing of cases, SQL or the UI.
//!
//! The text is set in DejaVu Sans (regular and bold) compiled into the binary and subset
//! into each file, wrapped by the font's own glyph widths. Characters the font lacks are
//! printed as a visible mark and listed in [`RenderedPdf::replaced`]. The same document
//! always gives the same bytes.
mod blocks;
pub mod bench;
mod document;
pub mod draft;
mod emit;
mod fallback;
mod fonts;
mod head;
mod labels;
mod layout;
mod logo;
mod paginate;
pub mod report;
pub mod phrases;
mod save;
mod style;
mod wrap;

pub use document::{LetterDocument, LetterSection, Letterhead, PaperSize, RenderedPdf};
pub use draft::{DraftSection, LetterDraft};
pub use phrases::{LetterPhrase, PhraseOverride, Phrasebook};

use crate::error::Result;

/// Lays out and writes `doc` as a PDF. Fails only on a logo that cannot be decoded
/// ([`crate::AmendsError::LogoInvalid`]); odd characters in the text never fail it.
pub fn render_pdf(doc: &LetterDocument) -> Result<RenderedPdf> {
    let faces = fonts::faces()?;
    let frame = layout::Frame::new(doc.paper);
    // No bytes means no logo; bytes that do not decode are an error, never skipped silently.
    let logo = match doc.letterhead.logo.as_deref() {
        Some(bytes) if !bytes.is_empty() => Some(logo::prepare(bytes)?),
        _ => None,
    };
    let mut replaced = fallback::Replaced::default();

    // First pass: lay everything out and break it into pages.
    let (head, head_height) = head::letterhead(&doc.letterhead, logo.as_ref(), faces, &frame, &mut replaced);
    let blocks = blocks::body_blocks(doc, faces, frame.width(), &mut replaced);
    let pages = paginate::paginate(&blocks, &frame, head, head_height);
    let page_count = pages.len();

    // Second pass: draw, now that "of M" is known.
    let pdf = emit::document(doc, pages, &frame, faces, logo, &mut replaced);
    let bytes = save::save(&pdf, doc)?;
    Ok(RenderedPdf { bytes, page_count, replaced: replaced.into_vec() })
}
