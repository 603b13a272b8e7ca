//! The plan model: the individual plan, the crisis plan, the network and consent.
//!
//! # Code map
//!
//! - [`Plan`] (`plan.rs`) is the whole document; [`Owner`], [`IndividualPlan`], [`CrisisPlan`],
//!   [`NetworkMember`] and [`Consent`] are its parts, one file per concept.
//! - Building blocks: [`Text`] (the person's words, NFC on entry), [`Date`], [`DateTime`],
//!   [`TimeOfDay`] (validated strings), [`ItemId`] / [`PlanId`] (stable ids), [`PersonRef`] (me, a
//!   network member by id, or a typed name), [`List`] (ordered items with id-based operations).
//! - Reading and versions: [`Plan::from_json_value`], [`FORMAT_VERSION`], [`PlanError`].
//! - Checking: [`validate()`] returns [`Problem`]s with a JSON path, a [`Severity`] and a message id.
//! - `schema` feature: [`plan_schema`].
//!
//! # Invariants
//!
//! - Pure: no I/O, no clock (callers pass `today`), no randomness (callers supply random bytes
//!   for new ids). Builds for `wasm32-unknown-unknown`.
//! - **No floating-point numbers** anywhere in the model: the only numbers are whole numbers
//!   (`formatVersion`, `planVersion`, `maxNights`, a revision entry's `planVersion`).
//! - JSON is camelCase. Empty text, empty lists, absent options and `false` are left out when
//!   writing and read back as their defaults, so every field except `formatVersion`, `planId`,
//!   `planVersion`, item `id`s and a warning sign's `stage` may be missing.
//! - Within a known format version, unknown fields are rejected (see [`version`](self) docs on
//!   [`FORMAT_VERSION`] for why, and how newer versions are handled).
//! - Text is NFC-normalized when it is *made* ([`Text::new`]), never when it is *read*: a signed
//!   plan is read byte for byte; validation reports non-NFC text as a warning.
//! - Dates, date-times and times deserialize from any string so a plan with one bad date still
//!   loads and nothing the person wrote is lost; validation reports them as errors.
//!
//! # Format versions
//!
//! A plan carries `formatVersion` ([`FORMAT_VERSION`], now 4). Reading checks it before anything
//! else: a newer version is refused with [`PlanError::NewerVersion`] ("made by a newer version"),
//! never guessed at; an older version is migrated step by step (v1→v2→…) on the raw JSON and then
//! deserialized. Migrations are never changed once released, so older files always keep loading;
//! fixtures under `tests/fixtures/plan-v*-*.json` pin that. The full rules are in
//! `crates/ownplan-core/FORMAT-VERSIONS.md`.

mod admission;
mod agreement;
mod appointment;
mod area_note;
mod consent;
mod contact_check;
mod crisis_contact;
mod crisis_plan;
mod date;
mod date_time;
mod error;
mod goal;
mod id;
mod individual_plan;
mod life_area;
mod list;
mod measure;
mod network;
mod owner;
mod person_ref;
#[allow(clippy::module_inception)]
mod plan;
mod practical;
mod problem;
mod revision;
mod role;
mod safety;
#[cfg(feature = "schema")]
mod schema;
mod text;
mod time_of_day;
mod treatment;
mod validate;
mod version;
mod warning_sign;

pub use admission::{AdmissionAgreement, MAX_ADMISSION_NIGHTS, MIN_ADMISSION_NIGHTS};
pub use agreement::{Agreement, AgreementStatus};
pub use appointment::Appointment;
pub use area_note::AreaNote;
pub use consent::{Consent, PlanConsent, Section, SharingConsent};
pub use contact_check::{email_looks_valid, phone_looks_dialable, tel_uri};
pub use crisis_contact::{CrisisContact, CrisisService, DoNotContact};
pub use crisis_plan::{AfterCrisis, CrisisPlan, HowToMeetMe};
pub use date::{Date, DateError};
pub use date_time::{DateTime, DateTimeError};
pub use error::PlanError;
pub use goal::{Goal, GoalStatus};
pub use id::{ID_PREFIX, IdSource, ItemId, MAX_ID_LEN, PlanId, SequentialIds, id_from_format_1};
pub use individual_plan::{Contributions, IndividualPlan, PlanPeriod};
pub use life_area::LifeArea;
pub use list::{Identified, List, Removed};
pub use measure::{Measure, MeasureStatus};
pub use network::NetworkMember;
pub use owner::Owner;
pub use person_ref::PersonRef;
pub use plan::{DEFAULT_LANGUAGE, Helper, Plan, PlanMeta};
pub use practical::{PracticalMatter, PracticalMatters};
pub use problem::{Problem, ProblemKind, Severity};
pub use revision::{RevisionEntry, RevisionKind};
pub use role::Role;
pub use safety::{HelpMessage, HelpRecipient, ReasonForLiving, SaferStep};
#[cfg(feature = "schema")]
pub use schema::plan_schema;
pub use text::{MAX_TEXT_CHARS, Text};
pub use time_of_day::{TimeOfDay, TimeOfDayError};
pub use treatment::{Medicine, TreatmentWishes};
pub use validate::{MAX_LIST_ITEMS, has_errors, is_forbidden_in_text, text_problems, validate};
pub use version::FORMAT_VERSION;
pub use warning_sign::{WarningSign, WarningStage};

/// Whether a value equals its type's default; used to leave empty fields out of the JSON.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}
