//! wgvae in the browser: the library's async host behind a small JavaScript API
//! (wasm-bindgen). What is here so far opens the browser's WebGPU adapter under WebGPU's
//! limits and runs a kernel with its read-back end to end (the prior's draws, which every
//! driver must give alike: docs/math.md, "Random draws"); training, evaluation and the page's
//! pictures come next (the browser issue).

use wasm_bindgen::prelude::*;
use wgvae::gpu::{AdapterRequest, DeviceLimits, Gpu};
use wgvae::model::inference;
use wgvae::reference::rng::RngKey;

/// An open device on the browser's adapter.
#[wasm_bindgen]
pub struct Session {
    gpu: Gpu,
}

fn js_error(e: wgvae::Error) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen]
impl Session {
    /// Opens the browser's WebGPU adapter with WebGPU's default limits (what every browser
    /// guarantees). Rejects with a message naming what is missing where there is none.
    pub async fn open() -> Result<Session, JsError> {
        let request = AdapterRequest { limits: DeviceLimits::Webgpu, ..Default::default() };
        let gpu = Gpu::open(&request).await.map_err(js_error)?;
        Ok(Session { gpu })
    }

    /// The adapter, as wgvae names it.
    pub fn adapter(&self) -> String {
        self.gpu.describe()
    }

    /// `n` points of the prior N(0, I) in `latent` dimensions from `seed`'s stream `stream`,
    /// drawn on the GPU and read back.
    #[wasm_bindgen(js_name = priorSamples)]
    pub async fn prior_samples(&self, seed: u32, stream: u32, n: u32, latent: u32) -> Result<Vec<f32>, JsError> {
        let key = RngKey { seed, stream, offset: 0 };
        inference::prior_samples(&self.gpu, key, n as usize, latent as usize).await.map_err(js_error)
    }
}
