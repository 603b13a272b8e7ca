//! The message that asks for help, made ready for the phone's own messaging app: who gets it
//! (each recipient's number, else their network entry's) and the `sms:` link that opens the app
//! with the numbers and the text filled in (RFC 5724: `sms:<number>,<number>?body=<text>`).
//! The widget itself sends nothing; the person presses "send" in their messaging app.

use ownplan_core::plan::{HelpRecipient, Plan, tel_uri};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use super::reach::name_and_number;

/// One person the message goes to, as the card names them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addressee {
    /// Their name (empty when the person gave only a number).
    pub name: String,
    /// The number as the person wrote it.
    pub phone: String,
    /// The number as a dialler reads it (`+4791500002`), when it can be dialled.
    pub dialable: Option<String>,
}

impl Addressee {
    /// How the card names them: their name, else their number.
    pub fn label(&self) -> &str {
        if self.name.trim().is_empty() {
            &self.phone
        } else {
            &self.name
        }
    }
}

/// Who a recipient is, and the number to use: their own number in the message's list, else
/// their network entry's.
pub fn addressee(plan: &Plan, recipient: &HelpRecipient) -> Addressee {
    let (name, phone) = name_and_number(plan, recipient.who.as_ref(), &recipient.phone);
    let dialable = tel_uri(&phone).and_then(|uri| uri.strip_prefix("tel:").map(str::to_owned));
    Addressee {
        name,
        phone,
        dialable,
    }
}

/// The message ready to send: its text, everyone it goes to, and the link, if there is a text
/// and at least one number that can be dialled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyMessage {
    /// The text, as written.
    pub text: String,
    /// Everyone in the list, those without a usable number too (the card names them).
    pub addressees: Vec<Addressee>,
    /// The `sms:` link with every usable number and the text.
    pub link: String,
}

impl ReadyMessage {
    /// The plan's help message, if it can be sent: `None` without a text or without any
    /// recipient whose number can be dialled.
    pub fn of(plan: &Plan) -> Option<ReadyMessage> {
        let message = &plan.crisis_plan.help_message;
        let text = message.text.as_str().trim();
        let addressees: Vec<Addressee> = message
            .recipients
            .iter()
            .map(|recipient| addressee(plan, recipient))
            .filter(|a| !a.name.trim().is_empty() || !a.phone.trim().is_empty())
            .collect();
        let numbers: Vec<&str> = addressees
            .iter()
            .filter_map(|a| a.dialable.as_deref())
            .collect();
        let link = sms_link(&numbers, text)?;
        Some(ReadyMessage {
            text: text.to_owned(),
            addressees,
            link,
        })
    }

    /// The addressees whose number cannot be dialled (they are named, but not in the link).
    pub fn left_out(&self) -> impl Iterator<Item = &Addressee> {
        self.addressees.iter().filter(|a| a.dialable.is_none())
    }
}

/// `sms:<numbers, comma-separated>?body=<text, percent-encoded as UTF-8>`; `None` without a
/// number or without a text. Every character but ASCII letters and digits is encoded (a space
/// is `%20`, never `+`, which some messaging apps would show as a plus), so `æ` is `%C3%A6`.
pub fn sms_link(numbers: &[&str], text: &str) -> Option<String> {
    let text = text.trim();
    if numbers.is_empty() || text.is_empty() {
        return None;
    }
    let body = utf8_percent_encode(text, NON_ALPHANUMERIC);
    Some(format!("sms:{}?body={body}", numbers.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ownplan_core::plan::{ItemId, NetworkMember, PersonRef, Text};

    fn text(words: &str) -> Text {
        Text::from_nfc(words.to_owned())
    }

    fn id(n: u8) -> ItemId {
        ItemId::from_random_bytes([n; 16])
    }

    #[test]
    fn the_link_carries_the_numbers_and_the_encoded_text() {
        assert_eq!(
            sms_link(
                &["+4791500002", "91800004"],
                "Jeg har det ikke bra. Kan du ringe?"
            )
            .as_deref(),
            Some(
                "sms:+4791500002,91800004?body=Jeg%20har%20det%20ikke%20bra%2E%20Kan%20du%20ringe%3F"
            )
        );
        // æ ø å as UTF-8, and characters that would end or split the address.
        assert_eq!(
            sms_link(&["113"], "Æ ø å & ?=#+\nok").as_deref(),
            Some("sms:113?body=%C3%86%20%C3%B8%20%C3%A5%20%26%20%3F%3D%23%2B%0Aok")
        );
        assert_eq!(sms_link(&[], "Hei"), None);
        assert_eq!(sms_link(&["113"], "  "), None);
    }

    #[test]
    fn each_recipient_uses_their_own_number_else_their_network_entry() {
        let mut plan = Plan::new(ownplan_core::plan::PlanId::from_random_bytes([1; 16]), "nb");
        plan.network.push(NetworkMember {
            id: id(2),
            name: text("Per Olsen"),
            phone: text("915 00 002"),
            ..NetworkMember::default()
        });
        plan.network.push(NetworkMember {
            id: id(3),
            name: text("Linn"),
            phone: text("ring etter kl 16"),
            ..NetworkMember::default()
        });
        let message = &mut plan.crisis_plan.help_message;
        message.text = text("Kan du ringe meg?");
        for (n, who, phone) in [
            (4, Some(PersonRef::Member(id(2))), ""),
            (5, Some(PersonRef::Typed(text("Mamma"))), "+47 918 00 004"),
            (6, Some(PersonRef::Member(id(3))), ""),
            (7, None, ""),
        ] {
            message.recipients.push(HelpRecipient {
                id: id(n),
                who,
                phone: text(phone),
            });
        }
        let ready = ReadyMessage::of(&plan).expect("ready");
        assert_eq!(
            ready.link,
            "sms:91500002,+4791800004?body=Kan%20du%20ringe%20meg%3F"
        );
        let names: Vec<&str> = ready.addressees.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            ["Per Olsen", "Mamma", "Linn"],
            "the empty row is left out"
        );
        let left_out: Vec<&str> = ready.left_out().map(|a| a.name.as_str()).collect();
        assert_eq!(left_out, ["Linn"]);

        // Nobody with a number that can be dialled, or no text: nothing to send.
        for n in [4, 5, 7] {
            plan.crisis_plan.help_message.recipients.remove(&id(n));
        }
        assert_eq!(ReadyMessage::of(&plan), None);
        let mut no_text = plan.clone();
        no_text.crisis_plan.help_message.text = Text::default();
        assert_eq!(ReadyMessage::of(&no_text), None);
    }
}
