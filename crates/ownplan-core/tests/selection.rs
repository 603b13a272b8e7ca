//! Choosing per item, not only per part (issue 14): a recipient's [`Selection`] is sections less
//! single items and whole life areas. Checked here: NAV gets exactly the housing and money items
//! of a plan that also holds a goal to stop drinking and an AA agreement (the whole
//! `credentialSubject` compared); no selection leaves a reference to somebody the document does
//! not hold; a member only a left-out item pointed at goes too; the warnings before signing name
//! the substance-use goal for NAV; and the document's claim that it holds a selection verifies,
//! while a changed claim is refused.

use ownplan_core::document::{
    ChoosableItem, ExportRequest, LeaveOut, Recipient, RecipientKind, RecipientPreset, Selection,
    SensitiveKind, SharingConsentStatement, choosable_items, export_for_recipient,
    export_selection_for_recipient, plan_for_sections, plan_for_selection, sensitive_items,
    verify_plan_document,
};
use ownplan_core::plan::{
    Date, FORMAT_VERSION, Identified, ItemId, LifeArea, Plan, ProblemKind, Role, Section, Text,
    validate,
};
use ownplan_core::proof::{SigningKey, sign};
use serde_json::{Value, json};

const VALID_FROM: &str = "2026-11-22T10:00:00Z";

fn id(n: u32) -> String {
    format!("urn:uuid:00000000-0000-4000-8000-{n:012}")
}

const AISHA_NAV: u32 = 1;
const MARIUS_HOUSING: u32 = 2;
const PER_AA_SPONSOR: u32 = 3;
const INGRID_GP: u32 = 4;
const GOAL_HOUSING: u32 = 11;
const GOAL_DEBT: u32 = 12;
const GOAL_STOP_DRINKING: u32 = 13;
const GOAL_SLEEP: u32 = 14;
const GOAL_NO_AREA: u32 = 15;
const AGREEMENT_HOUSING_BENEFIT: u32 = 21;
const AGREEMENT_BUDGET: u32 = 22;
const AGREEMENT_AA: u32 = 23;
const AGREEMENT_GP_STATEMENT: u32 = 24;
const MEASURE_HOUSING: u32 = 31;
const MEASURE_AA: u32 = 32;
const CONTACT_SPONSOR: u32 = 41;
const DO_NOT_CONTACT_TOM: u32 = 51;

/// The woman of issue 14: she wants her GP to have everything and NAV only her housing and
/// money goals; her plan also holds a goal to stop drinking and an AA agreement.
fn plan() -> Plan {
    let json = json!({
        "formatVersion": FORMAT_VERSION,
        "planId": id(900),
        "planVersion": 2,
        "meta": {"language": "nb"},
        "owner": {"name": "Sara Haugen"},
        "individualPlan": {
            "myStory": "Min historie.",
            "goals": [
                {"id": id(GOAL_HOUSING), "lifeArea": "housing", "text": "Ha en egen leilighet"},
                {"id": id(GOAL_DEBT), "lifeArea": "money", "text": "Betale ned gjelda"},
                {"id": id(GOAL_STOP_DRINKING), "lifeArea": "substanceUse", "text": "Slutte å drikke"},
                {"id": id(GOAL_SLEEP), "lifeArea": "mentalHealth", "text": "Sove bedre"},
                {"id": id(GOAL_NO_AREA), "text": "Lære å sykle"}
            ],
            "measures": [
                {"id": id(MEASURE_HOUSING), "lifeArea": "housing", "what": "Bostøtte",
                 "responsible": {"member": id(MARIUS_HOUSING)}},
                {"id": id(MEASURE_AA), "lifeArea": "substanceUse", "what": "AA-gruppe",
                 "responsible": {"member": id(PER_AA_SPONSOR)}}
            ],
            "agreements": [
                {"id": id(AGREEMENT_HOUSING_BENEFIT), "what": "Søke bostøtte",
                 "who": {"member": id(MARIUS_HOUSING)}},
                {"id": id(AGREEMENT_BUDGET), "what": "Lage budsjett",
                 "who": {"member": id(AISHA_NAV)}},
                {"id": id(AGREEMENT_AA), "what": "Gå på AA-møte hver tirsdag",
                 "who": {"member": id(PER_AA_SPONSOR)}},
                {"id": id(AGREEMENT_GP_STATEMENT), "what": "Skaffe legeerklæring",
                 "who": {"member": id(INGRID_GP)}}
            ]
        },
        "crisisPlan": {
            "contacts": [
                {"id": id(CONTACT_SPONSOR), "who": {"member": id(PER_AA_SPONSOR)},
                 "whenToCall": "Når suget kommer"}
            ],
            "doNotContact": [
                {"id": id(DO_NOT_CONTACT_TOM), "name": "Tom Andersen", "reason": "Tidligere samboer"}
            ]
        },
        "network": [
            {"id": id(AISHA_NAV), "name": "Aisha Rahman", "role": "nav",
             "organisation": "NAV Grünerløkka", "notes": "Svarer raskt"},
            {"id": id(MARIUS_HOUSING), "name": "Marius Lie", "role": "housing",
             "phone": "23 47 50 00"},
            {"id": id(PER_AA_SPONSOR), "name": "Per", "role": "friend",
             "relation": "Fadder i AA"},
            {"id": id(INGRID_GP), "name": "Dr. Ingrid Solberg", "role": "gp"}
        ]
    });
    let plan = Plan::from_json_value(json).expect("the plan reads");
    assert!(
        validate(&plan, &today()).iter().all(|p| !p.is_error()),
        "the fixture plan is valid"
    );
    plan
}

fn today() -> Date {
    Date::parse("2026-11-22").expect("date")
}

fn key() -> SigningKey {
    SigningKey::from_seed(&[0x14; 32])
}

fn item(n: u32) -> ItemId {
    ItemId::new(id(n))
}

fn request<'a>(plan: &'a Plan, sections: &[Section]) -> ExportRequest<'a> {
    ExportRequest {
        plan,
        recipients: vec![Recipient {
            name: Text::new("Aisha Rahman"),
            role: Some(Role::Nav),
            organisation: Text::new("NAV Grünerløkka"),
        }],
        sections: sections.to_vec(),
        sharing_consent: SharingConsentStatement {
            statement: Text::new("Jeg samtykker."),
            ..SharingConsentStatement::default()
        },
        credential_id: [0x14; 16],
        valid_from: VALID_FROM.to_owned(),
    }
}

/// NAV's starting point (housing, money and work items of its usual sections) for goals and
/// agreements, less the two agreements that are not about housing or money (agreements carry no
/// life area, so they are chosen one by one).
fn nav_selection() -> Selection {
    let mut selection = RecipientPreset::Nav.selection();
    selection.sections = vec![Section::Goals, Section::Agreements];
    selection.leave_out.items = [item(AGREEMENT_AA), item(AGREEMENT_GP_STATEMENT)].into();
    selection
}

fn signed(selection: &Selection) -> Value {
    let plan = plan();
    export_selection_for_recipient(
        &request(&plan, &selection.sections),
        &selection.leave_out,
        &key(),
    )
    .expect("exports")
}

fn bytes(document: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(document).expect("serializes")
}

/// The document without its proof, changed, and signed again with the same key: what a person
/// who holds the key (or an attacker with their own key) could make.
fn resigned(document: &Value, change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut unsigned = document.clone();
    if let Value::Object(members) = &mut unsigned {
        members.remove("proof");
    }
    change(&mut unsigned);
    bytes(&sign(unsigned, &key(), VALID_FROM).expect("signs"))
}

#[test]
fn nav_gets_exactly_the_housing_and_money_goals_and_agreements() {
    let document = signed(&nav_selection());
    let expected = json!({
        "formatVersion": FORMAT_VERSION,
        "planId": id(900),
        "planVersion": 2,
        "meta": {"language": "nb"},
        "owner": {"name": "Sara Haugen"},
        "recipients": [{"name": "Aisha Rahman", "role": "nav", "organisation": "NAV Grünerløkka"}],
        "sections": ["goals", "agreements"],
        "itemsLeftOut": true,
        "sharingConsent": {"statement": "Jeg samtykker."},
        "generator": format!("ownplan {}", ownplan_core::CRATE_VERSION),
        "individualPlan": {
            "goals": [
                {"id": id(GOAL_HOUSING), "lifeArea": "housing", "text": "Ha en egen leilighet"},
                {"id": id(GOAL_DEBT), "lifeArea": "money", "text": "Betale ned gjelda"},
                {"id": id(GOAL_NO_AREA), "text": "Lære å sykle"}
            ],
            "agreements": [
                {"id": id(AGREEMENT_HOUSING_BENEFIT), "what": "Søke bostøtte",
                 "who": {"member": id(MARIUS_HOUSING)}},
                {"id": id(AGREEMENT_BUDGET), "what": "Lage budsjett",
                 "who": {"member": id(AISHA_NAV)}}
            ]
        },
        // Without the network section: only the members a kept item points at, contact
        // details only (Aisha's notes stay behind).
        "network": [
            {"id": id(AISHA_NAV), "name": "Aisha Rahman", "role": "nav",
             "organisation": "NAV Grünerløkka"},
            {"id": id(MARIUS_HOUSING), "name": "Marius Lie", "role": "housing",
             "phone": "23 47 50 00"}
        ]
    });
    // The goal without a life area is chosen one by one, and here she kept it: the preset only
    // decides for items that carry a life area.
    assert_eq!(document["credentialSubject"], expected);
    let text = serde_json::to_string(&document["credentialSubject"]).expect("JSON");
    for absent in [
        "drikke",
        "AA",
        "Sove",
        "legeerklæring",
        "Per",
        "Fadder",
        "Tom",
        "Svarer",
    ] {
        assert!(
            !text.contains(absent),
            "{absent:?} must not be in NAV's file"
        );
    }
    let verified = verify_plan_document(&bytes(&document), &today(), None).expect("verifies");
    assert!(verified.items_left_out());
    assert_eq!(verified.sections(), [Section::Goals, Section::Agreements]);
}

#[test]
fn a_member_only_a_left_out_item_pointed_at_is_gone() {
    let plan = plan();
    let sections = [Section::Agreements];
    assert!(
        plan_for_sections(&plan, &sections)
            .network
            .contains_id(&item(PER_AA_SPONSOR))
    );
    let selection = Selection {
        sections: sections.to_vec(),
        leave_out: LeaveOut {
            items: [item(AGREEMENT_AA)].into(),
            ..LeaveOut::nothing()
        },
    };
    let shared = plan_for_selection(&plan, &selection);
    assert!(!shared.network.contains_id(&item(PER_AA_SPONSOR)));
    assert_eq!(
        shared.network.ids().cloned().collect::<Vec<_>>(),
        [item(AISHA_NAV), item(MARIUS_HOUSING), item(INGRID_GP)]
    );
    // A member another kept part still points at stays: the AA measure names Per too.
    let with_measures = Selection {
        sections: vec![Section::Agreements, Section::Measures],
        ..selection.clone()
    };
    assert!(
        plan_for_selection(&plan, &with_measures)
            .network
            .contains_id(&item(PER_AA_SPONSOR))
    );
    // With the network section every member goes, except one left out by name.
    let network = Selection {
        sections: vec![Section::Network],
        leave_out: LeaveOut {
            items: [item(PER_AA_SPONSOR)].into(),
            ..LeaveOut::nothing()
        },
    };
    assert_eq!(plan_for_selection(&plan, &network).network.len(), 3);
}

#[test]
fn leaving_out_a_member_leaves_no_reference_to_them() {
    let plan = plan();
    let selection = Selection {
        sections: Section::ALL.to_vec(),
        leave_out: LeaveOut {
            items: [item(PER_AA_SPONSOR), item(MARIUS_HOUSING)].into(),
            ..LeaveOut::nothing()
        },
    };
    let shared = plan_for_selection(&plan, &selection);
    assert!(!shared.network.contains_id(&item(PER_AA_SPONSOR)));
    // The AA agreement and the housing measure stay, without who does them...
    let aa = shared
        .individual_plan
        .agreements
        .get(&item(AGREEMENT_AA))
        .expect("kept");
    assert_eq!(aa.who, None);
    let housing = shared
        .individual_plan
        .measures
        .get(&item(MEASURE_HOUSING))
        .expect("kept");
    assert_eq!(housing.responsible, None);
    // ...and the crisis contact that is Per goes with him (its words are his).
    assert!(shared.crisis_plan.contacts.is_empty());
    assert!(validate(&shared, &today()).iter().all(|p| !p.is_error()));
    let document = signed(&selection);
    let verified = verify_plan_document(&bytes(&document), &today(), None).expect("verifies");
    assert!(verified.items_left_out());
}

/// Every item of the full example plan, left out alone from every preset's selection and from
/// the whole plan: the result is a valid plan (no reference to anyone it does not hold), it
/// signs, and it verifies.
#[test]
fn no_selection_leaves_a_dangling_reference() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/plan-full-nb.json"),
    )
    .expect("the example plan");
    let plan = Plan::from_json_value(serde_json::from_str(&text).expect("JSON")).expect("plan");
    let ids: Vec<ItemId> = all_ids(&plan);
    assert!(ids.len() > 30, "{}", ids.len());
    let starts: Vec<Selection> = RecipientPreset::ALL
        .into_iter()
        .map(RecipientPreset::selection)
        .chain([Selection::whole_sections(&Section::ALL)])
        .collect();
    for start in &starts {
        for left_out in &ids {
            let mut selection = start.clone();
            selection.leave_out.items.insert(left_out.clone());
            let shared = plan_for_selection(&plan, &selection);
            let problems = validate(&shared, &today());
            assert!(
                !problems
                    .iter()
                    .any(|p| p.is_error() || p.kind == ProblemKind::ReferenceDangling),
                "{left_out} from {:?}: {problems:?}",
                start.sections
            );
            assert!(
                !all_ids(&shared).contains(left_out),
                "{left_out} still there"
            );
        }
    }
    // Everything left out of everything: still a valid document.
    let everything = Selection {
        sections: Section::ALL.to_vec(),
        leave_out: LeaveOut {
            items: ids.iter().cloned().collect(),
            life_areas: LifeArea::ALL.into(),
        },
    };
    assert!(all_ids(&plan_for_selection(&plan, &everything)).is_empty());
    let request = ExportRequest::for_sharing_consent(
        &plan,
        "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000068",
        [1; 16],
        VALID_FROM,
    )
    .expect("NAV's consent");
    let document =
        export_selection_for_recipient(&request, &everything.leave_out, &key()).expect("signs");
    verify_plan_document(&bytes(&document), &today(), None).expect("verifies");
}

fn all_ids(plan: &Plan) -> Vec<ItemId> {
    fn ids<T: Identified>(list: &[T]) -> Vec<ItemId> {
        list.iter().map(|item| item.id().clone()).collect()
    }
    let individual = &plan.individual_plan;
    let crisis = &plan.crisis_plan;
    [
        ids(&individual.goals),
        ids(&individual.resources),
        ids(&individual.needs),
        ids(&individual.measures),
        ids(&individual.agreements),
        ids(&individual.appointments),
        ids(&individual.revision_log),
        ids(&plan.network),
        ids(&crisis.warning_signs),
        ids(&crisis.contacts),
        ids(&crisis.do_not_contact),
        ids(&crisis.services),
        ids(&crisis.treatment.medicines_that_help),
        ids(&crisis.treatment.medicines_to_avoid),
    ]
    .concat()
}

#[test]
fn whole_sections_are_the_sections_rule_and_say_nothing_was_left_out() {
    let plan = plan();
    for preset in RecipientPreset::ALL {
        let sections = preset.sections();
        assert_eq!(
            plan_for_selection(&plan, &Selection::whole_sections(&sections)),
            plan_for_sections(&plan, &sections),
            "{preset:?}"
        );
        let document = export_for_recipient(&request(&plan, &sections), &key()).expect("exports");
        assert_eq!(document["credentialSubject"].get("itemsLeftOut"), None);
    }
    // Leaving out only what the sections do not hold leaves nothing out.
    let selection = Selection {
        sections: vec![Section::Goals],
        leave_out: LeaveOut {
            items: [item(AGREEMENT_AA)].into(),
            ..LeaveOut::nothing()
        },
    };
    assert!(!selection.leaves_out_something(&plan));
    assert_eq!(
        signed(&selection)["credentialSubject"].get("itemsLeftOut"),
        None
    );
}

#[test]
fn presets_are_starting_points_by_life_area() {
    for preset in RecipientPreset::ALL {
        let selection = preset.selection();
        assert_eq!(
            selection.sections,
            ownplan_core::document::normalized_sections(&preset.sections())
        );
        assert!(selection.leave_out.items.is_empty());
    }
    let nav = RecipientPreset::Nav.selection();
    let kept: Vec<LifeArea> = LifeArea::ALL
        .into_iter()
        .filter(|area| !nav.leave_out.life_areas.contains(area))
        .collect();
    assert_eq!(
        kept,
        [
            LifeArea::Housing,
            LifeArea::Money,
            LifeArea::WorkAndEducation
        ]
    );
    for area in [
        LifeArea::Health,
        LifeArea::MentalHealth,
        LifeArea::SubstanceUse,
    ] {
        assert!(nav.leave_out.life_areas.contains(&area), "{area:?}");
    }
    assert!(
        RecipientPreset::Gp
            .selection()
            .leave_out
            .life_areas
            .is_empty()
    );
    // NAV's preset on the plan: the substance use, mental health goals and the AA measure stay
    // home.
    let plan = plan();
    let shared = plan_for_selection(&plan, &nav);
    let goals: Vec<&str> = shared
        .individual_plan
        .goals
        .iter()
        .map(|goal| goal.text.as_str())
        .collect();
    assert_eq!(
        goals,
        ["Ha en egen leilighet", "Betale ned gjelda", "Lære å sykle"]
    );
    let measures: Vec<&str> = shared
        .individual_plan
        .measures
        .iter()
        .map(|measure| measure.what.as_str())
        .collect();
    assert_eq!(measures, ["Bostøtte"]);
}

#[test]
fn the_warnings_name_the_substance_use_goal_for_nav() {
    let plan = plan();
    let nav = RecipientKind {
        preset: Some(RecipientPreset::Nav),
        role: Some(&Role::Nav),
    };
    // She starts from NAV's preset, then puts the substance use life area back.
    let mut selection = nav_selection();
    assert!(sensitive_items(&plan, &selection, nav).is_empty());
    selection
        .leave_out
        .life_areas
        .remove(&LifeArea::SubstanceUse);
    let warnings = sensitive_items(&plan, &selection, nav);
    let named: Vec<(ItemId, &str, SensitiveKind, &str)> = warnings
        .iter()
        .map(|w| (w.id.clone(), w.label.as_str(), w.kind, w.path.as_str()))
        .collect();
    assert_eq!(
        named,
        [(
            item(GOAL_STOP_DRINKING),
            "Slutte å drikke",
            SensitiveKind::SubstanceUse,
            "individualPlan.goals[2]"
        )]
    );
    assert_eq!(
        warnings[0].kind.message_id(),
        "share-sensitive-substance-use"
    );
    // Never blocking: the document is still made, with the goal in it.
    let document = signed(&selection);
    assert!(bytes(&document).windows(6).any(|w| w == b"drikke"));

    // The GP usually gets all of it: no warning for the whole plan.
    let whole = Selection::whole_sections(&Section::ALL);
    let gp = RecipientKind {
        preset: Some(RecipientPreset::Gp),
        role: None,
    };
    let gp_warnings = sensitive_items(&plan, &whole, gp);
    assert_eq!(
        gp_warnings.iter().map(|w| w.kind).collect::<Vec<_>>(),
        [SensitiveKind::DoNotContact],
        "only the person who must not be contacted"
    );
    // A recipient nobody knows anything about is warned of everything.
    let unknown = sensitive_items(&plan, &whole, RecipientKind::default());
    let ids: Vec<ItemId> = unknown.iter().map(|w| w.id.clone()).collect();
    assert_eq!(
        ids,
        [
            item(GOAL_STOP_DRINKING),
            item(GOAL_SLEEP),
            item(MEASURE_AA),
            item(DO_NOT_CONTACT_TOM)
        ]
    );
}

#[test]
fn must_not_contact_people_are_for_crisis_services_only() {
    let plan = plan();
    let contacts = Selection::whole_sections(&[Section::CrisisContacts]);
    for preset in RecipientPreset::ALL {
        let kind = RecipientKind {
            preset: Some(preset),
            role: None,
        };
        let warned = sensitive_items(&plan, &contacts, kind)
            .iter()
            .any(|w| w.kind == SensitiveKind::DoNotContact && w.id == item(DO_NOT_CONTACT_TOM));
        let crisis_service = matches!(
            preset,
            RecipientPreset::CrisisTeam | RecipientPreset::EmergencyPrimaryCare
        );
        assert_eq!(warned, !crisis_service, "{preset:?}");
    }
    // Left out, there is nothing to warn about.
    let mut without_tom = contacts.clone();
    without_tom.leave_out.items.insert(item(DO_NOT_CONTACT_TOM));
    let police = RecipientKind {
        preset: Some(RecipientPreset::Police),
        role: None,
    };
    assert!(sensitive_items(&plan, &without_tom, police).is_empty());
}

#[test]
fn a_mental_health_nurse_is_not_warned_but_child_welfare_is() {
    let plan = plan();
    let goals = Selection::whole_sections(&[Section::Goals]);
    let nurse = RecipientKind {
        preset: None,
        role: Some(&Role::MentalHealthNurse),
    };
    assert!(sensitive_items(&plan, &goals, nurse).is_empty());
    let child_welfare = RecipientKind {
        preset: None,
        role: Some(&Role::ChildWelfare),
    };
    let kinds: Vec<SensitiveKind> = sensitive_items(&plan, &goals, child_welfare)
        .iter()
        .map(|w| w.kind)
        .collect();
    assert_eq!(
        kinds,
        [SensitiveKind::SubstanceUse, SensitiveKind::MentalHealth]
    );
}

#[test]
fn a_long_label_is_cut() {
    let mut plan = plan();
    let long = "Slutte å drikke ".repeat(10);
    plan.individual_plan
        .goals
        .update(&item(GOAL_STOP_DRINKING), |goal| {
            goal.text = Text::new(&format!("{long}\nandre linje"))
        });
    let warnings = sensitive_items(
        &plan,
        &Selection::whole_sections(&[Section::Goals]),
        RecipientKind::default(),
    );
    let label = &warnings[0].label;
    assert_eq!(label.chars().count(), 60);
    assert!(label.starts_with("Slutte å drikke"));
    assert!(label.ends_with('…'));
}

#[test]
fn the_selection_claim_verifies_and_a_changed_claim_is_refused() {
    let document = signed(&nav_selection());
    let verified = verify_plan_document(&bytes(&document), &today(), None).expect("verifies");
    assert!(verified.items_left_out());

    // Changed after signing: taken away, or turned into "nothing was left out".
    for change in [
        |d: &mut Value| {
            d["credentialSubject"]
                .as_object_mut()
                .expect("object")
                .remove("itemsLeftOut");
        },
        |d: &mut Value| d["credentialSubject"]["itemsLeftOut"] = json!(false),
    ] {
        let mut tampered = document.clone();
        change(&mut tampered);
        let error = verify_plan_document(&bytes(&tampered), &today(), None).expect_err("refused");
        assert_eq!(error.message_id(), "error-bad-signature");
    }

    // Signed again with a claim that is not a yes or no: refused as content.
    let error = verify_plan_document(
        &resigned(&document, |d| {
            d["credentialSubject"]["itemsLeftOut"] = json!("some")
        }),
        &today(),
        None,
    )
    .expect_err("refused");
    assert_eq!(error.message_id(), "plan-error-invalid-content");

    // What is checkable: the content holds nothing the listed sections do not bring. A member
    // that no kept item points at (the AA sponsor, whose agreement was left out) cannot ride
    // along without the network section...
    let error = verify_plan_document(
        &resigned(&document, |d| {
            d["credentialSubject"]["network"]
                .as_array_mut()
                .expect("network")
                .push(json!({"id": id(PER_AA_SPONSOR), "name": "Per"}))
        }),
        &today(),
        None,
    )
    .expect_err("refused");
    assert_eq!(error.message_id(), "document-error-undeclared-content");
    // ...nor a part of a section that is not listed.
    let error = verify_plan_document(
        &resigned(&document, |d| {
            d["credentialSubject"]["individualPlan"]["myStory"] = json!("Min historie.")
        }),
        &today(),
        None,
    )
    .expect_err("refused");
    assert_eq!(error.message_id(), "document-error-undeclared-content");
    // And a reference to a member the document does not hold is refused by the plan rules.
    let error = verify_plan_document(
        &resigned(&document, |d| {
            d["credentialSubject"]["individualPlan"]["agreements"]
                .as_array_mut()
                .expect("agreements")
                .push(json!({"id": id(AGREEMENT_AA), "who": {"member": id(PER_AA_SPONSOR)}}))
        }),
        &today(),
        None,
    )
    .expect_err("refused");
    assert_eq!(error.message_id(), "document-error-content-errors");
    // What is not checkable without her whole plan: an item put back by whoever holds the key
    // looks like any other item of the listed sections.
    let put_back = resigned(&document, |d| {
        d["credentialSubject"]["individualPlan"]["goals"]
            .as_array_mut()
            .expect("goals")
            .push(json!({"id": id(GOAL_STOP_DRINKING), "text": "Slutte å drikke"}))
    });
    assert!(verify_plan_document(&put_back, &today(), None).is_ok());
}

#[test]
fn a_selection_reads_from_json_and_names_unknown_items() {
    let plan = plan();
    let selection: Selection = serde_json::from_value(json!({
        "sections": ["goals", "agreements"],
        "leaveOut": {
            "items": [id(AGREEMENT_AA), id(999)],
            "lifeAreas": ["substanceUse", "mentalHealth"]
        }
    }))
    .expect("reads");
    assert_eq!(selection.unknown_items(&plan), [item(999)]);
    assert!(
        serde_json::from_value::<Selection>(json!({"sections": [], "leaveout": {}})).is_err(),
        "unknown members are refused"
    );
    let round_trip: Selection =
        serde_json::from_value(serde_json::to_value(&selection).expect("writes")).expect("reads");
    assert_eq!(round_trip, selection);
}

/// What the widget lists to choose from is every item the sections would share, and nothing
/// else: leaving all of it out leaves no item.
#[test]
fn the_items_to_choose_from_are_what_the_sections_share() {
    let plan = plan();
    let items = choosable_items(&plan, &[Section::Goals, Section::Agreements]);
    let goal = items
        .iter()
        .find(|listed| listed.id == item(GOAL_STOP_DRINKING))
        .expect("listed");
    assert_eq!(
        *goal,
        ChoosableItem {
            id: item(GOAL_STOP_DRINKING),
            list: "individualPlan.goals",
            label: "Slutte å drikke".to_owned(),
            life_area: Some(LifeArea::SubstanceUse),
        }
    );
    // The members the agreements point at are listed too (they would go along).
    let lists: Vec<&str> = items.iter().map(|item| item.list).collect();
    assert_eq!(
        lists.iter().filter(|list| **list == "network").count(),
        4,
        "{lists:?}"
    );
    for preset in RecipientPreset::ALL {
        let sections = preset.sections();
        let listed: Vec<ItemId> = choosable_items(&plan, &sections)
            .into_iter()
            .map(|item| item.id)
            .collect();
        assert_eq!(
            listed,
            all_ids(&plan_for_sections(&plan, &sections)),
            "{preset:?}"
        );
        let all_left_out = Selection {
            sections: sections.clone(),
            leave_out: LeaveOut {
                items: listed.into_iter().collect(),
                ..LeaveOut::nothing()
            },
        };
        assert!(all_ids(&plan_for_selection(&plan, &all_left_out)).is_empty());
    }
}
