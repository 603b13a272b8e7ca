//! The sharing rule is written once, as data: `section_parts` says which plan parts each section
//! brings. These tests check that `plan_for_sections` keeps exactly those parts, that every part
//! of the plan belongs to exactly one section, and that the table in `docs/FORMAT.md` says the
//! same. A typo or a forgotten part in any of the three fails here.

use std::collections::BTreeSet;
use std::path::PathBuf;

use ownplan_core::document::{plan_for_sections, section_parts};
use ownplan_core::plan::{Plan, Section, plan_schema};
use serde_json::Value;

fn repository_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The example plan with every part filled: the example fills every list and group, and a text
/// part it leaves empty (a newly added one, say) is filled here, so adding a text field does not
/// mean editing the example. `every_part_of_the_plan_belongs_to_exactly_one_section` checks that
/// nothing is left empty.
fn full_plan() -> Plan {
    let text = std::fs::read_to_string(repository_file("examples/plan-full-nb.json"))
        .expect("the example plan is readable");
    let mut json: Value = serde_json::from_str(&text).expect("JSON");
    let schema = plan_schema();
    for (group, def) in GROUPS {
        let properties = schema["$defs"][def]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("the schema has properties for {def}"));
        for (key, property) in properties {
            let is_text = property["$ref"] == "#/$defs/Text";
            if is_text && json[group].get(key).is_none() {
                json[group][key] = Value::String(format!("Tekst i {key}"));
            }
        }
    }
    Plan::from_json_value(json).expect("a plan")
}

/// The plan's groups of shareable parts, with their type's name in the schema.
const GROUPS: [(&str, &str); 2] = [
    ("individualPlan", "IndividualPlan"),
    ("crisisPlan", "CrisisPlan"),
];

/// The shareable parts a plan holds, as paths: `individualPlan.<key>` and `crisisPlan.<key>` for
/// each part written out (empty parts are left out of the JSON), and `network` when the whole
/// network with every field is there (the referenced members a section takes along, reduced to
/// their contact details, do not count as the network part).
fn parts_in(plan: &Plan, full_network: &Value) -> BTreeSet<String> {
    let json = serde_json::to_value(plan).expect("serializes");
    let mut parts = BTreeSet::new();
    for group in ["individualPlan", "crisisPlan"] {
        if let Some(object) = json[group].as_object() {
            parts.extend(object.keys().map(|key| format!("{group}.{key}")));
        }
    }
    if json
        .get("network")
        .is_some_and(|network| network == full_network)
    {
        parts.insert("network".to_owned());
    }
    parts
}

fn declared(section: Section) -> BTreeSet<String> {
    section_parts(section)
        .iter()
        .map(|part| (*part).to_owned())
        .collect()
}

#[test]
fn each_section_keeps_exactly_its_declared_parts() {
    let plan = full_plan();
    let full_network = serde_json::to_value(&plan.network).expect("serializes");
    for section in Section::ALL {
        let kept = parts_in(&plan_for_sections(&plan, &[section]), &full_network);
        assert_eq!(
            kept,
            declared(section),
            "{}: plan_for_sections keeps other parts than section_parts declares",
            section.as_str()
        );
    }
}

#[test]
fn every_part_of_the_plan_belongs_to_exactly_one_section() {
    // Every property the plan format has for the individual plan and the crisis plan, plus the
    // network.
    let schema = plan_schema();
    let mut all_parts = BTreeSet::from(["network".to_owned()]);
    for (group, def) in GROUPS {
        let properties = schema["$defs"][def]["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("the schema has properties for {def}"));
        all_parts.extend(properties.keys().map(|key| format!("{group}.{key}")));
    }

    let mut covered = BTreeSet::new();
    for section in Section::ALL {
        for part in declared(section) {
            assert!(
                covered.insert(part.clone()),
                "{part} is declared by two sections"
            );
        }
    }
    assert_eq!(
        covered, all_parts,
        "section_parts must give every plan part to a section"
    );

    // The test plan must fill every part, or the test above proves nothing for the empty ones.
    let plan = full_plan();
    let full_network = serde_json::to_value(&plan.network).expect("serializes");
    assert_eq!(
        parts_in(&plan, &full_network),
        all_parts,
        "examples/plan-full-nb.json must fill every list and group"
    );
    let contact_only = [
        "id",
        "name",
        "role",
        "organisation",
        "phone",
        "email",
        "reachable",
        "relation",
    ];
    assert!(
        full_network
            .as_array()
            .is_some_and(|members| members.iter().any(|member| {
                member
                    .as_object()
                    .is_some_and(|m| m.keys().any(|key| !contact_only.contains(&key.as_str())))
            })),
        "the example network must have a member with more than contact details, so that a \
         member taken along by another section is told apart from the network part"
    );
}

#[test]
fn without_sections_nothing_but_what_is_always_kept_is_shared() {
    let plan = full_plan();
    let full_network = serde_json::to_value(&plan.network).expect("serializes");
    assert!(parts_in(&plan_for_sections(&plan, &[]), &full_network).is_empty());
}

/// The rows of the table after `marker` in `text`: the cells of each row, without the
/// backticks, split at commas.
fn table_rows(text: &str, marker: &str) -> Vec<Vec<Vec<String>>> {
    let start = text
        .find(marker)
        .expect("the table's introduction is there");
    text[start..]
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| {
                    cell.split(", ")
                        .map(|name| name.trim().trim_matches('`').to_owned())
                        .collect()
                })
                .collect()
        })
        .collect()
}

#[test]
fn the_format_document_table_equals_section_parts() {
    let text = std::fs::read_to_string(repository_file("docs/FORMAT.md")).expect("readable");
    let rows = table_rows(&text, "The plan parts each section brings");
    let table: Vec<(String, Vec<String>)> = rows
        .into_iter()
        .map(|cells| (cells[0].join(", "), cells[1].clone()))
        .collect();
    let expected: Vec<(String, Vec<String>)> = Section::ALL
        .into_iter()
        .map(|section| {
            (
                section.as_str().to_owned(),
                section_parts(section)
                    .iter()
                    .map(|part| (*part).to_owned())
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        table, expected,
        "docs/FORMAT.md's section table (first two columns) must list Section::ALL in order with \
         section_parts"
    );
}
