//! Reading a view aloud: the device's voice for a language (`state::read_aloud`), and start,
//! pause, go on and stop wired to the device's speech synthesis (`services::speech`). The
//! reading stops when the view goes away.

use std::rc::Rc;

use yew::prelude::*;

use crate::services;
use crate::state::read_aloud::{Reading, Voice, choose_voice};

/// The elements a reading works with (ids inside the widget).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadAloudIds {
    /// The element whose text is read.
    pub content: AttrValue,
    /// The button that starts, pauses and goes on; it stays in place, so it keeps the focus.
    pub toggle: AttrValue,
    /// The stop button, shown while reading; when it goes, the focus goes to the toggle.
    pub stop: AttrValue,
}

/// What a view's read-aloud buttons need.
pub struct ReadAloudHandle {
    /// Whether the device has a voice for the language (without one, nothing is offered).
    pub available: bool,
    /// Where the reading is.
    pub reading: Reading,
    /// Starts reading the content as it is on the screen now, pauses, or goes on.
    pub toggle: Callback<()>,
    /// Stops the reading.
    pub stop: Callback<()>,
}

/// Reading the element `ids.content` aloud in `lang` (a BCP 47 tag).
#[hook]
pub fn use_read_aloud(ids: ReadAloudIds, lang: AttrValue) -> ReadAloudHandle {
    // Read after the first render, and again when the device's voices change (some browsers
    // have them only a moment after the page starts).
    let voices = use_state_eq(Vec::<Voice>::new);
    {
        let voices = voices.clone();
        use_effect_with((), move |()| {
            let load = move || voices.set(services::speech::voices());
            load();
            let watch = services::speech::on_voices_changed(load);
            move || drop(watch)
        });
    }
    let voice = choose_voice(&lang, &voices).cloned();
    let available = voice.is_some();

    let reading = use_state_eq(Reading::default);
    // The same, for the callbacks and the utterance's events between renders.
    let now = use_mut_ref(Reading::default);
    let speech = use_mut_ref(|| None::<services::speech::Speech>);
    let set: Rc<dyn Fn(Reading)> = {
        let reading = reading.clone();
        let now = now.clone();
        Rc::new(move |next| {
            *now.borrow_mut() = next;
            reading.set(next);
        })
    };
    {
        let speech = speech.clone();
        let now = now.clone();
        use_effect_with((), move |()| {
            move || {
                let started = speech.borrow_mut().take().is_some();
                if started && now.borrow().is_active() {
                    services::speech::stop();
                }
            }
        });
    }

    let toggle = {
        let set = set.clone();
        let speech = speech.clone();
        let ids = ids.clone();
        Callback::from(move |()| {
            let current = *now.borrow();
            match current {
                Reading::Reading => {
                    services::speech::pause();
                    set(Reading::Paused);
                }
                Reading::Paused => {
                    services::speech::resume();
                    set(Reading::Reading);
                }
                Reading::Ready | Reading::Stopped | Reading::Finished => {
                    let Some(voice) = &voice else {
                        return;
                    };
                    let text = services::speech::text_of(&ids.content);
                    if text.is_empty() {
                        return;
                    }
                    // The listeners of an earlier reading go first, so its end says nothing.
                    drop(speech.borrow_mut().take());
                    // Before speaking: a device may end the text at once.
                    set(Reading::Reading);
                    let on_end = {
                        let set = set.clone();
                        let ids = ids.clone();
                        move |whole: bool| {
                            services::speech::pass_focus(&ids.stop, &ids.toggle);
                            set(if whole {
                                Reading::Finished
                            } else {
                                Reading::Stopped
                            });
                        }
                    };
                    let started = services::speech::speak(&text, voice, on_end);
                    if started.is_none() {
                        set(Reading::Ready);
                    }
                    *speech.borrow_mut() = started;
                }
            }
        })
    };
    let stop = Callback::from(move |()| {
        drop(speech.borrow_mut().take());
        services::speech::stop();
        // The stop button goes away; the focus stays with the reading's buttons.
        services::page::focus_element(&ids.toggle);
        set(Reading::Stopped);
    });
    ReadAloudHandle {
        available,
        reading: *reading,
        toggle,
        stop,
    }
}
