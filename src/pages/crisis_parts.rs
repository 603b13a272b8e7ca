//! The crisis plan: the way into its parts, the parts themselves, and the crisis card.

use ownplan_core::plan::{Plan, tel_uri};
use serde_json::{Map, Value};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{Embedding, Route};
use crate::components::fields::{LineField, LineKind};
use crate::components::{
    Heading, LocalServicePicker, PartLayout, PlanList, PlanObject, PlanTextField, PrintButton,
    ReadAloud,
};
use crate::forms::{self, NATIONAL_SERVICES};
use crate::hooks::{I18n, new_item_id, use_i18n, use_key_fingerprint, use_plan, use_print};
use crate::pages::safety::{self, HelpMessageButton};
use crate::state::plan::PlanAction;
use crate::state::plan_fields::{ListKind, TextField};
use crate::state::reach;

/// The crisis plan view: the way into each part, and the crisis card.
#[component]
pub fn CrisisPage() -> Html {
    let i18n = use_i18n();
    html! {
        <section aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t("page-crisis-title") }</Heading>
            <p class="intro">{ i18n.t("page-crisis-intro") }</p>
            <p>{ i18n.t("crisis-advisory") }</p>
            <Link<Route> to={Route::CrisisCard} classes="button button-primary">{ i18n.t("crisis-card-open") }</Link<Route>>
            <ul class="part-list">
                { for Route::CRISIS_PARTS.into_iter().map(|(route, key)| html! {
                    <li class="part">
                        <Link<Route> to={route} classes="part-link">{ i18n.t(&format!("page-{key}-title")) }</Link<Route>>
                        <p>{ i18n.t(&format!("page-{key}-intro")) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Warning signs, staged.
#[component]
pub fn SignsPage() -> Html {
    html! { <PartLayout part="signs"><PlanList spec={forms::WARNING_SIGNS} /></PartLayout> }
}

/// Triggers, what I do myself, what helps and what does not.
#[component]
pub fn HelpsPage() -> Html {
    html! {
        <PartLayout part="helps">
            <PlanTextField field={TextField::Triggers} id="helps-triggers" label_id="field-triggers" hint_id="hint-triggers" />
            <PlanTextField field={TextField::WhatIDoMyself} id="helps-myself" label_id="field-what-i-do-myself" />
            <PlanTextField field={TextField::WhatHelps} id="helps-helps" label_id="field-what-helps" />
            <PlanTextField field={TextField::WhatDoesNotHelp} id="helps-not" label_id="field-what-does-not-help" />
        </PartLayout>
    }
}

/// How to meet me.
#[component]
pub fn MeetPage() -> Html {
    html! { <PartLayout part="meet"><PlanObject spec={forms::HOW_TO_MEET_ME} /></PartLayout> }
}

/// Who to call, in order; who must not be contacted; services and crisis lines.
#[component]
pub fn ContactsPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="contacts">
            <Heading level={2}>{ i18n.t("heading-contacts") }</Heading>
            <PlanList spec={forms::CRISIS_CONTACTS} />
            <Heading level={2}>{ i18n.t("heading-do-not-contact") }</Heading>
            <p>{ i18n.t("do-not-contact-explain") }</p>
            <PlanList spec={forms::DO_NOT_CONTACT} />
            <Heading level={2}>{ i18n.t("heading-services") }</Heading>
            <NationalServicePicker />
            <LocalServicePicker list={ListKind::CrisisServices} />
            <PlanList spec={forms::CRISIS_SERVICES} />
        </PartLayout>
    }
}

/// Offers the national emergency numbers and helplines as ready choices.
#[component]
fn NationalServicePicker() -> Html {
    let i18n = use_i18n();
    let chosen = use_state(|| NATIONAL_SERVICES[0].key);
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(preset) = NATIONAL_SERVICES.iter().find(|p| p.key == select.value()) {
                chosen.set(preset.key);
            }
        })
    };
    let add = {
        let chosen = *chosen;
        Callback::from(move |_: MouseEvent| {
            let Some(preset) = NATIONAL_SERVICES.iter().find(|p| p.key == chosen) else {
                return;
            };
            let mut fields = Map::new();
            fields.insert(
                "name".into(),
                Value::String(i18n.t(preset.name_id).to_string()),
            );
            fields.insert("phone".into(), Value::String(preset.phone.to_owned()));
            fields.insert(
                "openingHours".into(),
                Value::String(i18n.t(preset.hours_id).to_string()),
            );
            store.dispatch(PlanAction::AddItem {
                list: ListKind::CrisisServices,
                id: new_item_id(),
                fields,
            });
        })
    };
    html! {
        <div class="field preset-picker">
            <label for="service-preset">{ i18n.t("preset-label") }</label>
            <div class="button-row">
                <select id="service-preset" {onchange}>
                    { for NATIONAL_SERVICES.iter().map(|preset| html! {
                        <option value={preset.key} selected={preset.key == *chosen}>
                            { format!("{} – {}", i18n.t(preset.name_id), preset.phone) }
                        </option>
                    }) }
                </select>
                <button type="button" class="button" id="service-preset-add" onclick={add}>{ i18n.t("preset-add") }</button>
            </div>
        </div>
    }
}

/// The user-controlled admission agreement.
#[component]
pub fn AdmissionPage() -> Html {
    html! { <PartLayout part="admission"><PlanObject spec={forms::ADMISSION} /></PartLayout> }
}

/// Treatment wishes and refusals.
#[component]
pub fn TreatmentPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="treatment">
            <p class="notice">{ i18n.t("treatment-advisory") }</p>
            <Heading level={2}>{ i18n.t("heading-medicines-help") }</Heading>
            <PlanList spec={forms::MEDICINES_THAT_HELP} />
            <Heading level={2}>{ i18n.t("heading-medicines-avoid") }</Heading>
            <PlanList spec={forms::MEDICINES_TO_AVOID} />
            <Heading level={2}>{ i18n.t("heading-treatment-wishes") }</Heading>
            <PlanObject spec={forms::TREATMENT} />
        </PartLayout>
    }
}

/// Practical matters: children, pets, home and keys, bills, work or school.
#[component]
pub fn PracticalPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="practical">
            { for forms::PRACTICAL.iter().map(|(spec, heading_id)| html! {
                <>
                    <Heading level={2}>{ i18n.t(heading_id) }</Heading>
                    <PlanObject spec={*spec} />
                </>
            }) }
        </PartLayout>
    }
}

/// After the crisis.
#[component]
pub fn AfterPage() -> Html {
    html! { <PartLayout part="after"><PlanObject spec={forms::AFTER_CRISIS} /></PartLayout> }
}

/// The crisis plan's services and crisis lines on the card (a portal's local services land
/// here when the person picks them): each as a call button, with its opening hours and note,
/// so the person sees at once whether it is open now.
fn card_services(i18n: &I18n, plan: &Plan) -> Vec<Html> {
    plan.crisis_plan
        .services
        .iter()
        .filter(|service| !service.name.is_blank() || !service.phone.is_blank())
        .map(|service| {
            let (name, phone) = (service.name.as_str(), service.phone.as_str());
            let label = if phone.trim().is_empty() {
                name.to_owned()
            } else {
                i18n.t_with("card-call", &[("name", name), ("phone", phone)])
                    .to_string()
            };
            html! {
                <li>
                    { call(label, phone, "call-service") }
                    if !service.opening_hours.is_blank() {
                        <p class="card-when">{ i18n.t_with("card-service-hours", &[("hours", service.opening_hours.as_str())]) }</p>
                    }
                    if !service.note.is_blank() {
                        <p class="card-when card-text">{ service.note.as_str() }</p>
                    }
                </li>
            }
        })
        .collect()
}

/// A call button when the number can be dialled, else the number as text.
fn call(label: String, phone: &str, class: &'static str) -> Html {
    let label = with_unbroken_number(&label, phone);
    match tel_uri(phone) {
        Some(uri) => html! { <a class={classes!("call", class)} href={uri}>{ label }</a> },
        None => html! { <p class={classes!("call", class)}>{ label }</p> },
    }
}

/// The label with the phone number in a `call-number` span, which the css keeps on one line:
/// a number broken across two lines is easily misread in a crisis. Words typed in the number
/// field ("after 4 pm") are not a number and may wrap like any text.
fn with_unbroken_number(label: &str, phone: &str) -> Html {
    let parts = looks_like_a_number(phone)
        .then(|| split_around(label, phone))
        .flatten();
    match parts {
        Some((before, after)) => html! {
            <>{ before.to_owned() }<span class="call-number">{ phone.to_owned() }</span>{ after.to_owned() }</>
        },
        None => html! { { label.to_owned() } },
    }
}

/// Digits with the usual separators (`+47 22 59 13 00`, `(+47) 915-00-002`), and at most a
/// telephone's length, so a whole line of it fits on a phone's screen.
fn looks_like_a_number(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    (1..=20).contains(&digits)
        && phone.chars().count() <= 24
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
}

/// The text before and after the last `part` in `text`; `None` when `part` is empty or absent.
fn split_around<'a>(text: &'a str, part: &str) -> Option<(&'a str, &'a str)> {
    if part.trim().is_empty() {
        return None;
    }
    let start = text.rfind(part)?;
    Some((text.get(..start)?, text.get(start + part.len()..)?))
}

/// Asks for the person's name right on the card when it is missing, so no card is printed
/// without it. Once the person starts typing, the field stays until they leave the view
/// (hiding it after the first letter would take the focus away).
#[component]
fn CardNamePrompt() -> Html {
    let i18n = use_i18n();
    let typed_here = use_state_eq(|| false);
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let name = store.plan().owner.name.as_str().to_owned();
    let missing = name.trim().is_empty();
    if !missing && !*typed_here {
        return Html::default();
    }
    let on_change = {
        let typed_here = typed_here.clone();
        Callback::from(move |value: String| {
            typed_here.set(true);
            store.dispatch(PlanAction::SetText {
                field: TextField::OwnerName,
                value,
            });
        })
    };
    html! {
        <div class="card-name-prompt no-print no-read" id="card-name-prompt">
            if missing {
                <p>{ i18n.t("card-name-missing") }</p>
            }
            <LineField id="card-name" label_id="field-owner-name" value={AttrValue::from(name)} {on_change} kind={LineKind::OwnName} />
        </div>
    }
}

/// The crisis card: one calm screen for the moment of crisis, and its printable forms.
#[component]
pub fn CrisisCardPage() -> Html {
    let i18n = use_i18n();
    let print = use_print().reform(|_: MouseEvent| ());
    // In a portal's page nothing can be printed: the way to the whole plan is named as a view.
    let embedded = use_context::<Embedding>().is_some_and(|embedding| embedding.embedded);
    let whole_plan_id = if embedded {
        "print-title"
    } else {
        "print-whole-plan"
    };
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let crisis = &plan.crisis_plan;
    let contacts: Vec<Html> = crisis
        .contacts
        .iter()
        .take(3)
        .enumerate()
        .filter_map(|(n, contact)| {
            let (name, phone) = reach::name_and_number(plan, contact.who.as_ref(), &contact.phone);
            if name.is_empty() && phone.is_empty() {
                return None;
            }
            let label = i18n.t_with("card-call", &[("name", &name), ("phone", &phone)]);
            let class = if n == 0 { "call-first" } else { "call-next" };
            Some(html! {
                <li>
                    { call(label.to_string(), &phone, class) }
                    if !contact.when_to_call.is_blank() {
                        <p class="card-when">{ contact.when_to_call.as_str() }</p>
                    }
                </li>
            })
        })
        .collect();
    let services = card_services(&i18n, plan);
    let section = |heading_id: &str, text: &str| {
        (!text.trim().is_empty()).then(|| {
            html! {
                <section class="card-section">
                    <Heading level={2}>{ i18n.t(heading_id) }</Heading>
                    <p class="card-text">{ text.to_owned() }</p>
                </section>
            }
        })
    };
    let card_name = if plan.owner.name.is_blank() {
        i18n.t("card-title")
    } else {
        i18n.t_with("card-title-of", &[("name", plan.owner.name.as_str())])
    };
    html! {
        <section class="crisis-card" id="crisis-card" aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ card_name }</Heading>
            <CardNamePrompt />
            <ReadAloud target="crisis-card" />
            { safety::card_reasons(&i18n, plan) }
            <HelpMessageButton on_card=true />
            <Heading level={2}>{ i18n.t("card-who-to-call") }</Heading>
            if contacts.is_empty() {
                <p>{ i18n.t("card-no-contacts") }</p>
            }
            <ol class="card-contacts">{ for contacts }</ol>
            { call(i18n.t("card-emergency").to_string(), "113", "call-emergency") }
            if !services.is_empty() {
                <section class="card-section" id="card-services">
                    <Heading level={2}>{ i18n.t("heading-services") }</Heading>
                    <ul class="card-service-list">{ for services }</ul>
                </section>
            }
            { for section("card-what-helps", crisis.what_helps.as_str()) }
            { for section("card-what-i-do", crisis.what_i_do_myself.as_str()) }
            { safety::card_safer_steps(&i18n, plan) }
            { for section("card-how-to-meet-me", crisis.how_to_meet_me.staff.as_str()) }
            <div class="button-row no-print">
                <PrintButton id="card-print" label_id="card-print" onclick={print} />
                <Link<Route> to={Route::CrisisWallet} classes="button">{ i18n.t("wallet-open") }</Link<Route>>
                <Link<Route> to={Route::PrintPlan} classes="button">{ i18n.t(whole_plan_id) }</Link<Route>>
            </div>
        </section>
    }
}

/// The crisis card as a folded wallet card: two panels of 85 × 55 mm side by side, printed on
/// A4, cut along the dashed line and folded in the middle. When the person has a key, the card
/// carries its fingerprint, so a professional can compare a signed copy with it even when the
/// person has no phone with them.
#[component]
pub fn WalletCardPage() -> Html {
    let i18n = use_i18n();
    let print = use_print().reform(|_: MouseEvent| ());
    // How to print and fold it, unless it cannot be printed here (a portal's page).
    let embedded = use_context::<Embedding>().is_some_and(|embedding| embedding.embedded);
    let fingerprint = use_key_fingerprint();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let crisis = &plan.crisis_plan;
    let calls: Vec<Html> = crisis
        .contacts
        .iter()
        .take(2)
        .filter_map(|contact| {
            let (name, phone) = reach::name_and_number(plan, contact.who.as_ref(), &contact.phone);
            (!name.is_empty() || !phone.is_empty()).then(|| {
                let label = i18n.t_with("card-call", &[("name", &name), ("phone", &phone)]);
                html! { <li>{ with_unbroken_number(&label, &phone) }</li> }
            })
        })
        .collect();
    // The person's reasons and safer steps, in a line each (the card's panel is small).
    let reasons = safety::written_reasons(plan);
    let safer: Vec<&str> = crisis
        .safer_surroundings
        .iter()
        .map(|step| step.action.as_str().trim())
        .filter(|action| !action.is_empty())
        .collect();
    // The first two services with their numbers and opening hours (their notes do not fit).
    let wallet_services = crisis
        .services
        .iter()
        .filter(|service| !service.name.is_blank() || !service.phone.is_blank())
        .take(2)
        .map(|service| {
            let hours = service.opening_hours.as_str();
            let label = if service.phone.is_blank() {
                service.name.as_str().to_owned()
            } else {
                i18n.t_with(
                    "card-call",
                    &[
                        ("name", service.name.as_str()),
                        ("phone", service.phone.as_str()),
                    ],
                )
                .to_string()
            };
            html! {
                <p class="wallet-service">
                    { with_unbroken_number(&label, service.phone.as_str()) }
                    if !service.opening_hours.is_blank() {
                        { " (" }{ hours.to_owned() }{ ")" }
                    }
                </p>
            }
        });
    html! {
        <section aria-labelledby="page-title">
            <Heading level={1} id="page-title" class="no-print">{ i18n.t("wallet-title") }</Heading>
            if !embedded {
                <p class="no-print">{ i18n.t("wallet-explain") }</p>
            }
            <CardNamePrompt />
            <div class="wallet">
                <div class="wallet-panel">
                    <p class="wallet-heading">{ i18n.t("card-title") }</p>
                    if !plan.owner.name.is_blank() {
                        <p class="wallet-name">{ plan.owner.name.as_str() }</p>
                    }
                    <ul class="wallet-calls">{ for calls }</ul>
                    <p class="wallet-emergency">{ i18n.t("card-emergency") }</p>
                    if let Some(fingerprint) = fingerprint {
                        <p class="wallet-key" id="wallet-fingerprint">{ i18n.t("key-fingerprint-compare") }{ " " }<span class="key-fingerprint-inline">{ fingerprint.clone() }</span></p>
                    }
                </div>
                <div class="wallet-panel">
                    if !reasons.is_empty() {
                        <p class="wallet-reasons"><strong>{ i18n.t("card-reasons") }</strong>{ ": " }{ reasons.join("; ") }</p>
                    }
                    if !crisis.what_helps.is_blank() {
                        <p><strong>{ i18n.t("card-what-helps") }</strong>{ ": " }{ crisis.what_helps.as_str() }</p>
                    }
                    if !crisis.how_to_meet_me.staff.is_blank() {
                        <p><strong>{ i18n.t("card-how-to-meet-me") }</strong>{ ": " }{ crisis.how_to_meet_me.staff.as_str() }</p>
                    }
                    if !safer.is_empty() {
                        <p class="wallet-safer"><strong>{ i18n.t("card-safer") }</strong>{ ": " }{ safer.join("; ") }</p>
                    }
                    { for wallet_services }
                </div>
            </div>
            <div class="button-row no-print">
                <PrintButton id="wallet-print" label_id="wallet-print" primary=true onclick={print} />
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::{looks_like_a_number, split_around};

    #[test]
    fn only_numbers_are_kept_whole() {
        assert!(looks_like_a_number("+47 22 59 13 00"));
        assert!(looks_like_a_number("113"));
        assert!(looks_like_a_number("(+47) 915-00-002"));
        assert!(!looks_like_a_number("ring etter kl 16 på hverdager"));
        assert!(!looks_like_a_number(""));
        assert!(!looks_like_a_number("1 2 3 4 5 6 7 8 9 0 1 2 3"));
    }

    #[test]
    fn the_number_is_found_in_its_label() {
        let label = "Ring \u{2068}Kari\u{2069}: \u{2068}+47 22 59 13 00\u{2069}";
        assert_eq!(
            split_around(label, "+47 22 59 13 00"),
            Some(("Ring \u{2068}Kari\u{2069}: \u{2068}", "\u{2069}"))
        );
        // A name that holds the number still leaves the number itself to the span.
        assert_eq!(
            split_around("Call 113: 113", "113"),
            Some(("Call 113: ", ""))
        );
        assert_eq!(split_around("Call Kari", ""), None);
        assert_eq!(split_around("Call Kari", "999"), None);
    }
}
