//! The letterhead on the first page: the shop's name large and bold, its contact lines
//! small and grey beneath, the logo at the top right, and a hairline under it all.
use super::document::Letterhead;
use super::fallback::{drawable, Replaced};
use super::fonts::Faces;
use super::layout::{Frame, Item};
use super::logo::Logo;
use super::style::{TextStyle, AFTER_LETTERHEAD, AFTER_RULE, CONTACT, LOGO_GAP, SHOP_NAME};
use super::wrap::wrap;

/// Space between the shop's name and its contact lines.
const NAME_TO_CONTACTS: f32 = 3.0;

/// The letterhead's items and the height it takes below the top margin, rule included.
pub(crate) fn letterhead(head: &Letterhead, logo: Option<&Logo>, faces: &Faces, frame: &Frame, replaced: &mut Replaced) -> (Vec<Item>, f32) {
    let mut items = Vec::new();
    let mut logo_height = 0.0;
    let mut text_width = frame.width();
    if let Some(logo) = logo {
        items.push(Item::Logo { x: frame.right - logo.width, y: frame.top - logo.height, width: logo.width, height: logo.height });
        logo_height = logo.height;
        text_width -= logo.width + LOGO_GAP;
    }

    let mut used = 0.0;
    let mut put = |text: &str, style: TextStyle, items: &mut Vec<Item>, used: &mut f32| {
        let face = faces.get(style.weight);
        for line in wrap(&drawable(text, face, replaced), face, style.size, text_width) {
            let baseline = frame.top - *used - style.baseline_offset();
            items.push(Item::Text { x: frame.left, baseline, text: line, style });
            *used += style.leading;
        }
    };
    if !head.shop_name.trim().is_empty() {
        put(head.shop_name.trim(), SHOP_NAME, &mut items, &mut used);
        used += NAME_TO_CONTACTS;
    }
    for line in head.lines.iter().filter(|l| !l.trim().is_empty()) {
        put(line.trim(), CONTACT, &mut items, &mut used);
    }

    let height = f32::max(used, logo_height);
    if height == 0.0 {
        return (items, 0.0);
    }
    let rule_y = frame.top - height - AFTER_LETTERHEAD;
    items.push(Item::Rule { x1: frame.left, x2: frame.right, y: rule_y });
    (items, height + AFTER_LETTERHEAD + AFTER_RULE)
}
