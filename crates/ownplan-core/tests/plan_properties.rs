//! Property tests: arbitrary plans (arbitrary Unicode text, ids, references, statuses, whole
//! numbers) round-trip through JSON unchanged and never contain a floating-point number.

use ownplan_core::plan::{
    CrisisContact, Goal, GoalStatus, ItemId, LifeArea, Measure, MeasureStatus, NetworkMember,
    PersonRef, Plan, PlanId, Role, Text, WarningSign, WarningStage,
};
use proptest::prelude::*;
use serde_json::Value;

fn text() -> impl Strategy<Value = Text> {
    // Arbitrary Unicode, stored as read (not normalized), as a received document could hold it.
    any::<String>().prop_map(|s| serde_json::from_value(Value::String(s)).expect("text"))
}

fn id() -> impl Strategy<Value = ItemId> {
    any::<[u8; 16]>().prop_map(ItemId::from_random_bytes)
}

fn person() -> impl Strategy<Value = Option<PersonRef>> {
    prop_oneof![
        Just(None),
        Just(Some(PersonRef::Me)),
        id().prop_map(|id| Some(PersonRef::Member(id))),
        text().prop_map(|t| Some(PersonRef::Typed(t))),
    ]
}

fn life_area() -> impl Strategy<Value = Option<LifeArea>> {
    prop::option::of(prop::sample::select(LifeArea::ALL.to_vec()))
}

fn goal() -> impl Strategy<Value = Goal> {
    (
        id(),
        life_area(),
        text(),
        text(),
        prop::option::of(prop::sample::select(vec![
            GoalStatus::NotStarted,
            GoalStatus::Underway,
            GoalStatus::Reached,
        ])),
    )
        .prop_map(|(id, life_area, text, why, status)| Goal {
            id,
            life_area,
            text,
            why,
            status,
            ..Goal::default()
        })
}

fn measure() -> impl Strategy<Value = Measure> {
    (
        id(),
        text(),
        text(),
        person(),
        prop::option::of(prop::sample::select(vec![
            MeasureStatus::Wanted,
            MeasureStatus::AppliedFor,
            MeasureStatus::Refused,
        ])),
    )
        .prop_map(|(id, what, extent, responsible, status)| Measure {
            id,
            what,
            extent,
            responsible,
            status,
            ..Measure::default()
        })
}

fn member() -> impl Strategy<Value = NetworkMember> {
    let role = prop_oneof![
        Just(None),
        prop::sample::select(Role::CHOICES.to_vec()).prop_map(Some),
        text().prop_map(|t| Some(Role::Typed(t))),
    ];
    (id(), text(), role, text(), any::<bool>(), any::<bool>()).prop_map(
        |(id, name, role, phone, next_of_kin, is_coordinator)| NetworkMember {
            id,
            name,
            role,
            phone,
            next_of_kin,
            is_coordinator,
            ..NetworkMember::default()
        },
    )
}

fn sign() -> impl Strategy<Value = WarningSign> {
    (
        id(),
        prop::sample::select(WarningStage::ALL.to_vec()),
        text(),
        person(),
    )
        .prop_map(|(id, stage, sign, who)| WarningSign {
            id,
            stage,
            sign,
            who,
            ..WarningSign::default()
        })
}

fn contact() -> impl Strategy<Value = CrisisContact> {
    (id(), person(), text(), text()).prop_map(|(id, who, phone, when_to_call)| CrisisContact {
        id,
        who,
        phone,
        when_to_call,
        ..CrisisContact::default()
    })
}

fn plan() -> impl Strategy<Value = Plan> {
    (
        any::<[u8; 16]>(),
        1..=u32::MAX,
        text(),
        prop::collection::vec(goal(), 0..4),
        prop::collection::vec(measure(), 0..4),
        prop::collection::vec(member(), 0..4),
        prop::collection::vec(sign(), 0..4),
        prop::collection::vec(contact(), 0..4),
        prop::option::of(any::<u32>()),
    )
        .prop_map(
            |(plan_id, version, story, goals, measures, network, signs, contacts, nights)| {
                let mut plan = Plan::new(PlanId::from_random_bytes(plan_id), "nb");
                plan.plan_version = version;
                plan.individual_plan.my_story = story;
                plan.individual_plan.goals = goals.into();
                plan.individual_plan.measures = measures.into();
                plan.network = network.into();
                plan.crisis_plan.warning_signs = signs.into();
                plan.crisis_plan.contacts = contacts.into();
                plan.crisis_plan.admission.max_nights = nights;
                plan
            },
        )
}

fn has_float(value: &Value) -> bool {
    match value {
        Value::Number(n) => !(n.is_i64() || n.is_u64()),
        Value::Array(items) => items.iter().any(has_float),
        Value::Object(members) => members.values().any(has_float),
        _ => false,
    }
}

proptest! {
    #[test]
    fn arbitrary_plans_round_trip_through_json_without_floats(plan in plan()) {
        let json = plan.to_json_value();
        prop_assert!(!has_float(&json));
        let text = serde_json::to_string(&json).expect("serializes");
        let reread: Value = serde_json::from_str(&text).expect("parses");
        prop_assert_eq!(Plan::from_json_value(reread).expect("loads"), plan);
    }
}
