//! A list of the plan bound to the plan store: the generic [`ListEditor`] fed with the list's
//! items and the network's people.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::ListEditor;
use crate::components::list_editor::{MemberChoices, member_choices};
use crate::forms::ListSpec;
use crate::hooks::{use_i18n, use_plan, use_plan_actions, use_today};
use crate::i18n::Language;
use crate::state::plan_fields::{ItemsJson, ListKind};
use ownplan_core::plan::Plan;

/// Properties of [`PlanList`].
#[derive(Properties, PartialEq)]
pub struct PlanListProps {
    /// Which list.
    pub spec: ListSpec,
}

/// What [`PlanList`] rendered last.
struct LastRendered {
    plan: Rc<Plan>,
    items: Rc<ItemsJson>,
    members: MemberChoices,
    language: Language,
}

/// Edits one list of the plan.
#[component]
pub fn PlanList(props: &PlanListProps) -> Html {
    let i18n = use_i18n();
    let today = use_today();
    let on_action = use_plan_actions();
    // The plan, its items and the network's people as last rendered: unchanged items keep
    // their objects, and the people are named again only when the network or the language
    // changed (not on every keystroke in another list).
    let last = use_mut_ref(|| None::<LastRendered>);
    let (Some(store), Some(on_action)) = (use_plan(), on_action) else {
        return Html::default();
    };
    let plan = store.plan();
    let (items, members) = {
        let mut last = last.borrow_mut();
        let before = last.as_ref().map(|last| (&*last.plan, &*last.items));
        let items = Rc::new(props.spec.list.items_since(plan, before));
        let members = match &*last {
            Some(last) if last.language == i18n.language && last.plan.network == plan.network => {
                last.members.clone()
            }
            _ => member_choices(plan, &i18n),
        };
        *last = Some(LastRendered {
            plan: store.plan_rc(),
            items: items.clone(),
            members: members.clone(),
            language: i18n.language,
        });
        (items, members)
    };
    // Overdue agreements stand out in their list, as on the home view.
    let flagged: Rc<Vec<String>> = Rc::new(match (props.spec.list, &today) {
        (ListKind::Agreements, Some(today)) => plan
            .individual_plan
            .agreements
            .iter()
            .filter(|a| a.is_overdue(today))
            .map(|a| a.id.as_str().to_owned())
            .collect(),
        _ => Vec::new(),
    });
    html! { <ListEditor spec={props.spec} {items} {members} {on_action} {flagged} /> }
}
