//! The second verification layer: [`verify_plan_document`] checks that a document whose proof is
//! valid (layer 1, [`crate::proof`]) is an ownplan plan credential, and yields a
//! [`VerifiedPlanDocument`] with its content and warnings.
//!
//! The steps, in order (each failure is a distinct [`DocumentError`]):
//! 1. layer 1: strict parsing under the plan format's own [`PLAN_DOCUMENT_LIMITS`] (integers
//!    only, shallow nesting, and lists, texts and the number of values capped while reading, so a
//!    hostile file is refused before anything big is built), and the eddsa-jcs-2022 proof with a
//!    did:key, including its `expires` ([`verify_bytes_with_limits`]);
//! 2. the expected signer, when the caller pins one ([`KeyPin`]) — before anything else is
//!    looked at, so a document from the wrong key is reported as that;
//! 3. the credential: exactly the members `@context` (the VC 2.0 context then the
//!    undefined-terms context; the VC 2.0 context alone in a format-1 document), `type`
//!    (`VerifiableCredential` and [`PLAN_CREDENTIAL_TYPE`]), `id` (`urn:uuid:`), `issuer` (the
//!    signer's did:key), `validFrom`, optional `validUntil` (UTC date-times) and
//!    `credentialSubject` (an object); the id a UUID, `validFrom` the same instant as the proof's
//!    `created`, the proof's `@context` an exact copy of the document's, and no proof member
//!    other than those of `docs/FORMAT.md` (and `expires`);
//! 4. the plan inside: format version first (unknown, newer), then strictly through the plan
//!    types, unknown members rejected; then the export members ([`ExportInfo`]), with
//!    `validUntil` present exactly when the sharing consent has a last day, and then the end of
//!    that day;
//! 5. the selection: at least one section, in the standard order, none twice, and the content
//!    holds nothing the listed sections do not include ([`plan_for_sections`] gives back the same
//!    plan, so also no network member that nothing kept points at); `itemsLeftOut` only from
//!    format 3 on. What cannot be checked without the person's whole plan: whether items were
//!    really left out when the document says so, or none when it does not (a document that
//!    lists `goals` and holds two goals looks the same whether the plan had two or five); the
//!    plan rules of step 6 make sure what is there is whole (no reference to anyone absent);
//! 6. the plan rules ([`validate`]), and the same text rules for the export members (length, NFC,
//!    control characters) with the recipients capped like every plan list: errors refuse the
//!    document, warnings are kept;
//! 7. warnings: review date passed, consent expired, `validUntil` passed, and the plan's other
//!    warnings. Warnings never refuse a document: the person reading it decides.

use std::collections::HashMap;

use serde::Serialize;
use serde::ser::SerializeStruct;
use serde_json::{Map, Value};

use super::error::VALID_UNTIL_PASSED;
use super::export::{
    CONTEXT, CONTEXT_FORMAT_1, PLAN_CREDENTIAL_TYPE, VALID_UNTIL_TIME, VERIFIABLE_CREDENTIAL,
};
use super::sections::{normalized_sections, plan_for_sections};
use super::subject::{EXPORT_MEMBERS, ExportInfo, Recipient, SharingConsentStatement};
use super::{DocumentError, KeyPin, document_path, problems_in_document};
use crate::plan::{
    Date, DateTime, FORMAT_VERSION, MAX_LIST_ITEMS, MAX_TEXT_CHARS, Plan, PlanError, Problem,
    ProblemKind, Section, text_problems, validate,
};
use crate::proof::{
    DidKey, JsonLimits, KeyFingerprint, ProofError, compare_utc_datetimes, validate_utc_datetime,
    verify_bytes_with_limits,
};

/// How a plan document is read (layer 2's rules for the strict parser). Every limit is far beyond
/// any real plan and bounds the work and memory a hostile file can cause:
/// - nesting at most 16 levels (a plan document has 7);
/// - at most [`MAX_LIST_ITEMS`] items in any list (the plan's own cap for every list, and for the
///   document's `recipients`, `sections`, `type` and `@context` too), and at most 64 members in
///   any object (a plan object has at most 16, the crisis plan);
/// - at most `4 ×` [`MAX_TEXT_CHARS`] bytes in any string (the most a text of [`MAX_TEXT_CHARS`]
///   characters can take in UTF-8; a text between the two is refused by the plan rules with its
///   path, `problem-text-too-long`);
/// - at most 250 000 values in the whole document (a plan with every list full holds fewer);
/// - integers only: the plan format has no fractions (`error-number-not-integer`).
pub const PLAN_DOCUMENT_LIMITS: JsonLimits = JsonLimits {
    max_depth: 16,
    max_array_items: MAX_LIST_ITEMS,
    max_object_members: 64,
    max_string_bytes: 4 * MAX_TEXT_CHARS,
    max_values: 250_000,
    integers_only: true,
};

/// The first format version whose documents may say `itemsLeftOut`.
const FIRST_FORMAT_WITH_SELECTION: u32 = 3;

/// The members a plan credential has (besides `proof`).
const CREDENTIAL_MEMBERS: [&str; 7] = [
    "@context",
    "type",
    "id",
    "issuer",
    "validFrom",
    "validUntil",
    "credentialSubject",
];

/// The members a plan document's proof may have (besides `proofValue`). Layer 1 accepts any
/// other member (it is signed too); the plan format has no use for them, and text nobody checks
/// has no place in a document a professional relies on.
const PROOF_MEMBERS: [&str; 7] = [
    "type",
    "cryptosuite",
    "created",
    "verificationMethod",
    "proofPurpose",
    "@context",
    "expires",
];

/// What a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WarningKind {
    /// A plan warning, such as [`ProblemKind::ReviewDatePassed`] or
    /// [`ProblemKind::ConsentExpired`].
    Plan(ProblemKind),
    /// The credential's `validUntil` has passed.
    ValidUntilPassed,
}

/// Something a reader should notice in a valid document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DocumentWarning {
    /// Where, as a path in the whole document such as
    /// `$.credentialSubject.individualPlan.period.reviewDate`.
    pub path: String,
    /// What.
    pub kind: WarningKind,
}

impl DocumentWarning {
    /// The stable message id, translated by the user interface.
    pub fn message_id(&self) -> &'static str {
        match self.kind {
            WarningKind::Plan(kind) => kind.message_id(),
            WarningKind::ValidUntilPassed => VALID_UNTIL_PASSED,
        }
    }
}

impl Serialize for DocumentWarning {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut warning = serializer.serialize_struct("DocumentWarning", 2)?;
        warning.serialize_field("path", &self.path)?;
        warning.serialize_field("messageId", self.message_id())?;
        warning.end()
    }
}

/// A plan document that passed both verification layers. Only [`verify_plan_document`] makes
/// one, so holding one means the content shown was signed by [`signer`](Self::signer).
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedPlanDocument {
    signer: DidKey,
    created: String,
    credential_id: String,
    valid_from: String,
    valid_until: Option<String>,
    info: ExportInfo,
    plan: Plan,
    warnings: Vec<DocumentWarning>,
    document: Value,
}

impl VerifiedPlanDocument {
    /// The key that signed (and issued) the document.
    pub fn signer(&self) -> &DidKey {
        &self.signer
    }

    /// The signer's fingerprint, for a person to compare.
    pub fn fingerprint(&self) -> KeyFingerprint {
        self.signer.fingerprint()
    }

    /// The proof's `created` time.
    pub fn created(&self) -> &str {
        &self.created
    }

    /// The credential's `id` (`urn:uuid:...`).
    pub fn credential_id(&self) -> &str {
        &self.credential_id
    }

    /// The credential's `validFrom`: when the document was made.
    pub fn valid_from(&self) -> &str {
        &self.valid_from
    }

    /// The credential's `validUntil`, if it has one.
    pub fn valid_until(&self) -> Option<&str> {
        self.valid_until.as_deref()
    }

    /// The export's own members: recipients, sections, sharing consent, generator.
    pub fn info(&self) -> &ExportInfo {
        &self.info
    }

    /// The sections the document holds.
    pub fn sections(&self) -> &[Section] {
        &self.info.sections
    }

    /// Whether the document says it holds a selection: the person left out some items of the
    /// listed sections (it never says which).
    pub fn items_left_out(&self) -> bool {
        self.info.items_left_out
    }

    /// Who the document is for.
    pub fn recipients(&self) -> &[Recipient] {
        &self.info.recipients
    }

    /// The consent it was shared under.
    pub fn sharing_consent(&self) -> &SharingConsentStatement {
        &self.info.sharing_consent
    }

    /// The verified plan content: a plan holding only the listed sections (its `consent` is
    /// always empty; see [`sharing_consent`](Self::sharing_consent)).
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The warnings, in document order.
    pub fn warnings(&self) -> &[DocumentWarning] {
        &self.warnings
    }

    /// The verified document as it was signed, without `proof`.
    pub fn document(&self) -> &Value {
        &self.document
    }
}

/// Verifies a plan document from its bytes on the day `today`: as [`verify_plan_document_at`] at
/// the last instant of that day (`T23:59:59.999Z`), so a proof that expires during `today` counts
/// as expired already.
pub fn verify_plan_document(
    bytes: &[u8],
    today: &Date,
    expected_signer: Option<&KeyPin>,
) -> Result<VerifiedPlanDocument, DocumentError> {
    let now = format!("{}T23:59:59.999Z", today.as_str());
    verify_plan_document_at(bytes, &now, expected_signer)
}

/// Verifies a plan document from its bytes: both layers, with `now` (a UTC date-time such as
/// `2026-11-22T10:00:00Z`; the core has no clock) deciding whether the proof has expired and, by
/// its date, what else has passed, and `expected_signer` (if given) the key it must be signed
/// with. See the module docs.
pub fn verify_plan_document_at(
    bytes: &[u8],
    now: &str,
    expected_signer: Option<&KeyPin>,
) -> Result<VerifiedPlanDocument, DocumentError> {
    let today = now
        .get(..10)
        .filter(|_| validate_utc_datetime(now).is_ok())
        .and_then(|day| Date::parse(day).ok())
        .ok_or_else(|| ProofError::MalformedCreated {
            found: now.to_owned(),
        })?;
    let today = &today;
    let verified = verify_bytes_with_limits(bytes, &PLAN_DOCUMENT_LIMITS, Some(now))?;
    let signer = verified.signer().clone();
    if let Some(pin) = expected_signer
        && !pin.matches(&signer)
    {
        return Err(DocumentError::SignerMismatch {
            expected: pin.to_string(),
            found_did: signer.did(),
            found_fingerprint: signer.fingerprint().to_string(),
        });
    }
    let created = verified.created().to_owned();
    if let Some(extra) = verified
        .proof_options()
        .keys()
        .find(|name| !PROOF_MEMBERS.contains(&name.as_str()))
    {
        return Err(DocumentError::NotACredential {
            path: crate::proof::JsonPath::root()
                .key("proof")
                .key(extra)
                .to_string(),
            reason: "a proof member this format does not have",
        });
    }
    if !verified.context_is_copy() {
        return Err(not_credential(
            "$.proof[\"@context\"]",
            "the proof's @context must be a copy of the document's",
        ));
    }
    let document = verified.into_document();
    let Value::Object(credential) = &document else {
        return Err(not_credential("$", "the document is not an object"));
    };

    let envelope = check_envelope(credential, &signer)?;
    if compare_utc_datetimes(&envelope.valid_from, &created).is_none_or(|order| order.is_ne()) {
        return Err(not_credential(
            "$.validFrom",
            "validFrom must be the same instant as the proof's created",
        ));
    }
    let Some(Value::Object(subject)) = credential.get("credentialSubject") else {
        return Err(not_credential(
            "$.credentialSubject",
            "credentialSubject must be an object",
        ));
    };
    let (plan, info) = read_subject(subject.clone())?;
    let expected_until = info
        .sharing_consent
        .valid_until
        .as_ref()
        .map(|last_day| format!("{last_day}{VALID_UNTIL_TIME}"));
    if envelope.valid_until != expected_until {
        return Err(not_credential(
            "$.validUntil",
            "validUntil must be the end (T23:59:59Z) of the sharing consent's last day, and only there when it has one",
        ));
    }

    let mut problems = problems_in_document(validate(&plan, today));
    problems.extend(export_info_problems(&info, today));
    if problems.iter().any(Problem::is_error) {
        problems.retain(Problem::is_error);
        return Err(DocumentError::ContentErrors { problems });
    }
    let mut warnings: Vec<DocumentWarning> = problems
        .into_iter()
        .map(|problem| DocumentWarning {
            path: problem.path,
            kind: WarningKind::Plan(problem.kind),
        })
        .collect();
    let until_passed = envelope
        .valid_until
        .as_deref()
        .and_then(|until| DateTime::parse(until).ok())
        .and_then(|until| until.date())
        .is_some_and(|last_day| last_day.is_before(today));
    if until_passed {
        warnings.push(DocumentWarning {
            path: "$.validUntil".to_owned(),
            kind: WarningKind::ValidUntilPassed,
        });
    }

    Ok(VerifiedPlanDocument {
        signer,
        created,
        credential_id: envelope.id,
        valid_from: envelope.valid_from,
        valid_until: envelope.valid_until,
        info,
        plan,
        warnings,
        document,
    })
}

fn not_credential(path: &str, reason: &'static str) -> DocumentError {
    DocumentError::NotACredential {
        path: path.to_owned(),
        reason,
    }
}

struct Envelope {
    id: String,
    valid_from: String,
    valid_until: Option<String>,
}

/// Step 3: the Verifiable Credential members around the plan.
fn check_envelope(
    credential: &Map<String, Value>,
    signer: &DidKey,
) -> Result<Envelope, DocumentError> {
    if let Some(extra) = credential
        .keys()
        .find(|name| !CREDENTIAL_MEMBERS.contains(&name.as_str()))
    {
        return Err(DocumentError::NotACredential {
            path: crate::proof::JsonPath::root().key(extra).to_string(),
            reason: "a member this format does not have",
        });
    }
    // Format 1 had the base context only; format 2 ends with the undefined-terms context. A
    // missing, unknown or newer format version is refused when the plan is read (step 4).
    let format_version = credential
        .get("credentialSubject")
        .and_then(|subject| subject.get("formatVersion"))
        .and_then(Value::as_u64);
    let expected: Option<(&[&str], _)> = match format_version {
        Some(1) => Some((
            &CONTEXT_FORMAT_1,
            "@context must be exactly [\"https://www.w3.org/ns/credentials/v2\"] in format 1",
        )),
        Some(version) if (2..=u64::from(FORMAT_VERSION)).contains(&version) => Some((
            &CONTEXT,
            "@context must be exactly [\"https://www.w3.org/ns/credentials/v2\", \"https://www.w3.org/ns/credentials/undefined-terms/v2\"]",
        )),
        _ => None,
    };
    if let Some((expected, reason)) = expected {
        let context_ok = matches!(
            credential.get("@context"),
            Some(Value::Array(entries)) if entries.iter().eq(expected.iter().copied())
        );
        if !context_ok {
            return Err(not_credential("$[\"@context\"]", reason));
        }
    }
    let types: Vec<String> = match credential.get("type") {
        Some(Value::Array(entries)) => entries
            .iter()
            .map(|entry| entry.as_str().map(str::to_owned))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| not_credential("$.type", "type must be a list of names"))?,
        _ => return Err(not_credential("$.type", "type must be a list of names")),
    };
    if !types.iter().any(|name| name == VERIFIABLE_CREDENTIAL) {
        return Err(not_credential(
            "$.type",
            "type does not include VerifiableCredential",
        ));
    }
    if types != [VERIFIABLE_CREDENTIAL, PLAN_CREDENTIAL_TYPE] {
        return Err(DocumentError::WrongType { found: types });
    }
    let id = match credential.get("id").and_then(Value::as_str) {
        Some(id) if id.strip_prefix("urn:uuid:").is_some_and(is_uuid_v4) => id.to_owned(),
        _ => {
            return Err(not_credential(
                "$.id",
                "id must be urn:uuid: and a version 4 UUID",
            ));
        }
    };
    let issuer = credential
        .get("issuer")
        .and_then(Value::as_str)
        .ok_or_else(|| not_credential("$.issuer", "issuer must be a did:key string"))?;
    if issuer != signer.did() {
        return Err(DocumentError::IssuerMismatch {
            issuer: issuer.to_owned(),
            signer: signer.did(),
        });
    }
    let valid_from = credential
        .get("validFrom")
        .and_then(Value::as_str)
        .filter(|text| validate_utc_datetime(text).is_ok())
        .ok_or_else(|| not_credential("$.validFrom", "validFrom must be a UTC date-time"))?
        .to_owned();
    let valid_until = match credential.get("validUntil") {
        None => None,
        Some(value) => Some(
            value
                .as_str()
                .filter(|text| validate_utc_datetime(text).is_ok())
                .ok_or_else(|| {
                    not_credential("$.validUntil", "validUntil must be a UTC date-time")
                })?
                .to_owned(),
        ),
    };
    Ok(Envelope {
        id,
        valid_from,
        valid_until,
    })
}

/// Whether `text` is a version 4 (random) UUID, `xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx` with `N` one
/// of `8 9 a b`, in lower or upper case hexadecimal.
fn is_uuid_v4(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 36
        && bytes.iter().enumerate().all(|(index, byte)| match index {
            8 | 13 | 18 | 23 => *byte == b'-',
            _ => byte.is_ascii_hexdigit(),
        })
        && bytes[14] == b'4'
        && matches!(bytes[19], b'8' | b'9' | b'a' | b'b' | b'A' | b'B')
}

/// Steps 4 and 5: the plan and the export members inside `credentialSubject`.
fn read_subject(mut subject: Map<String, Value>) -> Result<(Plan, ExportInfo), DocumentError> {
    // Read before the plan is migrated to the current version: `itemsLeftOut` is a member of
    // format 3 on, and a format-1 or format-2 document that has it was not made by ownplan.
    let written_as = subject.get("formatVersion").and_then(Value::as_u64);
    if written_as.is_some_and(|version| version < u64::from(FIRST_FORMAT_WITH_SELECTION))
        && subject.contains_key("itemsLeftOut")
    {
        return Err(in_subject(PlanError::InvalidContent {
            path: "itemsLeftOut".to_owned(),
            reason: "itemsLeftOut is a member of format 3 on".to_owned(),
        }));
    }
    let mut export_members = Map::new();
    for name in EXPORT_MEMBERS {
        if let Some(value) = subject.remove(name) {
            export_members.insert(name.to_owned(), value);
        }
    }
    let plan = Plan::from_json_value(Value::Object(subject)).map_err(in_subject)?;
    #[cfg(feature = "error-paths")]
    let info: ExportInfo = serde_path_to_error::deserialize(Value::Object(export_members))
        .map_err(|error| {
            let path = error.path().to_string();
            in_subject(PlanError::InvalidContent {
                path: if path == "." { String::new() } else { path },
                reason: error.into_inner().to_string(),
            })
        })?;
    #[cfg(not(feature = "error-paths"))]
    let info: ExportInfo =
        serde_json::from_value(Value::Object(export_members)).map_err(|error| {
            in_subject(PlanError::InvalidContent {
                path: String::new(),
                reason: error.to_string(),
            })
        })?;
    if info.sections.is_empty() {
        return Err(in_subject(PlanError::InvalidContent {
            path: "sections".to_owned(),
            reason: "no section is listed".to_owned(),
        }));
    }
    if normalized_sections(&info.sections) != info.sections {
        return Err(in_subject(PlanError::InvalidContent {
            path: "sections".to_owned(),
            reason: "sections must be listed once each, in the standard order".to_owned(),
        }));
    }
    let allowed = plan_for_sections(&plan, &info.sections);
    if allowed != plan {
        let path = first_extra_path(
            &plan.to_json_value(),
            &allowed.to_json_value(),
            "$.credentialSubject".to_owned(),
        )
        .unwrap_or_else(|| "$.credentialSubject".to_owned());
        return Err(DocumentError::UndeclaredContent { path });
    }
    Ok((plan, info))
}

/// A plan error with its path made a path in the whole document.
fn in_subject(error: PlanError) -> DocumentError {
    match error {
        PlanError::InvalidContent { path, reason } => {
            DocumentError::Plan(PlanError::InvalidContent {
                path: document_path(&path),
                reason,
            })
        }
        other => DocumentError::Plan(other),
    }
}

/// The first place where `actual` has something that `allowed` does not. List items with an
/// `id` are matched by id, others by position.
fn first_extra_path(actual: &Value, allowed: &Value, path: String) -> Option<String> {
    match (actual, allowed) {
        (Value::Object(actual), Value::Object(allowed)) => {
            actual
                .iter()
                .find_map(|(name, value)| match allowed.get(name) {
                    None => Some(format!("{path}.{name}")),
                    Some(other) => first_extra_path(value, other, format!("{path}.{name}")),
                })
        }
        (Value::Array(actual), Value::Array(allowed)) => {
            // Looked up by id, not searched for: a list compared item by item must cost linear
            // time, whatever its length.
            let allowed_by_id: HashMap<&str, &Value> = allowed
                .iter()
                .filter_map(|other| Some((other.get("id")?.as_str()?, other)))
                .collect();
            actual.iter().enumerate().find_map(|(index, item)| {
                let item_path = format!("{path}[{index}]");
                let counterpart = match item.get("id") {
                    Some(Value::String(id)) => allowed_by_id.get(id.as_str()).copied(),
                    Some(id) => allowed.iter().find(|other| other.get("id") == Some(id)),
                    None => allowed.get(index),
                };
                match counterpart {
                    None => Some(item_path),
                    Some(other) => first_extra_path(item, other, item_path),
                }
            })
        }
        (actual, allowed) if actual == allowed => None,
        _ => Some(path),
    }
}

/// The export members' rules: the sharing consent's dates, the text rules of every text in them
/// (the plan's own: length, NFC, control characters), and the recipients capped like every plan
/// list.
pub(crate) fn export_info_problems(info: &ExportInfo, today: &Date) -> Vec<Problem> {
    let mut problems = sharing_consent_problems(&info.sharing_consent, today);
    if info.recipients.len() > MAX_LIST_ITEMS {
        problems.push(Problem::new(
            "$.credentialSubject.recipients",
            ProblemKind::ListTooLong,
        ));
    }
    if let Ok(members) = serde_json::to_value(info) {
        problems.extend(problems_in_document(text_problems(&members)));
    }
    problems
}

/// The sharing consent's dates: real dates, and a warning once its last day has passed.
pub(crate) fn sharing_consent_problems(
    consent: &SharingConsentStatement,
    today: &Date,
) -> Vec<Problem> {
    let base = "$.credentialSubject.sharingConsent";
    let mut problems = Vec::new();
    if consent
        .given_on
        .as_ref()
        .is_some_and(|date| !date.is_valid())
    {
        problems.push(Problem::new(
            format!("{base}.givenOn"),
            ProblemKind::DateInvalid,
        ));
    }
    if let Some(last_day) = &consent.valid_until {
        if !last_day.is_valid() {
            problems.push(Problem::new(
                format!("{base}.validUntil"),
                ProblemKind::DateInvalid,
            ));
        } else if last_day.is_before(today) {
            problems.push(Problem::new(
                format!("{base}.validUntil"),
                ProblemKind::ConsentExpired,
            ));
        }
    }
    problems
}
