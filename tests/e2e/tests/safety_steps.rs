//! Tier 4, the crisis plan's safety steps (issue 18), at phone width: a person writes what makes
//! life worth living and a step that makes their surroundings safer, writes the message that
//! asks for help and picks who gets it, and sees all of it on the crisis card (the reasons near
//! its top), on the wallet card and in print. The card's button is an `sms:` link with the
//! numbers and the text, æ ø å included, percent-encoded as UTF-8; a device where nothing opens
//! it says so. Read aloud is hidden where the browser has no voice (headless Chromium has none)
//! and, with a voice on the device (a stand-in `speechSynthesis` that records what it is asked
//! to say), reads the card in the plan's language, pauses and stops. The new views pass axe in
//! every language.

use ownplan_e2e::{
    ChromeDriver, StaticServer, add_item, artifacts, audit_views, choose_text, choose_value, dist,
    eval, open_view, tap, text_of, type_into, value_of, wait_for_app, wait_until,
    wait_until_within,
};
use ownplan_web::i18n::{Language, translate};
use thirtyfour::prelude::*;

/// The message, with the three Norwegian letters and characters that would break a link.
const MESSAGE: &str =
    "Jeg har det ikke bra nå. Kan du ringe meg? Hilsen Åse fra Røros – blåbær & ærlig prat";

/// A stand-in for the device's speech synthesis with the given voices (`[lang, localService]`):
/// it records what it is asked to say (`window.spoken`) and what else it is told
/// (`window.speechCalls`), and ends an utterance only when cancelled.
fn fake_speech(voices: &str) -> String {
    format!(
        r#"(() => {{
            const voices = {voices}.map(([lang, local]) => ({{ lang, name: 'Stand-in ' + lang, localService: local, default: false, voiceURI: lang }}));
            const target = new EventTarget();
            window.spoken = [];
            window.speechCalls = [];
            let current = null;
            const fake = Object.assign(target, {{
                speaking: false, paused: false, pending: false,
                getVoices: () => voices,
                speak(u) {{ current = u; window.spoken.push({{ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }}); this.speaking = true; setTimeout(() => u.dispatchEvent(new Event('start')), 0); }},
                pause() {{ window.speechCalls.push('pause'); this.paused = true; }},
                resume() {{ window.speechCalls.push('resume'); this.paused = false; }},
                cancel() {{ window.speechCalls.push('cancel'); this.speaking = false; const u = current; current = null; if (u) setTimeout(() => u.dispatchEvent(new Event('end')), 0); }},
            }});
            Object.defineProperty(window, 'speechSynthesis', {{ value: fake, configurable: true }});
            fake.dispatchEvent(new Event('voiceschanged'));
        }})()"#
    )
}

async fn done(driver: &WebDriver) {
    tap(driver, ".item-card.is-open .item-form > .button-primary").await;
}

#[tokio::test]
async fn the_safety_steps_are_written_on_a_phone_and_reach_the_card_print_and_the_messaging_app() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    let driver = chromedriver.session(360, 780).await;
    driver.goto(server.url()).await.unwrap();
    wait_for_app(&driver).await;

    open_view(&driver, &server, "plan/about").await;
    type_into(&driver, "#about-name", "Åse Ødegård").await;
    open_view(&driver, &server, "network").await;
    let form = add_item(&driver, "network").await;
    type_into(&driver, &format!("{form} [id$='-name']"), "Per Olsen").await;
    type_into(&driver, &format!("{form} [id$='-phone']"), "915 00 002").await;
    done(&driver).await;

    // What makes life worth living: two reasons, in the person's words.
    open_view(&driver, &server, "crisis/reasons").await;
    let form = add_item(&driver, "reasons").await;
    type_into(
        &driver,
        &format!("{form} [id$='-reason']"),
        "Datteren min, Emma",
    )
    .await;
    done(&driver).await;
    let form = add_item(&driver, "reasons").await;
    type_into(
        &driver,
        &format!("{form} [id$='-reason']"),
        "Sommeren på hytta",
    )
    .await;
    done(&driver).await;

    // A safer-surroundings step, from "getting worse", with who helps.
    open_view(&driver, &server, "crisis/safer").await;
    let explain = text_of(&driver, "main").await;
    assert!(
        explain.contains(&translate(Language::English, "safer-explain")),
        "the gentle explanation: {explain}"
    );
    let form = add_item(&driver, "safer").await;
    type_into(
        &driver,
        &format!("{form} [id$='-action']"),
        "Per tar vare på medisinene mine",
    )
    .await;
    choose_value(
        &driver,
        &format!("{form} select[id$='-stage']"),
        "gettingWorse",
    )
    .await;
    choose_text(&driver, &format!("{form} select[id$='-who']"), "Per Olsen").await;
    done(&driver).await;

    // The message: first what is missing, then the suggestion in one tap, then the person's own
    // words, and who gets it.
    open_view(&driver, &server, "crisis/message").await;
    assert_eq!(
        text_of(&driver, "#help-message-missing").await,
        translate(Language::English, "help-message-missing-text")
    );
    tap(&driver, "#help-message-use-suggestion").await;
    wait_until(
        &driver,
        "document.querySelector('#help-message-text').value !== ''",
    )
    .await;
    assert_eq!(
        value_of(&driver, "#help-message-text").await,
        translate(Language::English, "help-message-suggestion")
    );
    assert_eq!(
        text_of(&driver, "#help-message-missing").await,
        translate(Language::English, "help-message-missing-number")
    );
    type_into(&driver, "#help-message-text", MESSAGE).await;
    let form = add_item(&driver, "help-recipients").await;
    choose_text(&driver, &format!("{form} select[id$='-who']"), "Per Olsen").await;
    done(&driver).await;
    let form = add_item(&driver, "help-recipients").await;
    choose_value(&driver, &format!("{form} select[id$='-who']"), "typed").await;
    type_into(&driver, &format!("{form} [id$='-who-typed']"), "Mamma").await;
    type_into(&driver, &format!("{form} [id$='-phone']"), "+47 918 00 004").await;
    done(&driver).await;
    wait_until(
        &driver,
        "document.querySelector('#help-message-send') !== null",
    )
    .await;
    driver
        .screenshot(&artifacts().join("safety-message-360.png"))
        .await
        .unwrap();

    // Saved on the device, as written.
    wait_until(
        &driver,
        "(JSON.parse(localStorage.getItem('ownplan.plan') || '{}').plan?.crisisPlan?.helpMessage?.recipients || []).length === 2",
    )
    .await;
    let crisis = eval(
        &driver,
        "JSON.parse(localStorage.getItem('ownplan.plan')).plan.crisisPlan",
    )
    .await;
    assert_eq!(crisis["helpMessage"]["text"], MESSAGE);
    assert_eq!(
        crisis["reasonsForLiving"][0]["reason"],
        "Datteren min, Emma"
    );
    assert_eq!(crisis["saferSurroundings"][0]["stage"], "gettingWorse");

    // The crisis card: the reasons near the top, before who to call; the safer step with its
    // stage and who helps; the message one tap away.
    open_view(&driver, &server, "crisis/card").await;
    let reasons = text_of(&driver, "#card-reasons").await;
    assert!(reasons.contains("Datteren min, Emma"), "{reasons}");
    assert!(reasons.contains("Sommeren på hytta"), "{reasons}");
    assert_eq!(
        eval(
            &driver,
            "!!(document.querySelector('#card-reasons').compareDocumentPosition(document.querySelector('.card-contacts')) & Node.DOCUMENT_POSITION_FOLLOWING)"
        )
        .await,
        true,
        "the reasons come before who to call"
    );
    let top = eval(
        &driver,
        "document.querySelector('#card-reasons').getBoundingClientRect().top",
    )
    .await;
    assert!(
        top.as_f64().unwrap() < 780.0,
        "the reasons are on the first screen: {top}"
    );
    let safer = text_of(&driver, "#card-safer").await;
    assert!(safer.contains("Per tar vare på medisinene mine"), "{safer}");
    assert!(
        safer.contains(&translate(Language::English, "choice-stage-getting-worse")),
        "{safer}"
    );
    assert!(safer.contains("Per Olsen"), "{safer}");

    let send = driver.find(By::Css("#help-message-send")).await.unwrap();
    let label = send.text().await.unwrap();
    assert!(
        label.contains("Per Olsen") && label.contains("Mamma"),
        "{label}"
    );
    let href = send.attr("href").await.unwrap().unwrap_or_default();
    let (numbers, body) = href
        .strip_prefix("sms:")
        .and_then(|rest| rest.split_once("?body="))
        .unwrap_or_else(|| panic!("an sms: link with a body: {href}"));
    assert_eq!(numbers, "91500002,+4791800004", "{href}");
    // UTF-8, percent-encoded: æ ø å, and no raw space, "+", "&" or "?" in the text.
    for encoded in ["%C3%A6", "%C3%B8", "%C3%A5", "%C3%85", "%20", "%26", "%3F"] {
        assert!(body.contains(encoded), "{encoded} in {body}");
    }
    assert!(
        !body.contains(' ') && !body.contains('+') && !body.contains('&') && !body.contains('?'),
        "{body}"
    );
    let decoded = eval(
        &driver,
        &format!("decodeURIComponent({})", serde_json::json!(body)),
    )
    .await;
    assert_eq!(decoded, MESSAGE);
    let card = text_of(&driver, ".crisis-card").await;
    assert!(
        card.contains(MESSAGE),
        "the card shows what is sent: {card}"
    );
    driver
        .screenshot(&artifacts().join("safety-card-360.png"))
        .await
        .unwrap();
    // Further down the card, to look at.
    eval(
        &driver,
        "(document.querySelector('.card-contacts').scrollIntoView(), window.scrollBy(0, -70), true)",
    )
    .await;
    driver
        .screenshot(&artifacts().join("safety-card-360-calls.png"))
        .await
        .unwrap();
    eval(
        &driver,
        "(document.querySelector('#card-safer').scrollIntoView(), window.scrollBy(0, -70), true)",
    )
    .await;
    driver
        .screenshot(&artifacts().join("safety-card-360-safer.png"))
        .await
        .unwrap();

    // Headless Chromium has no messaging app: after the tap nothing opens, and the card says
    // so, with the text and the numbers to send another way. The page stays where it was.
    tap(&driver, "#help-message-send").await;
    wait_until_within(
        &driver,
        "document.querySelector('#help-message-nothing-opened') !== null",
        std::time::Duration::from_secs(8),
    )
    .await;
    let notice = text_of(&driver, "#help-message-nothing-opened").await;
    assert!(
        notice.contains(&translate(Language::English, "help-message-nothing-opened")),
        "{notice}"
    );
    assert!(
        notice.contains(MESSAGE) && notice.contains("915 00 002"),
        "{notice}"
    );
    assert!(
        eval(&driver, "location.hash").await == "#/crisis/card",
        "still on the card"
    );
    driver
        .screenshot(&artifacts().join("safety-card-nothing-opened-360.png"))
        .await
        .unwrap();

    // Read aloud: this browser has no voice, so there is no button anywhere.
    assert_eq!(
        eval(
            &driver,
            "window.speechSynthesis ? speechSynthesis.getVoices().length : 0"
        )
        .await,
        0,
        "headless Chromium has no voices"
    );
    assert_eq!(
        eval(&driver, "document.querySelectorAll('.read-aloud').length").await,
        0
    );
    // With a voice that is not on the device (an online voice), still none: the text would
    // leave the device.
    eval(&driver, &fake_speech("[['en-GB', false]]")).await;
    open_view(&driver, &server, "crisis").await;
    tap(&driver, "a[href$='/crisis/card']").await;
    wait_until(&driver, "document.querySelector('.crisis-card') !== null").await;
    assert_eq!(
        eval(&driver, "document.querySelectorAll('.read-aloud').length").await,
        0
    );
    // With a voice on the device for the plan's language, the card reads aloud, pauses and
    // stops. (The stand-in lives until the page is reloaded; the views change by address.)
    eval(&driver, &fake_speech("[['nb-NO', true], ['en-GB', true]]")).await;
    open_view(&driver, &server, "crisis").await;
    tap(&driver, "a[href$='/crisis/card']").await;
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-start') !== null",
    )
    .await;
    let language = eval(
        &driver,
        "JSON.parse(localStorage.getItem('ownplan.plan')).plan.meta.language",
    )
    .await;
    tap(&driver, ".read-aloud-start").await;
    wait_until(&driver, "window.spoken.length === 1").await;
    let spoken = eval(&driver, "window.spoken[0]").await;
    let said = spoken["text"].as_str().unwrap_or_default();
    assert!(said.contains("Datteren min, Emma"), "{said}");
    assert!(said.contains("Per tar vare på medisinene mine"), "{said}");
    assert!(
        spoken["lang"]
            .as_str()
            .unwrap_or_default()
            .starts_with(language.as_str().unwrap_or("en")),
        "the plan's language {language}: {spoken}"
    );
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-pause') !== null",
    )
    .await;
    tap(&driver, ".read-aloud-pause").await;
    wait_until(&driver, "window.speechCalls.includes('pause')").await;
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-resume') !== null",
    )
    .await;
    tap(&driver, ".read-aloud-stop").await;
    wait_until(&driver, "window.speechCalls.includes('cancel')").await;
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-start') !== null",
    )
    .await;
    // The same button on a plan part.
    open_view(&driver, &server, "crisis/reasons").await;
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-start') !== null",
    )
    .await;

    // And in the guided mode's new questions.
    open_view(&driver, &server, "guide?step=13").await;
    wait_until(
        &driver,
        "document.querySelector('.read-aloud-start') !== null",
    )
    .await;
    tap(&driver, ".read-aloud-start").await;
    wait_until(&driver, "window.spoken.length === 2").await;
    let said = eval(&driver, "window.spoken[1].text").await;
    assert!(
        said.as_str()
            .unwrap_or_default()
            .contains(&translate(Language::English, "guide-reasons-question")),
        "{said}"
    );
    tap(&driver, ".read-aloud-stop").await;

    // Sharing: each step is a part of its own; a crisis team starts with the safer
    // surroundings, and with neither the reasons nor the message until the person ticks them.
    let per = eval(
        &driver,
        "JSON.parse(localStorage.getItem('ownplan.plan')).plan.network[0].id",
    )
    .await;
    let per = per.as_str().unwrap().to_owned();
    open_view(&driver, &server, "share").await;
    tap(&driver, &format!("[id=\"share-member-{per}\"]")).await;
    let preset = format!("[id=\"share-{per}-preset\"]");
    choose_value(&driver, &preset, "crisis-team").await;
    let checked = |section: &str| {
        format!("document.getElementById('share-{per}-choice-section-{section}').checked")
    };
    wait_until(&driver, &checked("safer-surroundings")).await;
    assert_eq!(eval(&driver, &checked("reasons-for-living")).await, false);
    assert_eq!(eval(&driver, &checked("help-message")).await, false);
    tap(
        &driver,
        &format!("[id=\"share-{per}-choice-section-reasons-for-living\"]"),
    )
    .await;
    wait_until(&driver, &checked("reasons-for-living")).await;

    // The wallet card and the print of the whole plan hold them too.
    open_view(&driver, &server, "crisis/wallet").await;
    let wallet = text_of(&driver, ".wallet").await;
    assert!(wallet.contains("Datteren min, Emma"), "{wallet}");
    assert!(
        wallet.contains("Per tar vare på medisinene mine"),
        "{wallet}"
    );
    driver
        .screenshot(&artifacts().join("safety-wallet-360.png"))
        .await
        .unwrap();
    open_view(&driver, &server, "print").await;
    let print = text_of(&driver, "main").await;
    for words in [
        "Datteren min, Emma",
        "Per tar vare på medisinene mine",
        MESSAGE,
        "Mamma",
    ] {
        assert!(print.contains(words), "{words} in print: {print}");
    }
    driver.quit().await.unwrap();
}

#[tokio::test]
async fn the_safety_step_views_are_accessible_in_every_language() {
    let server = StaticServer::start(dist());
    let chromedriver = ChromeDriver::start();
    for (width, height) in [(360, 780), (1280, 900)] {
        let driver = chromedriver.session(width, height).await;
        driver.goto(server.url()).await.unwrap();
        wait_for_app(&driver).await;
        open_view(&driver, &server, "crisis/reasons").await;
        add_item(&driver, "reasons").await;
        type_into(&driver, ".item-card.is-open [id$='-reason']", "Emma").await;
        audit_views(
            &driver,
            &server,
            &[
                "crisis/reasons",
                "crisis/safer",
                "crisis/message",
                "guide?step=12",
                "guide?step=13",
            ],
            width,
            "safety",
        )
        .await;
        driver.quit().await.unwrap();
    }
}
