//! Loads one language's messages from the widget's own files (`locales/<code>.ftl`, written by
//! the build; see `crate::i18n`) and installs them, so the first load carries one language
//! instead of three. The service worker keeps the files for offline use. A language already
//! loaded (or compiled in, natively) is not fetched again.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::error::MessagesError;
use crate::i18n::{Language, MessagePart, has_messages, has_part, install_messages, install_part};

/// A message every language file has: a fetched text without it is not a file of messages
/// (for example a host's "not found" page).
const ALWAYS_PRESENT: &str = "app-title =";

/// Makes `language`'s messages available, fetching them once.
pub async fn load(language: Language) -> Result<(), MessagesError> {
    if has_messages(language) {
        return Ok(());
    }
    let text = match likely_messages(language).await {
        Some(text) => Some(text),
        None => {
            let url = format!(
                "{}locales/{}.ftl",
                super::page::files_base(),
                language.code()
            );
            fetch_text(&url).await
        }
    };
    let text = text
        .filter(|text| text.contains(ALWAYS_PRESENT))
        .ok_or(MessagesError::Unavailable)?;
    install_messages(language, text);
    Ok(())
}

/// The messages `static/boot.js` fetched while the wasm was downloading
/// (`ownplanLikelyMessages`: its guess of the person's language, and the file's text), if it
/// guessed `language` and the file came. Used once: a later load fetches anew.
async fn likely_messages(language: Language) -> Option<String> {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("ownplanLikelyMessages");
    let likely = js_sys::Reflect::get(&global, &key).ok()?;
    let code = js_sys::Reflect::get(&likely, &"code".into())
        .ok()?
        .as_string()?;
    if code != language.code() {
        return None;
    }
    let text = js_sys::Reflect::get(&likely, &"text".into()).ok()?;
    let _ = js_sys::Reflect::delete_property(&global, &key);
    let text = text.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(text).await.ok()?.as_string()
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}

/// Makes the messages of `part` in `language` available, fetching them once
/// (`locales/<code>-<part>.ftl`): the words of a view the first load leaves out.
pub async fn load_part(language: Language, part: MessagePart) -> Result<(), MessagesError> {
    if has_part(language, part) {
        return Ok(());
    }
    let url = format!(
        "{}locales/{}-{}.ftl",
        super::page::files_base(),
        language.code(),
        part.file_suffix()
    );
    // A file of messages, not a host's "not found" page.
    let text = fetch_text(&url)
        .await
        .filter(|text| !text.trim_start().starts_with('<') && text.contains(" = "))
        .ok_or(MessagesError::Unavailable)?;
    install_part(language, part, text);
    Ok(())
}

/// Makes `language`'s messages available, with every view's words that `current` has now.
pub async fn load_like(language: Language, current: Language) -> Result<(), MessagesError> {
    load(language).await?;
    for part in MessagePart::ALL {
        if has_part(current, part) {
            load_part(language, part).await?;
        }
    }
    Ok(())
}
