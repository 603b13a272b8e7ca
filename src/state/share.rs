//! Sharing, as pure state: who gets the plan in this round, which sections each recipient gets
//! (starting from the person's own consent, else from the usual sections of the recipient's
//! role), what to warn about before signing, the plan version a round signs, and the file names.
//!
//! The person decides: warnings never block a share, except what cannot make a valid document
//! (no recipient, no sections, a validity date that has already passed).

use std::rc::Rc;

use ownplan_core::document::{Recipient, RecipientPreset};
use ownplan_core::plan::{
    Date, ItemId, PersonRef, Plan, RevisionEntry, RevisionKind, Role, Section, SharingConsent, Text,
};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use yew::Reducible;

/// One recipient of this round.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftRecipient {
    /// The network member's id, or a new id for someone typed in.
    pub id: ItemId,
    /// Whether this is a member of the person's network (else typed in on the share view).
    pub in_network: bool,
    /// Name, role and organisation, as the document will carry them.
    pub recipient: Recipient,
    /// The sections this recipient gets, in the standard order.
    pub sections: Vec<Section>,
    /// What the recipient may do with the plan and pass on.
    pub conditions: String,
    /// Where the starting sections came from.
    pub start: SectionStart,
}

/// Where a recipient's starting sections came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionStart {
    /// The person's own sharing consent for this recipient.
    Consent,
    /// The usual sections of a role.
    Preset(RecipientPreset),
    /// Nothing to start from: the person chooses.
    Empty,
}

/// This round of sharing: recipients, the consent statement and its last day.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareDraft {
    /// Who gets a document, in the order chosen.
    pub recipients: Vec<DraftRecipient>,
    /// The consent statement, in the person's words.
    pub statement: String,
    /// The last day the consent holds (`YYYY-MM-DD`), or empty for no end.
    pub valid_until: String,
}

/// A change to the draft.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareAction {
    /// Add a network member (starting sections from the plan's consent or their role).
    AddMember {
        /// The plan (for the member and the consent).
        plan: Rc<Plan>,
        /// Which member.
        id: ItemId,
    },
    /// Add someone who is not in the network.
    AddTyped {
        /// A new id.
        id: ItemId,
        /// Their name or service.
        name: String,
        /// What kind of recipient, for the starting sections.
        preset: Option<RecipientPreset>,
    },
    /// Take a recipient out of this round.
    Remove(ItemId),
    /// Include or leave out one section for one recipient.
    SetSection {
        /// Which recipient.
        id: ItemId,
        /// Which section.
        section: Section,
        /// Included or not.
        included: bool,
    },
    /// Replace a recipient's sections with a role's usual ones.
    ApplyPreset {
        /// Which recipient.
        id: ItemId,
        /// Which role's sections.
        preset: RecipientPreset,
    },
    /// Set what a recipient may do with the plan.
    SetConditions {
        /// Which recipient.
        id: ItemId,
        /// The words.
        text: String,
    },
    /// Set the consent statement.
    SetStatement(String),
    /// Set the consent's last day (`YYYY-MM-DD` or empty).
    SetValidUntil(String),
    /// Start again from this draft (the plan was read from the device, or the date became known).
    Start(ShareDraft),
}

impl ShareDraft {
    /// A new round for `plan`: no recipients yet, `default_statement` (a sharing statement the
    /// person edits; the plan's own consent statement is about having a plan, not about sharing),
    /// and the last day of the plan's consent (or one year from `today`).
    pub fn new(plan: &Plan, today: Option<&Date>, default_statement: &str) -> Self {
        let to_plan = &plan.consent.to_plan;
        let statement = default_statement.to_owned();
        let valid_until = to_plan
            .valid_until
            .clone()
            .filter(|until| today.is_none_or(|today| !until.is_before(today)))
            .or_else(|| today.and_then(one_year_after))
            .map(|date| date.as_str().to_owned())
            .unwrap_or_default();
        ShareDraft {
            recipients: Vec::new(),
            statement,
            valid_until,
        }
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &ItemId) -> Option<&DraftRecipient> {
        self.recipients.iter().find(|r| &r.id == id)
    }

    fn recipient_mut(&mut self, id: &ItemId) -> Option<&mut DraftRecipient> {
        self.recipients.iter_mut().find(|r| &r.id == id)
    }

    /// Applies `action`; returns whether anything changed.
    pub fn apply(&mut self, action: ShareAction) -> bool {
        match action {
            ShareAction::AddMember { plan, id } => {
                if self.recipient(&id).is_some() {
                    return false;
                }
                let Some(member) = plan.member(&id) else {
                    return false;
                };
                let consent = sharing_consent_for(&plan, &id);
                let (sections, start) =
                    match (consent, member.role.as_ref().and_then(preset_for_role)) {
                        (Some(consent), _) => (consent.sections.clone(), SectionStart::Consent),
                        (None, Some(preset)) => (preset.sections(), SectionStart::Preset(preset)),
                        (None, None) => (Vec::new(), SectionStart::Empty),
                    };
                self.recipients.push(DraftRecipient {
                    id,
                    in_network: true,
                    recipient: Recipient {
                        name: member.name.clone(),
                        role: member.role.clone(),
                        organisation: member.organisation.clone(),
                    },
                    sections: standard_order(sections),
                    conditions: consent
                        .map(|c| c.note.as_str().to_owned())
                        .unwrap_or_default(),
                    start,
                });
                true
            }
            ShareAction::AddTyped { id, name, preset } => {
                let name = name.trim();
                if name.is_empty() || self.recipient(&id).is_some() {
                    return false;
                }
                self.recipients.push(DraftRecipient {
                    id,
                    in_network: false,
                    recipient: Recipient {
                        name: Text::from_nfc(name.to_owned()),
                        role: preset.and_then(RecipientPreset::role),
                        organisation: Text::empty(),
                    },
                    sections: preset
                        .map(RecipientPreset::sections)
                        .map(standard_order)
                        .unwrap_or_default(),
                    conditions: String::new(),
                    start: preset.map_or(SectionStart::Empty, SectionStart::Preset),
                });
                true
            }
            ShareAction::Remove(id) => {
                let before = self.recipients.len();
                self.recipients.retain(|r| r.id != id);
                self.recipients.len() != before
            }
            ShareAction::SetSection {
                id,
                section,
                included,
            } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                let has = recipient.sections.contains(&section);
                if has == included {
                    return false;
                }
                let mut sections = recipient.sections.clone();
                if included {
                    sections.push(section);
                } else {
                    sections.retain(|s| *s != section);
                }
                recipient.sections = standard_order(sections);
                true
            }
            ShareAction::ApplyPreset { id, preset } => {
                let Some(recipient) = self.recipient_mut(&id) else {
                    return false;
                };
                recipient.sections = standard_order(preset.sections());
                recipient.start = SectionStart::Preset(preset);
                true
            }
            ShareAction::SetConditions { id, text } => match self.recipient_mut(&id) {
                Some(recipient) if recipient.conditions != text => {
                    recipient.conditions = text;
                    true
                }
                _ => false,
            },
            ShareAction::SetStatement(text) => {
                let changed = self.statement != text;
                self.statement = text;
                changed
            }
            ShareAction::Start(draft) => {
                let changed = *self != draft;
                *self = draft;
                changed
            }
            ShareAction::SetValidUntil(text) => {
                let changed = self.valid_until != text;
                self.valid_until = text;
                changed
            }
        }
    }

    /// What stops signing right now, as message ids (empty when the round can be signed).
    pub fn blockers(&self, today: Option<&Date>) -> Vec<&'static str> {
        let mut blockers = Vec::new();
        if self.recipients.is_empty() {
            blockers.push("share-block-no-recipients");
        }
        if self.recipients.iter().any(|r| r.sections.is_empty()) {
            blockers.push("share-block-no-sections");
        }
        match self.valid_until_date() {
            Err(message_id) => blockers.push(message_id),
            Ok(Some(until)) if today.is_some_and(|today| until.is_before(today)) => {
                blockers.push("share-block-valid-until-passed");
            }
            Ok(_) => {}
        }
        blockers
    }

    /// The consent's last day: `Ok(None)` when empty, `Err` (with the message id) when it is not
    /// a real date.
    pub fn valid_until_date(&self) -> Result<Option<Date>, &'static str> {
        let text = self.valid_until.trim();
        if text.is_empty() {
            return Ok(None);
        }
        Date::parse(text)
            .map(Some)
            .map_err(|_| "share-block-valid-until-invalid")
    }
}

/// The draft as a Yew reducer state.
impl Reducible for ShareDraft {
    type Action = ShareAction;

    fn reduce(self: Rc<Self>, action: ShareAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// The preset whose recipients have `role`.
pub fn preset_for_role(role: &Role) -> Option<RecipientPreset> {
    RecipientPreset::ALL
        .into_iter()
        .find(|preset| preset.role().as_ref() == Some(role))
}

/// The message id of a preset's name.
pub fn preset_label_id(preset: RecipientPreset) -> &'static str {
    match preset {
        RecipientPreset::Gp => "share-preset-gp",
        RecipientPreset::Coordinator => "share-preset-coordinator",
        RecipientPreset::Nav => "share-preset-nav",
        RecipientPreset::CrisisTeam => "share-preset-crisis-team",
        RecipientPreset::EmergencyPrimaryCare => "share-preset-legevakt",
        RecipientPreset::Police => "share-preset-police",
        RecipientPreset::NextOfKin => "share-preset-next-of-kin",
    }
}

/// A stable short key for a preset (form values, test ids).
pub fn preset_key(preset: RecipientPreset) -> &'static str {
    match preset {
        RecipientPreset::Gp => "gp",
        RecipientPreset::Coordinator => "coordinator",
        RecipientPreset::Nav => "nav",
        RecipientPreset::CrisisTeam => "crisis-team",
        RecipientPreset::EmergencyPrimaryCare => "legevakt",
        RecipientPreset::Police => "police",
        RecipientPreset::NextOfKin => "next-of-kin",
    }
}

/// The preset with this [`preset_key`].
pub fn preset_from_key(key: &str) -> Option<RecipientPreset> {
    RecipientPreset::ALL
        .into_iter()
        .find(|preset| preset_key(*preset) == key)
}

/// `sections` in the standard order, none twice.
pub fn standard_order(sections: Vec<Section>) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|section| sections.contains(section))
        .collect()
}

/// The plan's sharing consent for the network member `id`, if it has one.
pub fn sharing_consent_for<'p>(plan: &'p Plan, id: &ItemId) -> Option<&'p SharingConsent> {
    plan.consent
        .sharing
        .iter()
        .find(|sharing| sharing.recipient.as_ref().and_then(PersonRef::member_id) == Some(id))
}

/// The plan's sharing consent for a typed recipient, matched by name.
fn sharing_consent_by_name<'p>(plan: &'p Plan, name: &str) -> Option<&'p SharingConsent> {
    let wanted = comparable_name(name);
    plan.consent
        .sharing
        .iter()
        .find(|sharing| match &sharing.recipient {
            Some(PersonRef::Typed(typed)) => comparable_name(typed.as_str()) == wanted,
            _ => false,
        })
}

/// A name for comparing: lower case, inner whitespace collapsed.
fn comparable_name(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Something the person should know before signing for a recipient.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareWarning {
    /// The crisis plan says this person must not be contacted or informed.
    MustNotBeInformed,
    /// The person's consent for this recipient does not include these sections.
    BeyondConsent(Vec<Section>),
    /// The person's consent for this recipient ended on this day.
    ConsentEnded(Date),
    /// The plan's consent says nothing about this recipient.
    NotInConsent,
}

impl ShareWarning {
    /// The message id (the page adds the names of sections or the date).
    pub fn message_id(&self) -> &'static str {
        match self {
            ShareWarning::MustNotBeInformed => "share-warning-must-not-inform",
            ShareWarning::BeyondConsent(_) => "share-warning-beyond-consent",
            ShareWarning::ConsentEnded(_) => "share-warning-consent-ended",
            ShareWarning::NotInConsent => "share-warning-not-in-consent",
        }
    }
}

/// What to warn about before signing for `recipient`. The loudest first.
pub fn warnings_for(
    plan: &Plan,
    recipient: &DraftRecipient,
    today: Option<&Date>,
) -> Vec<ShareWarning> {
    let mut warnings = Vec::new();
    let name = comparable_name(recipient.recipient.name.as_str());
    if !name.is_empty()
        && plan
            .crisis_plan
            .do_not_contact
            .iter()
            .any(|person| comparable_name(person.name.as_str()) == name)
    {
        warnings.push(ShareWarning::MustNotBeInformed);
    }
    let consent = if recipient.in_network {
        sharing_consent_for(plan, &recipient.id)
    } else {
        sharing_consent_by_name(plan, recipient.recipient.name.as_str())
    };
    match consent {
        Some(consent) => {
            let beyond: Vec<Section> = recipient
                .sections
                .iter()
                .filter(|section| !consent.sections.contains(section))
                .copied()
                .collect();
            if !beyond.is_empty() {
                warnings.push(ShareWarning::BeyondConsent(beyond));
            }
            if let (Some(until), Some(today)) = (&consent.until, today)
                && until.is_before(today)
            {
                warnings.push(ShareWarning::ConsentEnded(until.clone()));
            }
        }
        None if !plan.consent.sharing.is_empty() => warnings.push(ShareWarning::NotInConsent),
        None => {}
    }
    warnings
}

/// The last day of a recipient's consent: the round's, or the person's own consent for this
/// recipient when that ends earlier.
pub fn valid_until_for(
    plan: &Plan,
    recipient: &DraftRecipient,
    round: Option<Date>,
) -> Option<Date> {
    let own = if recipient.in_network {
        sharing_consent_for(plan, &recipient.id)
    } else {
        sharing_consent_by_name(plan, recipient.recipient.name.as_str())
    }
    .and_then(|consent| consent.until.clone());
    match (round, own) {
        (Some(round), Some(own)) if own.is_before(&round) => Some(own),
        (Some(round), _) => Some(round),
        (None, own) => own,
    }
}

/// The same day one year later (28 February for 29 February).
pub fn one_year_after(date: &Date) -> Option<Date> {
    let (year, month, day) = date.year_month_day()?;
    Date::from_ymd(year + 1, month, day)
        .or_else(|_| Date::from_ymd(year + 1, month, day - 1))
        .ok()
}

/// What a device remembers of its last share round, to decide the next plan version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastShared {
    /// The plan that was shared.
    pub plan_id: String,
    /// The version it was shared as.
    pub version: u32,
    /// [`content_digest`] of the plan as shared.
    pub digest: String,
}

impl LastShared {
    /// As stored (local storage `ownplan.shared`).
    pub fn to_text(&self) -> String {
        json!({"planId": self.plan_id, "version": self.version, "digest": self.digest}).to_string()
    }

    /// Reads what [`to_text`](Self::to_text) wrote; anything else is `None` (the version then
    /// simply rises, which is always safe).
    pub fn parse(text: &str) -> Option<Self> {
        let value: Value = serde_json::from_str(text).ok()?;
        Some(LastShared {
            plan_id: value.get("planId")?.as_str()?.to_owned(),
            version: u32::try_from(value.get("version")?.as_u64()?).ok()?,
            digest: value.get("digest")?.as_str()?.to_owned(),
        })
    }
}

/// A digest of what the plan says, leaving out its revision log and timestamps, so sharing the
/// same content twice is recognised as the same version. `None` when the plan cannot be
/// serialized: never the digest of nothing, which every such plan would share.
pub fn content_digest(plan: &Plan) -> Option<String> {
    let mut content = plan.clone();
    content.individual_plan.revision_log = Default::default();
    content.meta.created = None;
    content.meta.updated = None;
    content.plan_version = 0;
    let bytes = serde_json::to_vec(&content).ok()?;
    Some(hex::encode(Sha256::digest(&bytes)))
}

/// The plan version this round signs: the same as the last round when nothing was changed
/// since, else one more. A plan never shared keeps its version, unless its revision log says it
/// was shared as this version already (on another device).
pub fn version_for_round(plan: &Plan, last: Option<&LastShared>) -> u32 {
    let current = plan.plan_version.max(1);
    match last {
        Some(last) if last.plan_id == plan.plan_id.as_str() && last.version == current => {
            // Without a digest the content counts as changed: a new version is always safe.
            if content_digest(plan).is_some_and(|digest| digest == last.digest) {
                current
            } else {
                current.saturating_add(1)
            }
        }
        Some(last) if last.plan_id == plan.plan_id.as_str() && last.version > current => {
            last.version.saturating_add(1)
        }
        _ => {
            let shared_as_current = plan.individual_plan.revision_log.iter().any(|entry| {
                entry.kind == RevisionKind::Shared && entry.plan_version == Some(current)
            });
            if shared_as_current {
                current.saturating_add(1)
            } else {
                current
            }
        }
    }
}

/// The revision log entry recording that `recipient` got `version`.
pub fn revision_entry(
    id: ItemId,
    at: Option<ownplan_core::plan::DateTime>,
    version: u32,
    text: String,
) -> RevisionEntry {
    RevisionEntry {
        id,
        at,
        kind: RevisionKind::Shared,
        plan_version: Some(version),
        text: Text::from_nfc(text),
    }
}

/// A file name from a translated pattern: letters and digits of any script kept, everything
/// else a single `-`, no Unicode isolation marks, always ending in `.json`.
pub fn file_name(pattern_result: &str) -> String {
    let stem = pattern_result
        .trim_end_matches(".json")
        .replace(['\u{2068}', '\u{2069}'], "");
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "plan.json".to_owned()
    } else {
        format!("{name}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{DoNotContact, NetworkMember, PlanId};

    fn id(n: u8) -> ItemId {
        ItemId::from_random_bytes([n; 16])
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn plan() -> Rc<Plan> {
        let mut plan = Plan::new(PlanId::from_random_bytes([1; 16]), "en");
        plan.network.push(NetworkMember {
            id: id(2),
            name: Text::from_nfc("Dr. Ingrid Solberg".to_owned()),
            role: Some(Role::Gp),
            ..NetworkMember::default()
        });
        plan.network.push(NetworkMember {
            id: id(3),
            name: Text::from_nfc("Ola".to_owned()),
            role: Some(Role::Friend),
            ..NetworkMember::default()
        });
        plan.network.push(NetworkMember {
            id: id(4),
            name: Text::from_nfc("Kim  Hansen".to_owned()),
            role: Some(Role::Nav),
            ..NetworkMember::default()
        });
        plan.consent.sharing.push(SharingConsent {
            id: id(5),
            recipient: Some(PersonRef::Member(id(4))),
            sections: vec![Section::Goals, Section::Measures],
            until: Some(date("2026-01-31")),
            note: Text::from_nfc("Not to others".to_owned()),
        });
        plan.crisis_plan.do_not_contact.push(DoNotContact {
            id: id(6),
            name: Text::from_nfc("kim hansen".to_owned()),
            ..DoNotContact::default()
        });
        Rc::new(plan)
    }

    fn draft() -> ShareDraft {
        ShareDraft::new(&plan(), Some(&date("2026-11-22")), "I agree.")
    }

    #[test]
    fn a_member_starts_from_their_consent_else_their_role() {
        let mut draft = draft();
        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(4)
        }));
        let nav = draft.recipient(&id(4)).unwrap();
        assert_eq!(nav.start, SectionStart::Consent);
        assert_eq!(nav.sections, vec![Section::Goals, Section::Measures]);
        assert_eq!(nav.conditions, "Not to others");

        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(2)
        }));
        let gp = draft.recipient(&id(2)).unwrap();
        assert_eq!(gp.start, SectionStart::Preset(RecipientPreset::Gp));
        assert_eq!(gp.sections, RecipientPreset::Gp.sections());

        assert!(draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3)
        }));
        assert_eq!(draft.recipient(&id(3)).unwrap().start, SectionStart::Empty);
        assert!(
            !draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(3)
            }),
            "no twice"
        );
        assert!(
            !draft.apply(ShareAction::AddMember {
                plan: plan(),
                id: id(9)
            }),
            "no such member"
        );
    }

    #[test]
    fn sections_stay_in_standard_order_and_presets_replace_them() {
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3),
        });
        for section in [Section::AfterCrisis, Section::Goals, Section::AboutMe] {
            assert!(draft.apply(ShareAction::SetSection {
                id: id(3),
                section,
                included: true
            }));
        }
        assert!(!draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::Goals,
            included: true
        }));
        assert_eq!(
            draft.recipient(&id(3)).unwrap().sections,
            vec![Section::AboutMe, Section::Goals, Section::AfterCrisis]
        );
        draft.apply(ShareAction::ApplyPreset {
            id: id(3),
            preset: RecipientPreset::Police,
        });
        assert_eq!(
            draft.recipient(&id(3)).unwrap().sections,
            vec![Section::HowToMeetMe, Section::CrisisContacts]
        );
    }

    #[test]
    fn typed_recipients_need_a_name() {
        let mut draft = draft();
        assert!(!draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: "  ".into(),
            preset: None
        }));
        assert!(draft.apply(ShareAction::AddTyped {
            id: id(7),
            name: " Legevakten ".into(),
            preset: Some(RecipientPreset::EmergencyPrimaryCare),
        }));
        let typed = draft.recipient(&id(7)).unwrap();
        assert_eq!(typed.recipient.name.as_str(), "Legevakten");
        assert!(!typed.in_network);
        assert_eq!(
            typed.sections,
            standard_order(RecipientPreset::EmergencyPrimaryCare.sections())
        );
        assert!(draft.apply(ShareAction::Remove(id(7))));
        assert!(draft.recipients.is_empty());
    }

    #[test]
    fn warnings_name_what_goes_against_the_plan() {
        let plan = plan();
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan.clone(),
            id: id(4),
        });
        draft.apply(ShareAction::SetSection {
            id: id(4),
            section: Section::CrisisSigns,
            included: true,
        });
        let warnings = warnings_for(
            &plan,
            draft.recipient(&id(4)).unwrap(),
            Some(&date("2026-11-22")),
        );
        assert_eq!(
            warnings,
            vec![
                ShareWarning::MustNotBeInformed,
                ShareWarning::BeyondConsent(vec![Section::CrisisSigns]),
                ShareWarning::ConsentEnded(date("2026-01-31")),
            ]
        );
        draft.apply(ShareAction::AddMember {
            plan: plan.clone(),
            id: id(2),
        });
        let gp = warnings_for(
            &plan,
            draft.recipient(&id(2)).unwrap(),
            Some(&date("2026-11-22")),
        );
        assert_eq!(gp, vec![ShareWarning::NotInConsent]);
    }

    #[test]
    fn what_blocks_signing() {
        let today = date("2026-11-22");
        let mut draft = draft();
        assert_eq!(draft.valid_until, "2027-11-22", "one year by default");
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-no-recipients"]
        );
        draft.apply(ShareAction::AddMember {
            plan: plan(),
            id: id(3),
        });
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-no-sections"]
        );
        draft.apply(ShareAction::SetSection {
            id: id(3),
            section: Section::Goals,
            included: true,
        });
        assert!(draft.blockers(Some(&today)).is_empty());
        draft.apply(ShareAction::SetValidUntil("2026-02-30".into()));
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-valid-until-invalid"]
        );
        draft.apply(ShareAction::SetValidUntil("2026-11-21".into()));
        assert_eq!(
            draft.blockers(Some(&today)),
            vec!["share-block-valid-until-passed"]
        );
        draft.apply(ShareAction::SetValidUntil(String::new()));
        assert!(draft.blockers(Some(&today)).is_empty());
    }

    #[test]
    fn the_earlier_end_of_consent_wins() {
        let plan = plan();
        let mut draft = draft();
        draft.apply(ShareAction::AddMember {
            plan: plan.clone(),
            id: id(4),
        });
        draft.apply(ShareAction::AddMember {
            plan: plan.clone(),
            id: id(2),
        });
        let round = Some(date("2027-11-22"));
        assert_eq!(
            valid_until_for(&plan, draft.recipient(&id(4)).unwrap(), round.clone()),
            Some(date("2026-01-31"))
        );
        assert_eq!(
            valid_until_for(&plan, draft.recipient(&id(2)).unwrap(), round),
            Some(date("2027-11-22"))
        );
        assert_eq!(
            valid_until_for(&plan, draft.recipient(&id(2)).unwrap(), None),
            None
        );
    }

    #[test]
    fn a_year_later_handles_leap_days() {
        assert_eq!(
            one_year_after(&date("2028-02-29")),
            Some(date("2029-02-28"))
        );
        assert_eq!(
            one_year_after(&date("2026-11-22")),
            Some(date("2027-11-22"))
        );
    }

    #[test]
    fn the_version_rises_only_when_the_content_changed() {
        let mut plan = (*plan()).clone();
        plan.plan_version = 1;
        assert_eq!(version_for_round(&plan, None), 1, "never shared");
        let last = LastShared {
            plan_id: plan.plan_id.as_str().to_owned(),
            version: 1,
            digest: content_digest(&plan).unwrap(),
        };
        assert_eq!(LastShared::parse(&last.to_text()), Some(last.clone()));
        assert_eq!(version_for_round(&plan, Some(&last)), 1, "unchanged");
        plan.individual_plan
            .revision_log
            .push(revision_entry(id(8), None, 1, "Shared".into()));
        assert_eq!(
            version_for_round(&plan, Some(&last)),
            1,
            "the log is not content"
        );
        plan.owner.name = Text::from_nfc("Kari".to_owned());
        assert_eq!(version_for_round(&plan, Some(&last)), 2, "changed");
        assert_eq!(version_for_round(&plan, None), 2, "shared as 1 elsewhere");
        let other = LastShared {
            plan_id: "other".into(),
            ..last
        };
        assert_eq!(version_for_round(&plan, Some(&other)), 2);
        assert_eq!(LastShared::parse("{"), None);
    }

    #[test]
    fn file_names_are_safe_and_readable() {
        assert_eq!(
            file_name(
                "plan-\u{2068}Kari Nordmann\u{2069}-til-\u{2068}Dr. Ingrid Solberg\u{2069}-2026-11-22.json"
            ),
            "plan-Kari-Nordmann-til-Dr-Ingrid-Solberg-2026-11-22.json"
        );
        assert_eq!(file_name("plan-Åse/../ØY:*-x.json"), "plan-Åse-ØY-x.json");
        assert_eq!(file_name("///"), "plan.json");
    }
}
