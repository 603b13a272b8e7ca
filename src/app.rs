//! The application root: the routes, the page switch, and the shell every page sits in.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::embed::EmbedOptions;

use crate::components::{
    FullModule, MainNav, NeedsMessages, PeerBanner, SaveStatusBar, SiteFooter, StatusNotice,
    UndoNotice,
};
use crate::hooks::use_page::use_view_change;
use crate::hooks::{I18n, PlanStore, use_plan_store, use_preferences};
use crate::i18n::{Language, MessagePart};
use crate::pages;
use crate::state::plan_part::{CrisisPart, Part, PartStep, PlanPart};

/// Every view of the widget. Routes live in the URL fragment (`#/plan`), so the widget works
/// from any static host and from a file without server rewrites.
#[derive(Clone, Copy, Debug, Routable, PartialEq, Eq)]
pub enum Route {
    /// Where am I with my plan.
    #[at("/")]
    Home,
    /// The individual plan.
    #[at("/plan")]
    Plan,
    /// About me.
    #[at("/plan/about")]
    PlanAbout,
    /// Goals.
    #[at("/plan/goals")]
    PlanGoals,
    /// Resources and needs.
    #[at("/plan/resources")]
    PlanResources,
    /// Measures and services.
    #[at("/plan/measures")]
    PlanMeasures,
    /// Contributions and cooperation.
    #[at("/plan/contributions")]
    PlanContributions,
    /// Agreements from meetings.
    #[at("/plan/agreements")]
    PlanAgreements,
    /// Appointments and meetings.
    #[at("/plan/appointments")]
    PlanAppointments,
    /// Plan period, review and revision log.
    #[at("/plan/period")]
    PlanPeriod,
    /// Consent.
    #[at("/plan/consent")]
    PlanConsent,
    /// Backup and restore.
    #[at("/backup")]
    Backup,
    /// The crisis plan.
    #[at("/crisis")]
    Crisis,
    /// Warning signs.
    #[at("/crisis/signs")]
    CrisisSigns,
    /// Triggers, what I do, what helps and what does not.
    #[at("/crisis/helps")]
    CrisisHelps,
    /// What makes life worth living.
    #[at("/crisis/reasons")]
    CrisisReasons,
    /// Making my surroundings safer.
    #[at("/crisis/safer")]
    CrisisSafer,
    /// The message that asks for help.
    #[at("/crisis/message")]
    CrisisMessage,
    /// How to meet me.
    #[at("/crisis/meet")]
    CrisisMeet,
    /// Who to call, who not, services and crisis lines.
    #[at("/crisis/contacts")]
    CrisisContacts,
    /// User-controlled admission.
    #[at("/crisis/admission")]
    CrisisAdmission,
    /// Treatment wishes.
    #[at("/crisis/treatment")]
    CrisisTreatment,
    /// Practical matters.
    #[at("/crisis/practical")]
    CrisisPractical,
    /// After the crisis.
    #[at("/crisis/after")]
    CrisisAfter,
    /// The crisis card.
    #[at("/crisis/card")]
    CrisisCard,
    /// The crisis card as a folded wallet card.
    #[at("/crisis/wallet")]
    CrisisWallet,
    /// The whole plan, for printing.
    #[at("/print")]
    PrintPlan,
    /// The people and services around the person.
    #[at("/network")]
    Network,
    /// Sign and export for chosen professionals.
    #[at("/share")]
    Share,
    /// Check a plan someone received.
    #[at("/verify")]
    Verify,
    /// The person's signing key: fingerprint, QR code, a new key.
    #[at("/key")]
    Key,
    /// The guided mode: one question per screen.
    #[at("/guide")]
    Guide,
    /// Peer-worker mode: hand everything to the person and wipe this tab.
    #[at("/finish")]
    Finish,
    /// Any address the widget does not know.
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// The routes shown in the person's main navigation, in order. Checking a plan is for
    /// professionals and is reached from the footer.
    pub const NAVIGATION: [Route; 5] = [
        Route::Home,
        Route::Plan,
        Route::Crisis,
        Route::Network,
        Route::Share,
    ];

    /// The parts of the crisis plan, in order, with the key of their messages (the order is
    /// [`CrisisPart::ALL`]'s).
    pub const CRISIS_PARTS: [(Route, &'static str); 11] = {
        let mut parts = [(Route::Crisis, ""); 11];
        let mut at = 0;
        while at < parts.len() {
            let part = CrisisPart::ALL[at];
            parts[at] = (Route::crisis_part(part), part.key());
            at += 1;
        }
        parts
    };

    /// The view of a part of the crisis plan. Exhaustive, so a new part does not compile
    /// without its route.
    pub const fn crisis_part(part: CrisisPart) -> Route {
        match part {
            CrisisPart::Signs => Route::CrisisSigns,
            CrisisPart::Helps => Route::CrisisHelps,
            CrisisPart::Reasons => Route::CrisisReasons,
            CrisisPart::Safer => Route::CrisisSafer,
            CrisisPart::Message => Route::CrisisMessage,
            CrisisPart::Meet => Route::CrisisMeet,
            CrisisPart::Contacts => Route::CrisisContacts,
            CrisisPart::Admission => Route::CrisisAdmission,
            CrisisPart::Treatment => Route::CrisisTreatment,
            CrisisPart::Practical => Route::CrisisPractical,
            CrisisPart::After => Route::CrisisAfter,
        }
    }

    /// The navigation entry this view belongs to (a part of the plan belongs to the plan).
    pub fn nav_section(self) -> Route {
        match self {
            Route::PlanAbout
            | Route::PlanGoals
            | Route::PlanResources
            | Route::PlanMeasures
            | Route::PlanContributions
            | Route::PlanAgreements
            | Route::PlanAppointments
            | Route::PlanPeriod
            | Route::PlanConsent => Route::Plan,
            Route::Backup | Route::PrintPlan => Route::Home,
            Route::Key => Route::Share,
            Route::Guide | Route::Finish => Route::Home,
            Route::CrisisSigns
            | Route::CrisisHelps
            | Route::CrisisReasons
            | Route::CrisisSafer
            | Route::CrisisMessage
            | Route::CrisisMeet
            | Route::CrisisContacts
            | Route::CrisisAdmission
            | Route::CrisisTreatment
            | Route::CrisisPractical
            | Route::CrisisAfter
            | Route::CrisisCard
            | Route::CrisisWallet => Route::Crisis,
            other => other,
        }
    }

    /// The message id of this route's name in the navigation.
    pub fn nav_label_id(self) -> &'static str {
        match self {
            Route::Home => "nav-home",
            Route::Plan => "nav-plan",
            Route::Crisis => "nav-crisis",
            Route::Network => "nav-network",
            Route::Share => "nav-share",
            Route::Verify => "nav-verify",
            Route::Key => "page-key-title",
            Route::Guide => "page-guide-title",
            Route::Finish => "page-finish-title",
            Route::NotFound => "not-found-title",
            Route::Backup => "page-backup-title",
            Route::PlanAbout => "page-about-title",
            Route::PlanGoals => "page-goals-title",
            Route::PlanResources => "page-resources-title",
            Route::PlanMeasures => "page-measures-title",
            Route::PlanContributions => "page-contributions-title",
            Route::PlanAgreements => "page-agreements-title",
            Route::PlanAppointments => "page-appointments-title",
            Route::PlanPeriod => "page-period-title",
            Route::PlanConsent => "page-consent-title",
            Route::CrisisSigns => "page-signs-title",
            Route::CrisisHelps => "page-helps-title",
            Route::CrisisReasons => "page-reasons-title",
            Route::CrisisSafer => "page-safer-title",
            Route::CrisisMessage => "page-message-title",
            Route::CrisisMeet => "page-meet-title",
            Route::CrisisContacts => "page-contacts-title",
            Route::CrisisAdmission => "page-admission-title",
            Route::CrisisTreatment => "page-treatment-title",
            Route::CrisisPractical => "page-practical-title",
            Route::CrisisAfter => "page-after-title",
            Route::CrisisCard => "card-title",
            Route::CrisisWallet => "wallet-title",
            Route::PrintPlan => "print-title",
        }
    }
}

/// Each part of the individual plan has its own view. Exhaustive, so a new part does not compile
/// without its route.
impl From<PlanPart> for Route {
    fn from(part: PlanPart) -> Route {
        match part {
            PlanPart::About => Route::PlanAbout,
            PlanPart::Goals => Route::PlanGoals,
            PlanPart::Resources => Route::PlanResources,
            PlanPart::Measures => Route::PlanMeasures,
            PlanPart::Network => Route::Network,
            PlanPart::Contributions => Route::PlanContributions,
            PlanPart::Agreements => Route::PlanAgreements,
            PlanPart::Appointments => Route::PlanAppointments,
            PlanPart::Period => Route::PlanPeriod,
            PlanPart::Consent => Route::PlanConsent,
        }
    }
}

/// Where "previous" and "next" at the end of a part lead.
impl From<PartStep> for Route {
    fn from(step: PartStep) -> Route {
        match step {
            PartStep::Part(Part::Plan(part)) => Route::from(part),
            PartStep::Part(Part::Crisis(part)) => Route::crisis_part(part),
            PartStep::PlanOverview => Route::Plan,
            PartStep::CrisisOverview => Route::Crisis,
            PartStep::CrisisCard => Route::CrisisCard,
            PartStep::Share => Route::Share,
        }
    }
}

/// The first module's own views: a first visit's overview, and "not found". Everything else
/// comes with the full module, which the first module fetches in the background once the
/// overview is showing (`services::full_module::preload`), so a first visit downloads about a
/// quarter of a megabyte before the person can read and tap. `None` for the others.
fn first_module_views(route: Route) -> Option<Html> {
    match route {
        Route::Home => Some(html! { <FirstModuleHome /> }),
        Route::NotFound => Some(html! { <pages::NotFoundPage /> }),
        _ => None,
    }
}

/// The views of the first module: [`first_module_views`]. Any other view shows its heading and
/// "Opening …" while the full module is fetched (`components::FullModule`).
fn first_views(route: Route) -> Html {
    first_module_views(route)
        .unwrap_or_else(|| html! { <FullModule {route} title_id={route.nav_label_id()} /> })
}

/// The overview in the first module: a first visit's, which needs no plan, when the device holds
/// nothing of the person's (looked at once, when the overview opens); else the full module's,
/// which reads what is stored.
#[component]
fn FirstModuleHome() -> Html {
    let nothing_stored = *use_state(crate::services::plan_store::surely_nothing_stored);
    if nothing_stored {
        html! { <pages::HomePage /> }
    } else {
        // The overview's heading is its own, not its name in the navigation.
        html! { <FullModule route={Route::Home} title_id="home-title" /> }
    }
}

/// Every view: the full module's (and the native tests').
fn full_views(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::HomePage /> },
        Route::NotFound => html! { <pages::NotFoundPage /> },
        Route::Plan => html! { <pages::PlanPage /> },
        Route::PlanAbout => html! { <pages::AboutPage /> },
        Route::PlanGoals => html! { <pages::GoalsPage /> },
        Route::PlanResources => html! { <pages::ResourcesPage /> },
        Route::PlanMeasures => html! { <pages::MeasuresPage /> },
        Route::PlanContributions => html! { <pages::ContributionsPage /> },
        Route::PlanAgreements => html! { <pages::AgreementsPage /> },
        Route::PlanAppointments => html! { <pages::AppointmentsPage /> },
        Route::PlanPeriod => html! { <pages::PeriodPage /> },
        Route::PlanConsent => html! { <pages::ConsentPage /> },
        Route::Crisis => html! { <pages::CrisisPage /> },
        Route::CrisisSigns => html! { <pages::SignsPage /> },
        Route::CrisisHelps => html! { <pages::HelpsPage /> },
        Route::CrisisReasons => html! { <pages::ReasonsPage /> },
        Route::CrisisSafer => html! { <pages::SaferPage /> },
        Route::CrisisMessage => html! { <pages::HelpMessagePage /> },
        Route::CrisisMeet => html! { <pages::MeetPage /> },
        Route::CrisisContacts => html! { <pages::ContactsPage /> },
        Route::CrisisAdmission => html! { <pages::AdmissionPage /> },
        Route::CrisisTreatment => html! { <pages::TreatmentPage /> },
        Route::CrisisPractical => html! { <pages::PracticalPage /> },
        Route::CrisisAfter => html! { <pages::AfterPage /> },
        Route::CrisisCard => html! { <pages::CrisisCardPage /> },
        Route::CrisisWallet => html! { <pages::WalletCardPage /> },
        Route::Network => html! { <pages::NetworkPage /> },
        Route::Backup => html! {
            <NeedsMessages parts={&[MessagePart::Backup, MessagePart::Restore][..]} title_id={Route::Backup.nav_label_id()}><pages::BackupPage /></NeedsMessages>
        },
        Route::PrintPlan => html! { <pages::PrintPage /> },
        Route::Share => html! {
            <NeedsMessages parts={&[MessagePart::Share, MessagePart::Checks][..]} title_id={Route::Share.nav_label_id()}><pages::SharePage /></NeedsMessages>
        },
        Route::Verify => html! {
            <NeedsMessages parts={&[MessagePart::Verify, MessagePart::Restore, MessagePart::Checks][..]} title_id={Route::Verify.nav_label_id()}><pages::VerifyPage /></NeedsMessages>
        },
        Route::Key => html! {
            <NeedsMessages parts={&[MessagePart::Key][..]} title_id={Route::Key.nav_label_id()}><pages::KeyPage /></NeedsMessages>
        },
        Route::Guide => html! {
            <NeedsMessages parts={&[MessagePart::Guide][..]} title_id={Route::Guide.nav_label_id()}><pages::GuidePage /></NeedsMessages>
        },
        Route::Finish => html! {
            <NeedsMessages parts={&[MessagePart::Finish, MessagePart::Backup][..]} title_id={Route::Finish.nav_label_id()}><pages::FinishPage /></NeedsMessages>
        },
    }
}

/// Which views a module renders, and whether it keeps the plan: [`Views::FIRST`] in the first
/// module (the widget's first load: a first visit's overview, no plan store and no saving status
/// or "undo", so the plan's reading, editing, saving and writing code is not part of the first
/// load), [`Views::FULL`] in the full module. A module refers only to its own functions, so the
/// link-time optimizer leaves the other views, and in the first module the plan store, out.
#[derive(Clone, Copy)]
pub struct Views {
    render: fn(Route) -> Html,
    with_plan: fn(Language, Html) -> Html,
    save_status: fn() -> Html,
    undo_notice: fn() -> Html,
}

impl Views {
    /// The first module's views (`first_views`), without the plan store.
    pub const FIRST: Views = Views {
        render: first_views,
        with_plan: without_plan_store,
        save_status: Html::default,
        undo_notice: Html::default,
    };
    /// Every view (`full_views`), with the plan store, where saving stands and "undo".
    pub const FULL: Views = Views {
        render: full_views,
        with_plan: with_plan_store,
        save_status: || html! { <SaveStatusBar /> },
        undo_notice: || html! { <UndoNotice /> },
    };

    fn render(self, route: Route) -> Html {
        (self.render)(route)
    }
}

/// A module's views never change while its app runs, so there is nothing to compare (and
/// comparing function addresses would not be meaningful).
impl PartialEq for Views {
    fn eq(&self, _: &Views) -> bool {
        true
    }
}

fn with_plan_store(initial_language: Language, children: Html) -> Html {
    html! { <PlanStoreProvider {initial_language}>{ children }</PlanStoreProvider> }
}

fn without_plan_store(_: Language, children: Html) -> Html {
    children
}

/// Properties of [`PlanStoreProvider`].
#[derive(Properties, PartialEq)]
struct PlanStoreProviderProps {
    initial_language: Language,
    children: Html,
}

/// Reads the plan from the device, keeps it and saves it (`hooks::use_plan_store`), for every
/// component below (`hooks::use_plan`). Only the views that change with the plan render again
/// when it changes.
#[component]
fn PlanStoreProvider(props: &PlanStoreProviderProps) -> Html {
    let plan_store = use_plan_store(props.initial_language);
    html! {
        <ContextProvider<PlanStore> context={plan_store}>{ props.children.clone() }</ContextProvider<PlanStore>>
    }
}

/// Where the widget runs, and what a host portal gave it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Embedding {
    /// Mounted into a host page (routes in memory, the host's address and title untouched).
    pub embedded: bool,
    /// The host's options (language, namespace, local service directory).
    pub options: Rc<EmbedOptions>,
}

/// Properties of [`App`] and [`Shell`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The language to start in (from the device, decided by `main.rs` before the first render).
    pub initial_language: Language,
    /// Where the widget runs and what the host gave it.
    #[prop_or_default]
    pub embedding: Embedding,
    /// The views this module has.
    pub views: Views,
    /// The view to open first when routes live in memory (embedded); else the start view.
    #[prop_or_default]
    pub initial_path: Option<AttrValue>,
}

/// The widget as the browser runs it: the shell inside a router on the URL fragment when it has
/// the page to itself, or on a memory history when embedded (the host's address is the host's).
#[component]
pub fn App(props: &AppProps) -> Html {
    let shell = html! {
        <Shell initial_language={props.initial_language} embedding={props.embedding.clone()} views={props.views} />
    };
    if props.embedding.embedded {
        let memory = MemoryHistory::new();
        if let Some(path) = &props.initial_path {
            memory.replace(path.as_str());
        }
        let history = AnyHistory::from(memory);
        html! { <Router {history}>{ shell }</Router> }
    } else {
        html! { <HashRouter>{ shell }</HashRouter> }
    }
}

/// The shell: a compact header with the crisis card button (kept in view), the person's
/// navigation, the current page and the footer (language, checking a plan), with the
/// translation context around them. Needs a router above it (the browser's, or a memory router in tests).
#[component]
pub fn Shell(props: &AppProps) -> Html {
    let preferences = use_preferences(props.initial_language);
    let i18n = I18n {
        language: preferences.language,
    };
    // A new view gets its title, and (after the first) the focus on its heading at the top.
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    use_view_change(route, view_title(&i18n, route));
    let notice = match (&preferences.messages_error, &preferences.storage_error) {
        (Some(error), _) => Some(html! { <StatusNotice message_id={error.message_id()} /> }),
        (None, Some(error)) => Some(
            html! { <StatusNotice message_id="notice-language-not-remembered" detail_id={error.message_id()} /> },
        ),
        (None, None) => None,
    };

    let views = props.views;
    let main_tag = if props.embedding.embedded {
        "div"
    } else {
        "main"
    };
    let shell = html! {
            <div class={classes!("shell", props.embedding.embedded.then_some("shell-embedded"))}>
                <header class="site-header">
                    <div class="brand">
                        <BrandMark />
                        <span class="brand-name">{ i18n.t("app-title") }</span>
                    </div>
                    // The way to the crisis card stays in this bar, which stays at the top of the
                    // screen while the page scrolls (static/app.css), so it is one tap away
                    // wherever the person is.
                    <Link<Route> to={Route::CrisisCard} classes="crisis-button">
                        { i18n.t("card-button") }
                    </Link<Route>>
                </header>
                <PeerBanner />
                <MainNav />
                { for notice }
                { (views.save_status)() }
                // In a host page the host has the one `main` landmark; the widget is a region of it.
                <@{main_tag} id="ownplan-main" class="page" tabindex="-1">
                    <Switch<Route> render={move |route| views.render(route)} />
                </@>
                // Shown at the bottom of the screen (static/app.css), and next after the view
                // for the keyboard, so "undo" is where the person is, a few Tabs away.
                { (views.undo_notice)() }
                <SiteFooter
                    language={preferences.language}
                    on_choose_language={preferences.choose_language.clone()}
                />
            </div>
    };
    html! {
        <ContextProvider<I18n> context={i18n}>
        <ContextProvider<Embedding> context={props.embedding.clone()}>
            { (views.with_plan)(props.initial_language, shell) }
        </ContextProvider<Embedding>>
        </ContextProvider<I18n>>
    }
}

/// The document title of a view, in the person's language: "<view> – <app name>"; the overview
/// is the app's name alone (it is the person's plan itself).
fn view_title(i18n: &I18n, route: Route) -> AttrValue {
    if route == Route::Home {
        return i18n.t("app-title");
    }
    i18n.t_with("view-title", &[("view", &i18n.t(route.nav_label_id()))])
}

/// The product's mark (the same drawing as `static/icon.svg`), inline so it shows wherever the
/// widget runs, also in a host page whose address is not the widget's. Decorative.
#[component]
fn BrandMark() -> Html {
    html! {
        <svg class="brand-mark" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
            <rect width="64" height="64" rx="14" fill="#1f5f5b" />
            <path d="M18 12h20l10 10v30a2 2 0 0 1-2 2H18a2 2 0 0 1-2-2V14a2 2 0 0 1 2-2z" fill="#fdfbf7" />
            <path d="M38 12v10h10" fill="#cfe3df" />
            <path d="M23 36l6 6 12-13" fill="none" stroke="#1f5f5b" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
