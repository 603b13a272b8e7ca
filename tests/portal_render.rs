//! Tier 2 for issue 16 (fits any portal): rendered natively (Yew `ssr`), the widget takes its
//! place in a portal's outline (`headingLevel` shifts every heading, `navLabel` names its
//! navigation), offers no print button where printing would print the portal's whole page, and
//! shows the crisis plan's services (a portal's local services land there) on the crisis card
//! with their opening hours and notes.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use ownplan_core::plan::Plan;
use ownplan_web::app::{Embedding, Route, Shell};
use ownplan_web::components::PrintButton;
use ownplan_web::embed::EmbedOptions;
use ownplan_web::hooks::I18n;
use ownplan_web::hooks::use_plan::{PlanStore, Safety, SaveStatus};
use ownplan_web::i18n::{Language, translate, translate_with};
use ownplan_web::pages::{CrisisCardPage, WalletCardPage};
use ownplan_web::state::plan::PlanState;
use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
struct ShellProps {
    path: &'static str,
    embedding: Embedding,
}

#[component]
fn ShellAt(props: &ShellProps) -> Html {
    let history: AnyHistory = MemoryHistory::with_entries(vec![props.path]).into();
    html! {
        <Router history={history}>
            <Shell initial_language={Language::English} embedding={props.embedding.clone()} views={ownplan_web::app::Views::FULL} />
        </Router>
    }
}

async fn render(path: &'static str, embedding: Embedding) -> String {
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellProps { path, embedding })
        .hydratable(false)
        .render()
        .await
}

fn options(heading_level: Option<u8>, nav_label: Option<&str>) -> Rc<EmbedOptions> {
    Rc::new(EmbedOptions {
        heading_level,
        nav_label: nav_label.map(str::to_owned),
        ..EmbedOptions::default()
    })
}

fn en(id: &str) -> String {
    translate(Language::English, id)
}

/// Every view that has headings below its title, and the views that print.
const VIEWS: [&str; 12] = [
    "/",
    "/plan",
    "/plan/resources",
    "/plan/period",
    "/crisis",
    "/crisis/contacts",
    "/crisis/card",
    "/crisis/wallet",
    "/print",
    "/share",
    "/verify",
    "/backup",
];

/// The opening tags of the headings in `html`, in order (`<h2 id="page-title" data-level="1">`).
fn heading_tags(html: &str) -> Vec<String> {
    let pattern = regex::Regex::new(r"<h[1-6](?:\s[^>]*)?>").unwrap();
    pattern
        .find_iter(html)
        .map(|m| m.as_str().to_owned())
        .collect()
}

/// A heading's level and its attributes, sorted (Yew writes `class` last).
fn level_and_attributes(tag: &str) -> (u8, Vec<String>) {
    let level = tag[2..3].parse().unwrap();
    let attribute = regex::Regex::new(r#"[a-z-]+="[^"]*""#).unwrap();
    let mut attributes: Vec<String> = attribute
        .find_iter(tag)
        .map(|m| m.as_str().to_owned())
        .collect();
    attributes.sort();
    (level, attributes)
}

#[tokio::test]
async fn heading_level_two_shifts_every_heading_of_every_view_by_one() {
    for path in VIEWS {
        let plain = render(path, Embedding::default()).await;
        let shifted = render(
            path,
            Embedding {
                embedded: true,
                options: options(Some(2), None),
            },
        )
        .await;
        let plain_tags = heading_tags(&plain);
        let shifted_tags = heading_tags(&shifted);
        assert!(!plain_tags.is_empty(), "{path}: {plain}");
        assert!(!plain.contains("data-level"), "{path}: {plain}");
        assert!(!shifted.contains("<h1"), "{path}: {shifted}");
        assert_eq!(
            plain_tags.len(),
            shifted_tags.len(),
            "{path}: {plain_tags:?} {shifted_tags:?}"
        );
        for (before, after) in plain_tags.iter().zip(&shifted_tags) {
            // `<h2 id="x">` becomes `<h3 id="x" data-level="2">`: one deeper, the same ids,
            // classes and tabindex, and its level within the widget kept for the styles.
            let (level, mut attributes) = level_and_attributes(before);
            attributes.push(format!("data-level=\"{level}\""));
            attributes.sort();
            assert_eq!(
                level_and_attributes(after),
                (level + 1, attributes),
                "{path}: {before} {after}"
            );
        }
    }
    // The view's title is the heading the view change focuses.
    let shifted = render(
        "/plan/goals",
        Embedding {
            embedded: false,
            options: options(Some(2), None),
        },
    )
    .await;
    assert!(
        shifted.contains(r#"<h2 id="page-title" tabindex="-1" data-level="1">"#),
        "{shifted}"
    );
}

#[tokio::test]
async fn headings_never_go_deeper_than_six() {
    let html = render(
        "/",
        Embedding {
            embedded: true,
            options: options(Some(6), None),
        },
    )
    .await;
    let tags = heading_tags(&html);
    assert!(tags.iter().all(|tag| tag.starts_with("<h6")), "{tags:?}");
    assert!(
        html.contains(r#"<h6 id="page-title" data-level="1">"#),
        "{html}"
    );
    assert!(html.contains(r#"data-level="2""#), "{html}");
}

#[tokio::test]
async fn the_navigation_is_named_by_the_portal_or_in_the_widgets_own_words() {
    let named = render(
        "/",
        Embedding {
            embedded: true,
            options: options(None, Some("Min plan – meny")),
        },
    )
    .await;
    let nav_label = |html: &str| {
        let nav = html.split("<nav").nth(1).unwrap_or_default();
        let tag = nav.split('>').next().unwrap_or_default().to_owned();
        tag.split("aria-label=\"")
            .nth(1)
            .unwrap_or_default()
            .split('"')
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(nav_label(&named), "Min plan – meny", "{named}");
    let own = render("/", Embedding::default()).await;
    assert_eq!(nav_label(&own), en("nav-label"), "{own}");
}

#[tokio::test]
async fn in_a_portals_page_the_print_buttons_give_way_to_one_sentence() {
    for (path, id) in [
        ("/crisis/card", "card-print"),
        ("/crisis/wallet", "wallet-print"),
        ("/print", "print-now"),
    ] {
        let own = render(path, Embedding::default()).await;
        assert!(own.contains(&format!(r#"id="{id}""#)), "{path}: {own}");
        assert!(!own.contains(&en("print-in-page")), "{path}");
        let in_page = render(
            path,
            Embedding {
                embedded: true,
                options: Rc::default(),
            },
        )
        .await;
        assert!(
            !in_page.contains(&format!(r#"id="{id}""#)),
            "{path}: {in_page}"
        );
        assert!(
            in_page.contains(&format!(
                r#"<p id="{id}-in-page" class="print-in-page">{}</p>"#,
                en("print-in-page")
            )),
            "{path}: {in_page}"
        );
        // Nothing else on the view says to print.
        for words in ["print-whole-plan", "wallet-explain"] {
            assert!(!in_page.contains(&en(words)), "{path}: {words}");
        }
    }
}

#[derive(Properties, PartialEq)]
struct PrintButtonAtProps {
    embedded: bool,
}

#[component]
fn PrintButtonAt(props: &PrintButtonAtProps) -> Html {
    let embedding = Embedding {
        embedded: props.embedded,
        options: Rc::default(),
    };
    html! {
        <ContextProvider<I18n> context={I18n { language: Language::NorwegianNynorsk }}>
            <ContextProvider<Embedding> context={embedding}>
                <PrintButton id="share-print-0" label_id="share-print" in_page_id="share-print-in-page" onclick={Callback::noop()} />
                <PrintButton id="verify-print" label_id="verify-print" primary=true onclick={Callback::noop()} />
            </ContextProvider<Embedding>>
        </ContextProvider<I18n>>
    }
}

#[tokio::test]
async fn the_share_and_verify_print_buttons_give_way_in_a_portals_page_too() {
    let nn = |id| translate(Language::NorwegianNynorsk, id);
    let render = |embedded| {
        yew::LocalServerRenderer::<PrintButtonAt>::with_props(PrintButtonAtProps { embedded })
            .hydratable(false)
            .render()
    };
    let own = render(false).await;
    assert!(own.contains(r#"id="share-print-0""#), "{own}");
    assert!(own.contains(r#"id="verify-print""#), "{own}");
    assert!(!own.contains("print-in-page"), "{own}");
    let in_page = render(true).await;
    assert!(!in_page.contains("<button"), "{in_page}");
    assert!(
        in_page.contains(&format!(
            r#"<p id="share-print-0-in-page" class="print-in-page">{}</p>"#,
            nn("share-print-in-page")
        )),
        "{in_page}"
    );
    assert!(
        in_page.contains(&format!(
            r#"<p id="verify-print-in-page" class="print-in-page">{}</p>"#,
            nn("print-in-page")
        )),
        "{in_page}"
    );
}

/// A plan whose crisis plan has the services a person picked from a portal's directory.
fn plan_with_services() -> Plan {
    let mut plan: serde_json::Value =
        serde_json::from_str(include_str!("../examples/plan-full-nb.json")).unwrap();
    plan["crisisPlan"]["services"] = serde_json::json!([
                {
                    "id": "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000001",
                    "name": "Kriseteamet i Fjordvik",
                    "phone": "55 50 60 70",
                    "openingHours": "Hverdager 08–22",
                    "note": "Ring først"
                },
                {
                    "id": "urn:uuid:3f6c1e2a-8b4d-4c7e-9a1f-000000000002",
                    "name": "Legevakten i Fjordvik",
                    "phone": "116 117",
                    "openingHours": "Døgnåpent"
                }
    ]);
    serde_json::from_value(plan).expect("a plan with services")
}

#[derive(Properties, PartialEq)]
struct CardProps {
    wallet: bool,
}

#[component]
fn CardWithServices(props: &CardProps) -> Html {
    let state = use_reducer(|| PlanState::not_loaded(plan_with_services()));
    let store = PlanStore {
        state,
        status: SaveStatus::Saved,
        command: Callback::noop(),
        safety: Rc::new(Safety::default()),
        backup_command: Callback::noop(),
    };
    let history: AnyHistory = MemoryHistory::with_entries(vec![Route::CrisisCard.to_path()]).into();
    html! {
        <Router history={history}>
            <ContextProvider<I18n> context={I18n { language: Language::NorwegianBokmal }}>
                <ContextProvider<PlanStore> context={store}>
                    if props.wallet { <WalletCardPage /> } else { <CrisisCardPage /> }
                </ContextProvider<PlanStore>>
            </ContextProvider<I18n>>
        </Router>
    }
}

async fn card(wallet: bool) -> String {
    yew::LocalServerRenderer::<CardWithServices>::with_props(CardProps { wallet })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test]
async fn the_crisis_card_shows_the_services_with_their_opening_hours_and_notes() {
    let nb = |id, args: &[(&str, &str)]| translate_with(Language::NorwegianBokmal, id, args);
    let html = card(false).await;
    let services = html
        .split(r#"id="card-services""#)
        .nth(1)
        .expect("a services section on the card");
    assert!(
        services.contains(&translate(Language::NorwegianBokmal, "heading-services")),
        "{services}"
    );
    assert!(services.contains(r#"href="tel:55506070""#), "{services}");
    assert!(services.contains(r#"href="tel:116117""#), "{services}");
    for hours in ["Hverdager 08–22", "Døgnåpent"] {
        let line = nb("card-service-hours", &[("hours", hours)]);
        assert!(services.contains(&line), "{line}: {services}");
    }
    assert!(services.contains("Ring først"), "{services}");

    let wallet = card(true).await;
    assert!(wallet.contains("Kriseteamet i Fjordvik"), "{wallet}");
    assert!(wallet.contains("(Hverdager 08–22)"), "{wallet}");
    assert!(wallet.contains("Legevakten i Fjordvik"), "{wallet}");
    assert!(wallet.contains("(Døgnåpent)"), "{wallet}");
}
