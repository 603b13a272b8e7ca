//! The parts of the individual plan, one small view each. Each is a [`PartLayout`] (heading,
//! explanation, example) around fields bound to the plan.

use yew::prelude::*;

use crate::components::fields::{CheckField, LineKind};
use crate::components::{Heading, PartLayout, PlanDateField, PlanList, PlanTextField};
use crate::forms;
use crate::hooks::use_i18n;
use crate::state::plan_fields::{DateField, TextField};

/// About me: who I am, my story, what matters to me.
#[component]
pub fn AboutPage() -> Html {
    html! {
        <PartLayout part="about">
            <PlanTextField field={TextField::OwnerName} id="about-name" label_id="field-owner-name" line={LineKind::OwnName} />
            <PlanTextField field={TextField::OwnerPhone} id="about-phone" label_id="field-owner-phone" line={LineKind::OwnPhone} />
            <PlanTextField field={TextField::OwnerEmail} id="about-email" label_id="field-owner-email" line={LineKind::OwnEmail} />
            <PlanTextField field={TextField::MyStory} id="about-story" label_id="field-my-story" hint_id="hint-my-story" />
            <PlanTextField field={TextField::WhatMattersToMe} id="about-matters" label_id="field-what-matters" hint_id="hint-what-matters" />
        </PartLayout>
    }
}

/// Goals by life area.
#[component]
pub fn GoalsPage() -> Html {
    html! { <PartLayout part="goals"><PlanList spec={forms::GOALS} /></PartLayout> }
}

/// Resources and needs.
#[component]
pub fn ResourcesPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="resources">
            <Heading level={2}>{ i18n.t("heading-resources") }</Heading>
            <PlanList spec={forms::RESOURCES} />
            <Heading level={2}>{ i18n.t("heading-needs") }</Heading>
            <PlanList spec={forms::NEEDS} />
        </PartLayout>
    }
}

/// Measures and services.
#[component]
pub fn MeasuresPage() -> Html {
    html! { <PartLayout part="measures"><PlanList spec={forms::MEASURES} /></PartLayout> }
}

/// What I, my family and the services will contribute; cooperation between services.
#[component]
pub fn ContributionsPage() -> Html {
    html! {
        <PartLayout part="contributions">
            <PlanTextField field={TextField::ContributionsFromMe} id="contrib-me" label_id="field-contrib-me" />
            <PlanTextField field={TextField::ContributionsFromNextOfKin} id="contrib-kin" label_id="field-contrib-kin" />
            <PlanTextField field={TextField::ContributionsFromServices} id="contrib-services" label_id="field-contrib-services" />
            <PlanTextField field={TextField::Cooperation} id="contrib-cooperation" label_id="field-cooperation" hint_id="hint-cooperation" />
        </PartLayout>
    }
}

/// Agreements from meetings.
#[component]
pub fn AgreementsPage() -> Html {
    html! { <PartLayout part="agreements"><PlanList spec={forms::AGREEMENTS} /></PartLayout> }
}

/// Appointments and meetings.
#[component]
pub fn AppointmentsPage() -> Html {
    html! { <PartLayout part="appointments"><PlanList spec={forms::APPOINTMENTS} /></PartLayout> }
}

/// Plan period, review date and the revision log.
#[component]
pub fn PeriodPage() -> Html {
    let i18n = use_i18n();
    html! {
        <PartLayout part="period">
            <PlanDateField field={DateField::PeriodFrom} id="period-from" label_id="field-period-from" />
            <PlanDateField field={DateField::PeriodTo} id="period-to" label_id="field-period-to" />
            <PlanDateField field={DateField::ReviewDate} id="period-review" label_id="field-review-date" hint_id="hint-review-date" />
            <Heading level={2}>{ i18n.t("heading-revision-log") }</Heading>
            <PlanList spec={forms::REVISIONS} />
        </PartLayout>
    }
}

/// Consent to the plan, and per person what they may see.
#[component]
pub fn ConsentPage() -> Html {
    let i18n = use_i18n();
    let Some(store) = crate::hooks::use_plan() else {
        return Html::default();
    };
    let given = store.plan().consent.to_plan.given;
    let on_given = Callback::from(move |given: bool| {
        store.dispatch(crate::state::plan::PlanAction::SetPlanConsentGiven(given))
    });
    html! {
        <PartLayout part="consent">
            <CheckField id="consent-given" label_id="field-consent-given" checked={given} on_change={on_given} />
            <PlanDateField field={DateField::ConsentGivenOn} id="consent-given-on" label_id="field-consent-given-on" />
            <PlanDateField field={DateField::ConsentValidUntil} id="consent-valid-until" label_id="field-consent-valid-until" />
            <PlanTextField field={TextField::ConsentStatement} id="consent-statement" label_id="field-consent-statement" hint_id="hint-consent-statement" />
            <Heading level={2}>{ i18n.t("heading-sharing") }</Heading>
            <p>{ i18n.t("sharing-explain") }</p>
            <PlanList spec={forms::SHARING} />
        </PartLayout>
    }
}
