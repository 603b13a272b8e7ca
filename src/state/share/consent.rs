//! The person's own sharing consent against a round: which consent covers a recipient (a
//! network member by id, someone typed in by name), what to warn about before signing (against
//! the consent, and sensitive items going to someone who does not usually get them), and each
//! recipient's last day of consent.

use ownplan_core::document::{RecipientKind, SensitiveItem, sensitive_items};
use ownplan_core::plan::{Date, ItemId, PersonRef, Plan, Section, SharingConsent};

use super::draft::DraftRecipient;

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

/// The sensitive items (substance use, mental health, people who must not be contacted) that
/// `recipient`'s selection sends although their preset or role does not usually get them: the
/// core's [`sensitive_items`]. A warning only, never a blocker.
pub fn sensitive_for(plan: &Plan, recipient: &DraftRecipient) -> Vec<SensitiveItem> {
    let kind = RecipientKind {
        preset: recipient.preset(),
        role: recipient.recipient.role.as_ref(),
    };
    sensitive_items(plan, &recipient.selection(), kind)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::share::ShareAction;
    use crate::state::share::tests::{date, draft, id, plan};

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
}
