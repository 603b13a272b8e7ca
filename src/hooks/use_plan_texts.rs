//! The texts that go into a signed document (the default consent statement, a preset's words)
//! in the plan's own language, not the interface language of whoever is helping. When the
//! plan's language is not the one on screen its messages are fetched once (the offline worker
//! keeps every language); until they come, or if they cannot be had, the interface's language
//! is used and nothing alarming is said. The choice itself is `state::plan_language`.

use yew::prelude::*;

use crate::hooks::use_i18n;
use crate::i18n::{Language, MessagePart, has_messages, has_part, translate, translate_with};
use crate::services;
use crate::state::plan_language::{follow_default, texts_language};
use crate::state::share::{ShareAction, ShareDraft};

/// The message id of the default consent statement.
pub const DEFAULT_STATEMENT_ID: &str = "share-default-statement";

/// Texts for a document, in the plan's language once it is here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanTexts {
    /// The language the texts are written in now.
    pub language: Language,
    /// The language they are meant to be in (the plan's, when the widget speaks it).
    pub wanted: Language,
}

impl PlanTexts {
    /// The message `id` for the document.
    pub fn t(&self, id: &str) -> String {
        translate(self.language, id)
    }

    /// The message `id` for the document, with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, &str)]) -> String {
        translate_with(self.language, id, args)
    }
}

/// Texts in the language of a plan whose `meta.language` is `plan_language` (none while the
/// plan is being read: then the interface's).
#[hook]
pub fn use_plan_texts(plan_language: Option<&str>) -> PlanTexts {
    let i18n = use_i18n();
    // Set when the plan's language could not be fetched: it is not asked for again.
    let failed = use_state_eq(|| None::<Language>);
    // Set when it arrived, so the view renders again with it.
    let arrived = use_state_eq(|| None::<Language>);
    // The texts are the share view's words (`share-*`) in the plan's language.
    let has_texts = |language| has_messages(language) && has_part(language, MessagePart::Share);
    let choice = texts_language(plan_language, i18n.language, has_texts, *failed);
    {
        let failed = failed.setter();
        let arrived = arrived.setter();
        use_effect_with(choice.to_fetch(), move |wanted| {
            if let Some(language) = *wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = match services::messages::load(language).await {
                        Ok(()) => services::messages::load_part(language, MessagePart::Share).await,
                        Err(error) => Err(error),
                    };
                    match loaded {
                        Ok(()) => arrived.set(Some(language)),
                        Err(_) => failed.set(Some(language)),
                    }
                });
            }
        });
    }
    let wanted = match choice.to_fetch() {
        Some(wanted) => wanted,
        None => plan_language
            .and_then(crate::state::plan_language::language_of_tag)
            .unwrap_or(i18n.language),
    };
    PlanTexts {
        language: choice.now(),
        wanted,
    }
}

/// Keeps a round's consent statement in the plan's language: when the plan's messages arrive
/// after the round was started with the interface's default, a statement the person has not
/// changed becomes the default in the plan's language. Their own words are never touched.
///
/// Only the arrival of the same wanted language counts: when the wanted language itself changes
/// (the plan was just read), the round is being started or restored in that same render and
/// already takes the default of the moment.
#[hook]
pub fn use_statement_in_plan_language(draft: &UseReducerHandle<ShareDraft>, texts: PlanTexts) {
    let draft = draft.clone();
    let previous = use_mut_ref(|| texts);
    use_effect_with(texts, move |texts| {
        let before = std::mem::replace(&mut *previous.borrow_mut(), *texts);
        if before.wanted != texts.wanted || before.language == texts.language {
            return;
        }
        let old = translate(before.language, DEFAULT_STATEMENT_ID);
        let new = translate(texts.language, DEFAULT_STATEMENT_ID);
        if let Some(text) = follow_default(&draft.statement, &old, &new) {
            draft.dispatch(ShareAction::SetStatement(text));
        }
    });
}
