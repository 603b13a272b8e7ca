//! Peer-worker mode on every view: a banner that says nothing is kept on this computer, with
//! the way to "Finish", and the inactivity warning (an alert dialog with a countdown and a big
//! "I'm still here" button). Renders nothing outside peer-worker mode. Cannot be dismissed.

use yew::prelude::*;

use crate::components::Heading;
use yew_router::prelude::*;

use crate::app::Route;
use crate::hooks::use_peer_mode::STILL_HERE_ID;
use crate::hooks::{use_i18n, use_idle_watch, use_peer_mode};
use crate::state::peer::{IdlePhase, minutes_and_seconds};

/// The banner and the inactivity watch, in peer-worker mode only.
#[component]
pub fn PeerBanner() -> Html {
    let i18n = use_i18n();
    let peer = use_peer_mode();
    let idle = use_idle_watch(peer.active);
    if !peer.active {
        return Html::default();
    }
    let warning = match idle.phase {
        IdlePhase::Warning { seconds_left } => {
            let still_here = {
                let still_here = idle.still_here.clone();
                Callback::from(move |_: MouseEvent| still_here.emit(()))
            };
            // The one button keeps the focus; Escape means "still here" too.
            let on_key = {
                let still_here = idle.still_here.clone();
                Callback::from(move |event: KeyboardEvent| match event.key().as_str() {
                    "Tab" => event.prevent_default(),
                    "Escape" => still_here.emit(()),
                    _ => {}
                })
            };
            let time = minutes_and_seconds(seconds_left);
            html! {
                <div class="idle-backdrop">
                    <div
                        class="idle-dialog"
                        id="idle-warning"
                        role="alertdialog"
                        aria-modal="true"
                        aria-labelledby="idle-title"
                        aria-describedby="idle-text"
                        onkeydown={on_key}
                    >
                        <Heading level={2} id="idle-title">{ i18n.t("idle-title") }</Heading>
                        <p id="idle-text">{ i18n.t("idle-text") }</p>
                        <p class="idle-countdown" id="idle-countdown">
                            { i18n.t_with("idle-countdown", &[("time", &time)]) }
                        </p>
                        <button type="button" class="button button-primary idle-still-here" id={STILL_HERE_ID} onclick={still_here}>
                            { i18n.t("idle-still-here") }
                        </button>
                    </div>
                </div>
            }
        }
        IdlePhase::Active | IdlePhase::Wipe => Html::default(),
    };
    html! {
        <>
            <div class="peer-banner" id="peer-banner" role="status">
                <p>
                    <strong>{ i18n.t("peer-banner-mode") }</strong>{ " " }
                    { i18n.t("peer-banner-text") }
                </p>
                <Link<Route> to={Route::Finish} classes="button peer-banner-finish">
                    { i18n.t("peer-banner-finish") }
                </Link<Route>>
            </div>
            { warning }
        </>
    }
}
