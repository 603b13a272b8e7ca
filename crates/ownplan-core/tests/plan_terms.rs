//! The plan's closed terms (life areas, statuses, roles, stages, sections, revision kinds): each
//! enum's `as_str()` is the name serde reads and writes, its `ALL` list holds every variant the
//! JSON Schema knows, in the schema's order, and its label ids follow the widget's pattern.

use ownplan_core::plan::{
    AgreementStatus, GoalStatus, LifeArea, MeasureStatus, RevisionKind, Role, Section,
    WarningStage, plan_schema,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The string constants the schema lists for `$defs.<name>`, in order.
fn schema_names(name: &str) -> Vec<String> {
    let schema = plan_schema();
    let one_of = schema["$defs"][name]["oneOf"]
        .as_array()
        .unwrap_or_else(|| panic!("the schema has no oneOf for {name}"));
    one_of
        .iter()
        .filter_map(|choice| choice["const"].as_str().map(str::to_owned))
        .collect()
}

/// Checks that every variant in `all` serializes to `as_str`, reads back from it, and that
/// `all` is exactly the schema's list of names for `schema_name`.
fn check<T>(schema_name: &str, all: &[T], as_str: impl Fn(&T) -> &'static str)
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    for term in all {
        let name = as_str(term);
        assert_eq!(
            serde_json::to_value(term).expect("serializes"),
            Value::String(name.to_owned()),
            "{schema_name}: serde and as_str disagree on {term:?}"
        );
        let read: T = serde_json::from_value(Value::String(name.to_owned())).expect("reads");
        assert_eq!(
            &read, term,
            "{schema_name}: {name} reads back as another variant"
        );
    }
    let names: Vec<&str> = all.iter().map(&as_str).collect();
    assert_eq!(
        names,
        schema_names(schema_name),
        "{schema_name}: ALL must list every variant, in the schema's order"
    );
}

/// Checks that label ids are `<prefix>-<kebab-case of the JSON name>` (the pattern the locales
/// use) and distinct.
fn check_labels(prefix: &str, pairs: &[(&'static str, &'static str)]) {
    let mut seen = std::collections::BTreeSet::new();
    for (name, label_id) in pairs {
        let mut kebab = String::new();
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        assert_eq!(*label_id, format!("{prefix}-{kebab}"), "label of {name}");
        assert!(seen.insert(*label_id), "{label_id} twice");
    }
}

#[test]
fn life_areas_agree_with_serde_and_the_schema() {
    check("LifeArea", &LifeArea::ALL, |t| t.as_str());
    let pairs: Vec<_> = LifeArea::ALL.map(|t| (t.as_str(), t.label_id())).into();
    check_labels("choice-area", &pairs);
}

#[test]
fn goal_statuses_agree_with_serde_and_the_schema() {
    check("GoalStatus", &GoalStatus::ALL, |t| t.as_str());
    let pairs: Vec<_> = GoalStatus::ALL.map(|t| (t.as_str(), t.label_id())).into();
    check_labels("choice-goal", &pairs);
}

#[test]
fn measure_statuses_agree_with_serde_and_the_schema() {
    check("MeasureStatus", &MeasureStatus::ALL, |t| t.as_str());
    let pairs: Vec<_> = MeasureStatus::ALL
        .map(|t| (t.as_str(), t.label_id()))
        .into();
    check_labels("choice-measure", &pairs);
}

#[test]
fn agreement_statuses_agree_with_serde_and_the_schema() {
    check("AgreementStatus", &AgreementStatus::ALL, |t| t.as_str());
    let pairs: Vec<_> = AgreementStatus::ALL
        .map(|t| (t.as_str(), t.label_id()))
        .into();
    check_labels("choice-agreement", &pairs);
}

#[test]
fn warning_stages_agree_with_serde_and_the_schema() {
    check("WarningStage", &WarningStage::ALL, |t| t.as_str());
    let pairs: Vec<_> = WarningStage::ALL.map(|t| (t.as_str(), t.label_id())).into();
    check_labels("choice-stage", &pairs);
}

#[test]
fn sections_agree_with_serde_and_the_schema() {
    check("Section", &Section::ALL, |t| t.as_str());
    let pairs: Vec<_> = Section::ALL.map(|t| (t.as_str(), t.label_id())).into();
    check_labels("choice-section", &pairs);
}

#[test]
fn revision_kinds_agree_with_serde_and_the_schema() {
    check("RevisionKind", &RevisionKind::ALL, |t| t.as_str());
}

#[test]
fn picked_roles_agree_with_serde_and_the_schema_and_typed_roles_have_no_name() {
    let name = |role: &Role| role.as_str().expect("a picked role has a name");
    // The schema lists the picked roles as strings and the typed role as an object, which
    // `schema_names` leaves out.
    check("Role", &Role::CHOICES, name);
    let pairs: Vec<_> = Role::CHOICES
        .iter()
        .map(|role| {
            (
                name(role),
                role.label_id().expect("a picked role has a label"),
            )
        })
        .collect();
    check_labels("choice-role", &pairs);
    let typed = Role::Typed(ownplan_core::plan::Text::new("Miljøterapeut"));
    assert_eq!(typed.as_str(), None);
    assert_eq!(typed.label_id(), None);
}
