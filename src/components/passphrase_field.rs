//! A passphrase input: a real `<label for>`, an optional hint and error tied with
//! `aria-describedby`, hidden or shown as the person chooses (the choice is the caller's, so one
//! "show" switch can serve two fields). Password managers are told whether it is a new one,
//! except in helping mode: on a shared computer the browser profile belongs to everyone, so the
//! field says `autocomplete="off"` and is no recognizable login or sign-up form (no `<form>`, no
//! `name`, no user name field next to it; the caller empties it once the file is made), which is
//! what keeps browsers from offering to save it. An error is an alert: announced when it appears.

use yew::prelude::*;

use crate::hooks::use_i18n;

/// Properties of [`PassphraseField`].
#[derive(Properties, PartialEq, Clone)]
pub struct PassphraseFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint text (already translated).
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Error text (already translated); marks the field invalid.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// New value.
    pub on_change: Callback<String>,
    /// Show the characters instead of dots.
    pub shown: bool,
    /// A new passphrase (`new-password`) or one to type again (`current-password`).
    #[prop_or_default]
    pub new: bool,
}

/// A passphrase input.
#[component]
pub fn PassphraseField(props: &PassphraseFieldProps) -> Html {
    let i18n = use_i18n();
    let shared_computer = crate::hooks::use_peer_mode::helping_mode();
    let autocomplete = if shared_computer {
        "off"
    } else if props.new {
        "new-password"
    } else {
        "current-password"
    };
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
            if let Some(hint) = &props.hint {
                <p class="field-hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <input
                id={props.id.clone()}
                type={if props.shown { "text" } else { "password" }}
                {autocomplete}
                autocapitalize="off"
                spellcheck="false"
                value={props.value.clone()}
                aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                {oninput}
            />
            if let Some(error) = &props.error {
                // An alert, so a screen reader says it as it appears, wherever the person is.
                <p class="field-error" id={error_id} role="alert">{ error.clone() }</p>
            }
        </div>
    }
}
