//! `ownplan show` and the crisis plan's safety steps (format 4): what makes life worth living,
//! safer surroundings (each step with its stage and who can help) and the help message (its
//! text, and each recipient by name and number), in their place in the crisis plan, in every
//! format, with the person's words escaped like all document text.

mod common;

use std::path::PathBuf;

use common::{CREATED, TODAY, key, run, scratch, write};
use ownplan_core::document::{
    ExportRequest, Recipient, SharingConsentStatement, export_for_recipient,
};
use ownplan_core::plan::{Plan, Section};
use serde_json::{Value, json};

const FORMATS: [&str; 3] = ["text", "markdown", "html"];

fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../../examples/{name}"))
}

fn show(file: &str, format: &str) -> String {
    let shown = run(&["show", file, "--format", format, "--today", TODAY]);
    assert_eq!(shown.code, 0, "{format}: {}", shown.stderr);
    assert_eq!(shown.stderr, "", "{format}: nothing on standard error");
    shown.stdout
}

/// Each of `needles` in `text`, each after the one before.
fn assert_in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let found = text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{text}"));
        from += found + needle.len();
    }
}

/// The example plan, its help message's text set to `message`, signed with the three safety
/// steps' sections and the warning signs.
fn with_help_message(message: &str) -> Vec<u8> {
    let bytes = std::fs::read(example("plan-full-nb.json")).expect("example plan");
    let mut json: Value = serde_json::from_slice(&bytes).expect("JSON");
    json["crisisPlan"]["helpMessage"]["text"] = json!(message);
    let plan = Plan::from_json_value(json).expect("a valid plan");
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![
            Section::CrisisSigns,
            Section::ReasonsForLiving,
            Section::SaferSurroundings,
            Section::HelpMessage,
        ],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [8; 16],
        valid_from: CREATED.to_owned(),
    };
    let document = export_for_recipient(&request, &key()).expect("signs");
    serde_json::to_vec_pretty(&document).expect("JSON")
}

#[test]
fn show_has_reasons_for_living_and_safer_surroundings_in_every_format() {
    let file = example("export-crisis-team.json");
    let file = file.to_str().expect("UTF-8 path");
    for format in FORMATS {
        let page = show(file, format);
        for words in [
            "Det som gjør livet verdt å leve",
            "Med egne ord",
            "Emma, datteren min. Jeg vil se henne bli stor.",
            "Tryggere omgivelser",
            "Verre",
            "Akutt",
            "Det som gjøres",
            "Linn tar vare på medisinene mine, og jeg får én ukedosett av gangen",
            "Hvem som kan hjelpe",
            "Linn Haugen",
        ] {
            assert!(page.contains(words), "{format}: {words:?} missing:\n{page}");
        }
        for code in [
            "reasonsForLiving",
            "saferSurroundings",
            "gettingWorse",
            "Action",
        ] {
            assert!(!page.contains(code), "{format}: {code:?} shown:\n{page}");
        }
    }
    // In the crisis plan's order: after what helps and what does not, before how to meet the
    // person; each step with its stage, what is done and who can help.
    let text = show(file, "text");
    assert_in_order(
        &text,
        &[
            "\nKriseplan\n",
            "Det som ikke hjelper: ",
            "\nDet som gjør livet verdt å leve:\n  1.\n    Med egne ord: Emma, datteren min.",
            "\n  3.\n    Med egne ord: Sommeren på hytta på Hvaler",
            "\nTryggere omgivelser:\n  1.\n    Fase: Verre\n    Det som gjøres: Linn tar vare på medisinene mine",
            "\n    Hvem som kan hjelpe: Linn Haugen\n  2.\n    Fase: Akutt\n",
            "\nSlik møter du personen:\n",
        ],
    );
    assert!(
        text.contains(
            "Deler av planen: Varseltegn, Det som gjør livet verdt å leve, Tryggere omgivelser,"
        ),
        "{text}"
    );
}

#[test]
fn show_has_the_help_message_with_each_recipient_by_name_and_number_in_every_format() {
    let dir = scratch("help-message");
    let file = write(
        &dir,
        "help.json",
        &with_help_message("Jeg har det ikke bra nå.\nKan du ringe meg så fort du kan?"),
    );
    let text = show(&file, "text");
    assert_in_order(
        &text,
        &[
            "Deler av planen: Varseltegn, Det som gjør livet verdt å leve, Tryggere omgivelser, Meldingen som ber om hjelp\n",
            "\nTryggere omgivelser:\n",
            // The person's line break is kept, the second line indented under the first.
            "\nMelding når personen trenger hjelp:\n  Meldingen: Jeg har det ikke bra nå.\n    Kan du ringe meg så fort du kan?\n",
            "  Mottakere:\n    1.\n",
            // Per Olsen has no number of his own in the message: his network phone is the one.
            "      Telefon: 915 00 002\n      Hvem: Per Olsen\n    2.\n",
            "      Telefon: +47 918 00 004\n      Hvem: Mamma\n",
            "\nNettverk og kontakter\n",
        ],
    );
    let markdown = show(&file, "markdown");
    assert_in_order(
        &markdown,
        &[
            "- **Melding når personen trenger hjelp:**\n",
            "  - **Meldingen:** Jeg har det ikke bra nå.  \n      Kan du ringe meg så fort du kan?\n",
            "  - **Mottakere:**\n",
            "      - **Telefon:** 915 00 002\n      - **Hvem:** Per Olsen\n",
            // (Markdown escapes the "+" that starts a value, so it cannot start a list.)
            "      - **Telefon:** \\+47 918 00 004\n      - **Hvem:** Mamma\n",
        ],
    );
    let html = show(&file, "html");
    assert_in_order(
        &html,
        &[
            "<dt>Melding når personen trenger hjelp</dt>",
            "<dt>Meldingen</dt>\n<dd>Jeg har det ikke bra nå.<br>\nKan du ringe meg så fort du kan?</dd>",
            "<dt>Mottakere</dt>",
            "<dt>Telefon</dt>\n<dd>915 00 002</dd>\n<dt>Hvem</dt>\n<dd>Per Olsen</dd>",
            "<dt>Telefon</dt>\n<dd>+47 918 00 004</dd>\n<dt>Hvem</dt>\n<dd>Mamma</dd>",
        ],
    );
}

#[test]
fn a_hostile_help_message_stays_text_in_every_format() {
    let dir = scratch("help-message-hostile");
    let file = write(
        &dir,
        "hostile.json",
        &with_help_message("Ring meg\u{1b}[2K\rSignert av: AAAA <script>alert(1)</script>"),
    );
    for format in FORMATS {
        let page = show(&file, format);
        assert!(!page.contains('\u{1b}'), "{format}: a raw escape:\n{page}");
        assert!(!page.contains('\r'), "{format}: a raw carriage return");
    }
    // The controls are shown escaped, on the message's own line; plain text shows the markup as
    // the person wrote it, Markdown and HTML escape it.
    let text = show(&file, "text");
    assert!(
        text.contains("\n  Meldingen: Ring meg\\x1b[2K\\rSignert av: AAAA <script>"),
        "{text}"
    );
    let markdown = show(&file, "markdown");
    assert!(
        markdown.contains(
            "- **Meldingen:** Ring meg\\\\x1b\\[2K\\\\rSignert av: AAAA \\<script\\>alert(1)"
        ),
        "{markdown}"
    );
    let html = show(&file, "html");
    assert!(
        html.contains(
            "<dd>Ring meg\\x1b[2K\\rSignert av: AAAA &lt;script&gt;alert(1)&lt;/script&gt;</dd>"
        ),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
}
