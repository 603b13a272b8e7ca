//! The language picker: a labelled native `<select>`, which every phone, keyboard and screen
//! reader already knows how to use. Each language is named in itself ("Norsk nynorsk"), so a
//! person can find their own language whatever the widget is showing now.

use yew::prelude::*;

use crate::hooks::use_i18n;
use crate::i18n::Language;

/// Properties of [`LanguagePicker`].
#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The language shown now.
    pub current: Language,
    /// Called with the language the person picks.
    pub on_choose: Callback<Language>,
}

/// Lets the person switch the widget's language.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let i18n = use_i18n();
    let onchange = {
        let on_choose = props.on_choose.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            if let Some(language) = Language::from_code(&select.value()) {
                on_choose.emit(language);
            }
        })
    };
    html! {
        <div class="language-picker">
            <label for="ownplan-language">{ i18n.t("language-label") }</label>
            <select id="ownplan-language" {onchange}>
                { for Language::ALL.into_iter().map(|language| html! {
                    <option
                        value={language.code()}
                        lang={language.code()}
                        selected={language == props.current}
                    >
                        { i18n.t(language.autonym_id()) }
                    </option>
                }) }
            </select>
        </div>
    }
}
