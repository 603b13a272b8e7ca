//! The PDF copies of the example exports: committed in `examples/` (kept current like the JSON
//! examples; regenerate with `OWNPLAN_BLESS=1 cargo test -p ownplan-pdf --test copies`), readable
//! by poppler (`pdftotext`, `pdfinfo`, `pdfdetach`, installed by `cargo xtask setup`), and the
//! embedded document is the signed JSON, byte for byte.

use std::path::PathBuf;
use std::process::Command;

use ownplan_pdf::{extract_embedded_document, make_pdf_from_signed};

/// The example exports and their copies.
const EXAMPLES: [&str; 4] = [
    "export-gp",
    "export-nav",
    "export-nav-housing-money",
    "export-crisis-team",
];
/// The instant the examples are checked at: the day they were signed.
const NOW: &str = "2026-11-22T12:00:00Z";

fn repository_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

fn blessing() -> bool {
    std::env::var_os("OWNPLAN_BLESS").is_some_and(|value| value != "0")
}

fn example_json(name: &str) -> Vec<u8> {
    std::fs::read(repository_file(&format!("examples/{name}.json"))).expect("example export")
}

fn copy_of(name: &str) -> Vec<u8> {
    make_pdf_from_signed(&example_json(name), &format!("{name}.json"), NOW).expect("copy")
}

/// Runs a poppler tool; poppler-utils is part of the project's set-up.
fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!("{tool} is not installed ({error}); `cargo xtask setup` installs poppler-utils")
        });
    assert!(
        output.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn scratch(name: &str) -> PathBuf {
    let directory = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ownplan-pdf-copies");
    std::fs::create_dir_all(&directory).expect("scratch directory");
    directory.join(name)
}

#[test]
fn committed_pdf_copies_are_what_the_code_makes() {
    for name in EXAMPLES {
        let pdf = copy_of(name);
        assert_eq!(pdf, copy_of(name), "{name}: the copy is deterministic");
        let path = repository_file(&format!("examples/{name}.pdf"));
        if blessing() {
            std::fs::write(&path, &pdf).expect("write the copy");
            continue;
        }
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == pdf,
            "examples/{name}.pdf is out of date; regenerate it with \
             OWNPLAN_BLESS=1 cargo test -p ownplan-pdf --test copies"
        );
    }
}

#[test]
fn the_embedded_document_is_the_signed_json_byte_for_byte() {
    for name in EXAMPLES {
        assert_eq!(
            extract_embedded_document(&copy_of(name)).expect("one embedded document"),
            example_json(name)
        );
    }
}

#[test]
fn poppler_reads_the_text_with_nordic_letters_and_every_page_has_the_facts() {
    let path = scratch("export-nav.pdf");
    std::fs::write(&path, copy_of("export-nav")).expect("write");
    let path = path.to_str().expect("UTF-8 path");
    let info = poppler("pdfinfo", &[path]);
    assert!(info.contains("Plan for Sara Haugen"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .expect("a page count");
    assert!(pages >= 1);
    let text = poppler("pdftotext", &["-layout", path, "-"]);
    // Norwegian labels (the plan is in Bokmål), values as words, the person's own words.
    for expected in [
        "Personens navn",
        "Ha en egen leilighet med fast kontrakt",
        "Bolig",
        "Arbeid og utdanning",
        "Slik kontrollerer du denne kopien",
        "NAV Grünerløkka",
        "Skaffe legeerklæring til NAV",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(!text.contains("workAndEducation"), "{text}");
    // Every page (pages are separated by form feeds) repeats the version, date, recipient,
    // consent and fingerprint.
    let page_texts: Vec<&str> = text
        .split('\u{c}')
        .filter(|page| !page.trim().is_empty())
        .collect();
    assert_eq!(page_texts.len(), pages);
    for page in page_texts {
        for fact in [
            "Planversjon 3",
            "signert 2026-11-22",
            "til Aisha Rahman",
            "gjelder til 2027-09-13",
            "fingeravtrykk",
        ] {
            assert!(page.contains(fact), "{fact:?} missing on a page:\n{page}");
        }
    }
}

#[test]
fn pdfdetach_lists_and_saves_the_one_embedded_document() {
    let path = scratch("export-gp.pdf");
    std::fs::write(&path, copy_of("export-gp")).expect("write");
    let path = path.to_str().expect("UTF-8 path");
    let list = poppler("pdfdetach", &["-list", path]);
    assert!(list.contains("1 embedded files"), "{list}");
    assert!(list.contains("export-gp.json"), "{list}");
    let saved = scratch("detached-export-gp.json");
    poppler(
        "pdfdetach",
        &["-save", "1", "-o", saved.to_str().expect("UTF-8"), path],
    );
    assert_eq!(
        std::fs::read(&saved).expect("detached"),
        example_json("export-gp")
    );
}

/// The example plan with `change` applied, signed for the NAV recipient with the example key.
fn signed_example_plan(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    use ownplan_core::document::{ExportRequest, export_for_recipient};
    use ownplan_core::plan::Plan;
    use ownplan_core::proof::{SigningKey, parse_strict};
    let bytes = std::fs::read(repository_file("examples/plan-full-nb.json")).expect("plan");
    let mut json = parse_strict(&bytes).expect("plan JSON");
    change(&mut json);
    let plan = Plan::from_json_value(json).expect("a valid plan");
    let seed: [u8; 32] = core::array::from_fn(|index| index as u8);
    let request = ExportRequest::for_sharing_consent(
        &plan,
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
        [0x44; 16],
        "2026-11-22T10:00:00Z",
    )
    .expect("request");
    let document = export_for_recipient(&request, &SigningKey::from_seed(&seed)).expect("signed");
    serde_json::to_vec_pretty(&document).expect("JSON")
}

#[test]
fn an_english_plan_gets_english_labels_and_hostile_text_stays_text() {
    let signed = signed_example_plan(|plan| {
        plan["meta"]["language"] = "en".into();
        // PDF string syntax, a content operator and letters WinAnsi lacks (Sami, Cyrillic).
        plan["owner"]["name"] = "Sara) Tj ET BT (Haugen\\ Čáŋ Жанна".into();
    });
    let pdf = make_pdf_from_signed(&signed, "plan-nav.json", NOW).expect("copy");
    assert_eq!(extract_embedded_document(&pdf), Ok(signed));
    let path = scratch("english.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let text = poppler("pdftotext", &[path.to_str().expect("UTF-8"), "-"]);
    for expected in [
        "The person's name: Sara) Tj ET BT (Haugen\\ ?á? ?????",
        "How to check this copy",
        "Work and education",
        "Plan version 3",
        "for Aisha Rahman (NAV, NAV Grünerløkka)",
        "valid until 2027-09-13",
        // The letters shown as "?" are explained (pdftotext keeps the line breaks of the page).
        "appear as \"?\"",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
}

#[test]
fn a_plan_whose_letters_all_show_has_no_note_about_question_marks() {
    let path = scratch("export-nav-letters.pdf");
    std::fs::write(&path, copy_of("export-nav")).expect("write");
    let text = poppler("pdftotext", &[path.to_str().expect("UTF-8"), "-"]);
    assert!(text.contains("æ") || text.contains("ø") || text.contains("å"));
    assert!(!text.contains("står som «?»"), "{text}");
}

#[test]
fn the_callers_labels_replace_the_built_in_ones() {
    use ownplan_core::document::verify_plan_document_at;
    use ownplan_pdf::{Labels, PdfCopy, make_pdf};
    let signed = example_json("export-nav");
    let document = verify_plan_document_at(&signed, NOW, None).expect("valid");
    let mut labels = Labels::norwegian_bokmaal();
    labels.set("field.owner.name", "Navnet til personen");
    labels.set("pdf.page", "Ark {page}/{pages}");
    let pdf = make_pdf(&PdfCopy {
        document: &document,
        signed_json: &signed,
        file_name: "export-nav.json",
        labels: &labels,
    })
    .expect("copy");
    let path = scratch("own-labels.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let text = poppler("pdftotext", &[path.to_str().expect("UTF-8"), "-"]);
    assert!(text.contains("Navnet til personen: Sara Haugen"), "{text}");
    assert!(text.contains("Ark 1/"), "{text}");
    // Signed bytes that are not the verified document are refused.
    let other = example_json("export-gp");
    assert_eq!(
        make_pdf(&PdfCopy {
            document: &document,
            signed_json: &other,
            file_name: "export-nav.json",
            labels: &labels,
        }),
        Err(ownplan_pdf::PdfError::NotTheVerifiedDocument)
    );
}

#[test]
fn the_crisis_plans_safety_steps_show_in_their_place_with_stages_names_and_numbers() {
    use ownplan_core::document::{ExportRequest, export_for_recipient};
    use ownplan_core::plan::{Plan, Section};
    use ownplan_core::proof::{SigningKey, parse_strict};
    let bytes = std::fs::read(repository_file("examples/plan-full-nb.json")).expect("plan");
    let plan = Plan::from_json_value(parse_strict(&bytes).expect("JSON")).expect("a valid plan");
    // The crisis team's consent, and the help message, which no consent of the example shares.
    let mut request = ExportRequest::for_sharing_consent(
        &plan,
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-00000000007b",
        [0x55; 16],
        "2026-11-22T10:00:00Z",
    )
    .expect("request");
    request.sections.push(Section::HelpMessage);
    let seed: [u8; 32] = core::array::from_fn(|index| index as u8);
    let document = export_for_recipient(&request, &SigningKey::from_seed(&seed)).expect("signed");
    let signed = serde_json::to_vec_pretty(&document).expect("JSON");
    let path = scratch("safety-steps.pdf");
    std::fs::write(
        &path,
        make_pdf_from_signed(&signed, "plan-crisis-team.json", NOW).expect("copy"),
    )
    .expect("write");
    let text = poppler("pdftotext", &[path.to_str().expect("UTF-8"), "-"]);
    // The parts in the crisis plan's order (each found after the one before): after what
    // helps, the reasons for living and the safer surroundings; after the services, the help
    // message; then admission.
    let order = [
        "Det som ikke hjelper",
        "Det som gjør livet verdt å leve\n",
        "Med egne ord: Emma, datteren min. Jeg vil se henne bli stor.",
        "Med egne ord: Sommeren på hytta på Hvaler, og å bade før frokost",
        "Tryggere omgivelser\n",
        "Fase: Verre",
        "Det som gjøres: Linn tar vare på medisinene mine",
        "Hvem som kan hjelpe: Linn Haugen",
        "Fase: Akutt",
        "Det som gjøres: Jeg heller ut alkoholen som er hjemme",
        "Slik møter du personen",
        "Tjenester og krisetelefoner",
        "Melding når personen trenger hjelp",
        "Meldingen: Jeg har det ikke bra nå. Kan du ringe meg så fort du kan?",
        "Mottakere",
        // Per Olsen has no number of his own in the message: his network phone is the one.
        "Telefon: 915 00 002",
        "Hvem: Per Olsen",
        "Telefon: +47 918 00 004",
        "Hvem: Mamma",
        "Brukerstyrt plass\n",
    ];
    let mut from = 0;
    for needle in order {
        let found = text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing or out of order in:\n{text}"));
        from += found + needle.len();
    }
    // The sections by name, and no JSON name left as it is.
    assert!(
        text.contains("Det som gjør livet verdt å leve, Tryggere omgivelser"),
        "{text}"
    );
    assert!(text.contains("Meldingen som ber om hjelp"), "{text}");
    for code in [
        "gettingWorse",
        "reasonsForLiving",
        "Reasons for living",
        "Safer surroundings",
        "Help message",
        "Action",
        "Recipients",
    ] {
        assert!(!text.contains(code), "{code:?} shown:\n{text}");
    }
}
