//! [`Role`]: what a person in the network is to the plan owner, picked from the field's list or
//! typed in the person's own words.

use serde::{Deserialize, Serialize};

use super::Text;

/// A network member's role. In JSON a picked role is a string (`"gp"`), a typed one an object
/// (`{"typed": "Miljøterapeut"}`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum Role {
    /// General practitioner (*fastlege*).
    Gp,
    /// The plan's coordinator (*koordinator*).
    Coordinator,
    /// Community mental health nurse.
    MentalHealthNurse,
    /// Psychologist.
    Psychologist,
    /// Psychiatrist.
    Psychiatrist,
    /// The labour and welfare administration.
    Nav,
    /// Child welfare (*barnevern*).
    ChildWelfare,
    /// Housing office or housing follow-up.
    Housing,
    /// Peer worker (*likeperson*).
    PeerWorker,
    /// Next of kin (*pårørende*).
    NextOfKin,
    /// A friend.
    Friend,
    /// A volunteer.
    Volunteer,
    /// Another role, not described.
    Other,
    /// A role in the person's own words.
    Typed(Text),
}

impl Role {
    /// The roles offered as choices, in the order the widget lists them.
    pub const CHOICES: [Role; 13] = [
        Role::Gp,
        Role::Coordinator,
        Role::MentalHealthNurse,
        Role::Psychologist,
        Role::Psychiatrist,
        Role::Nav,
        Role::ChildWelfare,
        Role::Housing,
        Role::PeerWorker,
        Role::NextOfKin,
        Role::Friend,
        Role::Volunteer,
        Role::Other,
    ];

    /// A picked role's name in JSON (the same string serde reads and writes); `None` for a role
    /// in the person's own words, which is an object in JSON.
    pub const fn as_str(&self) -> Option<&'static str> {
        Some(match self {
            Role::Gp => "gp",
            Role::Coordinator => "coordinator",
            Role::MentalHealthNurse => "mentalHealthNurse",
            Role::Psychologist => "psychologist",
            Role::Psychiatrist => "psychiatrist",
            Role::Nav => "nav",
            Role::ChildWelfare => "childWelfare",
            Role::Housing => "housing",
            Role::PeerWorker => "peerWorker",
            Role::NextOfKin => "nextOfKin",
            Role::Friend => "friend",
            Role::Volunteer => "volunteer",
            Role::Other => "other",
            Role::Typed(_) => return None,
        })
    }

    /// The message id of a picked role's name in the widget's locales (`choice-role-…`); `None`
    /// for a typed role, which is shown as typed. Exhaustive, so a new role does not compile
    /// without its label.
    pub const fn label_id(&self) -> Option<&'static str> {
        Some(match self {
            Role::Gp => "choice-role-gp",
            Role::Coordinator => "choice-role-coordinator",
            Role::MentalHealthNurse => "choice-role-mental-health-nurse",
            Role::Psychologist => "choice-role-psychologist",
            Role::Psychiatrist => "choice-role-psychiatrist",
            Role::Nav => "choice-role-nav",
            Role::ChildWelfare => "choice-role-child-welfare",
            Role::Housing => "choice-role-housing",
            Role::PeerWorker => "choice-role-peer-worker",
            Role::NextOfKin => "choice-role-next-of-kin",
            Role::Friend => "choice-role-friend",
            Role::Volunteer => "choice-role-volunteer",
            Role::Other => "choice-role-other",
            Role::Typed(_) => return None,
        })
    }

    /// The role as a tool shows it without translations: a picked role's JSON name
    /// (`nextOfKin`), or the person's own words for a typed one.
    pub fn name(&self) -> &str {
        match self {
            Role::Typed(words) => words.as_str(),
            picked => picked.as_str().unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(role: Role, expected: serde_json::Value) {
        assert_eq!(serde_json::to_value(&role).expect("serializes"), expected);
        assert_eq!(
            serde_json::from_value::<Role>(expected).expect("deserializes"),
            role
        );
    }

    #[test]
    fn picked_roles_are_strings_and_typed_roles_objects() {
        check(Role::Gp, serde_json::json!("gp"));
        check(
            Role::MentalHealthNurse,
            serde_json::json!("mentalHealthNurse"),
        );
        check(
            Role::Typed(Text::new("Miljøterapeut")),
            serde_json::json!({"typed": "Miljøterapeut"}),
        );
        assert!(serde_json::from_value::<Role>(serde_json::json!("doctor")).is_err());
    }
}
