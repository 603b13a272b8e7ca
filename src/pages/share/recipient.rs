//! Step 2 of the share view for one recipient: warnings (one area), a starting point by role, the
//! sections with what to choose inside them (`choose`), conditions and a preview of exactly what
//! they will see.

use std::rc::Rc;

use ownplan_core::document::{RecipientPreset, plan_for_selection};
use ownplan_core::plan::{Plan, Section};
use yew::prelude::*;

use super::choose::ChooseContext;
use crate::components::fields::ParagraphField;
use crate::components::{Heading, PlanDocument};
use crate::forms::{role_text, section_label_id};
use crate::hooks::{I18n, use_i18n};
use crate::state::share::{
    DraftRecipient, SectionStart, ShareAction, ShareDraft, ShareWarning, WhatGoes, preset_from_key,
    preset_key, preset_label_id, sensitive_for, valid_until_for, warnings_for,
};

/// The sections of the individual plan (the first ten of the standard order) and of the crisis
/// plan (the rest), as the checkboxes group them.
const INDIVIDUAL_SECTION_COUNT: usize = 10;

/// Properties of [`RecipientCard`].
#[derive(Properties, PartialEq)]
pub(super) struct RecipientCardProps {
    pub(super) plan: Rc<Plan>,
    pub(super) recipient: DraftRecipient,
    pub(super) draft: UseReducerHandle<ShareDraft>,
    pub(super) today: Option<ownplan_core::plan::Date>,
}

/// Step 2 for one recipient: warnings, a starting point by role, the sections, conditions and a
/// preview of exactly what they will see.
#[component]
pub(super) fn RecipientCard(props: &RecipientCardProps) -> Html {
    let i18n = use_i18n();
    let previewing = use_state_eq(|| false);
    let recipient = &props.recipient;
    let key = recipient.id.as_str().to_owned();
    let name = recipient.recipient.name.as_str().to_owned();
    let warnings = warnings_for(&props.plan, recipient, props.today.as_ref());
    // Worked out again only when the plan or the selection changes, not as conditions are typed.
    let selection = recipient.selection();
    let goes = use_memo(
        (props.plan.clone(), selection.clone()),
        |(plan, selection)| WhatGoes::of(plan, selection),
    );
    let sensitive = use_memo(
        (
            props.plan.clone(),
            selection,
            recipient.preset(),
            recipient.recipient.role.clone(),
        ),
        |_| sensitive_for(&props.plan, recipient),
    );
    let choose = ChooseContext {
        i18n: &i18n,
        plan: &props.plan,
        draft: &props.draft,
        recipient,
        goes: &goes,
    };
    let round_until = props.draft.valid_until_date().ok().flatten();
    let until = valid_until_for(&props.plan, recipient, round_until);
    let start = match recipient.start {
        SectionStart::Consent => i18n.t("share-start-consent"),
        SectionStart::Preset(preset) => i18n.t_with(
            "share-start-preset",
            &[("kind", &i18n.t(preset_label_id(preset)))],
        ),
        SectionStart::Empty => i18n.t("share-start-empty"),
    };
    let on_preset = {
        let draft = props.draft.clone();
        let id = recipient.id.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(preset) = preset_from_key(&select.value()) {
                draft.dispatch(ShareAction::ApplyPreset {
                    id: id.clone(),
                    preset,
                });
            }
        })
    };
    let current_preset = match recipient.start {
        SectionStart::Preset(preset) => preset_key(preset),
        _ => "",
    };
    let checkboxes = |sections: &[Section]| -> Html {
        html! { <>{ for sections.iter().map(|section| {
            let section = *section;
            let element_id = format!("share-{key}-{}", section_label_id(section));
            let onchange = {
                let draft = props.draft.clone();
                let id = recipient.id.clone();
                Callback::from(move |event: Event| {
                    let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                    draft.dispatch(ShareAction::SetSection { id: id.clone(), section, included: input.checked() });
                })
            };
            let included = recipient.sections.contains(&section);
            // Keyed by section: a part's item chooser appearing under it must not hand the next
            // part's checkbox (and the focus) to another node.
            html! {
                <div class="share-part" key={section.as_str()}>
                    <div class="field-check">
                        <input type="checkbox" id={element_id.clone()} checked={included} {onchange} />
                        <label for={element_id}>{ i18n.t(section_label_id(section)) }</label>
                    </div>
                    if included { { choose.part_choices(Some(section)) } }
                </div>
            }
        }) }</> }
    };
    let toggle_preview = {
        let previewing = previewing.clone();
        Callback::from(move |_: MouseEvent| previewing.set(!*previewing))
    };
    let remove = {
        let draft = props.draft.clone();
        let id = recipient.id.clone();
        Callback::from(move |_: MouseEvent| draft.dispatch(ShareAction::Remove(id.clone())))
    };
    let about: Vec<String> = recipient
        .recipient
        .role
        .iter()
        .map(|role| role_text(role, &i18n))
        .chain(
            (!recipient.recipient.organisation.is_blank())
                .then(|| recipient.recipient.organisation.as_str().to_owned()),
        )
        .filter(|text| !text.is_empty())
        .collect();
    html! {
        <article class="share-recipient" id={format!("share-recipient-{key}")} aria-labelledby={format!("share-recipient-{key}-name")}>
            <Heading level={3} id={format!("share-recipient-{key}-name")}>{ name.clone() }</Heading>
            if !about.is_empty() { <p class="muted">{ about.join(", ") }</p> }
            // One warnings area, one node however many warnings, so nothing after them is made
            // anew as they come and go (a ticked section keeps the focus).
            <div class="share-warnings" id={format!("share-{key}-warnings")}>
                { for warnings.iter().map(|warning| warning_html(&i18n, warning, &name)) }
                { choose.sensitive_warning(&sensitive) }
            </div>
            <p>{ start }</p>
            <div class="field">
                <label for={format!("share-{key}-preset")}>{ i18n.t("share-preset-label") }</label>
                <select id={format!("share-{key}-preset")} onchange={on_preset}>
                    <option value="" selected={current_preset.is_empty()}>{ i18n.t("share-preset-choose") }</option>
                    { for RecipientPreset::ALL.into_iter().map(|preset| html! {
                        <option value={preset_key(preset)} selected={current_preset == preset_key(preset)}>{ i18n.t(preset_label_id(preset)) }</option>
                    }) }
                </select>
            </div>
            <fieldset class="field share-sections">
                <legend>{ i18n.t("page-plan-title") }</legend>
                { checkboxes(&Section::ALL[..INDIVIDUAL_SECTION_COUNT]) }
                { choose.area_choices() }
            </fieldset>
            <fieldset class="field share-sections">
                <legend>{ i18n.t("page-crisis-title") }</legend>
                { checkboxes(&Section::ALL[INDIVIDUAL_SECTION_COUNT..]) }
            </fieldset>
            { choose.part_choices(None) }
            { choose.what_goes_line() }
            <ParagraphField
                id={AttrValue::from(format!("share-{key}-conditions"))}
                label_id="share-conditions-label"
                hint_id={Some(AttrValue::from("share-conditions-hint"))}
                value={AttrValue::from(recipient.conditions.clone())}
                on_change={{ let draft = props.draft.clone(); let id = recipient.id.clone();
                    Callback::from(move |text| draft.dispatch(ShareAction::SetConditions { id: id.clone(), text })) }}
            />
            <p>{ match &until {
                Some(until) => i18n.t_with("share-valid-until-for", &[("date", &crate::state::dates::long_date(i18n.language, until))]),
                None => i18n.t("share-valid-until-none"),
            } }</p>
            <div class="button-row">
                <button type="button" class="button" id={format!("share-{key}-preview")} aria-expanded={previewing.to_string()} onclick={toggle_preview}>
                    { if *previewing { i18n.t("share-preview-hide") } else { i18n.t_with("share-preview-show", &[("name", &name)]) } }
                </button>
                <button type="button" class="button button-danger" onclick={remove}>{ i18n.t("share-remove") }</button>
            </div>
            if *previewing {
                <div class="share-preview" id={format!("share-{key}-preview-box")} role="region" aria-label={i18n.t_with("share-preview-title", &[("name", &name)])}>
                    <p class="share-preview-title"><strong>{ i18n.t_with("share-preview-title", &[("name", &name)]) }</strong></p>
                    if recipient.sections.is_empty() {
                        <p>{ i18n.t("share-block-no-sections") }</p>
                    } else {
                        <PlanDocument plan={Rc::new(plan_for_selection(&props.plan, &recipient.selection()))} />
                    }
                </div>
            }
        </article>
    }
}

fn warning_html(i18n: &I18n, warning: &ShareWarning, name: &str) -> Html {
    let text = match warning {
        ShareWarning::BeyondConsent(sections) => {
            let names: Vec<String> = sections
                .iter()
                .map(|section| i18n.t(section_label_id(*section)).to_string())
                .collect();
            i18n.t_with(
                warning.message_id(),
                &[("name", name), ("sections", &names.join(", "))],
            )
        }
        ShareWarning::ConsentEnded(date) => i18n.t_with(
            warning.message_id(),
            &[
                ("name", name),
                ("date", &crate::state::dates::long_date(i18n.language, date)),
            ],
        ),
        _ => i18n.t_with(warning.message_id(), &[("name", name)]),
    };
    let loud = matches!(warning, ShareWarning::MustNotBeInformed);
    html! {
        <div class={classes!("notice", "notice-warning", loud.then_some("notice-danger"))} role={if loud { "alert" } else { "note" }}>
            <p>{ text }</p>
        </div>
    }
}
