//! The floor app of `cargo xtask bench-load`: one heading and one text field, in Yew 0.23,
//! mounted into the page's `#floor` element as the widget is mounted into `#ownplan`. The text
//! field is held in the component's state (each keystroke is a message and a render), the least
//! any Yew form does, so its typing figure is the floor for the widget's.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[function_component(Floor)]
fn floor() -> Html {
    let text = use_state(String::new);
    let on_input = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(area.value());
            }
        })
    };
    html! {
        <main id="floor-main">
            <h1>{ "Floor" }</h1>
            <label for="floor-text">{ "Text" }</label>
            <textarea id="floor-text" value={(*text).clone()} oninput={on_input} />
        </main>
    }
}

fn main() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("floor"));
    if let Some(root) = root {
        yew::Renderer::<Floor>::with_root(root).render();
    }
}
