//! The share view: choose who gets the plan, which parts each gets and which single items and life
//! areas of them (starting from the person's consent or the recipient's role), see exactly what each will see, state the consent, then sign
//! one document per recipient and download, share or print each. Warnings never block; the
//! person decides.
//!
//! Submodules: `chooser` (step 1, who), `recipient` (step 2, what each recipient gets),
//! `choose` (inside step 2: single items, life areas, what goes, sensitive items),
//! `signed` (the signed files and the print copy).

mod choose;
mod chooser;
mod recipient;
mod signed;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::Link;

use self::chooser::RecipientChooser;
use self::recipient::RecipientCard;
use self::signed::{RecipientView, SignedFileRow};
use crate::app::Route;
use crate::components::fields::{LineField, LineKind, ParagraphField};
use crate::hooks::{
    DEFAULT_STATEMENT_ID, KeyState, forget_share_draft, sign_and_record, use_focus_on_new,
    use_i18n, use_person_key, use_plan, use_plan_texts, use_print, use_share_draft,
    use_statement_in_plan_language, use_today,
};
use crate::state::share::{ShareAction, ShareDraft, SignError, SignedRound};

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
    // The document's own words (the consent statement) are in the plan's language, not the
    // language of whoever is helping (issue 14).
    let plan_texts = use_plan_texts(store.as_ref().map(|s| s.plan().meta.language.as_str()));
    let default_statement = plan_texts.t(DEFAULT_STATEMENT_ID);
    let draft = use_share_draft(store.as_ref(), today.clone(), &default_statement);
    use_statement_in_plan_language(&draft, plan_texts);
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
        let print = use_print();
        use_effect_with(*printing, move |index| {
            if index.is_some() {
                print.emit(());
                printing.set(None);
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
                .map_err(|error| SignError {
                    message_id: error.message_id(),
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
            forget_share_draft();
            draft.dispatch(ShareAction::Start(ShareDraft::new(
                &plan,
                today.as_ref(),
                &plan_texts.t(DEFAULT_STATEMENT_ID),
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
        KeyState::Unreadable(error) => html! {
            <div class="notice notice-warning" role="alert"><p>{ i18n.t(error.message_id()) }</p>
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
                    <Heading level={2} id="share-result" tabindex="-1">{ i18n.t("share-signed-title") }</Heading>
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
            <Heading level={1} id="page-title">{ i18n.t("page-share-title") }</Heading>
            <p class="intro">{ i18n.t("page-share-intro") }</p>
            { key_line }
            if signed {
                { result }
            } else {
                <Heading level={2} id="share-who">{ i18n.t("share-step-who") }</Heading>
                <RecipientChooser plan={plan.clone()} draft={draft.clone()} />
                <Heading level={2} id="share-what">{ i18n.t("share-step-what") }</Heading>
                if draft.recipients.is_empty() {
                    <p>{ i18n.t("share-what-empty") }</p>
                }
                // The cards in their own element, keyed by recipient: ticking or removing someone
                // must not hand one recipient's text box (or the chooser around it) to another, or
                // re-create them under the person's fingers. Flattened among the siblings, a
                // changed count made Yew pair them up from the end.
                <div class="share-recipients">
                    { for draft.recipients.iter().map(|recipient| html! {
                        <RecipientCard key={recipient.id.as_str().to_owned()} plan={plan.clone()} recipient={recipient.clone()} draft={draft.clone()} today={today.clone()} />
                    }) }
                </div>
                <Heading level={2} id="share-consent">{ i18n.t("share-step-consent") }</Heading>
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
                <Heading level={2} id="share-sign-heading">{ i18n.t("share-step-sign") }</Heading>
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
