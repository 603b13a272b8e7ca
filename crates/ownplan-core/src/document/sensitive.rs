//! [`sensitive_items`]: before signing, the items a selection would send to a recipient who does
//! not usually get them — so the person can look again. A warning only: nothing here ever stops
//! a document from being made; the person decides.
//!
//! What counts (the [`SensitiveKind`]s):
//! - items in the **substance use** or **mental health** life areas (goals, resources, needs and
//!   measures, the lists that carry a `lifeArea`), to anyone but health services: usual for the
//!   GP, the coordinator, the crisis team and emergency primary care (presets), and for the roles
//!   GP, coordinator, mental health nurse, psychologist and psychiatrist; unusual for NAV, the
//!   police, next of kin, child welfare, housing and everyone else;
//! - people who **must not be contacted or informed**, to anyone but the crisis services (the
//!   crisis team and emergency primary care): to a next of kin or the police they can be the very
//!   people the person fears, and elsewhere they are seldom needed.
//!
//! Only what the selection really sends counts ([`plan_for_selection`]), and free text is not
//! searched: a warning sign that says "I drink alone" is not found. A recipient without a preset
//! or a role is treated as one who does not usually get these.

use serde::Serialize;

use super::export::RecipientPreset;
use super::selection::{Selection, plan_for_selection};
use crate::plan::{Identified, ItemId, LifeArea, Plan, Role};

/// Why an item is worth a second look before it goes to this recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SensitiveKind {
    /// An item in the substance use life area.
    SubstanceUse,
    /// An item in the mental health life area.
    MentalHealth,
    /// A person who must not be contacted or informed.
    DoNotContact,
}

impl SensitiveKind {
    /// Every kind.
    pub const ALL: [SensitiveKind; 3] = [
        SensitiveKind::SubstanceUse,
        SensitiveKind::MentalHealth,
        SensitiveKind::DoNotContact,
    ];

    /// Its name in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            SensitiveKind::SubstanceUse => "substanceUse",
            SensitiveKind::MentalHealth => "mentalHealth",
            SensitiveKind::DoNotContact => "doNotContact",
        }
    }

    /// The message id of the warning the widget shows (`share-sensitive-…`). Exhaustive, so a
    /// new kind does not compile without its message.
    pub const fn message_id(self) -> &'static str {
        match self {
            SensitiveKind::SubstanceUse => "share-sensitive-substance-use",
            SensitiveKind::MentalHealth => "share-sensitive-mental-health",
            SensitiveKind::DoNotContact => "share-sensitive-do-not-contact",
        }
    }

    fn of_life_area(area: Option<LifeArea>) -> Option<Self> {
        match area? {
            LifeArea::SubstanceUse => Some(SensitiveKind::SubstanceUse),
            LifeArea::MentalHealth => Some(SensitiveKind::MentalHealth),
            _ => None,
        }
    }
}

/// Who a document goes to, as far as the sensitive-content rules care: the preset the person
/// started from, and the role the recipient has, if either is known.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecipientKind<'a> {
    /// The preset the selection started from.
    pub preset: Option<RecipientPreset>,
    /// The recipient's role (from the network, or chosen).
    pub role: Option<&'a Role>,
}

impl RecipientKind<'_> {
    /// Whether this recipient usually gets items of `kind`: yes if their preset or their role
    /// says so.
    pub fn usually_gets(&self, kind: SensitiveKind) -> bool {
        self.preset.is_some_and(|preset| preset.usually_gets(kind))
            || self.role.is_some_and(|role| role_usually_gets(role, kind))
    }
}

impl RecipientPreset {
    /// Whether this kind of recipient usually gets items of `kind` (see [`sensitive_items`]).
    pub fn usually_gets(self, kind: SensitiveKind) -> bool {
        use RecipientPreset::*;
        match kind {
            SensitiveKind::SubstanceUse | SensitiveKind::MentalHealth => match self {
                Gp | Coordinator | CrisisTeam | EmergencyPrimaryCare => true,
                Nav | Police | NextOfKin => false,
            },
            SensitiveKind::DoNotContact => match self {
                CrisisTeam | EmergencyPrimaryCare => true,
                Gp | Coordinator | Nav | Police | NextOfKin => false,
            },
        }
    }
}

/// Whether someone with `role` usually gets items of `kind`: health professionals get the
/// health life areas; no role is a crisis service.
fn role_usually_gets(role: &Role, kind: SensitiveKind) -> bool {
    match kind {
        SensitiveKind::SubstanceUse | SensitiveKind::MentalHealth => match role {
            Role::Gp
            | Role::Coordinator
            | Role::MentalHealthNurse
            | Role::Psychologist
            | Role::Psychiatrist => true,
            Role::Nav
            | Role::ChildWelfare
            | Role::Housing
            | Role::PeerWorker
            | Role::NextOfKin
            | Role::Friend
            | Role::Volunteer
            | Role::Other
            | Role::Typed(_) => false,
        },
        SensitiveKind::DoNotContact => false,
    }
}

/// One item that goes to a recipient who does not usually get its kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitiveItem {
    /// The item's id.
    pub id: ItemId,
    /// Where it is in the plan (`individualPlan.goals[2]`), the same path as in the document
    /// without `$.credentialSubject.`.
    pub path: String,
    /// A short label: the start of the item's own words (a goal's text, a measure's what, the
    /// name of a person who must not be contacted).
    pub label: String,
    /// Why it is flagged.
    pub kind: SensitiveKind,
}

/// The longest label, in characters, before it is cut with `…`.
pub const SENSITIVE_LABEL_CHARS: usize = 60;

/// The items `selection` sends from `plan` that `recipient` does not usually get, in plan order.
/// Never refuses anything: the widget shows them as a warning, and the person decides.
pub fn sensitive_items(
    plan: &Plan,
    selection: &Selection,
    recipient: RecipientKind<'_>,
) -> Vec<SensitiveItem> {
    let shared = plan_for_selection(plan, selection);
    let individual = &shared.individual_plan;
    let mut found = Vec::new();
    let mut flag = |kind: Option<SensitiveKind>, list: &str, index: usize, id: &ItemId, words| {
        if let Some(kind) = kind
            && !recipient.usually_gets(kind)
        {
            found.push(SensitiveItem {
                id: id.clone(),
                path: format!("{list}[{index}]"),
                label: short_label(words),
                kind,
            });
        }
    };
    for (index, goal) in individual.goals.iter().enumerate() {
        let kind = SensitiveKind::of_life_area(goal.life_area);
        flag(
            kind,
            "individualPlan.goals",
            index,
            goal.id(),
            goal.text.as_str(),
        );
    }
    for (list, notes) in [
        ("individualPlan.resources", &individual.resources),
        ("individualPlan.needs", &individual.needs),
    ] {
        for (index, note) in notes.iter().enumerate() {
            let kind = SensitiveKind::of_life_area(note.life_area);
            flag(kind, list, index, note.id(), note.text.as_str());
        }
    }
    for (index, measure) in individual.measures.iter().enumerate() {
        let kind = SensitiveKind::of_life_area(measure.life_area);
        let words = measure.what.as_str();
        flag(kind, "individualPlan.measures", index, measure.id(), words);
    }
    for (index, person) in shared.crisis_plan.do_not_contact.iter().enumerate() {
        let kind = Some(SensitiveKind::DoNotContact);
        let words = person.name.as_str();
        flag(kind, "crisisPlan.doNotContact", index, person.id(), words);
    }
    found
}

/// The first line of `words`, cut to [`SENSITIVE_LABEL_CHARS`] characters with `…`.
pub(crate) fn short_label(words: &str) -> String {
    let line = words.lines().next().unwrap_or_default().trim();
    if line.chars().count() <= SENSITIVE_LABEL_CHARS {
        return line.to_owned();
    }
    let cut: String = line.chars().take(SENSITIVE_LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}
