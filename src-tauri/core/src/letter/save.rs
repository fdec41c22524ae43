//! Writing the PDF so that the same letter always gives the same bytes ("re-printing gives
//! the same file"): fixed font and image names, no dates, and a document /ID derived from
//! the letter's content instead of printpdf's per-process counter.
use lopdf::{Object, StringFormat};
use printpdf::{ImageCompression, ImageOptimizationOptions, PdfDocument, PdfSaveOptions};
use sha2::{Digest, Sha256};

use super::document::LetterDocument;
use crate::error::{AmendsError, Result};

/// Info entries worth keeping; printpdf also writes dates, an empty PDF/X version and
/// empty keywords, which would only make two prints of one letter differ or mislead.
const INFO_KEPT: [&[u8]; 3] = [b"Title", b"Creator", b"Producer"];

pub(crate) fn save(pdf: &PdfDocument, doc: &LetterDocument) -> Result<Vec<u8>> {
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        // Lossless, so a logo's edges and flat colours stay crisp.
        image_optimization: Some(ImageOptimizationOptions { format: Some(ImageCompression::Flate), ..Default::default() }),
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&opts, &mut warnings);

    let id = Object::String(fingerprint(doc), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    if let Ok(info_id) = lo.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(Object::Dictionary(info)) = lo.get_object_mut(info_id) {
            let dropped: Vec<Vec<u8>> =
                info.iter().map(|(k, _)| k.clone()).filter(|k| !INFO_KEPT.contains(&k.as_slice())).collect();
            for key in dropped {
                info.remove(&key);
            }
        }
    }

    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| AmendsError::Io(std::io::Error::other(e.to_string())))?;
    Ok(bytes)
}

/// 16 bytes of SHA-256 over everything printed, each field length-prefixed so that moving
/// text between fields changes the id. The crate version is in it: a new layout is a new file.
fn fingerprint(doc: &LetterDocument) -> Vec<u8> {
    let mut h = Sha256::new();
    let mut field = |bytes: &[u8]| {
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    };
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(doc.language.code().as_bytes());
    field(format!("{:?}", doc.paper).as_bytes());
    field(doc.letterhead.shop_name.as_bytes());
    let count = |n: usize| (n as u64).to_le_bytes();
    field(&count(doc.letterhead.lines.len()));
    for line in &doc.letterhead.lines {
        field(line.as_bytes());
    }
    field(doc.letterhead.logo.as_deref().unwrap_or_default());
    field(doc.date_line.as_bytes());
    field(doc.reference_line.as_bytes());
    field(&count(doc.addressee.len()));
    for line in &doc.addressee {
        field(line.as_bytes());
    }
    field(doc.salutation.as_bytes());
    field(&count(doc.sections.len()));
    for section in &doc.sections {
        field(section.heading.as_deref().unwrap_or_default().as_bytes());
        field(&count(section.paragraphs.len()));
        for paragraph in &section.paragraphs {
            field(paragraph.as_bytes());
        }
    }
    field(doc.closing.as_bytes());
    field(&count(doc.signature.len()));
    for line in &doc.signature {
        field(line.as_bytes());
    }
    h.finalize()[..16].to_vec()
}
