//! The page's training loop: `wgvae train`'s epochs of steps on the async host. After every
//! step's submit it yields to the browser, and it keeps at most two steps queued behind the
//! one running (awaiting the oldest's completion, as the native trainer waits for it). It
//! reports progress about four times a second and, after each epoch, the epoch's record with
//! the pictures; before the first epoch it reports the held-out ELBO of the initial weights, so
//! the curve starts where training does.

use std::cell::Cell;
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use serde::Deserialize;
use wasm_bindgen::{JsError, JsValue};
use web_time::{Duration, Instant};
use wgvae::gpu::Gpu;
use wgvae::kernels::activation::Activation;
use wgvae::kernels::adam::AdamConfig;
use wgvae::model::architecture::{Architecture, Layer};
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Objective, Parameters};
use wgvae::train::schedule::KlWeight;
use wgvae::train::{TrainOptions, Trainer};

use crate::browser::yield_to_browser;
use crate::data::Data;
use crate::views::Views;
use crate::{Model, js_error};

/// What the page may choose (JSON, camelCase); what it leaves out takes `wgvae train`'s default.
#[derive(Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// `mlp` or `conv` (the presets of `wgvae train --arch`).
    arch: String,
    /// The MLP's hidden widths, or the conv preset's one dense width.
    hidden: Option<Vec<usize>>,
    latent: usize,
    activation: Activation,
    likelihood: Likelihood,
    objective: Objective,
    k: u32,
    beta: f32,
    epochs: u32,
    batch: u32,
    lr: f32,
    seed: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            arch: "mlp".into(),
            hidden: None,
            latent: 20,
            activation: Activation::Relu,
            likelihood: Likelihood::Bernoulli,
            objective: Objective::Elbo,
            k: 1,
            beta: 1.0,
            epochs: 10,
            batch: 128,
            lr: 1e-3,
            seed: 0,
        }
    }
}

impl Options {
    /// The model and the training options for images of `input`, checked.
    fn build(&self, data: &Data) -> wgvae::Result<(ModelConfig, TrainOptions)> {
        let bad = |what: String| wgvae::Error::Invalid(what);
        let act = match self.activation {
            Activation::Relu => Layer::ReLU,
            Activation::Tanh => Layer::Tanh,
            other => return Err(bad(format!("activation {other:?}: relu or tanh"))),
        };
        let (input, outputs) = (data.train.shape(), self.likelihood.outputs_per_dim() as usize);
        let widths = |default: Vec<usize>| self.hidden.clone().unwrap_or(default);
        if self.latent == 0 || self.hidden.as_ref().is_some_and(|h| h.contains(&0)) {
            return Err(bad("layer widths and the latent dimensions must be positive".into()));
        }
        let architecture = match self.arch.as_str() {
            "mlp" => Architecture::mlp(input, &widths(vec![400]), self.latent, act, outputs),
            "conv" => match widths(vec![256])[..] {
                [hidden] => Architecture::conv(input, [32, 64], hidden, self.latent, act, outputs)?,
                ref h => return Err(bad(format!("hidden {h:?}: the conv model takes one dense width"))),
            },
            other => return Err(bad(format!("architecture {other:?}: mlp or conv"))),
        };
        let config = ModelConfig::new(architecture, self.likelihood)?;
        if self.epochs == 0 {
            return Err(bad("epochs 0: train for at least one epoch".into()));
        }
        let options = TrainOptions {
            objective: self.objective,
            samples: self.k,
            batch: self.batch,
            adam: AdamConfig { lr: self.lr, ..Default::default() },
            seed: self.seed,
            binarize: self.likelihood.binarizes_by_default(),
            kernel: Default::default(),
            eval_every: 0,
            eval_samples: 100,
            chunk: None,
            data_mode: Default::default(),
            kl: KlWeight { beta: self.beta, ..Default::default() },
            lr_schedule: Default::default(),
            clip_grad_norm: None,
        };
        options.check_run(&data.train, self.epochs)?;
        Ok((config, options))
    }
}

/// Progress events at most this often.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);
/// Steps queued behind the one running, at most.
const QUEUED_STEPS: usize = 2;

/// Sends `value` (and the pictures, if any) to the page's event handler.
fn emit(
    on_event: &js_sys::Function,
    value: serde_json::Value,
    pictures: Option<&js_sys::Array>,
) -> Result<(), JsError> {
    let json = JsValue::from_str(&value.to_string());
    let result = match pictures {
        Some(p) => on_event.call2(&JsValue::NULL, &json, p),
        None => on_event.call1(&JsValue::NULL, &json),
    };
    result.map(|_| ()).map_err(|e| JsError::new(&format!("the page's event handler failed: {e:?}")))
}

/// Trains a new model on `data` with the page's `options` (JSON) until its epochs are done or
/// `stop` is set; returns the model and the run's summary (JSON).
pub async fn run(
    gpu: &Gpu,
    data: &Data,
    options: &str,
    stop: &Cell<bool>,
    on_event: &js_sys::Function,
) -> Result<(Model, String), JsError> {
    let page: Options = serde_json::from_str(options).map_err(|e| JsError::new(&format!("training options: {e}")))?;
    let (config, options) = page.build(data).map_err(js_error)?;
    let params = Parameters::init(&config, options.seed as u64);
    let mut trainer =
        Trainer::new(gpu, config.clone(), options.clone(), &params, &data.train, Some(&data.test)).map_err(js_error)?;
    let steps = trainer.steps_per_epoch();
    emit(
        on_event,
        serde_json::json!({
            "kind": "start",
            "model": config.describe(),
            "parameters": config.parameter_count(),
            "stepsPerEpoch": steps,
            "epochs": page.epochs,
            "adapter": gpu.describe(),
        }),
        None,
    )?;
    let views = Views::build(gpu, &config, trainer.gpu_params(), &data.test).await.map_err(js_error)?;
    let before = trainer.evaluate().await.map_err(js_error)?.expect("the page always holds images out");
    emit(on_event, serde_json::json!({ "kind": "heldOut", "epoch": 0, "elbo": before.bound }), None)?;
    let mut records = vec![];
    let mut stopped = false;
    'epochs: for epoch in 1..=page.epochs {
        trainer.start_epoch(epoch).map_err(js_error)?;
        let start = Instant::now();
        let mut last_progress = Instant::now();
        let mut queued: VecDeque<Pin<Box<dyn Future<Output = wgvae::Result<()>> + '_>>> = VecDeque::new();
        let mut done = 0;
        for step in 0..steps {
            if stop.get() {
                stopped = true;
                break;
            }
            trainer.step().map_err(js_error)?;
            done = step + 1;
            queued.push_back(Box::pin(gpu.work_done()));
            while queued.len() > QUEUED_STEPS {
                queued.pop_front().expect("non-empty").await.map_err(js_error)?;
            }
            yield_to_browser().await;
            if let Some(m) = trainer.poll_progress() {
                if !m.bound.is_finite() {
                    return Err(JsError::new(&format!(
                        "the training loss is {} by step {done} of epoch {epoch}: lower the learning rate",
                        -m.bound
                    )));
                }
                let rate = done as f64 * options.batch as f64 / start.elapsed().as_secs_f64();
                emit(
                    on_event,
                    serde_json::json!({
                        "kind": "progress", "epoch": epoch, "step": done, "steps": steps,
                        "loss": -m.bound, "imagesPerSecond": rate,
                    }),
                    None,
                )?;
            }
            if last_progress.elapsed() > PROGRESS_EVERY {
                trainer.request_progress();
                last_progress = Instant::now();
            }
        }
        drop(queued);
        let means = trainer.epoch_means().await.map_err(js_error)?;
        let seconds = start.elapsed().as_secs_f64();
        if !means.bound.is_finite() {
            return Err(JsError::new(&format!(
                "the training loss is {} in epoch {epoch}: lower the learning rate",
                -means.bound
            )));
        }
        let heldout = trainer.evaluate().await.map_err(js_error)?.expect("the page always holds images out");
        let pictures = views.draw(gpu).await.map_err(js_error)?;
        let record = serde_json::json!({
            "kind": "epoch", "epoch": epoch, "steps": done, "loss": -means.bound, "kl": means.kl,
            "heldOutElbo": heldout.bound, "seconds": seconds,
            "imagesPerSecond": done as f64 * options.batch as f64 / seconds,
        });
        emit(on_event, record.clone(), Some(&pictures))?;
        records.push(record);
        if stopped {
            break 'epochs;
        }
    }
    let params = trainer.parameters().await.map_err(js_error)?;
    let summary = serde_json::json!({
        "stopped": stopped, "heldOutElboBefore": before.bound, "epochs": records,
    })
    .to_string();
    Ok((Model { config, params }, summary))
}
