//! A valid document in plain words: the verdict at the top (green "signed and unchanged" only
//! when nothing is wrong; a warning when the key is different, the person is known with another
//! key, or the version is older; "not yet trusted" until the professional has compared the
//! fingerprint), by which key (its fingerprint, large), what this browser knew of the plan,
//! person and key before, every warning, and the facts — whose plan, made when, for whom, which
//! parts, under what consent, who helped, which version.

use std::rc::Rc;

use ownplan_core::plan::{Role, Section};
use yew::prelude::*;

use crate::components::Heading;

use crate::hooks::{
    I18n, LocalTime, SeenOutcome, Verification, VerifyStep, use_i18n, use_local_time,
};
use crate::state::dates;
use crate::state::seen_keys::{KeyVerdict, PersonDetail, VersionVerdict};
use crate::state::verify::Verdict;

/// Properties of [`VerifiedResult`].
#[derive(Properties, PartialEq)]
pub struct VerifiedResultProps {
    /// The verified document.
    pub verification: Rc<Verification>,
    /// The professional has compared the fingerprint with the person and confirms the key (a
    /// first sighting, a different key or a known person's new key).
    pub on_accept_new_key: Callback<()>,
}

/// The verdict, what this browser knew before, the warnings and the facts.
#[component]
pub fn VerifiedResult(props: &VerifiedResultProps) -> Html {
    let i18n = use_i18n();
    let local_time = use_local_time();
    let verification = &props.verification;
    let document = &verification.document;
    let fingerprint = document.fingerprint().to_string();
    html! {
        <div id="verify-result" class="verify-result" tabindex="-1">
            { top_verdict(&i18n, &verification.verdict(), fingerprint) }
            { dates_summary(&i18n, local_time, verification) }
            { super::source::checked_source(&i18n, &verification.source, true) }
            { seen_verdict(&i18n, &verification.seen, &props.on_accept_new_key) }
            { warnings(&i18n, verification) }
            { facts(&i18n, local_time, verification) }
            { consent(&i18n, verification) }
        </div>
    }
}

/// The verdict at the top: the signature is fine in every case (class `verify-valid`); green
/// only when nothing is wrong, a warning (an alert) when something is.
fn top_verdict(i18n: &I18n, verdict: &Verdict, fingerprint: String) -> Html {
    let (kind, title_id, explain_id) = match verdict {
        Verdict::Trusted => ("trusted", "verify-valid-title", "verify-valid-explain"),
        Verdict::TrustedWithNotes => (
            "notes",
            "verify-verdict-notes-title",
            "verify-verdict-notes-explain",
        ),
        Verdict::NotYetTrusted => (
            "pending",
            "verify-verdict-pending-title",
            "verify-verdict-pending-explain",
        ),
        Verdict::Warning(_) => (
            "warning",
            "verify-verdict-warning-title",
            "verify-verdict-warning-explain",
        ),
    };
    let reasons = match verdict {
        Verdict::Warning(concerns) => html! {
            <ul class="verify-verdict-reasons">
                { for concerns.iter().map(|concern| html! { <li>{ i18n.t(concern.message_id()) }</li> }) }
            </ul>
        },
        _ => Html::default(),
    };
    let role = if kind == "warning" { "alert" } else { "status" };
    html! {
        <div
            id="verify-verdict"
            class={classes!("verify-valid", format!("verify-verdict-{kind}"))}
            role={role}
            data-verdict={kind}
        >
            <Heading level={2} class="verify-verdict">{ i18n.t(title_id) }</Heading>
            <p>{ i18n.t(explain_id) }</p>
            { reasons }
            <p class="verify-fingerprint-label">{ i18n.t("verify-fingerprint-label") }</p>
            <p class="verify-fingerprint" id="verify-fingerprint">{ fingerprint }</p>
        </div>
    }
}

/// The button that confirms a key not yet trusted.
fn confirm_button(
    i18n: &I18n,
    id: &'static str,
    label_id: &str,
    on_confirm: &Callback<()>,
) -> Html {
    let confirm = {
        let on_confirm = on_confirm.clone();
        Callback::from(move |_: MouseEvent| on_confirm.emit(()))
    };
    html! {
        <button type="button" class="button no-print" id={id} onclick={confirm}>
            { i18n.t(label_id) }
        </button>
    }
}

/// The keys seen before, to compare with the one above.
fn known_keys(fingerprints: &[String]) -> Html {
    html! {
        <ul class="verify-known-keys">
            { for fingerprints.iter().map(|fingerprint| html! {
                <li class="verify-fingerprint-small">{ fingerprint.clone() }</li>
            }) }
        </ul>
    }
}

/// "name, phone number and e-mail address": what about the person matched, translated.
fn person_details(i18n: &I18n, matched: &[PersonDetail]) -> String {
    let names: Vec<String> = matched
        .iter()
        .map(|detail| i18n.t(detail.label_id()).to_string())
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), i18n.t("verify-person-and"))
        }
        _ => names.concat(),
    }
}

/// What this browser knew of the plan and its key, and whether remembering it worked.
fn seen_verdict(i18n: &I18n, seen: &SeenOutcome, on_accept_new_key: &Callback<()>) -> Html {
    let (assessment, save_error, accepted) = match seen {
        SeenOutcome::Unreadable(message_id) => {
            return html! {
                <div class="notice notice-warning verify-seen" role="alert" id="verify-seen">
                    <p><strong>{ i18n.t("verify-seen-unreadable") }</strong>{ " " }{ i18n.t(message_id) }</p>
                </div>
            };
        }
        SeenOutcome::Assessed {
            assessment,
            save_error,
            accepted,
        } => (assessment, save_error, *accepted),
    };
    let key = match &assessment.key {
        KeyVerdict::FirstTime if accepted => html! {
            <div class="notice verify-seen" role="status" id="verify-seen" data-verdict="confirmed">
                <p><strong>{ i18n.t("verify-seen-confirmed") }</strong></p>
            </div>
        },
        KeyVerdict::FirstTime => html! {
            <div class="notice verify-seen" role="status" id="verify-seen" data-verdict="first-time">
                <p><strong>{ i18n.t("verify-seen-first-time") }</strong></p>
                <p>{ i18n.t("verify-seen-first-time-explain") }</p>
                <p><strong>{ i18n.t("verify-seen-not-yet-trusted") }</strong></p>
                { confirm_button(i18n, "verify-confirm-key", "verify-seen-confirm", on_accept_new_key) }
            </div>
        },
        KeyVerdict::SameKey { first_seen } => html! {
            <div class="notice verify-seen" role="status" id="verify-seen" data-verdict="same-key">
                <p><strong>{ i18n.t("verify-seen-same-key") }</strong></p>
                <p>{ i18n.t_with("verify-seen-same-key-explain", &[("date", &dates::long_date(i18n.language, first_seen))]) }</p>
            </div>
        },
        KeyVerdict::DifferentKey { .. } | KeyVerdict::KnownPersonNewKey { .. } if accepted => {
            html! {
                <div class="notice verify-seen" role="status" id="verify-seen" data-verdict="accepted">
                    <p><strong>{ i18n.t("verify-seen-accepted") }</strong></p>
                </div>
            }
        }
        KeyVerdict::DifferentKey { known_fingerprints } => html! {
            <div class="verify-alarm" role="alert" id="verify-seen" data-verdict="different-key">
                <Heading level={3}>{ i18n.t("verify-seen-different-key") }</Heading>
                <p>{ i18n.t("verify-seen-different-key-explain") }</p>
                <p>{ i18n.t("verify-seen-known-keys") }</p>
                { known_keys(known_fingerprints) }
                <p><strong>{ i18n.t("verify-seen-ask-in-person") }</strong></p>
                <p class="no-print">{ i18n.t("verify-seen-accept-explain") }</p>
                { confirm_button(i18n, "verify-accept-key", "verify-seen-accept", on_accept_new_key) }
            </div>
        },
        KeyVerdict::KnownPersonNewKey {
            matched,
            known_fingerprints,
        } => html! {
            <div class="verify-alarm" role="alert" id="verify-seen" data-verdict="known-person-new-key">
                <Heading level={3}>{ i18n.t("verify-seen-known-person") }</Heading>
                <p>{ i18n.t_with("verify-seen-known-person-explain", &[("details", &person_details(i18n, matched))]) }</p>
                <p>{ i18n.t("verify-seen-known-person-keys") }</p>
                { known_keys(known_fingerprints) }
                <p><strong>{ i18n.t("verify-seen-ask-in-person") }</strong></p>
                <p class="no-print">{ i18n.t("verify-seen-accept-explain") }</p>
                { confirm_button(i18n, "verify-accept-key", "verify-seen-accept", on_accept_new_key) }
            </div>
        },
    };
    let version = match assessment.version {
        VersionVerdict::Older { highest_seen } => html! {
            <div class="verify-alarm" role="alert" id="verify-older" data-verdict="older">
                <Heading level={3}>{ i18n.t("verify-seen-older") }</Heading>
                <p>{ i18n.t_with("verify-seen-older-explain", &[("highest", &highest_seen.to_string())]) }</p>
            </div>
        },
        VersionVerdict::Newer { previous_highest } => html! {
            <p class="notice verify-seen" id="verify-newer">
                { i18n.t_with("verify-seen-newer", &[("previous", &previous_highest.to_string())]) }
            </p>
        },
        VersionVerdict::FirstTime | VersionVerdict::Same => Html::default(),
    };
    html! {
        <>
            { key }
            { version }
            if let Some(message_id) = save_error {
                <div class="notice notice-warning" role="alert">
                    <p><strong>{ i18n.t("verify-seen-not-saved") }</strong>{ " " }{ i18n.t(message_id) }</p>
                </div>
            }
        </>
    }
}

/// Every warning of the document, translated, with where it is in small print.
fn warnings(i18n: &I18n, verification: &Verification) -> Html {
    let warnings = verification.document.warnings();
    if warnings.is_empty() {
        return Html::default();
    }
    html! {
        <section class="verify-warnings" aria-labelledby="verify-warnings-title" id="verify-warnings">
            <Heading level={3} id="verify-warnings-title">{ i18n.t("verify-warnings-title") }</Heading>
            <ul>
                { for warnings.iter().map(|warning| html! {
                    <li data-message-id={warning.message_id()}>
                        { i18n.t(warning.message_id()) }
                        <br />
                        <small class="verify-where">{ i18n.t_with("verify-where", &[("path", &warning.path)]) }</small>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Whose plan, made when, for whom, which parts, who helped, which version.
fn facts(i18n: &I18n, local_time: LocalTime, verification: &Verification) -> Html {
    let document = &verification.document;
    let plan = document.plan();
    let owner = if plan.owner.name.is_blank() {
        i18n.t("verify-owner-unnamed")
    } else {
        AttrValue::from(plan.owner.name.as_str().to_owned())
    };
    let recipients: Vec<String> = document
        .recipients()
        .iter()
        .map(|recipient| {
            described(
                i18n,
                recipient.name.as_str(),
                recipient.role.as_ref(),
                recipient.organisation.as_str(),
            )
        })
        .collect();
    let helpers: Vec<String> = plan
        .meta
        .helpers
        .iter()
        .map(|helper| {
            described(
                i18n,
                helper.name.as_str(),
                helper.role.as_ref(),
                helper.organisation.as_str(),
            )
        })
        .collect();
    html! {
        <dl class="verify-facts">
            <dt>{ i18n.t("verify-fact-owner") }</dt>
            <dd id="verify-owner">{ owner }</dd>
            <dt>{ i18n.t("verify-fact-made-on") }</dt>
            <dd id="verify-made-on">{ local_time.date_time(i18n.language, document.valid_from()) }</dd>
            <dt>{ i18n.t("verify-fact-recipients") }</dt>
            <dd id="verify-recipients">{ list_or(i18n, &recipients, "verify-recipients-none") }</dd>
            <dt>{ i18n.t("verify-fact-sections") }</dt>
            <dd>
                <ul id="verify-sections">
                    { for document.sections().iter().map(|section| html! {
                        <li>{ section_label(i18n, section) }</li>
                    }) }
                </ul>
            </dd>
            <dt>{ i18n.t("verify-fact-helpers") }</dt>
            <dd id="verify-helpers">{ list_or(i18n, &helpers, "verify-helpers-none") }</dd>
            <dt>{ i18n.t("verify-fact-version") }</dt>
            <dd id="verify-version">{ plan.plan_version.to_string() }</dd>
        </dl>
    }
}

/// The consent the document was shared under.
fn consent(i18n: &I18n, verification: &Verification) -> Html {
    let consent = verification.document.sharing_consent();
    let rows: Vec<(&str, String)> = [
        (
            "verify-consent-statement",
            consent.statement.as_str().to_owned(),
        ),
        (
            "verify-consent-given-on",
            consent
                .given_on
                .as_ref()
                .map(|d| dates::long_date(i18n.language, d))
                .unwrap_or_default(),
        ),
        (
            "verify-consent-valid-until",
            consent
                .valid_until
                .as_ref()
                .map(|d| dates::long_date(i18n.language, d))
                .unwrap_or_default(),
        ),
        (
            "verify-consent-conditions",
            consent.conditions.as_str().to_owned(),
        ),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .collect();
    html! {
        <section class="verify-consent" aria-labelledby="verify-consent-title" id="verify-consent">
            <Heading level={3} id="verify-consent-title">{ i18n.t("verify-consent-title") }</Heading>
            if rows.is_empty() {
                <p>{ i18n.t("verify-consent-none") }</p>
            } else {
                <dl class="verify-facts">
                    { for rows.into_iter().map(|(label_id, value)| html! {
                        <><dt>{ i18n.t(label_id) }</dt><dd>{ value }</dd></>
                    }) }
                </dl>
            }
        </section>
    }
}

/// The repeated line on every printed page: the key, whose plan, which version, when checked.
pub fn print_running_line(i18n: &I18n, step: &VerifyStep) -> Html {
    let VerifyStep::Verified(verification) = step else {
        return Html::default();
    };
    let plan = verification.document.plan();
    let fingerprint = verification.document.fingerprint().to_string();
    let version = plan.plan_version.to_string();
    let line = i18n.t_with(
        "verify-print-running",
        &[
            ("name", plan.owner.name.as_str()),
            ("version", &version),
            ("fingerprint", &fingerprint),
        ],
    );
    html! { <p class="print-running" aria-hidden="true">{ line }</p> }
}

/// Which date is which, in one line under the verdict: when the file was signed, and until when
/// the person's consent holds (or the file says it is valid), each in words and local time.
fn dates_summary(i18n: &I18n, local_time: LocalTime, verification: &Verification) -> Html {
    let document = &verification.document;
    let signed = i18n.t_with(
        "verify-dates-signed",
        &[(
            "date",
            &local_time.date_time(i18n.language, document.valid_from()),
        )],
    );
    let until = match (
        document.sharing_consent().valid_until.as_ref(),
        document.valid_until(),
    ) {
        (Some(day), _) => dates::long_date(i18n.language, day),
        (None, Some(at)) => local_time.date(i18n.language, at),
        (None, None) => String::new(),
    };
    let line = if until.is_empty() {
        signed.to_string()
    } else {
        format!(
            "{signed} · {}",
            i18n.t_with("verify-dates-valid-until", &[("date", &until)])
        )
    };
    html! { <p class="verify-dates" id="verify-dates">{ line }</p> }
}

/// A person as "Name (role, organisation)", leaving out what is not given.
fn described(i18n: &I18n, name: &str, role: Option<&Role>, organisation: &str) -> String {
    let role = role.map(|role| role_label(i18n, role).to_string());
    let details: Vec<&str> = [role.as_deref().unwrap_or(""), organisation]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect();
    match (name.trim().is_empty(), details.is_empty()) {
        (false, true) => name.to_owned(),
        (false, false) => format!("{name} ({})", details.join(", ")),
        (true, _) => details.join(", "),
    }
}

fn list_or(i18n: &I18n, items: &[String], none_id: &str) -> Html {
    let items: Vec<&String> = items.iter().filter(|item| !item.is_empty()).collect();
    if items.is_empty() {
        return html! { { i18n.t(none_id) } };
    }
    html! { <ul>{ for items.into_iter().map(|item| html! { <li>{ item.clone() }</li> }) }</ul> }
}

/// The translated name of a section (the same labels the share view offers).
pub fn section_label(i18n: &I18n, section: &Section) -> AttrValue {
    i18n.t(section.label_id())
}

/// The translated name of a role, or the person's own words for a typed one.
fn role_label(i18n: &I18n, role: &Role) -> AttrValue {
    match role {
        Role::Typed(text) => AttrValue::from(text.as_str().to_owned()),
        picked => picked
            .label_id()
            .map_or_else(AttrValue::default, |label_id| i18n.t(label_id)),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::state::seen_keys::SeenKeys;
    use crate::state::verify::{VerifyAction, VerifyState};
    use ownplan_core::plan::Date;

    /// The verification of the signed example for the GP: signed 2026-11-22T10:00:00Z, consent
    /// given 2026-09-14 and valid until 2027-09-13.
    fn verified_gp() -> Rc<Verification> {
        let mut state = VerifyState::default();
        state.apply(VerifyAction::CheckFile {
            file_name: "export-gp.json".into(),
            bytes: include_bytes!("../../../examples/export-gp.json").to_vec(),
            today: Date::parse("2026-12-01").ok(),
            remembered: Ok(SeenKeys::default()),
        });
        match state.step {
            VerifyStep::Verified(verification) => verification,
            other => panic!("not verified: {other:?}"),
        }
    }

    #[derive(Properties, PartialEq)]
    struct HarnessProps {
        language: Language,
        verification: Rc<Verification>,
    }

    #[component]
    fn Harness(props: &HarnessProps) -> Html {
        html! {
            <ContextProvider<I18n> context={I18n { language: props.language }}>
                <VerifiedResult verification={props.verification.clone()} on_accept_new_key={Callback::noop()} />
            </ContextProvider<I18n>>
        }
    }

    async fn render(language: Language) -> String {
        yew::LocalServerRenderer::<Harness>::with_props(HarnessProps {
            language,
            verification: verified_gp(),
        })
        .hydratable(false)
        .render()
        .await
    }

    #[tokio::test]
    async fn the_verify_result_shows_dates_in_words_without_iso_or_utc() {
        let iso = regex::Regex::new(r"\b\d{4}-\d{2}-\d{2}").unwrap();
        for language in Language::ALL {
            let html = render(language).await;
            assert!(!iso.is_match(&html), "{language:?}: {html}");
            assert!(!html.contains("UTC"), "{language:?}: {html}");
            assert!(html.contains(r#"id="verify-dates""#), "{html}");
        }
        // Rendered natively the device's offset is unknown, so the moment shows as at UTC.
        let html = render(Language::NorwegianBokmal).await;
        assert!(html.contains("22. november 2026 kl. 10:00"), "{html}");
        assert!(html.contains("13. september 2027"), "{html}");
        assert!(html.contains("14. september 2026"), "{html}");
        let html = render(Language::English).await;
        assert!(html.contains("22 November 2026 at 10:00"), "{html}");
        assert!(html.contains("13 September 2027"), "{html}");
    }

    #[tokio::test]
    async fn the_summary_line_says_which_date_is_which() {
        let language = Language::NorwegianNynorsk;
        let html = render(language).await;
        let signed = crate::i18n::translate_with(
            language,
            "verify-dates-signed",
            &[("date", "22. november 2026 kl. 10:00")],
        );
        let until = crate::i18n::translate_with(
            language,
            "verify-dates-valid-until",
            &[("date", "13. september 2027")],
        );
        assert!(html.contains(&format!("{signed} · {until}")), "{html}");
    }
}
