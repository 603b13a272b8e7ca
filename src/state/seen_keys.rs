//! What this browser remembers about the plans a professional has checked: per plan id, the
//! owner's name (and phone and e-mail, when the plan gives them), every key that signed it (with
//! the first and last day it was seen) and the highest plan version seen. From that,
//! [`SeenKeys::observe`] decides what to tell the professional about a newly verified document:
//! first time, same key as before, a DIFFERENT key (loud), a KNOWN PERSON WITH A NEW KEY (loud),
//! an older version than one already seen.
//!
//! The plan id is chosen by whoever makes the file, so it alone cannot be trusted: a forger
//! would use a fresh one. A document whose plan id is new is therefore also compared on the
//! person: the owner's name (case and spacing ignored), phone number (digits only) and e-mail
//! (case ignored). If any of them matches a remembered plan and the key never signed for that
//! person, the verdict is [`KeyVerdict::KnownPersonNewKey`].
//!
//! The policy (why nothing is remembered at once): trust on first use only works if a key stays
//! untrusted until a person has checked it. So a document signed by a key not yet trusted for
//! this plan or person (a first sighting, a different key, a known person's new key) changes
//! nothing here; the key is added only when the professional says they have compared the
//! fingerprint with the person ([`SeenKeys::accept_new_key`]). Otherwise a forged file opened
//! twice would look like "the same key as before" the second time.
//!
//! Stored form (local storage `ownplan.seen`), read strictly:
//! `{"ownplanSeen":2,"plans":[{"planId":"…","ownerName":"Kari","ownerPhone":"+47 912 34 567",
//! "ownerEmail":"kari@example.no","highestVersion":3,
//! "keys":[{"did":"did:key:z6Mk…","firstSeen":"2026-11-22","lastSeen":"2026-11-23"}]}]}`.
//! `ownerPhone` and `ownerEmail` are left out when empty. Version 1 (the same without phone and
//! e-mail, written when a first sighting was remembered without a check) is still read; it is
//! written as version 2 the next time the list changes.

use ownplan_core::plan::Date;
use ownplan_core::proof::{self, DidKey};
use serde::{Deserialize, Serialize};

/// The envelope version this build writes.
pub const SEEN_VERSION: u64 = 2;

/// The oldest envelope version this build reads.
const OLDEST_READ_VERSION: u64 = 1;

/// Everything remembered, most recently seen plan first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeenKeys {
    plans: Vec<SeenPlan>,
}

/// One plan this browser has seen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeenPlan {
    /// The plan's id, the same in every version and export.
    pub plan_id: String,
    /// The owner's name in the last document seen (may be empty).
    pub owner_name: String,
    /// The owner's phone number in the last document seen (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner_phone: String,
    /// The owner's e-mail address in the last document seen (may be empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner_email: String,
    /// The highest plan version seen.
    pub highest_version: u32,
    /// The keys that signed it, in the order they were first seen.
    pub keys: Vec<SeenKey>,
}

/// A key seen signing a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SeenKey {
    /// The key as a did:key.
    pub did: String,
    /// The first day it was seen.
    pub first_seen: Date,
    /// The last day it was seen.
    pub last_seen: Date,
}

impl SeenKey {
    /// The key's fingerprint, for a person to compare (empty if the stored did is not a key,
    /// which [`SeenKeys::parse`] never lets in).
    pub fn fingerprint(&self) -> String {
        DidKey::parse(&self.did)
            .map(|key| key.fingerprint().to_string())
            .unwrap_or_default()
    }
}

/// A verified document, as far as remembering it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sighting {
    /// The plan's id.
    pub plan_id: String,
    /// The owner's name.
    pub owner_name: String,
    /// The owner's phone number (may be empty).
    pub owner_phone: String,
    /// The owner's e-mail address (may be empty).
    pub owner_email: String,
    /// The did:key that signed.
    pub did: String,
    /// The plan version.
    pub plan_version: u32,
}

/// What the key of a new document says, compared with what was seen before.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyVerdict {
    /// This browser has not seen this plan before: compare the fingerprint with the person.
    FirstTime,
    /// Signed with a key this plan was signed with before, first seen on that day.
    SameKey {
        /// When this key was first seen signing the plan.
        first_seen: Date,
    },
    /// The plan was signed before, but never with this key.
    DifferentKey {
        /// The fingerprints of the keys seen before.
        known_fingerprints: Vec<String>,
    },
    /// The plan id is new, but the person is known (by `matched`) from other plans, which were
    /// never signed with this key. A fresh plan id is what a forger would use.
    KnownPersonNewKey {
        /// What about the person matched, in the order name, phone, e-mail.
        matched: Vec<PersonDetail>,
        /// The fingerprints of the keys seen before for this person.
        known_fingerprints: Vec<String>,
    },
}

impl KeyVerdict {
    /// Whether the key is already trusted for this plan or person (so nothing needs checking).
    pub fn is_trusted(&self) -> bool {
        matches!(self, KeyVerdict::SameKey { .. })
    }
}

/// A detail that identifies the owner of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonDetail {
    /// The name, ignoring case and spacing.
    Name,
    /// The phone number, digits only.
    Phone,
    /// The e-mail address, ignoring case.
    Email,
}

impl PersonDetail {
    /// The id of the translated name of this detail.
    pub fn label_id(self) -> &'static str {
        match self {
            PersonDetail::Name => "verify-person-name",
            PersonDetail::Phone => "verify-person-phone",
            PersonDetail::Email => "verify-person-email",
        }
    }
}

/// The owner's identifying details in the form they are compared in (empty when not given or
/// too short to tell people apart).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Person {
    name: String,
    phone: String,
    email: String,
}

impl Person {
    fn new(name: &str, phone: &str, email: &str) -> Self {
        Self {
            name: normalized_name(name),
            phone: normalized_phone(phone),
            email: email.trim().to_lowercase(),
        }
    }

    /// What `self` and `other` share, in the order name, phone, e-mail (nothing empty).
    fn matches(&self, other: &Person) -> Vec<PersonDetail> {
        [
            (PersonDetail::Name, &self.name, &other.name),
            (PersonDetail::Phone, &self.phone, &other.phone),
            (PersonDetail::Email, &self.email, &other.email),
        ]
        .into_iter()
        .filter(|(_, mine, theirs)| !mine.is_empty() && mine == theirs)
        .map(|(detail, _, _)| detail)
        .collect()
    }
}

/// A name as compared: lower case, every run of white space one space, none at the ends. (Plan
/// text is NFC already.)
fn normalized_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A phone number as compared: its digits, without a leading `00` or `+` country prefix
/// written either way; empty when fewer than five digits (too few to tell people apart).
fn normalized_phone(phone: &str) -> String {
    let plus = phone.trim_start().starts_with('+');
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let digits = match digits.strip_prefix("00") {
        Some(rest) if !plus => rest.to_owned(),
        _ => digits,
    };
    if digits.len() < 5 {
        String::new()
    } else {
        digits
    }
}

impl SeenPlan {
    fn person(&self) -> Person {
        Person::new(&self.owner_name, &self.owner_phone, &self.owner_email)
    }
}

impl Sighting {
    fn person(&self) -> Person {
        Person::new(&self.owner_name, &self.owner_phone, &self.owner_email)
    }
}

/// What the plan version of a new document says, compared with what was seen before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionVerdict {
    /// No version of this plan was seen before.
    FirstTime,
    /// The same version as the highest seen.
    Same,
    /// A newer version than any seen.
    Newer {
        /// The highest version seen before.
        previous_highest: u32,
    },
    /// An older version than one already seen.
    Older {
        /// The highest version seen.
        highest_seen: u32,
    },
}

/// Both verdicts for one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// About the key.
    pub key: KeyVerdict,
    /// About the version.
    pub version: VersionVerdict,
}

/// Why the stored list cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeenError {
    /// Not the envelope, or something in it is not what this build writes.
    Malformed,
    /// Written by a newer version of the widget.
    Newer,
}

impl SeenError {
    /// One value of every kind.
    pub const ALL: [SeenError; 2] = [SeenError::Malformed, SeenError::Newer];

    /// The id of the translated message explaining this.
    pub fn message_id(self) -> &'static str {
        match self {
            SeenError::Malformed => "seen-error-malformed",
            SeenError::Newer => "seen-error-newer",
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Envelope {
    ownplan_seen: u64,
    plans: Vec<SeenPlan>,
}

impl SeenKeys {
    /// The remembered plans, most recently seen first.
    pub fn plans(&self) -> &[SeenPlan] {
        &self.plans
    }

    /// Whether nothing is remembered.
    pub fn is_empty(&self) -> bool {
        self.plans.is_empty()
    }

    /// What `sighting` says compared with what was seen before. Changes nothing.
    pub fn assess(&self, sighting: &Sighting) -> Assessment {
        let Some(plan) = self.plan(&sighting.plan_id) else {
            return Assessment {
                key: self.assess_person(sighting),
                version: VersionVerdict::FirstTime,
            };
        };
        let key = match plan.keys.iter().find(|key| key.did == sighting.did) {
            Some(key) => KeyVerdict::SameKey {
                first_seen: key.first_seen.clone(),
            },
            None => KeyVerdict::DifferentKey {
                known_fingerprints: plan.keys.iter().map(SeenKey::fingerprint).collect(),
            },
        };
        let version = match sighting.plan_version.cmp(&plan.highest_version) {
            std::cmp::Ordering::Less => VersionVerdict::Older {
                highest_seen: plan.highest_version,
            },
            std::cmp::Ordering::Equal => VersionVerdict::Same,
            std::cmp::Ordering::Greater => VersionVerdict::Newer {
                previous_highest: plan.highest_version,
            },
        };
        Assessment { key, version }
    }

    /// The key verdict for a plan id never seen: compared on the person across every
    /// remembered plan.
    fn assess_person(&self, sighting: &Sighting) -> KeyVerdict {
        let person = sighting.person();
        let mut matched: Vec<PersonDetail> = Vec::new();
        let mut known_fingerprints: Vec<String> = Vec::new();
        for plan in &self.plans {
            let details = person.matches(&plan.person());
            if details.is_empty() {
                continue;
            }
            if let Some(key) = plan.keys.iter().find(|key| key.did == sighting.did) {
                // A person already trusted with this key, making a new plan.
                return KeyVerdict::SameKey {
                    first_seen: key.first_seen.clone(),
                };
            }
            matched.extend(details);
            for key in &plan.keys {
                let fingerprint = key.fingerprint();
                if !known_fingerprints.contains(&fingerprint) {
                    known_fingerprints.push(fingerprint);
                }
            }
        }
        if matched.is_empty() {
            return KeyVerdict::FirstTime;
        }
        let matched = [PersonDetail::Name, PersonDetail::Phone, PersonDetail::Email]
            .into_iter()
            .filter(|detail| matched.contains(detail))
            .collect();
        KeyVerdict::KnownPersonNewKey {
            matched,
            known_fingerprints,
        }
    }

    /// Assesses `sighting` and, when its key is already trusted for this plan or person,
    /// remembers it on `today` (the last day seen, a newer version). A key not yet trusted (a
    /// first sighting, a different key, a known person's new key; see the module docs) is
    /// remembered only through [`accept_new_key`](Self::accept_new_key). Returns the assessment
    /// made before remembering.
    pub fn observe(&mut self, sighting: &Sighting, today: &Date) -> Assessment {
        let assessment = self.assess(sighting);
        if assessment.key.is_trusted() {
            self.record(sighting, today);
        }
        assessment
    }

    /// Remembers `sighting` with its key, after the professional has compared the fingerprint
    /// with the person (a first sighting) or checked with them that they made a new key.
    pub fn accept_new_key(&mut self, sighting: &Sighting, today: &Date) {
        self.record(sighting, today);
    }

    /// Forgets one plan and its keys. Returns whether it was remembered.
    pub fn forget(&mut self, plan_id: &str) -> bool {
        let before = self.plans.len();
        self.plans.retain(|plan| plan.plan_id != plan_id);
        self.plans.len() != before
    }

    /// Forgets everything.
    pub fn forget_all(&mut self) {
        self.plans.clear();
    }

    fn plan(&self, plan_id: &str) -> Option<&SeenPlan> {
        self.plans.iter().find(|plan| plan.plan_id == plan_id)
    }

    fn record(&mut self, sighting: &Sighting, today: &Date) {
        let position = self
            .plans
            .iter()
            .position(|plan| plan.plan_id == sighting.plan_id);
        let mut plan = match position {
            Some(index) => self.plans.remove(index),
            None => SeenPlan {
                plan_id: sighting.plan_id.clone(),
                owner_name: String::new(),
                owner_phone: String::new(),
                owner_email: String::new(),
                highest_version: sighting.plan_version,
                keys: Vec::new(),
            },
        };
        plan.owner_name.clone_from(&sighting.owner_name);
        plan.owner_phone.clone_from(&sighting.owner_phone);
        plan.owner_email.clone_from(&sighting.owner_email);
        plan.highest_version = plan.highest_version.max(sighting.plan_version);
        match plan.keys.iter_mut().find(|key| key.did == sighting.did) {
            Some(key) => key.last_seen = today.clone().max(key.last_seen.clone()),
            None => plan.keys.push(SeenKey {
                did: sighting.did.clone(),
                first_seen: today.clone(),
                last_seen: today.clone(),
            }),
        }
        // Most recently seen first.
        self.plans.insert(0, plan);
    }

    /// The text to store. A failure is returned, never an empty text that would be stored
    /// over the list.
    pub fn to_text(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(&Envelope {
            ownplan_seen: SEEN_VERSION,
            plans: self.plans.clone(),
        })
    }

    /// Reads stored text strictly: the strict JSON reader (duplicate keys, size, depth), no
    /// unknown members, real dates, real did:keys, no plan or key twice.
    pub fn parse(text: &str) -> Result<Self, SeenError> {
        let value = proof::parse_strict(text.as_bytes()).map_err(|_| SeenError::Malformed)?;
        match value.get("ownplanSeen").and_then(serde_json::Value::as_u64) {
            Some(version) if version > SEEN_VERSION => return Err(SeenError::Newer),
            Some(version) if version >= OLDEST_READ_VERSION => {
                // Version 1 had no phone or e-mail.
                let has_contact = value
                    .get("plans")
                    .and_then(serde_json::Value::as_array)
                    .is_some_and(|plans| {
                        plans.iter().any(|plan| {
                            plan.get("ownerPhone").is_some() || plan.get("ownerEmail").is_some()
                        })
                    });
                if version == 1 && has_contact {
                    return Err(SeenError::Malformed);
                }
            }
            _ => return Err(SeenError::Malformed),
        }
        let mut envelope: Envelope =
            serde_json::from_value(value).map_err(|_| SeenError::Malformed)?;
        for plan in &mut envelope.plans {
            plan.plan_id = plan_id_in_format_2(&plan.plan_id);
        }
        let mut plan_ids = std::collections::BTreeSet::new();
        for plan in &envelope.plans {
            let mut dids = std::collections::BTreeSet::new();
            let plan_ok = !plan.plan_id.is_empty()
                && plan.highest_version > 0
                && !plan.keys.is_empty()
                && plan_ids.insert(plan.plan_id.as_str());
            let keys_ok = plan.keys.iter().all(|key| {
                DidKey::parse(&key.did).is_ok()
                    && key.first_seen.is_valid()
                    && key.last_seen.is_valid()
                    && !key.last_seen.is_before(&key.first_seen)
                    && dids.insert(key.did.as_str())
            });
            if !plan_ok || !keys_ok {
                return Err(SeenError::Malformed);
            }
        }
        Ok(Self {
            plans: envelope.plans,
        })
    }
}

/// A plan id remembered from a format-1 document (a bare UUID) in the form every verified plan
/// has since format 2 (`urn:uuid:…`), so a key trusted before the upgrade is still recognised.
/// Any other id is kept as it is.
fn plan_id_in_format_2(stored: &str) -> String {
    let migrated = ownplan_core::plan::PlanId::from_format_1(stored);
    if migrated.as_str() == format!("urn:uuid:{stored}") {
        migrated.as_str().to_owned()
    } else {
        stored.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use ownplan_core::proof::SigningKey;

    #[test]
    fn a_plan_remembered_from_a_format_1_document_is_recognised_in_format_2() {
        let stored = r#"{"ownplanSeen":1,"plans":[{"planId":"9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c","ownerName":"K","highestVersion":2,"keys":[]}]}"#;
        // An empty key list is refused: give the plan one real key.
        let did = SigningKey::from_seed(&[7; 32]).did_key().did();
        let stored = stored.replace(
            r#""keys":[]"#,
            &format!(
                r#""keys":[{{"did":"{did}","firstSeen":"2026-01-02","lastSeen":"2026-01-02"}}]"#
            ),
        );
        let seen = SeenKeys::parse(&stored).expect("a format-1 list reads");
        assert_eq!(
            seen.plans()[0].plan_id,
            "urn:uuid:9b2e7c44-5d1a-4f3e-8c6b-2a7d9e0f1b3c"
        );
    }

    use super::*;

    fn did(seed: u8) -> String {
        SigningKey::from_seed(&[seed; 32]).did_key().did()
    }

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// A sighting of Kari's plan, or (for `plan-b`) of Ola's: two different people.
    fn sighting(plan_id: &str, key_seed: u8, plan_version: u32) -> Sighting {
        let owner = if plan_id == "plan-b" { "Ola" } else { "Kari" };
        person_sighting(plan_id, owner, key_seed, plan_version)
    }

    fn person_sighting(plan_id: &str, owner: &str, key_seed: u8, plan_version: u32) -> Sighting {
        Sighting {
            plan_id: plan_id.into(),
            owner_name: owner.into(),
            owner_phone: String::new(),
            owner_email: String::new(),
            did: did(key_seed),
            plan_version,
        }
    }

    /// Observes `sighting` and, when its key was not trusted yet, accepts it as the
    /// professional would after comparing the fingerprint.
    fn remember(seen: &mut SeenKeys, sighting: &Sighting, today: &Date) {
        if !seen.observe(sighting, today).key.is_trusted() {
            seen.accept_new_key(sighting, today);
        }
    }

    #[test]
    fn the_first_sighting_is_first_time_and_is_remembered_only_when_confirmed() {
        let mut seen = SeenKeys::default();
        let first = sighting("plan-a", 1, 3);
        let assessment = seen.observe(&first, &day("2026-11-22"));
        assert_eq!(
            assessment,
            Assessment {
                key: KeyVerdict::FirstTime,
                version: VersionVerdict::FirstTime
            }
        );
        assert!(
            seen.is_empty(),
            "nothing is remembered before it is confirmed"
        );
        // Opened again before confirming: still a first sighting, not "the same key".
        assert_eq!(
            seen.observe(&first, &day("2026-11-23")).key,
            KeyVerdict::FirstTime
        );
        seen.accept_new_key(&first, &day("2026-11-22"));
        let plan = &seen.plans()[0];
        assert_eq!(plan.plan_id, "plan-a");
        assert_eq!(plan.owner_name, "Kari");
        assert_eq!(plan.highest_version, 3);
        assert_eq!(plan.keys.len(), 1);
        assert_eq!(plan.keys[0].first_seen, day("2026-11-22"));
    }

    #[test]
    fn the_same_key_again_is_same_key_and_moves_last_seen() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 3), &day("2026-11-22"));
        let assessment = seen.observe(&sighting("plan-a", 1, 3), &day("2026-12-01"));
        assert_eq!(
            assessment.key,
            KeyVerdict::SameKey {
                first_seen: day("2026-11-22")
            }
        );
        assert_eq!(assessment.version, VersionVerdict::Same);
        let key = &seen.plans()[0].keys[0];
        assert_eq!(
            (key.first_seen.as_str(), key.last_seen.as_str()),
            ("2026-11-22", "2026-12-01")
        );
    }

    #[test]
    fn a_different_key_is_loud_and_not_remembered_until_accepted() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 3), &day("2026-11-22"));
        let before = seen.clone();
        let other = sighting("plan-a", 2, 4);
        let assessment = seen.observe(&other, &day("2026-11-23"));
        assert_eq!(
            assessment.key,
            KeyVerdict::DifferentKey {
                known_fingerprints: vec![
                    SigningKey::from_seed(&[1; 32])
                        .did_key()
                        .fingerprint()
                        .to_string()
                ]
            }
        );
        assert_eq!(seen, before, "a different key changes nothing by itself");
        // Opened again, it is still a different key.
        assert!(matches!(
            seen.observe(&other, &day("2026-11-23")).key,
            KeyVerdict::DifferentKey { .. }
        ));
        seen.accept_new_key(&other, &day("2026-11-23"));
        assert_eq!(seen.plans()[0].keys.len(), 2);
        assert_eq!(seen.plans()[0].highest_version, 4);
        assert!(matches!(
            seen.observe(&other, &day("2026-11-24")).key,
            KeyVerdict::SameKey { .. }
        ));
    }

    #[test]
    fn versions_are_compared_with_the_highest_seen() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 3), &day("2026-11-22"));
        assert_eq!(
            seen.observe(&sighting("plan-a", 1, 2), &day("2026-11-22"))
                .version,
            VersionVerdict::Older { highest_seen: 3 }
        );
        assert_eq!(
            seen.plans()[0].highest_version,
            3,
            "an older one never lowers it"
        );
        assert_eq!(
            seen.observe(&sighting("plan-a", 1, 5), &day("2026-11-22"))
                .version,
            VersionVerdict::Newer {
                previous_highest: 3
            }
        );
        assert_eq!(seen.plans()[0].highest_version, 5);
        assert_eq!(
            seen.observe(&sighting("plan-a", 1, 3), &day("2026-11-22"))
                .version,
            VersionVerdict::Older { highest_seen: 5 }
        );
    }

    #[test]
    fn plans_are_kept_apart_and_the_latest_comes_first() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 1), &day("2026-11-22"));
        assert_eq!(
            seen.observe(&sighting("plan-b", 2, 1), &day("2026-11-22"))
                .key,
            KeyVerdict::FirstTime
        );
        seen.accept_new_key(&sighting("plan-b", 2, 1), &day("2026-11-22"));
        let order: Vec<_> = seen.plans().iter().map(|p| p.plan_id.as_str()).collect();
        assert_eq!(order, ["plan-b", "plan-a"]);
        remember(&mut seen, &sighting("plan-a", 1, 1), &day("2026-11-23"));
        let order: Vec<_> = seen.plans().iter().map(|p| p.plan_id.as_str()).collect();
        assert_eq!(order, ["plan-a", "plan-b"]);
    }

    #[test]
    fn forget_removes_one_plan_and_forget_all_everything() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 1), &day("2026-11-22"));
        remember(&mut seen, &sighting("plan-b", 2, 1), &day("2026-11-22"));
        assert!(seen.forget("plan-a"));
        assert!(!seen.forget("plan-a"));
        assert_eq!(seen.plans().len(), 1);
        assert_eq!(
            seen.assess(&sighting("plan-a", 1, 1)).key,
            KeyVerdict::FirstTime,
            "a forgotten plan is new again"
        );
        seen.forget_all();
        assert!(seen.is_empty());
    }

    #[test]
    fn the_list_survives_storage() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 3), &day("2026-11-22"));
        seen.accept_new_key(&sighting("plan-a", 2, 4), &day("2026-11-23"));
        remember(&mut seen, &sighting("plan-b", 3, 1), &day("2026-11-24"));
        assert_eq!(SeenKeys::parse(&seen.to_text().unwrap()), Ok(seen.clone()));
        assert_eq!(
            SeenKeys::parse(&SeenKeys::default().to_text().unwrap()),
            Ok(SeenKeys::default())
        );
    }

    #[test]
    fn bad_stored_lists_are_refused_not_repaired() {
        let key = did(1);
        let entry = |plan_id: &str, version: u32, keys: &str| {
            format!(
                r#"{{"planId":"{plan_id}","ownerName":"K","highestVersion":{version},"keys":[{keys}]}}"#
            )
        };
        let key_entry = |did: &str, first: &str, last: &str| {
            format!(r#"{{"did":"{did}","firstSeen":"{first}","lastSeen":"{last}"}}"#)
        };
        let good_key = key_entry(&key, "2026-11-22", "2026-11-23");
        let wrap = |plans: &str| format!(r#"{{"ownplanSeen":1,"plans":[{plans}]}}"#);
        assert!(SeenKeys::parse(&wrap(&entry("a", 1, &good_key))).is_ok());
        for text in [
            String::new(),
            "null".into(),
            "{}".into(),
            "[]".into(),
            r#"{"ownplanSeen":"1","plans":[]}"#.into(),
            r#"{"ownplanSeen":1}"#.into(),
            r#"{"ownplanSeen":1,"plans":[],"plans":[]}"#.into(),
            r#"{"ownplanSeen":1,"plans":[],"extra":true}"#.into(),
            wrap(&entry("", 1, &good_key)),
            wrap(&entry("a", 0, &good_key)),
            wrap(&entry("a", 1, "")),
            wrap(&format!(
                "{},{}",
                entry("a", 1, &good_key),
                entry("a", 2, &good_key)
            )),
            wrap(&entry("a", 1, &format!("{good_key},{good_key}"))),
            wrap(&entry(
                "a",
                1,
                &key_entry("did:web:example.com", "2026-11-22", "2026-11-22"),
            )),
            wrap(&entry("a", 1, &key_entry(&key, "2026-02-30", "2026-11-22"))),
            wrap(&entry("a", 1, &key_entry(&key, "2026-11-23", "2026-11-22"))),
        ] {
            assert_eq!(SeenKeys::parse(&text), Err(SeenError::Malformed), "{text}");
        }
        assert_eq!(
            SeenKeys::parse(r#"{"ownplanSeen":3,"plans":[]}"#),
            Err(SeenError::Newer)
        );
    }

    fn fingerprint(seed: u8) -> String {
        SigningKey::from_seed(&[seed; 32])
            .did_key()
            .fingerprint()
            .to_string()
    }

    #[test]
    fn a_new_plan_id_for_a_known_name_with_a_new_key_is_loud_and_not_remembered() {
        let mut seen = SeenKeys::default();
        remember(
            &mut seen,
            &person_sighting("plan-a", "Kari  Nordmann", 1, 3),
            &day("2026-11-22"),
        );
        let before = seen.clone();
        // A forger's file: a fresh plan id, the same name written a little differently.
        let forged = person_sighting("plan-forged", " kari\tNORDMANN ", 2, 1);
        let assessment = seen.observe(&forged, &day("2026-11-23"));
        assert_eq!(
            assessment.key,
            KeyVerdict::KnownPersonNewKey {
                matched: vec![PersonDetail::Name],
                known_fingerprints: vec![fingerprint(1)],
            }
        );
        assert_eq!(assessment.version, VersionVerdict::FirstTime);
        assert_eq!(
            seen, before,
            "a known person's new key changes nothing by itself"
        );
        // Opened again, it is still a new key for a known person.
        assert!(matches!(
            seen.observe(&forged, &day("2026-11-23")).key,
            KeyVerdict::KnownPersonNewKey { .. }
        ));
        // After the professional checked with the person, it is their key.
        seen.accept_new_key(&forged, &day("2026-11-23"));
        assert!(seen.observe(&forged, &day("2026-11-24")).key.is_trusted());
    }

    #[test]
    fn a_known_phone_or_email_is_a_known_person_even_under_another_name() {
        let mut seen = SeenKeys::default();
        let mut kari = person_sighting("plan-a", "Kari", 1, 1);
        kari.owner_phone = "+47 912 34 567".into();
        kari.owner_email = "Kari@Example.no".into();
        remember(&mut seen, &kari, &day("2026-11-22"));
        let mut ola = person_sighting("plan-b", "Ola", 2, 1);
        ola.owner_email = "ola@example.no".into();
        remember(&mut seen, &ola, &day("2026-11-22"));

        let mut by_phone = person_sighting("plan-x", "K. N.", 3, 1);
        by_phone.owner_phone = "0047 91234567".into();
        assert_eq!(
            seen.assess(&by_phone).key,
            KeyVerdict::KnownPersonNewKey {
                matched: vec![PersonDetail::Phone],
                known_fingerprints: vec![fingerprint(1)],
            }
        );
        let mut by_both = person_sighting("plan-x", "kari", 3, 1);
        by_both.owner_email = " kari@example.NO".into();
        by_both.owner_phone = "+47 912 34 567".into();
        assert_eq!(
            seen.assess(&by_both).key,
            KeyVerdict::KnownPersonNewKey {
                matched: vec![PersonDetail::Name, PersonDetail::Phone, PersonDetail::Email],
                known_fingerprints: vec![fingerprint(1)],
            }
        );
        // Matching two remembered people names every key seen for them.
        let mut both_people = person_sighting("plan-x", "Ola", 3, 1);
        both_people.owner_phone = "+47 912 34 567".into();
        assert_eq!(
            seen.assess(&both_people).key,
            KeyVerdict::KnownPersonNewKey {
                matched: vec![PersonDetail::Name, PersonDetail::Phone],
                known_fingerprints: vec![fingerprint(2), fingerprint(1)],
            }
        );
    }

    #[test]
    fn empty_or_too_short_details_never_make_a_known_person() {
        let mut seen = SeenKeys::default();
        let mut blank = person_sighting("plan-a", "  ", 1, 1);
        blank.owner_phone = "113".into();
        remember(&mut seen, &blank, &day("2026-11-22"));
        let mut other = person_sighting("plan-x", "", 2, 1);
        other.owner_phone = "1-1-3".into();
        assert_eq!(seen.assess(&other).key, KeyVerdict::FirstTime);
        assert_eq!(
            seen.assess(&person_sighting("plan-y", "Karianne", 2, 1))
                .key,
            KeyVerdict::FirstTime,
            "a longer name is another name"
        );
    }

    #[test]
    fn a_known_person_with_a_trusted_key_starting_a_new_plan_is_the_same_key() {
        let mut seen = SeenKeys::default();
        remember(&mut seen, &sighting("plan-a", 1, 3), &day("2026-11-22"));
        let new_plan = sighting("plan-c", 1, 1);
        assert_eq!(
            seen.observe(&new_plan, &day("2026-11-25")).key,
            KeyVerdict::SameKey {
                first_seen: day("2026-11-22")
            }
        );
        assert_eq!(seen.plans()[0].plan_id, "plan-c", "and it is remembered");
    }

    #[test]
    fn contact_details_survive_storage_and_version_1_lists_still_read() {
        let mut seen = SeenKeys::default();
        let mut kari = sighting("plan-a", 1, 3);
        kari.owner_phone = "+47 912 34 567".into();
        kari.owner_email = "kari@example.no".into();
        remember(&mut seen, &kari, &day("2026-11-22"));
        let text = seen.to_text().unwrap();
        assert!(text.starts_with(r#"{"ownplanSeen":2,"#), "{text}");
        assert!(text.contains(r#""ownerPhone":"+47 912 34 567""#), "{text}");
        assert_eq!(SeenKeys::parse(&text), Ok(seen.clone()));
        // Without contact details the entry reads as version 1 did.
        let version_1 = format!(
            r#"{{"ownplanSeen":1,"plans":[{{"planId":"plan-a","ownerName":"Kari","highestVersion":3,"keys":[{{"did":"{}","firstSeen":"2026-11-22","lastSeen":"2026-11-22"}}]}}]}}"#,
            did(1)
        );
        let read = SeenKeys::parse(&version_1).expect("a version 1 list reads");
        assert_eq!(read.plans()[0].owner_phone, "");
        assert!(matches!(
            read.assess(&person_sighting("plan-x", "kari", 2, 1)).key,
            KeyVerdict::KnownPersonNewKey { .. }
        ));
        // Version 1 never had contact details.
        let with_phone = version_1.replace(
            r#""ownerName":"Kari","#,
            r#""ownerName":"Kari","ownerPhone":"+47 912 34 567","#,
        );
        assert_eq!(SeenKeys::parse(&with_phone), Err(SeenError::Malformed));
        assert!(
            SeenKeys::parse(&with_phone.replace(r#""ownplanSeen":1"#, r#""ownplanSeen":2"#))
                .is_ok()
        );
    }
}
