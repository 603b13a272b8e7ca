//! Laying the copy's blocks out on A4 pages: wrapping long text at word boundaries (a word wider
//! than the line is broken), keeping a heading with what follows it, and starting a new page when
//! one is full. Pure arithmetic on the standard fonts' widths; no fonts are read.

use crate::content::Block;
use crate::metrics::{Font, encode};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 in points.
pub const PAGE_HEIGHT: f32 = 842.0;
/// The left and right margin.
pub const MARGIN: f32 = 56.0;
/// Where the body's first line sits (its baseline), below the header.
const BODY_TOP: f32 = PAGE_HEIGHT - 84.0;
/// The lowest baseline of the body, above the footer.
const BODY_BOTTOM: f32 = 72.0;
/// How far each level of nesting moves text right.
const INDENT_STEP: f32 = 14.0;
/// The body text size.
const TEXT_SIZE: f32 = 10.0;

/// A run of text in one font at one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    /// The font.
    pub font: Font,
    /// The size in points.
    pub size: f32,
    /// The left edge.
    pub x: f32,
    /// The baseline.
    pub y: f32,
    /// The text in WinAnsiEncoding.
    pub bytes: Vec<u8>,
}

/// The width of WinAnsi `bytes` in `font` at `size`, in points.
pub fn width(font: Font, size: f32, bytes: &[u8]) -> f32 {
    // Widths fit f32 exactly (at most 1000 per byte; texts are bounded by the document cap).
    font.width(bytes) as f32 * size / 1000.0
}

/// `text` wrapped to lines no wider than `max_width`, in WinAnsi bytes. Line breaks in the text
/// are kept; a carriage return before a line feed belongs to the break.
pub fn wrap(text: &str, font: Font, size: f32, max_width: f32) -> Vec<Vec<u8>> {
    let space = width(font, size, b" ");
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.strip_suffix('\r').unwrap_or(paragraph);
        let mut line: Vec<u8> = Vec::new();
        let mut line_width = 0.0;
        for word in paragraph.split(' ').filter(|word| !word.is_empty()) {
            let mut word = encode(word);
            let mut word_width = width(font, size, &word);
            if !line.is_empty() && line_width + space + word_width > max_width {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            // A word wider than a whole line is broken where it no longer fits.
            while word_width > max_width && line.is_empty() {
                let mut taken = 0;
                let mut taken_width = 0.0;
                for byte in &word {
                    let byte_width = width(font, size, &[*byte]);
                    if taken > 0 && taken_width + byte_width > max_width {
                        break;
                    }
                    taken += 1;
                    taken_width += byte_width;
                }
                let rest = word.split_off(taken);
                lines.push(word);
                word = rest;
                word_width = width(font, size, &word);
            }
            if word.is_empty() {
                continue;
            }
            if !line.is_empty() {
                line.push(b' ');
                line_width += space;
            }
            line.extend_from_slice(&word);
            line_width += word_width;
        }
        lines.push(line);
    }
    lines
}

/// `text` cut to fit `max_width`, ending with "..." when it was cut.
pub fn truncate(text: &str, font: Font, size: f32, max_width: f32) -> Vec<u8> {
    let mut bytes = encode(text);
    if width(font, size, &bytes) <= max_width {
        return bytes;
    }
    let ellipsis = width(font, size, b"...");
    while !bytes.is_empty() && width(font, size, &bytes) + ellipsis > max_width {
        bytes.pop();
    }
    bytes.extend_from_slice(b"...");
    bytes
}

/// A line of the body before it is placed: its segments' x and text, and its height.
struct PendingLine {
    segments: Vec<(Font, f32, f32, Vec<u8>)>,
    height: f32,
    /// A heading is moved to the next page rather than left alone at the bottom of one.
    keep_with_next: bool,
}

fn indent_x(indent: u8) -> f32 {
    MARGIN + f32::from(indent) * INDENT_STEP
}

fn pending_lines(blocks: &[Block]) -> Vec<PendingLine> {
    let right = PAGE_WIDTH - MARGIN;
    let mut lines = Vec::new();
    let text_lines = |lines: &mut Vec<PendingLine>, text: &str, font: Font, size: f32, x: f32| {
        for bytes in wrap(text, font, size, right - x) {
            lines.push(PendingLine {
                segments: vec![(font, size, x, bytes)],
                height: size * 1.35,
                keep_with_next: false,
            });
        }
    };
    for block in blocks {
        match block {
            Block::Title(text) => text_lines(&mut lines, text, Font::Bold, 18.0, MARGIN),
            Block::Heading {
                level,
                text,
                indent,
            } => {
                let size = match level {
                    1 => 14.0,
                    2 => 11.0,
                    _ => TEXT_SIZE,
                };
                let before = lines.len();
                text_lines(&mut lines, text, Font::Bold, size, indent_x(*indent));
                if let Some(first) = lines.get_mut(before) {
                    first.height += if *level == 1 { 8.0 } else { 3.0 };
                }
                for line in lines.iter_mut().skip(before) {
                    line.keep_with_next = true;
                }
            }
            Block::Field {
                label,
                value,
                indent,
            } => {
                let x = indent_x(*indent);
                let label = format!("{label}: ");
                let label_bytes = encode(&label);
                let label_width = width(Font::Bold, TEXT_SIZE, &label_bytes);
                let value_lines = wrap(value, Font::Regular, TEXT_SIZE, right - x - label_width);
                if label_width < (right - x) / 2.0 {
                    // The value sits beside its label, continuation lines aligned with it.
                    for (index, bytes) in value_lines.into_iter().enumerate() {
                        let mut segments = Vec::new();
                        if index == 0 {
                            segments.push((Font::Bold, TEXT_SIZE, x, label_bytes.clone()));
                        }
                        segments.push((Font::Regular, TEXT_SIZE, x + label_width, bytes));
                        lines.push(PendingLine {
                            segments,
                            height: TEXT_SIZE * 1.35,
                            keep_with_next: false,
                        });
                    }
                } else {
                    text_lines(&mut lines, &label, Font::Bold, TEXT_SIZE, x);
                    if let Some(last) = lines.last_mut() {
                        last.keep_with_next = true;
                    }
                    text_lines(&mut lines, value, Font::Regular, TEXT_SIZE, x + INDENT_STEP);
                }
            }
            Block::Paragraph { text, indent } => text_lines(
                &mut lines,
                text,
                Font::Regular,
                TEXT_SIZE,
                indent_x(*indent),
            ),
            Block::Space => lines.push(PendingLine {
                segments: Vec::new(),
                height: 8.0,
                keep_with_next: false,
            }),
        }
    }
    lines
}

/// The blocks laid out as pages of placed segments. There is always at least one page.
pub fn paginate(blocks: &[Block]) -> Vec<Vec<Segment>> {
    let lines = pending_lines(blocks);
    let mut pages: Vec<Vec<Segment>> = vec![Vec::new()];
    let mut y = BODY_TOP;
    let mut first_on_page = true;
    for (index, line) in lines.iter().enumerate() {
        // A heading (and the label of a long field) takes the next line along to the next page.
        let needed = if line.keep_with_next {
            line.height + lines.get(index + 1).map_or(0.0, |next| next.height)
        } else {
            line.height
        };
        if !first_on_page && y - needed < BODY_BOTTOM {
            pages.push(Vec::new());
            y = BODY_TOP;
            first_on_page = true;
        }
        if first_on_page && line.segments.is_empty() {
            // No blank space at the top of a page.
            continue;
        }
        if !first_on_page {
            y -= line.height;
        }
        first_on_page = false;
        if let Some(page) = pages.last_mut() {
            for (font, size, x, bytes) in &line.segments {
                page.push(Segment {
                    font: *font,
                    size: *size,
                    x: *x,
                    y,
                    bytes: bytes.clone(),
                });
            }
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_within_the_width_and_keeps_line_breaks() {
        let text = "Jeg vil ha en egen leilighet med fast kontrakt, nær skolen til Emma. "
            .repeat(10)
            + "\nNy linje";
        let lines = wrap(&text, Font::Regular, 10.0, 200.0);
        assert!(lines.len() > 5);
        for line in &lines {
            assert!(width(Font::Regular, 10.0, line) <= 200.0, "{line:?}");
        }
        assert_eq!(lines.last().map(Vec::as_slice), Some(&b"Ny linje"[..]));
        let long_word = "å".repeat(500);
        let lines = wrap(&long_word, Font::Bold, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.iter().map(Vec::len).sum::<usize>(), 500);
    }

    #[test]
    fn many_blocks_make_many_pages_each_within_the_body() {
        let blocks: Vec<Block> = (0..500)
            .map(|index| Block::Paragraph {
                text: format!("Mål nummer {index}"),
                indent: 1,
            })
            .collect();
        let pages = paginate(&blocks);
        assert!(pages.len() > 5);
        for segment in pages.iter().flatten() {
            assert!(segment.y >= BODY_BOTTOM && segment.y <= BODY_TOP);
        }
    }
}
