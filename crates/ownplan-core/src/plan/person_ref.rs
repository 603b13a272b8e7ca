//! [`PersonRef`]: who someone is, as used by measures, agreements, warning signs, contacts and
//! practical matters: the plan owner, a member of the network (by id), or a name typed in place.

use serde::{Deserialize, Serialize};

use super::{ItemId, Text};

/// A reference to a person. JSON: `"me"`, `{"member": "<network member id>"}` or
/// `{"typed": "Bydel Gamle Oslo"}`. [`validate`](super::validate()) reports a `member` id that is
/// not in the network as `problem-reference-dangling`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "camelCase")]
pub enum PersonRef {
    /// The person who owns the plan.
    Me,
    /// A member of the network, by id.
    Member(ItemId),
    /// Someone named in the person's own words, not in the network.
    Typed(Text),
}

impl PersonRef {
    /// The network member id, if this points at one.
    pub fn member_id(&self) -> Option<&ItemId> {
        match self {
            PersonRef::Member(id) => Some(id),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(person: PersonRef, expected: serde_json::Value) {
        assert_eq!(serde_json::to_value(&person).expect("serializes"), expected);
        assert_eq!(
            serde_json::from_value::<PersonRef>(expected).expect("deserializes"),
            person
        );
    }

    #[test]
    fn json_shapes() {
        check(PersonRef::Me, serde_json::json!("me"));
        check(
            PersonRef::Member(ItemId::new("m1")),
            serde_json::json!({"member": "m1"}),
        );
        check(
            PersonRef::Typed(Text::new("Mor")),
            serde_json::json!({"typed": "Mor"}),
        );
    }
}
