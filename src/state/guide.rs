//! The guided mode as data and step logic: the questions in order, where each one writes in
//! the plan, whether the plan already answers it, and how a person moves between them (next,
//! back, skip, resume at the first unanswered question, progress). Pure, so it is tested
//! natively; the page in `pages/guide` only renders it.
//!
//! A question has no answer of its own: its fields are the plan's fields, so what is typed is
//! in the plan at once and "answered" simply means the plan holds something there. That keeps
//! the guided mode and the full plan views from ever disagreeing.

use ownplan_core::plan::Plan;
use serde_json::{Map, Value};

use crate::forms::{self, FieldSpec, ListSpec, ObjectSpec};
use crate::state::plan_fields::{DateField, TextField};

/// One question of the guided mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// What is your name.
    Name,
    /// What matters most to you now.
    WhatMatters,
    /// Your story, in a few sentences.
    Story,
    /// A goal (and its part of life); more can be added.
    Goal,
    /// Something you are good at, or that already works.
    Strength,
    /// Something you need help with.
    Need,
    /// Someone who helps you: name, role, phone.
    Helper,
    /// The first sign that things are getting hard.
    WarningSign,
    /// What helps when things get hard.
    WhatHelps,
    /// Who to call first in a crisis.
    FirstCall,
    /// How others should meet you in a crisis.
    MeetMe,
    /// What can make your surroundings safer when things get hard.
    Safer,
    /// What makes life worth living.
    Reasons,
    /// When the plan should be reviewed.
    ReviewDate,
}

/// Where a question's answer goes in the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// A free-text field outside lists.
    Text {
        /// Which field.
        field: TextField,
        /// One line (a name) rather than a paragraph.
        one_line: bool,
    },
    /// A date outside lists.
    Date(DateField),
    /// Items of a list; the guide shows only the fields named in `keys`.
    List {
        /// The list and all its fields.
        spec: ListSpec,
        /// The JSON keys of the fields the question asks for, in order.
        keys: &'static [&'static str],
    },
    /// A group of fields that is not a list; the guide shows only `keys`.
    Object {
        /// The group and all its fields.
        spec: ObjectSpec,
        /// The JSON keys of the fields the question asks for.
        keys: &'static [&'static str],
    },
}

/// Hints of the full views that still help inside a question (the others repeat what the
/// question's own explanation says).
const HINTS_KEPT: [&str; 2] = ["hint-contacts-phone", "hint-meet-staff"];

impl Question {
    /// Every question, in the order the guide asks them.
    pub const ALL: [Question; 14] = [
        Question::Name,
        Question::WhatMatters,
        Question::Story,
        Question::Goal,
        Question::Strength,
        Question::Need,
        Question::Helper,
        Question::WarningSign,
        Question::WhatHelps,
        Question::FirstCall,
        Question::MeetMe,
        Question::Safer,
        Question::Reasons,
        Question::ReviewDate,
    ];

    /// A short stable name, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Question::Name => "name",
            Question::WhatMatters => "matters",
            Question::Story => "story",
            Question::Goal => "goal",
            Question::Strength => "strength",
            Question::Need => "need",
            Question::Helper => "helper",
            Question::WarningSign => "sign",
            Question::WhatHelps => "helps",
            Question::FirstCall => "call",
            Question::MeetMe => "meet",
            Question::Safer => "safer",
            Question::Reasons => "reasons",
            Question::ReviewDate => "review",
        }
    }

    /// Where the answer goes.
    pub fn answer(self) -> Answer {
        match self {
            Question::Name => Answer::Text {
                field: TextField::OwnerName,
                one_line: true,
            },
            Question::WhatMatters => Answer::Text {
                field: TextField::WhatMattersToMe,
                one_line: false,
            },
            Question::Story => Answer::Text {
                field: TextField::MyStory,
                one_line: false,
            },
            Question::Goal => Answer::List {
                spec: forms::GOALS,
                keys: &["text", "lifeArea"],
            },
            Question::Strength => Answer::List {
                spec: forms::RESOURCES,
                keys: &["text"],
            },
            Question::Need => Answer::List {
                spec: forms::NEEDS,
                keys: &["text"],
            },
            Question::Helper => Answer::List {
                spec: forms::NETWORK,
                keys: &["name", "role", "phone"],
            },
            Question::WarningSign => Answer::List {
                spec: forms::WARNING_SIGNS,
                keys: &["sign"],
            },
            Question::WhatHelps => Answer::Text {
                field: TextField::WhatHelps,
                one_line: false,
            },
            Question::FirstCall => Answer::List {
                spec: forms::CRISIS_CONTACTS,
                keys: &["who", "phone"],
            },
            Question::MeetMe => Answer::Object {
                spec: forms::HOW_TO_MEET_ME,
                keys: &["staff"],
            },
            Question::Safer => Answer::List {
                spec: forms::SAFER_SURROUNDINGS,
                keys: &["action", "who"],
            },
            Question::Reasons => Answer::List {
                spec: forms::REASONS_FOR_LIVING,
                keys: &["reason"],
            },
            Question::ReviewDate => Answer::Date(DateField::ReviewDate),
        }
    }

    /// The fields of a list or group question, as the full views describe them, without the
    /// hints the question's explanation already gives. Empty for text and date questions.
    pub fn fields(self) -> Vec<FieldSpec> {
        let (all, keys) = match self.answer() {
            Answer::List { spec, keys } => (spec.fields, keys),
            Answer::Object { spec, keys } => (spec.fields, keys),
            Answer::Text { .. } | Answer::Date(_) => return Vec::new(),
        };
        keys.iter()
            .filter_map(|key| all.iter().find(|field| field.key == *key))
            .map(|field| FieldSpec {
                hint_id: field.hint_id.filter(|hint| HINTS_KEPT.contains(hint)),
                ..*field
            })
            .collect()
    }

    /// Whether `plan` holds something in the places this question asks about.
    pub fn is_answered(self, plan: &Plan) -> bool {
        match self.answer() {
            Answer::Text { field, .. } => !field.get(plan).is_blank(),
            Answer::Date(field) => field.get(plan).is_some(),
            Answer::List { spec, keys } => spec
                .list
                .items(plan)
                .iter()
                .any(|item| any_filled(item, keys)),
            Answer::Object { spec, keys } => any_filled(&spec.object.get(plan), keys),
        }
    }

    /// The question, as the heading of its screen.
    pub fn heading_id(self) -> &'static str {
        match self {
            Question::Name => "guide-name-question",
            Question::WhatMatters => "guide-matters-question",
            Question::Story => "guide-story-question",
            Question::Goal => "guide-goal-question",
            Question::Strength => "guide-strength-question",
            Question::Need => "guide-need-question",
            Question::Helper => "guide-helper-question",
            Question::WarningSign => "guide-sign-question",
            Question::WhatHelps => "guide-helps-question",
            Question::FirstCall => "guide-call-question",
            Question::MeetMe => "guide-meet-question",
            Question::Safer => "guide-safer-question",
            Question::Reasons => "guide-reasons-question",
            Question::ReviewDate => "guide-review-question",
        }
    }

    /// One plain sentence or two on why the question is asked.
    pub fn explain_id(self) -> &'static str {
        match self {
            Question::Name => "guide-name-explain",
            Question::WhatMatters => "guide-matters-explain",
            Question::Story => "guide-story-explain",
            Question::Goal => "guide-goal-explain",
            Question::Strength => "guide-strength-explain",
            Question::Need => "guide-need-explain",
            Question::Helper => "guide-helper-explain",
            Question::WarningSign => "guide-sign-explain",
            Question::WhatHelps => "guide-helps-explain",
            Question::FirstCall => "guide-call-explain",
            Question::MeetMe => "guide-meet-explain",
            Question::Safer => "guide-safer-explain",
            Question::Reasons => "guide-reasons-explain",
            Question::ReviewDate => "guide-review-explain",
        }
    }

    /// An example answer, in a person's own voice.
    pub fn example_id(self) -> &'static str {
        match self {
            Question::Name => "guide-name-example",
            Question::WhatMatters => "guide-matters-example",
            Question::Story => "guide-story-example",
            Question::Goal => "guide-goal-example",
            Question::Strength => "guide-strength-example",
            Question::Need => "guide-need-example",
            Question::Helper => "guide-helper-example",
            Question::WarningSign => "guide-sign-example",
            Question::WhatHelps => "guide-helps-example",
            Question::FirstCall => "guide-call-example",
            Question::MeetMe => "guide-meet-example",
            Question::Safer => "guide-safer-example",
            Question::Reasons => "guide-reasons-example",
            Question::ReviewDate => "guide-review-example",
        }
    }

    /// A short name for the question, for the summary at the end.
    pub fn short_id(self) -> &'static str {
        match self {
            Question::Name => "guide-name-short",
            Question::WhatMatters => "guide-matters-short",
            Question::Story => "guide-story-short",
            Question::Goal => "guide-goal-short",
            Question::Strength => "guide-strength-short",
            Question::Need => "guide-need-short",
            Question::Helper => "guide-helper-short",
            Question::WarningSign => "guide-sign-short",
            Question::WhatHelps => "guide-helps-short",
            Question::FirstCall => "guide-call-short",
            Question::MeetMe => "guide-meet-short",
            Question::Safer => "guide-safer-short",
            Question::Reasons => "guide-reasons-short",
            Question::ReviewDate => "guide-review-short",
        }
    }

    /// The label of a text or date question's field (the full views' label). `None` for
    /// list and group questions, whose fields carry their own labels.
    pub fn label_id(self) -> Option<&'static str> {
        let id = match self {
            Question::Name => "field-owner-name",
            Question::WhatMatters => "field-what-matters",
            Question::Story => "field-my-story",
            Question::WhatHelps => "field-what-helps",
            Question::ReviewDate => "field-review-date",
            _ => return None,
        };
        Some(id)
    }

    /// The "add another" button of a list question.
    pub fn add_another_id(self) -> Option<&'static str> {
        let id = match self {
            Question::Goal => "guide-goal-add",
            Question::Strength => "guide-strength-add",
            Question::Need => "guide-need-add",
            Question::Helper => "guide-helper-add",
            Question::WarningSign => "guide-sign-add",
            Question::FirstCall => "guide-call-add",
            Question::Safer => "guide-safer-add",
            Question::Reasons => "guide-reasons-add",
            _ => return None,
        };
        Some(id)
    }

    /// The name of one item of a list question when there are several (`$number`).
    pub fn item_name_id(self) -> Option<&'static str> {
        let id = match self {
            Question::Goal => "guide-goal-item",
            Question::Strength => "guide-strength-item",
            Question::Need => "guide-need-item",
            Question::Helper => "guide-helper-item",
            Question::WarningSign => "guide-sign-item",
            Question::FirstCall => "guide-call-item",
            Question::Safer => "guide-safer-item",
            Question::Reasons => "guide-reasons-item",
            _ => return None,
        };
        Some(id)
    }
}

/// Whether any of `keys` holds something in `values` (text that is not blank, a choice, a
/// person, a yes, a number).
fn any_filled(values: &Map<String, Value>, keys: &[&str]) -> bool {
    keys.iter()
        .any(|key| values.get(*key).is_some_and(has_content))
}

fn has_content(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(yes) => *yes,
        Value::Number(_) => true,
        Value::String(text) => !text.trim().is_empty(),
        Value::Array(items) => items.iter().any(has_content),
        Value::Object(fields) => fields.values().any(has_content),
    }
}

/// How many questions the guide asks.
pub const QUESTION_COUNT: usize = Question::ALL.len();

/// Where a person is in the guide. The step is in the address (`#/guide?step=3`, or
/// `?step=done` for the summary), so the browser's back button, a reload and a bookmark all
/// land on the same screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuideStep {
    /// The question at this index of [`Question::ALL`] (always in range: made only here).
    Question(QuestionIndex),
    /// The summary: what was answered, what was skipped, and where to go next.
    Summary,
}

/// An index into [`Question::ALL`] that is always in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionIndex(usize);

impl QuestionIndex {
    /// The index `index`, if there is such a question.
    pub fn new(index: usize) -> Option<QuestionIndex> {
        (index < QUESTION_COUNT).then_some(QuestionIndex(index))
    }

    /// The index, from 0.
    pub fn get(self) -> usize {
        self.0
    }
}

/// "Question `number` of `total`".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The question's number, from 1.
    pub number: usize,
    /// How many questions there are.
    pub total: usize,
}

/// The address word for the summary.
const SUMMARY_WORD: &str = "done";

impl GuideStep {
    /// The first question.
    pub const FIRST: GuideStep = GuideStep::Question(QuestionIndex(0));

    /// The step named by an address query (`?step=3`, `step=done`); `None` when it names
    /// none (no step, a number out of range, anything else), and the guide then resumes.
    pub fn from_query(query: &str) -> Option<GuideStep> {
        let value = query
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("step="))?;
        if value == SUMMARY_WORD {
            return Some(GuideStep::Summary);
        }
        // Only plain digits: "+3" or " 3" are not a step someone was sent to.
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: usize = value.parse().ok()?;
        let index = QuestionIndex::new(number.checked_sub(1)?)?;
        Some(GuideStep::Question(index))
    }

    /// The value of `step` in the address: the question's number from 1, or `done`.
    pub fn query_value(self) -> String {
        match self {
            GuideStep::Question(index) => (index.0 + 1).to_string(),
            GuideStep::Summary => SUMMARY_WORD.to_owned(),
        }
    }

    /// The question asked at this step.
    pub fn question(self) -> Option<Question> {
        match self {
            GuideStep::Question(index) => Some(Question::ALL[index.0]),
            GuideStep::Summary => None,
        }
    }

    /// The step of `question`.
    pub fn of(question: Question) -> GuideStep {
        let index = Question::ALL
            .iter()
            .position(|q| *q == question)
            .unwrap_or_default();
        GuideStep::Question(QuestionIndex(index))
    }

    /// Where "Next" and "Skip" lead: the next question, and after the last, the summary.
    /// Both only move on; what was typed is already in the plan, and skipping removes nothing.
    pub fn next(self) -> GuideStep {
        match self {
            GuideStep::Question(index) => match QuestionIndex::new(index.0 + 1) {
                Some(next) => GuideStep::Question(next),
                None => GuideStep::Summary,
            },
            GuideStep::Summary => GuideStep::Summary,
        }
    }

    /// Where "Back" leads; `None` on the first question.
    pub fn back(self) -> Option<GuideStep> {
        match self {
            GuideStep::Question(index) => index
                .0
                .checked_sub(1)
                .map(|i| GuideStep::Question(QuestionIndex(i))),
            GuideStep::Summary => Some(GuideStep::Question(QuestionIndex(QUESTION_COUNT - 1))),
        }
    }

    /// Whether this is the last question (its "Next" leads to the summary).
    pub fn is_last_question(self) -> bool {
        self == GuideStep::Question(QuestionIndex(QUESTION_COUNT - 1))
    }

    /// "Question 3 of 12"; `None` for the summary.
    pub fn progress(self) -> Option<Progress> {
        match self {
            GuideStep::Question(index) => Some(Progress {
                number: index.0 + 1,
                total: QUESTION_COUNT,
            }),
            GuideStep::Summary => None,
        }
    }

    /// Where to come back to: the first question `plan` does not answer yet, or the summary
    /// when every one is answered.
    pub fn resume(plan: &Plan) -> GuideStep {
        Question::ALL
            .iter()
            .position(|question| !question.is_answered(plan))
            .map_or(GuideStep::Summary, |index| {
                GuideStep::Question(QuestionIndex(index))
            })
    }
}

/// The questions `plan` answers and those it does not, each in the guide's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideSummary {
    /// Questions with something written.
    pub answered: Vec<Question>,
    /// Questions still empty (skipped, or not reached).
    pub skipped: Vec<Question>,
}

impl GuideSummary {
    /// The summary of `plan`.
    pub fn of(plan: &Plan) -> GuideSummary {
        let (answered, skipped) = Question::ALL
            .into_iter()
            .partition(|question| question.is_answered(plan));
        GuideSummary { answered, skipped }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::plan::{PlanAction, PlanState};
    use ownplan_core::plan::{ItemId, PlanId};
    use serde_json::json;
    use std::rc::Rc;
    use yew::Reducible;

    fn step(number: usize) -> GuideStep {
        GuideStep::Question(QuestionIndex::new(number - 1).unwrap())
    }

    fn new_plan() -> Plan {
        Plan::new(PlanId::from_random_bytes([9; 16]), "nb")
    }

    fn apply(plan: Plan, actions: Vec<PlanAction>) -> Plan {
        let state =
            Rc::new(PlanState::not_loaded(new_plan())).reduce(PlanAction::Loaded(Rc::new(plan)));
        let state = actions.into_iter().fold(state, |s, a| s.reduce(a));
        (*state.plan).clone()
    }

    /// A valid item id, the same for the same `n`.
    fn item(n: u8) -> ItemId {
        ItemId::from_random_bytes([n; 16])
    }

    fn add(list: crate::state::plan_fields::ListKind, n: u8, fields: Value) -> PlanAction {
        let Value::Object(fields) = fields else {
            panic!("fields must be an object")
        };
        PlanAction::AddItem {
            list,
            id: item(n),
            fields,
        }
    }

    #[test]
    fn there_are_fourteen_questions_each_with_its_own_key() {
        assert_eq!(QUESTION_COUNT, 14);
        let keys: std::collections::BTreeSet<_> = Question::ALL.iter().map(|q| q.key()).collect();
        assert_eq!(keys.len(), QUESTION_COUNT);
    }

    #[test]
    fn the_address_names_a_question_from_one_or_the_summary() {
        let check = |query: &str, expected: Option<GuideStep>| {
            assert_eq!(GuideStep::from_query(query), expected, "{query:?}");
        };
        check("?step=1", Some(GuideStep::FIRST));
        check("step=3", Some(step(3)));
        check("?step=14", Some(step(14)));
        check("?step=15", None);
        check("?step=done", Some(GuideStep::Summary));
        check("?lang=nb&step=4", Some(step(4)));
        check("", None);
        check("?", None);
        check("?step=", None);
        check("?step=0", None);
        check("?step=13", Some(step(13)));
        check("?step=99999999999999999999999", None);
        check("?step=-1", None);
        check("?step=+3", None);
        check("?step=3x", None);
        check("?step=DONE", None);
        check("?steps=3", None);
    }

    #[test]
    fn a_step_written_to_the_address_reads_back_the_same() {
        for index in 0..QUESTION_COUNT {
            let step = GuideStep::Question(QuestionIndex::new(index).unwrap());
            let query = format!("?step={}", step.query_value());
            assert_eq!(GuideStep::from_query(&query), Some(step));
        }
        assert_eq!(GuideStep::Summary.query_value(), "done");
        assert_eq!(
            GuideStep::from_query(&format!("step={}", GuideStep::Summary.query_value())),
            Some(GuideStep::Summary)
        );
    }

    #[test]
    fn next_walks_through_every_question_then_stays_on_the_summary() {
        let mut current = GuideStep::FIRST;
        let mut seen = vec![current.question().unwrap()];
        while current.next() != GuideStep::Summary {
            current = current.next();
            seen.push(current.question().unwrap());
        }
        assert_eq!(seen, Question::ALL.to_vec());
        assert!(current.is_last_question());
        assert_eq!(GuideStep::Summary.next(), GuideStep::Summary);
    }

    #[test]
    fn back_stops_at_the_first_question_and_leads_from_the_summary_to_the_last() {
        assert_eq!(GuideStep::FIRST.back(), None);
        assert_eq!(step(2).back(), Some(step(1)));
        assert_eq!(step(14).back(), Some(step(13)));
        assert_eq!(GuideStep::Summary.back(), Some(step(14)));
        for number in 2..=QUESTION_COUNT {
            assert_eq!(step(number).back().map(GuideStep::next), Some(step(number)));
        }
    }

    #[test]
    fn progress_counts_from_one_to_the_number_of_questions() {
        assert_eq!(
            GuideStep::FIRST.progress(),
            Some(Progress {
                number: 1,
                total: 14
            })
        );
        assert_eq!(
            step(3).progress(),
            Some(Progress {
                number: 3,
                total: 14
            })
        );
        assert_eq!(step(14).progress().map(|p| p.number), Some(14));
        assert_eq!(GuideStep::Summary.progress(), None);
        assert!(!step(13).is_last_question());
        assert!(step(14).is_last_question());
        assert!(!GuideStep::Summary.is_last_question());
    }

    #[test]
    fn index_out_of_range_is_no_question() {
        assert_eq!(QuestionIndex::new(QUESTION_COUNT), None);
        assert_eq!(
            QuestionIndex::new(QUESTION_COUNT - 1).map(QuestionIndex::get),
            Some(13)
        );
    }

    #[test]
    fn each_question_has_a_step_that_asks_it() {
        for question in Question::ALL {
            assert_eq!(GuideStep::of(question).question(), Some(question));
        }
    }

    #[test]
    fn an_empty_plan_resumes_at_the_first_question_and_answers_nothing() {
        let plan = new_plan();
        assert_eq!(GuideStep::resume(&plan), GuideStep::FIRST);
        let summary = GuideSummary::of(&plan);
        assert!(summary.answered.is_empty());
        assert_eq!(summary.skipped, Question::ALL.to_vec());
    }

    #[test]
    fn resume_goes_to_the_first_question_still_empty() {
        use crate::state::plan_fields::ListKind;
        let plan = apply(
            new_plan(),
            vec![
                PlanAction::SetText {
                    field: TextField::OwnerName,
                    value: "Sara".into(),
                },
                PlanAction::SetText {
                    field: TextField::WhatMattersToMe,
                    value: "Datteren min".into(),
                },
            ],
        );
        assert_eq!(GuideStep::resume(&plan), step(3));
        // A later answer does not move the place to come back to past an earlier gap.
        let plan = apply(
            plan,
            vec![add(ListKind::Goals, 1, json!({ "text": "Egen leilighet" }))],
        );
        assert_eq!(GuideStep::resume(&plan), step(3));
        let summary = GuideSummary::of(&plan);
        assert_eq!(
            summary.answered,
            vec![Question::Name, Question::WhatMatters, Question::Goal]
        );
        assert_eq!(summary.skipped.first(), Some(&Question::Story));
        assert_eq!(
            summary.answered.len() + summary.skipped.len(),
            QUESTION_COUNT
        );
    }

    #[test]
    fn only_white_space_is_not_an_answer() {
        let plan = apply(
            new_plan(),
            vec![PlanAction::SetText {
                field: TextField::OwnerName,
                value: "   \n".into(),
            }],
        );
        assert!(!Question::Name.is_answered(&plan));
        assert_eq!(GuideStep::resume(&plan), GuideStep::FIRST);
    }

    #[test]
    fn a_list_question_is_answered_by_any_item_with_one_of_its_fields_filled() {
        use crate::state::plan_fields::ListKind;
        // An item with nothing the question asks for (an empty goal made in the full view,
        // a warning sign that only has its automatic stage) does not count.
        let plan = apply(
            new_plan(),
            vec![
                add(ListKind::Goals, 1, json!({})),
                add(ListKind::WarningSigns, 2, json!({})),
                add(ListKind::Network, 3, json!({ "organisation": "DPS" })),
            ],
        );
        assert_eq!(
            (
                plan.individual_plan.goals.len(),
                plan.crisis_plan.warning_signs.len(),
                plan.network.len()
            ),
            (1, 1, 1),
            "the items were added"
        );
        assert!(!Question::Goal.is_answered(&plan));
        assert!(!Question::WarningSign.is_answered(&plan));
        assert!(!Question::Helper.is_answered(&plan));
        // Any one of the question's fields is enough: a life area alone, a role alone.
        let plan = apply(
            plan,
            vec![
                PlanAction::SetItemField {
                    list: ListKind::Goals,
                    id: item(1),
                    key: "lifeArea",
                    value: json!("housing"),
                },
                add(ListKind::Network, 4, json!({ "role": "gp" })),
                add(ListKind::WarningSigns, 5, json!({ "sign": "Sover lite" })),
                add(
                    ListKind::CrisisContacts,
                    6,
                    json!({ "who": { "typed": "Mor" } }),
                ),
                add(ListKind::Resources, 7, json!({ "text": "Flink med dyr" })),
                add(ListKind::Needs, 8, json!({ "text": "Hjelp med skjema" })),
            ],
        );
        for question in [
            Question::Goal,
            Question::Helper,
            Question::WarningSign,
            Question::FirstCall,
            Question::Strength,
            Question::Need,
        ] {
            assert!(question.is_answered(&plan), "{question:?}");
        }
    }

    #[test]
    fn a_crisis_contact_with_a_blank_typed_name_is_not_an_answer_until_something_is_written() {
        use crate::state::plan_fields::ListKind;
        let plan = apply(
            new_plan(),
            vec![add(
                ListKind::CrisisContacts,
                6,
                json!({ "who": { "typed": "" } }),
            )],
        );
        assert_eq!(plan.crisis_plan.contacts.len(), 1, "the contact was added");
        assert!(!Question::FirstCall.is_answered(&plan));
        let plan = apply(
            plan,
            vec![PlanAction::SetItemField {
                list: ListKind::CrisisContacts,
                id: item(6),
                key: "phone",
                value: json!("22 33 44 55"),
            }],
        );
        assert!(Question::FirstCall.is_answered(&plan));
    }

    #[test]
    fn group_and_date_questions_read_the_plan() {
        use crate::state::plan_fields::ObjectKind;
        let plan = apply(
            new_plan(),
            vec![PlanAction::SetObjectField {
                object: ObjectKind::HowToMeetMe,
                key: "police",
                value: json!("Rolig"),
            }],
        );
        // The guide asks only for how staff should meet the person.
        assert!(!Question::MeetMe.is_answered(&plan));
        let plan = apply(
            plan,
            vec![
                PlanAction::SetObjectField {
                    object: ObjectKind::HowToMeetMe,
                    key: "staff",
                    value: json!("Snakk rolig"),
                },
                PlanAction::SetDate {
                    field: DateField::ReviewDate,
                    value: "2026-09-01".into(),
                },
            ],
        );
        assert!(Question::MeetMe.is_answered(&plan));
        assert!(Question::ReviewDate.is_answered(&plan));
    }

    #[test]
    fn a_plan_answering_everything_resumes_at_the_summary() {
        use crate::state::plan_fields::{ListKind, ObjectKind};
        let text = |field, value: &str| PlanAction::SetText {
            field,
            value: value.into(),
        };
        let plan = apply(
            new_plan(),
            vec![
                text(TextField::OwnerName, "Sara"),
                text(TextField::WhatMattersToMe, "Datteren min"),
                text(TextField::MyStory, "Jeg er 34"),
                add(ListKind::Goals, 11, json!({ "text": "Leilighet" })),
                add(ListKind::Resources, 12, json!({ "text": "Dyr" })),
                add(ListKind::Needs, 13, json!({ "text": "Skjema" })),
                add(ListKind::Network, 14, json!({ "name": "Linn" })),
                add(ListKind::WarningSigns, 15, json!({ "sign": "Sover lite" })),
                text(TextField::WhatHelps, "Tur med hunden"),
                add(
                    ListKind::CrisisContacts,
                    16,
                    json!({ "who": { "member": item(14).as_str() } }),
                ),
                PlanAction::SetObjectField {
                    object: ObjectKind::HowToMeetMe,
                    key: "staff",
                    value: json!("Snakk rolig"),
                },
                add(
                    ListKind::SaferSurroundings,
                    17,
                    json!({ "action": "Linn tar vare på medisinene" }),
                ),
                add(ListKind::ReasonsForLiving, 18, json!({ "reason": "Emma" })),
                PlanAction::SetDate {
                    field: DateField::ReviewDate,
                    value: "2026-09-01".into(),
                },
            ],
        );
        assert_eq!(GuideStep::resume(&plan), GuideStep::Summary);
        let summary = GuideSummary::of(&plan);
        assert_eq!(summary.answered, Question::ALL.to_vec());
        assert!(summary.skipped.is_empty());
    }

    #[test]
    fn list_and_group_questions_show_the_fields_they_name_and_keep_only_useful_hints() {
        for question in Question::ALL {
            match question.answer() {
                Answer::List { keys, .. } | Answer::Object { keys, .. } => {
                    let fields = question.fields();
                    let shown: Vec<_> = fields.iter().map(|f| f.key).collect();
                    assert_eq!(shown, keys.to_vec(), "{question:?}: every key is a field");
                    for field in &fields {
                        assert!(
                            field.hint_id.is_none_or(|h| HINTS_KEPT.contains(&h)),
                            "{question:?}"
                        );
                    }
                }
                Answer::Text { .. } | Answer::Date(_) => {
                    assert!(question.fields().is_empty());
                    assert!(question.label_id().is_some(), "{question:?} has a label");
                }
            }
            let is_list = matches!(question.answer(), Answer::List { .. });
            assert_eq!(question.add_another_id().is_some(), is_list, "{question:?}");
            assert_eq!(question.item_name_id().is_some(), is_list, "{question:?}");
        }
        let call: Vec<_> = Question::FirstCall
            .fields()
            .iter()
            .map(|f| f.hint_id)
            .collect();
        assert_eq!(call, vec![None, Some("hint-contacts-phone")]);
        assert_eq!(Question::Goal.fields()[0].hint_id, None);
    }
}
