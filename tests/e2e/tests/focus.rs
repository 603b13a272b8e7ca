//! Focus, titles and the way on, at phone width (360 px), as a keyboard or screen-reader user
//! meets them (issue 13): every part of both plans ends in "Next" and "Previous" in the natural
//! order, the crisis plan's last part leads to the crisis card; after every change of view
//! (the navigation, a link in the content, next and previous, the browser's back button) the
//! view's heading has the focus, the page is at the top and the tab has the view's title, but
//! the first load takes no focus; ticking a share recipient keeps the focus on the checkbox;
//! the undo notice is on the screen after deleting the last item of a long list, announced and
//! a few Tabs away; a refused backup passphrase is announced and focused.
//!
//! Screenshots go to target/e2e/ (and to $OWNPLAN_SHOTS when set) for people to look at.

use std::path::PathBuf;

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, artifacts, dist, eval, open_view, tap, text_of,
    type_into, wait_for_app, wait_until,
};
use ownplan_web::i18n::{Language, translate, translate_with};
use thirtyfour::prelude::*;

const EN: Language = Language::English;

/// Where screenshots go: the artifacts folder, and `$OWNPLAN_SHOTS` too when set.
async fn screenshot(driver: &WebDriver, name: &str) {
    let mut folders = vec![artifacts()];
    if let Ok(extra) = std::env::var("OWNPLAN_SHOTS") {
        let extra = PathBuf::from(extra);
        std::fs::create_dir_all(&extra).unwrap();
        folders.push(extra);
    }
    for folder in folders {
        driver
            .screenshot(&folder.join(format!("{name}.png")))
            .await
            .unwrap();
    }
}

/// The tab title of a view whose name has the message id `name_id`.
fn title_of(name_id: &str) -> String {
    translate_with(EN, "view-title", &[("view", &translate(EN, name_id))])
}

/// Waits until the view with the heading `heading` is shown, then asserts that its heading has
/// the focus, the page is at its top and the tab has `title`.
async fn assert_new_view(driver: &WebDriver, heading: &str, title: &str, after: &str) {
    wait_until(
        driver,
        &format!(
            "document.querySelector('main h1') !== null \
             && document.querySelector('main h1').textContent === {}",
            serde_json::json!(heading)
        ),
    )
    .await;
    wait_until(
        driver,
        "document.activeElement === document.querySelector('main h1')",
    )
    .await;
    let place = eval(
        driver,
        "[window.scrollY, document.activeElement.getAttribute('tabindex'), document.title]",
    )
    .await;
    assert_eq!(
        place[0],
        serde_json::json!(0),
        "{after}: scrolled to the top"
    );
    assert_eq!(
        place[1],
        serde_json::json!("-1"),
        "{after}: focusable by script only"
    );
    assert_eq!(
        place[2],
        serde_json::json!(title),
        "{after}: the tab's title"
    );
}

/// Scrolls to the end of the page, as a person does to reach "Next", and taps `css`.
async fn tap_at_the_end(driver: &WebDriver, css: &str) {
    eval(
        driver,
        "(window.scrollTo(0, document.documentElement.scrollHeight), true)",
    )
    .await;
    tap(driver, css).await;
}

const CRISIS_PARTS: [&str; 11] = [
    "signs",
    "helps",
    "meet",
    "contacts",
    "message",
    "safer",
    "reasons",
    "admission",
    "treatment",
    "practical",
    "after",
];

#[tokio::test]
async fn next_and_previous_walk_the_crisis_plan_to_its_card_with_the_focus_on_each_heading() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;
    // The first load takes no focus (the person may be reading, or using a screen reader's
    // own place), and the overview's title is the app's name.
    assert_eq!(
        eval(&driver, "document.activeElement === document.body").await,
        serde_json::json!(true)
    );
    assert_eq!(
        eval(&driver, "document.title").await,
        serde_json::json!(translate(EN, "app-title"))
    );

    // The navigation.
    tap(&driver, ".main-nav a[href='#/crisis']").await;
    assert_new_view(
        &driver,
        &translate(EN, "page-crisis-title"),
        &title_of("nav-crisis"),
        "the navigation",
    )
    .await;
    // A link in the content: the first part. Then only "Next", eleven times, to the card.
    tap(&driver, ".part-list a[href='#/crisis/signs']").await;
    let mut taps = 1;
    for (n, key) in CRISIS_PARTS.into_iter().enumerate() {
        let title_id = format!("page-{key}-title");
        assert_new_view(
            &driver,
            &translate(EN, &title_id),
            &title_of(&title_id),
            &format!("part {key}"),
        )
        .await;
        let steps = text_of(&driver, ".part-steps").await;
        let previous_id = match n {
            0 => "page-crisis-title".to_owned(),
            _ => format!("page-{}-title", CRISIS_PARTS[n - 1]),
        };
        let next_id = match CRISIS_PARTS.get(n + 1) {
            Some(next) => format!("page-{next}-title"),
            None => "card-title".to_owned(),
        };
        for (message, id) in [("part-previous", previous_id), ("part-next", next_id)] {
            let link = translate_with(EN, message, &[("part", &translate(EN, &id))]);
            assert!(steps.contains(&link), "{key}: {link:?} in {steps:?}");
        }
        if key == "contacts" {
            screenshot(&driver, "focus-360-en-contacts-heading-focused").await;
            eval(
                &driver,
                "(window.scrollTo(0, document.documentElement.scrollHeight), true)",
            )
            .await;
            screenshot(&driver, "focus-360-en-contacts-part-steps").await;
        }
        tap_at_the_end(&driver, ".part-step-next").await;
        taps += 1;
    }
    assert_new_view(
        &driver,
        &translate(EN, "card-title"),
        &title_of("card-title"),
        "next after the last part",
    )
    .await;
    assert_eq!(taps, 12, "the crisis plan from its overview to the card");

    // The browser's back button: the last part again, its heading focused, at the top.
    driver.back().await.unwrap();
    assert_new_view(
        &driver,
        &translate(EN, "page-after-title"),
        &title_of("page-after-title"),
        "back",
    )
    .await;
    // "Previous" leads back, and before the first part to the crisis plan's overview.
    tap_at_the_end(&driver, ".part-step-previous").await;
    assert_new_view(
        &driver,
        &translate(EN, "page-practical-title"),
        &title_of("page-practical-title"),
        "previous",
    )
    .await;
    open_view(&driver, &server, "crisis/signs").await;
    tap_at_the_end(&driver, ".part-step-previous").await;
    assert_new_view(
        &driver,
        &translate(EN, "page-crisis-title"),
        &title_of("nav-crisis"),
        "previous from the first part",
    )
    .await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_individual_plan_walks_from_about_me_to_sharing_and_the_title_follows_the_language() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    // Opening a part directly is a first load: no focus is taken.
    open_view(&driver, &server, "plan/about").await;
    assert_eq!(
        eval(&driver, "document.activeElement === document.body").await,
        serde_json::json!(true)
    );
    assert_eq!(
        eval(&driver, "document.title").await,
        serde_json::json!(title_of("page-about-title"))
    );
    let keys = [
        "goals",
        "resources",
        "measures",
        "network",
        "contributions",
        "agreements",
        "appointments",
        "period",
        "consent",
    ];
    for key in keys {
        tap_at_the_end(&driver, ".part-step-next").await;
        let id = format!("page-{key}-title");
        assert_new_view(&driver, &translate(EN, &id), &title_of(&id), key).await;
    }
    tap_at_the_end(&driver, ".part-step-next").await;
    assert_new_view(
        &driver,
        &translate(EN, "page-share-title"),
        &title_of("nav-share"),
        "next after consent",
    )
    .await;
    // The title is in the person's language.
    ownplan_e2e::choose_value(&driver, "#ownplan-language", "nb").await;
    let nb_title = translate_with(
        Language::NorwegianBokmal,
        "view-title",
        &[("view", &translate(Language::NorwegianBokmal, "nav-share"))],
    );
    wait_until(
        &driver,
        &format!("document.title === {}", serde_json::json!(nb_title)),
    )
    .await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_undo_notice_is_on_the_screen_after_deleting_the_last_item_of_a_long_list() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "plan/measures").await;
    // One measure written by hand, then eleven copies of it put on the device: a long list.
    let form = add_item(&driver, "measures").await;
    type_into(&driver, &format!("{form} [id$='-what']"), "Støttekontakt").await;
    tap(&driver, &format!("{form} .item-form > .button-primary")).await;
    wait_until(
        &driver,
        "(localStorage.getItem('ownplan.plan') || '').includes('Støttekontakt')",
    )
    .await;
    eval(
        &driver,
        "(() => { const stored = JSON.parse(localStorage.getItem('ownplan.plan')); \
           const list = stored.plan.individualPlan.measures; \
           for (let n = 1; n < 12; n++) { \
             list.push(Object.assign({}, list[0], { id: 'urn:uuid:' + crypto.randomUUID(), what: 'Tiltak ' + n })); } \
           localStorage.setItem('ownplan.plan', JSON.stringify(stored)); return true; })()",
    )
    .await;
    driver.refresh().await.unwrap();
    wait_for_app(&driver).await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 12",
    )
    .await;
    let height = eval(&driver, "document.documentElement.scrollHeight").await;
    assert!(
        height.as_f64().unwrap_or_default() > 2000.0,
        "a long page: {height} px"
    );

    // Delete the last item, from its card (its delete button may sit in its open form).
    eval(
        &driver,
        "(() => { const cards = document.querySelectorAll('.item-card'); \
           const card = cards[cards.length - 1]; \
           if (!card.querySelector('.button-danger')) card.querySelector('.item-buttons .button').click(); \
           return true; })()",
    )
    .await;
    let last_delete = "(() => { const cards = document.querySelectorAll('.item-card'); \
           return cards[cards.length - 1].querySelector('.button-danger'); })()";
    wait_until(&driver, &format!("{last_delete} !== null")).await;
    eval(
        &driver,
        &format!(
            "(() => {{ const b = {last_delete}; b.scrollIntoView({{ block: 'center' }}); b.focus(); b.click(); return true; }})()"
        ),
    )
    .await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 11",
    )
    .await;
    wait_until(&driver, "document.querySelector('#undo-delete') !== null").await;
    // Let the notice settle (it scrolls the focused element clear of itself).
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let place = eval(
        &driver,
        "(() => { const n = document.querySelector('#undo-notice').getBoundingClientRect(); \
           const f = document.activeElement.getBoundingClientRect(); \
           return [n.top, n.bottom, window.innerHeight, f.top, f.bottom, \
                   document.activeElement === document.body, \
                   document.querySelector('#undo-status').getAttribute('role'), \
                   document.querySelector('#undo-status').textContent]; })()",
    )
    .await;
    screenshot(&driver, "focus-360-en-undo-after-last-item").await;
    let number = |n: usize| place[n].as_f64().unwrap_or(f64::NAN);
    let (top, bottom, screen) = (number(0), number(1), number(2));
    assert!(
        top >= 0.0 && bottom <= screen + 0.5,
        "the undo notice is on the screen: {top}..{bottom} of {screen} px"
    );
    if place[5] == serde_json::json!(false) {
        assert!(
            number(4) <= top + 0.5,
            "the focused element ({}..{} px) is not under the notice at {top} px",
            number(3),
            number(4)
        );
    }
    assert_eq!(place[6], serde_json::json!("status"), "announced politely");
    assert_eq!(place[7], serde_json::json!(translate(EN, "undo-deleted")));

    // A few Tabs from where the focus is.
    let mut tabs = 0;
    for _ in 0..8 {
        driver
            .action_chain()
            .send_keys(Key::Tab)
            .perform()
            .await
            .unwrap();
        tabs += 1;
        if eval(&driver, "document.activeElement.id").await == serde_json::json!("undo-delete") {
            break;
        }
    }
    assert_eq!(
        eval(&driver, "document.activeElement.id").await,
        serde_json::json!("undo-delete"),
        "undo is reached by Tab"
    );
    println!("undo reached in {tabs} Tabs after deleting the last item");
    driver
        .action_chain()
        .send_keys(Key::Enter)
        .perform()
        .await
        .unwrap();
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 12",
    )
    .await;
    wait_until(&driver, "document.querySelector('#undo-delete') === null").await;
    // The item that came back has the focus.
    wait_until(
        &driver,
        "document.activeElement.closest('.item-card') !== null \
         && document.activeElement.closest('.item-card').textContent.includes('Tiltak 11')",
    )
    .await;

    // An item in the middle, its delete button near the bottom of the screen; the focus then
    // moves to the next card (as the list does after a deletion): the notice sits over the
    // bottom of the screen, and the focused button is not under it.
    eval(
        &driver,
        "(() => { const b = document.querySelectorAll('.item-card')[5].querySelector('.button-danger'); \
           b.scrollIntoView({ block: 'end' }); b.focus(); b.click(); return true; })()",
    )
    .await;
    wait_until(
        &driver,
        "document.querySelectorAll('.item-card').length === 11",
    )
    .await;
    eval(
        &driver,
        "(document.querySelectorAll('.item-card')[5].querySelector('.button-danger').focus(), true)",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let place = eval(
        &driver,
        "(() => { const n = document.querySelector('#undo-notice').getBoundingClientRect(); \
           const f = document.activeElement.getBoundingClientRect(); \
           return [n.top, n.bottom, window.innerHeight, f.top, f.bottom, \
                   document.documentElement.scrollHeight - window.scrollY - window.innerHeight]; })()",
    )
    .await;
    screenshot(&driver, "focus-360-en-undo-after-middle-item").await;
    let number = |n: usize| place[n].as_f64().unwrap_or(f64::NAN);
    let (top, bottom, screen) = (number(0), number(1), number(2));
    assert!(
        top >= 0.0 && bottom <= screen + 0.5 && bottom > screen - 40.0,
        "the undo notice is at the bottom of the screen: {top}..{bottom} of {screen} px ({place})"
    );
    assert!(
        number(4) <= top + 0.5 && number(3) >= 0.0,
        "the focused element ({}..{} px) is on the screen, not under the notice at {top} px",
        number(3),
        number(4)
    );
    // "OK" closes the notice; the focus goes to the view's heading, not to <body>.
    eval(
        &driver,
        "(() => { const ok = document.querySelector('#undo-notice .button-row .button:not(#undo-delete)'); \
           ok.focus(); ok.click(); return true; })()",
    )
    .await;
    wait_until(
        &driver,
        "document.querySelector('#undo-delete') === null \
         && document.activeElement === document.querySelector('main h1')",
    )
    .await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn ticking_a_share_recipient_keeps_the_focus_on_its_checkbox() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "network").await;
    for name in ["Kari Fastlege", "Ola Koordinator"] {
        let form = add_item(&driver, "network").await;
        type_into(&driver, &format!("{form} [id$='-name']"), name).await;
        tap(&driver, &format!("{form} .item-form > .button-primary")).await;
        wait_until(
            &driver,
            "document.querySelector('.item-card.is-open') === null",
        )
        .await;
    }
    open_view(&driver, &server, "share").await;
    wait_until(
        &driver,
        "document.querySelectorAll('.share-members input[type=checkbox]').length === 2",
    )
    .await;
    for n in [0, 1] {
        // Space on the focused checkbox, as the keyboard ticks it.
        eval(
            &driver,
            &format!(
                "(() => {{ const box = document.querySelectorAll('.share-members input[type=checkbox]')[{n}]; \
                   box.scrollIntoView({{ block: 'center' }}); box.focus(); return true; }})()"
            ),
        )
        .await;
        let id = eval(&driver, "document.activeElement.id").await;
        driver
            .action_chain()
            .send_keys(" ")
            .perform()
            .await
            .unwrap();
        wait_until(
            &driver,
            &format!(
                "document.querySelectorAll('.share-recipient').length === {}",
                n + 1
            ),
        )
        .await;
        assert_eq!(
            eval(
                &driver,
                "[document.activeElement.id, document.activeElement.checked]"
            )
            .await,
            serde_json::json!([id, true]),
            "the ticked checkbox keeps the focus"
        );
    }
    // A section of what the first recipient gets, ticked off and on again.
    eval(
        &driver,
        "(() => { const box = document.querySelector('.share-recipient .share-sections input[type=checkbox]'); \
           box.scrollIntoView({ block: 'center' }); box.focus(); return true; })()",
    )
    .await;
    let section = eval(&driver, "document.activeElement.id").await;
    let was = eval(&driver, "document.activeElement.checked").await == serde_json::json!(true);
    for checked in [!was, was] {
        driver
            .action_chain()
            .send_keys(" ")
            .perform()
            .await
            .unwrap();
        wait_until(
            &driver,
            &format!("document.activeElement.checked === {checked}"),
        )
        .await;
        assert_eq!(eval(&driver, "document.activeElement.id").await, section);
    }
    // Unticking a recipient keeps the focus on its checkbox too.
    eval(
        &driver,
        "(() => { const box = document.querySelectorAll('.share-members input[type=checkbox]')[1]; \
           box.scrollIntoView({ block: 'center' }); box.focus(); return true; })()",
    )
    .await;
    driver
        .action_chain()
        .send_keys(" ")
        .perform()
        .await
        .unwrap();
    wait_until(
        &driver,
        "document.querySelectorAll('.share-recipient').length === 1",
    )
    .await;
    assert_eq!(
        eval(&driver, "document.activeElement.checked").await,
        serde_json::json!(false)
    );
    assert!(
        eval(&driver, "document.activeElement.id")
            .await
            .as_str()
            .unwrap_or_default()
            .starts_with("share-member-")
    );
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn a_refused_backup_passphrase_is_announced_and_its_field_has_the_focus() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "backup").await;
    if eval(
        &driver,
        "document.querySelector('#backup-passphrase') === null",
    )
    .await
        == serde_json::json!(true)
    {
        tap(&driver, "#backup-protect").await;
    }
    type_into(&driver, "#backup-passphrase", "kort").await;
    tap(&driver, "#backup-download").await;
    wait_until(&driver, "document.activeElement.id === 'backup-passphrase'").await;
    assert_eq!(
        eval(
            &driver,
            "[document.querySelector('#backup-passphrase-error').getAttribute('role'), \
              document.activeElement.getAttribute('aria-describedby').includes('backup-passphrase-error')]"
        )
        .await,
        serde_json::json!(["alert", true])
    );
    // Long enough, but typed differently the second time: the second field.
    type_into(&driver, "#backup-passphrase", "ti tegn og mer").await;
    type_into(&driver, "#backup-passphrase-repeat", "ti tegn og mye").await;
    tap(&driver, "#backup-download").await;
    wait_until(
        &driver,
        "document.activeElement.id === 'backup-passphrase-repeat' \
         && document.querySelector('#backup-passphrase-repeat-error') !== null",
    )
    .await;
    screenshot(&driver, "focus-360-en-backup-passphrase-refused").await;
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_step_by_step_mode_is_offered_before_the_choice_for_helpers() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    open_view(&driver, &server, "").await;
    let order = eval(
        &driver,
        "(() => { const guide = document.querySelector('.guide-home-link'); \
           const peer = document.querySelector('.peer-choice'); \
           return [guide !== null, peer === null || !peer.contains(guide), \
                   peer === null || !!(guide.compareDocumentPosition(peer) & Node.DOCUMENT_POSITION_FOLLOWING)]; })()",
    )
    .await;
    assert_eq!(order, serde_json::json!([true, true, true]));
    screenshot(&driver, "focus-360-en-home").await;
    // A link in the content moves the focus to the new view's heading.
    tap(&driver, ".guide-home-link").await;
    wait_until(
        &driver,
        "document.activeElement === document.querySelector('main h1')",
    )
    .await;
    driver.quit().await.unwrap();
}

/// In a portal's page (the widget in a shadow root, its routes in memory): a link inside the
/// widget moves the focus to the new view's heading, but the portal's title is the portal's,
/// the first load takes no focus, and focus on the portal's own elements is never taken.
#[tokio::test]
async fn in_a_portal_page_the_focus_moves_only_for_changes_made_inside_the_widget() {
    let server = StaticServer::start(ownplan_e2e::site_with_portal("focus-portal-site"));
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver
        .goto(format!("{}embed/fjordvik.html", server.url()))
        .await
        .unwrap();
    let widget = |body: &str| {
        format!(
            "(() => {{ const w = document.querySelector('#ownplan-host').shadowRoot; \
               if (!w || !w.querySelector('#ownplan-main h1')) return null; {body} }})()"
        )
    };
    wait_until(&driver, &widget("return true;")).await;
    let host_title = eval(&driver, "document.title").await;
    assert_eq!(
        eval(&driver, &widget("return w.activeElement === null;")).await,
        serde_json::json!(true),
        "the first load takes no focus"
    );
    // A tap on a link in the widget's navigation (a tap focuses the link, then clicks it).
    eval(
        &driver,
        &widget(
            "const a = w.querySelector(\".main-nav a[href$='/crisis']\"); a.focus(); a.click(); return true;",
        ),
    )
    .await;
    // The crisis plan comes with the full module: "Opening …", then the view itself.
    wait_until(
        &driver,
        &widget(
            "return w.getElementById('view-opening') === null \
             && w.activeElement === w.querySelector('#ownplan-main h1');",
        ),
    )
    .await;
    assert_eq!(
        eval(
            &driver,
            &widget("return w.querySelector('#ownplan-main h1').textContent;")
        )
        .await,
        serde_json::json!(translate(EN, "page-crisis-title"))
    );
    assert_eq!(eval(&driver, "document.title").await, host_title);
    // The portal's own link has the focus; a change of view in the widget leaves it there.
    eval(
        &driver,
        &widget(
            "document.querySelector('nav a').focus(); \
             w.querySelector(\".part-list a[href$='/crisis/signs']\").click(); return true;",
        ),
    )
    .await;
    wait_until(
        &driver,
        &widget(&format!(
            "return w.querySelector('#ownplan-main h1').textContent === {};",
            serde_json::json!(translate(EN, "page-signs-title"))
        )),
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        eval(
            &driver,
            "document.activeElement === document.querySelector('nav a')"
        )
        .await,
        serde_json::json!(true),
        "the portal keeps its focus"
    );
    driver.quit().await.unwrap();
}
