//! After signing: one row per signed file, saying first how it reaches its recipient (by who
//! they are: the printed copy, the PDF on the phone, the service's own secure messaging; never
//! ordinary e-mail), then the PDF copy (the one to hand over or attach: readable, with the signed
//! file inside), printing, and the signed file itself (JSON, for a system that reads it); and a
//! signed document as the recipient will read it, for printing.

use std::rc::Rc;

use ownplan_core::document::RecipientPreset;
use yew::prelude::*;

use crate::components::{Heading, PlanDocument};
use crate::hooks::I18n;
use crate::hooks::{use_i18n, use_plan, use_share_file};
use crate::state::dates;
use crate::state::delivery::{DeliveryWay, delivery_way, signer_fingerprint};
use crate::state::share::SignedFile;

/// Properties of [`SignedFileRow`].
#[derive(Properties, PartialEq)]
pub(super) struct SignedFileRowProps {
    pub(super) index: usize,
    pub(super) file: Rc<SignedFile>,
    pub(super) on_print: Callback<usize>,
    /// The preset the person picked for this recipient, when the share view knows it: the
    /// crisis team, legevakt and police have no role the document could name.
    #[prop_or_default]
    pub(super) preset: Option<RecipientPreset>,
}

/// One signed file: how it reaches its recipient, the PDF copy, print, and the signed file.
#[component]
pub(super) fn SignedFileRow(props: &SignedFileRowProps) -> Html {
    let i18n = use_i18n();
    let file = props.file.clone();
    let actions = use_share_file(file.clone());
    let store = use_plan();
    let way = store.as_ref().map_or(DeliveryWay::Other, |store| {
        delivery_way(store.plan(), &file.recipient_id, props.preset)
    });
    let download = {
        let download = actions.download.clone();
        Callback::from(move |_: MouseEvent| download.emit(()))
    };
    let share = {
        let share = actions.share.clone();
        Callback::from(move |_: MouseEvent| share.emit(()))
    };
    let print = {
        let on_print = props.on_print.clone();
        let index = props.index;
        Callback::from(move |_: MouseEvent| on_print.emit(index))
    };
    let index = props.index;
    html! {
        <li class="share-file" id={format!("share-file-{index}")}>
            <p><strong>{ file.recipient_name.clone() }</strong></p>
            { consent_dates(&i18n, &file) }
            <div class="share-deliver" id={format!("share-deliver-{index}")}>
                <p><strong>{ i18n.t("share-deliver-how") }</strong>{ " " }{ i18n.t(way.advice_id()) }</p>
                <p class="share-deliver-email">{ i18n.t("share-deliver-email") }</p>
            </div>
            <crate::components::PdfCopyButton index={index} file={file.clone()} />
            <div class="button-row">
                <crate::components::PrintButton id={format!("share-print-{index}")} label_id="share-print" in_page_id="share-print-in-page" onclick={print} />
            </div>
            <div class="share-file-json">
                <p class="hint">{ i18n.t("share-deliver-json") }</p>
                // In helping mode the file is saved under a number, not this name.
                if !crate::hooks::use_peer_mode::helping_mode() {
                    <p class="share-file-name">{ file.file_name.clone() }</p>
                }
                <div class="button-row">
                    <button type="button" class="button" id={format!("share-download-{index}")} onclick={download}>{ i18n.t("share-download") }</button>
                    if actions.can_share {
                        <button type="button" class="button" id={format!("share-sheet-{index}")} onclick={share}>{ i18n.t("share-sheet") }</button>
                    }
                </div>
            </div>
            if let Some(id) = actions.notice { <p role="status">{ i18n.t(id) }</p> }
        </li>
    }
}

/// Properties of [`RecipientView`].
#[derive(Properties, PartialEq)]
pub(super) struct RecipientViewProps {
    pub(super) file: Rc<SignedFile>,
}

/// A signed document as the recipient will read it, for printing.
#[component]
pub(super) fn RecipientView(props: &RecipientViewProps) -> Html {
    let i18n = use_i18n();
    let file = &props.file;
    let consent = &file.consent;
    // Read from the file itself, at once: the print dialog opens right after this renders.
    let fingerprint = signer_fingerprint(&file.text);
    html! {
        <article class="print-view">
            <Heading level={1}>{ i18n.t_with("share-print-title", &[("name", &file.recipient_name)]) }</Heading>
            { consent_dates(&i18n, file) }
            if let Some(fingerprint) = &fingerprint {
                <p class="print-fingerprint">{ i18n.t("key-fingerprint-compare") }{ " " }<span class="key-fingerprint-inline">{ fingerprint.clone() }</span></p>
            }
            <dl class="print-item">
                if !consent.statement.is_blank() {
                    <dt>{ i18n.t("share-statement-label") }</dt><dd>{ consent.statement.as_str().to_owned() }</dd>
                }
                if !consent.conditions.is_blank() {
                    <dt>{ i18n.t("share-conditions-label") }</dt><dd>{ consent.conditions.as_str().to_owned() }</dd>
                }
                if let Some(until) = &consent.valid_until {
                    <dt>{ i18n.t("share-valid-until-label") }</dt><dd>{ dates::long_date(i18n.language, until) }</dd>
                }
            </dl>
            <PlanDocument plan={file.content.clone()} />
        </article>
    }
}

/// Which date is which for a signed file, in one line: the day the consent was given and its
/// last day ("Consent given 1 December 2026 · holds until 1 September 2027"). Nothing when the
/// consent names neither.
fn consent_dates(i18n: &I18n, file: &SignedFile) -> Html {
    let consent = &file.consent;
    let parts: Vec<String> = [
        ("share-dates-given", consent.given_on.as_ref()),
        ("share-dates-until", consent.valid_until.as_ref()),
    ]
    .into_iter()
    .filter_map(|(id, day)| {
        day.map(|day| {
            i18n.t_with(id, &[("date", &dates::long_date(i18n.language, day))])
                .to_string()
        })
    })
    .collect();
    if parts.is_empty() {
        return Html::default();
    }
    html! { <p class="share-file-dates">{ parts.join(" · ") }</p> }
}
