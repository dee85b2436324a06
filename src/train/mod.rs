//! Training: the GPU step graph ([`step`]) and the [`Trainer`] that feeds it. The data set
//! is uploaded once as u8, or streamed a batch ahead where it is too large
//! ([`GpuImages`]); an epoch writes one shuffled order; a step rewrites a few uniforms and
//! submits one command buffer, never reading back, with at most two steps in flight.

pub mod pictures;
pub mod ranks;
pub mod run;
pub mod schedule;
pub mod state;
pub mod step;

use std::collections::VecDeque;
use std::time::{Duration, Instant};

use rand::SeedableRng;
use rand::seq::SliceRandom;

use crate::data::Dataset;
use crate::data::gpu_images::{DataMode, GpuImages};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, GpuBuffer, Readback};
use crate::kernels::adam::AdamConfig;
use crate::kernels::grad_norm;
use crate::kernels::matmul::{MAX_MATMUL_ROWS, MatmulKernel};
use crate::kernels::sample::SampleOrigin;
use crate::model::{ModelConfig, Objective, Parameters};
use crate::reference::rng::Stream;
use ranks::Ranks;
use schedule::{KlWeight, LrSchedule};
use step::{
    BoundSpec, EVAL_METRICS, ForwardPass, GpuParams, METRICS_LEN, Proposal, SHARE_METRICS, StepExtras, StepValues,
    TRAIN_METRICS, TrainStep,
};

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

/// Means per image, over the batches seen, of the bound, the KL and log p(x|z) (nats).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoundMeans {
    pub bound: f64,
    pub kl: f64,
    pub log_px: f64,
}

impl BoundMeans {
    fn from_sums(sums: &[f32], images: u64) -> BoundMeans {
        let n = images.max(1) as f64;
        BoundMeans { bound: sums[0] as f64 / n, kl: sums[1] as f64 / n, log_px: sums[2] as f64 / n }
    }
}

/// The held-out set on the GPU and the forward passes that cover it (a remainder pass when
/// the batch does not divide it).
struct Evaluation<'d> {
    data: GpuImages<'d>,
    passes: Vec<(ForwardPass, u32)>,
    images: u32,
}

const EVAL_BATCH: u32 = 500;

pub struct Trainer<'g> {
    gpu: &'g Gpu,
    pub config: ModelConfig,
    pub options: TrainOptions,
    params: GpuParams,
    data: GpuImages<'g>,
    images: u32,
    metrics: GpuBuffer<f32>,
    probe: Readback<f32>,
    step: TrainStep,
    eval: Option<Evaluation<'g>>,
    /// Adam steps taken so far (the next one is `steps + 1`).
    pub steps: u32,
    /// The epoch under way and the steps submitted in it.
    epoch: u32,
    epoch_steps: u32,
    in_flight: VecDeque<wgpu::SubmissionIndex>,
    /// Data-parallel: the job's ranks, and the epoch's training sums combined from every
    /// rank's shares (in rank order, as the GPU adds one process's chunks).
    ranks: Option<&'g dyn Ranks>,
    shared_sums: [f32; 3],
    pub exchange: ExchangeTimes,
}

/// Where a data-parallel step's time goes beyond the share's own work, summed over the steps.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExchangeTimes {
    pub steps: u32,
    /// Waiting for this rank's share to finish on the GPU (its forward and backward, after
    /// the last step's sum and Adam).
    pub share: Duration,
    /// Copying its gradients back (the one read-back).
    pub read_back: Duration,
    /// The all-gather among the ranks (it includes waiting for the slowest).
    pub gather: Duration,
    /// Handing every rank's gradients to the GPU.
    pub upload: Duration,
    /// Bytes each rank sends per step.
    pub bytes_per_rank: usize,
}

impl<'g> Trainer<'g> {
    pub fn new(
        gpu: &'g Gpu,
        config: ModelConfig,
        options: TrainOptions,
        params: &Parameters,
        train: &'g Dataset,
        test: Option<&'g Dataset>,
    ) -> Result<Trainer<'g>> {
        Trainer::with_ranks(gpu, config, options, params, train, test, None)
    }

    /// A trainer that, with `ranks`, is one rank of a data-parallel job: it computes the
    /// gradient of its share (`--batch` / ranks images, in one chunk) and each step combines
    /// every rank's. Without (or with one rank) it is [`new`](Self::new).
    pub fn with_ranks(
        gpu: &'g Gpu,
        config: ModelConfig,
        options: TrainOptions,
        params: &Parameters,
        train: &'g Dataset,
        test: Option<&'g Dataset>,
        ranks: Option<&'g dyn Ranks>,
    ) -> Result<Trainer<'g>> {
        train.check_shape(&config, "training data")?;
        options.check(train)?;
        // One rank alone is one process.
        let ranks = ranks.filter(|r| r.size() > 1);
        if let Some(r) = ranks {
            options.check_shares(r.size())?;
        }
        // A rank's share is one chunk of the global batch.
        let size = ranks.map_or(1, |r| r.size());
        let share = options.batch / size;
        let chunk = match ranks {
            None => options.chunk_points(&config, &gpu.limits)?,
            Some(_) => TrainOptions { chunk: Some(share), ..options.clone() }.chunk_points(&config, &gpu.limits)?,
        };
        let params = GpuParams::upload(gpu, &config, params)?;
        let images = train.count as u32;
        let data = GpuImages::new(gpu, train, images, share, options.data_mode, "training")?;
        let metrics = gpu.zeros::<f32>("metrics", METRICS_LEN)?;
        let slot = if ranks.is_some() { SHARE_METRICS } else { TRAIN_METRICS };
        let forward = ForwardPass::build(
            gpu,
            &config,
            &params,
            data.buffers(),
            chunk,
            options.samples,
            share / chunk,
            Proposal::Encoder,
            Some(BoundSpec { objective: options.objective, metrics: &metrics, slot }),
            options.binarize,
            options.kernel,
        )?;
        let extras = StepExtras { free_bits: options.kl.free_bits, clip_grad_norm: options.clip_grad_norm };
        let step = TrainStep::build(gpu, &config, &params, forward, options.adam, options.kernel, extras, size)?;
        let eval = match test {
            Some(test) => Some(Evaluation::build(gpu, &config, &options, &params, test, &metrics)?),
            None => None,
        };
        let probe = Readback::new(gpu, &metrics);
        Ok(Trainer {
            gpu,
            config,
            options,
            params,
            data,
            images,
            metrics,
            probe,
            step,
            eval,
            steps: 0,
            epoch: 0,
            epoch_steps: 0,
            in_flight: VecDeque::new(),
            ranks,
            shared_sums: [0.0; 3],
            exchange: ExchangeTimes::default(),
        })
    }

    /// The epoch under way (0 before the first).
    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// Steps submitted in the epoch under way.
    pub fn epoch_steps(&self) -> u32 {
        self.epoch_steps
    }

    /// Full batches per epoch; the remainder of the shuffled order waits for a later epoch.
    pub fn steps_per_epoch(&self) -> u32 {
        self.images / self.options.batch
    }

    /// Whether the training images are streamed a batch ahead rather than resident.
    pub fn data_streamed(&self) -> bool {
        self.data.is_streamed()
    }

    pub fn launches_per_step(&self) -> usize {
        self.step.launches().count()
    }

    /// The launches of one step, in order (for per-kernel timing).
    pub fn launches(&self) -> impl Iterator<Item = &crate::gpu::Dispatch> {
        self.step.launches()
    }

    /// Shuffles the training order for `epoch` and zeroes the training sums.
    pub fn start_epoch(&mut self, epoch: u32) -> Result<()> {
        let mut order: Vec<u32> = (0..self.images).collect();
        let mut rng = rand::rngs::StdRng::seed_from_u64(((self.options.seed as u64) << 32) | epoch as u64);
        order.shuffle(&mut rng);
        self.data.set_order(self.gpu, &order)?;
        self.gpu.write(&self.metrics, TRAIN_METRICS as usize, &[0.0; 3])?;
        self.shared_sums = [0.0; 3];
        self.set_clip_sums([0.0; 2])?;
        self.epoch = epoch;
        self.epoch_steps = 0;
        Ok(())
    }

    /// Picks up `epoch` after its first `done` steps, with the training sums and clipping
    /// statistics they left (a resumed run): the same order as
    /// [`start_epoch`](Self::start_epoch) gives.
    pub fn continue_epoch(&mut self, epoch: u32, done: u32, sums: [f32; 3], clip_sums: [f32; 2]) -> Result<()> {
        self.start_epoch(epoch)?;
        self.gpu.write(&self.metrics, TRAIN_METRICS as usize, &sums)?;
        self.shared_sums = sums;
        self.set_clip_sums(clip_sums)?;
        self.epoch_steps = done.min(self.steps_per_epoch());
        Ok(())
    }

    /// With clipping: the epoch's sum of gradient norms before clipping and its count of
    /// clipped steps so far (waits for the GPU); zeros without.
    pub fn clip_sums(&mut self) -> Result<[f32; 2]> {
        if self.step.clip_statistics().is_none() {
            return Ok([0.0; 2]);
        }
        self.finish()?;
        let values = self.gpu.read(self.step.clip_statistics().expect("clipping"))?;
        let at = values.len() - grad_norm::STATISTICS;
        Ok([values[at], values[at + 1]])
    }

    fn set_clip_sums(&self, sums: [f32; 2]) -> Result<()> {
        match self.step.clip_statistics() {
            Some(statistics) => self.gpu.write(statistics, statistics.len() - grad_norm::STATISTICS, &sums),
            None => Ok(()),
        }
    }

    /// The training sums (bound, KL, log p(x|z)) of the epoch so far (waits for the GPU).
    pub fn epoch_sums(&mut self) -> Result<[f32; 3]> {
        self.finish()?;
        let sums = self.gpu.read(&self.metrics)?;
        let at = TRAIN_METRICS as usize;
        Ok([sums[at], sums[at + 1], sums[at + 2]])
    }

    /// Adam's moments per layer (m and v of the weight, then of the bias), as the steps left them.
    pub fn moments(&self) -> Result<Vec<state::Moments>> {
        self.step
            .moments()
            .map(|[a, b, c, d]| Ok([self.gpu.read(a)?, self.gpu.read(b)?, self.gpu.read(c)?, self.gpu.read(d)?]))
            .collect()
    }

    /// Puts back Adam's moments and step count from a saved run.
    pub fn restore_optimizer(&mut self, moments: &[state::Moments], steps: u32) -> Result<()> {
        if moments.len() != self.step.moments().count() {
            return Err(Error::Invalid(format!(
                "optimizer state for {} layers, the model has {}",
                moments.len(),
                self.step.moments().count()
            )));
        }
        for (saved, buffers) in moments.iter().zip(self.step.moments()) {
            for (values, buffer) in saved.iter().zip(buffers) {
                if values.len() != buffer.len() {
                    return Err(Error::Invalid(format!(
                        "optimizer state of {} values for {}",
                        values.len(),
                        buffer.len()
                    )));
                }
                self.gpu.write(buffer, 0, values)?;
            }
        }
        self.steps = steps;
        Ok(())
    }

    /// The learning rate and KL weight of step `step` (0-based, over the whole run).
    pub fn values_at(&self, step: u32) -> StepValues {
        let per_epoch = self.steps_per_epoch();
        StepValues {
            adam_step: step + 1,
            lr: self.options.lr_schedule.lr_at(self.options.adam.lr, step as u64, per_epoch),
            beta: self.options.kl.beta_at(step as u64, per_epoch),
        }
    }

    /// Submits the next step of the epoch without waiting for it, keeping at most two steps
    /// queued behind the one running.
    pub fn step(&mut self) -> Result<()> {
        self.step_and_agree(false).map(|_| ())
    }

    /// [`step`](Self::step), telling the other ranks whether this one wants to stop after it;
    /// true when any rank does (alone: when this one does), so that all stop after the same
    /// step.
    pub fn step_and_agree(&mut self, stop: bool) -> Result<bool> {
        if self.epoch_steps >= self.steps_per_epoch() {
            return Err(Error::Invalid("step past the end of the epoch".into()));
        }
        self.steps += 1;
        let seed = self.options.seed;
        // A rank's share starts where one process's chunk of the same index does.
        let (share, rank) = match self.ranks {
            Some(r) => (self.options.batch / r.size(), r.rank()),
            None => (self.options.batch, 0),
        };
        let offset = self.epoch_steps * self.options.batch + rank * share;
        // Keyed by the seed with the step as offset: every number a run draws is a function of
        // the seed alone.
        let binarize = Stream::TrainBinarize.key(seed, self.steps);
        let eps = Stream::TrainEps.key(seed, self.steps);
        let origin = SampleOrigin { point: rank * share, sample: 0 };
        self.data.stage(self.gpu, offset, share)?;
        self.step.forward.set_batch(self.gpu, self.data.buffers().index, offset, binarize, eps, origin)?;
        let values = self.values_at(self.steps - 1);
        self.step.set_values(self.gpu, values)?;
        let (submitted, stop) = match self.ranks {
            None => (self.gpu.submit("training step", self.step.launches())?, stop),
            Some(ranks) => self.shared_step(ranks, stop)?,
        };
        self.epoch_steps += 1;
        self.in_flight.push_back(submitted);
        while self.in_flight.len() > 2 {
            let oldest = self.in_flight.pop_front().expect("non-empty");
            self.gpu.wait_for(oldest)?;
        }
        Ok(stop)
    }

    /// A data-parallel step: this rank's share forward and backward, its gradients and bound
    /// sums read back (one read-back), every rank's gathered with its wish to stop, the
    /// shares summed in rank order and Adam. Returns whether any rank wants to stop.
    fn shared_step(&mut self, ranks: &dyn Ranks, stop: bool) -> Result<(wgpu::SubmissionIndex, bool)> {
        self.gpu.write(&self.metrics, SHARE_METRICS as usize, &[0.0; 3])?;
        let t0 = Instant::now();
        self.gpu.submit("training step (this rank's share)", self.step.gradient_launches())?;
        self.gpu.wait()?;
        let t1 = Instant::now();
        let mut outgoing = self.step.share_gradients();
        outgoing.push(&self.metrics);
        let mut mine = self.gpu.read_all(&outgoing)?;
        mine.push(if stop { 1.0 } else { 0.0 });
        let t2 = Instant::now();
        let all = ranks.all_gather(&mine)?;
        let t3 = Instant::now();
        let grads = self.step.share_len();
        let shares: Vec<&[f32]> = all.chunks(mine.len()).collect();
        let any_stop = shares.iter().any(|s| s[s.len() - 1] != 0.0);
        for share in &shares {
            let sums = &share[grads + SHARE_METRICS as usize..][..3];
            for (total, v) in self.shared_sums.iter_mut().zip(sums) {
                *total += v;
            }
        }
        self.gpu.write(&self.metrics, TRAIN_METRICS as usize, &self.shared_sums)?;
        let gradients: Vec<&[f32]> = shares.iter().map(|s| &s[..grads]).collect();
        self.step.set_received(self.gpu, &gradients)?;
        let e = &mut self.exchange;
        (e.share, e.read_back, e.gather) = (e.share + (t1 - t0), e.read_back + (t2 - t1), e.gather + (t3 - t2));
        e.upload += t3.elapsed();
        e.steps += 1;
        e.bytes_per_rank = 4 * mine.len();
        let submitted =
            self.gpu.submit("training step (the ranks' shares summed, Adam)", self.step.combine_launches())?;
        Ok((submitted, any_stop))
    }

    /// Waits for every submitted step.
    pub fn finish(&mut self) -> Result<()> {
        self.in_flight.clear();
        self.gpu.wait()
    }

    /// Asks for the running training sums; [`poll_progress`](Self::poll_progress) returns them
    /// once the GPU gets there.
    pub fn request_progress(&self) {
        self.probe.request(self.gpu, &self.metrics);
    }

    /// The per-image training means over the epoch so far, if a requested read-back is ready
    /// (the step count they cover is approximate: the steps submitted by then).
    pub fn poll_progress(&self) -> Option<BoundMeans> {
        let sums = self.probe.poll(self.gpu)?;
        Some(BoundMeans::from_sums(
            &sums[TRAIN_METRICS as usize..],
            self.epoch_steps as u64 * self.options.batch as u64,
        ))
    }

    /// The training means over the epoch (waits for the GPU).
    pub fn epoch_means(&mut self) -> Result<BoundMeans> {
        self.finish()?;
        let sums = self.gpu.read(&self.metrics)?;
        Ok(BoundMeans::from_sums(&sums[TRAIN_METRICS as usize..], self.epoch_steps as u64 * self.options.batch as u64))
    }

    /// The held-out ELBO (one sample per image, analytic KL) with the same binarization and ε
    /// at every call, so epochs compare on equal terms. None without held-out data.
    pub fn evaluate(&mut self) -> Result<Option<BoundMeans>> {
        let Some(eval) = &mut self.eval else { return Ok(None) };
        // Data-parallel: batch b on rank b mod ranks, each batch's sums read back on its own.
        let (rank, size) = self.ranks.map_or((0, 1), |r| (r.rank(), r.size()));
        let mut totals = vec![];
        self.gpu.write(&self.metrics, EVAL_METRICS as usize, &[0.0; 3])?;
        let seed = self.options.seed;
        let (mut offset, mut batch) = (0, 0);
        for (pass, batches) in &mut eval.passes {
            for _ in 0..*batches {
                if batch % size == rank {
                    let binarize = Stream::HeldOutBinarize.key(seed, batch);
                    let eps = Stream::HeldOutEps.key(seed, batch);
                    let index = eval.data.buffers().index;
                    eval.data.stage(self.gpu, offset, pass.shape.points)?;
                    pass.set_batch(self.gpu, index, offset, binarize, eps, SampleOrigin::default())?;
                    self.gpu.submit("held-out evaluation", pass.launches())?;
                    if self.ranks.is_some() {
                        let sums = self.gpu.read(&self.metrics)?;
                        totals.extend_from_slice(&sums[EVAL_METRICS as usize..][..3]);
                        self.gpu.write(&self.metrics, EVAL_METRICS as usize, &[0.0; 3])?;
                    }
                } else {
                    totals.extend_from_slice(&[0.0; 3]);
                }
                offset += pass.shape.points;
                batch += 1;
            }
        }
        let sums = match self.ranks {
            None => {
                self.gpu.wait()?;
                let sums = self.gpu.read(&self.metrics)?;
                [0, 1, 2].map(|k| sums[EVAL_METRICS as usize + k])
            }
            // Every batch's sums from its rank, added in batch order as one process's GPU adds
            // them (an f32 addition is the same everywhere), so the held-out ELBO is the same.
            Some(ranks) => {
                let all = ranks.all_gather(&totals)?;
                let mut sums = [0f32; 3];
                for b in 0..batch {
                    let from = &all[(b % size) as usize * totals.len() + 3 * b as usize..][..3];
                    for (s, v) in sums.iter_mut().zip(from) {
                        *s += v;
                    }
                }
                sums
            }
        };
        Ok(Some(BoundMeans::from_sums(&sums, eval.images as u64)))
    }

    /// The parameters on the GPU, as the steps leave them.
    pub fn gpu_params(&self) -> &GpuParams {
        &self.params
    }

    pub fn parameters(&self) -> Result<Parameters> {
        self.params.download(self.gpu)
    }
}

impl<'d> Evaluation<'d> {
    fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        options: &TrainOptions,
        params: &GpuParams,
        test: &'d Dataset,
        metrics: &GpuBuffer<f32>,
    ) -> Result<Evaluation<'d>> {
        test.check_shape(config, "held-out data")?;
        let images = test.count as u32;
        if images == 0 {
            return Err(Error::Invalid(format!("held-out data {}: no images", test.source.display())));
        }
        let full = EVAL_BATCH.min(images);
        let data = GpuImages::new(gpu, test, images, full, options.data_mode, "held-out")?;
        let mut passes = vec![];
        for (points, batches) in [(full, images / full), (images % full, 1)] {
            if points == 0 {
                continue;
            }
            let pass = ForwardPass::build(
                gpu,
                config,
                params,
                data.buffers(),
                points,
                1,
                1,
                Proposal::Encoder,
                Some(BoundSpec { objective: Objective::Elbo, metrics, slot: EVAL_METRICS }),
                options.binarize,
                options.kernel,
            )?;
            passes.push((pass, batches));
        }
        Ok(Evaluation { data, passes, images })
    }
}
