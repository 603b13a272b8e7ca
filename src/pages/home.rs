//! The home view: "where am I with my plan". On a first visit it explains in two sentences
//! what this is and that everything stays on this device; later it shows the next appointment,
//! the review date, agreements that are due or overdue, and which parts are still empty.
//! Everyone is offered the step-by-step (guided) mode near the top.
//! It also offers peer-worker mode ("I am helping someone on a shared computer"): near the top on
//! a first visit; once there is a plan (perhaps another visitor's, on a shared computer), a quiet
//! one-line way to it right under the title, and the choice itself at the end, so the visitor's
//! overview is not pushed down.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::{PeerModeHandle, use_focus, use_i18n, use_peer_mode, use_plan, use_today};
use crate::state::overview::{Overview, overview};

/// The home view.
#[component]
pub fn HomePage() -> Html {
    let i18n = use_i18n();
    let store = use_plan();
    let today = use_today();
    let facts = match (&store, &today) {
        (Some(store), Some(today)) => Some(overview(store.plan(), today)),
        _ => None,
    };
    let first_visit = facts.as_ref().is_none_or(|f| f.is_blank);
    let peer = use_peer_mode();
    let peer_choice = (!peer.active).then(|| peer_mode_choice(&i18n, &peer, !first_visit));
    // The way to the choice at the end: it takes the focus there (and scrolls to it).
    let focus = use_focus();
    let to_peer_choice = Callback::from(move |_: MouseEvent| {
        focus.emit(AttrValue::Static("peer-choice-title"));
    });
    html! {
        <section class="home" aria-labelledby="page-title">
            <Heading level={1} id="page-title">{ i18n.t("home-title") }</Heading>
            // Always the same element, so what appears inside it once the plan is read is not
            // inserted next to the reminder component's nodes.
            <div class="peer-jump">
                if !first_visit && !peer.active {
                    <button type="button" class="button button-quiet" id="peer-jump" onclick={to_peer_choice}>
                        { i18n.t("home-peer-jump") }
                    </button>
                }
            </div>
            <crate::components::BackupReminder />
            if first_visit {
                <p class="intro">{ i18n.t(if peer.active { "home-intro-peer" } else { "home-intro" }) }</p>
                <Link<Route> to={Route::PlanAbout} classes="button button-primary">
                    { i18n.t("home-start") }
                </Link<Route>>
            }
            // The step-by-step way is for everyone, so it comes before the choice for helpers.
            <Link<Route> to={Route::Guide} classes="button guide-home-link">{ i18n.t("guide-home-link") }</Link<Route>>
            if first_visit {
                { peer_choice.clone().unwrap_or_default() }
            }
            if let Some(facts) = facts.filter(|f| !f.is_blank) {
                { status_cards(&i18n, &facts) }
            }
            <Heading level={2}>{ i18n.t("home-parts-heading") }</Heading>
            <ul class="part-list">
                { for [(Route::Plan, "home-part-plan"), (Route::Crisis, "home-part-crisis"), (Route::Network, "home-part-network"), (Route::Share, "home-part-share"), (Route::Key, "home-part-key"), (Route::Verify, "home-part-verify"), (Route::Backup, "home-part-backup")].into_iter().map(|(route, explanation_id)| html! {
                    <li class="part">
                        <Link<Route> to={route} classes="part-link">{ i18n.t(route.nav_label_id()) }</Link<Route>>
                        <p>{ i18n.t(explanation_id) }</p>
                    </li>
                }) }
            </ul>
            if !first_visit {
                { peer_choice.unwrap_or_default() }
            }
        </section>
    }
}

/// "I am helping someone on a shared computer": starts peer-worker mode in this tab. A plan
/// already on this device is left as it is (peer-worker mode starts a new, empty one).
fn peer_mode_choice(i18n: &crate::hooks::I18n, peer: &PeerModeHandle, has_plan: bool) -> Html {
    let start = {
        let start = peer.start.clone();
        let language = i18n.language;
        Callback::from(move |_: MouseEvent| start.emit(language))
    };
    html! {
        <section class="peer-choice" aria-labelledby="peer-choice-title">
            <Heading level={2} id="peer-choice-title" tabindex="-1">{ i18n.t("home-peer-title") }</Heading>
            <p>{ i18n.t("home-peer-explain") }</p>
            if has_plan {
                <p id="peer-choice-existing">{ i18n.t("home-peer-existing") }</p>
            }
            <button type="button" class="button" id="peer-start" onclick={start}>{ i18n.t("home-peer-start") }</button>
            if let Some(error) = peer.start_error {
                <p class="notice notice-warning" role="alert" id="peer-start-error">
                    { i18n.t("home-peer-start-failed") }{ " " }{ i18n.t(error.message_id()) }
                </p>
            }
        </section>
    }
}

fn status_cards(i18n: &crate::hooks::I18n, facts: &Overview<'_>) -> Html {
    let appointment = match facts.next_appointment {
        Some(a) => {
            let when = format!(
                "{} {}",
                a.date
                    .as_ref()
                    .map(|d| crate::state::dates::long_date(i18n.language, d))
                    .unwrap_or_default(),
                a.time.as_ref().map(|t| t.as_str()).unwrap_or_default()
            );
            html! { <p>{ i18n.t_with("home-next-appointment", &[("what", a.what.as_str()), ("when", when.trim())]) }</p> }
        }
        None => html! { <p>{ i18n.t("home-no-appointment") }</p> },
    };
    let review = match facts.review {
        Some((date, true)) => {
            html! { <p class="is-due">{ i18n.t_with("home-review-passed", &[("date", &crate::state::dates::long_date(i18n.language, date))]) }</p> }
        }
        Some((date, false)) => {
            html! { <p>{ i18n.t_with("home-review-date", &[("date", &crate::state::dates::long_date(i18n.language, date))]) }</p> }
        }
        None => html! { <p>{ i18n.t("home-no-review-date") }</p> },
    };
    let agreement_line = |a: &&ownplan_core::plan::Agreement, id: &str| {
        let date = a
            .by_when
            .as_ref()
            .map(|d| crate::state::dates::long_date(i18n.language, d))
            .unwrap_or_default();
        html! { <li>{ i18n.t_with(id, &[("what", a.what.as_str()), ("date", &date)]) }</li> }
    };
    html! {
        <div class="overview">
            <div class="overview-card">
                <Heading level={2}>{ i18n.t("home-where-am-i") }</Heading>
                { appointment }
                { review }
            </div>
            if !facts.overdue_agreements.is_empty() || !facts.upcoming_agreements.is_empty() {
                <div class="overview-card">
                    <Heading level={2}>{ i18n.t("home-agreements") }</Heading>
                    <ul class="agreement-lines">
                        { for facts.overdue_agreements.iter().map(|a| agreement_line(a, "home-agreement-overdue")) }
                        { for facts.upcoming_agreements.iter().map(|a| agreement_line(a, "home-agreement-due")) }
                    </ul>
                    <Link<Route> to={Route::PlanAgreements}>{ i18n.t("home-see-agreements") }</Link<Route>>
                </div>
            }
            if !facts.empty_parts.is_empty() {
                <div class="overview-card">
                    <Heading level={2}>{ i18n.t("home-still-empty") }</Heading>
                    <p>{ i18n.t("home-still-empty-explain") }</p>
                    <ul class="empty-parts">
                        { for facts.empty_parts.iter().map(|part| html! {
                            <li><Link<Route> to={Route::from(*part)}>{ i18n.t(part.title_id()) }</Link<Route>></li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}
