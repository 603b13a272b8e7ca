//! The typed rules of the people in the plan: metadata (language, timestamps), the network
//! (phones, e-mails, one coordinator) and consent (dates, expiry, recipients, sections).

use std::collections::BTreeSet;

use super::Checker;
use crate::plan::{Consent, List, NetworkMember, Owner, PlanMeta, ProblemKind};

pub(super) fn check_meta(checker: &mut Checker<'_>, meta: &PlanMeta) {
    if !meta.language.is_empty() && !is_language_tag(&meta.language) {
        checker.report("meta.language", ProblemKind::LanguageInvalid);
    }
    checker.date_time("meta.created", meta.created.as_ref());
    checker.date_time("meta.updated", meta.updated.as_ref());
}

pub(super) fn check_owner(checker: &mut Checker<'_>, owner: &Owner) {
    checker.phone("owner.phone", &owner.phone);
    checker.email("owner.email", &owner.email);
}

pub(super) fn check_network(checker: &mut Checker<'_>, network: &List<NetworkMember>) {
    let mut coordinators = 0;
    for (index, member) in network.iter().enumerate() {
        let path = format!("network[{index}]");
        checker.phone(&format!("{path}.phone"), &member.phone);
        checker.email(&format!("{path}.email"), &member.email);
        if member.is_coordinator {
            coordinators += 1;
            if coordinators == 2 {
                checker.report(
                    format!("{path}.isCoordinator"),
                    ProblemKind::CoordinatorSeveral,
                );
            }
        }
    }
}

pub(super) fn check_consent(checker: &mut Checker<'_>, consent: &Consent) {
    let to_plan = &consent.to_plan;
    let given_on = checker
        .date("consent.toPlan.givenOn", to_plan.given_on.as_ref())
        .cloned();
    checker.expiry(
        "consent.toPlan.validUntil",
        to_plan.valid_until.as_ref(),
        ProblemKind::ConsentExpired,
    );
    if let (Some(given_on), Some(valid_until)) = (given_on, to_plan.valid_until.as_ref())
        && valid_until.is_before(&given_on)
    {
        checker.report("consent.toPlan.validUntil", ProblemKind::DateRangeReversed);
    }
    for (index, sharing) in consent.sharing.iter().enumerate() {
        let path = format!("consent.sharing[{index}]");
        checker.person(&format!("{path}.recipient"), sharing.recipient.as_ref());
        checker.expiry(
            &format!("{path}.until"),
            sharing.until.as_ref(),
            ProblemKind::ConsentExpired,
        );
        let mut seen = BTreeSet::new();
        for (section_index, section) in sharing.sections.iter().enumerate() {
            if !seen.insert(section) {
                checker.report(
                    format!("{path}.sections[{section_index}]"),
                    ProblemKind::SectionDuplicate,
                );
            }
        }
    }
}

/// Whether the text has the shape of a BCP 47 language tag: a 2–3 or 5–8 letter language,
/// then subtags of 1–8 letters or digits, joined by `-`, at most 35 characters in all. The shape
/// is enough here; the tag only chooses a language to show.
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let Some(language) = subtags.next() else {
        return false;
    };
    tag.len() <= 35
        && matches!(language.len(), 2 | 3 | 5..=8)
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::is_language_tag;

    #[test]
    fn language_tags() {
        for good in ["nb", "nn", "en", "se", "nb-NO", "en-GB", "zh-Hant-TW", "ar"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "n",
            "norsk bokmål",
            "nb_NO",
            "nb-",
            "-nb",
            "12",
            "nb-toolongsubtag",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }
}
