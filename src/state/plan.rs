//! The plan being written, as a pure reducer.
//!
//! Every change the person makes is a [`PlanAction`]; [`PlanState::reduce`] applies it to a copy
//! of the plan and counts the change. Saving is not done here: the `use_plan` hook watches the
//! change count and saves after a change, so the reducer stays pure and testable.

use std::rc::Rc;

use ownplan_core::plan::{Helper, ItemId, Plan, RevisionEntry, Text};
use serde_json::{Map, Value};
use yew::Reducible;

use super::plan_fields::{
    DateField, ListKind, MoveDirection, ObjectKind, RemovedItem, TextField, map_strings,
};

/// Where the plan in memory came from, and whether it is ready to be edited and saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanOrigin {
    /// Not read from the device yet: show it, but do not save over what may be stored.
    NotLoaded,
    /// Read from the device, or new on this device: changes are saved.
    Device,
}

/// The plan in memory and what the editor needs around it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanState {
    /// The plan itself.
    pub plan: Rc<Plan>,
    /// Where it came from.
    pub origin: PlanOrigin,
    /// Counts every change the person made since start; the saving hook watches it.
    pub changes: u64,
    /// The last deleted item, so the deletion can be undone.
    pub last_removed: Option<RemovedItem>,
}

impl PlanState {
    /// A state holding `plan` that is not yet known to match the device.
    pub fn not_loaded(plan: Plan) -> Self {
        PlanState {
            plan: Rc::new(plan),
            origin: PlanOrigin::NotLoaded,
            changes: 0,
            last_removed: None,
        }
    }
}

/// A change to the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanAction {
    /// Set a free-text field.
    SetText {
        /// Which field.
        field: TextField,
        /// The new text (normalized to NFC on the way in).
        value: String,
    },
    /// Set a date outside lists (`""` clears it; an invalid date changes nothing).
    SetDate {
        /// Which date.
        field: DateField,
        /// `YYYY-MM-DD` or empty.
        value: String,
    },
    /// Give or withdraw consent to having the plan.
    SetPlanConsentGiven(bool),
    /// Add an item at the end of a list: empty, or with some fields filled in (a national
    /// crisis line picked from the ready choices).
    AddItem {
        /// Which list.
        list: ListKind,
        /// The new item's id.
        id: ItemId,
        /// Fields to start with (besides those every new item of the list starts with).
        fields: Map<String, Value>,
    },
    /// Set one field of one item.
    SetItemField {
        /// Which list.
        list: ListKind,
        /// Which item.
        id: ItemId,
        /// The field's JSON key.
        key: &'static str,
        /// The new value (empty text, `false` or `null` clear the field).
        value: Value,
    },
    /// Set one field of a group of fields that is not a list (the admission agreement, ...).
    SetObjectField {
        /// Which group.
        object: ObjectKind,
        /// The field's JSON key.
        key: &'static str,
        /// The new value (empty text, `false` or `null` clear the field).
        value: Value,
    },
    /// Delete an item (it can be brought back with [`PlanAction::UndoRemove`]).
    RemoveItem {
        /// Which list.
        list: ListKind,
        /// Which item.
        id: ItemId,
    },
    /// Let go of an item that holds nothing the person gave it (an "Add" whose form was
    /// closed, or whose view was left, without writing anything). An item with any content is
    /// kept; nothing is offered for undo, since nothing is lost.
    DiscardIfBlank {
        /// Which list.
        list: ListKind,
        /// Which item.
        id: ItemId,
    },
    /// Bring back the last deleted item where it was.
    UndoRemove,
    /// Forget the last deletion (the "undo" offer is dismissed).
    ForgetRemoved,
    /// Move an item one place up or down.
    MoveItem {
        /// Which list.
        list: ListKind,
        /// Which item.
        id: ItemId,
        /// Which way.
        direction: MoveDirection,
    },
    /// The plan read from the device (or a new one): from now on changes are saved.
    Loaded(Rc<Plan>),
    /// Replace the whole plan (restore from a backup, take another tab's version). Counts as a
    /// change, so it is saved.
    Replace(Rc<Plan>),
    /// A share round was signed: the plan takes the version it was signed as, and the revision
    /// log gets an entry per recipient (who got which version when).
    RecordShare {
        /// The plan version the documents carry.
        version: u32,
        /// One entry per recipient.
        entries: Vec<RevisionEntry>,
    },
    /// Record, with the person's consent, someone who helped make the plan (a peer worker).
    /// A helper whose id is already recorded is not added again.
    AddHelper(Helper),
    /// Take a recorded helper out of the plan again.
    RemoveHelper(ItemId),
}

impl PlanAction {
    /// The same action with `normalize` applied to all text it carries. The plan store passes
    /// the browser's NFC normalization, so text enters the plan normalized.
    pub fn map_text(self, normalize: &dyn Fn(&str) -> String) -> PlanAction {
        match self {
            PlanAction::SetText { field, value } => PlanAction::SetText {
                field,
                value: normalize(&value),
            },
            PlanAction::SetItemField {
                list,
                id,
                key,
                value,
            } => PlanAction::SetItemField {
                list,
                id,
                key,
                value: map_strings(value, normalize),
            },
            PlanAction::SetObjectField { object, key, value } => PlanAction::SetObjectField {
                object,
                key,
                value: map_strings(value, normalize),
            },
            PlanAction::AddItem { list, id, fields } => PlanAction::AddItem {
                list,
                id,
                fields: match map_strings(Value::Object(fields), normalize) {
                    Value::Object(fields) => fields,
                    _ => Map::new(),
                },
            },
            PlanAction::AddHelper(helper) => PlanAction::AddHelper(Helper {
                name: Text::from_nfc(normalize(helper.name.as_str())),
                organisation: Text::from_nfc(normalize(helper.organisation.as_str())),
                ..helper
            }),
            other => other,
        }
    }
}

impl Reducible for PlanState {
    type Action = PlanAction;

    fn reduce(self: Rc<Self>, action: PlanAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            PlanAction::Loaded(plan) => {
                next.plan = plan;
                next.origin = PlanOrigin::Device;
                next.last_removed = None;
                return Rc::new(next);
            }
            PlanAction::Replace(plan) => {
                next.plan = plan;
                next.origin = PlanOrigin::Device;
                next.last_removed = None;
                true
            }
            PlanAction::RecordShare { version, entries } => {
                let plan = Rc::make_mut(&mut next.plan);
                plan.plan_version = version;
                for entry in entries {
                    plan.individual_plan.revision_log.push(entry);
                }
                true
            }
            PlanAction::AddHelper(helper) => {
                if next.plan.meta.helpers.contains_id(&helper.id) {
                    return self;
                }
                Rc::make_mut(&mut next.plan).meta.helpers.push(helper);
                true
            }
            PlanAction::RemoveHelper(id) => {
                if !next.plan.meta.helpers.contains_id(&id) {
                    return self;
                }
                Rc::make_mut(&mut next.plan).meta.helpers.remove(&id);
                true
            }
            PlanAction::ForgetRemoved => {
                if next.last_removed.is_none() {
                    return self;
                }
                next.last_removed = None;
                return Rc::new(next);
            }
            PlanAction::SetText { field, value } => field.set(Rc::make_mut(&mut next.plan), &value),
            PlanAction::SetDate { field, value } => field.set(Rc::make_mut(&mut next.plan), &value),
            PlanAction::SetPlanConsentGiven(given) => {
                if next.plan.consent.to_plan.given == given {
                    false
                } else {
                    Rc::make_mut(&mut next.plan).consent.to_plan.given = given;
                    true
                }
            }
            PlanAction::AddItem { list, id, fields } => {
                let mut start = list.new_item_fields();
                start.extend(fields);
                list.edit(Rc::make_mut(&mut next.plan), |l| l.add_new(id, start))
            }
            PlanAction::SetObjectField { object, key, value } => {
                object.set(Rc::make_mut(&mut next.plan), key, value)
            }
            PlanAction::SetItemField {
                list,
                id,
                key,
                value,
            } => list.edit(Rc::make_mut(&mut next.plan), |l| {
                l.set_field(&id, key, value)
            }),
            PlanAction::RemoveItem { list, id } => {
                match list.edit(Rc::make_mut(&mut next.plan), |l| l.remove(&id)) {
                    Some((index, item)) => {
                        next.last_removed = Some(RemovedItem { list, index, item });
                        true
                    }
                    None => false,
                }
            }
            PlanAction::DiscardIfBlank { list, id } => {
                let blank = list.items(&next.plan).iter().any(|item| {
                    item.get("id").and_then(Value::as_str) == Some(id.as_str())
                        && list.item_is_blank(item)
                });
                blank
                    && list
                        .edit(Rc::make_mut(&mut next.plan), |l| l.remove(&id))
                        .is_some()
            }
            PlanAction::UndoRemove => match next.last_removed.take() {
                Some(RemovedItem { list, index, item }) => {
                    list.edit(Rc::make_mut(&mut next.plan), |l| l.restore(index, item))
                }
                None => false,
            },
            PlanAction::MoveItem {
                list,
                id,
                direction,
            } => list.edit(Rc::make_mut(&mut next.plan), |l| {
                l.move_item(&id, direction)
            }),
        };
        if !changed {
            return self;
        }
        next.changes += 1;
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{LifeArea, PlanId};
    use serde_json::json;

    fn id(n: u8) -> ItemId {
        ItemId::from_random_bytes([n; 16])
    }

    fn state() -> Rc<PlanState> {
        let plan = Plan::new(PlanId::from_random_bytes([9; 16]), "nb");
        Rc::new(PlanState::not_loaded(plan)).reduce(PlanAction::Loaded(Rc::new(Plan::new(
            PlanId::from_random_bytes([9; 16]),
            "nb",
        ))))
    }

    fn apply(state: Rc<PlanState>, actions: Vec<PlanAction>) -> Rc<PlanState> {
        actions.into_iter().fold(state, |s, a| s.reduce(a))
    }

    #[test]
    fn a_helper_is_recorded_once_normalized_and_can_be_taken_out_again() {
        let helper = Helper {
            id: id(5),
            name: Text::from_nfc("Ola Hansen".into()),
            role: Some(ownplan_core::plan::Role::PeerWorker),
            organisation: Text::from_nfc("Likepersonsenteret".into()),
        };
        let added = state().reduce(
            PlanAction::AddHelper(helper.clone())
                .map_text(&|text: &str| text.replace("Ola", "Óla")),
        );
        assert_eq!(added.changes, 1);
        let recorded = added.plan.meta.helpers.as_slice();
        assert_eq!(recorded.len(), 1);
        assert_eq!(recorded[0].name.as_str(), "Óla Hansen");
        assert_eq!(recorded[0].role, Some(ownplan_core::plan::Role::PeerWorker));
        // The same helper again (a double tap) is no change.
        let again = added.clone().reduce(PlanAction::AddHelper(helper));
        assert!(Rc::ptr_eq(&again, &added));
        // Taking out one that is not there is no change; taking out the recorded one is.
        let unknown = added.clone().reduce(PlanAction::RemoveHelper(id(6)));
        assert!(Rc::ptr_eq(&unknown, &added));
        let removed = added.reduce(PlanAction::RemoveHelper(id(5)));
        assert!(removed.plan.meta.helpers.as_slice().is_empty());
        assert_eq!(removed.changes, 2);
    }

    #[test]
    fn a_share_round_sets_the_version_and_logs_each_recipient() {
        use ownplan_core::plan::{RevisionKind, Text};
        let entry = |n: u8, text: &str| RevisionEntry {
            id: id(n),
            at: None,
            kind: RevisionKind::Shared,
            plan_version: Some(4),
            text: Text::from_nfc(text.to_owned()),
        };
        let next = state().reduce(PlanAction::RecordShare {
            version: 4,
            entries: vec![entry(1, "Shared with the GP"), entry(2, "Shared with NAV")],
        });
        assert_eq!(next.changes, 1, "saved like any change");
        assert_eq!(next.plan.plan_version, 4);
        let log = next.plan.individual_plan.revision_log.as_slice();
        assert_eq!(log.len(), 2);
        assert_eq!(log[1].text.as_str(), "Shared with NAV");
    }

    #[test]
    fn text_is_set_and_counted_as_a_change() {
        let s = apply(
            state(),
            vec![PlanAction::SetText {
                field: TextField::MyStory,
                value: "Jeg heter René".into(),
            }],
        );
        assert_eq!(s.plan.individual_plan.my_story.as_str(), "Jeg heter René");
        assert_eq!(s.changes, 1);
    }

    #[test]
    fn the_text_of_an_action_is_normalized_everywhere_it_is() {
        let upper = |s: &str| s.to_uppercase();
        let text = PlanAction::SetText {
            field: TextField::MyStory,
            value: "abc".into(),
        }
        .map_text(&upper);
        assert_eq!(
            text,
            PlanAction::SetText {
                field: TextField::MyStory,
                value: "ABC".into()
            }
        );
        let item = PlanAction::SetItemField {
            list: ListKind::Measures,
            id: id(1),
            key: "responsible",
            value: json!({ "typed": "mor" }),
        }
        .map_text(&upper);
        assert_eq!(
            item,
            PlanAction::SetItemField {
                list: ListKind::Measures,
                id: id(1),
                key: "responsible",
                value: json!({ "typed": "MOR" }),
            }
        );
        assert_eq!(
            PlanAction::UndoRemove.map_text(&upper),
            PlanAction::UndoRemove
        );
    }

    #[test]
    fn setting_the_same_text_again_is_no_change() {
        let action = PlanAction::SetText {
            field: TextField::WhatMattersToMe,
            value: "Å bli hørt".into(),
        };
        let once = apply(state(), vec![action.clone()]);
        let twice = once.clone().reduce(action);
        assert!(Rc::ptr_eq(&once, &twice));
    }

    #[test]
    fn an_invalid_date_changes_nothing_and_empty_clears() {
        let s = apply(
            state(),
            vec![PlanAction::SetDate {
                field: DateField::ReviewDate,
                value: "2027-03-01".into(),
            }],
        );
        let unchanged = s.clone().reduce(PlanAction::SetDate {
            field: DateField::ReviewDate,
            value: "2027-02-30".into(),
        });
        assert!(Rc::ptr_eq(&s, &unchanged));
        let cleared = s.reduce(PlanAction::SetDate {
            field: DateField::ReviewDate,
            value: "".into(),
        });
        assert_eq!(cleared.plan.individual_plan.period.review_date, None);
    }

    #[test]
    fn items_are_added_edited_moved_removed_and_restored() {
        let s = apply(
            state(),
            vec![
                PlanAction::AddItem {
                    list: ListKind::Goals,
                    id: id(1),
                    fields: Map::new(),
                },
                PlanAction::AddItem {
                    list: ListKind::Goals,
                    id: id(2),
                    fields: Map::new(),
                },
                PlanAction::SetItemField {
                    list: ListKind::Goals,
                    id: id(2),
                    key: "text",
                    value: json!("Egen leilighet"),
                },
                PlanAction::SetItemField {
                    list: ListKind::Goals,
                    id: id(2),
                    key: "lifeArea",
                    value: json!("housing"),
                },
                PlanAction::MoveItem {
                    list: ListKind::Goals,
                    id: id(2),
                    direction: MoveDirection::Up,
                },
            ],
        );
        let goals = &s.plan.individual_plan.goals;
        assert_eq!(goals[0].id, id(2));
        assert_eq!(goals[0].text.as_str(), "Egen leilighet");
        assert_eq!(goals[0].life_area, Some(LifeArea::Housing));
        assert_eq!(s.changes, 5);

        let removed = s.reduce(PlanAction::RemoveItem {
            list: ListKind::Goals,
            id: id(2),
        });
        assert_eq!(removed.plan.individual_plan.goals.len(), 1);
        let back = removed.reduce(PlanAction::UndoRemove);
        assert_eq!(
            back.plan.individual_plan.goals[0].text.as_str(),
            "Egen leilighet"
        );
        assert_eq!(back.last_removed, None);
    }

    #[test]
    fn an_edit_the_model_would_not_accept_changes_nothing() {
        let s = apply(
            state(),
            vec![PlanAction::AddItem {
                list: ListKind::Measures,
                id: id(1),
                fields: Map::new(),
            }],
        );
        for (key, value) in [
            ("status", json!("no-such-status")),
            ("noSuchField", json!("x")),
            ("id", json!("another-id")),
        ] {
            let after = s.clone().reduce(PlanAction::SetItemField {
                list: ListKind::Measures,
                id: id(1),
                key,
                value,
            });
            assert!(Rc::ptr_eq(&s, &after), "{key}");
        }
        let unknown_item = s.clone().reduce(PlanAction::SetItemField {
            list: ListKind::Measures,
            id: id(7),
            key: "what",
            value: json!("x"),
        });
        assert!(Rc::ptr_eq(&s, &unknown_item));
    }

    #[test]
    fn a_duplicate_id_is_not_added() {
        let s = apply(
            state(),
            vec![PlanAction::AddItem {
                list: ListKind::Network,
                id: id(1),
                fields: Map::new(),
            }],
        );
        let again = s.clone().reduce(PlanAction::AddItem {
            list: ListKind::Network,
            id: id(1),
            fields: Map::new(),
        });
        assert!(Rc::ptr_eq(&s, &again));
    }

    #[test]
    fn a_list_view_reuses_the_objects_of_items_that_did_not_change() {
        let add = |n| PlanAction::AddItem {
            list: ListKind::Goals,
            id: id(n),
            fields: Map::new(),
        };
        let write = |n, text: &str| PlanAction::SetItemField {
            list: ListKind::Goals,
            id: id(n),
            key: "text",
            value: json!(text),
        };
        let first = apply(
            state(),
            vec![add(1), write(1, "Bo selv"), add(2), write(2, "Jobbe")],
        );
        let made = ListKind::Goals.items_since(&first.plan, None);
        assert_eq!(made.len(), 2);
        // A keystroke in the second goal: the first keeps its very object, the second is new.
        let typed = apply(first.clone(), vec![write(2, "Jobbe litt")]);
        let again = ListKind::Goals.items_since(&typed.plan, Some((&first.plan, &made)));
        assert!(Rc::ptr_eq(&again[0], &made[0]));
        assert!(!Rc::ptr_eq(&again[1], &made[1]));
        assert_eq!(again[1]["text"], json!("Jobbe litt"));
        // Whatever is reused, the objects are those a fresh reading gives.
        let fresh: Vec<_> = ListKind::Goals.items(&typed.plan);
        assert_eq!(
            again.iter().map(|o| (**o).clone()).collect::<Vec<_>>(),
            fresh
        );
        // A removed item shifts the others: nothing stale is reused.
        let removed = apply(
            typed.clone(),
            vec![PlanAction::RemoveItem {
                list: ListKind::Goals,
                id: id(1),
            }],
        );
        let after = ListKind::Goals.items_since(&removed.plan, Some((&typed.plan, &again)));
        assert_eq!(after.len(), 1);
        assert_eq!(after[0]["text"], json!("Jobbe litt"));
        // A moved item is read again at its new place.
        let moved = apply(
            typed.clone(),
            vec![PlanAction::MoveItem {
                list: ListKind::Goals,
                id: id(2),
                direction: crate::state::plan_fields::MoveDirection::Up,
            }],
        );
        let after = ListKind::Goals.items_since(&moved.plan, Some((&typed.plan, &again)));
        assert_eq!(after[0]["text"], json!("Jobbe litt"));
        assert_eq!(after[1]["text"], json!("Bo selv"));
    }

    #[test]
    fn clearing_a_field_removes_it_from_the_document() {
        let s = apply(
            state(),
            vec![
                PlanAction::AddItem {
                    list: ListKind::Network,
                    id: id(1),
                    fields: Map::new(),
                },
                PlanAction::SetItemField {
                    list: ListKind::Network,
                    id: id(1),
                    key: "isCoordinator",
                    value: json!(true),
                },
                PlanAction::SetItemField {
                    list: ListKind::Network,
                    id: id(1),
                    key: "isCoordinator",
                    value: json!(false),
                },
            ],
        );
        let items = ListKind::Network.items(&s.plan);
        assert!(!items[0].contains_key("isCoordinator"), "{items:?}");
    }

    #[test]
    fn a_new_warning_sign_starts_early_and_a_prefilled_service_keeps_its_fields() {
        let mut fields = Map::new();
        fields.insert("name".into(), json!("Legevakt"));
        fields.insert("phone".into(), json!("116 117"));
        let s = apply(
            state(),
            vec![
                PlanAction::AddItem {
                    list: ListKind::WarningSigns,
                    id: id(1),
                    fields: Map::new(),
                },
                PlanAction::AddItem {
                    list: ListKind::CrisisServices,
                    id: id(2),
                    fields,
                },
            ],
        );
        assert_eq!(s.plan.crisis_plan.warning_signs.len(), 1);
        assert_eq!(s.plan.crisis_plan.services[0].phone.as_str(), "116 117");
    }

    #[test]
    fn group_fields_are_set_and_bad_values_refused() {
        let s = apply(
            state(),
            vec![PlanAction::SetObjectField {
                object: ObjectKind::Admission,
                key: "maxNights",
                value: json!(5),
            }],
        );
        assert_eq!(s.plan.crisis_plan.admission.max_nights, Some(5));
        for value in [json!(-1), json!(2.5), json!("five")] {
            let after = s.clone().reduce(PlanAction::SetObjectField {
                object: ObjectKind::Admission,
                key: "maxNights",
                value,
            });
            assert!(Rc::ptr_eq(&s, &after));
        }
        let cleared = s.reduce(PlanAction::SetObjectField {
            object: ObjectKind::Admission,
            key: "maxNights",
            value: Value::Null,
        });
        assert_eq!(cleared.plan.crisis_plan.admission.max_nights, None);
    }

    #[test]
    fn an_item_added_and_left_blank_is_let_go_without_an_undo_but_one_with_content_stays() {
        let add = |list, n| PlanAction::AddItem {
            list,
            id: id(n),
            fields: Map::new(),
        };
        let s = apply(
            state(),
            vec![
                add(ListKind::Goals, 1),
                add(ListKind::Goals, 2),
                PlanAction::SetItemField {
                    list: ListKind::Goals,
                    id: id(2),
                    key: "text",
                    value: json!("Sove bedre"),
                },
                // A warning sign starts "early": that alone is not content.
                add(ListKind::WarningSigns, 3),
                // Typed, then erased again: nothing left; "write a name" with no name.
                add(ListKind::CrisisContacts, 4),
                PlanAction::SetItemField {
                    list: ListKind::CrisisContacts,
                    id: id(4),
                    key: "who",
                    value: json!({ "typed": "" }),
                },
                PlanAction::SetItemField {
                    list: ListKind::CrisisContacts,
                    id: id(4),
                    key: "phone",
                    value: json!("9"),
                },
                PlanAction::SetItemField {
                    list: ListKind::CrisisContacts,
                    id: id(4),
                    key: "phone",
                    value: json!(""),
                },
            ],
        );
        let discard = |list, n| PlanAction::DiscardIfBlank { list, id: id(n) };
        let after = apply(
            s.clone(),
            vec![
                discard(ListKind::Goals, 1),
                discard(ListKind::Goals, 2),
                discard(ListKind::WarningSigns, 3),
                discard(ListKind::CrisisContacts, 4),
            ],
        );
        let goals = &after.plan.individual_plan.goals;
        assert_eq!(goals.len(), 1);
        assert_eq!(goals[0].text.as_str(), "Sove bedre");
        assert!(after.plan.crisis_plan.warning_signs.is_empty());
        assert!(after.plan.crisis_plan.contacts.is_empty());
        assert_eq!(
            after.last_removed, None,
            "nothing to undo: nothing was lost"
        );
        assert_eq!(after.changes, s.changes + 3);
        // A sign whose stage the person chose is kept.
        let chosen = apply(
            state(),
            vec![
                add(ListKind::WarningSigns, 5),
                PlanAction::SetItemField {
                    list: ListKind::WarningSigns,
                    id: id(5),
                    key: "stage",
                    value: json!("acute"),
                },
            ],
        );
        let kept = chosen.clone().reduce(discard(ListKind::WarningSigns, 5));
        assert!(Rc::ptr_eq(&chosen, &kept));
    }

    #[test]
    fn a_loaded_plan_is_not_a_change_but_a_replaced_one_is() {
        let fresh = Rc::new(Plan::new(PlanId::from_random_bytes([3; 16]), "en"));
        let loaded = state().reduce(PlanAction::Loaded(fresh.clone()));
        assert_eq!(loaded.changes, 0);
        assert_eq!(loaded.origin, PlanOrigin::Device);
        let replaced = loaded.reduce(PlanAction::Replace(fresh));
        assert_eq!(replaced.changes, 1);
    }
}
