//! The pinned example plans of format versions 1, 2, 3 and 4.
//!
//! THESE FIXTURES MUST KEEP LOADING AND VALIDATING FOREVER. A plan written today is a person's
//! own document; every later version of ownplan must read it. If a change to the model breaks
//! this test, the change is wrong: add a new format version with a migration instead (see
//! FORMAT-VERSIONS.md). Never edit or delete a `plan-v*-*.json` fixture. The version-2 fixtures
//! are the version-1 fixtures as the migration writes them, and the version-3 fixtures the
//! version-2 fixtures with only their `formatVersion` changed (the plan did not change in format
//! 3; its documents did). The version-4 minimal fixture is the version-3 one with its new number;
//! the version-4 full fixture adds the crisis plan's safety steps (reasons for living, safer
//! surroundings, the help message) and shares some of them in two consents.

use ownplan_core::plan::{Date, FORMAT_VERSION, Plan, Problem, ProblemKind, validate};
use serde_json::Value;

const FULL: &str = include_str!("fixtures/plan-v1-full.json");
const MINIMAL: &str = include_str!("fixtures/plan-v1-minimal.json");
const FULL_V2: &str = include_str!("fixtures/plan-v2-full.json");
const MINIMAL_V2: &str = include_str!("fixtures/plan-v2-minimal.json");
const FULL_V3: &str = include_str!("fixtures/plan-v3-full.json");
const MINIMAL_V3: &str = include_str!("fixtures/plan-v3-minimal.json");
const FULL_V4: &str = include_str!("fixtures/plan-v4-full.json");
const MINIMAL_V4: &str = include_str!("fixtures/plan-v4-minimal.json");
/// Every fixture of every version.
const ALL: [(&str, &str); 8] = [
    ("v1 full", FULL),
    ("v1 minimal", MINIMAL),
    ("v2 full", FULL_V2),
    ("v2 minimal", MINIMAL_V2),
    ("v3 full", FULL_V3),
    ("v3 minimal", MINIMAL_V3),
    ("v4 full", FULL_V4),
    ("v4 minimal", MINIMAL_V4),
];

/// `text` of a fixture with its `formatVersion` line saying `to` instead of `from`.
fn renumbered(text: &str, from: u32, to: u32) -> String {
    text.replace(
        &format!("  \"formatVersion\": {from},"),
        &format!("  \"formatVersion\": {to},"),
    )
}

fn load(text: &str) -> Plan {
    let value: Value = serde_json::from_str(text).expect("fixture is JSON");
    Plan::from_json_value(value).expect("fixture loads")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

fn summary(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| format!("{} {}", p.path, p.kind.message_id()))
        .collect()
}

#[test]
fn fixtures_load_and_have_no_errors_today_or_ever() {
    for (name, text) in ALL {
        let plan = load(text);
        for today in ["2026-11-22", "2030-01-01", "9999-12-31"] {
            let problems = validate(&plan, &date(today));
            let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
            assert!(errors.is_empty(), "{name} on {today}: {errors:?}");
        }
    }
}

#[test]
fn full_fixture_warns_only_about_what_it_deliberately_contains() {
    let plan = load(FULL);
    // The sister's "phone" is written as words, as people do: a warning, never an error.
    assert_eq!(
        summary(&validate(&plan, &date("2026-11-22"))),
        ["network[4].phone problem-phone-unusual"]
    );
    // Long after the plan period everything that expires says so.
    let later = validate(&plan, &date("2030-01-01"));
    for kind in [
        ProblemKind::ReviewDatePassed,
        ProblemKind::ConsentExpired,
        ProblemKind::AdmissionExpired,
    ] {
        assert!(later.iter().any(|p| p.kind == kind), "{kind:?}");
    }
}

#[test]
fn version_1_fixtures_migrate_to_exactly_the_version_2_fixtures() {
    for (old, new, newest) in [(FULL, FULL_V2, FULL_V3), (MINIMAL, MINIMAL_V2, MINIMAL_V3)] {
        let migrated = load(old);
        assert_eq!(migrated, load(new));
        // Read now, a version-1 plan goes on to the newest version, which writes it as the
        // version-3 fixture (the version-2 fixture with its new number) with the newest number.
        let pretty = serde_json::to_string_pretty(&migrated).expect("serializes");
        let newest = renumbered(newest, 3, FORMAT_VERSION);
        for (line, (got, want)) in pretty.lines().zip(newest.lines()).enumerate() {
            assert_eq!(got, want, "line {}", line + 1);
        }
        // Only the version and the ids changed: every line is the same but for those.
        for (got, was) in new.lines().zip(old.lines()) {
            if got != was {
                let changed = got.replace("urn:uuid:", "") == was
                    || (was.contains("\"formatVersion\": 1")
                        && got.contains("\"formatVersion\": 2"));
                assert!(changed, "{was} -> {got}");
            }
        }
        assert_eq!(new.lines().count(), old.lines().count());
    }
}

#[test]
fn version_2_fixtures_migrate_to_exactly_the_version_3_fixtures() {
    for (old, new) in [(FULL_V2, FULL_V3), (MINIMAL_V2, MINIMAL_V3)] {
        assert_eq!(load(old), load(new));
        let pretty = serde_json::to_string_pretty(&load(old)).expect("serializes");
        assert_eq!(pretty, renumbered(new, 3, FORMAT_VERSION).trim_end());
        // Nothing but the version number changed.
        let changed: Vec<(&str, &str)> = old
            .lines()
            .zip(new.lines())
            .filter(|(was, got)| was != got)
            .collect();
        assert_eq!(
            changed,
            [("  \"formatVersion\": 2,", "  \"formatVersion\": 3,")]
        );
        assert_eq!(new.lines().count(), old.lines().count());
    }
}

#[test]
fn version_3_fixtures_become_version_4_with_nothing_else_changed() {
    // The minimal plan: only the number.
    let pretty = serde_json::to_string_pretty(&load(MINIMAL_V3)).expect("serializes");
    assert_eq!(pretty, MINIMAL_V4.trim_end());
    let changed: Vec<(&str, &str)> = MINIMAL_V3
        .lines()
        .zip(MINIMAL_V4.lines())
        .filter(|(was, got)| was != got)
        .collect();
    assert_eq!(
        changed,
        [("  \"formatVersion\": 3,", "  \"formatVersion\": 4,")]
    );
    // The full plan: the version-3 plan, plus the safety steps and the two consents that share
    // some of them.
    let old = load(FULL_V3);
    let mut new = load(FULL_V4);
    let crisis = &new.crisis_plan;
    assert_eq!(crisis.reasons_for_living.len(), 3);
    assert_eq!(crisis.safer_surroundings.len(), 2);
    assert_eq!(crisis.help_message.recipients.len(), 2);
    assert!(crisis.help_message.text.as_str().contains("ringe meg"));
    new.crisis_plan.reasons_for_living = Default::default();
    new.crisis_plan.safer_surroundings = Default::default();
    new.crisis_plan.help_message = Default::default();
    new.consent = old.consent.clone();
    assert_eq!(new, old);
}

#[test]
fn fixtures_round_trip_unchanged() {
    for text in [FULL_V4, MINIMAL_V4] {
        let original: Value = serde_json::from_str(text).expect("fixture is JSON");
        let plan = Plan::from_json_value(original.clone()).expect("fixture loads");
        let written = plan.to_json_value();
        assert_eq!(
            Plan::from_json_value(written.clone()).expect("reloads"),
            plan
        );
        // What is written is exactly what was read, down to the key order: nothing dropped,
        // nothing added. (Compared line by line so a failure shows the first difference.)
        let pretty = serde_json::to_string_pretty(&plan).expect("serializes");
        for (line, (got, want)) in pretty.lines().zip(text.lines()).enumerate() {
            assert_eq!(got, want, "line {}", line + 1);
        }
        assert_eq!(pretty.lines().count(), text.lines().count());
        assert!(written == original);
    }
}

#[test]
fn fixtures_are_of_the_current_format_version() {
    for (name, text) in ALL {
        assert_eq!(load(text).format_version, FORMAT_VERSION, "{name}");
    }
}

#[test]
fn full_fixture_holds_the_realistic_plan() {
    let plan = load(FULL);
    assert_eq!(plan.owner.name.as_str(), "Sara Haugen");
    assert_eq!(plan.coordinators().count(), 1);
    assert_eq!(plan.individual_plan.measures.len(), 5);
    assert_eq!(plan.crisis_plan.warning_signs.len(), 3);
    assert_eq!(plan.crisis_plan.admission.max_nights, Some(5));
    let overdue: Vec<_> = plan
        .individual_plan
        .agreements
        .iter()
        .filter(|a| a.is_overdue(&date("2026-11-25")))
        .map(|a| a.what.as_str())
        .collect();
    assert_eq!(
        overdue,
        ["Prøve søvnrutinene i to uker og skrive ned hvordan det går"]
    );
}
