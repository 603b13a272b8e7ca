//! Form fields: each a real `<label for>` tied to its control, an optional one-line hint tied
//! with `aria-describedby`, and a value in, a callback out. Large tap targets come from the css.
//!
//! Fields emit on every input, so nothing typed waits for a "save" button; the plan store saves
//! shortly after.
//!
//! A date whose year lies far ahead or far back (3012 typed for 2012) gets a calm question next
//! to it ([`YearQuestion`]); it never blocks, since such a date may be meant.

use std::rc::Rc;

use ownplan_core::plan::Date;
use yew::prelude::*;

use crate::hooks::{use_i18n, use_today};
use crate::state::dates::questionable_year;

fn hint(
    i18n: &crate::hooks::I18n,
    id: &str,
    hint_id: &Option<AttrValue>,
) -> (Html, Option<String>) {
    match hint_id {
        Some(hint_id) => {
            let hint_element = format!("{id}-hint");
            (
                html! { <p class="field-hint" id={hint_element.clone()}>{ i18n.t(hint_id) }</p> },
                Some(hint_element),
            )
        }
        None => (Html::default(), None),
    }
}

/// The kind of one-line input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LineKind {
    /// Plain text.
    Text,
    /// The person's own name (the browser may offer the name it knows).
    OwnName,
    /// The person's own phone number (the browser may offer it).
    OwnPhone,
    /// The person's own e-mail address (the browser may offer it).
    OwnEmail,
    /// Someone else's phone number (phone keyboards show digits; the browser does not offer
    /// the person's own number).
    Phone,
    /// Someone else's e-mail address.
    Email,
    /// A date (`YYYY-MM-DD`, the browser's date picker).
    Date,
    /// A time of day (`HH:MM`).
    Time,
}

impl LineKind {
    fn input_type(self) -> &'static str {
        match self {
            LineKind::Text | LineKind::OwnName => "text",
            LineKind::Phone | LineKind::OwnPhone => "tel",
            LineKind::Email | LineKind::OwnEmail => "email",
            LineKind::Date => "date",
            LineKind::Time => "time",
        }
    }

    fn input_mode(self) -> Option<&'static str> {
        match self {
            LineKind::Phone | LineKind::OwnPhone => Some("tel"),
            _ => None,
        }
    }

    fn autocomplete(self) -> &'static str {
        match self {
            LineKind::OwnName => "name",
            LineKind::OwnPhone => "tel",
            LineKind::OwnEmail => "email",
            _ => "off",
        }
    }
}

/// Properties of [`LineField`].
#[derive(Properties, PartialEq, Clone)]
pub struct LineFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// New value.
    pub on_change: Callback<String>,
    /// What kind of line.
    #[prop_or(LineKind::Text)]
    pub kind: LineKind,
}

/// A one-line input.
#[component]
pub fn LineField(props: &LineFieldProps) -> Html {
    let i18n = use_i18n();
    let today = use_today();
    let (hint_html, described_by) = hint(&i18n, &props.id, &props.hint_id);
    let is_date = props.kind == LineKind::Date;
    let question_id = format!("{}-year", props.id);
    let questioned = is_date
        && today
            .as_ref()
            .is_some_and(|today| questionable_year(&props.value, today).is_some());
    // The question is read with the field while it is shown.
    let described_by = match (described_by, questioned) {
        (Some(hint), true) => Some(format!("{hint} {question_id}")),
        (None, true) => Some(question_id.clone()),
        (hint, false) => hint,
    };
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    // Date and time pickers report through `change` in some browsers.
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_change.emit(input.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
            { hint_html }
            <input
                id={props.id.clone()}
                type={props.kind.input_type()}
                autocomplete={props.kind.autocomplete()}
                inputmode={props.kind.input_mode()}
                value={props.value.clone()}
                aria-describedby={described_by}
                {oninput}
                {onchange}
            />
            if is_date {
                <YearQuestion id={question_id} value={props.value.clone()} {today} />
            }
        </div>
    }
}

/// Properties of [`YearQuestion`].
#[derive(Properties, PartialEq, Clone)]
pub struct YearQuestionProps {
    /// Element id of the question (the field's id with `-year`).
    pub id: AttrValue,
    /// The date as typed (`YYYY-MM-DD`, or anything while it is being typed).
    pub value: AttrValue,
    /// Today, once the clock has been read.
    pub today: Option<Date>,
}

/// "Is the year right? 3012" under a date far ahead or far back ([`questionable_year`]). The
/// element is always there and polite, so the question is announced when it appears; it is
/// empty (and hidden by the css) while the date looks fine.
#[component]
pub fn YearQuestion(props: &YearQuestionProps) -> Html {
    let i18n = use_i18n();
    let year = props
        .today
        .as_ref()
        .and_then(|today| questionable_year(&props.value, today));
    html! {
        <p class="field-question" id={props.id.clone()} aria-live="polite">
            if let Some(year) = year {
                { i18n.t_with("date-year-question", &[("year", &year.to_string())]) }
            }
        </p>
    }
}

/// Properties of [`ParagraphField`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParagraphFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// Current value.
    pub value: AttrValue,
    /// New value.
    pub on_change: Callback<String>,
}

/// A multi-line text area for the person's own words.
#[component]
pub fn ParagraphField(props: &ParagraphFieldProps) -> Html {
    let i18n = use_i18n();
    let (hint_html, described_by) = hint(&i18n, &props.id, &props.hint_id);
    let oninput = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            on_change.emit(area.value());
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
            { hint_html }
            <textarea
                id={props.id.clone()}
                rows="4"
                value={props.value.clone()}
                aria-describedby={described_by}
                {oninput}
            />
        </div>
    }
}

/// Properties of [`ChoiceField`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChoiceFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// The chosen value (`""` for none).
    pub value: AttrValue,
    /// The choices: (value, message id of its name).
    pub choices: Rc<Vec<(AttrValue, AttrValue)>>,
    /// Choices whose names are already translated or are the person's own words (e.g. names
    /// of people in the network): (value, text).
    #[prop_or_default]
    pub named_choices: Rc<Vec<(AttrValue, AttrValue)>>,
    /// New value (`""` for none).
    pub on_change: Callback<String>,
}

/// A choice from a short list, as a native `<select>` (best on phones and with screen readers).
/// The first option is always "not chosen", so every choice can be undone.
#[component]
pub fn ChoiceField(props: &ChoiceFieldProps) -> Html {
    let i18n = use_i18n();
    let (hint_html, described_by) = hint(&i18n, &props.id, &props.hint_id);
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            on_change.emit(select.value());
        })
    };
    let option = |value: &AttrValue, text: AttrValue| {
        html! { <option value={value.clone()} selected={*value == props.value}>{ text }</option> }
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
            { hint_html }
            <select id={props.id.clone()} aria-describedby={described_by} {onchange}>
                <option value="" selected={props.value.is_empty()}>{ i18n.t("choice-none") }</option>
                { for props.choices.iter().map(|(value, id)| option(value, i18n.t(id))) }
                { for props.named_choices.iter().map(|(value, text)| option(value, text.clone())) }
            </select>
        </div>
    }
}

/// Properties of [`CheckField`].
#[derive(Properties, PartialEq, Clone)]
pub struct CheckFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Checked or not.
    pub checked: bool,
    /// New state.
    pub on_change: Callback<bool>,
}

/// A yes/no choice.
#[component]
pub fn CheckField(props: &CheckFieldProps) -> Html {
    let i18n = use_i18n();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            on_change.emit(input.checked());
        })
    };
    html! {
        <div class="field field-check">
            <input id={props.id.clone()} type="checkbox" checked={props.checked} {onchange} />
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
        </div>
    }
}

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// Element id.
    pub id: AttrValue,
    /// Label message id.
    pub label_id: AttrValue,
    /// Hint message id.
    #[prop_or_default]
    pub hint_id: Option<AttrValue>,
    /// The stored number, if any.
    pub value: Option<u32>,
    /// A new number, or `None` when the field was emptied.
    pub on_change: Callback<Option<u32>>,
}

/// A whole number. Anything else is not stored: the field says so, tied to the control with
/// `aria-describedby`, and the stored number stays as it was.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let i18n = use_i18n();
    // What the person typed, while it is not a whole number.
    let invalid_text = use_state_eq(|| None::<String>);
    let error_id = format!("{}-error", props.id);
    let (hint_html, hint_element) = hint(&i18n, &props.id, &props.hint_id);
    let described_by = match (&hint_element, invalid_text.is_some()) {
        (Some(hint), true) => Some(format!("{hint} {error_id}")),
        (Some(hint), false) => Some(hint.clone()),
        (None, true) => Some(error_id.clone()),
        (None, false) => None,
    };
    let oninput = {
        let on_change = props.on_change.clone();
        let invalid_text = invalid_text.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let text = input.value();
            let trimmed = text.trim();
            if trimmed.is_empty() {
                invalid_text.set(None);
                on_change.emit(None);
            } else if let Ok(number) = trimmed.parse::<u32>() {
                invalid_text.set(None);
                on_change.emit(Some(number));
            } else {
                invalid_text.set(Some(text));
            }
        })
    };
    let shown = match &*invalid_text {
        Some(text) => text.clone(),
        None => props.value.map(|n| n.to_string()).unwrap_or_default(),
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ i18n.t(&props.label_id) }</label>
            { hint_html }
            <input
                id={props.id.clone()}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                value={shown}
                aria-invalid={invalid_text.is_some().then_some("true")}
                aria-describedby={described_by}
                {oninput}
            />
            if invalid_text.is_some() {
                <p class="field-error" id={error_id}>{ i18n.t("error-whole-number") }</p>
            }
        </div>
    }
}
