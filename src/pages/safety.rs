//! The crisis plan's safety steps (the safety-plan model of the Directorate of Health's guidance,
//! *sikkerhetsplan*): what makes life worth living, making my surroundings safer, and the message
//! that asks for help; their parts, and their pieces of the crisis card.
//!
//! The help message is sent by the phone's own messaging app: the card's button is an `sms:` link
//! (`state::help_message`) with the numbers and the text filled in, and the person presses "send"
//! there. Where nothing opens (a computer, a tablet without text messages), the card says so
//! after a moment and shows the text and numbers to send another way.

use ownplan_core::plan::{PersonRef, Plan};
use yew::prelude::*;

use crate::components::{Heading, PartLayout, PlanList, PlanTextField};
use crate::forms;
use crate::hooks::{I18n, use_i18n, use_nothing_opened, use_plan};
use crate::state::help_message::ReadyMessage;
use crate::state::plan::PlanAction;
use crate::state::plan_fields::TextField;

/// What makes life worth living, in the person's own words.
#[component]
pub fn ReasonsPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="reasons">
            <p>{ i18n.t("reasons-explain") }</p>
            <PlanList spec={forms::REASONS_FOR_LIVING} />
        </PartLayout>
    }
}

/// Making my surroundings safer: why it helps, said gently, then the steps.
#[component]
pub fn SaferPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="safer">
            <p>{ i18n.t("safer-explain") }</p>
            <PlanList spec={forms::SAFER_SURROUNDINGS} />
        </PartLayout>
    }
}

/// The message that asks for help: its words (with a suggestion one tap away), who gets it,
/// and the button as the crisis card shows it.
#[component]
pub fn HelpMessagePage() -> Html {
    let i18n = use_i18n();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let empty = store.plan().crisis_plan.help_message.text.is_blank();
    let use_suggestion = {
        let store = store.clone();
        let suggestion = i18n.t("help-message-suggestion").to_string();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(PlanAction::SetText {
                field: TextField::HelpMessageText,
                value: suggestion.clone(),
            });
        })
    };
    html! {
        <PartLayout part="message">
            <PlanTextField field={TextField::HelpMessageText} id="help-message-text" label_id="field-help-message-text" hint_id="hint-help-message-text" />
            if empty {
                <p class="help-message-suggestion">
                    { i18n.t("help-message-suggestion-offer") }{ " " }
                    <q>{ i18n.t("help-message-suggestion") }</q>{ " " }
                    <button type="button" class="button" id="help-message-use-suggestion" onclick={use_suggestion}>{ i18n.t("help-message-use-suggestion") }</button>
                </p>
            }
            <Heading level={2}>{ i18n.t("heading-help-recipients") }</Heading>
            <PlanList spec={forms::HELP_RECIPIENTS} />
            <Heading level={2}>{ i18n.t("heading-help-message-on-card") }</Heading>
            <p>{ i18n.t("help-message-how-it-works") }</p>
            <HelpMessageButton />
        </PartLayout>
    }
}

/// Properties of [`HelpMessageButton`].
#[derive(Properties, PartialEq)]
pub struct HelpMessageButtonProps {
    /// On the crisis card: under a heading, and nothing at all while the message is not ready.
    #[prop_or_default]
    pub on_card: bool,
}

/// The button that opens the phone's messaging app with the help message, the text it sends
/// and who gets it; or, when the message is not ready, what is missing (not on the card). Not
/// printed: paper cannot open an app (the whole plan's print lists the message and who gets it).
#[component]
pub fn HelpMessageButton(props: &HelpMessageButtonProps) -> Html {
    let i18n = use_i18n();
    let (nothing_opened, onclick) = use_nothing_opened();
    let Some(store) = use_plan() else {
        return Html::default();
    };
    let plan = store.plan();
    let Some(ready) = ReadyMessage::of(plan) else {
        if props.on_card {
            return Html::default();
        }
        let missing_id = if plan.crisis_plan.help_message.text.is_blank() {
            "help-message-missing-text"
        } else {
            "help-message-missing-number"
        };
        return html! { <p class="help-message-missing" id="help-message-missing">{ i18n.t(missing_id) }</p> };
    };
    let names = names_of(&i18n, &ready);
    let numbers: Vec<String> = ready
        .addressees
        .iter()
        .map(|a| {
            if a.name.trim().is_empty() || a.phone.trim().is_empty() {
                a.label().to_owned()
            } else {
                format!("{} ({})", a.name, a.phone)
            }
        })
        .collect();
    let left_out: Vec<&str> = ready.left_out().map(|a| a.label()).collect();
    html! {
        <div class="help-message card-section no-print" id="help-message">
            if props.on_card {
                <Heading level={2}>{ i18n.t("card-help-message") }</Heading>
            }
            <a class="call help-message-send no-read" id="help-message-send" href={ready.link.clone()} {onclick}>
                { i18n.t_with("help-message-send", &[("names", &names)]) }
            </a>
            <p class="card-when card-text help-message-text">{ i18n.t_with("help-message-says", &[("text", &ready.text)]) }</p>
            if !left_out.is_empty() {
                <p class="card-when">{ i18n.t_with("help-message-no-number", &[("names", &left_out.join(", "))]) }</p>
            }
            // A live region that is there from the start, so the words that appear in it are
            // announced.
            <div role="status" id="help-message-status">
                if nothing_opened {
                    <div class="notice help-message-nothing-opened" id="help-message-nothing-opened">
                        <p>{ i18n.t("help-message-nothing-opened") }</p>
                        <p class="card-text">{ ready.text.clone() }</p>
                        <p>{ numbers.join(", ") }</p>
                    </div>
                }
            </div>
        </div>
    }
}

/// The names the message goes to, for the button ("Per Olsen and Mamma").
fn names_of(i18n: &I18n, ready: &ReadyMessage) -> String {
    let names: Vec<&str> = ready
        .addressees
        .iter()
        .filter(|a| a.dialable.is_some())
        .map(|a| a.label())
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => i18n
            .t_with(
                "help-message-names",
                &[("first", rest.join(", ").as_str()), ("last", last)],
            )
            .to_string(),
    }
}

/// Who a person reference names, for the card: the network member's name, the typed name, or
/// "me".
fn person_name(i18n: &I18n, plan: &Plan, who: Option<&PersonRef>) -> Option<String> {
    match who? {
        PersonRef::Me => Some(i18n.t("choice-person-me").to_string()),
        PersonRef::Member(id) => plan.member(id).map(|m| m.name.as_str().to_owned()),
        PersonRef::Typed(text) => Some(text.as_str().to_owned()),
    }
    .filter(|name| !name.trim().is_empty())
}

/// The reasons for living the person has written (blank items left out), for the cards.
pub fn written_reasons(plan: &Plan) -> Vec<&str> {
    plan.crisis_plan
        .reasons_for_living
        .iter()
        .map(|reason| reason.reason.as_str())
        .filter(|reason| !reason.trim().is_empty())
        .collect()
}

/// The card's "what makes my life worth living", near its top; nothing when there is none.
pub fn card_reasons(i18n: &I18n, plan: &Plan) -> Html {
    let reasons = written_reasons(plan);
    if reasons.is_empty() {
        return Html::default();
    }
    html! {
        <section class="card-section card-reasons" id="card-reasons">
            <Heading level={2}>{ i18n.t("card-reasons") }</Heading>
            <ul class="card-reason-list">
                { for reasons.into_iter().map(|reason| html! { <li class="card-text">{ reason.to_owned() }</li> }) }
            </ul>
        </section>
    }
}

/// The card's steps that make the surroundings safer, each with its stage and who helps.
pub fn card_safer_steps(i18n: &I18n, plan: &Plan) -> Html {
    let steps: Vec<Html> = plan
        .crisis_plan
        .safer_surroundings
        .iter()
        .filter(|step| !step.action.is_blank())
        .map(|step| {
            let who = person_name(i18n, plan, step.who.as_ref());
            html! {
                <li>
                    <p class="card-text">{ step.action.as_str() }</p>
                    <p class="card-when">
                        { i18n.t(step.stage.label_id()) }
                        if let Some(who) = who {
                            { " · " }{ i18n.t_with("card-safer-who", &[("name", &who)]) }
                        }
                    </p>
                </li>
            }
        })
        .collect();
    if steps.is_empty() {
        return Html::default();
    }
    html! {
        <section class="card-section card-safer" id="card-safer">
            <Heading level={2}>{ i18n.t("card-safer") }</Heading>
            <ul class="card-safer-list">{ for steps }</ul>
        </section>
    }
}
