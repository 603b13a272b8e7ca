//! Names for the places in a plan the person can write into, and the generic list editing the
//! reducer uses.
//!
//! Free text and dates outside lists are named by [`TextField`] and [`DateField`]. Lists are
//! named by [`ListKind`]; an item's field is named by its JSON key (camelCase, as in the
//! document format), and edited through the item's JSON form. That keeps one small code path for
//! every list type: the core's types decide what is valid, and an edit the core would not
//! accept changes nothing.

use ownplan_core::plan::{Date, Identified, ItemId, List, Plan, Removed, Text};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// A free-text field that is not inside a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    /// The person's name.
    OwnerName,
    /// The person's phone.
    OwnerPhone,
    /// The person's e-mail.
    OwnerEmail,
    /// My story, in my own words.
    MyStory,
    /// What matters to me.
    WhatMattersToMe,
    /// What I will do.
    ContributionsFromMe,
    /// What my family and those close to me will do.
    ContributionsFromNextOfKin,
    /// What the services will do.
    ContributionsFromServices,
    /// Cooperation with other services and agencies.
    Cooperation,
    /// The consent statement for the plan.
    ConsentStatement,
    /// What can set off a crisis.
    Triggers,
    /// What I do myself when it gets worse.
    WhatIDoMyself,
    /// What helps me.
    WhatHelps,
    /// What does not help me.
    WhatDoesNotHelp,
    /// The message that asks for help.
    HelpMessageText,
}

impl TextField {
    /// The field in `plan`.
    pub fn get(self, plan: &Plan) -> &Text {
        let ip = &plan.individual_plan;
        match self {
            TextField::OwnerName => &plan.owner.name,
            TextField::OwnerPhone => &plan.owner.phone,
            TextField::OwnerEmail => &plan.owner.email,
            TextField::MyStory => &ip.my_story,
            TextField::WhatMattersToMe => &ip.what_matters_to_me,
            TextField::ContributionsFromMe => &ip.contributions.from_me,
            TextField::ContributionsFromNextOfKin => &ip.contributions.from_next_of_kin,
            TextField::ContributionsFromServices => &ip.contributions.from_services,
            TextField::Cooperation => &ip.cooperation,
            TextField::ConsentStatement => &plan.consent.to_plan.statement,
            TextField::Triggers => &plan.crisis_plan.triggers,
            TextField::WhatIDoMyself => &plan.crisis_plan.what_i_do_myself,
            TextField::WhatHelps => &plan.crisis_plan.what_helps,
            TextField::WhatDoesNotHelp => &plan.crisis_plan.what_does_not_help,
            TextField::HelpMessageText => &plan.crisis_plan.help_message.text,
        }
    }

    fn get_mut(self, plan: &mut Plan) -> &mut Text {
        let ip = &mut plan.individual_plan;
        match self {
            TextField::OwnerName => &mut plan.owner.name,
            TextField::OwnerPhone => &mut plan.owner.phone,
            TextField::OwnerEmail => &mut plan.owner.email,
            TextField::MyStory => &mut ip.my_story,
            TextField::WhatMattersToMe => &mut ip.what_matters_to_me,
            TextField::ContributionsFromMe => &mut ip.contributions.from_me,
            TextField::ContributionsFromNextOfKin => &mut ip.contributions.from_next_of_kin,
            TextField::ContributionsFromServices => &mut ip.contributions.from_services,
            TextField::Cooperation => &mut ip.cooperation,
            TextField::ConsentStatement => &mut plan.consent.to_plan.statement,
            TextField::Triggers => &mut plan.crisis_plan.triggers,
            TextField::WhatIDoMyself => &mut plan.crisis_plan.what_i_do_myself,
            TextField::WhatHelps => &mut plan.crisis_plan.what_helps,
            TextField::WhatDoesNotHelp => &mut plan.crisis_plan.what_does_not_help,
            TextField::HelpMessageText => &mut plan.crisis_plan.help_message.text,
        }
    }

    /// Sets the field to `value` (already NFC: the plan store normalizes every action's text
    /// before it reaches the reducer). Returns whether it changed.
    pub fn set(self, plan: &mut Plan, value: &str) -> bool {
        let text = Text::from_nfc(value.to_owned());
        let field = self.get_mut(plan);
        if *field == text {
            return false;
        }
        *field = text;
        true
    }
}

/// A date outside lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateField {
    /// The plan period's first day.
    PeriodFrom,
    /// The plan period's last day.
    PeriodTo,
    /// When the plan is to be reviewed.
    ReviewDate,
    /// When consent to the plan was given.
    ConsentGivenOn,
    /// Until when consent to the plan holds.
    ConsentValidUntil,
}

impl DateField {
    /// The field in `plan`.
    pub fn get(self, plan: &Plan) -> Option<&Date> {
        match self {
            DateField::PeriodFrom => plan.individual_plan.period.from.as_ref(),
            DateField::PeriodTo => plan.individual_plan.period.to.as_ref(),
            DateField::ReviewDate => plan.individual_plan.period.review_date.as_ref(),
            DateField::ConsentGivenOn => plan.consent.to_plan.given_on.as_ref(),
            DateField::ConsentValidUntil => plan.consent.to_plan.valid_until.as_ref(),
        }
    }

    fn get_mut(self, plan: &mut Plan) -> &mut Option<Date> {
        match self {
            DateField::PeriodFrom => &mut plan.individual_plan.period.from,
            DateField::PeriodTo => &mut plan.individual_plan.period.to,
            DateField::ReviewDate => &mut plan.individual_plan.period.review_date,
            DateField::ConsentGivenOn => &mut plan.consent.to_plan.given_on,
            DateField::ConsentValidUntil => &mut plan.consent.to_plan.valid_until,
        }
    }

    /// Sets the date from an `<input type="date">` value: empty clears it; anything that is not
    /// a valid `YYYY-MM-DD` date changes nothing. Returns whether it changed.
    pub fn set(self, plan: &mut Plan, value: &str) -> bool {
        let new = if value.trim().is_empty() {
            None
        } else {
            match Date::parse(value.trim()) {
                Ok(date) => Some(date),
                Err(_) => return false,
            }
        };
        let field = self.get_mut(plan);
        if *field == new {
            return false;
        }
        *field = new;
        true
    }
}

/// A list in the plan the person can add to, edit, re-order and delete from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Goals.
    Goals,
    /// My resources and strengths.
    Resources,
    /// My needs.
    Needs,
    /// Measures and services.
    Measures,
    /// Agreements from meetings.
    Agreements,
    /// Appointments and meetings.
    Appointments,
    /// The people in my network.
    Network,
    /// The revision log.
    RevisionLog,
    /// Consent to share, per person.
    Sharing,
    /// Warning signs, staged.
    WarningSigns,
    /// What makes life worth living.
    ReasonsForLiving,
    /// Steps that make my surroundings safer, staged.
    SaferSurroundings,
    /// Who gets the message that asks for help.
    HelpRecipients,
    /// Who to call in a crisis, in order.
    CrisisContacts,
    /// People who must not be contacted or informed.
    DoNotContact,
    /// Services and crisis lines.
    CrisisServices,
    /// Medicines that help.
    MedicinesThatHelp,
    /// Medicines to avoid.
    MedicinesToAvoid,
}

impl ListKind {
    /// A short stable name, used in message ids (`list-goals-…`) and element ids.
    pub fn key(self) -> &'static str {
        match self {
            ListKind::Goals => "goals",
            ListKind::Resources => "resources",
            ListKind::Needs => "needs",
            ListKind::Measures => "measures",
            ListKind::Agreements => "agreements",
            ListKind::Appointments => "appointments",
            ListKind::Network => "network",
            ListKind::RevisionLog => "revisions",
            ListKind::Sharing => "sharing",
            ListKind::WarningSigns => "signs",
            ListKind::ReasonsForLiving => "reasons",
            ListKind::SaferSurroundings => "safer",
            ListKind::HelpRecipients => "help-recipients",
            ListKind::CrisisContacts => "contacts",
            ListKind::DoNotContact => "do-not-contact",
            ListKind::CrisisServices => "services",
            ListKind::MedicinesThatHelp => "medicines-help",
            ListKind::MedicinesToAvoid => "medicines-avoid",
        }
    }

    /// What a new item starts with besides its id (a warning sign and a safer-surroundings step
    /// need their stage).
    pub fn new_item_fields(self) -> Map<String, Value> {
        let mut fields = Map::new();
        if matches!(self, ListKind::WarningSigns | ListKind::SaferSurroundings) {
            fields.insert("stage".to_owned(), Value::String("early".to_owned()));
        }
        fields
    }

    /// Whether `item` (an item of this list, in its JSON form) holds nothing the person gave
    /// it: every field but its id is absent or what every new item starts with. Such an item
    /// is an "Add" that was never used; the editor lets it go when its form closes.
    pub fn item_is_blank(self, item: &Map<String, Value>) -> bool {
        let start = self.new_item_fields();
        item.iter().all(|(key, value)| {
            key == "id" || holds_nothing(value) || start.get(key) == Some(value)
        })
    }

    /// Runs `edit` on this list of `plan`.
    pub fn edit<R>(self, plan: &mut Plan, edit: impl FnOnce(&mut dyn EditableList) -> R) -> R {
        let ip = &mut plan.individual_plan;
        match self {
            ListKind::Goals => edit(&mut ip.goals),
            ListKind::Resources => edit(&mut ip.resources),
            ListKind::Needs => edit(&mut ip.needs),
            ListKind::Measures => edit(&mut ip.measures),
            ListKind::Agreements => edit(&mut ip.agreements),
            ListKind::Appointments => edit(&mut ip.appointments),
            ListKind::Network => edit(&mut plan.network),
            ListKind::RevisionLog => edit(&mut ip.revision_log),
            ListKind::Sharing => edit(&mut plan.consent.sharing),
            ListKind::WarningSigns => edit(&mut plan.crisis_plan.warning_signs),
            ListKind::ReasonsForLiving => edit(&mut plan.crisis_plan.reasons_for_living),
            ListKind::SaferSurroundings => edit(&mut plan.crisis_plan.safer_surroundings),
            ListKind::HelpRecipients => edit(&mut plan.crisis_plan.help_message.recipients),
            ListKind::CrisisContacts => edit(&mut plan.crisis_plan.contacts),
            ListKind::DoNotContact => edit(&mut plan.crisis_plan.do_not_contact),
            ListKind::CrisisServices => edit(&mut plan.crisis_plan.services),
            ListKind::MedicinesThatHelp => {
                edit(&mut plan.crisis_plan.treatment.medicines_that_help)
            }
            ListKind::MedicinesToAvoid => edit(&mut plan.crisis_plan.treatment.medicines_to_avoid),
        }
    }

    /// The items of this list in `plan`, each as its JSON object.
    pub fn items(self, plan: &Plan) -> Vec<Map<String, Value>> {
        let ip = &plan.individual_plan;
        match self {
            ListKind::Goals => items_as_json(&ip.goals),
            ListKind::Resources => items_as_json(&ip.resources),
            ListKind::Needs => items_as_json(&ip.needs),
            ListKind::Measures => items_as_json(&ip.measures),
            ListKind::Agreements => items_as_json(&ip.agreements),
            ListKind::Appointments => items_as_json(&ip.appointments),
            ListKind::Network => items_as_json(&plan.network),
            ListKind::RevisionLog => items_as_json(&ip.revision_log),
            ListKind::Sharing => items_as_json(&plan.consent.sharing),
            ListKind::WarningSigns => items_as_json(&plan.crisis_plan.warning_signs),
            ListKind::ReasonsForLiving => items_as_json(&plan.crisis_plan.reasons_for_living),
            ListKind::SaferSurroundings => items_as_json(&plan.crisis_plan.safer_surroundings),
            ListKind::HelpRecipients => items_as_json(&plan.crisis_plan.help_message.recipients),
            ListKind::CrisisContacts => items_as_json(&plan.crisis_plan.contacts),
            ListKind::DoNotContact => items_as_json(&plan.crisis_plan.do_not_contact),
            ListKind::CrisisServices => items_as_json(&plan.crisis_plan.services),
            ListKind::MedicinesThatHelp => {
                items_as_json(&plan.crisis_plan.treatment.medicines_that_help)
            }
            ListKind::MedicinesToAvoid => {
                items_as_json(&plan.crisis_plan.treatment.medicines_to_avoid)
            }
        }
    }
}

/// Each item of a list as its JSON object, shared: what a list view renders from.
pub type ItemsJson = Vec<std::rc::Rc<Map<String, Value>>>;

impl ListKind {
    /// The items of this list in `plan`, each as its JSON object, reusing the objects of
    /// `before` (an earlier plan and the objects made for it then) for every item that is the
    /// same at the same place. A keystroke changes one item, so one item is serialized again,
    /// not the whole list, and the views of the others see the very same object.
    pub fn items_since(self, plan: &Plan, before: Option<(&Plan, &ItemsJson)>) -> ItemsJson {
        match self {
            ListKind::Goals => reuse(|p| &p.individual_plan.goals, plan, before),
            ListKind::Resources => reuse(|p| &p.individual_plan.resources, plan, before),
            ListKind::Needs => reuse(|p| &p.individual_plan.needs, plan, before),
            ListKind::Measures => reuse(|p| &p.individual_plan.measures, plan, before),
            ListKind::Agreements => reuse(|p| &p.individual_plan.agreements, plan, before),
            ListKind::Appointments => reuse(|p| &p.individual_plan.appointments, plan, before),
            ListKind::Network => reuse(|p| &p.network, plan, before),
            ListKind::RevisionLog => reuse(|p| &p.individual_plan.revision_log, plan, before),
            ListKind::Sharing => reuse(|p| &p.consent.sharing, plan, before),
            ListKind::WarningSigns => reuse(|p| &p.crisis_plan.warning_signs, plan, before),
            ListKind::ReasonsForLiving => {
                reuse(|p| &p.crisis_plan.reasons_for_living, plan, before)
            }
            ListKind::SaferSurroundings => {
                reuse(|p| &p.crisis_plan.safer_surroundings, plan, before)
            }
            ListKind::HelpRecipients => {
                reuse(|p| &p.crisis_plan.help_message.recipients, plan, before)
            }
            ListKind::CrisisContacts => reuse(|p| &p.crisis_plan.contacts, plan, before),
            ListKind::DoNotContact => reuse(|p| &p.crisis_plan.do_not_contact, plan, before),
            ListKind::CrisisServices => reuse(|p| &p.crisis_plan.services, plan, before),
            ListKind::MedicinesThatHelp => reuse(
                |p| &p.crisis_plan.treatment.medicines_that_help,
                plan,
                before,
            ),
            ListKind::MedicinesToAvoid => reuse(
                |p| &p.crisis_plan.treatment.medicines_to_avoid,
                plan,
                before,
            ),
        }
    }
}

fn reuse<T: Serialize + PartialEq>(
    list_of: fn(&Plan) -> &List<T>,
    plan: &Plan,
    before: Option<(&Plan, &ItemsJson)>,
) -> ItemsJson {
    let now = list_of(plan).as_slice();
    let (then, made) = match before {
        // The objects were made for every item of the earlier list, in order.
        Some((then, made)) if list_of(then).as_slice().len() == made.len() => {
            (list_of(then).as_slice(), made.as_slice())
        }
        _ => (&[][..], &[][..]),
    };
    now.iter()
        .enumerate()
        .filter_map(|(at, item)| match (then.get(at), made.get(at)) {
            (Some(earlier), Some(object)) if earlier == item => Some(object.clone()),
            _ => match serde_json::to_value(item) {
                Ok(Value::Object(map)) => Some(std::rc::Rc::new(map)),
                _ => None,
            },
        })
        .collect()
}

fn items_as_json<T: Serialize>(list: &List<T>) -> Vec<Map<String, Value>> {
    list.as_slice()
        .iter()
        .filter_map(|item| match serde_json::to_value(item) {
            Ok(Value::Object(map)) => Some(map),
            _ => None,
        })
        .collect()
}

/// A part of the plan that is one group of fields, not a list (edited like an item: through
/// its JSON form, one key at a time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectKind {
    /// How to meet me (staff, police).
    HowToMeetMe,
    /// The user-controlled admission agreement.
    Admission,
    /// Treatment wishes (the texts; the medicine lists are lists).
    Treatment,
    /// A practical matter: children.
    PracticalChildren,
    /// A practical matter: pets.
    PracticalPets,
    /// A practical matter: home and keys.
    PracticalHome,
    /// A practical matter: bills.
    PracticalBills,
    /// A practical matter: work or school.
    PracticalWork,
    /// A practical matter: anything else.
    PracticalOther,
    /// After the crisis.
    AfterCrisis,
}

impl ObjectKind {
    /// A short stable name, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            ObjectKind::HowToMeetMe => "meet",
            ObjectKind::Admission => "admission",
            ObjectKind::Treatment => "treatment",
            ObjectKind::PracticalChildren => "practical-children",
            ObjectKind::PracticalPets => "practical-pets",
            ObjectKind::PracticalHome => "practical-home",
            ObjectKind::PracticalBills => "practical-bills",
            ObjectKind::PracticalWork => "practical-work",
            ObjectKind::PracticalOther => "practical-other",
            ObjectKind::AfterCrisis => "after",
        }
    }

    /// The group's fields in `plan`, as a JSON object.
    pub fn get(self, plan: &Plan) -> Map<String, Value> {
        let c = &plan.crisis_plan;
        let value = match self {
            ObjectKind::HowToMeetMe => serde_json::to_value(&c.how_to_meet_me),
            ObjectKind::Admission => serde_json::to_value(&c.admission),
            ObjectKind::Treatment => serde_json::to_value(&c.treatment),
            ObjectKind::PracticalChildren => serde_json::to_value(&c.practical.children),
            ObjectKind::PracticalPets => serde_json::to_value(&c.practical.pets),
            ObjectKind::PracticalHome => serde_json::to_value(&c.practical.home_and_keys),
            ObjectKind::PracticalBills => serde_json::to_value(&c.practical.bills),
            ObjectKind::PracticalWork => serde_json::to_value(&c.practical.work_or_school),
            ObjectKind::PracticalOther => serde_json::to_value(&c.practical.other),
            ObjectKind::AfterCrisis => serde_json::to_value(&c.after_crisis),
        };
        match value {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        }
    }

    /// Sets field `key` of the group to `value`; false (nothing changed) if the group would
    /// not be valid with it.
    pub fn set(self, plan: &mut Plan, key: &str, value: Value) -> bool {
        let c = &mut plan.crisis_plan;
        match self {
            ObjectKind::HowToMeetMe => set_in(&mut c.how_to_meet_me, key, value),
            ObjectKind::Admission => set_in(&mut c.admission, key, value),
            ObjectKind::Treatment => set_in(&mut c.treatment, key, value),
            ObjectKind::PracticalChildren => set_in(&mut c.practical.children, key, value),
            ObjectKind::PracticalPets => set_in(&mut c.practical.pets, key, value),
            ObjectKind::PracticalHome => set_in(&mut c.practical.home_and_keys, key, value),
            ObjectKind::PracticalBills => set_in(&mut c.practical.bills, key, value),
            ObjectKind::PracticalWork => set_in(&mut c.practical.work_or_school, key, value),
            ObjectKind::PracticalOther => set_in(&mut c.practical.other, key, value),
            ObjectKind::AfterCrisis => set_in(&mut c.after_crisis, key, value),
        }
    }
}

/// Sets `key` of `target` through its JSON form; false if unchanged or refused.
fn set_in<T>(target: &mut T, key: &str, value: Value) -> bool
where
    T: Serialize + DeserializeOwned + PartialEq,
{
    let Ok(Value::Object(mut object)) = serde_json::to_value(&*target) else {
        return false;
    };
    if is_empty_value(&value) {
        object.remove(key);
    } else {
        object.insert(key.to_owned(), value);
    }
    match serde_json::from_value::<T>(Value::Object(object)) {
        Ok(changed) if changed != *target => {
            *target = changed;
            true
        }
        _ => false,
    }
}

/// Which way an item moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveDirection {
    /// One place towards the start.
    Up,
    /// One place towards the end.
    Down,
}

/// An item taken out of a list, kept so the removal can be undone.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedItem {
    /// The list it was in.
    pub list: ListKind,
    /// Where it stood.
    pub index: usize,
    /// The item, in its JSON form.
    pub item: Value,
}

/// The list operations the reducer needs, the same for every item type.
pub trait EditableList {
    /// Adds a new item with `id` and `fields` (the rest empty) at the end. False if the id is
    /// taken or the fields are not valid for the item.
    fn add_new(&mut self, id: ItemId, fields: Map<String, Value>) -> bool;
    /// Sets field `key` of item `id` to `value`. False (and nothing changed) when there is no
    /// such item, or the item would not be valid with that value.
    fn set_field(&mut self, id: &ItemId, key: &str, value: Value) -> bool;
    /// Takes item `id` out, returning where it was and what it was.
    fn remove(&mut self, id: &ItemId) -> Option<(usize, Value)>;
    /// Puts a removed item back where it was.
    fn restore(&mut self, index: usize, item: Value) -> bool;
    /// Moves item `id` one place.
    fn move_item(&mut self, id: &ItemId, direction: MoveDirection) -> bool;
}

impl<T> EditableList for List<T>
where
    T: Identified + Serialize + DeserializeOwned + PartialEq + Clone,
{
    fn add_new(&mut self, id: ItemId, fields: Map<String, Value>) -> bool {
        if self.contains_id(&id) {
            return false;
        }
        let mut object = fields;
        object.insert("id".to_owned(), Value::String(id.as_str().to_owned()));
        match serde_json::from_value::<T>(Value::Object(object)) {
            Ok(item) => {
                self.push(item);
                true
            }
            Err(_) => false,
        }
    }

    fn set_field(&mut self, id: &ItemId, key: &str, value: Value) -> bool {
        if key == "id" {
            return false;
        }
        let Some(mut item) = self.get(id).cloned() else {
            return false;
        };
        set_in(&mut item, key, value) && self.replace(item).is_ok()
    }

    fn remove(&mut self, id: &ItemId) -> Option<(usize, Value)> {
        let Removed { index, item } = List::remove(self, id)?;
        match serde_json::to_value(&item) {
            Ok(value) => Some((index, value)),
            Err(_) => {
                // Cannot keep it for undo, so do not remove it at all.
                self.insert(index, item);
                None
            }
        }
    }

    fn restore(&mut self, index: usize, item: Value) -> bool {
        match serde_json::from_value::<T>(item) {
            Ok(item) if !self.contains_id(item.id()) => {
                self.insert(index.min(self.len()), item);
                true
            }
            _ => false,
        }
    }

    fn move_item(&mut self, id: &ItemId, direction: MoveDirection) -> bool {
        match direction {
            MoveDirection::Up => self.move_up(id),
            MoveDirection::Down => self.move_down(id),
        }
    }
}

/// Whether `value` holds nothing the person wrote or chose: empty, or an object of empty
/// values (a person picker's "write a name" with no name written yet).
fn holds_nothing(value: &Value) -> bool {
    match value {
        Value::Object(object) => object.values().all(holds_nothing),
        other => is_empty_value(other),
    }
}

/// Empty text, `false` and `null` mean "not filled in": the document leaves them out.
fn is_empty_value(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::String(s) => s.is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

/// `value` with `normalize` applied to every string in it (the plan store passes the browser's
/// NFC normalization).
pub fn map_strings(value: Value, normalize: &dyn Fn(&str) -> String) -> Value {
    match value {
        Value::String(s) => Value::String(normalize(&s)),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|item| map_strings(item, normalize))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, map_strings(v, normalize)))
                .collect(),
        ),
        other => other,
    }
}
