//! Reading a view aloud with the device's own voice, as pure rules: which of the device's voices
//! reads a language (Bokmål for Nynorsk where the device has no Nynorsk voice, and only voices
//! that run on the device, so the text is never sent anywhere), which elements on the screen are
//! read, and how their text becomes one calm text with a pause between blocks. The browser side
//! (the DOM walk, `speechSynthesis`) is `services::speech`; the hook is
//! `hooks::use_read_aloud`.

/// Where a reading is: what the read-aloud buttons offer and what the live region says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    /// Nothing read yet in this view.
    #[default]
    Ready,
    /// The voice is reading.
    Reading,
    /// The reading is paused, and can go on.
    Paused,
    /// The person stopped it, or another reading took its place.
    Stopped,
    /// The whole text has been read.
    Finished,
}

impl Reading {
    /// Whether a reading is going on (reading or paused): then it can be stopped.
    pub fn is_active(self) -> bool {
        matches!(self, Reading::Reading | Reading::Paused)
    }
}

/// One of the device's voices, as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voice {
    /// The voice's name (`voice.name`), to find the same voice again.
    pub name: String,
    /// Its language tag (`nb-NO`, `no_NO`, `en-GB`...).
    pub lang: String,
    /// Whether it runs on the device (`voice.localService`). A voice that does not sends the
    /// text to a server, so it is never chosen.
    pub local: bool,
}

/// The voice that reads `wanted` (a BCP 47 tag: the plan's or the interface's language), if
/// the device has one. Nynorsk is read by a Nynorsk voice, else a Bokmål or plain Norwegian one;
/// Bokmål by Bokmål, else plain Norwegian, else Nynorsk; any other language by a voice of the
/// same primary language (`en` by `en-GB` or `en-US`). The first fitting voice in the device's
/// order is taken.
pub fn choose_voice<'a>(wanted: &str, voices: &'a [Voice]) -> Option<&'a Voice> {
    let wanted = primary_subtag(wanted);
    if wanted.is_empty() {
        return None;
    }
    let order: &[&str] = match wanted.as_str() {
        "nn" => &["nn", "nb", "no"],
        "nb" | "no" => &["nb", "no", "nn"],
        other => &[other],
    };
    order.iter().find_map(|language| {
        voices
            .iter()
            .find(|voice| voice.local && primary_subtag(&voice.lang) == *language)
    })
}

/// The language tag to give the utterance for a voice's tag: `no_NO` (as some systems write
/// it) becomes `no-NO`.
pub fn utterance_lang(voice_lang: &str) -> String {
    voice_lang.trim().replace('_', "-")
}

/// The primary language of a tag, in lower case: `nb` for `nb-NO` and `NB_no`.
fn primary_subtag(tag: &str) -> String {
    tag.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The class that keeps an element (and all in it) out of what is read: the read-aloud
/// controls themselves, and a view's own controls that are not content.
pub const NOT_READ_CLASS: &str = "no-read";

/// Whether an element, and everything in it, is left out of what is read: hidden elements
/// (`hidden`, `aria-hidden="true"`, text only a screen reader gets), controls (buttons, the
/// navigation), what is not text, and anything marked [`NOT_READ_CLASS`]. `tag` is the
/// element's local name in lower case.
pub fn is_left_out(tag: &str, hidden: bool, aria_hidden: Option<&str>, class: &str) -> bool {
    const LEFT_OUT_TAGS: &[&str] = &[
        "button", "nav", "script", "style", "template", "datalist", "svg", "noscript",
    ];
    hidden
        || aria_hidden.is_some_and(|value| value.trim().eq_ignore_ascii_case("true"))
        || LEFT_OUT_TAGS.contains(&tag)
        || class
            .split_whitespace()
            .any(|name| name == NOT_READ_CLASS || name == "visually-hidden")
}

/// Whether an element is a block of its own, read with a pause before and after (a heading,
/// a paragraph, a list item, a label...); other elements run on in the sentence around them.
pub fn is_block(tag: &str) -> bool {
    const BLOCKS: &[&str] = &[
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "p",
        "li",
        "label",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "fieldset",
        "legend",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "caption",
        "blockquote",
        "figure",
        "figcaption",
        "form",
        "details",
        "summary",
        "address",
        "pre",
        "br",
        "hr",
    ];
    BLOCKS.contains(&tag)
}

/// Whether an `<input>` of this `type` holds text a person wrote that is read out: text-like
/// fields only. A password is never read aloud; boxes and buttons are read by their labels.
pub fn input_is_read(input_type: &str) -> bool {
    matches!(
        input_type.trim().to_ascii_lowercase().as_str(),
        "" | "text" | "search" | "email" | "tel" | "url" | "number" | "date" | "time" | "month"
    )
}

/// The text to read, built in the order of the page: text runs into the block it is in, and
/// each block ends with a pause.
#[derive(Debug, Default)]
pub struct TextToRead {
    blocks: Vec<String>,
    current: String,
}

impl TextToRead {
    /// Text in the current block (a text node): spaces and line breaks as in the page.
    pub fn text(&mut self, text: &str) {
        self.current.push_str(text);
    }

    /// The end of a block (before and after a block element).
    pub fn end_block(&mut self) {
        let block = self
            .current
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        self.current.clear();
        if !block.is_empty() {
            self.blocks.push(block);
        }
    }

    /// What a person wrote in a field: a block of its own, after the field's label.
    pub fn value(&mut self, value: &str) {
        self.end_block();
        self.text(value);
        self.end_block();
    }

    /// The whole text: each block ends with a full stop where it has no mark of its own, so
    /// the voice pauses between them. Empty when there is nothing to read.
    pub fn finish(mut self) -> String {
        self.end_block();
        self.blocks
            .iter()
            .map(|block| {
                if block.ends_with(['.', '!', '?', ':', ';', '…']) {
                    block.clone()
                } else {
                    format!("{block}.")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, bool)]) -> Vec<Voice> {
        list.iter()
            .enumerate()
            .map(|(n, (lang, local))| Voice {
                name: format!("voice {n}"),
                lang: (*lang).to_owned(),
                local: *local,
            })
            .collect()
    }

    /// The language of the voice chosen for `wanted` from `device` (language, runs locally).
    fn check(wanted: &str, device: &[(&str, bool)], expected: Option<&str>) {
        let device = voices(device);
        let chosen = choose_voice(wanted, &device).map(|voice| voice.lang.as_str());
        assert_eq!(chosen, expected, "{wanted} from {device:?}");
    }

    #[test]
    fn nynorsk_is_read_by_nynorsk_else_bokmal_else_norwegian() {
        check("nn", &[("nb-NO", true), ("nn-NO", true)], Some("nn-NO"));
        check(
            "nn",
            &[("en-GB", true), ("no_NO", true), ("nb-NO", true)],
            Some("nb-NO"),
        );
        check("nn", &[("en-GB", true), ("no_NO", true)], Some("no_NO"));
        check("nn-NO", &[("NB-no", true)], Some("NB-no"));
        check("nn", &[("en-GB", true), ("sv-SE", true)], None);
    }

    #[test]
    fn bokmal_is_read_by_bokmal_else_norwegian_else_nynorsk() {
        check(
            "nb",
            &[("nn-NO", true), ("no-NO", true), ("nb-NO", true)],
            Some("nb-NO"),
        );
        check("nb", &[("nn-NO", true), ("no-NO", true)], Some("no-NO"));
        check("nb", &[("nn-NO", true)], Some("nn-NO"));
        check("no", &[("nb_NO", true)], Some("nb_NO"));
    }

    #[test]
    fn english_is_read_by_any_english_voice_and_other_languages_by_their_own() {
        check(
            "en",
            &[("nb-NO", true), ("en-US", true), ("en-GB", true)],
            Some("en-US"),
        );
        check("en-GB", &[("en-AU", true)], Some("en-AU"));
        check("en", &[("nb-NO", true)], None);
        check("sv", &[("sv-SE", true)], Some("sv-SE"));
        check("", &[("nb-NO", true)], None);
        check("nb", &[], None);
    }

    #[test]
    fn a_voice_that_sends_the_text_away_is_never_chosen() {
        check("nb", &[("nb-NO", false)], None);
        check("nb", &[("nb-NO", false), ("nn-NO", true)], Some("nn-NO"));
        check("en", &[("en-US", false), ("en-GB", true)], Some("en-GB"));
    }

    #[test]
    fn the_utterance_gets_a_proper_language_tag() {
        assert_eq!(utterance_lang("no_NO"), "no-NO");
        assert_eq!(utterance_lang("nb-NO"), "nb-NO");
    }

    #[test]
    fn hidden_elements_controls_and_marked_elements_are_left_out() {
        assert!(is_left_out("p", true, None, ""));
        assert!(is_left_out("span", false, Some("true"), ""));
        assert!(!is_left_out("span", false, Some("false"), ""));
        assert!(is_left_out("button", false, None, ""));
        assert!(is_left_out("nav", false, None, "part-steps"));
        assert!(is_left_out(
            "div",
            false,
            None,
            "read-aloud no-print no-read"
        ));
        assert!(is_left_out("span", false, None, "visually-hidden"));
        assert!(!is_left_out("div", false, None, "no-reader"));
        assert!(!is_left_out("p", false, None, "intro"));
    }

    #[test]
    fn only_text_fields_are_read_never_a_password() {
        assert!(input_is_read(""));
        assert!(input_is_read("text"));
        assert!(input_is_read("TEL"));
        assert!(input_is_read("date"));
        assert!(!input_is_read("password"));
        assert!(!input_is_read("checkbox"));
        assert!(!input_is_read("hidden"));
    }

    #[test]
    fn blocks_are_joined_with_a_pause_and_spaces_collapsed() {
        let mut text = TextToRead::default();
        text.end_block();
        text.text("  About   me\n");
        text.end_block();
        text.text("Write it ");
        text.text("in your own words.");
        text.end_block();
        text.text("Example:");
        text.text(" ");
        text.text("I like walks");
        text.end_block();
        text.text("Story");
        text.value("  I grew up\n by the sea ");
        text.value("   ");
        text.text("Done?");
        assert_eq!(
            text.finish(),
            "About me. Write it in your own words. Example: I like walks. Story. \
             I grew up by the sea. Done?"
        );
    }

    #[test]
    fn only_a_reading_or_a_paused_reading_can_be_stopped() {
        assert!(Reading::Reading.is_active());
        assert!(Reading::Paused.is_active());
        for idle in [Reading::Ready, Reading::Stopped, Reading::Finished] {
            assert!(!idle.is_active(), "{idle:?}");
        }
    }

    #[test]
    fn nothing_on_the_screen_is_nothing_to_read() {
        let mut text = TextToRead::default();
        text.text(" \n ");
        text.end_block();
        text.value("");
        assert_eq!(text.finish(), "");
    }
}
