//! One test per kind of problem that `validate` reports, each through the same `check` helper:
//! start from a small valid plan, make one change, and compare the problems found (path and
//! message id) with what is expected.

use ownplan_core::plan::{
    Agreement, Appointment, CrisisContact, CrisisService, Date, DateTime, Goal, ItemId, Measure,
    NetworkMember, PersonRef, Plan, PlanId, Problem, ProblemKind, RevisionEntry, Section, Severity,
    SharingConsent, Text, TimeOfDay, validate,
};
use serde_json::json;

const TODAY: &str = "2026-11-22";
const MEMBER: &str = "urn:uuid:00000000-0000-4000-8000-00000000000a";

/// An item id from a short name (`m1`, `g1`): its format-2 form, a UUID URN. An id that format 1
/// already called invalid (`""`) stays invalid.
fn item_id(name: impl AsRef<str>) -> ItemId {
    ItemId::from_format_1(name.as_ref())
}

/// A small plan with no problems: one network member, one measure pointing at them.
fn base() -> Plan {
    let mut plan = Plan::new(
        PlanId::new("urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c"),
        "nb",
    );
    plan.network.push(NetworkMember {
        id: item_id(MEMBER),
        name: Text::new("Kari Nordmann"),
        phone: Text::new("+47 915 00 001"),
        is_coordinator: true,
        ..NetworkMember::default()
    });
    plan.individual_plan.measures.push(Measure {
        id: item_id("m1"),
        what: Text::new("Samtaler"),
        responsible: Some(PersonRef::Member(item_id(MEMBER))),
        ..Measure::default()
    });
    plan
}

/// Stored values that skip the strict constructors, as a received document could hold them.
fn stored<T: serde::de::DeserializeOwned>(text: &str) -> T {
    serde_json::from_value(json!(text)).expect("any string deserializes")
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

fn check(change: impl FnOnce(&mut Plan), expected: &[(&str, &str)]) {
    let mut plan = base();
    change(&mut plan);
    let problems = validate(&plan, &date(TODAY));
    let found: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.path.as_str(), p.kind.message_id()))
        .collect();
    assert_eq!(found, expected);
    // Every reported path names a place that exists in the plan's JSON.
    let json = plan.to_json_value();
    for problem in &problems {
        assert!(
            lookup(&json, &problem.path).is_some(),
            "no such path: {}",
            problem.path
        );
    }
}

/// Follows a path like `a.b[2].c` into a JSON value.
fn lookup<'a>(value: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    let mut current = value;
    for part in path.split('.') {
        let (name, indexes) = part.split_once('[').map_or((part, ""), |(n, i)| (n, i));
        if !name.is_empty() {
            current = current.get(name)?;
        }
        for index in indexes.split('[').filter(|s| !s.is_empty()) {
            current = current.get(index.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(current)
}

#[test]
fn base_plan_has_no_problems() {
    check(|_| {}, &[]);
}

#[test]
fn id_invalid() {
    check(
        |p| {
            p.individual_plan
                .measures
                .update(&item_id("m1"), |m| m.id = item_id(""));
        },
        &[("individualPlan.measures[0].id", "problem-id-invalid")],
    );
    check(
        |p| p.plan_id = PlanId::new("not an id"),
        &[("planId", "problem-id-invalid")],
    );
}

#[test]
fn id_duplicate_across_lists() {
    check(
        |p| {
            p.individual_plan.goals.push(Goal {
                id: item_id("m1"),
                ..Goal::default()
            })
        },
        // The later one in document order is reported: goals come before measures.
        &[("individualPlan.measures[0].id", "problem-id-duplicate")],
    );
}

#[test]
fn reference_dangling() {
    check(
        |p| {
            p.crisis_plan.contacts.push(CrisisContact {
                id: item_id("c1"),
                who: Some(PersonRef::Member(item_id("gone"))),
                ..CrisisContact::default()
            })
        },
        &[(
            "crisisPlan.contacts[0].who.member",
            "problem-reference-dangling",
        )],
    );
    // Removing the member leaves the measure pointing nowhere.
    check(
        |p| {
            p.network.remove(&item_id(MEMBER));
        },
        &[(
            "individualPlan.measures[0].responsible.member",
            "problem-reference-dangling",
        )],
    );
}

#[test]
fn date_invalid() {
    check(
        |p| {
            p.individual_plan.goals.push(Goal {
                id: item_id("g1"),
                target_date: Some(stored("2026-02-30")),
                ..Goal::default()
            })
        },
        &[("individualPlan.goals[0].targetDate", "problem-date-invalid")],
    );
}

#[test]
fn date_time_invalid() {
    check(
        |p| {
            p.individual_plan.revision_log.push(RevisionEntry {
                id: item_id("r1"),
                at: Some(stored::<DateTime>("2026-11-22 10:00")),
                ..RevisionEntry::default()
            })
        },
        &[(
            "individualPlan.revisionLog[0].at",
            "problem-datetime-invalid",
        )],
    );
}

#[test]
fn time_invalid() {
    check(
        |p| {
            p.individual_plan.appointments.push(Appointment {
                id: item_id("a1"),
                time: Some(stored::<TimeOfDay>("kl 10")),
                ..Appointment::default()
            })
        },
        &[(
            "individualPlan.appointments[0].time",
            "problem-time-invalid",
        )],
    );
}

#[test]
fn date_range_reversed() {
    check(
        |p| {
            p.individual_plan.measures.update(&item_id("m1"), |m| {
                m.from = Some(date("2027-01-01"));
                m.to = Some(date("2026-12-31"));
            });
        },
        &[(
            "individualPlan.measures[0].to",
            "problem-date-range-reversed",
        )],
    );
    check(
        |p| {
            p.individual_plan.period.from = Some(date("2027-01-01"));
            p.individual_plan.period.to = Some(date("2027-01-01"));
        },
        &[],
    );
}

#[test]
fn review_date_passed_is_a_warning() {
    check(
        |p| p.individual_plan.period.review_date = Some(date("2026-11-22")),
        &[],
    );
    check(
        |p| p.individual_plan.period.review_date = Some(date("2026-11-21")),
        &[(
            "individualPlan.period.reviewDate",
            "problem-review-date-passed",
        )],
    );
    assert_eq!(ProblemKind::ReviewDatePassed.severity(), Severity::Warning);
}

#[test]
fn consent_expired() {
    check(
        |p| {
            p.consent.to_plan.valid_until = Some(date("2026-01-01"));
            p.consent.sharing.push(SharingConsent {
                id: item_id("s1"),
                recipient: Some(PersonRef::Member(item_id(MEMBER))),
                sections: vec![Section::Goals],
                until: Some(date("2026-11-01")),
                ..SharingConsent::default()
            });
        },
        &[
            ("consent.toPlan.validUntil", "problem-consent-expired"),
            ("consent.sharing[0].until", "problem-consent-expired"),
        ],
    );
}

#[test]
fn admission_expired() {
    check(
        |p| p.crisis_plan.admission.valid_until = Some(date("2026-06-30")),
        &[(
            "crisisPlan.admission.validUntil",
            "problem-admission-expired",
        )],
    );
}

#[test]
fn max_nights_out_of_range() {
    for (nights, expected) in [(0, true), (1, false), (5, false), (31, false), (32, true)] {
        let mut plan = base();
        plan.crisis_plan.admission.max_nights = Some(nights);
        let problems = validate(&plan, &date(TODAY));
        let flagged = problems.iter().any(|p| {
            p.kind == ProblemKind::MaxNightsOutOfRange && p.path == "crisisPlan.admission.maxNights"
        });
        assert_eq!(flagged, expected, "{nights}");
    }
}

#[test]
fn text_too_long() {
    check(
        |p| p.individual_plan.my_story = Text::new(&"å".repeat(20_000)),
        &[],
    );
    check(
        |p| p.individual_plan.my_story = Text::new(&"å".repeat(20_001)),
        &[("individualPlan.myStory", "problem-text-too-long")],
    );
}

#[test]
fn text_not_nfc_is_reported_but_kept() {
    check(
        |p| p.crisis_plan.what_helps = stored("Kaffe og ro\u{300}"),
        &[("crisisPlan.whatHelps", "problem-text-not-nfc")],
    );
}

#[test]
fn text_control_character() {
    check(
        |p| p.owner.name = Text::new("Sara\u{1b}[31m"),
        &[("owner.name", "problem-text-control-character")],
    );
    check(|p| p.owner.name = Text::new("Sara\r\n\tHaugen"), &[]);
}

#[test]
fn phone_unusual_is_only_a_warning() {
    check(
        |p| {
            p.crisis_plan.services.push(CrisisService {
                id: item_id("s1"),
                phone: Text::new("ring etter kl 10"),
                ..CrisisService::default()
            })
        },
        &[("crisisPlan.services[0].phone", "problem-phone-unusual")],
    );
    assert_eq!(ProblemKind::PhoneUnusual.severity(), Severity::Warning);
}

#[test]
fn email_unusual() {
    check(
        |p| {
            p.network
                .update(&item_id(MEMBER), |m| m.email = Text::new("kari på nav"));
        },
        &[("network[0].email", "problem-email-unusual")],
    );
}

#[test]
fn coordinator_several() {
    check(
        |p| {
            p.network.push(NetworkMember {
                id: item_id("n2"),
                is_coordinator: true,
                ..NetworkMember::default()
            })
        },
        &[("network[1].isCoordinator", "problem-coordinator-several")],
    );
}

#[test]
fn format_version_unsupported() {
    for version in [
        ownplan_core::plan::FORMAT_VERSION - 1,
        ownplan_core::plan::FORMAT_VERSION + 1,
    ] {
        check(
            |p| p.format_version = version,
            &[("formatVersion", "problem-format-version-unsupported")],
        );
    }
}

#[test]
fn plan_version_zero() {
    check(
        |p| p.plan_version = 0,
        &[("planVersion", "problem-plan-version-zero")],
    );
}

#[test]
fn language_invalid() {
    check(|p| p.meta.language = "norsk".into(), &[]);
    check(
        |p| p.meta.language = "norsk bokmål".into(),
        &[("meta.language", "problem-language-invalid")],
    );
}

#[test]
fn list_too_long() {
    let mut plan = base();
    for index in 0..1_001 {
        plan.individual_plan.agreements.push(Agreement {
            id: item_id(format!("a{index}")),
            ..Agreement::default()
        });
    }
    let problems: Vec<Problem> = validate(&plan, &date(TODAY));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "individualPlan.agreements");
    assert_eq!(problems[0].kind, ProblemKind::ListTooLong);
}

#[test]
fn section_duplicate() {
    check(
        |p| {
            p.consent.sharing.push(SharingConsent {
                id: item_id("s1"),
                sections: vec![Section::Goals, Section::Measures, Section::Goals],
                ..SharingConsent::default()
            })
        },
        &[(
            "consent.sharing[0].sections[2]",
            "problem-section-duplicate",
        )],
    );
}

#[test]
fn every_problem_kind_has_a_test_above() {
    // Keep this list in step with ProblemKind::ALL: a new kind needs a test of its own.
    assert_eq!(ProblemKind::ALL.len(), 22);
}
