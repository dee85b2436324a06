//! What the Rust side needs of the browser beyond WebGPU: handing control back between steps,
//! and pictures as JavaScript objects a canvas takes.

use js_sys::{Object, Reflect, Uint8ClampedArray};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
// A task of its own for the page's other work (input, painting) to run before the next step: a
// message to ourselves, which unlike setTimeout(0) is not clamped to 4 ms when repeated.
const channel = new MessageChannel();
const waiting = [];
channel.port1.onmessage = () => waiting.shift()();
export function next_task() {
    return new Promise((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(0);
    });
}
"#)]
extern "C" {
    fn next_task() -> js_sys::Promise;
}

/// Returns control to the browser until its next task: events, painting, the GPU's callbacks.
pub async fn yield_to_browser() {
    // The promise never rejects.
    let _ = JsFuture::from(next_task()).await;
}

/// A picture for a canvas: `{ name, width, height, rgba }` (rgba as ImageData takes it).
pub fn picture(name: &str, width: u32, height: u32, rgba: &[u8]) -> JsValue {
    let object = Object::new();
    let set = |key: &str, value: JsValue| {
        Reflect::set(&object, &JsValue::from_str(key), &value).expect("setting a property of a new object");
    };
    set("name", name.into());
    set("width", width.into());
    set("height", height.into());
    set("rgba", Uint8ClampedArray::from(rgba).into());
    object.into()
}
