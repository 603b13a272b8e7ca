//! A plan shown read-only, part by part, with only the parts that hold something: the print
//! view, the share preview (what a recipient will see) and the verify view (what was verified)
//! all show a plan through [`PlanDocument`], so the three never differ.

use std::rc::Rc;

use ownplan_core::plan::Plan;
use serde_json::{Map, Value};
use yew::prelude::*;

use crate::components::Heading;

use crate::components::list_editor::{MemberChoices, display_value, member_choices};
use crate::forms::{self, FieldSpec, ListSpec, ObjectSpec};
use crate::hooks::{I18n, use_i18n};
use crate::state::dates;
use crate::state::plan_fields::TextField;

/// One list: a heading and each item as label–value pairs.
fn print_list(
    i18n: &I18n,
    plan: &Plan,
    heading_id: &str,
    spec: ListSpec,
    members: &MemberChoices,
) -> Html {
    let items = spec.list.items(plan);
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class="print-block">
            <Heading level={3}>{ i18n.t(heading_id) }</Heading>
            { for items.iter().map(|item| print_fields(i18n, item, spec.fields, members)) }
        </section>
    }
}

fn print_fields(
    i18n: &I18n,
    values: &Map<String, Value>,
    fields: &[FieldSpec],
    members: &MemberChoices,
) -> Html {
    let rows: Vec<Html> = fields
        .iter()
        .filter_map(|field| {
            display_value(values, field, i18n, members).map(|text| {
                html! {
                    <>
                        <dt>{ i18n.t(field.label_id) }</dt>
                        <dd>{ text }</dd>
                    </>
                }
            })
        })
        .collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! { <dl class="print-item">{ for rows }</dl> }
}

fn print_object(
    i18n: &I18n,
    plan: &Plan,
    heading_id: &str,
    spec: ObjectSpec,
    members: &MemberChoices,
) -> Html {
    let values = spec.object.get(plan);
    let fields = print_fields(i18n, &values, spec.fields, members);
    if fields == Html::default() {
        return Html::default();
    }
    html! { <section class="print-block"><Heading level={3}>{ i18n.t(heading_id) }</Heading>{ fields }</section> }
}

fn print_texts(i18n: &I18n, plan: &Plan, heading_id: &str, fields: &[(TextField, &str)]) -> Html {
    let rows: Vec<Html> = fields
        .iter()
        .filter(|(field, _)| !field.get(plan).is_blank())
        .map(|(field, label_id)| {
            html! {
                <><dt>{ i18n.t(label_id) }</dt><dd>{ field.get(plan).as_str().to_owned() }</dd></>
            }
        })
        .collect();
    if rows.is_empty() {
        return Html::default();
    }
    html! { <section class="print-block"><Heading level={3}>{ i18n.t(heading_id) }</Heading><dl class="print-item">{ for rows }</dl></section> }
}

/// Properties of [`PlanDocument`].
#[derive(Properties, PartialEq)]
pub struct PlanDocumentProps {
    /// The plan to show.
    pub plan: Rc<Plan>,
}

/// The plan, read-only: the individual plan, then the crisis plan (on a new printed page), each
/// only when it holds something.
#[component]
pub fn PlanDocument(props: &PlanDocumentProps) -> Html {
    let i18n = use_i18n();
    let plan: &Plan = &props.plan;
    let members: MemberChoices = member_choices(plan, &i18n);
    let period = &plan.individual_plan.period;
    let dates: Vec<(&str, &str, String)> = [
        (
            "field-period-from",
            "plan-document-summary-from",
            period.from.as_ref(),
        ),
        (
            "field-period-to",
            "plan-document-summary-to",
            period.to.as_ref(),
        ),
        (
            "field-review-date",
            "plan-document-summary-review",
            period.review_date.as_ref(),
        ),
    ]
    .into_iter()
    .filter_map(|(id, summary_id, d)| {
        d.map(|d| (id, summary_id, dates::long_date(i18n.language, d)))
    })
    .collect();
    // Which date is which, in one line at the top: the plan's period and its review.
    let summary = dates
        .iter()
        .map(|(_, summary_id, d)| i18n.t_with(summary_id, &[("date", d)]).to_string())
        .collect::<Vec<_>>()
        .join(" · ");
    let individual = html! {
        <>
            if !summary.is_empty() {
                <p class="plan-document-dates" id="plan-document-dates">{ summary }</p>
            }
            { print_texts(&i18n, plan, "page-about-title", &[
                (TextField::OwnerName, "field-owner-name"),
                (TextField::OwnerPhone, "field-owner-phone"),
                (TextField::MyStory, "field-my-story"),
                (TextField::WhatMattersToMe, "field-what-matters"),
            ]) }
            { print_list(&i18n, plan, "page-goals-title", forms::GOALS, &members) }
            { print_list(&i18n, plan, "heading-resources", forms::RESOURCES, &members) }
            { print_list(&i18n, plan, "heading-needs", forms::NEEDS, &members) }
            { print_list(&i18n, plan, "page-measures-title", forms::MEASURES, &members) }
            { print_list(&i18n, plan, "page-network-title", forms::NETWORK, &members) }
            { print_texts(&i18n, plan, "page-contributions-title", &[
                (TextField::ContributionsFromMe, "field-contrib-me"),
                (TextField::ContributionsFromNextOfKin, "field-contrib-kin"),
                (TextField::ContributionsFromServices, "field-contrib-services"),
                (TextField::Cooperation, "field-cooperation"),
            ]) }
            { print_list(&i18n, plan, "page-agreements-title", forms::AGREEMENTS, &members) }
            { print_list(&i18n, plan, "page-appointments-title", forms::APPOINTMENTS, &members) }
            if !dates.is_empty() {
                <section class="print-block">
                    <Heading level={3}>{ i18n.t("page-period-title") }</Heading>
                    <dl class="print-item">
                        { for dates.iter().map(|(id, _, d)| html! { <><dt>{ i18n.t(id) }</dt><dd>{ d.clone() }</dd></> }) }
                    </dl>
                </section>
            }

        </>
    };
    let crisis = html! {
        <>
            { print_list(&i18n, plan, "page-signs-title", forms::WARNING_SIGNS, &members) }
            { print_texts(&i18n, plan, "page-helps-title", &[
                (TextField::Triggers, "field-triggers"),
                (TextField::WhatIDoMyself, "field-what-i-do-myself"),
                (TextField::WhatHelps, "field-what-helps"),
                (TextField::WhatDoesNotHelp, "field-what-does-not-help"),
            ]) }
            { print_list(&i18n, plan, "page-reasons-title", forms::REASONS_FOR_LIVING, &members) }
            { print_list(&i18n, plan, "page-safer-title", forms::SAFER_SURROUNDINGS, &members) }
            { print_object(&i18n, plan, "page-meet-title", forms::HOW_TO_MEET_ME, &members) }
            { print_list(&i18n, plan, "heading-contacts", forms::CRISIS_CONTACTS, &members) }
            { print_texts(&i18n, plan, "page-message-title", &[(TextField::HelpMessageText, "field-help-message-text")]) }
            { print_list(&i18n, plan, "heading-help-recipients", forms::HELP_RECIPIENTS, &members) }
            { print_list(&i18n, plan, "heading-do-not-contact", forms::DO_NOT_CONTACT, &members) }
            { print_list(&i18n, plan, "heading-services", forms::CRISIS_SERVICES, &members) }
            { print_object(&i18n, plan, "page-admission-title", forms::ADMISSION, &members) }
            { print_list(&i18n, plan, "heading-medicines-help", forms::MEDICINES_THAT_HELP, &members) }
            { print_list(&i18n, plan, "heading-medicines-avoid", forms::MEDICINES_TO_AVOID, &members) }
            { print_object(&i18n, plan, "heading-treatment-wishes", forms::TREATMENT, &members) }
            { for forms::PRACTICAL.iter().map(|(spec, heading)| print_object(&i18n, plan, heading, *spec, &members)) }
            { print_object(&i18n, plan, "page-after-title", forms::AFTER_CRISIS, &members) }
        </>
    };
    let empty = |part: &Html| matches!(part, Html::VList(list) if list.iter().all(|node| *node == Html::default()));
    let has_individual = !empty(&individual);
    let has_crisis = !empty(&crisis);
    html! {
        <div class="plan-document">
            if has_individual {
                <Heading level={2} class="print-part">{ i18n.t("page-plan-title") }</Heading>
                { individual }
            }
            if has_crisis {
                <Heading level={2} class={classes!("print-part", has_individual.then_some("print-part-break"))}>{ i18n.t("page-crisis-title") }</Heading>
                <p>{ i18n.t("crisis-advisory") }</p>
                { crisis }
            }
            if !has_individual && !has_crisis {
                <p>{ i18n.t("plan-document-empty") }</p>
            }
        </div>
    }
}
