//! Sharing's hooks: signing a round with the services it needs (the clock, random credential
//! ids, new item ids, NFC normalization, what this device last shared), and the signed files'
//! download and share sheet, and the round being put together, kept on the device until it is
//! signed or started anew. The rules live in [`crate::state::share`]; this only wires.

use std::rc::Rc;

use ownplan_core::document::RecipientPreset;
use ownplan_core::plan::Date;
use yew::prelude::*;

use crate::hooks::{PlanStore, new_item_id};
use crate::i18n::Language;
use crate::services;
use crate::services::share_sheet::ShareSheetError;
use crate::state::person_key::PersonKey;
use crate::state::share::{
    LastShared, RoundRequest, RoundSources, ShareAction, ShareDraft, SignError, SignedFile,
    SignedRound, draft_from_text, draft_to_text, sign_round,
};

/// Local storage key of what this device last shared ([`LastShared`]).
const LAST_SHARED_KEY: &str = "shared";

/// Local storage key of the round being put together.
const DRAFT_KEY: &str = "draft";

/// Forgets the round being put together (it was signed, or the person starts anew).
pub fn forget_share_draft() {
    let _ = services::storage::remove(DRAFT_KEY);
}

/// The round being put together: restored from the device when the plan has been read (if one
/// was kept for this plan), else new; kept on the device after every change while it has
/// recipients, so the choices survive a reload.
#[hook]
pub fn use_share_draft(
    store: Option<&PlanStore>,
    today: Option<Date>,
    default_statement: &str,
) -> UseReducerHandle<ShareDraft> {
    let plan = store.map(PlanStore::plan_rc);
    let loaded = store.is_some_and(PlanStore::is_loaded);
    let draft = {
        let plan = plan.clone();
        let today = today.clone();
        let default_statement = default_statement.to_owned();
        use_reducer_eq(move || match plan {
            Some(plan) => ShareDraft::new(&plan, today.as_ref(), &default_statement),
            None => ShareDraft {
                recipients: Vec::new(),
                statement: default_statement,
                valid_until: String::new(),
            },
        })
    };
    // Whether the kept draft has been looked for (once the plan is read from the device).
    let restored = use_mut_ref(|| false);
    // The draft starts from the plan as read from the device and today's date, which are known
    // only after the first render; it starts again when they arrive, unless the person has
    // already chosen someone. A draft kept on the device for this plan comes back first.
    {
        let draft = draft.clone();
        let restored = restored.clone();
        let statement = default_statement.to_owned();
        let plan_id = plan.as_ref().map(|p| p.plan_id.clone());
        let plan = plan.clone();
        use_effect_with((plan_id, loaded, today), move |(_, loaded, today)| {
            let Some(plan) = plan else {
                return;
            };
            if *loaded && !*restored.borrow() {
                *restored.borrow_mut() = true;
                let kept = services::storage::read(DRAFT_KEY)
                    .ok()
                    .flatten()
                    .and_then(|text| draft_from_text(&text, &plan));
                if let Some(kept) = kept {
                    draft.dispatch(ShareAction::Start(kept));
                    return;
                }
            }
            if draft.recipients.is_empty() {
                draft.dispatch(ShareAction::Start(ShareDraft::new(
                    &plan,
                    today.as_ref(),
                    &statement,
                )));
            }
        });
    }
    // Keep the draft on the device after every change, once the kept one has been looked for.
    {
        let restored = restored.clone();
        let plan_id = plan.as_ref().map(|p| p.plan_id.clone());
        use_effect_with((draft.clone(), plan_id), move |(draft, plan_id)| {
            if !*restored.borrow() {
                return;
            }
            match plan_id {
                Some(plan_id) if !draft.recipients.is_empty() => {
                    // If this cannot be stored, the round is still here until a reload.
                    if let Some(text) = draft_to_text(draft, plan_id) {
                        let _ = services::storage::write(DRAFT_KEY, &text);
                    }
                }
                _ => forget_share_draft(),
            }
        });
    }
    draft
}

/// Signs `draft` for every recipient with `key`, then records the round in the plan (version and
/// revision log) and on this device. Either every document is made or none is and nothing changes.
pub fn sign_and_record(
    store: &PlanStore,
    key: &PersonKey,
    draft: &ShareDraft,
    language: Language,
    today: &Date,
) -> Result<SignedRound, SignError> {
    let last = services::storage::read(LAST_SHARED_KEY)
        .ok()
        .flatten()
        .and_then(|text| LastShared::parse(&text));
    let now = services::clock::now_utc().ok_or(SignError::new("share-error-clock"))?;
    let request = RoundRequest {
        plan: store.plan(),
        draft,
        key: &key.key,
        language,
        today,
        now,
        last: last.as_ref(),
    };
    let signed = sign_round(
        &request,
        RoundSources {
            credential_id: &mut services::random::random_16,
            entry_id: &mut new_item_id,
            nfc: &services::text::to_nfc,
        },
    )?;
    store.dispatch(signed.record);
    forget_share_draft();
    // If this cannot be stored, the next round simply gets a new version: always safe.
    if let Some(last_shared) = &signed.last_shared {
        let _ = services::storage::write(LAST_SHARED_KEY, &last_shared.to_text());
    }
    Ok(signed.round)
}

/// Adds someone typed in to the draft: their name (NFC, trimmed; nothing when blank) and the
/// kind of recipient, if chosen.
#[hook]
pub fn use_add_typed_recipient(
    draft: UseReducerHandle<ShareDraft>,
) -> Callback<(String, Option<RecipientPreset>)> {
    Callback::from(move |(name, preset): (String, Option<RecipientPreset>)| {
        let name = services::text::to_nfc(name.trim());
        if name.is_empty() {
            return;
        }
        draft.dispatch(ShareAction::AddTyped {
            id: new_item_id(),
            name,
            preset,
        });
    })
}

/// What [`use_share_file`] gives one signed file's row.
#[derive(Clone, PartialEq)]
pub struct ShareFileHandle {
    /// Whether this browser can hand files to the system's share sheet.
    pub can_share: bool,
    /// What happened last (a message id), if anything is to be said.
    pub notice: Option<&'static str>,
    /// Download the file.
    pub download: Callback<()>,
    /// Hand the file to the share sheet.
    pub share: Callback<()>,
}

/// Download and share sheet for one signed file.
#[hook]
pub fn use_share_file(file: Rc<SignedFile>) -> ShareFileHandle {
    let notice = use_state_eq(|| None::<&'static str>);
    let can_share = *use_memo((), |()| services::share_sheet::can_share_files());
    let download = {
        let file = file.clone();
        let notice = notice.clone();
        Callback::from(move |()| {
            let ok =
                services::files::download_text(&file.file_name, "application/json", &file.text);
            notice.set(Some(if ok {
                "share-downloaded"
            } else {
                "share-download-failed"
            }));
        })
    };
    let share = {
        let notice = notice.clone();
        Callback::from(move |()| {
            let file = file.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match services::share_sheet::share_file(&file.file_name, &file.text).await {
                    Ok(()) => notice.set(Some("share-shared")),
                    Err(ShareSheetError::Cancelled) => notice.set(None),
                    Err(ShareSheetError::Failed) => notice.set(Some("share-share-failed")),
                }
            });
        })
    };
    ShareFileHandle {
        can_share,
        notice: *notice,
        download,
        share,
    }
}
