//! How to train beyond the model's shape ([`TrainOptions`]), and the checks that turn a bad
//! option into an error naming it before any GPU work: the batch against the data, the chunk
//! against the adapter's buffers, the shares against the ranks, the schedules against the run.

use super::schedule::{self, KlWeight, LrSchedule};
use crate::data::Dataset;
use crate::data::gpu_images::DataMode;
use crate::error::{Error, Result};
use crate::kernels::adam::AdamConfig;
use crate::kernels::matmul::{MAX_MATMUL_ROWS, MatmulKernel};
use crate::model::{ModelConfig, Objective};

/// How to train, beyond the model's shape.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TrainOptions {
    pub objective: Objective,
    /// Importance samples per data point (1 for the ELBO).
    pub samples: u32,
    pub batch: u32,
    pub adam: AdamConfig,
    pub seed: u32,
    /// Dynamic binarization: each time an image is used, pixel j is 1 with probability x_j.
    pub binarize: bool,
    pub kernel: MatmulKernel,
    /// Every this many epochs (0: never), the held-out importance estimate of log p(x) with
    /// `eval_samples` samples per image.
    pub eval_every: u32,
    pub eval_samples: u32,
    /// Images per forward/backward chunk, a divisor of the batch, the chunks' gradients summed
    /// before Adam (gradient accumulation); None: the whole batch where the adapter's buffers
    /// hold it, else the largest divisor that they do.
    #[serde(default)]
    pub chunk: Option<u32>,
    /// The training and held-out images on the GPU whole, or streamed batch by batch (the
    /// same numbers either way).
    #[serde(default)]
    pub data_mode: DataMode,
    /// The KL term's weight, warm-up and free bits (β = 1 and none: the bound itself).
    #[serde(default)]
    pub kl: KlWeight,
    /// The learning rate step by step (Adam's `lr` is the base rate).
    #[serde(default)]
    pub lr_schedule: LrSchedule,
    /// The global gradient norm each step is clipped to; None: no clipping.
    #[serde(default)]
    pub clip_grad_norm: Option<f32>,
}

impl TrainOptions {
    /// Images per forward/backward chunk on an adapter with these `limits`: the requested
    /// chunk, else the batch, else its largest divisor whose activations fit one buffer.
    /// Checked before the weights exist, so an absurd width or batch is an error naming the
    /// limit, not an allocation that fails.
    pub fn chunk_points(&self, config: &ModelConfig, limits: &wgpu::Limits) -> Result<u32> {
        let most = limits.max_storage_buffer_binding_size.min(limits.max_buffer_size);
        let too_large = |what: String, bytes: u64| {
            Error::TooLarge(format!(
                "{what} take {:.1} MiB; this adapter holds at most {:.1} MiB in one buffer (max_storage_buffer_binding_size {}, max_buffer_size {})",
                bytes as f64 / (1 << 20) as f64,
                most as f64 / (1 << 20) as f64,
                limits.max_storage_buffer_binding_size,
                limits.max_buffer_size
            ))
        };
        // The largest activation buffer of a chunk of `points` images, and its trunk.
        let [encoder, decoder] = config.trunk_costs();
        let activations = |points: u32| {
            let samples = self.samples as u64;
            let (trunk, rows, widest) = if encoder.widest as u64 >= decoder.widest as u64 * samples {
                ("the encoder", points as u64, encoder.widest)
            } else {
                ("the decoder", points as u64 * samples, decoder.widest)
            };
            (format!("{trunk}'s activations of {rows} rows x {widest}"), 4 * rows * widest as u64)
        };
        for spec in config.layers() {
            let bytes = 4 * spec.weight_len() as u64;
            if bytes > most {
                return Err(too_large(format!("layer {}: its {:?} weights", spec.name, spec.weight_shape), bytes));
            }
        }
        // A convolution's matmul has a row per pixel: a launch covers MAX_MATMUL_ROWS of them.
        let matmul_rows = |points: u32| {
            let per_point = encoder.matmul_rows.max(decoder.matmul_rows * self.samples as usize) as u64;
            points as u64 * per_point
        };
        if let Some(chunk) = self.chunk {
            self.check_chunk()?;
            let (what, bytes) = activations(chunk);
            if matmul_rows(chunk) > MAX_MATMUL_ROWS {
                return Err(Error::TooLarge(format!(
                    "--chunk {chunk}: a matmul of {} rows; one launch covers at most {MAX_MATMUL_ROWS}",
                    matmul_rows(chunk)
                )));
            }
            return if bytes > most { Err(too_large(format!("--chunk {chunk}: {what}"), bytes)) } else { Ok(chunk) };
        }
        let fits = |points: &u32| activations(*points).1 <= most && matmul_rows(*points) <= MAX_MATMUL_ROWS;
        (1..=self.batch).rev().filter(|c| self.batch.is_multiple_of(*c)).find(fits).ok_or_else(|| {
            let (what, bytes) = activations(1);
            too_large(format!("even one image a chunk: {what}"), bytes)
        })
    }

    /// Whether the global batch splits into `ranks` equal shares (checked before any GPU
    /// work); a chunk, if asked for, must be the share.
    pub fn check_shares(&self, ranks: u32) -> Result<()> {
        if ranks == 0 || !self.batch.is_multiple_of(ranks) {
            return Err(Error::Invalid(format!(
                "--batch {} over {ranks} ranks: the global batch must divide into equal shares, one per rank",
                self.batch
            )));
        }
        match self.chunk {
            Some(chunk) if chunk != self.batch / ranks => Err(Error::Invalid(format!(
                "--chunk {chunk} with {ranks} ranks: each rank computes its share of {} images in one chunk",
                self.batch / ranks
            ))),
            _ => Ok(()),
        }
    }

    fn check_chunk(&self) -> Result<()> {
        match self.chunk {
            Some(chunk) if chunk == 0 || !self.batch.is_multiple_of(chunk) => Err(Error::Invalid(format!(
                "--chunk {chunk}: a chunk divides the batch of {} images into equal parts",
                self.batch
            ))),
            _ => Ok(()),
        }
    }

    /// Whether these options can train on `train`: checked before any GPU work.
    pub fn check(&self, train: &Dataset) -> Result<()> {
        if self.batch == 0 || train.count < self.batch as usize {
            return Err(Error::Invalid(format!(
                "batch size {}: the training data {} holds {} images",
                self.batch,
                train.source.display(),
                train.count
            )));
        }
        if self.samples == 0 || (self.objective == Objective::Elbo && self.samples != 1) {
            return Err(Error::Invalid(format!(
                "--k {} with --objective {:?}: the ELBO takes k = 1, the IWAE k ≥ 1",
                self.samples, self.objective
            )));
        }
        if !(self.adam.lr > 0.0 && self.adam.lr.is_finite()) {
            return Err(Error::Invalid(format!("--lr {}: a positive learning rate", self.adam.lr)));
        }
        self.check_chunk()?;
        if self.eval_every > 0 && self.eval_samples == 0 {
            return Err(Error::Invalid("--eval-k 0: at least one importance sample per image".into()));
        }
        schedule::check_clip(self.clip_grad_norm)
    }

    /// Whether the KL weight and the learning-rate schedule fit a run of `epochs` epochs on
    /// `train` (checked before any GPU work, for new and resumed runs alike).
    pub fn check_run(&self, train: &Dataset, epochs: u32) -> Result<()> {
        self.check(train)?;
        self.kl.check(self.objective, epochs)?;
        let steps_per_epoch = (train.count as u32) / self.batch;
        self.lr_schedule.check(self.adam.lr, epochs, steps_per_epoch)
    }
}
