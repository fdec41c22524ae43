//! A plain report on the letter's paper, fonts and letterhead: headings, a table of
//! figures, lines of text and horizontal bar charts drawn as vector shapes. The monthly
//! review prints through it (`stats::report`). Blocks flow onto new pages as needed; each
//! page has "Page N of M". The same report gives the same bytes.
use printpdf::{
    Color, FontId, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, Point, Polygon,
    PolygonRing, Pt, Rgb, TextItem, TextMatrix, WindingOrder,
};

use super::document::{LetterDocument, LetterSection, Letterhead, PaperSize, RenderedPdf};
use super::fallback::{drawable, Replaced};
use super::fonts::{Faces, Weight};
use super::labels::page_of;
use super::style::{Tone, BODY, CONTACT, FOOTER, FOOTER_BASELINE, HEADING, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MM, SHOP_NAME};
use super::wrap::{one_line, wrap};
use crate::case::enums::Language;
use crate::error::Result;

pub struct ReportDocument {
    pub language: Language,
    pub paper: PaperSize,
    pub letterhead: Letterhead,
    pub title: String,
    pub blocks: Vec<ReportBlock>,
}

pub enum ReportBlock {
    Heading(String),
    /// Rows of cells; the first row is the header (bold). Columns share the width, the first
    /// one twice as wide.
    Table(Vec<Vec<String>>),
    /// Wrapped paragraphs, one per entry.
    Text(Vec<String>),
    /// A horizontal bar chart: (label, value, the value as printed).
    Bars(Vec<(String, f64, String)>),
}

const BAR_HEIGHT: f32 = 9.0;
const BAR_GAP: f32 = 4.0;
const ROW: f32 = 14.0;
const BLOCK_GAP: f32 = 8.0;
const BAR_COLOUR: (f32, f32, f32) = (0.16, 0.55, 0.45);

enum Draw {
    Text { x: f32, y: f32, text: String, weight: Weight, size: f32, tone: Tone },
    Rect { x: f32, y: f32, w: f32, h: f32 },
}

struct Pager {
    width: f32,
    height: f32,
    pages: Vec<Vec<Draw>>,
    y: f32,
}

impl Pager {
    fn left(&self) -> f32 {
        MARGIN_LEFT
    }
    fn usable(&self) -> f32 {
        self.width - MARGIN_LEFT - MARGIN_RIGHT
    }
    /// Makes room for `h` points, starting a page when the current one is full.
    fn need(&mut self, h: f32) {
        if self.y - h < MARGIN_BOTTOM {
            self.pages.push(Vec::new());
            self.y = self.height - MARGIN_TOP;
        }
    }
    fn push(&mut self, d: Draw) {
        if let Some(page) = self.pages.last_mut() {
            page.push(d);
        }
    }
    fn text(&mut self, x: f32, text: String, weight: Weight, size: f32, tone: Tone) {
        let y = self.y - size;
        self.push(Draw::Text { x, y, text, weight, size, tone });
    }
}

pub fn render_report(doc: &ReportDocument) -> Result<RenderedPdf> {
    let faces = super::fonts::faces()?;
    let (w_mm, h_mm) = doc.paper.size_mm();
    let (width, height) = (w_mm * MM, h_mm * MM);
    let mut replaced = Replaced::default();
    let mut p = Pager { width, height, pages: vec![Vec::new()], y: height - MARGIN_TOP };
    let clean = |s: &str, weight: Weight, replaced: &mut Replaced| drawable(s, faces.get(weight), replaced);

    // Letterhead: shop name, contact line, then the title.
    let name = clean(&doc.letterhead.shop_name, Weight::Bold, &mut replaced);
    p.text(p.left(), name, Weight::Bold, SHOP_NAME.size, Tone::Ink);
    p.y -= SHOP_NAME.leading;
    let contacts = clean(&doc.letterhead.lines.join(" · "), Weight::Regular, &mut replaced);
    for line in wrap(&contacts, &faces.regular, CONTACT.size, p.usable()) {
        p.text(p.left(), line, Weight::Regular, CONTACT.size, Tone::Muted);
        p.y -= CONTACT.leading;
    }
    p.y -= 10.0;
    let title = clean(&doc.title, Weight::Bold, &mut replaced);
    p.text(p.left(), title, Weight::Bold, 14.0, Tone::Ink);
    p.y -= 24.0;

    for block in &doc.blocks {
        match block {
            ReportBlock::Heading(text) => {
                p.need(HEADING.leading * 3.0);
                p.y -= BLOCK_GAP;
                let text = clean(text, Weight::Bold, &mut replaced);
                p.text(p.left(), text, Weight::Bold, HEADING.size, Tone::Ink);
                p.y -= HEADING.leading + 2.0;
            }
            ReportBlock::Table(rows) => {
                let columns = rows.first().map_or(1, Vec::len).max(1);
                let unit = p.usable() / (columns as f32 + 1.0);
                for (i, row) in rows.iter().enumerate() {
                    p.need(ROW);
                    let weight = if i == 0 { Weight::Bold } else { Weight::Regular };
                    let mut x = p.left();
                    for (c, cell) in row.iter().enumerate() {
                        let room = if c == 0 { unit * 2.0 } else { unit } - 4.0;
                        let cell = clean(cell, weight, &mut replaced);
                        let text = one_line(&cell, faces.get(weight), 9.0, room);
                        p.text(x, text, weight, 9.0, if i == 0 { Tone::Muted } else { Tone::Ink });
                        x += if c == 0 { unit * 2.0 } else { unit };
                    }
                    p.y -= ROW;
                }
                p.y -= BLOCK_GAP / 2.0;
            }
            ReportBlock::Text(paragraphs) => {
                for paragraph in paragraphs {
                    let paragraph = clean(paragraph, Weight::Regular, &mut replaced);
                    for line in wrap(&paragraph, &faces.regular, 9.5, p.usable()) {
                        p.need(BODY.leading);
                        p.text(p.left(), line, Weight::Regular, 9.5, Tone::Ink);
                        p.y -= 13.5;
                    }
                    p.y -= 3.0;
                }
            }
            ReportBlock::Bars(bars) => {
                let label_width = p.usable() * 0.38;
                let value_width = 60.0;
                let track = p.usable() - label_width - value_width - 8.0;
                let max = bars.iter().map(|b| b.1).fold(0.0_f64, f64::max);
                for (label, value, shown) in bars {
                    p.need(BAR_HEIGHT + BAR_GAP);
                    let label = clean(label, Weight::Regular, &mut replaced);
                    let text = one_line(&label, &faces.regular, 8.5, label_width - 6.0);
                    let top = p.y;
                    p.push(Draw::Text { x: p.left(), y: top - 7.5, text, weight: Weight::Regular, size: 8.5, tone: Tone::Ink });
                    let length = if max > 0.0 { (value / max) as f32 * track } else { 0.0 };
                    if length > 0.0 {
                        let x = p.left() + label_width;
                        p.push(Draw::Rect { x, y: top - BAR_HEIGHT, w: length.max(1.0), h: BAR_HEIGHT });
                    }
                    let x = p.left() + label_width + length + 4.0;
                    p.push(Draw::Text { x, y: top - 7.5, text: shown.clone(), weight: Weight::Regular, size: 8.5, tone: Tone::Muted });
                    p.y -= BAR_HEIGHT + BAR_GAP;
                }
                p.y -= BLOCK_GAP / 2.0;
            }
        }
    }

    let total = p.pages.len();
    let mut pdf_pages = Vec::with_capacity(total);
    for (index, page) in p.pages.into_iter().enumerate() {
        let mut ops = Vec::new();
        let (r, g, b) = BAR_COLOUR;
        ops.push(Op::SetFillColor { col: Color::Rgb(Rgb { r, g, b, icc_profile: None }) });
        for d in &page {
            if let Draw::Rect { x, y, w, h } = d {
                let pt = |x: f32, y: f32| LinePoint { p: Point { x: Pt(x), y: Pt(y) }, bezier: false };
                ops.push(Op::DrawPolygon {
                    polygon: Polygon {
                        rings: vec![PolygonRing { points: vec![pt(*x, *y), pt(x + w, *y), pt(x + w, y + h), pt(*x, y + h)] }],
                        mode: PaintMode::Fill,
                        winding_order: WindingOrder::NonZero,
                    },
                });
            }
        }
        ops.push(Op::StartTextSection);
        let footer = page_of(doc.language, index + 1, total);
        let footer_x = width - MARGIN_RIGHT - faces.regular.width(&footer, FOOTER.size);
        let footer_draw = Draw::Text { x: footer_x, y: FOOTER_BASELINE, text: footer, weight: Weight::Regular, size: FOOTER.size, tone: Tone::Muted };
        for d in page.iter().chain(std::iter::once(&footer_draw)) {
            if let Draw::Text { x, y, text, weight, size, tone } = d {
                let id = if *weight == Weight::Bold { "AMDSBD" } else { "AMDSRG" };
                let (r, g, b) = tone.rgb();
                ops.push(Op::SetFont { font: PdfFontHandle::External(FontId(id.into())), size: Pt(*size) });
                ops.push(Op::SetFillColor { col: Color::Rgb(Rgb { r, g, b, icc_profile: None }) });
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(*x), Pt(*y)) });
                ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
            }
        }
        ops.push(Op::EndTextSection);
        pdf_pages.push(PdfPage::new(Mm(w_mm), Mm(h_mm), ops));
    }
    let mut pdf = PdfDocument::new(&doc.title);
    pdf.metadata.info.creator = "Amends".into();
    pdf.metadata.info.producer = "Amends".into();
    register_fonts(&mut pdf, faces);
    pdf.with_pages(pdf_pages);
    // The document id is derived from the printed text, as for letters.
    let fingerprint = LetterDocument {
        language: doc.language,
        paper: doc.paper,
        letterhead: Letterhead { shop_name: doc.letterhead.shop_name.clone(), lines: doc.letterhead.lines.clone(), logo: None },
        date_line: String::new(),
        reference_line: doc.title.clone(),
        addressee: Vec::new(),
        salutation: String::new(),
        sections: vec![LetterSection { heading: None, paragraphs: doc.blocks.iter().map(block_text).collect() }],
        closing: String::new(),
        signature: Vec::new(),
    };
    let bytes = super::save::save(&pdf, &fingerprint)?;
    Ok(RenderedPdf { bytes, page_count: total, replaced: replaced.into_vec() })
}

fn register_fonts(pdf: &mut PdfDocument, faces: &Faces) {
    pdf.resources.fonts.map.insert(FontId("AMDSRG".into()), PdfFont::new(faces.regular.parsed().clone()));
    pdf.resources.fonts.map.insert(FontId("AMDSBD".into()), PdfFont::new(faces.bold.parsed().clone()));
}

fn block_text(block: &ReportBlock) -> String {
    match block {
        ReportBlock::Heading(t) => t.clone(),
        ReportBlock::Table(rows) => rows.iter().map(|r| r.join("\t")).collect::<Vec<_>>().join("\n"),
        ReportBlock::Text(p) => p.join("\n"),
        ReportBlock::Bars(b) => b.iter().map(|(l, _, s)| format!("{l}\t{s}")).collect::<Vec<_>>().join("\n"),
    }
}
