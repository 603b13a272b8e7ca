//! The share view: choose who gets the plan, which parts each gets (starting from the person's
//! consent or the recipient's role), see exactly what each will see, state the consent, then sign
//! one document per recipient and download, share or print each. Warnings never block; the
//! person decides.

use std::rc::Rc;

use ownplan_core::document::{RecipientPreset, plan_for_sections};
use ownplan_core::plan::{Plan, Section};
use yew::prelude::*;
use yew_router::prelude::Link;

use crate::app::Route;
use crate::components::PlanDocument;
use crate::components::fields::{LineField, LineKind, ParagraphField};
use crate::forms::{role_text, section_label_id};
use crate::hooks::{
    I18n, KeyState, sign_and_record, use_add_typed_recipient, use_focus_on_new, use_i18n, use_page,
    use_person_key, use_plan, use_share_file, use_today,
};
use crate::state::share::{
    DraftRecipient, SectionStart, ShareAction, ShareDraft, ShareWarning, SignError, SignedFile,
    SignedRound, preset_from_key, preset_key, preset_label_id, valid_until_for, warnings_for,
};

/// The sections of the individual plan (the first ten of the standard order) and of the crisis
/// plan (the rest), as the checkboxes group them.
const INDIVIDUAL_SECTION_COUNT: usize = 10;

/// What happened when the person pressed "sign".
#[derive(Clone, Debug, PartialEq)]
enum SignOutcome {
    Signed(Rc<SignedRound>),
    Failed(SignError),
}

/// The share view.
#[component]
pub fn SharePage() -> Html {
    let i18n = use_i18n();
    let today = use_today();
    let person_key = use_person_key();
    let store = use_plan();
    let default_statement = i18n.t("share-default-statement").to_string();
    let draft = {
        let plan = store.as_ref().map(|s| s.plan_rc());
        let today = today.clone();
        use_reducer_eq(move || match plan {
            Some(plan) => ShareDraft::new(&plan, today.as_ref(), &default_statement),
            None => ShareDraft {
                recipients: Vec::new(),
                statement: default_statement,
                valid_until: String::new(),
            },
        })
    };
    let outcome = use_state_eq(|| None::<SignOutcome>);
    let printing = use_state_eq(|| None::<usize>);
    // A change to the draft clears the reason an earlier attempt failed.
    {
        let outcome = outcome.clone();
        use_effect_with(draft.clone(), move |_| {
            if matches!(*outcome, Some(SignOutcome::Failed(_))) {
                outcome.set(None);
            }
        });
    }
    // After signing, or a failure, the result gets the focus, so a screen reader reads it.
    use_focus_on_new(u32::from(outcome.is_some()), "share-result");
    // Printing one document: render it alone for print, then open the print dialog.
    {
        let printing = printing.clone();
        let print = use_page().print;
        use_effect_with(*printing, move |index| {
            if index.is_some() {
                print.emit(());
                printing.set(None);
            }
        });
    }
    // The draft starts from the plan as read from the device and today's date, which are known
    // only after the first render; it starts again when they arrive, unless the person has
    // already chosen someone.
    {
        let draft = draft.clone();
        let plan = store.as_ref().map(|s| s.plan_rc());
        let loaded = store.as_ref().is_some_and(|s| s.is_loaded());
        let statement = i18n.t("share-default-statement").to_string();
        let plan_id = plan.as_ref().map(|p| p.plan_id.clone());
        use_effect_with((plan_id, loaded, today.clone()), move |(_, _, today)| {
            if let Some(plan) = plan
                && draft.recipients.is_empty()
            {
                draft.dispatch(ShareAction::Start(ShareDraft::new(
                    &plan,
                    today.as_ref(),
                    &statement,
                )));
            }
        });
    }
    let Some(store) = store else {
        return Html::default();
    };
    let plan = store.plan_rc();

    let on_sign = {
        let store = store.clone();
        let draft = draft.clone();
        let outcome = outcome.clone();
        let person_key = person_key.clone();
        let today = today.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(today) = today.clone() else {
                outcome.set(Some(SignOutcome::Failed(SignError {
                    message_id: "share-error-clock",
                    problems: Vec::new(),
                })));
                return;
            };
            let result = person_key
                .get_or_create()
                .map_err(|message_id| SignError {
                    message_id,
                    problems: Vec::new(),
                })
                .and_then(|key| sign_and_record(&store, &key, &draft, i18n.language, &today));
            outcome.set(Some(match result {
                Ok(round) => SignOutcome::Signed(Rc::new(round)),
                Err(error) => SignOutcome::Failed(error),
            }));
        })
    };
    let on_new_round = {
        // A new round starts empty: nobody is ticked from the last one by mistake.
        let outcome = outcome.clone();
        let draft = draft.clone();
        let plan = store.plan_rc();
        let today = today.clone();
        Callback::from(move |_: MouseEvent| {
            draft.dispatch(ShareAction::Start(ShareDraft::new(
                &plan,
                today.as_ref(),
                &i18n.t("share-default-statement"),
            )));
            outcome.set(None);
        })
    };

    let blockers = draft.blockers(today.as_ref());
    let key_line = match person_key.state() {
        KeyState::Ready(key) => html! {
            <p id="share-key-line">
                { i18n.t_with("share-key-ready", &[("fingerprint", &key.key.did_key().fingerprint().to_string())]) }
                { " " }<Link<Route> to={Route::Key}>{ i18n.t("share-key-link") }</Link<Route>>
            </p>
        },
        KeyState::Unreadable(message_id) => html! {
            <div class="notice notice-warning" role="alert"><p>{ i18n.t(message_id) }</p>
                <p><Link<Route> to={Route::Key}>{ i18n.t("share-key-link") }</Link<Route>></p></div>
        },
        _ => html! {
            <p id="share-key-line">
                { i18n.t("share-key-missing") }
                { " " }<Link<Route> to={Route::Key}>{ i18n.t("share-key-link") }</Link<Route>>
            </p>
        },
    };

    let result = match &*outcome {
        None => Html::default(),
        Some(SignOutcome::Failed(error)) => html! {
            <div class="notice notice-warning" role="alert" id="share-result" tabindex="-1">
                <p><strong>{ i18n.t("share-failed") }</strong>{ " " }{ i18n.t(error.message_id) }</p>
                if !error.problems.is_empty() {
                    <ul>
                        { for error.problems.iter().take(5).map(|problem| html! {
                            <li>{ i18n.t(problem.kind.message_id()) }<span class="path">{ format!(" ({})", problem.path) }</span></li>
                        }) }
                    </ul>
                }
                <p>{ i18n.t("share-nothing-changed") }</p>
            </div>
        },
        Some(SignOutcome::Signed(round)) => {
            html! {
                <div class="share-result" role="region" aria-labelledby="share-result" >
                    <h2 id="share-result" tabindex="-1">{ i18n.t("share-signed-title") }</h2>
                    <p role="status">{ i18n.t_with("share-signed-summary", &[
                        ("count", &round.files.len().to_string()),
                        ("version", &round.version.to_string()),
                    ]) }</p>
                    <ul class="share-files">
                        { for round.files.iter().enumerate().map(|(index, file)| html! {
                            <SignedFileRow
                                index={index}
                                file={Rc::new(file.clone())}
                                on_print={{ let printing = printing.clone(); Callback::from(move |index| printing.set(Some(index))) }}
                            />
                        }) }
                    </ul>
                    <p>{ i18n.t("share-signed-log") }</p>
                    <button type="button" class="button" id="share-new-round" onclick={on_new_round}>{ i18n.t("share-new-round") }</button>
                </div>
            }
        }
    };

    // The document being printed, alone.
    let print_copy = match (&*printing, &*outcome) {
        (Some(index), Some(SignOutcome::Signed(round))) => round
            .files
            .get(*index)
            .map(|file| html! { <div class="share-print-copy"><RecipientView file={Rc::new(file.clone())} /></div> })
            .unwrap_or_default(),
        _ => Html::default(),
    };

    let signed = matches!(&*outcome, Some(SignOutcome::Signed(_)));
    html! {
        <section aria-labelledby="page-title" class={classes!("share-page", printing.is_some().then_some("share-printing"))}>
            <h1 id="page-title">{ i18n.t("page-share-title") }</h1>
            <p class="intro">{ i18n.t("page-share-intro") }</p>
            { key_line }
            if signed {
                { result }
            } else {
                <h2 id="share-who">{ i18n.t("share-step-who") }</h2>
                <RecipientChooser plan={plan.clone()} draft={draft.clone()} />
                <h2 id="share-what">{ i18n.t("share-step-what") }</h2>
                if draft.recipients.is_empty() {
                    <p>{ i18n.t("share-what-empty") }</p>
                }
                { for draft.recipients.iter().map(|recipient| html! {
                    <RecipientCard plan={plan.clone()} recipient={recipient.clone()} draft={draft.clone()} today={today.clone()} />
                }) }
                <h2 id="share-consent">{ i18n.t("share-step-consent") }</h2>
                <ParagraphField
                    id="share-statement"
                    label_id="share-statement-label"
                    hint_id={Some(AttrValue::from("share-statement-hint"))}
                    value={AttrValue::from(draft.statement.clone())}
                    on_change={{ let draft = draft.clone(); Callback::from(move |text| draft.dispatch(ShareAction::SetStatement(text))) }}
                />
                <LineField
                    id="share-valid-until"
                    label_id="share-valid-until-label"
                    hint_id={Some(AttrValue::from("share-valid-until-hint"))}
                    value={AttrValue::from(draft.valid_until.clone())}
                    kind={LineKind::Date}
                    on_change={{ let draft = draft.clone(); Callback::from(move |text| draft.dispatch(ShareAction::SetValidUntil(text))) }}
                />
                <h2 id="share-sign-heading">{ i18n.t("share-step-sign") }</h2>
                <p>{ i18n.t("share-sign-explain") }</p>
                if !blockers.is_empty() {
                    <ul class="share-blockers" id="share-blockers">
                        { for blockers.iter().map(|id| html! { <li>{ i18n.t(id) }</li> }) }
                    </ul>
                }
                <button type="button" class="button button-primary" id="share-sign"
                    disabled={!blockers.is_empty()} onclick={on_sign}>
                    { i18n.t_with("share-sign", &[("count", &draft.recipients.len().to_string())]) }
                </button>
                { result }
            }
            { print_copy }
        </section>
    }
}

/// Properties of [`RecipientChooser`].
#[derive(Properties, PartialEq)]
struct RecipientChooserProps {
    plan: Rc<Plan>,
    draft: UseReducerHandle<ShareDraft>,
}

/// Step 1: network members to tick, and someone else to type in.
#[component]
fn RecipientChooser(props: &RecipientChooserProps) -> Html {
    let i18n = use_i18n();
    let other_name = use_state_eq(String::new);
    let other_kind = use_state_eq(String::new);
    let members = props.plan.network.iter().filter(|m| !m.name.is_blank());
    let add_typed = use_add_typed_recipient(props.draft.clone());
    let add_other = {
        let other_name = other_name.clone();
        let other_kind = other_kind.clone();
        Callback::from(move |_: MouseEvent| {
            if other_name.trim().is_empty() {
                return;
            }
            add_typed.emit(((*other_name).clone(), preset_from_key(&other_kind)));
            other_name.set(String::new());
        })
    };
    let kinds: Vec<(String, AttrValue)> = RecipientPreset::ALL
        .into_iter()
        .map(|preset| {
            (
                preset_key(preset).to_owned(),
                i18n.t(preset_label_id(preset)),
            )
        })
        .collect();
    html! {
        <>
            <fieldset class="field share-members">
                <legend>{ i18n.t("share-members-legend") }</legend>
                if props.plan.network.iter().all(|m| m.name.is_blank()) {
                    <p>{ i18n.t("share-members-empty") }{ " " }<Link<Route> to={Route::Network}>{ i18n.t("nav-network") }</Link<Route>></p>
                }
                { for members.map(|member| {
                    let id = member.id.clone();
                    let checked = props.draft.recipient(&id).is_some();
                    let element_id = format!("share-member-{}", id.as_str());
                    let onchange = {
                        let draft = props.draft.clone();
                        let plan = props.plan.clone();
                        let id = id.clone();
                        Callback::from(move |event: Event| {
                            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                            if input.checked() {
                                draft.dispatch(ShareAction::AddMember { plan: plan.clone(), id: id.clone() });
                            } else {
                                draft.dispatch(ShareAction::Remove(id.clone()));
                            }
                        })
                    };
                    let about: Vec<String> = member
                        .role
                        .iter()
                        .map(|role| role_text(role, &i18n))
                        .chain((!member.organisation.is_blank()).then(|| member.organisation.as_str().to_owned()))
                        .filter(|text| !text.is_empty())
                        .collect();
                    html! {
                        <div class="field-check">
                            <input type="checkbox" id={element_id.clone()} {checked} {onchange} />
                            <label for={element_id}>
                                { member.name.as_str().to_owned() }
                                if !about.is_empty() { <span class="muted">{ format!(" – {}", about.join(", ")) }</span> }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
            <fieldset class="field share-other">
                <legend>{ i18n.t("share-other-legend") }</legend>
                <div class="field">
                    <label for="share-other-name">{ i18n.t("share-other-name") }</label>
                    <input id="share-other-name" type="text" value={(*other_name).clone()}
                        oninput={{ let other_name = other_name.clone(); Callback::from(move |e: InputEvent| {
                            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                            other_name.set(input.value());
                        }) }} />
                </div>
                <div class="field">
                    <label for="share-other-kind">{ i18n.t("share-other-kind") }</label>
                    <select id="share-other-kind"
                        onchange={{ let other_kind = other_kind.clone(); Callback::from(move |e: Event| {
                            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
                            other_kind.set(select.value());
                        }) }}>
                        <option value="" selected={other_kind.is_empty()}>{ i18n.t("share-other-kind-none") }</option>
                        { for kinds.iter().map(|(key, label)| html! {
                            <option value={key.clone()} selected={*other_kind == *key}>{ label.clone() }</option>
                        }) }
                    </select>
                </div>
                <button type="button" class="button" id="share-other-add" onclick={add_other}
                    disabled={other_name.trim().is_empty()}>{ i18n.t("share-other-add") }</button>
            </fieldset>
        </>
    }
}

/// Properties of [`RecipientCard`].
#[derive(Properties, PartialEq)]
struct RecipientCardProps {
    plan: Rc<Plan>,
    recipient: DraftRecipient,
    draft: UseReducerHandle<ShareDraft>,
    today: Option<ownplan_core::plan::Date>,
}

/// Step 2 for one recipient: warnings, a starting point by role, the sections, conditions and a
/// preview of exactly what they will see.
#[component]
fn RecipientCard(props: &RecipientCardProps) -> Html {
    let i18n = use_i18n();
    let previewing = use_state_eq(|| false);
    let recipient = &props.recipient;
    let key = recipient.id.as_str().to_owned();
    let name = recipient.recipient.name.as_str().to_owned();
    let warnings = warnings_for(&props.plan, recipient, props.today.as_ref());
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
            html! {
                <div class="field-check">
                    <input type="checkbox" id={element_id.clone()} checked={recipient.sections.contains(&section)} {onchange} />
                    <label for={element_id}>{ i18n.t(section_label_id(section)) }</label>
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
            <h3 id={format!("share-recipient-{key}-name")}>{ name.clone() }</h3>
            if !about.is_empty() { <p class="muted">{ about.join(", ") }</p> }
            { for warnings.iter().map(|warning| warning_html(&i18n, warning, &name)) }
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
            </fieldset>
            <fieldset class="field share-sections">
                <legend>{ i18n.t("page-crisis-title") }</legend>
                { checkboxes(&Section::ALL[INDIVIDUAL_SECTION_COUNT..]) }
            </fieldset>
            <p class="share-count">{ i18n.t_with("share-section-count", &[("count", &recipient.sections.len().to_string())]) }</p>
            <ParagraphField
                id={AttrValue::from(format!("share-{key}-conditions"))}
                label_id="share-conditions-label"
                hint_id={Some(AttrValue::from("share-conditions-hint"))}
                value={AttrValue::from(recipient.conditions.clone())}
                on_change={{ let draft = props.draft.clone(); let id = recipient.id.clone();
                    Callback::from(move |text| draft.dispatch(ShareAction::SetConditions { id: id.clone(), text })) }}
            />
            <p>{ match &until {
                Some(until) => i18n.t_with("share-valid-until-for", &[("date", until.as_str())]),
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
                        <PlanDocument plan={Rc::new(plan_for_sections(&props.plan, &recipient.sections))} />
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
            &[("name", name), ("date", date.as_str())],
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

/// Properties of [`SignedFileRow`].
#[derive(Properties, PartialEq)]
struct SignedFileRowProps {
    index: usize,
    file: Rc<SignedFile>,
    on_print: Callback<usize>,
}

/// One signed file: download, share sheet, print, and a look at what they will see.
#[component]
fn SignedFileRow(props: &SignedFileRowProps) -> Html {
    let i18n = use_i18n();
    let file = props.file.clone();
    let actions = use_share_file(file.clone());
    let download = {
        let download = actions.download.clone();
        Callback::from(move |_: MouseEvent| download.emit(()))
    };
    let share = {
        let share = actions.share.clone();
        Callback::from(move |_: MouseEvent| share.emit(()))
    };
    let print = {
        let on_print = props.on_print.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| on_print.emit(index))
    };
    let index = props.index;
    html! {
        <li class="share-file" id={format!("share-file-{index}")}>
            <p><strong>{ file.recipient_name.clone() }</strong></p>
            <p class="share-file-name">{ file.file_name.clone() }</p>
            <div class="button-row">
                <button type="button" class="button button-primary" id={format!("share-download-{index}")} onclick={download}>{ i18n.t("share-download") }</button>
                if actions.can_share {
                    <button type="button" class="button" id={format!("share-sheet-{index}")} onclick={share}>{ i18n.t("share-sheet") }</button>
                }
                <button type="button" class="button" id={format!("share-print-{index}")} onclick={print}>{ i18n.t("share-print") }</button>
            </div>
            if let Some(id) = actions.notice { <p role="status">{ i18n.t(id) }</p> }
        </li>
    }
}

/// Properties of [`RecipientView`].
#[derive(Properties, PartialEq)]
struct RecipientViewProps {
    file: Rc<SignedFile>,
}

/// A signed document as the recipient will read it, for printing.
#[component]
fn RecipientView(props: &RecipientViewProps) -> Html {
    let i18n = use_i18n();
    let file = &props.file;
    let consent = &file.consent;
    html! {
        <article class="print-view">
            <h1>{ i18n.t_with("share-print-title", &[("name", &file.recipient_name)]) }</h1>
            <dl class="print-item">
                if !consent.statement.is_blank() {
                    <dt>{ i18n.t("share-statement-label") }</dt><dd>{ consent.statement.as_str().to_owned() }</dd>
                }
                if !consent.conditions.is_blank() {
                    <dt>{ i18n.t("share-conditions-label") }</dt><dd>{ consent.conditions.as_str().to_owned() }</dd>
                }
                if let Some(until) = &consent.valid_until {
                    <dt>{ i18n.t("share-valid-until-label") }</dt><dd>{ until.as_str().to_owned() }</dd>
                }
            </dl>
            <PlanDocument plan={file.content.clone()} />
        </article>
    }
}
