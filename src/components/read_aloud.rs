//! "Read aloud": reads the text of an element on the screen (a part of the plan, a question of
//! the guided mode, the crisis card) with the device's own voice, in the plan's language. One
//! button that stays in place (Read aloud, Pause, Continue) and a Stop button while reading; a
//! polite live region says what happens. Without a voice for the language on the device,
//! nothing is shown. Nothing is sent anywhere.

use yew::prelude::*;

use crate::hooks::{ReadAloudIds, use_i18n, use_plan, use_read_aloud};
use crate::state::read_aloud::Reading;

/// Properties of [`ReadAloud`].
#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    /// The id of the element whose content is read (the buttons may be inside it: they are not
    /// read, nor anything with the class `no-read`).
    pub target: AttrValue,
    /// The language to read in (BCP 47); by default the plan's, else the interface's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
}

/// The read-aloud buttons for the element `target`.
#[component]
pub fn ReadAloud(props: &ReadAloudProps) -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let lang = props
        .lang
        .clone()
        .or_else(|| {
            let language = store?.plan().meta.language.clone();
            (!language.trim().is_empty()).then(|| AttrValue::from(language))
        })
        .unwrap_or_else(|| AttrValue::from(i18n.language.code()));
    let toggle_id = AttrValue::from(format!("{}-read-aloud", props.target));
    let stop_id = AttrValue::from(format!("{}-read-aloud-stop", props.target));
    let read = use_read_aloud(
        ReadAloudIds {
            content: props.target.clone(),
            toggle: toggle_id.clone(),
            stop: stop_id.clone(),
        },
        lang,
    );
    if !read.available {
        return Html::default();
    }
    let toggle_class = match read.reading {
        Reading::Reading => "read-aloud-pause",
        Reading::Paused => "read-aloud-resume",
        Reading::Ready | Reading::Stopped | Reading::Finished => "read-aloud-start",
    };
    let announcement = announcement_id(read.reading).map(|id| i18n.t(id));
    html! {
        <div class="read-aloud button-row no-print no-read">
            <button type="button" id={toggle_id} class={classes!("button", "read-aloud-toggle", toggle_class)}
                onclick={read.toggle.reform(|_| ())}>
                { i18n.t(toggle_label_id(read.reading)) }
            </button>
            if read.reading.is_active() {
                <button type="button" id={stop_id} class="button read-aloud-stop"
                    onclick={read.stop.reform(|_| ())}>
                    { i18n.t("read-aloud-stop") }
                </button>
            }
            <p class="visually-hidden read-aloud-status" role="status">{ announcement }</p>
        </div>
    }
}

/// The toggle button's words: what pressing it does.
fn toggle_label_id(reading: Reading) -> &'static str {
    match reading {
        Reading::Reading => "read-aloud-pause",
        Reading::Paused => "read-aloud-resume",
        Reading::Ready | Reading::Stopped | Reading::Finished => "read-aloud-start",
    }
}

/// What the live region says (nothing before the first reading).
fn announcement_id(reading: Reading) -> Option<&'static str> {
    match reading {
        Reading::Ready => None,
        Reading::Reading => Some("read-aloud-reading"),
        Reading::Paused => Some("read-aloud-paused"),
        Reading::Stopped => Some("read-aloud-stopped"),
        Reading::Finished => Some("read-aloud-finished"),
    }
}
