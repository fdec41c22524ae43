//! Breaking text into lines by measured glyph widths. Lines break at spaces (a no-break
//! space keeps "1 500 ₽" together); a single word wider than the line is cut by characters.
use super::fonts::Face;

/// Rounding slack, so a word that fits exactly is not pushed to the next line.
const SLACK: f32 = 0.01;

/// `text` as lines no wider than `width` points at `size`. A `\n` forces a break; an
/// empty hard line is kept as an empty line.
pub(crate) fn wrap(text: &str, face: &Face, size: f32, width: f32) -> Vec<String> {
    let space = face.width(" ", size);
    let mut lines = Vec::new();
    for hard_line in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in hard_line.split(' ').filter(|w| !w.is_empty()) {
            let word_width = face.width(word, size);
            if !line.is_empty() && line_width + space + word_width <= width + SLACK {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width + SLACK {
                line.push_str(word);
                line_width = word_width;
            } else {
                let mut pieces = cut_word(word, face, size, width);
                line = pieces.pop().unwrap_or_default();
                line_width = face.width(&line, size);
                lines.extend(pieces);
            }
        }
        lines.push(line);
    }
    lines
}

/// A word longer than a line (a URL, a long code) cut into line-wide pieces.
fn cut_word(word: &str, face: &Face, size: f32, width: f32) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    for c in word.chars() {
        let mut candidate = piece.clone();
        candidate.push(c);
        if !piece.is_empty() && face.width(&candidate, size) > width + SLACK {
            pieces.push(std::mem::take(&mut piece));
            piece.push(c);
        } else {
            piece = candidate;
        }
    }
    pieces.push(piece);
    pieces
}

/// `text` on one line of at most `width` points, ending in "…" when it had to be cut.
pub(crate) fn one_line(text: &str, face: &Face, size: f32, width: f32) -> String {
    let flat = text.replace('\n', " ");
    if face.width(&flat, size) <= width + SLACK {
        return flat;
    }
    let room = width - face.width("…", size);
    let mut out = String::new();
    for c in flat.chars() {
        out.push(c);
        if face.width(&out, size) > room {
            out.pop();
            break;
        }
    }
    format!("{}…", out.trim_end())
}
