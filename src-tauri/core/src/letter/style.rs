//! The letter's typography in one place: page margins, type sizes, leading, colours and
//! the gaps between parts. Values are PDF points (1/72 inch) unless named in millimetres.
use super::fonts::Weight;

/// Points per millimetre.
pub(crate) const MM: f32 = 72.0 / 25.4;

pub(crate) const MARGIN_LEFT: f32 = 25.0 * MM;
pub(crate) const MARGIN_RIGHT: f32 = 20.0 * MM;
pub(crate) const MARGIN_TOP: f32 = 20.0 * MM;
pub(crate) const MARGIN_BOTTOM: f32 = 20.0 * MM;
/// The footer sits inside the bottom margin, clear of the body text.
pub(crate) const FOOTER_BASELINE: f32 = 11.0 * MM;

/// The logo is scaled to fit this box (width, height), keeping its aspect ratio.
pub(crate) const LOGO_BOX: (f32, f32) = (40.0 * MM, 20.0 * MM);
/// Space between the letterhead text and the logo beside it.
pub(crate) const LOGO_GAP: f32 = 6.0 * MM;

// Vertical rhythm between the parts of the letter.
pub(crate) const AFTER_LETTERHEAD: f32 = 4.0 * MM;
pub(crate) const AFTER_RULE: f32 = 8.0 * MM;
pub(crate) const BEFORE_ADDRESSEE: f32 = 4.0 * MM;
pub(crate) const BEFORE_REFERENCE: f32 = 9.0 * MM;
pub(crate) const BEFORE_SALUTATION: f32 = 5.0 * MM;
pub(crate) const BEFORE_HEADING: f32 = 12.0;
pub(crate) const AFTER_HEADING: f32 = 2.0;
pub(crate) const BETWEEN_PARAGRAPHS: f32 = 7.0;
pub(crate) const BEFORE_CLOSING: f32 = 14.0;
/// Room for a handwritten signature between the closing and the name.
pub(crate) const SIGNATURE_ROOM: f32 = 11.0 * MM;
pub(crate) const RULE_WIDTH: f32 = 0.6;

/// DejaVu Sans' vertical metrics in em, used to centre glyphs in their line box.
pub(crate) const ASCENT: f32 = 0.928;
pub(crate) const DESCENT: f32 = 0.236;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tone {
    /// Body text: a soft black, easier on the eye than pure black.
    Ink,
    /// Contact lines, titles, footer.
    Muted,
    /// The hairline under the letterhead.
    Rule,
}

impl Tone {
    pub(crate) fn rgb(self) -> (f32, f32, f32) {
        match self {
            Tone::Ink => (0.11, 0.11, 0.12),
            Tone::Muted => (0.38, 0.38, 0.40),
            Tone::Rule => (0.72, 0.72, 0.74),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct TextStyle {
    pub weight: Weight,
    pub size: f32,
    /// Height of one line box.
    pub leading: f32,
    pub tone: Tone,
}

impl TextStyle {
    /// Distance from the top of a line box to the baseline, glyphs centred in the box.
    pub(crate) fn baseline_offset(&self) -> f32 {
        self.leading / 2.0 + (ASCENT - DESCENT) * self.size / 2.0
    }
}

pub(crate) const BODY: TextStyle = TextStyle { weight: Weight::Regular, size: 10.5, leading: 15.0, tone: Tone::Ink };
pub(crate) const BODY_BOLD: TextStyle = TextStyle { weight: Weight::Bold, ..BODY };
pub(crate) const HEADING: TextStyle = TextStyle { weight: Weight::Bold, size: 11.0, leading: 16.0, tone: Tone::Ink };
pub(crate) const SHOP_NAME: TextStyle = TextStyle { weight: Weight::Bold, size: 16.0, leading: 20.0, tone: Tone::Ink };
pub(crate) const CONTACT: TextStyle = TextStyle { weight: Weight::Regular, size: 8.5, leading: 11.5, tone: Tone::Muted };
pub(crate) const SIGNATURE_TITLE: TextStyle = TextStyle { tone: Tone::Muted, ..BODY };
pub(crate) const FOOTER: TextStyle = TextStyle { weight: Weight::Regular, size: 8.0, leading: 10.0, tone: Tone::Muted };
