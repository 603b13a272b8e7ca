//! What the copy says, before it is laid out: the verified plan walked field by field into
//! headings, labelled values and the person's own words, with the recipient-facing labels.
//!
//! Only what the [`VerifiedPlanDocument`] holds is shown. The plan is walked generically (its
//! JSON), as `ownplan show` does, so every field the format has is shown, including ones added
//! later; item ids are left out, a reference to a network member is shown as the member's name,
//! and a choice (`workAndEducation`) as words ("Work and education").

use ownplan_core::document::VerifiedPlanDocument;
use ownplan_core::plan::Plan;
use serde_json::{Map, Value};

use crate::labels::Labels;

/// One piece of the copy, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// The title at the top of the first page.
    Title(String),
    /// A heading; level 1 for the plan's parts, 2 for a list item or a group of fields.
    Heading { level: u8, text: String, indent: u8 },
    /// A label with a value on the same line when it fits.
    Field {
        label: String,
        value: String,
        indent: u8,
    },
    /// Running text (the person's own words, or the check note), kept with its line breaks.
    Paragraph { text: String, indent: u8 },
    /// A little vertical space.
    Space,
}

/// The fields whose string values are choices from a fixed list, shown as words.
const CHOICE_FIELDS: &[&str] = &["lifeArea", "status", "stage", "role", "kind", "who"];

/// The order fields are shown in: the plan types' own order (the crisis plan in its natural
/// order: signs, what the person does, what helps, what makes life worth living, safer
/// surroundings, contacts, the help message, ...). A field not listed comes after these, in
/// alphabetical order.
const FIELD_ORDER: &[&str] = &[
    // owner, network member
    "name",
    "role",
    "organisation",
    "phone",
    "email",
    "reachable",
    "relation",
    "nextOfKin",
    "isCoordinator",
    "inResponsibilityGroup",
    // plan parts
    "owner",
    "individualPlan",
    "crisisPlan",
    "network",
    // individual plan
    "myStory",
    "whatMattersToMe",
    "goals",
    "resources",
    "needs",
    "contributions",
    "measures",
    "cooperation",
    "agreements",
    "appointments",
    "period",
    "revisionLog",
    // crisis plan
    "warningSigns",
    "triggers",
    "whatIDoMyself",
    "whatHelps",
    "whatDoesNotHelp",
    "reasonsForLiving",
    "saferSurroundings",
    "howToMeetMe",
    "contacts",
    "doNotContact",
    "services",
    "helpMessage",
    "admission",
    "treatment",
    "practical",
    "afterCrisis",
    // items
    "stage",
    "sign",
    "text",
    "recipients",
    "what",
    "action",
    "who",
    "whenToCall",
    "whatFor",
    "reason",
    "openingHours",
    "lifeArea",
    "why",
    "steps",
    "extent",
    "provider",
    "responsible",
    "howCarriedOut",
    "targetDate",
    "byWhen",
    "date",
    "time",
    "withWhom",
    "place",
    "toRaise",
    "meeting",
    "agreedOn",
    "from",
    "to",
    "reviewDate",
    "status",
    "whatIDo",
    "whatOthersDo",
    "fromMe",
    "fromNextOfKin",
    "fromServices",
    "staff",
    "police",
    "unit",
    "howToAsk",
    "maxNights",
    "conditions",
    "validUntil",
    "medicinesThatHelp",
    "medicinesToAvoid",
    "preferredPlace",
    "alternativesToAdmission",
    "transport",
    "otherWishes",
    "children",
    "pets",
    "homeAndKeys",
    "bills",
    "workOrSchool",
    "howIKnowIAmBetter",
    "followUpWanted",
    "at",
    "kind",
    "planVersion",
    "notes",
    "note",
    "other",
];

/// Where the field `key` comes in [`FIELD_ORDER`] (unknown fields last); `ownplan show` sorts
/// by it too, so the copy and the command read in the same order.
pub fn field_rank(key: &str) -> usize {
    FIELD_ORDER
        .iter()
        .position(|known| *known == key)
        .unwrap_or(FIELD_ORDER.len())
}

/// The plan's JSON as the copy and `ownplan show` walk it: the plan itself, except that a
/// help-message recipient without a phone of its own is shown with their network member's phone,
/// the number the message goes to (the format's rule), so each recipient reads as a name and a
/// number.
pub fn plan_as_shown(plan: &Plan) -> Value {
    let mut json = plan.to_json_value();
    let recipients = plan.crisis_plan.help_message.recipients.iter();
    if let Some(Value::Array(shown)) = json.pointer_mut("/crisisPlan/helpMessage/recipients") {
        for (recipient, shown) in recipients.zip(shown) {
            let number = plan.number_to_reach(recipient.who.as_ref(), &recipient.phone);
            if let (true, Some(shown)) = (
                recipient.phone.is_blank() && !number.trim().is_empty(),
                shown.as_object_mut(),
            ) {
                shown.insert("phone".to_owned(), number.into());
            }
        }
    }
    json
}

/// The facts every page repeats in its header and footer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageFacts {
    /// "Plan version 3 · signed 2026-11-22 · for Aisha Rahman (NAV, NAV Grünerløkka)".
    pub header: String,
    /// "Consent to share given ..., valid until ... · Key fingerprint ...".
    pub footer: String,
}

/// The recipients as one line: "Aisha Rahman (NAV, NAV Grünerløkka); ...".
fn recipients_line(document: &VerifiedPlanDocument, labels: &Labels) -> String {
    document
        .recipients()
        .iter()
        .map(|recipient| {
            let role = recipient
                .role
                .as_ref()
                .and_then(|role| serde_json::to_value(role).ok())
                .and_then(|value| value.as_str().map(|name| labels.value("role", name)));
            let details: Vec<String> = role
                .into_iter()
                .chain(
                    (!recipient.organisation.is_blank())
                        .then(|| recipient.organisation.as_str().to_owned()),
                )
                .collect();
            match (recipient.name.is_blank(), details.is_empty()) {
                (false, true) => recipient.name.as_str().to_owned(),
                (false, false) => format!("{} ({})", recipient.name, details.join(", ")),
                (true, _) => details.join(", "),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The date part of an RFC 3339 date-time ("2026-11-22T10:00:00Z" → "2026-11-22").
fn day(date_time: &str) -> &str {
    date_time.get(..10).unwrap_or(date_time)
}

/// The header and footer facts of `document`.
pub fn page_facts(document: &VerifiedPlanDocument, labels: &Labels) -> PageFacts {
    let plan = document.plan();
    let version = plan.plan_version.to_string();
    let mut header = vec![
        labels.fill("pdf.version", &[("version", &version)]),
        labels.fill("pdf.date", &[("date", day(document.valid_from()))]),
    ];
    let recipients = recipients_line(document, labels);
    if !recipients.is_empty() {
        header.push(labels.fill("pdf.for", &[("recipients", &recipients)]));
    }
    let consent = document.sharing_consent();
    let given = consent
        .given_on
        .as_ref()
        .map_or_else(String::new, |date| date.to_string());
    let consent_line = match &consent.valid_until {
        Some(until) => labels.fill(
            "pdf.consent",
            &[("given", &given), ("until", &until.to_string())],
        ),
        None => labels.fill("pdf.consent-open", &[("given", &given)]),
    };
    let fingerprint = document.fingerprint().to_string();
    PageFacts {
        header: header.join(" · "),
        footer: format!(
            "{consent_line} · {}",
            labels.fill("pdf.fingerprint", &[("fingerprint", &fingerprint)])
        ),
    }
}

/// The blocks of the copy of `document`, whose embedded file is called `file_name`.
pub fn blocks(document: &VerifiedPlanDocument, labels: &Labels, file_name: &str) -> Vec<Block> {
    let plan = document.plan();
    let owner = plan.owner.name.as_str();
    let name = if owner.trim().is_empty() {
        plan.plan_id.to_string()
    } else {
        owner.to_owned()
    };
    let fingerprint = document.fingerprint().to_string();
    let mut blocks = vec![
        Block::Title(labels.fill("pdf.title", &[("name", &name)])),
        Block::Heading {
            level: 2,
            text: labels.fill("pdf.check-heading", &[]),
            indent: 0,
        },
        Block::Paragraph {
            text: labels.fill(
                "pdf.check-note",
                &[("file", file_name), ("fingerprint", &fingerprint)],
            ),
            indent: 0,
        },
        Block::Space,
        Block::Heading {
            level: 1,
            text: labels.fill("pdf.about-heading", &[]),
            indent: 0,
        },
        Block::Field {
            label: labels.fill("pdf.signed-by", &[]),
            value: format!("{} ({})", fingerprint, document.signer().did()),
            indent: 0,
        },
        Block::Field {
            label: labels.fill("pdf.made", &[]),
            value: document.valid_from().to_owned(),
            indent: 0,
        },
    ];
    let sections: Vec<String> = document
        .sections()
        .iter()
        .map(|section| labels.section(section.as_str()))
        .collect();
    blocks.push(Block::Field {
        label: labels.fill("pdf.sections", &[]),
        value: sections.join(", "),
        indent: 0,
    });
    blocks.push(Block::Paragraph {
        text: labels.fill("pdf.selection", &[]),
        indent: 0,
    });
    let consent = document.sharing_consent();
    if !consent.statement.is_blank() {
        blocks.push(Block::Paragraph {
            text: consent.statement.as_str().to_owned(),
            indent: 0,
        });
    }
    if !consent.conditions.is_blank() {
        blocks.push(Block::Field {
            label: labels.fill("pdf.conditions", &[]),
            value: consent.conditions.as_str().to_owned(),
            indent: 0,
        });
    }
    let helpers: Vec<String> = plan
        .meta
        .helpers
        .iter()
        .map(|helper| {
            if helper.organisation.is_blank() {
                helper.name.as_str().to_owned()
            } else {
                format!("{} ({})", helper.name, helper.organisation)
            }
        })
        .collect();
    if !helpers.is_empty() {
        blocks.push(Block::Field {
            label: labels.fill("pdf.helpers", &[]),
            value: helpers.join(", "),
            indent: 0,
        });
    }

    let json = plan_as_shown(plan);
    let walker = Walker {
        labels,
        names: member_names(&json),
    };
    for key in ["owner", "individualPlan", "crisisPlan", "network"] {
        if let Some(value) = json.get(key) {
            blocks.push(Block::Space);
            blocks.push(Block::Heading {
                level: 1,
                text: labels.field("", key),
                indent: 0,
            });
            walker.value(&mut blocks, key, value, 0);
        }
    }
    // The standard fonts show only WinAnsi letters; say so where any other letter (a Sami name,
    // say) became "?", right after the note on how to check the copy.
    if blocks
        .iter()
        .any(|block| block_text(block).any(shown_as_question_mark))
    {
        blocks.insert(
            3,
            Block::Paragraph {
                text: labels.fill("pdf.missing-letters", &[]),
                indent: 0,
            },
        );
    }
    blocks
}

/// The texts of one block.
fn block_text(block: &Block) -> impl Iterator<Item = char> + '_ {
    let (first, second) = match block {
        Block::Title(text) => (text.as_str(), ""),
        Block::Heading { text, .. } | Block::Paragraph { text, .. } => (text.as_str(), ""),
        Block::Field { label, value, .. } => (label.as_str(), value.as_str()),
        Block::Space => ("", ""),
    };
    first.chars().chain(second.chars())
}

/// Whether the pages show `character` as "?" (see `metrics::encode`).
fn shown_as_question_mark(character: char) -> bool {
    !matches!(character, '\t' | '\u{a0}' | '\n' | '\r')
        && crate::metrics::win_ansi_byte(character).is_none()
}

/// Network member ids and names, to show references by name.
fn member_names(plan: &Value) -> Map<String, Value> {
    let mut names = Map::new();
    if let Some(Value::Array(members)) = plan.get("network") {
        for member in members {
            if let (Some(id), Some(name)) = (
                member.get("id").and_then(Value::as_str),
                member.get("name").and_then(Value::as_str),
            ) {
                names.insert(id.to_owned(), name.into());
            }
        }
    }
    names
}

struct Walker<'a> {
    labels: &'a Labels,
    names: Map<String, Value>,
}

/// The deepest indent; deeper structure is shown at this indent.
const MAX_INDENT: u8 = 4;

impl Walker<'_> {
    /// A person reference (`{"member": id}` or `{"typed": text}`) or a scalar as one line of text.
    fn inline(&self, key: &str, value: &Value) -> Option<String> {
        match value {
            Value::Object(members) if members.len() == 1 => {
                if let Some(Value::String(id)) = members.get("member") {
                    let name = self.names.get(id).and_then(Value::as_str).unwrap_or(id);
                    return Some(name.to_owned());
                }
                members
                    .get("typed")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            }
            Value::String(text) if CHOICE_FIELDS.contains(&key) => {
                Some(self.labels.value(key, text))
            }
            Value::String(text) => Some(text.clone()),
            Value::Bool(true) => Some(self.labels.fill("value.yes", &[])),
            Value::Bool(false) => Some(self.labels.fill("value.no", &[])),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        }
    }

    /// The blocks for `value`, found under the member `key`.
    fn value(&self, blocks: &mut Vec<Block>, key: &str, value: &Value, indent: u8) {
        match value {
            Value::Object(members) => {
                let mut fields: Vec<(&String, &Value)> = members
                    .iter()
                    .filter(|(name, _)| name.as_str() != "id")
                    .collect();
                fields.sort_by_key(|(name, _)| (field_rank(name), name.as_str()));
                for (name, member) in fields {
                    self.field(blocks, key, name, member, indent);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    // An item is headed by its number and, when it has one, its main text.
                    blocks.push(Block::Heading {
                        level: 2,
                        text: format!("{}.", index + 1),
                        indent,
                    });
                    match self.inline(key, item) {
                        Some(text) => blocks.push(Block::Paragraph {
                            text,
                            indent: (indent + 1).min(MAX_INDENT),
                        }),
                        None => self.value(blocks, key, item, (indent + 1).min(MAX_INDENT)),
                    }
                }
            }
            other => {
                if let Some(text) = self.inline(key, other) {
                    blocks.push(Block::Paragraph { text, indent });
                }
            }
        }
    }

    /// The member `name` of an object found under `parent`.
    fn field(&self, blocks: &mut Vec<Block>, parent: &str, name: &str, value: &Value, indent: u8) {
        let label = self.labels.field(parent, name);
        if let Some(text) = self.inline(name, value) {
            if text.contains('\n') {
                blocks.push(Block::Heading {
                    level: 3,
                    text: label,
                    indent,
                });
                blocks.push(Block::Paragraph { text, indent });
            } else {
                blocks.push(Block::Field {
                    label,
                    value: text,
                    indent,
                });
            }
            return;
        }
        blocks.push(Block::Heading {
            level: 2,
            text: label,
            indent,
        });
        self.value(blocks, name, value, (indent + 1).min(MAX_INDENT));
    }
}
