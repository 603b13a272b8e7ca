//! Signing a share round: one separately signed document per recipient with only their
//! sections, the plan version the round carries, and the revision log entries that record who
//! got which version when. The pure parts live in [`crate::state::share`]; this adds the clock,
//! the random credential ids, the person's key and local storage.

use std::rc::Rc;

use ownplan_core::document::{ExportRequest, SharingConsentStatement, export_for_recipient};
use ownplan_core::plan::{Date, ItemId, Plan, Problem, Section, Text};

use crate::hooks::{I18n, PlanStore, new_item_id};
use crate::services;
use crate::state::person_key::PersonKey;
use crate::state::plan::PlanAction;
use crate::state::share::{
    LastShared, ShareDraft, content_digest, file_name, revision_entry, valid_until_for,
    version_for_round,
};

/// Local storage key of what this device last shared ([`LastShared`]).
const LAST_SHARED_KEY: &str = "shared";

/// One signed document, ready to download, share or print.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedFile {
    /// The recipient's id in the draft.
    pub recipient_id: ItemId,
    /// The recipient's name, for the view.
    pub recipient_name: String,
    /// The file name (person, recipient, date).
    pub file_name: String,
    /// The signed document, pretty-printed JSON.
    pub text: Rc<str>,
    /// Exactly what the recipient will see: the plan restricted to their sections.
    pub content: Rc<Plan>,
    /// The sections it holds.
    pub sections: Vec<Section>,
    /// The consent the document carries.
    pub consent: SharingConsentStatement,
}

/// A signed round.
#[derive(Clone, Debug, PartialEq)]
pub struct SignedRound {
    /// The plan version the documents carry.
    pub version: u32,
    /// One file per recipient, in the draft's order.
    pub files: Vec<SignedFile>,
}

/// Why a round could not be signed; nothing was recorded.
#[derive(Clone, Debug, PartialEq)]
pub struct SignError {
    /// The message id of the reason.
    pub message_id: &'static str,
    /// For plan content errors: what to fix.
    pub problems: Vec<Problem>,
}

impl SignError {
    fn new(message_id: &'static str) -> Self {
        SignError {
            message_id,
            problems: Vec::new(),
        }
    }
}

/// Signs `draft` for every recipient with `key`, then records the round in the plan (version and
/// revision log) and on this device. Either every document is made or none is and nothing changes.
pub fn sign_round(
    store: &PlanStore,
    key: &PersonKey,
    draft: &ShareDraft,
    i18n: &I18n,
    today: &Date,
) -> Result<SignedRound, SignError> {
    let plan = store.plan();
    let last = services::storage::read(LAST_SHARED_KEY)
        .ok()
        .flatten()
        .and_then(|text| LastShared::parse(&text));
    let version = version_for_round(plan, last.as_ref());
    let mut signed_plan = plan.clone();
    signed_plan.plan_version = version;
    let now = services::clock::now_utc().ok_or(SignError::new("share-error-clock"))?;
    let round_until = draft.valid_until_date().map_err(SignError::new)?;
    let statement = Text::from_nfc(services::text::to_nfc(draft.statement.trim()));
    let owner = if plan.owner.name.is_blank() {
        i18n.t("share-file-owner-unnamed").to_string()
    } else {
        plan.owner.name.as_str().to_owned()
    };

    let mut files = Vec::new();
    for recipient in &draft.recipients {
        let credential_id =
            services::random::random_16().ok_or(SignError::new("key-error-no-random"))?;
        let consent = SharingConsentStatement {
            statement: statement.clone(),
            given_on: Some(today.clone()),
            valid_until: valid_until_for(plan, recipient, round_until.clone()),
            conditions: Text::from_nfc(services::text::to_nfc(recipient.conditions.trim())),
        };
        let request = ExportRequest {
            plan: &signed_plan,
            recipients: vec![recipient.recipient.clone()],
            sections: recipient.sections.clone(),
            sharing_consent: consent.clone(),
            credential_id,
            valid_from: now.as_str().to_owned(),
        };
        let document = export_for_recipient(&request, &key.key).map_err(|error| SignError {
            message_id: error.message_id(),
            problems: match error {
                ownplan_core::document::DocumentError::ContentErrors { problems } => problems,
                _ => Vec::new(),
            },
        })?;
        let text = serde_json::to_string_pretty(&document)
            .map_err(|_| SignError::new("share-error-failed"))?;
        let name = file_name(&i18n.t_with(
            "share-file-name",
            &[
                ("owner", &owner),
                ("recipient", recipient.recipient.name.as_str()),
                ("date", today.as_str()),
            ],
        ));
        files.push(SignedFile {
            recipient_id: recipient.id.clone(),
            recipient_name: recipient.recipient.name.as_str().to_owned(),
            file_name: name,
            text: text.into(),
            content: Rc::new(ownplan_core::document::plan_for_sections(
                &signed_plan,
                &recipient.sections,
            )),
            sections: recipient.sections.clone(),
            consent,
        });
    }

    let at = Some(now);
    let entries = draft
        .recipients
        .iter()
        .map(|recipient| {
            let sections: Vec<String> = recipient
                .sections
                .iter()
                .map(|section| i18n.t(crate::forms::section_label_id(*section)).to_string())
                .collect();
            let text = i18n
                .t_with(
                    "share-revision-entry",
                    &[
                        ("recipient", recipient.recipient.name.as_str()),
                        ("sections", &sections.join(", ")),
                    ],
                )
                .replace(['\u{2068}', '\u{2069}'], "");
            revision_entry(new_item_id(), at.clone(), version, text)
        })
        .collect();
    store.dispatch(PlanAction::RecordShare { version, entries });
    // If this cannot be made or stored, the next round simply gets a new version: always safe.
    if let Some(digest) = content_digest(&signed_plan) {
        let remembered = LastShared {
            plan_id: plan.plan_id.as_str().to_owned(),
            version,
            digest,
        };
        let _ = services::storage::write(LAST_SHARED_KEY, &remembered.to_text());
    }
    Ok(SignedRound { version, files })
}
