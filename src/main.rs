//! Starts the widget in the browser: panic hook first, then the app in the page's root element.

use ownplan_web::app::{App, AppProps};
use ownplan_web::services;

fn main() {
    services::panic::install_panic_hook();
    services::storage::configure_from_session();
    let initial_language = services::preferences::initial_language();
    services::page::remove_loading_indicator();
    services::page::normalize_route_fragment();
    let props = AppProps { initial_language };
    match services::page::root_element() {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}
