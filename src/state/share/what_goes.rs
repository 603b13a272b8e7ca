//! What goes to one recipient, in the words the share view uses: the items of each chosen part
//! to tick one by one (the core's [`choosable_items`], grouped by the part that shares them), the
//! life areas to switch as a whole, and the counts behind the plain line "Goals: 3 of 7".
//!
//! Everything here is derived from the plan and the recipient's selection with the core's own
//! rules ([`plan_for_selection`], [`section_parts`]), so what the view counts is what the
//! document will hold.

use ownplan_core::document::{
    ChoosableItem, Selection, choosable_items, plan_for_selection, section_parts,
};
use ownplan_core::plan::{ItemId, LifeArea, Plan, Section};

/// The items of one part a recipient gets, to choose from.
#[derive(Clone, Debug, PartialEq)]
pub struct PartItems {
    /// The part (section) that shares them; `None` for the network members who go along only
    /// because a chosen item names them (the network part itself is not chosen).
    pub section: Option<Section>,
    /// The items, in plan order, each with whether it goes.
    pub items: Vec<(ChoosableItem, bool)>,
    /// How many of them go.
    pub kept: usize,
}

/// One life area among the items a recipient's parts hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaChoice {
    /// The life area.
    pub area: LifeArea,
    /// How many items of the chosen parts are in it.
    pub items: usize,
    /// Whether it is switched on (not left out as a whole).
    pub included: bool,
}

/// What goes to one recipient.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatGoes {
    /// The chosen parts that hold items, in the standard order, then the people who go along.
    pub parts: Vec<PartItems>,
    /// The life areas the items of the chosen parts are in, in the standard order.
    pub areas: Vec<AreaChoice>,
}

impl WhatGoes {
    /// What `selection` (a recipient's) gets of `plan`.
    pub fn of(plan: &Plan, selection: &Selection) -> Self {
        let sections = &selection.sections;
        let all = choosable_items(plan, sections);
        let kept = choosable_items(&plan_for_selection(plan, selection), sections);
        // What goes is a subsequence of what could go (a selection only removes items, and
        // both lists are in plan order), so one walk pairs them: no set to build.
        let mut kept = kept.into_iter().map(|item| item.id).peekable();
        // Each item with whether it goes and the chosen part it is in (found once per item).
        let mut going = Vec::with_capacity(all.len());
        for item in &all {
            let goes = kept.next_if(|id| *id == item.id).is_some();
            let place = section_of_list(item.list).filter(|s| sections.contains(s));
            going.push((item, goes, place));
        }
        // The chosen parts in the standard order, then the people who go along.
        let mut parts: Vec<PartItems> = Vec::new();
        for section in Section::ALL.map(Some).into_iter().chain([None]) {
            let mut part = PartItems {
                section,
                items: Vec::new(),
                kept: 0,
            };
            for (item, goes, _) in going.iter().filter(|(_, _, place)| *place == section) {
                part.items.push(((*item).clone(), *goes));
                part.kept += usize::from(*goes);
            }
            if !part.items.is_empty() {
                parts.push(part);
            }
        }
        let areas = LifeArea::ALL
            .into_iter()
            .filter_map(|area| {
                let items = all
                    .iter()
                    .filter(|item| item.life_area == Some(area))
                    .count();
                (items > 0).then(|| AreaChoice {
                    area,
                    items,
                    included: !selection.leave_out.life_areas.contains(&area),
                })
            })
            .collect();
        WhatGoes { parts, areas }
    }

    /// The ids of every item that goes, part by part.
    pub fn going(&self) -> impl Iterator<Item = &ItemId> {
        self.parts
            .iter()
            .flat_map(|part| part.items.iter())
            .filter(|(_, goes)| *goes)
            .map(|(item, _)| &item.id)
    }

    /// Whether everything the chosen parts hold goes.
    pub fn everything(&self) -> bool {
        self.parts.iter().all(|part| part.kept == part.items.len())
    }

    /// The items of `section` (or of the people who go along, for `None`).
    pub fn part(&self, section: Option<Section>) -> Option<&PartItems> {
        self.parts.iter().find(|part| part.section == section)
    }

    /// The life areas switched on, when at least one of those present is switched off (else
    /// `None`: the life areas do not narrow anything).
    pub fn kept_areas(&self) -> Option<Vec<LifeArea>> {
        self.areas.iter().any(|area| !area.included).then(|| {
            self.areas
                .iter()
                .filter(|area| area.included)
                .map(|area| area.area)
                .collect()
        })
    }
}

/// The section that shares the plan list at `list` (a path such as `individualPlan.goals` or
/// `crisisPlan.treatment.medicinesThatHelp`), by the core's [`section_parts`].
pub fn section_of_list(list: &str) -> Option<Section> {
    Section::ALL.into_iter().find(|section| {
        section_parts(*section).iter().any(|part| {
            list == *part
                || list
                    .strip_prefix(part)
                    .is_some_and(|rest| rest.starts_with('.'))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::ShareAction;
    use crate::state::share::tests::{draft, id, selection_plan};
    use ownplan_core::document::RecipientPreset;

    #[test]
    fn every_list_a_person_can_choose_from_belongs_to_a_section() {
        for (list, section) in [
            ("individualPlan.goals", Section::Goals),
            ("individualPlan.needs", Section::ResourcesAndNeeds),
            ("individualPlan.revisionLog", Section::RevisionLog),
            ("network", Section::Network),
            ("crisisPlan.doNotContact", Section::CrisisContacts),
            (
                "crisisPlan.treatment.medicinesToAvoid",
                Section::TreatmentWishes,
            ),
        ] {
            assert_eq!(section_of_list(list), Some(section), "{list}");
        }
        assert_eq!(section_of_list("individualPlan.goalsX"), None);
    }

    #[test]
    fn nav_starts_with_housing_money_and_work_and_the_counts_say_so() {
        let plan = selection_plan();
        let mut draft = draft();
        draft.apply(ShareAction::AddTyped {
            id: id(40),
            name: "NAV".into(),
            preset: Some(RecipientPreset::Nav),
        });
        let nav = draft.recipient(&id(40)).unwrap();
        let goes = WhatGoes::of(&plan, &nav.selection());
        let goals = goes.part(Some(Section::Goals)).unwrap();
        assert_eq!(goals.items.len(), 4);
        assert_eq!(
            goals.kept, 2,
            "housing and money, not substance use nor mental health"
        );
        assert!(!goes.everything());
        assert_eq!(
            goes.kept_areas(),
            Some(vec![LifeArea::Housing, LifeArea::Money])
        );
        // The housing and money goals, the housing measure, and the AA agreement (agreements
        // have no life area: the person leaves it out by hand).
        let going: Vec<&ItemId> = goes.going().collect();
        assert_eq!(going, [&id(20), &id(21), &id(24), &id(26)]);

        draft.apply(ShareAction::SetItem {
            plan: plan.clone(),
            id: id(40),
            item: id(26),
            included: false,
        });
        let goes = WhatGoes::of(&plan, &draft.recipient(&id(40)).unwrap().selection());
        let agreements = goes.part(Some(Section::Agreements)).unwrap();
        assert_eq!((agreements.items.len(), agreements.kept), (1, 0));
        assert!(!agreements.items[0].1);
    }
}
