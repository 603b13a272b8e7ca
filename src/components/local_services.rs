//! The host portal's local service directory (its crisis team, legevakt, NAV office, drop-in
//! centres) as ready choices: one pick adds the service, with its phone number and opening hours,
//! to the network or to the crisis plan's services. Shows nothing when the widget is not embedded
//! or the host gave no services.

use serde_json::{Map, Value};
use yew::prelude::*;

use crate::app::Embedding;
use crate::hooks::{new_item_id, use_i18n, use_plan};
use crate::state::plan::PlanAction;
use crate::state::plan_fields::ListKind;

/// Properties of [`LocalServicePicker`].
#[derive(Properties, PartialEq)]
pub struct LocalServicePickerProps {
    /// The list a chosen service is added to: the network or the crisis plan's services.
    pub list: ListKind,
}

/// A choice of the portal's services and an "Add" button.
#[component]
pub fn LocalServicePicker(props: &LocalServicePickerProps) -> Html {
    let i18n = use_i18n();
    let embedding = use_context::<Embedding>().unwrap_or_default();
    let chosen = use_state_eq(|| 0usize);
    let store = use_plan();
    let services = embedding.options.services.clone();
    let (Some(store), false) = (store, services.is_empty()) else {
        return Html::default();
    };
    let portal = embedding.options.portal_name.clone().unwrap_or_default();
    let list = props.list;
    let element_id = match list {
        ListKind::Network => "local-service-network",
        _ => "local-service-crisis",
    };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            chosen.set(select.value().parse().unwrap_or(0));
        })
    };
    let add = {
        let services = services.clone();
        let chosen = *chosen;
        let portal = portal.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(service) = services.get(chosen) else {
                return;
            };
            // `store.dispatch` normalizes the text to NFC.
            let text = |s: &str| Value::String(s.to_owned());
            let mut fields = Map::new();
            fields.insert("name".into(), text(&service.name));
            fields.insert("phone".into(), text(&service.phone));
            match list {
                ListKind::Network => {
                    fields.insert("organisation".into(), text(&portal));
                    fields.insert("reachable".into(), text(&service.opening_hours));
                    fields.insert("notes".into(), text(&service.note));
                }
                _ => {
                    fields.insert("openingHours".into(), text(&service.opening_hours));
                    fields.insert("note".into(), text(&service.note));
                }
            }
            fields.retain(|_, value| value.as_str().is_some_and(|s| !s.is_empty()));
            store.dispatch(PlanAction::AddItem {
                list,
                id: new_item_id(),
                fields,
            });
        })
    };
    let label = if portal.is_empty() {
        i18n.t("local-services-label")
    } else {
        i18n.t_with("local-services-label-named", &[("portal", &portal)])
    };
    html! {
        <div class="field preset-picker local-services">
            <label for={element_id}>{ label }</label>
            <div class="button-row">
                <select id={element_id} {onchange}>
                    { for services.iter().enumerate().map(|(index, service)| html! {
                        <option value={index.to_string()} selected={index == *chosen}>
                            { if service.phone.is_empty() { service.name.clone() } else { format!("{} – {}", service.name, service.phone) } }
                        </option>
                    }) }
                </select>
                <button type="button" class="button" id={format!("{element_id}-add")} onclick={add}>{ i18n.t("preset-add") }</button>
            </div>
        </div>
    }
}
