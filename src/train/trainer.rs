//! The [`Trainer`]: the model's parameters, the data and the training step on the GPU, fed
//! epoch by epoch. The data set is uploaded once as u8, or streamed a batch ahead where it is
//! too large ([`GpuImages`]); an epoch writes one shuffled order; a step rewrites a few uniforms
//! and submits one command buffer, never reading back, with at most two steps in flight.

use std::collections::VecDeque;

use rand::SeedableRng;
use rand::seq::SliceRandom;

use super::exchange::ExchangeTimes;
use super::held_out::Evaluation;
use super::metrics::{BoundMeans, METRICS_LEN, SHARE_METRICS, TRAIN_METRICS};
use super::options::TrainOptions;
use super::state;
use super::step::{StepExtras, StepValues, TrainStep};
use crate::data::Dataset;
use crate::data::gpu_images::GpuImages;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, GpuBuffer, Readback};
use crate::kernels::grad_norm;
use crate::kernels::sample::SampleOrigin;
use crate::model::forward::{BoundSpec, ForwardPass, Proposal};
use crate::model::gpu_params::GpuParams;
use crate::model::{ModelConfig, Parameters};
use crate::ranks::Ranks;
use crate::reference::rng::Stream;

pub struct Trainer<'g> {
    pub(super) gpu: &'g Gpu,
    pub config: ModelConfig,
    pub options: TrainOptions,
    params: GpuParams,
    pub(super) data: GpuImages<'g>,
    images: u32,
    pub(super) metrics: GpuBuffer<f32>,
    probe: Readback<f32>,
    pub(super) step: TrainStep,
    pub(super) eval: Option<Evaluation<'g>>,
    /// Adam steps taken so far (the next one is `steps + 1`).
    pub steps: u32,
    /// The epoch under way and the steps submitted in it.
    epoch: u32,
    epoch_steps: u32,
    in_flight: VecDeque<wgpu::SubmissionIndex>,
    /// Data-parallel: the job's ranks, and the epoch's training sums combined from every
    /// rank's shares (in rank order, as the GPU adds one process's chunks).
    pub(super) ranks: Option<&'g dyn Ranks>,
    pub(super) shared_sums: [f32; 3],
    pub exchange: ExchangeTimes,
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
    /// clipped steps so far (after the GPU's work); zeros without.
    pub async fn clip_sums(&mut self) -> Result<[f32; 2]> {
        if self.step.clip_statistics().is_none() {
            return Ok([0.0; 2]);
        }
        self.finish()?;
        let values = self.gpu.read_async(self.step.clip_statistics().expect("clipping")).await?;
        let at = values.len() - grad_norm::STATISTICS;
        Ok([values[at], values[at + 1]])
    }

    fn set_clip_sums(&self, sums: [f32; 2]) -> Result<()> {
        match self.step.clip_statistics() {
            Some(statistics) => self.gpu.write(statistics, statistics.len() - grad_norm::STATISTICS, &sums),
            None => Ok(()),
        }
    }

    /// The training sums (bound, KL, log p(x|z)) of the epoch so far (after the GPU's work).
    pub async fn epoch_sums(&mut self) -> Result<[f32; 3]> {
        self.finish()?;
        let sums = self.gpu.read_async(&self.metrics).await?;
        let at = TRAIN_METRICS as usize;
        Ok([sums[at], sums[at + 1], sums[at + 2]])
    }

    /// Adam's moments per layer (m and v of the weight, then of the bias), as the steps left them.
    pub async fn moments(&self) -> Result<Vec<state::Moments>> {
        let mut moments = vec![];
        for [a, b, c, d] in self.step.moments() {
            let values = self.gpu.read_all_async(&[a, b, c, d]).await?;
            let (a, rest) = values.split_at(a.len());
            let (b, rest) = rest.split_at(b.len());
            let (c, d) = rest.split_at(c.len());
            moments.push([a.to_vec(), b.to_vec(), c.to_vec(), d.to_vec()]);
        }
        Ok(moments)
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

    /// The training means over the epoch (after the GPU's work).
    pub async fn epoch_means(&mut self) -> Result<BoundMeans> {
        self.finish()?;
        let sums = self.gpu.read_async(&self.metrics).await?;
        Ok(BoundMeans::from_sums(&sums[TRAIN_METRICS as usize..], self.epoch_steps as u64 * self.options.batch as u64))
    }

    /// The parameters on the GPU, as the steps leave them.
    pub fn gpu_params(&self) -> &GpuParams {
        &self.params
    }

    pub async fn parameters(&self) -> Result<Parameters> {
        self.params.download(self.gpu).await
    }
}
