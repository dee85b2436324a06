//! wgvae in the browser: the library's async host behind a small JavaScript API
//! (wasm-bindgen). A [`Session`] holds the browser's WebGPU device, the data chosen and the
//! model trained or loaded; the page (`web/app.js`) calls it. Everything that waits for the GPU
//! is async and awaits the browser, so the page stays responsive; training yields to the
//! browser after every step's submit.
//!
//! One module per concern: [`data`] (the bundled digits, .npy files, the visitor's pictures),
//! [`training`] (the loop and its events), [`views`] (samples, reconstructions and the latent
//! map as pixels for a canvas), [`browser`] (yielding, and values handed to JavaScript).

mod browser;
mod data;
mod training;
mod views;

use std::cell::{Cell, RefCell};
use std::path::Path;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wgvae::eval::{EvalOptions, Evaluator};
use wgvae::gpu::{AdapterRequest, DeviceLimits, Gpu};
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::{ModelConfig, Parameters, checkpoint, inference};
use wgvae::reference::rng::RngKey;

use data::Data;

/// A model the page holds: trained here, or loaded from a checkpoint.
pub(crate) struct Model {
    config: ModelConfig,
    params: Parameters,
}

/// An open device on the browser's adapter, with the page's data and model.
#[wasm_bindgen]
pub struct Session {
    gpu: Gpu,
    data: RefCell<Option<Rc<Data>>>,
    model: RefCell<Option<Rc<Model>>>,
    /// Asked for by [`stop`](Session::stop): training ends after the step under way.
    stop: Cell<bool>,
    /// Training or evaluating: one at a time, on one device.
    busy: Cell<bool>,
}

pub(crate) fn js_error(e: wgvae::Error) -> JsError {
    JsError::new(&e.to_string())
}

/// Marks the session busy until dropped; a second long task is refused, not interleaved.
struct Busy<'s>(&'s Cell<bool>);

impl<'s> Busy<'s> {
    fn take(flag: &'s Cell<bool>, what: &str) -> Result<Busy<'s>, JsError> {
        if flag.replace(true) {
            return Err(JsError::new(&format!(
                "{what}: the page is already training or evaluating; wait or press stop"
            )));
        }
        Ok(Busy(flag))
    }
}

impl Drop for Busy<'_> {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

#[wasm_bindgen]
impl Session {
    /// Opens the browser's WebGPU adapter with WebGPU's default limits (what every browser
    /// guarantees). Rejects with a message naming what is missing where there is none.
    pub async fn open() -> Result<Session, JsError> {
        let request = AdapterRequest { limits: DeviceLimits::Webgpu, ..Default::default() };
        let gpu = Gpu::open(&request).await.map_err(js_error)?;
        Ok(Session { gpu, data: None.into(), model: None.into(), stop: false.into(), busy: false.into() })
    }

    /// The adapter, as wgvae names it.
    pub fn adapter(&self) -> String {
        self.gpu.describe()
    }

    /// Why the device was lost, once it is (a driver reset, a GPU removed, [`destroy`]).
    ///
    /// [`destroy`]: Session::destroy
    #[wasm_bindgen(js_name = lostReason)]
    pub fn lost_reason(&self) -> Option<String> {
        self.gpu.lost_reason()
    }

    /// Gives the device back: every later call fails with the lost device's message, as after
    /// a driver reset (the page reloads to start again).
    pub fn destroy(&self) {
        self.gpu.device.destroy();
    }

    /// `n` points of the prior N(0, I) in `latent` dimensions from `seed`'s stream `stream`,
    /// drawn on the GPU and read back.
    #[wasm_bindgen(js_name = priorSamples)]
    pub async fn prior_samples(&self, seed: u32, stream: u32, n: u32, latent: u32) -> Result<Vec<f32>, JsError> {
        let key = RngKey { seed, stream, offset: 0 };
        inference::prior_samples(&self.gpu, key, n as usize, latent as usize).await.map_err(js_error)
    }

    /// Trains on the bundled digits from now on: the first `train_images` of the 9,000 training
    /// digits (all when 0), the 1,000 held-out ones for the held-out figures. Returns the
    /// data's description (JSON).
    #[wasm_bindgen(js_name = useDigits)]
    pub fn use_digits(&self, train_images: u32) -> Result<String, JsError> {
        self.use_data(Data::digits(train_images as usize)?)
    }

    /// Trains on the images of a `.npy` file's bytes (`name` names it in messages), the last
    /// tenth held out. Returns the data's description (JSON).
    #[wasm_bindgen(js_name = useNpy)]
    pub fn use_npy(&self, bytes: Vec<u8>, name: String) -> Result<String, JsError> {
        self.use_data(Data::npy(&bytes, &name)?)
    }

    /// Trains on pictures the browser decoded: `count` images of `side` × `side` RGBA pixels one
    /// after the other (grey when every pixel is, else colour), the last tenth held out.
    /// Returns the data's description (JSON).
    #[wasm_bindgen(js_name = usePictures)]
    pub fn use_pictures(&self, rgba: Vec<u8>, count: u32, side: u32) -> Result<String, JsError> {
        self.use_data(Data::pictures(&rgba, count as usize, side as usize)?)
    }

    fn use_data(&self, data: Data) -> Result<String, JsError> {
        let description = data.describe();
        *self.data.borrow_mut() = Some(Rc::new(data));
        Ok(description)
    }

    /// Trains a new model on the data chosen with `options` (JSON: see [`training::Options`]),
    /// calling `on_event(json, pictures)` as it goes (progress about four times a second; after
    /// each epoch its record with the samples, reconstructions and latent map). Resolves with
    /// the run's summary (JSON) when the epochs are done or [`stop`](Session::stop) asked.
    pub async fn train(&self, options: String, on_event: js_sys::Function) -> Result<String, JsError> {
        let _busy = Busy::take(&self.busy, "train")?;
        let data = self.chosen_data()?;
        self.stop.set(false);
        let (model, summary) = training::run(&self.gpu, &data, &options, &self.stop, &on_event).await?;
        *self.model.borrow_mut() = Some(Rc::new(model));
        Ok(summary)
    }

    /// Stops a training run after the step under way (its weights so far are kept).
    pub fn stop(&self) {
        self.stop.set(true);
    }

    /// The model's samples, reconstructions of held-out images and latent map, as pictures
    /// for canvases (after loading a checkpoint; training sends them after every epoch).
    pub async fn pictures(&self) -> Result<js_sys::Array, JsError> {
        let (data, model) = (self.chosen_data()?, self.current_model()?);
        let params = GpuParams::upload(&self.gpu, &model.config, &model.params).map_err(js_error)?;
        let views = views::Views::build(&self.gpu, &model.config, &params, &data.test).await.map_err(js_error)?;
        views.draw(&self.gpu).await.map_err(js_error)
    }

    /// log p(x) of the held-out images by importance sampling with `k` samples each, beside the
    /// ELBO and the bounds L_k for k = 1, 5, 50, … below it (JSON: `logLikelihood`, `elbo`,
    /// `bounds` as [k, mean, standard error], `images`, `seconds`). The same estimator, seed and
    /// binarization as `wgvae eval --k K`, so the numbers agree with it.
    pub async fn evaluate(&self, k: u32) -> Result<String, JsError> {
        let _busy = Busy::take(&self.busy, "evaluate")?;
        let (data, model) = (self.chosen_data()?, self.current_model()?);
        let params = GpuParams::upload(&self.gpu, &model.config, &model.params).map_err(js_error)?;
        let options = EvalOptions {
            samples: k,
            naive_samples: 0,
            bound_sizes: EvalOptions::default_bound_sizes(k),
            binarize: model.config.likelihood.binarizes_by_default(),
            seed: 0,
            kernel: MatmulKernel::Auto,
            chunk: None,
            data_mode: Default::default(),
        };
        let mut evaluator = Evaluator::new(&self.gpu, &model.config, &params, &data.test, options).map_err(js_error)?;
        let report = evaluator.run(|_, _| {}).await.map_err(js_error)?;
        let mean = |m: wgvae::eval::Mean| [m.mean, m.stderr];
        let bounds: Vec<(u32, [f64; 2])> = report.bounds_by_k().into_iter().map(|(k, m)| (k, mean(m))).collect();
        Ok(serde_json::json!({
            "k": k,
            "logLikelihood": mean(report.log_likelihood()),
            "elbo": mean(report.elbo()),
            "bounds": bounds,
            "images": report.images.len(),
            "seconds": report.seconds,
        })
        .to_string())
    }

    /// The model's `config.json`, as `wgvae` and PyTorch read it.
    #[wasm_bindgen(js_name = checkpointConfig)]
    pub fn checkpoint_config(&self) -> Result<String, JsError> {
        let model = self.current_model()?;
        Ok(checkpoint::to_bytes(&model.config, &model.params).map_err(js_error)?.0)
    }

    /// The model's `model.safetensors` bytes.
    #[wasm_bindgen(js_name = checkpointWeights)]
    pub fn checkpoint_weights(&self) -> Result<Vec<u8>, JsError> {
        let model = self.current_model()?;
        Ok(checkpoint::to_bytes(&model.config, &model.params).map_err(js_error)?.1)
    }

    /// Loads a checkpoint from its two files' contents (trained natively, in PyTorch or here).
    /// Returns the model's description.
    #[wasm_bindgen(js_name = loadCheckpoint)]
    pub fn load_checkpoint(&self, config: String, weights: Vec<u8>) -> Result<String, JsError> {
        let (config, params) =
            checkpoint::from_bytes(&config, &weights, Path::new("the checkpoint")).map_err(js_error)?;
        let description = config.describe();
        *self.model.borrow_mut() = Some(Rc::new(Model { config, params }));
        Ok(description)
    }
}

impl Session {
    fn chosen_data(&self) -> Result<Rc<Data>, JsError> {
        self.data
            .borrow()
            .clone()
            .ok_or_else(|| JsError::new("no data chosen: pick the digits, pictures or a .npy file"))
    }

    fn current_model(&self) -> Result<Rc<Model>, JsError> {
        self.model.borrow().clone().ok_or_else(|| JsError::new("no model yet: train one or load a checkpoint"))
    }
}
