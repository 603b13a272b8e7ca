//! A list of the plan bound to the plan store: the generic [`ListEditor`] fed with the list's
//! items and the network's people.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::ListEditor;
use crate::components::list_editor::member_choices;
use crate::forms::ListSpec;
use crate::hooks::{use_i18n, use_plan, use_plan_actions, use_today};
use crate::state::plan_fields::{ItemsJson, ListKind};
use ownplan_core::plan::Plan;

/// Properties of [`PlanList`].
#[derive(Properties, PartialEq)]
pub struct PlanListProps {
    /// Which list.
    pub spec: ListSpec,
}

/// Edits one list of the plan.
#[component]
pub fn PlanList(props: &PlanListProps) -> Html {
    let i18n = use_i18n();
    let today = use_today();
    let on_action = use_plan_actions();
    // The plan and its items as last rendered: unchanged items keep their objects.
    let last = use_mut_ref(|| None::<(Rc<Plan>, Rc<ItemsJson>)>);
    let (Some(store), Some(on_action)) = (use_plan(), on_action) else {
        return Html::default();
    };
    let plan = store.plan();
    let items = {
        let mut last = last.borrow_mut();
        let before = last.as_ref().map(|(plan, items)| (&**plan, &**items));
        let items = Rc::new(props.spec.list.items_since(plan, before));
        *last = Some((store.plan_rc(), items.clone()));
        items
    };
    let members = member_choices(plan, &i18n);
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
