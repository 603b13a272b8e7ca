//! Text normalization with the browser's own Unicode tables (`String.prototype.normalize`), so
//! the widget does not ship its own (about 120 KB of WebAssembly).

/// `text` in Unicode NFC: two spellings of "ø" that look the same become the same characters.
pub fn to_nfc(text: &str) -> String {
    js_sys::JsString::from(text)
        .normalize("NFC")
        .as_string()
        .unwrap_or_else(|| text.to_owned())
}
