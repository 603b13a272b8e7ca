//! The recipient-facing labels of a PDF copy, from the widget's Fluent messages (`pdfcopy-*` in
//! `locales/*/share.ftl`), in the **document's** language (the plan's, not the interface's).
//!
//! The PDF module (`ownplan_pdf::Labels`) has built-in English and
//! Bokmål words for every field; the widget supplies the words a recipient meets first (the
//! page chrome of `ownplan_pdf::CHROME_KEYS`, "The person's name", the parts and sections, the
//! life areas), so they are the widget's own, reviewed translations, and Nynorsk plans get
//! Nynorsk chrome. Other labels fall back to the module's table for the plan's language.
//!
//! A key `field.owner.name` is the message `pdfcopy-field-owner-name`; `{name}` placeholders are
//! Fluent variables (`{ $name }`) given back as `{name}` for the module to fill in.

use crate::i18n::{Language, translate_with};

/// The keys of the module's label table that the widget supplies.
pub const PDF_LABEL_KEYS: &[&str] = &[
    "pdf.title",
    "pdf.version",
    "pdf.date",
    "pdf.for",
    "pdf.consent",
    "pdf.consent-open",
    "pdf.fingerprint",
    "pdf.page",
    "pdf.check-heading",
    "pdf.check-note",
    "pdf.about-heading",
    "pdf.signed-by",
    "pdf.made",
    "pdf.sections",
    "pdf.conditions",
    "pdf.helpers",
    "pdf.selection",
    "pdf.file-description",
    "value.yes",
    "value.no",
    "field.owner",
    "field.owner.name",
    "field.owner.phone",
    "field.owner.email",
    "field.individualPlan",
    "field.crisisPlan",
    "field.network",
    "section.aboutMe",
    "section.goals",
    "section.measures",
    "section.agreements",
    "section.appointments",
    "section.planPeriod",
    "section.crisisSigns",
    "section.howToMeetMe",
    "section.crisisContacts",
    "section.treatmentWishes",
    "section.admission",
    "section.practicalMatters",
    "value.lifeArea.health",
    "value.lifeArea.mentalHealth",
    "value.lifeArea.substanceUse",
    "value.lifeArea.housing",
    "value.lifeArea.money",
    "value.lifeArea.workAndEducation",
    "value.lifeArea.familyAndRelationships",
    "value.lifeArea.dailyLiving",
    "value.lifeArea.leisure",
    "value.lifeArea.other",
];

/// The placeholders the module fills in, passed to Fluent as themselves.
const PLACEHOLDERS: &[&str] = &[
    "name",
    "version",
    "date",
    "recipients",
    "given",
    "until",
    "fingerprint",
    "page",
    "pages",
    "file",
];

/// The Fluent message id of the label `key`: `pdfcopy-` and the key in lower-case words
/// (`value.lifeArea.workAndEducation` → `pdfcopy-value-life-area-work-and-education`).
pub fn message_id(key: &str) -> String {
    let mut id = String::from("pdfcopy-");
    for character in key.chars() {
        if character == '.' {
            id.push('-');
        } else if character.is_ascii_uppercase() {
            id.push('-');
            id.push(character.to_ascii_lowercase());
        } else {
            id.push(character);
        }
    }
    id
}

/// The language of a document (`meta.language`, such as `nn` or `nb-NO`), if the widget has it.
pub fn document_language(code: &str) -> Option<Language> {
    let primary = code
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Language::from_code(&primary)
}

/// The label table for a document in `language`: `(key, words)` pairs for the PDF module.
pub fn labels(language: Language) -> Vec<(String, String)> {
    let args: Vec<(&str, String)> = PLACEHOLDERS
        .iter()
        .map(|name| (*name, format!("{{{name}}}")))
        .collect();
    let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
    PDF_LABEL_KEYS
        .iter()
        .map(|key| {
            let text = translate_with(language, &message_id(key), &args)
                .replace(['\u{2068}', '\u{2069}'], "");
            ((*key).to_owned(), text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lower_case_words() {
        assert_eq!(
            message_id("value.lifeArea.workAndEducation"),
            "pdfcopy-value-life-area-work-and-education"
        );
        assert_eq!(message_id("pdf.consent-open"), "pdfcopy-pdf-consent-open");
    }

    #[test]
    fn every_label_is_translated_in_every_language_with_its_placeholders() {
        for language in Language::ALL {
            for (key, text) in labels(language) {
                assert_ne!(text, message_id(&key), "{key} in {language:?}");
                assert!(!text.trim().is_empty(), "{key} in {language:?}");
                assert!(!text.contains('$'), "{key} in {language:?}: {text}");
            }
        }
        let norwegian = labels(Language::NorwegianNynorsk);
        let title = &norwegian.iter().find(|(k, _)| k == "pdf.title").unwrap().1;
        assert!(title.contains("{name}"), "{title}");
        let page = &norwegian.iter().find(|(k, _)| k == "pdf.page").unwrap().1;
        assert!(
            page.contains("{page}") && page.contains("{pages}"),
            "{page}"
        );
    }

    #[test]
    fn the_chrome_keys_of_the_module_are_all_supplied() {
        for (key, _) in ownplan_pdf::CHROME_KEYS {
            assert!(PDF_LABEL_KEYS.contains(key), "{key}");
        }
    }

    #[test]
    fn the_document_language_is_read_from_its_code() {
        assert_eq!(document_language("nn"), Some(Language::NorwegianNynorsk));
        assert_eq!(document_language("nb-NO"), Some(Language::NorwegianBokmal));
        assert_eq!(document_language("sv"), None);
    }
}
