//! One question on its screen: the progress, the question as the heading, a plain explanation,
//! an example, "read aloud" (the question, explanation, example and the answer so far), the
//! plan's own fields for the answer, and Back, Skip and Next.

use std::rc::Rc;

use ownplan_core::plan::ItemId;
use serde_json::{Map, Value};
use yew::prelude::*;

use super::{HEADING_ID, StepLink};
use crate::components::fields::LineKind;
use crate::components::list_editor::{self, FieldTarget, ItemField, MemberChoices, member_choices};
use crate::components::{Heading, PlanDateField, PlanTextField, ReadAloud};
use crate::forms::FieldSpec;
use crate::hooks::{I18n, PlanStore, new_item_id, use_focus, use_i18n, use_plan};
use crate::state::guide::{Answer, GuideStep, Question};
use crate::state::plan::PlanAction;

const PROGRESS_ID: &str = "guide-progress";

/// The id of the question's screen, which "read aloud" reads (its progress and buttons not).
const QUESTION_ID: &str = "guide-question";

/// The id the fields of a list question's first item carry until the browser has made its
/// real id (one render).
const STAND_IN_ID: &str = "new";

/// Properties of [`QuestionScreen`].
#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    /// The step; a question step (the summary has its own screen).
    pub step: GuideStep,
}

/// The screen of one question.
#[component]
pub fn QuestionScreen(props: &QuestionScreenProps) -> Html {
    let i18n = use_i18n();
    // In helping mode nothing is kept on this computer: the words must not say it is.
    let peer = crate::hooks::use_peer_mode::helping_mode();
    let store = use_plan();
    let (Some(question), Some(progress)) = (props.step.question(), props.step.progress()) else {
        return Html::default();
    };
    let number = progress.number.to_string();
    let total = progress.total.to_string();
    let next = props.step.next();
    let next_label = if props.step.is_last_question() {
        i18n.t("guide-finish")
    } else {
        i18n.t("guide-next")
    };
    let answer = match question.answer() {
        Answer::Text { field, one_line } => html! {
            <PlanTextField
                {field}
                id={format!("guide-{}", question.key())}
                label_id={question.label_id().unwrap_or_default()}
                line={one_line.then_some(LineKind::Text)}
            />
        },
        Answer::Date(field) => html! {
            <PlanDateField
                {field}
                id={format!("guide-{}", question.key())}
                label_id={question.label_id().unwrap_or_default()}
            />
        },
        Answer::List { .. } => html! { <ListAnswer {question} /> },
        Answer::Object { .. } => object_answer(&i18n, store, question),
    };
    html! {
        <section class="guide" id={QUESTION_ID} aria-labelledby={HEADING_ID}>
            if props.step == GuideStep::FIRST {
                <p class="intro">{ i18n.t(if peer { "page-guide-intro-peer" } else { "page-guide-intro" }) }</p>
            }
            <div class="guide-progress no-read">
                <p id={PROGRESS_ID}>
                    { i18n.t_with("guide-progress", &[("number", &number), ("total", &total)]) }
                </p>
                <progress max={total} value={number} aria-labelledby={PROGRESS_ID} />
            </div>
            <Heading level={1} id={HEADING_ID} tabindex="-1" aria_describedby={PROGRESS_ID}>{ i18n.t(question.heading_id()) }</Heading>
            <p class="guide-explain">{ i18n.t(question.explain_id()) }</p>
            <p class="example guide-example">
                <span class="example-label">{ i18n.t("guide-example-label") }</span>
                { " " }
                { i18n.t(question.example_id()) }
            </p>
            <ReadAloud target={QUESTION_ID} />
            <div class="guide-answer">{ answer }</div>
            <div class="guide-buttons no-read">
                <StepLink to={next} classes="button button-primary guide-next">
                    { next_label }
                </StepLink>
                <div class="guide-buttons-row">
                    if let Some(back) = props.step.back() {
                        <StepLink to={back} classes="button guide-back">
                            { i18n.t("guide-back") }
                        </StepLink>
                    }
                    <StepLink to={next} classes="button guide-skip">
                        { i18n.t("guide-skip") }
                    </StepLink>
                </div>
            </div>
        </section>
    }
}

/// Properties of [`ListAnswer`].
#[derive(Properties, PartialEq)]
struct AnswerProps {
    question: Question,
}

/// The answer to a list question: every item of the list with the fields the question asks
/// for, and "add another". When the list is empty it shows the fields of an item that does
/// not exist yet; the first thing typed there adds it, so skipping leaves no empty item.
#[component]
fn ListAnswer(props: &AnswerProps) -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    // The id the next item will get. Ids come from the browser's generator, so the first one
    // is made after the first render (never while rendering).
    let draft = use_state_eq(|| None::<ItemId>);
    // "Add another" was pressed: show an empty item even though the list has some.
    let adding = use_state_eq(|| false);
    let focus_target = use_state_eq(|| None::<String>);
    {
        let draft = draft.clone();
        use_effect_with((), move |()| {
            if draft.is_none() {
                draft.set(Some(new_item_id()));
            }
        });
    }
    {
        let focus_target = focus_target.clone();
        let focus = use_focus();
        use_effect_with((*focus_target).clone(), move |target| {
            if let Some(element_id) = target {
                focus.emit(AttrValue::from(element_id.clone()));
                focus_target.set(None);
            }
        });
    }
    let (Some(store), Answer::List { spec, .. }) = (store, props.question.answer()) else {
        return Html::default();
    };
    let question = props.question;
    let list = spec.list;
    let plan = store.plan();
    let items: Vec<Rc<Map<String, Value>>> = list.items(plan).into_iter().map(Rc::new).collect();
    let fields = Rc::new(question.fields());
    let members = member_choices(plan, &i18n);
    let draft_added = draft
        .as_ref()
        .is_some_and(|id| items.iter().any(|item| item_id(item) == id.as_str()));
    let show_draft = !draft_added && (items.is_empty() || *adding);
    let count = items.len() + usize::from(show_draft);

    let on_action = {
        let store = store.clone();
        Callback::from(move |action| store.dispatch(action))
    };
    let on_add_another = {
        let fields = fields.clone();
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let id = new_item_id();
            if let Some(first) = fields.first() {
                // The same element id the field gets (see `FieldTarget`).
                focus_target.set(Some(format!(
                    "{}-{}-{}",
                    list.key(),
                    id.as_str(),
                    first.key
                )));
            }
            draft.set(Some(id));
            adding.set(true);
        })
    };
    // One keyed list for the items and the item to come, so that when the first keystroke
    // adds the item its fields stay the same elements (and keep the focus).
    let mut groups: Vec<Group> = items
        .iter()
        .map(|item| Group {
            id: ItemId::new(item_id(item)),
            values: item.clone(),
            on_action: on_action.clone(),
        })
        .collect();
    if show_draft {
        let (id, on_action) = match &*draft {
            Some(id) => (id.clone(), adding_action(store.clone())),
            // The first render only, before the browser has made the id: the same fields (so
            // nothing moves when the id comes), changing nothing yet.
            None => (ItemId::new(STAND_IN_ID), Callback::noop()),
        };
        groups.push(Group {
            id,
            values: Rc::new(Map::new()),
            on_action,
        });
    }
    html! {
        <>
            { for groups.into_iter().enumerate().map(|(index, group)| {
                // Named ("Goal 2") when there are several, so the same labels can be told apart.
                let name = question.item_name_id().filter(|_| count > 1).map(|name_id| {
                    i18n.t_with(name_id, &[("number", &(index + 1).to_string())])
                });
                let key = group.id.as_str().to_owned();
                fields_group(
                    key,
                    name,
                    FieldTarget::Item(list, group.id),
                    &fields,
                    group.values,
                    &members,
                    group.on_action,
                )
            }) }
            if !show_draft {
                <button type="button" class="button button-add guide-add" onclick={on_add_another}>
                    { i18n.t(question.add_another_id().unwrap_or_default()) }
                </button>
            }
        </>
    }
}

/// One item the question shows: an item of the list, or the one the first keystroke adds.
struct Group {
    id: ItemId,
    values: Rc<Map<String, Value>>,
    /// Where its changes go.
    on_action: Callback<PlanAction>,
}

fn item_id(item: &Map<String, Value>) -> &str {
    item.get("id").and_then(Value::as_str).unwrap_or_default()
}

/// The changes of an item that does not exist yet, through the list editor's rule (the first
/// value that holds something adds the item).
fn adding_action(store: PlanStore) -> Callback<PlanAction> {
    list_editor::adding_action(Callback::from(move |action| store.dispatch(action)))
}

/// The fields of one item or group, in a box keyed by `key` (an item's id, so its fields stay
/// the same elements while the list changes); a `fieldset` named by `name` when given.
fn fields_group(
    key: String,
    name: Option<AttrValue>,
    target: FieldTarget,
    fields: &[FieldSpec],
    values: Rc<Map<String, Value>>,
    members: &MemberChoices,
    on_action: Callback<PlanAction>,
) -> Html {
    let fields = html! {
        { for fields.iter().map(|field| html! {
            <ItemField
                target={target.clone()}
                field={*field}
                values={values.clone()}
                members={members.clone()}
                on_action={on_action.clone()}
            />
        }) }
    };
    match name {
        Some(name) => html! {
            <fieldset {key} class="guide-item">
                <legend>{ name }</legend>
                { fields }
            </fieldset>
        },
        None => html! { <div {key} class="guide-item">{ fields }</div> },
    }
}

/// The answer to a question about a group of fields (how to meet me).
fn object_answer(i18n: &I18n, store: Option<PlanStore>, question: Question) -> Html {
    let (Some(store), Answer::Object { spec, .. }) = (store, question.answer()) else {
        return Html::default();
    };
    let plan = store.plan();
    let values = Rc::new(spec.object.get(plan));
    let members = member_choices(plan, i18n);
    let on_action = Callback::from(move |action| store.dispatch(action));
    fields_group(
        question.key().to_owned(),
        None,
        FieldTarget::Object(spec.object),
        &question.fields(),
        values,
        &members,
        on_action,
    )
}
