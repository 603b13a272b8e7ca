//! The professional's side of `ownplan show` and `ownplan verify` (issue 14): the page reads in
//! the document's own language (Bokmål, Nynorsk, English) with choices and dates as words, the
//! crisis plan in its natural order, the verdict first; errors never reach standard output in
//! any format; and `verify` names the file it checked.

mod common;

use common::{CREATED, TODAY, key, plan, run, scratch, write};
use ownplan_core::document::{
    ExportRequest, LeaveOut, Recipient, SharingConsentStatement, build_credential,
    export_selection_for_recipient,
};
use ownplan_core::plan::{LifeArea, Section};
use ownplan_core::proof::sign;
use serde_json::{Value, json};

/// The whole test plan (every section) signed for one recipient, its `meta.language` set to
/// `language` and the credential changed by `mutate` before signing.
fn whole_plan(language: &str, mutate: impl FnOnce(&mut Value)) -> Vec<u8> {
    let plan = plan();
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: Section::ALL.to_vec(),
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [6; 16],
        valid_from: CREATED.to_owned(),
    };
    let mut credential = build_credential(&request, &key().did_key().did()).expect("builds");
    credential["credentialSubject"]["meta"]["language"] = json!(language);
    mutate(&mut credential);
    serde_json::to_vec_pretty(&sign(credential, &key(), CREATED).expect("signs")).expect("JSON")
}

fn show(file: &str, format: &str) -> common::Run {
    let shown = run(&["show", file, "--format", format, "--today", TODAY]);
    assert_eq!(shown.code, 0, "{format}: {}", shown.stderr);
    assert_eq!(shown.stderr, "", "{format}: nothing on standard error");
    shown
}

/// Where `needle` first is in `text`, or a failure naming it.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing:\n{text}"))
}

#[test]
fn show_labels_follow_the_document_language_bokmal_nynorsk_english() {
    let dir = scratch("languages");
    for (language, verdict, expected) in [
        (
            "nb",
            "Signert og uendret",
            &[
                "Personens navn: ",
                "Livsområde: Bolig",
                "Varseltegn:",
                "Slik møter du personen:",
                "Deler av planen: Om personen, Mål",
            ][..],
        ),
        (
            "nn",
            "Signert og uendra",
            &[
                "Namnet til personen: ",
                "Livsområde: Bustad",
                "Varselteikn:",
                "Kven som skal kontaktast, i denne rekkjefølgja:",
                "Delar av planen: Om personen, Mål",
            ][..],
        ),
        (
            "en",
            "Signed and unchanged",
            &[
                "The person's name: ",
                "Life area: Housing",
                "Warning signs:",
                "Who to contact, in this order:",
                "Parts of the plan: About the person, Goals",
            ][..],
        ),
    ] {
        let file = write(
            &dir,
            &format!("{language}.json"),
            &whole_plan(language, |_| {}),
        );
        let text = show(&file, "text").stdout;
        assert!(
            text.starts_with(verdict),
            "{language}: the verdict first:\n{text}"
        );
        for words in expected {
            assert!(
                text.contains(words),
                "{language}: {words:?} missing:\n{text}"
            );
        }
        let html = show(&file, "html").stdout;
        assert!(
            html.contains(&format!("<html lang=\"{language}\">")),
            "{html}"
        );
        assert!(html.contains(&format!("<p><strong>{verdict}")), "{html}");
        let markdown = show(&file, "markdown").stdout;
        assert!(
            markdown.starts_with(&format!("> **{verdict}")),
            "{markdown}"
        );
    }
    // The other language's words are not mixed in.
    let nynorsk = show(&write(&dir, "nn2.json", &whole_plan("nn", |_| {})), "text").stdout;
    for bokmal in ["Personens navn", "Varseltegn", "Hvem som skal kontaktes"] {
        assert!(
            !nynorsk.contains(bokmal),
            "{bokmal:?} in Nynorsk:\n{nynorsk}"
        );
    }
}

#[test]
fn show_values_and_dates_are_words_not_codes() {
    let dir = scratch("words");
    let file = write(&dir, "nb.json", &whole_plan("nb", |_| {}));
    for format in ["text", "markdown", "html"] {
        let page = show(&file, format).stdout;
        for code in [
            "workAndEducation",
            "familyAndRelationships",
            "substanceUse",
            "mentalHealth",
            "nextOfKin",
            "gettingWorse",
            "notStarted",
            "appliedFor",
            "peerWorker",
            "mentalHealthNurse",
            "inResponsibilityGroup",
            "isCoordinator",
            "whatIDoMyself",
            "Who: me",
            ": true",
            "2026-11-22T10:00:00Z",
        ] {
            assert!(!page.contains(code), "{format}: {code:?} shown:\n{page}");
        }
        for words in [
            "Arbeid og utdanning",
            "Verre",
            "Psykiatrisk sykepleier",
            // (Markdown escapes the "22." that starts a value, so it cannot start a list.)
            "november 2026 kl. 10:00 UTC",
        ] {
            assert!(page.contains(words), "{format}: {words:?} missing:\n{page}");
        }
    }
    let text = show(&file, "text").stdout;
    assert!(text.contains("Pårørende: ja"), "{text}");
    // Every date of the plan is in words: no YYYY-MM-DD is left.
    let iso_date = text.as_bytes().windows(10).any(|w| {
        w[4] == b'-'
            && w[7] == b'-'
            && w.iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
    });
    assert!(!iso_date, "a date not in words:\n{text}");
    let english = show(&write(&dir, "en.json", &whole_plan("en", |_| {})), "text").stdout;
    assert!(
        english.contains("22 November 2026 at 10:00 UTC"),
        "{english}"
    );
    assert!(english.contains("Work and education"), "{english}");
}

#[test]
fn show_puts_the_crisis_plan_in_its_natural_order_with_signs_by_stage() {
    let dir = scratch("order");
    // The signs in the file in the reverse of their stages: the page still reads early first.
    let file = write(
        &dir,
        "nb.json",
        &whole_plan("nb", |c| {
            if let Some(Value::Array(signs)) =
                c["credentialSubject"]["crisisPlan"].get_mut("warningSigns")
            {
                signs.reverse();
            }
        }),
    );
    let text = show(&file, "text").stdout;
    let crisis = &text[at(&text, "\nKriseplan\n")..];
    let order = [
        "Varseltegn:",
        "  Tidlig:",
        "  Verre:",
        "  Akutt:",
        "Det som hjelper:",
        "Slik møter du personen:",
        "Hvem som skal kontaktes, i denne rekkefølgen:",
        "Skal ikke kontaktes eller informeres:",
        "Brukerstyrt plass:",
        "Ønsker for behandling:",
        "Praktiske ting:",
        "Etter krisen:",
    ];
    let places: Vec<usize> = order.iter().map(|label| at(crisis, label)).collect();
    assert!(
        places.windows(2).all(|pair| pair[0] < pair[1]),
        "not in order {order:?}:\n{crisis}"
    );
    assert!(
        !crisis.contains("Fase:"),
        "the stage is the group: {crisis}"
    );
    // Who to call keeps the person's order, numbered.
    let plan: Value = serde_json::from_str(common::FULL).expect("JSON");
    let contacts =
        &crisis[at(crisis, "Hvem som skal kontaktes")..at(crisis, "Skal ikke kontaktes")];
    let whens: Vec<usize> = plan["crisisPlan"]["contacts"]
        .as_array()
        .expect("contacts")
        .iter()
        .map(|contact| at(contacts, contact["whenToCall"].as_str().expect("text")))
        .collect();
    assert!(whens.windows(2).all(|pair| pair[0] < pair[1]), "{contacts}");
    assert!(contacts.contains("\n  1.\n") && contacts.contains("\n  2.\n"));
}

#[test]
fn show_holds_every_section_it_has_and_says_a_selection_only_when_items_were_left_out() {
    let dir = scratch("holds");
    let whole = show(
        &write(&dir, "whole.json", &whole_plan("en", |_| {})),
        "text",
    )
    .stdout;
    assert!(!whole.contains("A selection"), "{whole}");
    for part in ["Individual plan", "Crisis plan", "Network and contacts"] {
        assert!(whole.contains(&format!("\n{part}\n")), "{part}: {whole}");
    }
    // NAV's selection: goals and measures of housing and money only.
    let mut plan = plan();
    plan.meta.language = "en".to_owned();
    let request = ExportRequest {
        plan: &plan,
        recipients: vec![Recipient::default()],
        sections: vec![Section::Goals, Section::Measures],
        sharing_consent: SharingConsentStatement::default(),
        credential_id: [7; 16],
        valid_from: CREATED.to_owned(),
    };
    let leave_out = LeaveOut::life_areas_other_than(&[LifeArea::Housing, LifeArea::Money]);
    let document = export_selection_for_recipient(&request, &leave_out, &key()).expect("signs");
    let selection = write(
        &dir,
        "nav.json",
        &serde_json::to_vec(&document).expect("JSON"),
    );
    let shown = show(&selection, "text").stdout;
    let holds = shown
        .lines()
        .position(|l| l.starts_with("Holds: A selection"))
        .expect("says it is a selection");
    let parts = shown
        .lines()
        .position(|l| l.starts_with("Parts of the plan: Goals, Measures"))
        .expect("names its parts");
    assert_eq!(holds, parts + 1, "{shown}");
    // The network holds only the members the chosen items name (the core's rule); a recipient
    // without a name is not an empty "For:" line.
    for absent in ["\nCrisis plan\n", "For: ", "Substance use", "Mental health"] {
        assert!(!shown.contains(absent), "{absent:?}: {shown}");
    }
    assert!(shown.contains("Life area: Housing"), "{shown}");
}

#[test]
fn show_html_keeps_script_and_bidi_controls_in_names_inert() {
    let dir = scratch("html");
    let name = "<script>alert(1)</script>\u{202e}nahoJ \u{2066}x\u{2069}";
    let file = write(
        &dir,
        "doc.json",
        &whole_plan("nb", |c| {
            c["credentialSubject"]["owner"]["name"] = json!(name);
            c["credentialSubject"]["network"][0]["name"] = json!(name);
            c["credentialSubject"]["recipients"] = json!([{"name": name}]);
        }),
    );
    let html = show(&file, "html").stdout;
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(
        !html
            .chars()
            .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "a raw bidi control in the page"
    );
    assert!(html.contains("\\u{202e}nahoJ"), "{html}");
    assert!(html.contains("<title>Plan for &lt;script&gt;"), "{html}");
}

#[test]
fn show_errors_go_to_standard_error_in_every_format_never_into_the_page() {
    let dir = scratch("errors");
    let tampered = {
        let mut value: Value = serde_json::from_slice(&whole_plan("nb", |_| {})).expect("JSON");
        value["credentialSubject"]["owner"]["name"] = json!("changed after signing");
        write(&dir, "tampered.json", value.to_string().as_bytes())
    };
    let not_a_copy = write(
        &dir,
        "nothing.pdf",
        b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
    );
    let good = write(&dir, "good.json", &whole_plan("nb", |_| {}));
    for format in ["text", "markdown", "html"] {
        for (what, args, code, on_stderr) in [
            (
                "refused JSON",
                vec!["show", &tampered, "--format", format, "--today", TODAY],
                1,
                "error-bad-signature",
            ),
            (
                "refused PDF",
                vec!["show", &not_a_copy, "--format", format, "--today", TODAY],
                1,
                "error-pdf-",
            ),
            (
                "missing file",
                vec!["show", "/no/such/plan.json", "--format", format],
                2,
                "ownplan: ",
            ),
            (
                "wrong key",
                vec![
                    "show",
                    &good,
                    "--format",
                    format,
                    "--key",
                    "AAAA-BBBB-CCCC-DDDD",
                    "--today",
                    TODAY,
                ],
                1,
                "INVALID",
            ),
        ] {
            let result = run(&args);
            assert_eq!(result.code, code, "{format}, {what}: {}", result.stderr);
            assert_eq!(result.stdout, "", "{format}, {what}: nothing for the page");
            assert!(
                result.stderr.contains(on_stderr),
                "{format}, {what}: {}",
                result.stderr
            );
        }
    }
}

#[test]
fn verify_names_the_file_it_checked_in_text_and_json() {
    let dir = scratch("named");
    let good = write(&dir, "plan for NAV.json", &whole_plan("nb", |_| {}));
    let tampered = {
        let mut value: Value = serde_json::from_slice(&whole_plan("nb", |_| {})).expect("JSON");
        value["credentialSubject"]["owner"]["name"] = json!("changed");
        write(&dir, "tampered.json", value.to_string().as_bytes())
    };
    let not_a_copy = write(&dir, "nothing.pdf", b"%PDF-1.7\n%%EOF\n");
    // A file name that tries to draw a line of its own.
    let hostile = write(
        &dir,
        "x\u{1b}[2K\rfingerprint: AAAA-BBBB-CCCC-DDDD.json",
        &whole_plan("nb", |_| {}),
    );
    for (file, code) in [(&good, 0), (&tampered, 1), (&not_a_copy, 1), (&hostile, 0)] {
        let text = run(&["verify", file, "--today", TODAY]);
        assert_eq!(text.code, code, "{file}: {}", text.stdout);
        let second = text.stdout.lines().nth(1).unwrap_or_default();
        let escaped = file.replace('\u{1b}', "\\x1b").replace('\r', "\\r");
        assert_eq!(second, format!("file:        {escaped}"), "{}", text.stdout);
        let json = run(&["verify", file, "--json", "--today", TODAY]);
        assert_eq!(json.code, code);
        let report: Value = serde_json::from_str(&json.stdout).expect("JSON");
        assert_eq!(report["file"], json!(file), "{}", json.stdout);
    }
    let hostile_text = run(&["verify", &hostile, "--today", TODAY]).stdout;
    assert_eq!(
        hostile_text
            .lines()
            .filter(|l| l.starts_with("fingerprint:"))
            .count(),
        1,
        "{hostile_text}"
    );
    assert!(!hostile_text.contains('\u{1b}') && !hostile_text.contains('\r'));
    let from_stdin = common::ownplan()
        .args(["verify", "-", "--today", TODAY])
        .stdin(std::fs::File::open(&good).expect("open"))
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&from_stdin.stdout);
    assert_eq!(
        stdout.lines().nth(1),
        Some("file:        - (standard input)"),
        "{stdout}"
    );
}
