//! The shapes shared by the layout passes: blocks of lines before pagination, positioned
//! items after it.
use super::style::TextStyle;

/// One line of text, already wrapped, drawn `indent` points right of the left margin.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub text: String,
    pub style: TextStyle,
    pub indent: f32,
}

/// Lines that belong together, for the page breaker: a paragraph, a heading, an address.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub lines: Vec<Line>,
    /// Space above the block; dropped at the top of a page.
    pub space_before: f32,
    /// Never split over two pages (an address, the signature block).
    pub keep_together: bool,
    /// Never left alone at the bottom of a page (a heading, the salutation).
    pub keep_with_next: bool,
}

impl Block {
    pub(crate) fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.style.leading).sum()
    }

    /// The least of this block that may start a page's last stretch: all of it when it
    /// must stay together or is too short to split well, else its first two lines.
    pub(crate) fn min_start_height(&self) -> f32 {
        if self.keep_together || self.lines.len() < super::paginate::MIN_SPLIT_LINES {
            self.height()
        } else {
            self.lines.iter().take(super::paginate::ORPHAN_LINES).map(|l| l.style.leading).sum()
        }
    }
}

/// Something placed on a page, in PDF coordinates (points from the bottom-left corner).
#[derive(Debug, Clone)]
pub(crate) enum Item {
    Text { x: f32, baseline: f32, text: String, style: TextStyle },
    Rule { x1: f32, x2: f32, y: f32 },
    Logo { x: f32, y: f32, width: f32, height: f32 },
}

#[derive(Debug, Clone, Default)]
pub(crate) struct PageLayout {
    pub items: Vec<Item>,
}

/// Where the text may go on a sheet.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub page_width: f32,
    pub page_height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub(crate) fn new(paper: super::document::PaperSize) -> Frame {
        use super::style::{MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MM};
        let (w, h) = paper.size_mm();
        let (page_width, page_height) = (w * MM, h * MM);
        Frame {
            page_width,
            page_height,
            left: MARGIN_LEFT,
            right: page_width - MARGIN_RIGHT,
            top: page_height - MARGIN_TOP,
            bottom: MARGIN_BOTTOM,
        }
    }

    pub(crate) fn width(&self) -> f32 {
        self.right - self.left
    }
}
