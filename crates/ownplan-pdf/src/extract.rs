//! Taking the signed plan document out of a PDF copy: [`extract_embedded_document`].
//!
//! A strict, bounded reader of just enough PDF to find the embedded files: the cross-reference
//! table, the trailer, the catalog, its EmbeddedFiles name tree and the file streams. Written
//! here rather than taken from a PDF library because the widget needs it in the browser, where a
//! full parser (lopdf, with its decoders, dates and collections) costs several times what this
//! does, and because only this small structure matters: the visible pages are never read.
//!
//! What is accepted:
//! - the copies this crate writes, and PDFs from other producers with a classic cross-reference
//!   table (`xref` ... `trailer`), including incremental updates (a chain of `/Prev` sections,
//!   as an editor that adds a note or changes text appends them);
//! - name trees with `/Names` and `/Kids`;
//! - an embedded file stored without a filter.
//!
//! What is refused, each with a clear [`PdfError`] and never a panic: a file over
//! [`MAX_PDF_BYTES`], anything that does not start with `%PDF-`, cross-reference streams and
//! object streams (the compressed structure of PDF 1.5+; a copy re-saved that way must be made
//! again), encrypted PDFs, compressed embedded files (`/Filter`), a dictionary with a key twice
//! (readers disagree on which value counts), offsets that do not point at the
//! object they name, and structures deeper or larger than the limits below (nesting, reference
//! chains, name-tree depth and entries, `/Prev` chains). Zero embedded files and more than one
//! are distinct errors: a plan copy carries exactly one.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

use ownplan_core::proof::MAX_DOCUMENT_BYTES;

use crate::error::PdfError;

/// The largest PDF read. A copy of a plan at the document size cap is far smaller.
pub const MAX_PDF_BYTES: usize = 32 * 1024 * 1024;
/// The deepest nesting of arrays and dictionaries read in one object.
const MAX_NESTING: usize = 32;
/// The most references followed from one value to the object it names.
const MAX_REFERENCE_CHAIN: usize = 8;
/// The most cross-reference sections (`/Prev` chain) read.
const MAX_XREF_SECTIONS: usize = 64;
/// The deepest name tree read.
const MAX_NAME_TREE_DEPTH: usize = 16;
/// The most name-tree nodes and entries read.
const MAX_NAME_TREE_ITEMS: usize = 4096;
/// The most objects a cross-reference table may name.
const MAX_OBJECTS: usize = 1_000_000;
/// How many times over the file's size objects may be read in all, so a name tree whose many
/// entries all name one huge object cannot make the reading take hours.
const READ_BUDGET_FACTOR: usize = 4;

/// The one embedded file of `pdf`: the signed plan document, byte for byte, not yet verified.
///
/// # Errors
/// See the module documentation; [`PdfError::NoEmbeddedDocument`] and
/// [`PdfError::SeveralEmbeddedDocuments`] when there is not exactly one embedded file.
pub fn extract_embedded_document(pdf: &[u8]) -> Result<Vec<u8>, PdfError> {
    if pdf.len() > MAX_PDF_BYTES {
        return Err(PdfError::TooLarge {
            limit: MAX_PDF_BYTES,
        });
    }
    if !pdf.starts_with(b"%PDF-") {
        return Err(PdfError::NotAPdf);
    }
    let file = File::open(pdf)?;
    let root = file
        .trailer
        .get(b"Root")
        .ok_or(PdfError::Malformed("the trailer names no catalog"))?;
    let catalog = file.resolve_dict(root)?;
    let Some(names) = catalog.get(b"Names") else {
        return Err(PdfError::NoEmbeddedDocument);
    };
    let names = file.resolve_dict(names)?;
    let Some(tree) = names.get(b"EmbeddedFiles") else {
        return Err(PdfError::NoEmbeddedDocument);
    };
    let mut specs = Vec::new();
    let mut budget = MAX_NAME_TREE_ITEMS;
    file.name_tree(tree, 0, &mut budget, &mut specs)?;
    match specs.len() {
        0 => Err(PdfError::NoEmbeddedDocument),
        1 => file.embedded_file(&specs[0]),
        count => Err(PdfError::SeveralEmbeddedDocuments { count }),
    }
}

/// A PDF object, as far as this reader needs it.
#[derive(Clone, Debug, PartialEq)]
enum Object {
    Null,
    Bool,
    Number(i64),
    Real,
    String(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Object>),
    Dict(Dict),
    Reference(u32),
    /// A stream: its dictionary and where its data starts.
    Stream(Dict, usize),
}

/// A dictionary (a key given twice is refused when read).
#[derive(Clone, Debug, Default, PartialEq)]
struct Dict(Vec<(Vec<u8>, Object)>);

impl Dict {
    fn get(&self, key: &[u8]) -> Option<&Object> {
        self.0
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }
}

fn malformed(why: &'static str) -> PdfError {
    PdfError::Malformed(why)
}

/// PDF white space.
fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n' | 0x0c | 0)
}

fn is_delimiter(byte: u8) -> bool {
    matches!(
        byte,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A cursor over the file's bytes.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Lexer<'a> {
    fn new(bytes: &'a [u8], at: usize) -> Self {
        Self { bytes, at }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// Skips white space and comments.
    fn skip_space(&mut self) {
        while let Some(byte) = self.peek() {
            if is_space(byte) {
                self.at += 1;
            } else if byte == b'%' {
                while let Some(byte) = self.peek() {
                    if byte == b'\r' || byte == b'\n' {
                        break;
                    }
                    self.at += 1;
                }
            } else {
                break;
            }
        }
    }

    /// A run of regular characters (a number or a keyword).
    fn token(&mut self) -> &'a [u8] {
        self.skip_space();
        let start = self.at;
        while let Some(byte) = self.peek() {
            if is_space(byte) || is_delimiter(byte) {
                break;
            }
            self.at += 1;
        }
        self.bytes.get(start..self.at).unwrap_or_default()
    }

    fn keyword(&mut self, expected: &[u8]) -> Result<(), PdfError> {
        if self.token() == expected {
            Ok(())
        } else {
            Err(malformed("an expected keyword is missing"))
        }
    }

    fn unsigned(&mut self) -> Result<u64, PdfError> {
        let token = self.token();
        if token.is_empty() || token.len() > 12 || !token.iter().all(u8::is_ascii_digit) {
            return Err(malformed("a number is missing"));
        }
        Ok(token
            .iter()
            .fold(0u64, |value, digit| value * 10 + u64::from(digit - b'0')))
    }

    /// One object; `depth` is the nesting so far.
    fn object(&mut self, depth: usize) -> Result<Object, PdfError> {
        if depth > MAX_NESTING {
            return Err(malformed("objects are nested too deeply"));
        }
        self.skip_space();
        match self.peek() {
            None => Err(malformed("the file ends inside an object")),
            Some(b'/') => {
                self.at += 1;
                Ok(Object::Name(self.name()))
            }
            Some(b'(') => self.literal_string().map(Object::String),
            Some(b'<') if self.bytes.get(self.at + 1) == Some(&b'<') => {
                self.at += 2;
                self.dict(depth)
            }
            Some(b'<') => self.hex_string().map(Object::String),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek() {
                        Some(b']') => {
                            self.at += 1;
                            return Ok(Object::Array(items));
                        }
                        None => return Err(malformed("an array is not closed")),
                        _ => items.push(self.object(depth + 1)?),
                    }
                }
            }
            Some(_) => self.number_or_keyword(),
        }
    }

    /// A name's bytes, after the `/`, with `#xx` escapes decoded.
    fn name(&mut self) -> Vec<u8> {
        let mut name = Vec::new();
        while let Some(byte) = self.peek() {
            if is_space(byte) || is_delimiter(byte) {
                break;
            }
            self.at += 1;
            if byte == b'#' {
                let hex = self
                    .bytes
                    .get(self.at..self.at + 2)
                    .and_then(|pair| std::str::from_utf8(pair).ok())
                    .and_then(|pair| u8::from_str_radix(pair, 16).ok());
                if let Some(decoded) = hex {
                    self.at += 2;
                    name.push(decoded);
                    continue;
                }
            }
            name.push(byte);
        }
        name
    }

    fn literal_string(&mut self) -> Result<Vec<u8>, PdfError> {
        self.at += 1;
        let mut text = Vec::new();
        let mut open = 1usize;
        loop {
            let byte = self.peek().ok_or(malformed("a string is not closed"))?;
            self.at += 1;
            match byte {
                b'(' => {
                    open += 1;
                    text.push(byte);
                }
                b')' => {
                    open -= 1;
                    if open == 0 {
                        return Ok(text);
                    }
                    text.push(byte);
                }
                b'\\' => {
                    let escaped = self.peek().ok_or(malformed("a string is not closed"))?;
                    self.at += 1;
                    match escaped {
                        b'n' => text.push(b'\n'),
                        b'r' => text.push(b'\r'),
                        b't' => text.push(b'\t'),
                        b'b' => text.push(8),
                        b'f' => text.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut value = u32::from(escaped - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(digit @ b'0'..=b'7') => {
                                        self.at += 1;
                                        value = value * 8 + u32::from(digit - b'0');
                                    }
                                    _ => break,
                                }
                            }
                            text.push((value & 0xff) as u8);
                        }
                        other => text.push(other),
                    }
                }
                other => text.push(other),
            }
        }
    }

    fn hex_string(&mut self) -> Result<Vec<u8>, PdfError> {
        self.at += 1;
        let mut digits = Vec::new();
        loop {
            let byte = self.peek().ok_or(malformed("a string is not closed"))?;
            self.at += 1;
            match byte {
                b'>' => break,
                byte if is_space(byte) => {}
                byte if byte.is_ascii_hexdigit() => digits.push(byte),
                _ => return Err(malformed("a hex string holds a character that is not hex")),
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(b'0');
        }
        Ok(digits
            .chunks(2)
            .map(|pair| {
                let high = char::from(pair[0]).to_digit(16).unwrap_or(0);
                let low = char::from(pair[1]).to_digit(16).unwrap_or(0);
                ((high << 4) | low) as u8
            })
            .collect())
    }

    fn dict(&mut self, depth: usize) -> Result<Object, PdfError> {
        let mut dict = Dict::default();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'>') if self.bytes.get(self.at + 1) == Some(&b'>') => {
                    self.at += 2;
                    break;
                }
                Some(b'/') => {
                    self.at += 1;
                    let key = self.name();
                    let value = self.object(depth + 1)?;
                    // Two values for one key would let two readers see two different files.
                    if dict.get(&key).is_some() {
                        return Err(malformed("a dictionary has a key twice"));
                    }
                    dict.0.push((key, value));
                }
                None => return Err(malformed("a dictionary is not closed")),
                Some(_) => return Err(malformed("a dictionary key is not a name")),
            }
        }
        // A dictionary followed by `stream` is a stream's.
        let before = self.at;
        if self.token() == b"stream" {
            // The data starts after the end of the line: CRLF or LF (a lone CR is tolerated).
            match (self.peek(), self.bytes.get(self.at + 1)) {
                (Some(b'\r'), Some(b'\n')) => self.at += 2,
                (Some(b'\n'), _) | (Some(b'\r'), _) => self.at += 1,
                _ => return Err(malformed("a stream keyword is not followed by a line end")),
            }
            return Ok(Object::Stream(dict, self.at));
        }
        self.at = before;
        Ok(Object::Dict(dict))
    }

    /// A number, a reference (`12 0 R`), or `true`, `false`, `null`.
    fn number_or_keyword(&mut self) -> Result<Object, PdfError> {
        let token = self.token();
        match token {
            b"true" | b"false" => return Ok(Object::Bool),
            b"null" => return Ok(Object::Null),
            _ => {}
        }
        let text = std::str::from_utf8(token).map_err(|_| malformed("an unknown token"))?;
        if let Ok(number) = text.parse::<i64>() {
            // Perhaps the start of a reference: `number generation R`.
            let save = self.at;
            if let Ok(object) = u32::try_from(number) {
                let generation = self.token();
                if !generation.is_empty() && generation.iter().all(u8::is_ascii_digit) {
                    let keyword = self.token();
                    if keyword == b"R" {
                        return Ok(Object::Reference(object));
                    }
                }
            }
            self.at = save;
            return Ok(Object::Number(number));
        }
        let is_real = !text.is_empty()
            && text
                .bytes()
                .all(|byte| byte.is_ascii_digit() || matches!(byte, b'.' | b'-' | b'+'));
        if is_real {
            Ok(Object::Real)
        } else {
            Err(malformed("an unknown token"))
        }
    }
}

/// The file's cross-reference information and trailer.
struct File<'a> {
    bytes: &'a [u8],
    /// Object number → byte offset of `N G obj`.
    offsets: BTreeMap<u32, usize>,
    trailer: Dict,
    /// The bytes that objects may still be read from, in all (see [`READ_BUDGET_FACTOR`]).
    read_budget: Cell<usize>,
}

impl<'a> File<'a> {
    fn open(bytes: &'a [u8]) -> Result<Self, PdfError> {
        let start = start_xref(bytes)?;
        let mut offsets = BTreeMap::new();
        let mut trailer: Option<Dict> = None;
        let mut seen = BTreeSet::new();
        let mut next = Some(start);
        while let Some(at) = next {
            if !seen.insert(at) {
                return Err(malformed("the cross-reference sections form a loop"));
            }
            if seen.len() > MAX_XREF_SECTIONS {
                return Err(malformed("there are too many cross-reference sections"));
            }
            let section_trailer = read_xref_section(bytes, at, &mut offsets)?;
            if section_trailer.get(b"Encrypt").is_some() {
                return Err(malformed("encrypted PDFs are not accepted"));
            }
            if section_trailer.get(b"XRefStm").is_some() {
                return Err(malformed(
                    "cross-reference streams (the compressed structure of PDF 1.5) are not accepted",
                ));
            }
            next = match section_trailer.get(b"Prev") {
                Some(Object::Number(offset)) => Some(
                    usize::try_from(*offset).map_err(|_| malformed("a /Prev offset is invalid"))?,
                ),
                Some(_) => return Err(malformed("a /Prev offset is invalid")),
                None => None,
            };
            // The newest trailer (read first) is the file's.
            if trailer.is_none() {
                trailer = Some(section_trailer);
            }
        }
        Ok(Self {
            bytes,
            offsets,
            trailer: trailer.ok_or(malformed("there is no trailer"))?,
            read_budget: Cell::new(
                bytes
                    .len()
                    .saturating_mul(READ_BUDGET_FACTOR)
                    .saturating_add(1 << 20),
            ),
        })
    }

    /// The object numbered `number`.
    fn object(&self, number: u32) -> Result<Object, PdfError> {
        let at = *self
            .offsets
            .get(&number)
            .ok_or(malformed("an object is named but not in the file"))?;
        let mut lexer = Lexer::new(self.bytes, at);
        let found = lexer.unsigned()?;
        lexer.unsigned()?;
        lexer.keyword(b"obj")?;
        if found != u64::from(number) {
            return Err(malformed("an offset does not point at the object it names"));
        }
        let object = lexer.object(0)?;
        let read = lexer.at.saturating_sub(at);
        let left = self.read_budget.get().checked_sub(read).ok_or(malformed(
            "the PDF makes its objects be read too many times",
        ))?;
        self.read_budget.set(left);
        Ok(object)
    }

    /// `value`, with references followed.
    fn resolve(&self, value: &Object) -> Result<Object, PdfError> {
        let mut current = value.clone();
        for _ in 0..MAX_REFERENCE_CHAIN {
            match current {
                Object::Reference(number) => current = self.object(number)?,
                other => return Ok(other),
            }
        }
        Err(malformed("references form too long a chain"))
    }

    fn resolve_dict(&self, value: &Object) -> Result<Dict, PdfError> {
        match self.resolve(value)? {
            Object::Dict(dict) => Ok(dict),
            _ => Err(malformed("a dictionary was expected")),
        }
    }

    /// Collects the values of the name tree at `node` into `specs`.
    fn name_tree(
        &self,
        node: &Object,
        depth: usize,
        budget: &mut usize,
        specs: &mut Vec<Object>,
    ) -> Result<(), PdfError> {
        if depth > MAX_NAME_TREE_DEPTH {
            return Err(malformed("the embedded files' name tree is too deep"));
        }
        *budget = budget
            .checked_sub(1)
            .ok_or(malformed("the embedded files' name tree is too large"))?;
        let node = self.resolve_dict(node)?;
        if let Some(names) = node.get(b"Names") {
            let Object::Array(items) = self.resolve(names)? else {
                return Err(malformed("a name tree's /Names is not an array"));
            };
            if items.len() % 2 == 1 {
                return Err(malformed("a name tree's /Names has a name without a value"));
            }
            for pair in items.chunks(2) {
                *budget = budget
                    .checked_sub(1)
                    .ok_or(malformed("the embedded files' name tree is too large"))?;
                if !matches!(pair[0], Object::String(_)) {
                    return Err(malformed("a name tree's key is not a string"));
                }
                specs.push(pair[1].clone());
            }
        }
        if let Some(kids) = node.get(b"Kids") {
            let Object::Array(kids) = self.resolve(kids)? else {
                return Err(malformed("a name tree's /Kids is not an array"));
            };
            for kid in &kids {
                self.name_tree(kid, depth + 1, budget, specs)?;
            }
        }
        Ok(())
    }

    /// The data of the embedded file a file specification names.
    fn embedded_file(&self, spec: &Object) -> Result<Vec<u8>, PdfError> {
        let spec = self.resolve_dict(spec)?;
        let files = self.resolve_dict(spec.get(b"EF").ok_or(PdfError::NoEmbeddedDocument)?)?;
        let file = files
            .get(b"F")
            .or_else(|| files.get(b"UF"))
            .ok_or(PdfError::NoEmbeddedDocument)?;
        let Object::Stream(dict, start) = self.resolve(file)? else {
            return Err(malformed("an embedded file is not a stream"));
        };
        match dict
            .get(b"Filter")
            .map(|filter| self.resolve(filter))
            .transpose()?
        {
            None | Some(Object::Null) => {}
            Some(Object::Array(filters)) if filters.is_empty() => {}
            Some(Object::Name(name)) => {
                return Err(PdfError::UnsupportedFilter(
                    String::from_utf8_lossy(&name).into_owned(),
                ));
            }
            Some(_) => return Err(PdfError::UnsupportedFilter("several".to_owned())),
        }
        let length = match dict
            .get(b"Length")
            .map(|length| self.resolve(length))
            .transpose()?
        {
            Some(Object::Number(length)) => {
                usize::try_from(length).map_err(|_| malformed("a stream's length is invalid"))?
            }
            _ => return Err(malformed("a stream's length is missing")),
        };
        if length > MAX_DOCUMENT_BYTES {
            return Err(PdfError::EmbeddedTooLarge {
                limit: MAX_DOCUMENT_BYTES,
            });
        }
        let end = start
            .checked_add(length)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(malformed("a stream runs past the end of the file"))?;
        let mut after = Lexer::new(self.bytes, end);
        after
            .keyword(b"endstream")
            .map_err(|_| malformed("a stream's length does not match its data"))?;
        Ok(self.bytes[start..end].to_vec())
    }
}

/// The offset `startxref` names, from the end of the file.
fn start_xref(bytes: &[u8]) -> Result<usize, PdfError> {
    let tail_start = bytes.len().saturating_sub(2048);
    let tail = &bytes[tail_start..];
    let position = tail
        .windows(9)
        .rposition(|window| window == b"startxref")
        .ok_or(malformed("the file has no startxref: it may be truncated"))?;
    let mut lexer = Lexer::new(bytes, tail_start + position + 9);
    let offset = lexer.unsigned()?;
    // The file ends with `%%EOF` (white space and anything after it are allowed, as producers
    // and mail programs add them); without it the file is taken as truncated.
    while lexer.peek().is_some_and(is_space) {
        lexer.at += 1;
    }
    if !bytes
        .get(lexer.at..)
        .is_some_and(|rest| rest.starts_with(b"%%EOF"))
    {
        return Err(malformed(
            "the file does not end with %%EOF: it may be truncated",
        ));
    }
    usize::try_from(offset)
        .ok()
        .filter(|offset| *offset < bytes.len())
        .ok_or(malformed("startxref points outside the file"))
}

/// Reads the classic cross-reference section at `at` into `offsets` (entries already there,
/// from newer sections, win) and returns its trailer.
fn read_xref_section(
    bytes: &[u8],
    at: usize,
    offsets: &mut BTreeMap<u32, usize>,
) -> Result<Dict, PdfError> {
    let mut lexer = Lexer::new(bytes, at);
    let first = lexer.token();
    if first != b"xref" {
        if first.iter().all(u8::is_ascii_digit) && !first.is_empty() {
            return Err(malformed(
                "cross-reference streams (the compressed structure of PDF 1.5) are not accepted",
            ));
        }
        return Err(malformed(
            "startxref does not point at a cross-reference table",
        ));
    }
    loop {
        lexer.skip_space();
        if lexer.bytes.get(lexer.at..lexer.at + 7) == Some(b"trailer") {
            lexer.at += 7;
            break;
        }
        let start = lexer.unsigned()?;
        let count = lexer.unsigned()?;
        if start.saturating_add(count) > MAX_OBJECTS as u64 {
            return Err(malformed(
                "the cross-reference table names too many objects",
            ));
        }
        for index in 0..count {
            let offset = lexer.unsigned()?;
            lexer.unsigned()?;
            let kind = lexer.token();
            let number = u32::try_from(start + index)
                .map_err(|_| malformed("an object number is too large"))?;
            match kind {
                b"n" => {
                    let offset = usize::try_from(offset)
                        .ok()
                        .filter(|offset| *offset < bytes.len())
                        .ok_or(malformed("an object's offset is outside the file"))?;
                    offsets.entry(number).or_insert(offset);
                }
                // A free entry in a newer section hides older definitions.
                b"f" => {
                    offsets.entry(number).or_insert(usize::MAX);
                }
                _ => return Err(malformed("a cross-reference entry is neither n nor f")),
            }
        }
    }
    match lexer.object(0)? {
        Object::Dict(trailer) => Ok(trailer),
        _ => Err(malformed("the trailer is not a dictionary")),
    }
}
