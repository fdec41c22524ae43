//! The letter's body as blocks for the page breaker: date, addressee, reference,
//! salutation, sections, then closing and signature kept together.
use super::document::LetterDocument;
use super::fallback::{drawable, Replaced};
use super::fonts::Faces;
use super::layout::{Block, Line};
use super::style::{
    TextStyle, AFTER_HEADING, BEFORE_ADDRESSEE, BEFORE_CLOSING, BEFORE_HEADING, BEFORE_REFERENCE,
    BEFORE_SALUTATION, BETWEEN_PARAGRAPHS, BODY, BODY_BOLD, HEADING, SIGNATURE_ROOM, SIGNATURE_TITLE,
};
use super::wrap::wrap;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

struct Builder<'a> {
    faces: &'a Faces,
    width: f32,
    replaced: &'a mut Replaced,
}

impl Builder<'_> {
    /// `text` wrapped to the body width in `style`, drawable characters only.
    fn lines(&mut self, text: &str, style: TextStyle, align: Align) -> Vec<Line> {
        let face = self.faces.get(style.weight);
        let text = drawable(text.trim(), face, self.replaced);
        wrap(&text, face, style.size, self.width)
            .into_iter()
            .map(|text| {
                let indent = match align {
                    Align::Left => 0.0,
                    Align::Right => (self.width - face.width(&text, style.size)).max(0.0),
                };
                Line { text, style, indent }
            })
            .collect()
    }

    fn block(&mut self, text: &str, style: TextStyle, space_before: f32) -> Block {
        Block { lines: self.lines(text, style, Align::Left), space_before, keep_together: false, keep_with_next: false }
    }
}

pub(crate) fn body_blocks(doc: &LetterDocument, faces: &Faces, width: f32, replaced: &mut Replaced) -> Vec<Block> {
    let mut b = Builder { faces, width, replaced };
    let mut blocks = Vec::new();
    let present = |s: &String| !s.trim().is_empty();

    if present(&doc.date_line) {
        let lines = b.lines(&doc.date_line, BODY, Align::Right);
        blocks.push(Block { lines, space_before: 0.0, keep_together: true, keep_with_next: false });
    }
    let address: Vec<Line> = doc.addressee.iter().filter(|l| present(l)).flat_map(|l| b.lines(l, BODY, Align::Left)).collect();
    if !address.is_empty() {
        blocks.push(Block { lines: address, space_before: BEFORE_ADDRESSEE, keep_together: true, keep_with_next: false });
    }
    if present(&doc.reference_line) {
        blocks.push(Block { keep_with_next: true, ..b.block(&doc.reference_line, BODY_BOLD, BEFORE_REFERENCE) });
    }
    if present(&doc.salutation) {
        blocks.push(Block { keep_with_next: true, ..b.block(&doc.salutation, BODY, BEFORE_SALUTATION) });
    }
    for section in &doc.sections {
        let mut space = BETWEEN_PARAGRAPHS;
        if let Some(heading) = section.heading.as_ref().filter(|h| present(h)) {
            blocks.push(Block { keep_with_next: true, ..b.block(heading, HEADING, BEFORE_HEADING) });
            space = AFTER_HEADING;
        }
        for paragraph in section.paragraphs.iter().filter(|p| present(p)) {
            blocks.push(b.block(paragraph, BODY, space));
            space = BETWEEN_PARAGRAPHS;
        }
    }
    blocks.push(signature_block(doc, &mut b));
    blocks
}

/// Closing, room to sign by hand, the name in bold and the title in grey: one block, so
/// the signature never stands alone on a page without the closing.
fn signature_block(doc: &LetterDocument, b: &mut Builder) -> Block {
    let mut lines = b.lines(&doc.closing, BODY, Align::Left);
    let spacer = TextStyle { leading: SIGNATURE_ROOM, ..BODY };
    lines.push(Line { text: String::new(), style: spacer, indent: 0.0 });
    for (i, line) in doc.signature.iter().filter(|l| !l.trim().is_empty()).enumerate() {
        let style = if i == 0 { BODY_BOLD } else { SIGNATURE_TITLE };
        lines.extend(b.lines(line, style, Align::Left));
    }
    Block { lines, space_before: BEFORE_CLOSING, keep_together: true, keep_with_next: false }
}
