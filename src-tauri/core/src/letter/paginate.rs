//! The page breaker: the first of the two passes. It flows blocks down the pages and only
//! ever breaks between lines, never inside one. A heading is kept with the start of what
//! follows it, and a paragraph is not split so that one lonely line stays behind (orphan)
//! or goes ahead alone (widow). The second pass (emit) adds "Page N of M" once M is known.
use super::layout::{Block, Frame, Item, PageLayout};

/// A paragraph shorter than this is moved whole rather than split.
pub(crate) const MIN_SPLIT_LINES: usize = 4;
/// Lines of a split paragraph that must stay at the bottom of a page, and go to the next.
pub(crate) const ORPHAN_LINES: usize = 2;
const WIDOW_LINES: usize = 2;

/// Flows `blocks` onto pages. The first page already holds `first_page` (the letterhead)
/// and its body starts `first_page_used` points below the top margin.
pub(crate) fn paginate(blocks: &[Block], frame: &Frame, first_page: Vec<Item>, first_page_used: f32) -> Vec<PageLayout> {
    let mut flow = Flow { frame, pages: vec![PageLayout { items: first_page }], used: first_page_used, fresh: false };
    for (i, block) in blocks.iter().enumerate() {
        let space = if flow.fresh { 0.0 } else { block.space_before };
        let mut needed = space + block.min_start_height();
        if block.keep_with_next {
            if let Some(next) = blocks.get(i + 1) {
                needed += next.space_before + next.min_start_height();
            }
        }
        if !flow.fresh && needed > flow.room() && needed - space <= flow.full_room() {
            flow.new_page();
        }
        if !flow.fresh {
            flow.used += block.space_before;
        }
        flow.place(block);
    }
    flow.pages
}

struct Flow<'a> {
    frame: &'a Frame,
    pages: Vec<PageLayout>,
    /// Height already used on the current page, down from the top margin.
    used: f32,
    /// Nothing placed on the current page yet.
    fresh: bool,
}

impl Flow<'_> {
    fn room(&self) -> f32 {
        self.full_room() - self.used
    }

    fn full_room(&self) -> f32 {
        self.frame.top - self.frame.bottom
    }

    fn new_page(&mut self) {
        self.pages.push(PageLayout::default());
        self.used = 0.0;
        self.fresh = true;
    }

    /// Places the block's lines, breaking to new pages between lines as needed.
    fn place(&mut self, block: &Block) {
        let mut next = 0;
        while next < block.lines.len() {
            let left = &block.lines[next..];
            let fitting = lines_fitting(left, self.room());
            let take = if fitting >= left.len() {
                left.len()
            } else {
                self.split_point(block, next, fitting)
            };
            for line in &left[..take] {
                self.put(line);
            }
            next += take;
            if next < block.lines.len() {
                self.new_page();
            }
        }
    }

    /// How many of the remaining lines to keep on this page when not all fit.
    fn split_point(&self, block: &Block, next: usize, fitting: usize) -> usize {
        let remaining = block.lines.len() - next;
        let splittable = !block.keep_together && block.lines.len() >= MIN_SPLIT_LINES;
        let take = if splittable { fitting.min(remaining.saturating_sub(WIDOW_LINES)) } else { 0 };
        let take = if next == 0 && take < ORPHAN_LINES { 0 } else { take };
        // On an empty page something must go, or a too-tall block would loop forever.
        if take == 0 && self.fresh {
            fitting.max(1)
        } else {
            take
        }
    }

    fn put(&mut self, line: &super::layout::Line) {
        let baseline = self.frame.top - self.used - line.style.baseline_offset();
        let item = Item::Text { x: self.frame.left + line.indent, baseline, text: line.text.clone(), style: line.style };
        if let Some(page) = self.pages.last_mut() {
            page.items.push(item);
        }
        self.used += line.style.leading;
        self.fresh = false;
    }
}

fn lines_fitting(lines: &[super::layout::Line], room: f32) -> usize {
    let mut height = 0.0;
    lines
        .iter()
        .take_while(|l| {
            height += l.style.leading;
            height <= room + 0.01
        })
        .count()
}
