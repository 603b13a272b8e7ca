//! The recipient-facing words of a PDF copy, in the **document's** language (the plan's, not
//! the interface's): Fluent messages in `locales/*/pdfcopy.ftl`, mapped to keys of
//! `ownplan_pdf::Labels`.
//!
//! Only the PDF module (`services::pdf_worker`) reads them, so they are not part of the first
//! load; the widget's own interface never shows them. The module has built-in English and Bokmål
//! words for every field; these are the words a recipient meets first (the page chrome of
//! `ownplan_pdf::CHROME_KEYS`, "The person's name", the parts and sections, the life areas), in
//! the widget's own reviewed translations, so Nynorsk plans get Nynorsk pages. Other labels fall
//! back to the module's table for the plan's language.
//!
//! A key `field.owner.name` is the message `pdfcopy-field-owner-name`. The messages are kept to
//! a subset of Fluent that this module reads itself without a Fluent runtime in the worker: one
//! line of text per message, with `{ $name }` placeholders only, given back as `{name}` for the
//! PDF module to fill in. The tests check every message against Fluent's own formatting.

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
    "pdf.missing-letters",
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
    "section.reasonsForLiving",
    "section.saferSurroundings",
    "section.helpMessage",
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

/// The Fluent source of the copy's words for a document language code (`nn`, `nb-NO`, `en`),
/// if the widget has that language.
pub fn source_for(language_code: &str) -> Option<&'static str> {
    let primary = language_code.split('-').next().unwrap_or_default();
    match primary.to_ascii_lowercase().as_str() {
        "nb" | "no" => Some(include_str!("../../locales/nb/pdfcopy.ftl")),
        "nn" => Some(include_str!("../../locales/nn/pdfcopy.ftl")),
        "en" => Some(include_str!("../../locales/en/pdfcopy.ftl")),
        _ => None,
    }
}

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

/// The text of message `id` in `source` (one line, `{ $name }` written `{name}`), if present.
fn message_text(source: &str, id: &str) -> Option<String> {
    source.lines().find_map(|line| {
        let (name, value) = line.split_once('=')?;
        if name.trim() != id || line.starts_with([' ', '#']) {
            return None;
        }
        Some(placeholders(value.trim()))
    })
}

/// `{ $name }` → `{name}`.
fn placeholders(value: &str) -> String {
    let mut text = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let inside = rest[open + 1..open + close].trim();
        text.push('{');
        text.push_str(inside.trim_start_matches('$'));
        text.push('}');
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text
}

/// The label table for a document in the language `language_code`: `(key, words)` pairs for
/// `ownplan_pdf::Labels`; empty for a language the widget does not have.
pub fn labels_for(language_code: &str) -> Vec<(&'static str, String)> {
    let Some(source) = source_for(language_code) else {
        return Vec::new();
    };
    PDF_LABEL_KEYS
        .iter()
        .filter_map(|key| Some((*key, message_text(source, &message_id(key))?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

    use super::*;

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

    /// The message as Fluent itself formats it, with each variable given as `{name}`.
    fn fluent(source: &str, language: &str, id: &str) -> String {
        let resource = FluentResource::try_new(source.to_owned()).expect("valid Fluent");
        let mut bundle = FluentBundle::new(vec![language.parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap();
        let message = bundle.get_message(id).expect(id);
        let mut args = FluentArgs::new();
        for name in PLACEHOLDERS {
            args.set(*name, FluentValue::from(format!("{{{name}}}")));
        }
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(message.value().unwrap(), Some(&args), &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{id}: {errors:?}");
        text
    }

    #[test]
    fn ids_are_lower_case_words() {
        assert_eq!(
            message_id("value.lifeArea.workAndEducation"),
            "pdfcopy-value-life-area-work-and-education"
        );
        assert_eq!(message_id("pdf.consent-open"), "pdfcopy-pdf-consent-open");
    }

    #[test]
    fn every_label_exists_in_every_language_and_reads_as_fluent_formats_it() {
        for language in ["nb", "nn", "en"] {
            let source = source_for(language).unwrap();
            let labels = labels_for(language);
            assert_eq!(labels.len(), PDF_LABEL_KEYS.len(), "{language}");
            for (key, text) in labels {
                assert!(!text.trim().is_empty(), "{key} in {language}");
                assert_eq!(
                    text,
                    fluent(source, language, &message_id(key)),
                    "{key} in {language}"
                );
            }
            // Nothing in the file but these messages.
            let messages = source
                .lines()
                .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
                .count();
            assert_eq!(messages, PDF_LABEL_KEYS.len(), "{language}");
        }
        let nynorsk = labels_for("nn");
        let title = &nynorsk.iter().find(|(k, _)| *k == "pdf.title").unwrap().1;
        assert_eq!(title, "Plan for {name}");
        let name = &nynorsk
            .iter()
            .find(|(k, _)| *k == "field.owner.name")
            .unwrap()
            .1;
        assert_eq!(name, "Namnet til personen");
    }

    #[test]
    fn the_chrome_keys_of_the_module_are_all_supplied() {
        for (key, _) in ownplan_pdf::CHROME_KEYS {
            assert!(PDF_LABEL_KEYS.contains(key), "{key}");
        }
    }

    #[test]
    fn the_document_language_picks_the_words() {
        assert!(source_for("nb-NO").unwrap().contains("Personens navn"));
        assert!(source_for("sv").is_none());
        assert!(labels_for("sv").is_empty());
    }
}
