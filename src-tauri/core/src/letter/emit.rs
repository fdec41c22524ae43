//! The second pass: positioned items to PDF pages, with the footer "Page N of M" now that
//! the number of pages is known.
use printpdf::{
    Color, FontId, Line as PdfLine, LinePoint, Mm, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage, Point, Pt, Rgb,
    TextItem, TextMatrix, XObject, XObjectId, XObjectTransform,
};

use super::document::LetterDocument;
use super::fallback::{drawable, Replaced};
use super::fonts::{Faces, Weight};
use super::labels::page_of;
use super::layout::{Frame, Item, PageLayout};
use super::logo::Logo;
use super::style::{Tone, FOOTER, FOOTER_BASELINE, MM, RULE_WIDTH};
use super::wrap::one_line;

// Fixed resource names: printpdf's own are random per call, which would make two prints
// of one letter differ. The first six letters of a font's name become its subset tag.
const REGULAR_ID: &str = "AMDSRG";
const BOLD_ID: &str = "AMDSBD";
const LOGO_ID: &str = "Logo";

/// The finished document, ready for [`super::save::save`].
pub(crate) fn document(doc: &LetterDocument, pages: Vec<PageLayout>, frame: &Frame, faces: &Faces, logo: Option<Logo>, replaced: &mut Replaced) -> PdfDocument {
    let total = pages.len();
    let reference = drawable(doc.reference_line.trim(), &faces.regular, replaced);
    let mut pdf_pages = Vec::with_capacity(total);
    for (index, mut page) in pages.into_iter().enumerate() {
        footer(&mut page, doc, &reference, index + 1, total, frame, faces);
        let mut ops = Vec::new();
        shapes(&page, logo.as_ref(), &mut ops);
        text(&page, &mut ops);
        pdf_pages.push(PdfPage::new(Mm(frame.page_width / MM), Mm(frame.page_height / MM), ops));
    }

    let title = if doc.reference_line.trim().is_empty() { doc.letterhead.shop_name.trim() } else { doc.reference_line.trim() };
    let mut pdf = PdfDocument::new(title);
    pdf.metadata.info.creator = "Amends".into();
    pdf.metadata.info.producer = "Amends".into();
    pdf.resources.fonts.map.insert(FontId(REGULAR_ID.into()), PdfFont::new(faces.regular.parsed().clone()));
    pdf.resources.fonts.map.insert(FontId(BOLD_ID.into()), PdfFont::new(faces.bold.parsed().clone()));
    if let Some(logo) = logo {
        pdf.resources.xobjects.map.insert(XObjectId(LOGO_ID.into()), XObject::Image(logo.image));
    }
    pdf.with_pages(pdf_pages);
    pdf
}

/// The reference at the left (so a loose second page still says whose letter it is) and
/// "Page N of M" at the right.
fn footer(page: &mut PageLayout, doc: &LetterDocument, reference: &str, number: usize, total: usize, frame: &Frame, faces: &Faces) {
    let face = faces.get(FOOTER.weight);
    let label = page_of(doc.language, number, total);
    let label_width = face.width(&label, FOOTER.size);
    page.items.push(Item::Text { x: frame.right - label_width, baseline: FOOTER_BASELINE, text: label, style: FOOTER });
    let room = frame.width() - label_width - 8.0 * MM;
    if !reference.is_empty() && room > 0.0 {
        let text = one_line(reference, face, FOOTER.size, room);
        page.items.push(Item::Text { x: frame.left, baseline: FOOTER_BASELINE, text, style: FOOTER });
    }
}

fn rgb(tone: Tone) -> Color {
    let (r, g, b) = tone.rgb();
    Color::Rgb(Rgb { r, g, b, icc_profile: None })
}

fn shapes(page: &PageLayout, logo: Option<&Logo>, ops: &mut Vec<Op>) {
    for item in &page.items {
        match item {
            Item::Rule { x1, x2, y } => {
                let point = |x: f32| LinePoint { p: Point { x: Pt(x), y: Pt(*y) }, bezier: false };
                ops.push(Op::SetOutlineColor { col: rgb(Tone::Rule) });
                ops.push(Op::SetOutlineThickness { pt: Pt(RULE_WIDTH) });
                ops.push(Op::DrawLine { line: PdfLine { points: vec![point(*x1), point(*x2)], is_closed: false } });
            }
            Item::Logo { x, y, width, height } => {
                let Some(logo) = logo else { continue };
                // At 72 dpi one pixel is one point; the scale then sets the printed size.
                let transform = XObjectTransform {
                    translate_x: Some(Pt(*x)),
                    translate_y: Some(Pt(*y)),
                    scale_x: Some(width / logo.image.width as f32),
                    scale_y: Some(height / logo.image.height as f32),
                    dpi: Some(72.0),
                    ..Default::default()
                };
                ops.push(Op::UseXobject { id: XObjectId(LOGO_ID.into()), transform });
            }
            Item::Text { .. } => {}
        }
    }
}

/// All the page's text in one text section; font and colour are set only when they change.
fn text(page: &PageLayout, ops: &mut Vec<Op>) {
    ops.push(Op::StartTextSection);
    let mut font: Option<(Weight, f32)> = None;
    let mut tone: Option<Tone> = None;
    for item in &page.items {
        let Item::Text { x, baseline, text, style } = item else { continue };
        if text.is_empty() {
            continue;
        }
        if font != Some((style.weight, style.size)) {
            let id = match style.weight {
                Weight::Regular => REGULAR_ID,
                Weight::Bold => BOLD_ID,
            };
            ops.push(Op::SetFont { font: PdfFontHandle::External(FontId(id.into())), size: Pt(style.size) });
            font = Some((style.weight, style.size));
        }
        if tone != Some(style.tone) {
            ops.push(Op::SetFillColor { col: rgb(style.tone) });
            tone = Some(style.tone);
        }
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(*baseline)) });
        ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
    }
    ops.push(Op::EndTextSection);
}
