//! The letter's two faces, DejaVu Sans regular and bold, compiled into the binary so a
//! letter never depends on the fonts of the machine that prints it (printpdf is built
//! without its `html` feature, so it never asks fontconfig for anything). Parsed once per
//! process: parsing a 750 KB face costs more than laying out a whole letter.
use std::sync::OnceLock;

use printpdf::ParsedFont;

use crate::error::{AmendsError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

pub(crate) struct Face {
    font: ParsedFont,
    units_per_em: f32,
}

impl Face {
    fn parse(bytes: &[u8], name: &str) -> std::result::Result<Face, String> {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| format!("the bundled font {name} cannot be read"))?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(format!("the bundled font {name} has no units per em"));
        }
        Ok(Face { font, units_per_em })
    }

    pub(crate) fn parsed(&self) -> &ParsedFont {
        &self.font
    }

    /// Whether the face has a real glyph for `c` (glyph 0 is the empty-box ".notdef").
    pub(crate) fn has_glyph(&self, c: char) -> bool {
        matches!(self.font.lookup_glyph_index(c as u32), Some(gid) if gid != 0)
    }

    /// The advance of `c` in em, read from the font's own metrics so wrapping matches
    /// what the PDF viewer draws. Characters without a glyph are replaced before layout.
    fn advance_em(&self, c: char) -> f32 {
        match self.font.lookup_glyph_index(c as u32) {
            Some(gid) => f32::from(self.font.get_horizontal_advance(gid)) / self.units_per_em,
            None => 0.0,
        }
    }

    /// Width of `text` set at `size` points, in points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance_em(c)).sum::<f32>() * size
    }
}

pub(crate) struct Faces {
    pub regular: Face,
    pub bold: Face,
}

impl Faces {
    pub(crate) fn get(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

static FACES: OnceLock<std::result::Result<Faces, String>> = OnceLock::new();

/// The parsed faces. Failing here means the binary itself is damaged, not the letter.
pub(crate) fn faces() -> Result<&'static Faces> {
    let loaded = FACES.get_or_init(|| {
        Ok(Faces {
            regular: Face::parse(dejavu::sans::regular(), "DejaVu Sans")?,
            bold: Face::parse(dejavu::sans::bold(), "DejaVu Sans Bold")?,
        })
    });
    loaded.as_ref().map_err(|problem| AmendsError::Io(std::io::Error::other(problem.clone())))
}
