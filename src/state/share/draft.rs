//! A share round as a reducer: who gets the plan, which sections each gets and which single items
//! and life areas of them are left out (starting from the person's own consent, whole sections,
//! else from the recipient's role's preset selection), the consent statement and its last day,
//! and what blocks signing.

use std::rc::Rc;

use ownplan_core::document::{
    LeaveOut, Recipient, RecipientPreset, Selection, choosable_items, normalized_sections,
};
use ownplan_core::plan::{Date, ItemId, LifeArea, Plan, Section, Text};
use yew::Reducible;

use super::consent::sharing_consent_for;
use super::presets::preset_for_role;

/// One recipient of this round.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftRecipient {
    /// The network member's id, or a new id for someone typed in.
    pub id: ItemId,
    /// Whether this is a member of the person's network (else typed in on the share view).
    pub in_network: bool,
    /// Name, role and organisation, as the document will carry them.
    pub recipient: Recipient,
    /// The sections this recipient gets, in the standard order.
    pub sections: Vec<Section>,
    /// The single items and whole life areas of those sections the recipient does not get.
    pub leave_out: LeaveOut,
    /// What the recipient may do with the plan and pass on.
    pub conditions: String,
    /// Where the starting sections came from.
    pub start: SectionStart,
}

impl DraftRecipient {
    /// What this recipient gets: their sections less what is left out.
    pub fn selection(&self) -> Selection {
        Selection {
            sections: self.sections.clone(),
            leave_out: self.leave_out.clone(),
        }
    }

    /// The preset this recipient started from, if any.
    pub fn preset(&self) -> Option<RecipientPreset> {
        match self.start {
            SectionStart::Preset(preset) => Some(preset),
            SectionStart::Consent | SectionStart::Empty => None,
        }
    }
}

/// Where a recipient's starting sections came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionStart {
    /// The person's own sharing consent for this recipient.
    Consent,
    /// The usual sections of a role.
    Preset(RecipientPreset),
    /// Nothing to start from: the person chooses.
    Empty,
}

/// This round of sharing: recipients, the consent statement and its last day.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareDraft {
    /// Who gets a document, in the order chosen.
    pub recipients: Vec<DraftRecipient>,
    /// The consent statement, in the person's words.
    pub statement: String,
    /// The last day the consent holds (`YYYY-MM-DD`), or empty for no end.
    pub valid_until: String,
}

/// A change to the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareAction {
    /// Add a network member (starting sections from the plan's consent or their role).
    AddMember {
        /// The plan (for the member and the consent).
        plan: Rc<Plan>,
        /// Which member.
        id: ItemId,
    },
    /// Add someone who is not in the network.
    AddTyped {
        /// A new id.
        id: ItemId,
        /// Their name or service.
        name: String,
        /// What kind of recipient, for the starting sections.
        preset: Option<RecipientPreset>,
    },
    /// Take a recipient out of this round.
    Remove(ItemId),
    /// Include or leave out one section for one recipient.
    SetSection {
        /// Which recipient.
        id: ItemId,
        /// Which section.
        section: Section,
        /// Included or not.
        included: bool,
    },
    /// Include or leave out one item for one recipient. Including an item of a life area that
    /// is left out keeps the rest of that area out, one by one.
    SetItem {
        /// The plan (for the items of the life area).
        plan: Rc<Plan>,
        /// Which recipient.
        id: ItemId,
        /// Which item.
        item: ItemId,
        /// Included or not.
        included: bool,
    },
    /// Include or leave out a whole life area for one recipient (goals, resources, needs and
    /// measures in it), whatever was chosen for its single items before.
    SetLifeArea {
        /// The plan (for the items of the life area).
        plan: Rc<Plan>,
        /// Which recipient.
        id: ItemId,
        /// Which life area.
        area: LifeArea,
        /// Included or not.
        included: bool,
    },
    /// Replace a recipient's sections and what is left out of them with a role's usual ones.
    ApplyPreset {
        /// Which recipient.
        id: ItemId,
        /// Which role's sections.
        preset: RecipientPreset,
    },
    /// Set what a recipient may do with the plan.
    SetConditions {
        /// Which recipient.
        id: ItemId,
        /// The words.
        text: String,
    },
    /// Set the consent statement.
    SetStatement(String),
    /// Set the consent's last day (`YYYY-MM-DD` or empty).
    SetValidUntil(String),
    /// Start again from this draft (the plan was read from the device, or the date became known).
    Start(ShareDraft),
}

impl ShareDraft {
    /// A new round for `plan`: no recipients yet, `default_statement` (a sharing statement the
    /// person edits; the plan's own consent statement is about having a plan, not about sharing),
    /// and the last day of the plan's consent (or one year from `today`).
    pub fn new(plan: &Plan, today: Option<&Date>, default_statement: &str) -> Self {
        let to_plan = &plan.consent.to_plan;
        let statement = default_statement.to_owned();
        let valid_until = to_plan
            .valid_until
            .clone()
            .filter(|until| today.is_none_or(|today| !until.is_before(today)))
            .or_else(|| today.and_then(one_year_after))
            .map(|date| date.as_str().to_owned())
            .unwrap_or_default();
        ShareDraft {
            recipients: Vec::new(),
            statement,
            valid_until,
        }
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &ItemId) -> Option<&DraftRecipient> {
        self.recipients.iter().find(|r| &r.id == id)
    }

    fn recipient_mut(&mut self, id: &ItemId) -> Option<&mut DraftRecipient> {
        self.recipients.iter_mut().find(|r| &r.id == id)
    }

    /// Applies `action`; returns whether anything changed.
    pub fn apply(&mut self, action: ShareAction) -> bool {
        match action {
            ShareAction::AddMember { plan, id } => {
                if self.recipient(&id).is_some() {
                    return false;
                }
                let Some(member) = plan.member(&id) else {
                    return false;
                };
                let consent = sharing_consent_for(&plan, &id);
                let (selection, start) =
                    match (consent, member.role.as_ref().and_then(preset_for_role)) {
                        (Some(consent), _) => (
                            Selection::whole_sections(&consent.sections),
                            SectionStart::Consent,
                        ),
                        (None, Some(preset)) => (preset.selection(), SectionStart::Preset(preset)),
                        (None, None) => (Selection::default(), SectionStart::Empty),
                    };
                self.recipients.push(DraftRecipient {
                    id,
                    in_network: true,
                    recipient: Recipient {
                        name: member.name.clone(),
                        role: member.role.clone(),
                        organisation: member.organisation.clone(),
                    },
                    sections: standard_order(selection.sections),
                    leave_out: selection.leave_out,
                    conditions: consent
                        .map(|c| c.note.as_str().to_owned())
                        .unwrap_or_default(),
                    start,
                });
                true
            }
            ShareAction::AddTyped { id, name, preset } => {
                let name = name.trim();
                if name.is_empty() || self.recipient(&id).is_some() {
                    return false;
                }
                let selection = preset.map(RecipientPreset::selection).unwrap_or_default();
                self.recipients.push(DraftRecipient {
                    id,
                    in_network: false,
                    recipient: Recipient {
                        name: Text::from_nfc(name.to_owned()),
                        role: preset.and_then(RecipientPreset::role),
                        organisation: Text::empty(),
                    },
                    sections: standard_order(selection.sections),
                    leave_out: selection.leave_out,
                    conditions: String::new(),
                    start: preset.map_or(SectionStart::Empty, SectionStart::Preset),
                });
                true
            }
            ShareAction::Remove(id) => {
                let before = self.recipients.len();
                self.recipients.retain(|r| r.id != id);
                self.recipients.len() != before
            }
            ShareAction::SetSection {
                id,
                section,
                included,
            } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                let has = recipient.sections.contains(&section);
                if has == included {
                    return false;
                }
                let mut sections = recipient.sections.clone();
                if included {
                    sections.push(section);
                } else {
                    sections.retain(|s| *s != section);
                }
                recipient.sections = standard_order(sections);
                true
            }
            ShareAction::ApplyPreset { id, preset } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                let selection = preset.selection();
                recipient.sections = standard_order(selection.sections);
                recipient.leave_out = selection.leave_out;
                recipient.start = SectionStart::Preset(preset);
                true
            }
            ShareAction::SetItem {
                plan,
                id,
                item,
                included,
            } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                let before = recipient.leave_out.clone();
                let leave_out = &mut recipient.leave_out;
                if !included {
                    leave_out.items.insert(item);
                } else {
                    leave_out.items.remove(&item);
                    let area = life_area_items(&plan)
                        .find(|(id, _)| *id == item)
                        .map(|(_, area)| area);
                    if let Some(area) = area
                        && leave_out.life_areas.remove(&area)
                    {
                        // The rest of the area stays out, now one by one.
                        leave_out.items.extend(
                            life_area_items(&plan)
                                .filter(|(id, other)| *other == area && *id != item)
                                .map(|(id, _)| id),
                        );
                    }
                }
                recipient.leave_out != before
            }
            ShareAction::SetLifeArea {
                plan,
                id,
                area,
                included,
            } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                let before = recipient.leave_out.clone();
                let leave_out = &mut recipient.leave_out;
                // The area's single items follow the area: all in, or all out with it.
                for (item, _) in life_area_items(&plan).filter(|(_, other)| *other == area) {
                    leave_out.items.remove(&item);
                }
                if included {
                    leave_out.life_areas.remove(&area);
                } else {
                    leave_out.life_areas.insert(area);
                }
                recipient.leave_out != before
            }
            ShareAction::SetConditions { id, text } => match self.recipient_mut(&id) {
                Some(recipient) if recipient.conditions != text => {
                    recipient.conditions = text;
                    true
                }
                _ => false,
            },
            ShareAction::SetStatement(text) => {
                let changed = self.statement != text;
                self.statement = text;
                changed
            }
            ShareAction::Start(draft) => {
                let changed = *self != draft;
                *self = draft;
                changed
            }
            ShareAction::SetValidUntil(text) => {
                let changed = self.valid_until != text;
                self.valid_until = text;
                changed
            }
        }
    }

    /// What stops signing right now, as message ids (empty when the round can be signed).
    pub fn blockers(&self, today: Option<&Date>) -> Vec<&'static str> {
        let mut blockers = Vec::new();
        if self.recipients.is_empty() {
            blockers.push("share-block-no-recipients");
        }
        if self.recipients.iter().any(|r| r.sections.is_empty()) {
            blockers.push("share-block-no-sections");
        }
        match self.valid_until_date() {
            Err(message_id) => blockers.push(message_id),
            Ok(Some(until)) if today.is_some_and(|today| until.is_before(today)) => {
                blockers.push("share-block-valid-until-passed");
            }
            Ok(_) => {}
        }
        blockers
    }

    /// The consent's last day: `Ok(None)` when empty, `Err` (with the message id) when it is not
    /// a real date.
    pub fn valid_until_date(&self) -> Result<Option<Date>, &'static str> {
        let text = self.valid_until.trim();
        if text.is_empty() {
            return Ok(None);
        }
        Date::parse(text)
            .map(Some)
            .map_err(|_| "share-block-valid-until-invalid")
    }
}

/// The draft as a Yew reducer state.
impl Reducible for ShareDraft {
    type Action = ShareAction;

    fn reduce(self: Rc<Self>, action: ShareAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// Every item of `plan` that has a life area (goals, resources, needs, measures), with it.
fn life_area_items(plan: &Plan) -> impl Iterator<Item = (ItemId, LifeArea)> {
    choosable_items(plan, &Section::ALL)
        .into_iter()
        .filter_map(|item| Some((item.id, item.life_area?)))
}

/// `sections` in the standard order, none twice: the core's [`normalized_sections`], the order
/// every signed document carries.
pub fn standard_order(sections: Vec<Section>) -> Vec<Section> {
    normalized_sections(&sections)
}

/// The same day one year later (28 February for 29 February).
pub fn one_year_after(date: &Date) -> Option<Date> {
    let (year, month, day) = date.year_month_day()?;
    Date::from_ymd(year + 1, month, day)
        .or_else(|_| Date::from_ymd(year + 1, month, day - 1))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::tests::{date, draft, id, plan, selection_plan};

    #[test]
    fn a_member_starts_from_their_consent_else_their_role() {
        let mut draft = draft();
        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(4)
        }));
        let nav = draft.recipient(&id(4)).unwrap();
        assert_eq!(nav.start, SectionStart::Consent);
        assert_eq!(nav.sections, vec![Section::Goals, Section::Measures]);
        assert_eq!(nav.conditions, "Not to others");

        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(2)
        }));
        let gp = draft.recipient(&id(2)).unwrap();
        assert_eq!(gp.start, SectionStart::Preset(RecipientPreset::Gp));
        assert_eq!(gp.sections, RecipientPreset::Gp.sections());

        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3)
        }));
        assert_eq!(draft.recipient(&id(3)).unwrap().start, SectionStart::Empty);
        assert!(
            !draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(3)
            }),
            "no twice"
        );
        assert!(
            !draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(9)
            }),
            "no such member"
        );
    }

    #[test]
    fn sections_stay_in_standard_order_and_presets_replace_them() {
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3),
        });
        for section in [Section::AfterCrisis, Section::Goals, Section::AboutMe] {
            assert!(draft.apply(ShareAction::SetSection {
                id: id(3),
                section,
                included: true
            }));
        }
        assert!(!draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::Goals,
            included: true
        }));
        assert_eq!(
            draft.recipient(&id(3)).unwrap().sections,
            vec![Section::AboutMe, Section::Goals, Section::AfterCrisis]
        );
        draft.apply(ShareAction::ApplyPreset {
            id: id(3),
            preset: RecipientPreset::Police,
        });
        assert_eq!(
            draft.recipient(&id(3)).unwrap().sections,
            vec![Section::HowToMeetMe, Section::CrisisContacts]
        );
    }

    #[test]
    fn typed_recipients_need_a_name() {
        let mut draft = draft();
        assert!(!draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: "  ".into(),
            preset: None
        }));
        assert!(draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: " Legevakten ".into(),
            preset: Some(RecipientPreset::EmergencyPrimaryCare),
        }));
        let typed = draft.recipient(&id(7)).unwrap();
        assert_eq!(typed.recipient.name.as_str(), "Legevakten");
        assert!(!typed.in_network);
        assert_eq!(
            typed.sections,
            standard_order(RecipientPreset::EmergencyPrimaryCare.sections())
        );
        assert!(draft.apply(ShareAction::Remove(id(7))));
        assert!(draft.recipients.is_empty());
    }

    #[test]
    fn what_blocks_signing() {
        let today = date("2026-11-22");
        let mut draft = draft();
        assert_eq!(draft.valid_until, "2027-11-22", "one year by default");
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-no-recipients"]
        );
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3),
        });
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-no-sections"]
        );
        draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::Goals,
            included: true,
        });
        assert!(draft.blockers(Some(&today)).is_empty());
        draft.apply(ShareAction::SetValidUntil("2026-02-30".into()));
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-valid-until-invalid"]
        );
        draft.apply(ShareAction::SetValidUntil("2026-11-21".into()));
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-valid-until-passed"]
        );
        draft.apply(ShareAction::SetValidUntil(String::new()));
        assert!(draft.blockers(Some(&today)).is_empty());
    }

    fn with_nav_by_role() -> ShareDraft {
        let mut draft = draft();
        assert!(draft.apply(ShareAction::AddMember {
            plan: selection_plan(),
            id: id(4),
        }));
        draft
    }

    fn left_out(draft: &ShareDraft) -> &LeaveOut {
        &draft.recipient(&id(4)).unwrap().leave_out
    }

    #[test]
    fn a_role_starts_from_its_preset_selection_and_a_consent_from_whole_sections() {
        let draft = with_nav_by_role();
        let nav = draft.recipient(&id(4)).unwrap();
        assert_eq!(nav.start, SectionStart::Preset(RecipientPreset::Nav));
        assert_eq!(nav.selection(), RecipientPreset::Nav.selection());
        assert!(nav.leave_out.life_areas.contains(&LifeArea::SubstanceUse));
        assert!(nav.leave_out.life_areas.contains(&LifeArea::MentalHealth));
        assert!(!nav.leave_out.life_areas.contains(&LifeArea::Housing));

        // The GP by role: every life area.
        let mut draft = draft;
        draft.apply(ShareAction::AddMember {
            plan: selection_plan(),
            id: id(2),
        });
        assert!(draft.recipient(&id(2)).unwrap().leave_out.is_nothing());

        // From the person's own consent: whole sections, nothing left out.
        let mut draft = super::super::tests::draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(4),
        });
        assert!(draft.recipient(&id(4)).unwrap().leave_out.is_nothing());

        // Typed in as NAV: the same start as NAV by role.
        draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: "NAV Grünerløkka".into(),
            preset: Some(RecipientPreset::Nav),
        });
        assert_eq!(
            draft.recipient(&id(7)).unwrap().selection(),
            RecipientPreset::Nav.selection()
        );
    }

    #[test]
    fn one_item_is_left_out_and_included_again() {
        let mut draft = with_nav_by_role();
        let leave_out_aa = ShareAction::SetItem {
            plan: selection_plan(),
            id: id(4),
            item: id(26),
            included: false,
        };
        assert!(draft.apply(leave_out_aa.clone()));
        assert!(left_out(&draft).items.contains(&id(26)));
        assert!(!draft.apply(leave_out_aa), "already left out");
        assert!(draft.apply(ShareAction::SetItem {
            plan: selection_plan(),
            id: id(4),
            item: id(26),
            included: true,
        }));
        assert!(!left_out(&draft).items.contains(&id(26)));
        assert!(
            !draft.apply(ShareAction::SetItem {
                plan: selection_plan(),
                id: id(9),
                item: id(26),
                included: false,
            }),
            "no such recipient"
        );
    }

    #[test]
    fn including_one_item_of_a_left_out_life_area_keeps_the_rest_of_it_out() {
        let mut draft = with_nav_by_role();
        // "Stop drinking" (22) is in substance use, which NAV does not get; so is the AA
        // measure (25).
        assert!(draft.apply(ShareAction::SetItem {
            plan: selection_plan(),
            id: id(4),
            item: id(22),
            included: true,
        }));
        let leave_out = left_out(&draft);
        assert!(!leave_out.life_areas.contains(&LifeArea::SubstanceUse));
        assert!(!leave_out.items.contains(&id(22)));
        assert!(leave_out.items.contains(&id(25)), "the rest stays out");
        assert!(
            leave_out.life_areas.contains(&LifeArea::MentalHealth),
            "other areas untouched"
        );
    }

    #[test]
    fn a_life_area_is_switched_as_a_whole() {
        let mut draft = with_nav_by_role();
        draft.apply(ShareAction::SetItem {
            plan: selection_plan(),
            id: id(4),
            item: id(20),
            included: false,
        });
        assert!(draft.apply(ShareAction::SetLifeArea {
            plan: selection_plan(),
            id: id(4),
            area: LifeArea::Housing,
            included: false,
        }));
        let leave_out = left_out(&draft);
        assert!(leave_out.life_areas.contains(&LifeArea::Housing));
        assert!(!leave_out.items.contains(&id(20)), "the area holds it now");
        assert!(draft.apply(ShareAction::SetLifeArea {
            plan: selection_plan(),
            id: id(4),
            area: LifeArea::Housing,
            included: true,
        }));
        let leave_out = left_out(&draft);
        assert!(!leave_out.life_areas.contains(&LifeArea::Housing));
        assert!(!leave_out.items.contains(&id(20)), "all of it goes again");
        assert!(!draft.apply(ShareAction::SetLifeArea {
            plan: selection_plan(),
            id: id(4),
            area: LifeArea::Housing,
            included: true,
        }));
    }

    #[test]
    fn a_preset_reapplied_replaces_what_is_left_out() {
        let mut draft = with_nav_by_role();
        draft.apply(ShareAction::SetLifeArea {
            plan: selection_plan(),
            id: id(4),
            area: LifeArea::MentalHealth,
            included: true,
        });
        draft.apply(ShareAction::SetItem {
            plan: selection_plan(),
            id: id(4),
            item: id(20),
            included: false,
        });
        assert!(draft.apply(ShareAction::ApplyPreset {
            id: id(4),
            preset: RecipientPreset::Nav,
        }));
        assert_eq!(
            draft.recipient(&id(4)).unwrap().selection(),
            RecipientPreset::Nav.selection()
        );
        draft.apply(ShareAction::ApplyPreset {
            id: id(4),
            preset: RecipientPreset::Gp,
        });
        assert!(left_out(&draft).is_nothing());
    }

    #[test]
    fn a_year_later_handles_leap_days() {
        assert_eq!(
            one_year_after(&date("2028-02-29")),
            Some(date("2029-02-28"))
        );
        assert_eq!(
            one_year_after(&date("2026-11-22")),
            Some(date("2027-11-22"))
        );
    }
}
