//! The person's key view: why the key matters, its fingerprint (large, to read aloud), a QR
//! code of the did:key (to scan), the did:key itself, when it was made; making the first key, and
//! making a new one after a clear warning and a confirmation.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::Link;

use crate::app::Route;
use crate::components::{Heading, QrCode};
use crate::hooks::{I18n, KeyState, PersonKeyHandle, use_i18n, use_local_time, use_person_key};
use crate::state::person_key::PersonKey;

/// What happened after the person last asked for something on this view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// A new key was made and stored.
    NewKeyMade,
    /// It failed.
    Failed(crate::error::KeyStoreError),
}

/// The key view.
#[component]
pub fn KeyPage() -> Html {
    let i18n = use_i18n();
    let person_key = use_person_key();
    let confirming = use_state_eq(|| false);
    let outcome = use_state_eq(|| None::<Outcome>);

    let make_first = {
        let person_key = person_key.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(person_key.get_or_create().err().map(Outcome::Failed));
        })
    };
    let body = match person_key.state() {
        KeyState::Loading => html! { <p role="status">{ i18n.t("key-loading") }</p> },
        KeyState::Missing => html! {
            <>
                <p id="key-missing">{ i18n.t("key-missing") }</p>
                <button type="button" class="button button-primary" id="key-make" onclick={make_first}>{ i18n.t("key-make") }</button>
            </>
        },
        KeyState::Unreadable(error) => html! {
            <div class="notice notice-warning" role="alert" id="key-unreadable">
                <p>{ i18n.t(error.message_id()) }</p>
                <p>{ i18n.t("key-unreadable-way-out") }</p>
                <p><Link<Route> to={Route::Backup}>{ i18n.t("key-go-to-backup") }</Link<Route>></p>
            </div>
        },
        KeyState::Ready(key) => html! { <KeyDetails person_key={key.clone()} /> },
    };
    let can_replace = matches!(
        person_key.state(),
        KeyState::Ready(_) | KeyState::Unreadable(_)
    );
    html! {
        <section aria-labelledby="page-title" class="key-view">
            <Heading level={1} id="page-title">{ i18n.t("page-key-title") }</Heading>
            <p class="intro">{ i18n.t("key-intro") }</p>
            { outcome_notice(&i18n, *outcome) }
            { body }
            <Heading level={2}>{ i18n.t("key-why-heading") }</Heading>
            <p>{ i18n.t("key-why-signed") }</p>
            <p>{ i18n.t("key-why-not-who") }</p>
            if can_replace {
                <NewKey
                    person_key={person_key.clone()}
                    confirming={confirming.clone()}
                    outcome={outcome.clone()}
                />
            }
        </section>
    }
}

fn outcome_notice(i18n: &I18n, outcome: Option<Outcome>) -> Html {
    match outcome {
        None => Html::default(),
        Some(Outcome::NewKeyMade) => html! {
            <p class="notice" role="status" id="key-outcome">{ i18n.t("key-new-done") }</p>
        },
        Some(Outcome::Failed(error)) => html! {
            <div class="notice notice-warning" role="alert" id="key-outcome">
                <p>{ i18n.t(error.message_id()) }</p>
            </div>
        },
    }
}

/// Properties of [`KeyDetails`].
#[derive(Properties, PartialEq)]
struct KeyDetailsProps {
    person_key: Rc<PersonKey>,
}

/// The fingerprint, the QR code, the did:key and the date of a key.
#[component]
fn KeyDetails(props: &KeyDetailsProps) -> Html {
    let i18n = use_i18n();
    let local_time = use_local_time();
    // Deriving the public key is a little work: once per key, not on every render.
    let public = use_memo(props.person_key.clone(), |key| {
        let did_key = key.key.did_key();
        (did_key.fingerprint().to_string(), did_key.did())
    });
    let (fingerprint, did) = &*public;
    let made = props
        .person_key
        .created
        .as_deref()
        .map(|at| local_time.date(i18n.language, at));
    html! {
        <>
            <Heading level={2}>{ i18n.t("key-fingerprint-heading") }</Heading>
            <p class="key-fingerprint" id="key-fingerprint">{ fingerprint.clone() }</p>
            <p class="field-hint">{ i18n.t("key-fingerprint-explain") }</p>
            <div class="key-qr">
                <QrCode id="key-qr" data={AttrValue::from(did.clone())} label={i18n.t("key-qr-label")} />
            </div>
            if let Some(made) = made {
                <p id="key-made">{ i18n.t_with("key-made", &[("date", &made)]) }</p>
            }
            // The key written out in full is for programs: one tap away, not in the way.
            <details class="technical-details" id="key-technical">
                <summary>{ i18n.t("technical-details") }</summary>
                <Heading level={2}>{ i18n.t("key-did-heading") }</Heading>
                <p class="field-hint">{ i18n.t("key-did-explain") }</p>
                <p class="key-did"><code id="key-did">{ did.clone() }</code></p>
            </details>
        </>
    }
}

/// Properties of [`NewKey`].
#[derive(Properties, PartialEq)]
struct NewKeyProps {
    person_key: PersonKeyHandle,
    confirming: UseStateHandle<bool>,
    outcome: UseStateHandle<Option<Outcome>>,
}

/// "Make a new key": an explanation, then a warning with a confirmation step.
#[component]
fn NewKey(props: &NewKeyProps) -> Html {
    let i18n = use_i18n();
    let ask = {
        let confirming = props.confirming.clone();
        let outcome = props.outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(None);
            confirming.set(true);
        })
    };
    let cancel = {
        let confirming = props.confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let confirm = {
        let person_key = props.person_key.clone();
        let confirming = props.confirming.clone();
        let outcome = props.outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(Some(match person_key.replace_with_new() {
                Ok(_) => Outcome::NewKeyMade,
                Err(error) => Outcome::Failed(error),
            }));
            confirming.set(false);
        })
    };
    html! {
        <>
            <Heading level={2}>{ i18n.t("key-new-heading") }</Heading>
            <p>{ i18n.t("key-new-explain") }</p>
            if *props.confirming {
                <div class="notice notice-warning" role="region" aria-labelledby="key-new-warning-title" id="key-new-warning">
                    <Heading level={3} id="key-new-warning-title">{ i18n.t("key-new-warning-title") }</Heading>
                    <ul>
                        <li>{ i18n.t("key-new-warning-professionals") }</li>
                        <li>{ i18n.t("key-new-warning-old-files") }</li>
                        <li>{ i18n.t("key-new-warning-backup") }</li>
                    </ul>
                    <p><Link<Route> to={Route::Backup}>{ i18n.t("key-go-to-backup") }</Link<Route>></p>
                    <div class="button-row">
                        <button type="button" class="button button-danger" id="key-new-confirm" onclick={confirm}>{ i18n.t("key-new-confirm") }</button>
                        <button type="button" class="button" id="key-new-cancel" onclick={cancel}>{ i18n.t("key-new-cancel") }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="button" id="key-new" onclick={ask}>{ i18n.t("key-new") }</button>
            }
        </>
    }
}
