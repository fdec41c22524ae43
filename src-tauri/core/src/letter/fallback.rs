//! Characters the font cannot draw. A customer's text can carry emoji or rare symbols
//! pasted from a messenger; the letter must neither crash on them nor lose the words after
//! them, so each one becomes a visible mark and is reported to the caller.
use super::fonts::Face;

const ZWJ: char = '\u{200D}';

/// Characters replaced so far, each once, in the order first met.
#[derive(Debug, Default)]
pub(crate) struct Replaced(Vec<char>);

impl Replaced {
    fn note(&mut self, c: char) {
        if !self.0.contains(&c) {
            self.0.push(c);
        }
    }

    pub(crate) fn into_vec(self) -> Vec<char> {
        self.0
    }
}

/// Joiners, variation selectors and skin-tone modifiers only shape the emoji before them:
/// after a replaced emoji they are part of the same picture, not a second unknown sign.
fn shapes_previous(c: char) -> bool {
    matches!(c, ZWJ | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// `text` made drawable in `face`: tabs become spaces, carriage returns go (a `\n` stays a
/// line break), and each character the face lacks becomes U+FFFD (or `?` if even that is
/// missing). A ZWJ sequence such as a family emoji becomes one mark, not five.
pub(crate) fn drawable(text: &str, face: &Face, replaced: &mut Replaced) -> String {
    let mark = if face.has_glyph('\u{FFFD}') { '\u{FFFD}' } else { '?' };
    let mut out = String::with_capacity(text.len());
    let mut after_mark = false;
    let mut joining = false;
    for c in text.chars() {
        match c {
            '\n' => {
                out.push('\n');
                after_mark = false;
                continue;
            }
            '\r' => continue,
            '\t' => {
                out.push(' ');
                after_mark = false;
                continue;
            }
            _ => {}
        }
        if after_mark && shapes_previous(c) {
            joining = c == ZWJ;
            continue;
        }
        if face.has_glyph(c) && !c.is_control() {
            out.push(c);
            after_mark = false;
            joining = false;
            continue;
        }
        replaced.note(c);
        // The emoji after a ZWJ joins the one already marked.
        if !joining {
            out.push(mark);
        }
        after_mark = true;
        joining = false;
    }
    out
}
