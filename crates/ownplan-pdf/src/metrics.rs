//! The text metrics of the two standard fonts the copy uses, Helvetica and Helvetica-Bold, and
//! the mapping from Unicode to their WinAnsiEncoding (Windows code page 1252) bytes.
//!
//! Why the standard fonts: every PDF reader has them (or a metric-compatible substitute), so the
//! copy needs no embedded font, stays small and builds quickly in the browser. WinAnsiEncoding
//! covers every letter of Norwegian, Swedish, Danish, German, French and English (æ ø å ä ö é ü
//! ...), and also Š š Ž ž Œ œ Ÿ, the euro sign, dashes and typographic quotes. Anything else (Sami
//! letters such as č đ ŋ ŧ, Polish, Cyrillic, Arabic, Somali in Arabic script, Tigrinya) is shown
//! as "?" in the visible pages, and the first page then says so; the embedded signed document
//! always holds the exact text. Those
//! scripts need an embedded font subset (a CIDFontType2 font with a ToUnicode map) and, for Arabic
//! and other joined scripts, shaping and bidirectional ordering.
//!
//! The widths are the Adobe Font Metrics of the two fonts (units of 1/1000 em), for the codes
//! 32..=255 in WinAnsiEncoding order; codes the encoding leaves undefined have width 0 and are
//! never produced. They were read (by a one-off script, not kept) from the Core 14 AFM files
//! `Helvetica.afm` and `Helvetica-Bold.afm` as groff ships them converted
//! (`/usr/share/groff/*/font/devps/HR` and `HB`). The AFM files carry this notice, which Adobe
//! asks to be kept with them: "Copyright (c) 1985, 1987, 1989, 1990, 1997, 1998, 1999 Adobe
//! Systems Incorporated. All Rights Reserved. Helvetica is a trademark of Linotype-Hell AG
//! and/or its subsidiaries." Adobe publishes these metrics for anyone to use with the standard
//! fonts; only numbers are taken, no font is embedded.

const HELVETICA: [u16; 224] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 333, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 333,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 333, 584, 333, 737, 333, 400, 584, 333, 333, 333, 578, 537, 278, 333,
    333, 365, 333, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

const HELVETICA_BOLD: [u16; 224] = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 333, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 333,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 333, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 333, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

/// The two fonts of the copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Font {
    /// Helvetica, for text.
    Regular,
    /// Helvetica-Bold, for headings and labels.
    Bold,
}

impl Font {
    /// The width of one WinAnsi byte in 1/1000 em.
    fn width_of_byte(self, byte: u8) -> u32 {
        let table = match self {
            Font::Regular => &HELVETICA,
            Font::Bold => &HELVETICA_BOLD,
        };
        usize::from(byte)
            .checked_sub(32)
            .and_then(|index| table.get(index))
            .map_or(0, |width| u32::from(*width))
    }

    /// The width of WinAnsi `bytes` in 1/1000 em.
    pub fn width(self, bytes: &[u8]) -> u32 {
        bytes.iter().map(|byte| self.width_of_byte(*byte)).sum()
    }
}

/// The bytes 0x80..=0x9F of Windows code page 1252, as Unicode (0 where the code page has none).
const CP1252_HIGH: [u16; 32] = [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
    0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/// The WinAnsi byte for `character`, if the encoding has it. Controls have none.
pub fn win_ansi_byte(character: char) -> Option<u8> {
    let code = u32::from(character);
    match code {
        0x20..=0x7e | 0xa0..=0xff => u8::try_from(code).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|unicode| *unicode != 0 && u32::from(*unicode) == code)
            .and_then(|index| u8::try_from(0x80 + index).ok()),
    }
}

/// `text` in WinAnsiEncoding: a tab or a no-break space becomes a space, and every character the
/// encoding lacks becomes "?" (see the module documentation).
pub fn encode(text: &str) -> Vec<u8> {
    text.chars()
        .map(|character| match character {
            '\t' | '\u{a0}' => b' ',
            other => win_ansi_byte(other).unwrap_or(b'?'),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_letters_have_their_win_ansi_bytes_and_widths() {
        assert_eq!(
            encode("æøåÆØÅäöÄÖé"),
            b"\xe6\xf8\xe5\xc6\xd8\xc5\xe4\xf6\xc4\xd6\xe9"
        );
        assert_eq!(encode("€–“”"), b"\x80\x96\x93\x94");
        assert_eq!(encode("čŋ Ж"), b"?? ?");
        assert_eq!(Font::Regular.width(b"a"), 556);
        assert_eq!(Font::Regular.width(&encode("æ")), 889);
        assert_eq!(Font::Bold.width(&encode("ø")), 611);
        assert_eq!(Font::Regular.width(b" "), 278);
    }
}
