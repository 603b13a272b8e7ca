//! The verify view, for a professional who received a plan document: open it (choose a file,
//! drop it, or paste its text), and read in plain words whether it can be trusted — who signed
//! it (the key's fingerprint), for whom, which parts, under what consent, with every warning —
//! whether this browser has seen the plan and its key before, and then the signed plan itself,
//! read-only and printable. The file may be the PDF copy: then its one embedded signed document
//! is what is checked and shown, and the view says that the PDF's pages are only a convenience.
//! Pasting takes only text (the JSON), never a PDF. The person can also open their own exported
//! file here to use it as their plan on a new device (not offered openly to professionals).
//!
//! Submodules: `result` (the verdict and the facts of a valid document), `remembered` (the
//! plans and keys this browser remembers), `own_plan` (using the file as my plan), `source`
//! (which file was checked, and the PDF note).

mod own_plan;
mod remembered;
mod result;
mod source;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::{Heading, PlanDocument, PrintButton, RestoreSteps};
use crate::hooks::{
    I18n, RestoreStep, VerifyStep, use_deferred, use_focus_on_new, use_i18n, use_print,
    use_restore, use_verify,
};
use crate::state::verify::Refusal;

/// The id of the element that shows the result; focus moves there when a result is shown, so
/// the result is what a phone user sees next and a screen reader reads next.
const RESULT_ID: &str = "verify-result";

/// The verify view.
#[component]
pub fn VerifyPage() -> Html {
    let i18n = use_i18n();
    let verify = use_verify();
    let pasted = use_state(String::new);
    let dragging = use_state_eq(|| false);
    use_focus_on_new(verify.results_shown, RESULT_ID);
    let on_file = {
        let choose = verify.choose_file.clone();
        Callback::from(move |event: Event| choose.emit(event.target_unchecked_into()))
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            pasted.set(area.value());
        })
    };
    let on_check = {
        let check = verify.check_text.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| check.emit((*pasted).clone()))
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would not allow a drop here.
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let drop_file = verify.drop_file.clone();
        Callback::from(move |event: DragEvent| {
            // Otherwise the browser opens the file itself and leaves the widget.
            event.prevent_default();
            dragging.set(false);
            drop_file.emit(event);
        })
    };
    let outcome = match &verify.step {
        VerifyStep::Idle => Html::default(),
        VerifyStep::Reading => html! { <p role="status">{ i18n.t("verify-reading") }</p> },
        VerifyStep::Refused(refusal) => refused(&i18n, refusal),
        VerifyStep::Backup(text) => html! { <BackupHere text={text.clone()} /> },
        VerifyStep::Verified(verification) => html! {
            <>
                <result::VerifiedResult
                    verification={verification.clone()}
                    on_accept_new_key={verify.accept_new_key.clone()}
                />
                <VerifiedPlan verification={verification.clone()} />
            </>
        },
    };
    html! {
        <section class="verify-view" aria-labelledby="page-title">
            { result::print_running_line(&i18n, &verify.step) }
            <Heading level={1} id="page-title">{ i18n.t("page-verify-title") }</Heading>
            <p class="intro no-print">{ i18n.t("page-verify-intro") }</p>
            <div class="verify-input no-print">
                <div
                    id="verify-drop"
                    class={classes!("verify-drop", dragging.then_some("is-dragging"))}
                    ondragover={on_drag_over.clone()}
                    ondragenter={on_drag_over}
                    ondragleave={on_drag_leave}
                    ondrop={on_drop}
                >
                    <p class="verify-drop-text">{ i18n.t("verify-drop-here") }</p>
                    <div class="field">
                        <label for="verify-file">{ i18n.t("verify-choose-file") }</label>
                        <p class="field-hint" id="verify-file-hint">{ i18n.t("verify-file-kinds") }</p>
                        <input
                            id="verify-file"
                            type="file"
                            accept=".json,application/json,.pdf,application/pdf"
                            aria-describedby="verify-file-hint"
                            onchange={on_file}
                        />
                    </div>
                </div>
                <div class="field">
                    <label for="verify-text">{ i18n.t("verify-paste-label") }</label>
                    <p class="field-hint" id="verify-text-hint">
                        { i18n.t("verify-paste-hint") }{ " " }{ i18n.t("verify-paste-no-pdf") }
                    </p>
                    <textarea
                        id="verify-text"
                        class="verify-text"
                        aria-describedby="verify-text-hint"
                        spellcheck="false"
                        autocomplete="off"
                        value={(*pasted).clone()}
                        oninput={on_paste}
                    />
                </div>
                <button type="button" class="button button-primary" id="verify-check" onclick={on_check}>
                    { i18n.t("verify-check") }
                </button>
            </div>
            { outcome }
            <remembered::RememberedList
                seen={verify.seen.clone()}
                error={verify.seen_error}
                on_forget={verify.forget.clone()}
                on_forget_all={verify.forget_all.clone()}
            />
        </section>
    }
}

/// The document cannot be trusted: why, where, and that nothing was saved.
fn refused(i18n: &I18n, refusal: &Refusal) -> Html {
    // A file that was never checked (the device could not) is not called untrustworthy.
    let (class, title) = if refusal.nothing_checked() {
        (
            "verify-invalid verify-not-checked",
            "verify-not-checked-title",
        )
    } else {
        ("verify-invalid", "verify-invalid-title")
    };
    html! {
        <div id={RESULT_ID} class={class} role="alert" tabindex="-1">
            <Heading level={2}>{ i18n.t(title) }</Heading>
            <p id="verify-reason">{ i18n.t(refusal.message_id) }</p>
            if let Some(path) = &refusal.path {
                <p class="verify-where"><small>{ i18n.t_with("verify-where", &[("path", path)]) }</small></p>
            }
            <p>{ i18n.t("verify-nothing-saved") }</p>
            if let Some(source) = &refusal.source {
                { source::refused_source(i18n, source, !refusal.nothing_checked()) }
            }
        </div>
    }
}

/// Properties of [`BackupHere`].
#[derive(Properties, PartialEq)]
struct BackupHereProps {
    text: std::rc::Rc<str>,
}

/// A backup file of the widget was opened here: say so, and restore from it right here (with
/// the passphrase if it is locked, a preview and a confirmation, as on the backup view).
#[component]
fn BackupHere(props: &BackupHereProps) -> Html {
    let i18n = use_i18n();
    let restore = use_restore();
    let offer = {
        let offer_text = restore.offer_text.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| offer_text.emit(text.to_string()))
    };
    html! {
        <div id={RESULT_ID} class="notice" tabindex="-1">
            <p><strong>{ i18n.t("verify-backup-title") }</strong></p>
            <p>{ i18n.t("verify-backup-explain") }</p>
            if restore.step == RestoreStep::Idle {
                <div class="button-row">
                    <button type="button" class="button verify-backup-restore" onclick={offer}>
                        { i18n.t("verify-backup-restore") }
                    </button>
                    <Link<Route> to={Route::Backup} classes="button verify-backup-link">
                        { i18n.t("verify-backup-link") }
                    </Link<Route>>
                </div>
            }
            <RestoreSteps handle={restore} />
        </div>
    }
}

/// Properties of [`VerifiedPlan`].
#[derive(Properties, PartialEq)]
struct VerifiedPlanProps {
    verification: std::rc::Rc<crate::hooks::Verification>,
}

/// The signed plan, read-only, with printing and (for the person's own file) using it here.
#[component]
fn VerifiedPlan(props: &VerifiedPlanProps) -> Html {
    let i18n = use_i18n();
    let print = use_print().reform(|_: MouseEvent| ());
    let verification = &props.verification;
    // The verdict above is painted first; the plan (up to hundreds of items) follows.
    let shown = use_deferred(verification.document.credential_id().to_owned());
    if !shown {
        return html! {
            <section class="verify-plan" aria-labelledby="verify-plan-title">
                <Heading level={2} id="verify-plan-title">{ i18n.t("verify-plan-title") }</Heading>
            </section>
        };
    }
    html! {
        <section class="verify-plan" aria-labelledby="verify-plan-title">
            <Heading level={2} id="verify-plan-title">{ i18n.t("verify-plan-title") }</Heading>
            <p class="no-print">{ i18n.t("verify-plan-explain") }</p>
            <div class="button-row no-print">
                <PrintButton id="verify-print" label_id="verify-print" primary=true onclick={print} />
            </div>
            <own_plan::UseAsMyPlan
                key={verification.document.credential_id().to_owned()}
                plan={verification.plan.clone()}
                sections={verification.document.sections().to_vec()}
                signer_did={verification.document.signer().did()}
                items_left_out={verification.document.items_left_out()}
            />
            <PlanDocument plan={verification.plan.clone()} />
        </section>
    }
}
