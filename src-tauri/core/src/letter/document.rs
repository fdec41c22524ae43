//! What the letter renderer takes and gives: a plain, already-drafted letter in, PDF bytes
//! out. Nothing here knows about cases, SQL or the UI; the caller drafts the wording.
use serde::{Deserialize, Serialize};

use crate::case::Language;

/// The sheet the letter is printed on. A4 unless the shop is in a Letter country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, ts_rs::TS)]
pub enum PaperSize {
    #[default]
    #[serde(rename = "a4")]
    A4,
    #[serde(rename = "letter")]
    Letter,
}

impl PaperSize {
    /// Width and height in millimetres (portrait).
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            PaperSize::A4 => (210.0, 297.0),
            PaperSize::Letter => (215.9, 279.4),
        }
    }
}

/// The shop's letterhead at the top of the first page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letterhead {
    pub shop_name: String,
    /// Legal name, address, phone, e-mail: one per line, printed smaller under the name.
    pub lines: Vec<String>,
    /// PNG or JPEG bytes; scaled to fit a 40 × 20 mm box at the top right.
    pub logo: Option<Vec<u8>>,
}

/// One part of the letter's body: an optional bold heading and its paragraphs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterSection {
    pub heading: Option<String>,
    /// A `\n` inside a paragraph is kept as a line break.
    pub paragraphs: Vec<String>,
}

/// A closing letter, fully worded. Every string is printed as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterDocument {
    /// Language of the page footer ("Page 1 of 2" / "Страница 1 из 2").
    pub language: Language,
    #[serde(default)]
    pub paper: PaperSize,
    pub letterhead: Letterhead,
    /// Already formatted by the caller, in the letter's language.
    pub date_line: String,
    /// The case number as the customer sees it, e.g. "Case 2026-0042".
    pub reference_line: String,
    pub addressee: Vec<String>,
    pub salutation: String,
    pub sections: Vec<LetterSection>,
    /// "Sincerely," / "С уважением,".
    pub closing: String,
    /// The owner's name, then title; the first line is printed bold.
    pub signature: Vec<String>,
}

/// The rendered letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPdf {
    pub bytes: Vec<u8>,
    pub page_count: usize,
    /// Characters the bundled font cannot draw (emoji, rare symbols), each once, in the
    /// order first met. Each was printed as a visible replacement mark; the UI should say
    /// so before the letter is handed over.
    pub replaced: Vec<char>,
}
