//! The widget's forms and views against the core's types: every field key a form edits, and
//! every choice it offers, goes through the core's item type and back unchanged (so a typo in a
//! key or a value is refused here instead of silently dropping what the person writes), and
//! every part of the plan has a route and translated labels.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use ownplan_core::plan::{
    AgreementStatus, GoalStatus, ItemId, LifeArea, MeasureStatus, Plan, PlanId, Role, Section,
    WarningStage,
};
use ownplan_web::app::Route;
use ownplan_web::forms::{self, FieldKind, FieldSpec};
use ownplan_web::i18n::{Language, translate};
use ownplan_web::state::plan_fields::ListKind;
use ownplan_web::state::plan_part::PlanPart;
use serde_json::{Map, Value, json};
use yew_router::Routable;

/// Values a field of `kind` can hold, as the widget writes them into the item's JSON.
fn samples(kind: FieldKind) -> Vec<Value> {
    match kind {
        FieldKind::Line | FieldKind::Paragraph => vec![json!("Noen ord")],
        FieldKind::Phone => vec![json!("+47 912 34 567")],
        FieldKind::Email => vec![json!("ola@example.no")],
        FieldKind::Date => vec![json!("2026-11-22")],
        FieldKind::Time => vec![json!("09:30")],
        FieldKind::Choice(choices) => choices.iter().map(|(value, _)| json!(value)).collect(),
        FieldKind::Person => vec![json!("me"), json!({"typed": "Ola"})],
        FieldKind::OtherPerson => vec![json!({"typed": "Ola"})],
        FieldKind::Role => forms::ROLES
            .iter()
            .map(|(value, _)| json!(value))
            .chain([json!({"typed": "Miljøterapeut"})])
            .collect(),
        FieldKind::Check => vec![json!(true)],
        FieldKind::Sections => forms::SECTIONS
            .iter()
            .map(|(value, _)| json!([value]))
            .collect(),
        FieldKind::Number => vec![json!(3)],
    }
}

fn new_plan() -> Plan {
    Plan::new(PlanId::from_random_bytes([7; 16]), "nb")
}

fn describe(owner: &str, field: &FieldSpec, value: &Value) -> String {
    format!("{owner}.{} = {value}", field.key)
}

#[test]
fn every_list_field_key_and_choice_round_trips_through_the_core_item() {
    for spec in forms::ALL_LISTS {
        for field in spec.fields {
            for value in samples(field.kind) {
                let what = describe(spec.list.key(), field, &value);
                let with_value = list_item(spec.list, Some((field.key, value.clone())));
                let item =
                    with_value.unwrap_or_else(|| panic!("{what}: the core's item type refuses it"));
                match item.get(field.key) {
                    Some(written) => assert_eq!(written, &value, "{what}: comes back changed"),
                    // The core leaves a default value out (an agreement is open unless said
                    // otherwise); then the item is the same as one without the field.
                    None => assert_eq!(
                        Some(item),
                        list_item(spec.list, None),
                        "{what}: does not come back out of the core's item type"
                    ),
                }
            }
        }
    }
}

/// A new item of `list` with `field` set, as the core's item type writes it back; `None` if the
/// core refuses it.
fn list_item(list: ListKind, field: Option<(&str, Value)>) -> Option<Map<String, Value>> {
    let mut plan = new_plan();
    let mut fields: Map<String, Value> = list.new_item_fields();
    fields.extend(field.map(|(key, value)| (key.to_owned(), value)));
    let id = ItemId::from_random_bytes([1; 16]);
    list.edit(&mut plan, |list| list.add_new(id, fields))
        .then(|| list.items(&plan).into_iter().next())
        .flatten()
}

#[test]
fn every_group_field_key_and_choice_round_trips_through_the_core_type() {
    for spec in forms::all_objects() {
        for field in spec.fields {
            for value in samples(field.kind) {
                let what = describe(spec.object.key(), field, &value);
                let mut plan = new_plan();
                assert!(
                    spec.object.set(&mut plan, field.key, value.clone()),
                    "{what}: the core's type refuses it"
                );
                assert_eq!(
                    spec.object.get(&plan).get(field.key),
                    Some(&value),
                    "{what}: does not come back out of the core's type"
                );
            }
        }
    }
}

/// Every `(value, label id)` of `table` is a variant of `T`, read and written back unchanged,
/// with the core's label, and the table offers every variant in the core's order.
fn check_table<T>(table: &[(&str, &str)], all: &[T], label_id: impl Fn(&T) -> &'static str)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    assert_eq!(table.len(), all.len(), "the table offers every variant");
    for ((value, table_label), term) in table.iter().zip(all) {
        let read: T = serde_json::from_value(json!(value))
            .unwrap_or_else(|_| panic!("{value} is not a name the core reads"));
        assert_eq!(&read, term, "{value} in the core's order");
        assert_eq!(serde_json::to_value(&read).ok(), Some(json!(value)));
        assert_eq!(*table_label, label_id(term), "the label of {value}");
    }
}

#[test]
fn every_choice_table_is_its_core_term() {
    check_table(forms::LIFE_AREAS, &LifeArea::ALL, |t| t.label_id());
    check_table(forms::GOAL_STATUSES, &GoalStatus::ALL, |t| t.label_id());
    check_table(forms::MEASURE_STATUSES, &MeasureStatus::ALL, |t| {
        t.label_id()
    });
    check_table(forms::AGREEMENT_STATUSES, &AgreementStatus::ALL, |t| {
        t.label_id()
    });
    check_table(forms::STAGES, &WarningStage::ALL, |t| t.label_id());
    check_table(forms::SECTIONS, &Section::ALL, |t| t.label_id());
    check_table(forms::ROLES, &Role::CHOICES, |t| {
        t.label_id().expect("a picked role has a label")
    });
}

#[test]
fn every_plan_part_has_its_own_route_and_translated_labels() {
    for part in PlanPart::ALL {
        for language in Language::ALL {
            for id in [part.title_id(), part.intro_id()] {
                assert_ne!(
                    translate(language, id),
                    id,
                    "{part:?}: {id} is missing in {}",
                    language.code()
                );
            }
        }
    }
    let part_routes: BTreeSet<String> = PlanPart::ALL
        .into_iter()
        .map(|part| Route::from(part).to_path())
        .collect();
    assert_eq!(
        part_routes.len(),
        PlanPart::ALL.len(),
        "each part has a route of its own"
    );
    // The plan view's parts are exactly the views under the plan in the navigation, and the
    // network, which has a place in the main navigation too.
    let plan_views: BTreeSet<String> = Route::routes()
        .into_iter()
        .filter_map(Route::recognize)
        .filter(|route| {
            (route.nav_section() == Route::Plan && *route != Route::Plan)
                || *route == Route::Network
        })
        .map(|route| route.to_path())
        .collect();
    assert_eq!(part_routes, plan_views);
}
