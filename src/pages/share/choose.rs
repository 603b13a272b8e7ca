//! Choosing per item for one recipient: under a chosen part that holds items, a disclosure
//! "Choose what in Goals (3 of 7)" with a checkbox per item; the life areas as whole switches;
//! the plain line saying what goes; and the calm warning about sensitive items going to someone
//! who does not usually get them, with a one-tap way to leave each out. Collapsed until asked, so
//! a phone shows the parts first and nothing more.
//!
//! Every control names the item and the recipient it acts on (the recipient's name is in each
//! label, visually hidden where the card already shows it).

use std::rc::Rc;

use ownplan_core::document::{ChoosableItem, SensitiveItem, SensitiveKind};
use ownplan_core::plan::{ItemId, LifeArea, Plan, Section};
use yew::prelude::*;

use crate::forms::section_label_id;
use crate::hooks::I18n;
use crate::state::share::{DraftRecipient, PartItems, ShareAction, ShareDraft, WhatGoes};

/// One checkbox of a disclosure.
struct Row {
    id: String,
    label: String,
    checked: bool,
    onchange: Callback<Event>,
}

/// What every function here needs to know about the recipient.
pub(super) struct ChooseContext<'a> {
    pub(super) i18n: &'a I18n,
    pub(super) plan: &'a Rc<Plan>,
    pub(super) draft: &'a UseReducerHandle<ShareDraft>,
    pub(super) recipient: &'a DraftRecipient,
    pub(super) goes: &'a WhatGoes,
}

impl ChooseContext<'_> {
    fn key(&self) -> &str {
        self.recipient.id.as_str()
    }

    fn name(&self) -> &str {
        self.recipient.recipient.name.as_str()
    }

    /// " for <name>", for screen readers: the card's heading already shows it.
    fn for_recipient(&self) -> Html {
        html! { <span class="visually-hidden">{ " " }{ self.i18n.t_with("share-item-for", &[("name", self.name())]) }</span> }
    }

    fn set_item(&self, item: &ItemId) -> Callback<Event> {
        let draft = self.draft.clone();
        let plan = self.plan.clone();
        let id = self.recipient.id.clone();
        let item = item.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            draft.dispatch(ShareAction::SetItem {
                plan: plan.clone(),
                id: id.clone(),
                item: item.clone(),
                included: input.checked(),
            });
        })
    }

    fn leave_out_item(&self, item: &ItemId) -> Callback<MouseEvent> {
        let draft = self.draft.clone();
        let plan = self.plan.clone();
        let id = self.recipient.id.clone();
        let item = item.clone();
        Callback::from(move |_: MouseEvent| {
            draft.dispatch(ShareAction::SetItem {
                plan: plan.clone(),
                id: id.clone(),
                item: item.clone(),
                included: false,
            });
        })
    }

    /// Dispatches including (`true`) or leaving out a whole life area.
    fn area_setter(&self, area: LifeArea) -> Callback<bool> {
        let draft = self.draft.clone();
        let plan = self.plan.clone();
        let id = self.recipient.id.clone();
        Callback::from(move |included: bool| {
            draft.dispatch(ShareAction::SetLifeArea {
                plan: plan.clone(),
                id: id.clone(),
                area,
                included,
            });
        })
    }

    fn set_area(&self, area: LifeArea) -> Callback<Event> {
        self.area_setter(area).reform(|event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            input.checked()
        })
    }

    fn item_label(&self, item: &ChoosableItem) -> String {
        if item.label.is_empty() {
            self.i18n.t("share-item-unnamed").to_string()
        } else {
            item.label.clone()
        }
    }

    /// A closed disclosure: its summary (naming the recipient for screen readers), a hint and
    /// one checkbox row per choice. Shared by the parts and the life areas, so the view's code
    /// is written once.
    fn disclosure(&self, id: String, summary: AttrValue, hint: AttrValue, rows: Vec<Row>) -> Html {
        html! {
            <details class="share-choose" {id}>
                <summary>{ summary }{ self.for_recipient() }</summary>
                <p class="hint">{ hint }</p>
                <ul class="share-items">
                    { for rows.into_iter().map(|row| html! {
                        <li class="field-check" key={row.id.clone()}>
                            <input type="checkbox" id={row.id.clone()} checked={row.checked} onchange={row.onchange} />
                            <label for={row.id}>{ row.label }{ self.for_recipient() }</label>
                        </li>
                    }) }
                </ul>
            </details>
        }
    }

    /// The disclosure under a chosen part (or, for `None`, the people who go along): a checkbox
    /// per item. Nothing when the part holds no items.
    pub(super) fn part_choices(&self, section: Option<Section>) -> Html {
        let Some(PartItems { items, kept, .. }) = self.goes.part(section) else {
            return Html::default();
        };
        let i18n = self.i18n;
        let key = self.key();
        let kept = kept.to_string();
        let total = items.len().to_string();
        let (summary, place) = match section {
            Some(section) => (
                i18n.t_with(
                    "share-choose-part",
                    &[
                        ("part", &i18n.t(section_label_id(section))),
                        ("kept", &kept),
                        ("total", &total),
                    ],
                ),
                section.as_str(),
            ),
            None => (
                i18n.t_with("share-choose-people", &[("kept", &kept), ("total", &total)]),
                "people",
            ),
        };
        let rows = items
            .iter()
            .map(|(item, goes)| Row {
                id: format!("share-{key}-item-{}", item.id.as_str()),
                label: self.item_label(item),
                checked: *goes,
                onchange: self.set_item(&item.id),
            })
            .collect();
        self.disclosure(
            format!("share-{key}-choose-{place}"),
            summary,
            i18n.t_with("share-choose-part-hint", &[("name", self.name())]),
            rows,
        )
    }

    /// The life areas of the chosen parts' items as whole switches. Nothing when no item has one.
    pub(super) fn area_choices(&self) -> Html {
        let areas = &self.goes.areas;
        if areas.is_empty() {
            return Html::default();
        }
        let i18n = self.i18n;
        let key = self.key();
        let kept = areas.iter().filter(|area| area.included).count();
        let rows = areas
            .iter()
            .map(|choice| Row {
                id: format!("share-{key}-area-{}", choice.area.as_str()),
                label: i18n
                    .t_with(
                        "share-area-count",
                        &[
                            ("area", &i18n.t(choice.area.label_id())),
                            ("count", &choice.items.to_string()),
                        ],
                    )
                    .to_string(),
                checked: choice.included,
                onchange: self.set_area(choice.area),
            })
            .collect();
        self.disclosure(
            format!("share-{key}-areas"),
            i18n.t_with(
                "share-choose-areas",
                &[
                    ("kept", &kept.to_string()),
                    ("total", &areas.len().to_string()),
                ],
            ),
            i18n.t("share-choose-areas-hint"),
            rows,
        )
    }

    /// One plain line: everything of the chosen parts, or a selection, with the life areas and
    /// the parts that lose something ("Goals: 2 of 4").
    pub(super) fn what_goes_line(&self) -> Html {
        let i18n = self.i18n;
        let count = self.recipient.sections.len().to_string();
        let name = self.name();
        let text = if self.goes.everything() {
            i18n.t_with("share-what-goes-all", &[("name", name), ("count", &count)])
                .to_string()
        } else {
            let mut sentences = vec![
                i18n.t_with("share-what-goes-some", &[("name", name), ("count", &count)])
                    .to_string(),
            ];
            match self.goes.kept_areas() {
                Some(areas) if areas.is_empty() => {
                    sentences.push(i18n.t("share-what-goes-no-areas").to_string());
                }
                Some(areas) => {
                    let names: Vec<String> = areas
                        .iter()
                        .map(|area| i18n.t(area.label_id()).to_string())
                        .collect();
                    sentences.push(
                        i18n.t_with("share-what-goes-areas", &[("areas", &names.join(", "))])
                            .to_string(),
                    );
                }
                None => {}
            }
            let parts: Vec<String> = self
                .goes
                .parts
                .iter()
                .filter(|part| part.kept < part.items.len())
                .filter_map(|part| {
                    let label = i18n.t(section_label_id(part.section?));
                    Some(
                        i18n.t_with(
                            "share-what-goes-part",
                            &[
                                ("part", &label),
                                ("kept", &part.kept.to_string()),
                                ("total", &part.items.len().to_string()),
                            ],
                        )
                        .to_string(),
                    )
                })
                .collect();
            if !parts.is_empty() {
                sentences.push(format!("{}.", parts.join(", ")));
            }
            sentences.join(" ")
        };
        html! {
            <p class="share-what-goes" id={format!("share-{}-what-goes", self.key())} aria-live="polite">{ text }</p>
        }
    }

    /// The sensitive items going to this recipient, grouped by kind, each with a button that
    /// leaves it out. A warning only: signing stays open.
    pub(super) fn sensitive_warning(&self, sensitive: &[SensitiveItem]) -> Html {
        if sensitive.is_empty() {
            return Html::default();
        }
        let i18n = self.i18n;
        let key = self.key();
        let name = self.name();
        html! {
            <div class="notice share-sensitive" role="note" id={format!("share-{key}-sensitive")}>
                { for SensitiveKind::ALL.into_iter().map(|kind| {
                    let items: Vec<&SensitiveItem> = sensitive.iter().filter(|item| item.kind == kind).collect();
                    if items.is_empty() {
                        return Html::default();
                    }
                    let area = match kind {
                        SensitiveKind::SubstanceUse => Some(LifeArea::SubstanceUse),
                        SensitiveKind::MentalHealth => Some(LifeArea::MentalHealth),
                        SensitiveKind::DoNotContact => None,
                    };
                    html! {
                        <div class="share-sensitive-kind" key={kind.as_str()}>
                            <p>{ i18n.t_with(kind.message_id(), &[("name", name)]) }</p>
                            <ul class="share-sensitive-items">
                                { for items.iter().map(|item| {
                                    let words = if item.label.is_empty() { i18n.t("share-item-unnamed").to_string() } else { item.label.clone() };
                                    html! {
                                        <li key={item.id.as_str().to_owned()}>
                                            <span class="share-sensitive-words">{ words.clone() }</span>
                                            <button type="button" class="button"
                                                id={format!("share-{key}-leave-out-{}", item.id.as_str())}
                                                aria-label={i18n.t_with("share-sensitive-leave-out-label", &[("item", &words), ("name", name)])}
                                                onclick={self.leave_out_item(&item.id)}>
                                                { i18n.t("share-sensitive-leave-out") }
                                            </button>
                                        </li>
                                    }
                                }) }
                            </ul>
                            if let (Some(area), true) = (area, items.len() > 1) {
                                <button type="button" class="button"
                                    id={format!("share-{key}-leave-out-area-{}", area.as_str())}
                                    aria-label={i18n.t_with("share-sensitive-leave-out-area-label", &[("area", &i18n.t(area.label_id()).to_lowercase()), ("name", name)])}
                                    onclick={self.area_setter(area).reform(|_: MouseEvent| false)}>
                                    { i18n.t_with("share-sensitive-leave-out-area", &[("area", &i18n.t(area.label_id()).to_lowercase())]) }
                                </button>
                            }
                        </div>
                    }
                }) }
                <p>{ i18n.t("share-sensitive-your-choice") }</p>
            </div>
        }
    }
}
