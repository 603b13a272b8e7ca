//! Making a plan document: [`ExportRequest`] says what goes to whom, [`build_credential`] makes
//! the unsigned Verifiable Credential and [`export_for_recipient`] signs it.
//!
//! The document (see `docs/FORMAT.md` for every field):
//!
//! ```json
//! {
//!   "@context": ["https://www.w3.org/ns/credentials/v2",
//!                "https://www.w3.org/ns/credentials/undefined-terms/v2"],
//!   "type": ["VerifiableCredential", "OwnplanPlanCredential"],
//!   "id": "urn:uuid:<caller-supplied random bytes>",
//!   "issuer": "did:key:z6Mk...",
//!   "validFrom": "2026-11-22T10:00:00Z",
//!   "validUntil": "2027-09-13T23:59:59Z",
//!   "credentialSubject": {
//!     "formatVersion": 4, "planId": "urn:uuid:...", "planVersion": 3, "meta": {...}, "owner": {...},
//!     "recipients": [...], "sections": [...], "sharingConsent": {...}, "generator": "ownplan 0.1.0",
//!     "individualPlan": {...}, "crisisPlan": {...}, "network": [...]
//!   },
//!   "proof": {...}
//! }
//! ```
//!
//! `credentialSubject` is a plan in the plan file format restricted to the chosen sections, less
//! what the person left out of them ([`plan_for_selection`]), without the plan's `consent`, plus the export's own members
//! ([`ExportInfo`], with `itemsLeftOut` when something was left out). Keeping the plan's own shape means an integrator who can read a plan file can
//! read the content, and every problem path in the plan maps to `$.credentialSubject.<path>`.
//!
//! The VC 2.0 base context has no `@vocab`, so our own member names are defined by the
//! undefined-terms context that ends `@context` ([`CONTEXT`]), and every `id` inside is a UUID
//! URN ([`crate::plan::ItemId`]): a JSON-LD processor in safe mode then keeps every member.

use serde_json::{Map, Value};

use super::sections::normalized_sections;
use super::selection::{LeaveOut, Selection, plan_for_selection};
use super::subject::{ExportInfo, Recipient, SharingConsentStatement};
use super::{DocumentError, problems_in_document};
use crate::plan::{
    Date, ItemId, LifeArea, PersonRef, Plan, Role, Section, SharingConsent, has_errors, validate,
};
use crate::proof::{SigningKey, sign, validate_utc_datetime};

/// The Verifiable Credentials 2.0 base context, the first `@context` entry.
pub const VC_CONTEXT_V2: &str = "https://www.w3.org/ns/credentials/v2";
/// The context VC 2.0 asks for last when a credential uses terms of its own: it maps every term
/// the base context does not define (`crisisPlan`, `formatVersion`, ...) to an IRI, so JSON-LD
/// processing keeps them. Format version 2 on.
pub const UNDEFINED_TERMS_CONTEXT_V2: &str = "https://www.w3.org/ns/credentials/undefined-terms/v2";
/// The `@context` of a document of format 2 or later (and so of its proof), in this order.
pub const CONTEXT: [&str; 2] = [VC_CONTEXT_V2, UNDEFINED_TERMS_CONTEXT_V2];
/// The `@context` of a format-1 document, still accepted when verifying one.
pub const CONTEXT_FORMAT_1: [&str; 1] = [VC_CONTEXT_V2];
/// The Verifiable Credential type every credential has.
pub const VERIFIABLE_CREDENTIAL: &str = "VerifiableCredential";
/// Our credential type: a credential whose subject is (part of) an ownplan plan. Named after the
/// VC convention `<Thing>Credential`, with the product name so it cannot clash with others' types.
pub const PLAN_CREDENTIAL_TYPE: &str = "OwnplanPlanCredential";
/// The time of day `validUntil` gets: the consent's last day holds to its end (UTC).
pub const VALID_UNTIL_TIME: &str = "T23:59:59Z";

/// What to export for one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest<'a> {
    /// The whole plan; only the chosen sections leave it.
    pub plan: &'a Plan,
    /// Who the document is for (normally one).
    pub recipients: Vec<Recipient>,
    /// The sections to include; order and repeats do not matter.
    pub sections: Vec<Section>,
    /// The consent it is shared under. Its `valid_until` becomes the credential's `validUntil`.
    pub sharing_consent: SharingConsentStatement,
    /// 16 random bytes for the credential id (the core has no randomness).
    pub credential_id: [u8; 16],
    /// When the document is made, a UTC date-time such as `2026-11-22T10:00:00Z` (the core has no
    /// clock). It is both `validFrom` and the proof's `created`.
    pub valid_from: String,
}

impl<'a> ExportRequest<'a> {
    /// The export the plan's own consent describes for one recipient: `id` is the id of a sharing
    /// consent, or of the network member it names (a bare UUID, as format 1 wrote ids, is read
    /// as its `urn:uuid:` form). Recipient, sections and consent come from the
    /// plan: the consent statement from `consent.toPlan`, the last day from the sharing consent's
    /// `until` (else the plan consent's), and its note as the conditions.
    pub fn for_sharing_consent(
        plan: &'a Plan,
        id: &str,
        credential_id: [u8; 16],
        valid_from: &str,
    ) -> Result<Self, DocumentError> {
        let find = |wanted: &ItemId| {
            let sharing = &plan.consent.sharing;
            sharing
                .iter()
                .find(|sharing| sharing.id == *wanted)
                .or_else(|| {
                    sharing.iter().find(|sharing| {
                        sharing.recipient.as_ref().and_then(PersonRef::member_id) == Some(wanted)
                    })
                })
        };
        let sharing = find(&ItemId::new(id))
            .or_else(|| find(&ItemId::from_format_1(id)))
            .ok_or_else(|| DocumentError::UnknownRecipient { id: id.to_owned() })?;
        let to_plan = &plan.consent.to_plan;
        Ok(Self {
            plan,
            recipients: recipient_of(plan, sharing).into_iter().collect(),
            sections: sharing.sections.clone(),
            sharing_consent: SharingConsentStatement {
                statement: to_plan.statement.clone(),
                given_on: to_plan.given_on.clone(),
                valid_until: sharing
                    .until
                    .clone()
                    .or_else(|| to_plan.valid_until.clone()),
                conditions: sharing.note.clone(),
            },
            credential_id,
            valid_from: valid_from.to_owned(),
        })
    }
}

/// The recipient a sharing consent names, described by name, role and organisation.
fn recipient_of(plan: &Plan, sharing: &SharingConsent) -> Option<Recipient> {
    match sharing.recipient.as_ref()? {
        PersonRef::Me => Some(Recipient {
            name: plan.owner.name.clone(),
            ..Recipient::default()
        }),
        PersonRef::Typed(name) => Some(Recipient {
            name: name.clone(),
            ..Recipient::default()
        }),
        PersonRef::Member(id) => {
            let member = plan.member(id)?;
            Some(Recipient {
                name: member.name.clone(),
                role: member.role.clone(),
                organisation: member.organisation.clone(),
            })
        }
    }
}

/// The unsigned credential for `request` with whole sections, exactly as
/// [`export_for_recipient`] signs it: [`build_selection_credential`] leaving nothing out.
pub fn build_credential(request: &ExportRequest<'_>, issuer: &str) -> Result<Value, DocumentError> {
    build_selection_credential(request, &LeaveOut::nothing(), issuer)
}

/// The unsigned credential for `request`'s sections less what `leave_out` names
/// ([`plan_for_selection`]), exactly as [`export_selection_for_recipient`] signs it. When that
/// leaves out something the sections hold, the document says `"itemsLeftOut": true` (never
/// what).
///
/// Refuses an empty choice of sections, a `valid_from` that is not a UTC date-time, and content
/// with plan errors (a date that does not exist, a reference to nobody, ...): what cannot be
/// verified is never made. Warnings do not stop an export.
pub fn build_selection_credential(
    request: &ExportRequest<'_>,
    leave_out: &LeaveOut,
    issuer: &str,
) -> Result<Value, DocumentError> {
    let sections = normalized_sections(&request.sections);
    if sections.is_empty() {
        return Err(DocumentError::NoSections);
    }
    validate_utc_datetime(&request.valid_from)?;
    let selection = Selection {
        sections: sections.clone(),
        leave_out: leave_out.clone(),
    };
    let content = plan_for_selection(request.plan, &selection);
    let info = ExportInfo {
        recipients: request.recipients.clone(),
        sections,
        items_left_out: selection.leaves_out_something(request.plan),
        sharing_consent: request.sharing_consent.clone(),
        generator: format!("ownplan {}", crate::CRATE_VERSION),
    };

    // `valid_from` passed the UTC date-time check above, so it starts with a valid date. The
    // errors checked here do not depend on the day; it only decides which warnings there are.
    let today = request
        .valid_from
        .get(..10)
        .and_then(|day| Date::parse(day).ok());
    if let Some(today) = today {
        let mut problems = problems_in_document(validate(&content, &today));
        problems.extend(super::verify::export_info_problems(&info, &today));
        if has_errors(&problems) {
            problems.retain(|problem| problem.is_error());
            return Err(DocumentError::ContentErrors { problems });
        }
    }

    let mut subject = match content.to_json_value() {
        Value::Object(members) => members,
        _ => Map::new(),
    };
    if let Value::Object(members) = serde_json::to_value(&info).unwrap_or(Value::Null) {
        subject.extend(members);
    }

    let mut credential = Map::new();
    credential.insert("@context".into(), Value::from(CONTEXT.to_vec()));
    credential.insert(
        "type".into(),
        Value::from(vec![VERIFIABLE_CREDENTIAL, PLAN_CREDENTIAL_TYPE]),
    );
    credential.insert(
        "id".into(),
        ItemId::from_random_bytes(request.credential_id)
            .as_str()
            .into(),
    );
    credential.insert("issuer".into(), issuer.into());
    credential.insert("validFrom".into(), request.valid_from.clone().into());
    if let Some(last_day) = &request.sharing_consent.valid_until {
        credential.insert(
            "validUntil".into(),
            format!("{last_day}{VALID_UNTIL_TIME}").into(),
        );
    }
    credential.insert("credentialSubject".into(), Value::Object(subject));
    Ok(Value::Object(credential))
}

/// Builds the credential for `request` and signs it with `key` (eddsa-jcs-2022, the key's
/// did:key as issuer and verification method). One call per recipient.
pub fn export_for_recipient(
    request: &ExportRequest<'_>,
    key: &SigningKey,
) -> Result<Value, DocumentError> {
    export_selection_for_recipient(request, &LeaveOut::nothing(), key)
}

/// Builds the credential for `request`'s sections less what `leave_out` names
/// ([`build_selection_credential`]) and signs it with `key`. One call per recipient.
pub fn export_selection_for_recipient(
    request: &ExportRequest<'_>,
    leave_out: &LeaveOut,
    key: &SigningKey,
) -> Result<Value, DocumentError> {
    let credential = build_selection_credential(request, leave_out, &key.did_key().did())?;
    Ok(sign(credential, key, &request.valid_from)?)
}

/// Typical recipients and what they usually get (sections, and for NAV only some life areas), as
/// a starting point the person changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecipientPreset {
    /// The GP (*fastlege*): most of the plan.
    Gp,
    /// The coordinator: the whole plan.
    Coordinator,
    /// NAV: goals, resources and needs, measures, agreements, appointments, the plan period, and
    /// of the items with a life area only housing, money and work and education.
    Nav,
    /// The crisis or acute team: the crisis plan.
    CrisisTeam,
    /// Emergency primary care (*legevakt*): signs, how to meet me, contacts, treatment wishes.
    EmergencyPrimaryCare,
    /// The police: how to meet me and who to call.
    Police,
    /// A next of kin: signs, contacts, practical matters, after the crisis.
    NextOfKin,
}

impl RecipientPreset {
    /// Every preset.
    pub const ALL: [RecipientPreset; 7] = [
        RecipientPreset::Gp,
        RecipientPreset::Coordinator,
        RecipientPreset::Nav,
        RecipientPreset::CrisisTeam,
        RecipientPreset::EmergencyPrimaryCare,
        RecipientPreset::Police,
        RecipientPreset::NextOfKin,
    ];

    /// The sections this kind of recipient usually gets.
    pub fn sections(self) -> Vec<Section> {
        use Section::*;
        match self {
            RecipientPreset::Gp => Section::ALL
                .into_iter()
                .filter(|section| !section.is_personal() && *section != RevisionLog)
                .collect(),
            RecipientPreset::Coordinator => Section::ALL
                .into_iter()
                .filter(|section| !section.is_personal())
                .collect(),
            RecipientPreset::Nav => vec![
                Goals,
                ResourcesAndNeeds,
                Measures,
                Agreements,
                Appointments,
                PlanPeriod,
            ],
            RecipientPreset::CrisisTeam => vec![
                CrisisSigns,
                SaferSurroundings,
                HowToMeetMe,
                CrisisContacts,
                Admission,
                TreatmentWishes,
                PracticalMatters,
                AfterCrisis,
            ],
            RecipientPreset::EmergencyPrimaryCare => {
                vec![
                    CrisisSigns,
                    SaferSurroundings,
                    HowToMeetMe,
                    CrisisContacts,
                    TreatmentWishes,
                ]
            }
            RecipientPreset::Police => vec![HowToMeetMe, CrisisContacts],
            RecipientPreset::NextOfKin => {
                vec![
                    CrisisSigns,
                    SaferSurroundings,
                    CrisisContacts,
                    PracticalMatters,
                    AfterCrisis,
                ]
            }
        }
    }

    /// The life areas whose items this kind of recipient usually gets: NAV housing, money and work
    /// and education (not health, mental health or substance use, nor family, daily living,
    /// leisure or other); everyone else every life area of their sections.
    pub fn life_areas(self) -> &'static [LifeArea] {
        use LifeArea::*;
        match self {
            RecipientPreset::Nav => &[Housing, Money, WorkAndEducation],
            RecipientPreset::Gp
            | RecipientPreset::Coordinator
            | RecipientPreset::CrisisTeam
            | RecipientPreset::EmergencyPrimaryCare
            | RecipientPreset::Police
            | RecipientPreset::NextOfKin => &LifeArea::ALL,
        }
    }

    /// Where a selection for this kind of recipient starts: [`sections`](Self::sections), less
    /// the items of the life areas outside [`life_areas`](Self::life_areas). The person then
    /// adds or leaves out what they want.
    pub fn selection(self) -> Selection {
        Selection {
            sections: normalized_sections(&self.sections()),
            leave_out: LeaveOut::life_areas_other_than(self.life_areas()),
        }
    }

    /// The role a recipient of this kind has in the network, where there is one.
    pub fn role(self) -> Option<Role> {
        match self {
            RecipientPreset::Gp => Some(Role::Gp),
            RecipientPreset::Coordinator => Some(Role::Coordinator),
            RecipientPreset::Nav => Some(Role::Nav),
            RecipientPreset::NextOfKin => Some(Role::NextOfKin),
            _ => None,
        }
    }
}
