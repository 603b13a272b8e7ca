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
