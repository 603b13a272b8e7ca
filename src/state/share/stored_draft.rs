//! A share round kept on the device while it is being put together, so the choices made
//! (recipients ticked, their parts and what is left out of them, conditions typed, the statement and its last day) survive a
//! reload. It belongs to one plan: a draft for another plan is not restored, and network
//! members no longer in the plan are left out.

use ownplan_core::document::{LeaveOut, Recipient};
use ownplan_core::plan::{ItemId, Plan, PlanId, Section};
use serde::{Deserialize, Serialize};

use super::draft::{DraftRecipient, SectionStart, ShareDraft, standard_order};
use super::presets::{preset_from_key, preset_key};

/// The draft as stored (JSON).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredDraft {
    plan_id: PlanId,
    recipients: Vec<StoredRecipient>,
    statement: String,
    valid_until: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredRecipient {
    id: ItemId,
    in_network: bool,
    recipient: Recipient,
    sections: Vec<Section>,
    /// What is left out of the sections; drafts stored before items could be left out have
    /// none.
    #[serde(default, skip_serializing_if = "LeaveOut::is_nothing")]
    leave_out: LeaveOut,
    conditions: String,
    /// `"consent"`, `"empty"` or a preset's key.
    start: String,
}

/// `draft` of the plan `plan_id`, as stored; `None` if it cannot be written (then nothing is
/// stored, never an empty text).
pub fn draft_to_text(draft: &ShareDraft, plan_id: &PlanId) -> Option<String> {
    let stored = StoredDraft {
        plan_id: plan_id.clone(),
        recipients: draft
            .recipients
            .iter()
            .map(|r| StoredRecipient {
                id: r.id.clone(),
                in_network: r.in_network,
                recipient: r.recipient.clone(),
                sections: r.sections.clone(),
                leave_out: r.leave_out.clone(),
                conditions: r.conditions.clone(),
                start: match r.start {
                    SectionStart::Consent => "consent".to_owned(),
                    SectionStart::Empty => "empty".to_owned(),
                    SectionStart::Preset(preset) => preset_key(preset).to_owned(),
                },
            })
            .collect(),
        statement: draft.statement.clone(),
        valid_until: draft.valid_until.clone(),
    };
    serde_json::to_string(&stored).ok()
}

/// The stored draft, if it is readable and belongs to `plan`. Network members who are no
/// longer in the plan are left out.
pub fn draft_from_text(text: &str, plan: &Plan) -> Option<ShareDraft> {
    let stored: StoredDraft = serde_json::from_str(text).ok()?;
    if stored.plan_id != plan.plan_id {
        return None;
    }
    let recipients = stored
        .recipients
        .into_iter()
        .filter(|r| !r.in_network || plan.member(&r.id).is_some())
        .map(|r| DraftRecipient {
            start: match r.start.as_str() {
                "consent" => SectionStart::Consent,
                key => preset_from_key(key).map_or(SectionStart::Empty, SectionStart::Preset),
            },
            id: r.id,
            in_network: r.in_network,
            recipient: r.recipient,
            sections: standard_order(r.sections),
            leave_out: r.leave_out,
            conditions: r.conditions,
        })
        .collect();
    Some(ShareDraft {
        recipients,
        statement: stored.statement,
        valid_until: stored.valid_until,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::ShareAction;
    use crate::state::share::tests::{draft, id, plan};
    use ownplan_core::document::RecipientPreset;
    use ownplan_core::plan::LifeArea;

    #[test]
    fn a_draft_comes_back_as_it_was_stored() {
        let mut draft = draft();
        for member in [2, 4, 3] {
            draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(member),
            });
        }
        draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: "Legevakten".into(),
            preset: Some(RecipientPreset::EmergencyPrimaryCare),
        });
        draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::AboutMe,
            included: true,
        });
        draft.apply(ShareAction::SetConditions {
            id: id(2),
            text: "Bare til fastlegen".into(),
        });
        draft.apply(ShareAction::SetStatement("Jeg samtykker".into()));
        draft.apply(ShareAction::SetValidUntil("2027-06-30".into()));
        draft.apply(ShareAction::SetItem {
            plan: plan(),
            id: id(7),
            item: id(6),
            included: false,
        });
        draft.apply(ShareAction::SetLifeArea {
            plan: plan(),
            id: id(2),
            area: LifeArea::Money,
            included: false,
        });
        assert!(!draft.recipient(&id(7)).unwrap().leave_out.is_nothing());
        let text = draft_to_text(&draft, &plan().plan_id).unwrap();
        assert_eq!(draft_from_text(&text, &plan()), Some(draft));
    }

    #[test]
    fn a_draft_stored_before_items_could_be_left_out_still_reads() {
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(2),
        });
        let text = draft_to_text(&draft, &plan().plan_id).unwrap();
        assert!(
            !text.contains("leaveOut"),
            "nothing left out, nothing written"
        );
        let mut old: serde_json::Value = serde_json::from_str(&text).unwrap();
        old["recipients"][0]
            .as_object_mut()
            .unwrap()
            .remove("leaveOut");
        let restored = draft_from_text(&old.to_string(), &plan()).unwrap();
        assert!(restored.recipients[0].leave_out.is_nothing());
        assert_eq!(restored, draft);
    }

    #[test]
    fn a_draft_of_another_plan_or_unreadable_text_is_not_restored() {
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(2),
        });
        let other = ownplan_core::plan::PlanId::from_random_bytes([9; 16]);
        assert_eq!(
            draft_from_text(&draft_to_text(&draft, &other).unwrap(), &plan()),
            None
        );
        assert_eq!(draft_from_text("{", &plan()), None);
        assert_eq!(draft_from_text("", &plan()), None);
    }

    #[test]
    fn members_who_left_the_network_are_left_out() {
        let mut draft = draft();
        for member in [2, 4] {
            draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(member),
            });
        }
        let text = draft_to_text(&draft, &plan().plan_id).unwrap();
        let mut smaller = (*plan()).clone();
        smaller.network.remove(&id(2));
        let restored = draft_from_text(&text, &smaller).unwrap();
        assert_eq!(restored.recipients.len(), 1);
        assert_eq!(restored.recipients[0].id, id(4));
    }
}
