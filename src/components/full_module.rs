//! A view the first module does not have (every view but a first visit's overview and "not
//! found"): its heading and "Opening …" while the full module is fetched (usually it already is,
//! in the background), which then takes over the widget at this view
//! (`hooks::use_full_module`); if it cannot be had, a plain message with "Try again". Nothing
//! stored is touched either way.

use yew::prelude::*;

use crate::app::Route;
use crate::components::Heading;
use crate::hooks::{FullModuleStatus, use_full_module, use_i18n};

/// Properties of [`FullModule`].
#[derive(Properties, PartialEq)]
pub struct FullModuleProps {
    /// The view to open.
    pub route: Route,
    /// The view's name (a message of the first load), its heading meanwhile.
    pub title_id: &'static str,
}

/// The view `route`, opened in the full module.
#[component]
pub fn FullModule(props: &FullModuleProps) -> Html {
    let i18n = use_i18n();
    let opening = use_full_module(props.route);
    let status = match opening.status {
        FullModuleStatus::Loading => html! {
            <p class="loading" role="status" id="view-opening">{ i18n.t("view-opening") }</p>
        },
        FullModuleStatus::Failed(message_id) => {
            let retry = opening.retry.reform(|_: MouseEvent| ());
            html! {
                <div class="notice notice-warning" role="alert" id="view-not-loaded">
                    <p>{ i18n.t(message_id) }</p>
                    <button type="button" class="button" id="view-load-retry" onclick={retry}>
                        { i18n.t("view-load-retry") }
                    </button>
                </div>
            }
        }
    };
    html! {
        <>
            <Heading level={1}>{ i18n.t(props.title_id) }</Heading>
            { status }
        </>
    }
}
