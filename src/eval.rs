//! The estimators of log p(x) for a trained model, on the GPU (docs/math.md, "Estimators"): the
//! importance-sampling estimate with q(z|x) as proposal, the bounds L_k from the same samples, the
//! ELBO with its reconstruction and KL terms, the naive Monte Carlo estimate with the prior as
//! proposal, the effective sample size and the active units.
//!
//! K samples per image are drawn in chunks of C (so K = 5000 and beyond never needs a K-wide
//! buffer) for P images at a time, and folded into a small per-image state by the streaming
//! estimator kernel. Every random number is keyed by (image, sample), so the answer does not
//! depend on P, C or the device's limits.

use std::collections::VecDeque;
use web_time::Instant;

use crate::data::Dataset;
use crate::data::gpu_images::{DataMode, GpuImages};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::matmul::{MAX_MATMUL_ROWS, MatmulKernel};
use crate::kernels::reduce::{self, EstimatePlan, PointEstimates, StreamColumn};
use crate::kernels::sample::SampleOrigin;
use crate::model::ModelConfig;
use crate::model::forward::{ForwardPass, Proposal};
use crate::model::gpu_params::GpuParams;
use crate::ranks::Ranks;
use crate::reference::reduce::kl_standard_normal;
use crate::reference::rng::Stream;

/// A dimension of z is active when the variance over the data of E_q\[z_i\] exceeds this
/// (Burda et al. 2015).
pub const ACTIVE_UNIT_THRESHOLD: f64 = 0.01;

/// Rows (image · sample) per chunk at most: big enough to keep every launch busy, small
/// enough that two passes' buffers stay in a few hundred MB.
const MAX_ROWS: u64 = 16_384;
/// Images per batch when K is large (so the per-image work spreads over the device).
const MIN_POINTS: u32 = 64;

#[derive(Clone, Debug)]
pub struct EvalOptions {
    /// K: importance samples per image.
    pub samples: u32,
    /// Samples per image for the naive Monte Carlo estimate (z from the prior); 0 skips it.
    pub naive_samples: u32,
    /// The bounds L_k to report (k ≤ K); K itself is the importance estimate.
    pub bound_sizes: Vec<u32>,
    pub binarize: bool,
    pub seed: u32,
    pub kernel: MatmulKernel,
    /// Samples per chunk; None: as many as the device's limits and `MAX_ROWS` allow.
    pub chunk: Option<u32>,
    /// The images on the GPU whole, or streamed batch by batch (the same numbers either way).
    pub data_mode: DataMode,
}

impl EvalOptions {
    /// The bounds reported by default: k = 1, 5, 50, 500, … below K.
    pub fn default_bound_sizes(samples: u32) -> Vec<u32> {
        std::iter::once(1)
            .chain(std::iter::successors(Some(5u32), |k| k.checked_mul(10)))
            .take_while(|&k| k < samples)
            .take(reduce::MAX_GROUPS)
            .collect()
    }
}

/// One image's estimates, nats.
#[derive(Clone, Debug, PartialEq)]
pub struct ImageEstimates {
    /// log p̂(x) = logsumexp_i log w_i − log K.
    pub log_likelihood: f64,
    /// E_q[log p(x|z)] − KL(q‖p), the expectation estimated from the K samples.
    pub elbo: f64,
    pub kl: f64,
    pub reconstruction: f64,
    /// L_k for each of the options' bound sizes.
    pub bounds: Vec<f64>,
    pub ess: f64,
    pub naive: Option<f64>,
}

/// A mean over images and its standard error.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct Mean {
    pub mean: f64,
    pub stderr: f64,
}

impl Mean {
    pub fn of(values: &[f64]) -> Mean {
        let n = values.len().max(1) as f64;
        let mean = values.iter().sum::<f64>() / n;
        // The unbiased variance: n / (n − 1) times the population one.
        let var = variance(values) * n / (n - 1.0).max(1.0);
        Mean { mean, stderr: (var / n).sqrt() }
    }
}

/// The whole data set's results.
#[derive(Clone, Debug)]
pub struct EvalReport {
    pub images: Vec<ImageEstimates>,
    pub samples: u32,
    pub naive_samples: u32,
    pub bound_sizes: Vec<u32>,
    /// Dimensions with Var_x(E_q\[z_i\]) above [`ACTIVE_UNIT_THRESHOLD`], and that variance.
    pub active_units: usize,
    pub latent_variance: Vec<f64>,
    pub seconds: f64,
    /// Decoder samples (importance and prior) per second of the sampling loop.
    pub samples_per_second: f64,
}

impl EvalReport {
    pub fn mean(&self, f: impl Fn(&ImageEstimates) -> f64) -> Mean {
        Mean::of(&self.images.iter().map(f).collect::<Vec<_>>())
    }

    pub fn log_likelihood(&self) -> Mean {
        self.mean(|e| e.log_likelihood)
    }

    pub fn elbo(&self) -> Mean {
        self.mean(|e| e.elbo)
    }

    pub fn bound(&self, j: usize) -> Mean {
        self.mean(|e| e.bounds[j])
    }

    pub fn naive(&self) -> Option<Mean> {
        (self.naive_samples > 0).then(|| self.mean(|e| e.naive.unwrap_or(f64::NAN)))
    }

    /// The bounds by k, with L_K = the importance estimate last.
    pub fn bounds_by_k(&self) -> Vec<(u32, Mean)> {
        let mut out: Vec<(u32, Mean)> = self.bound_sizes.iter().enumerate().map(|(j, &k)| (k, self.bound(j))).collect();
        out.push((self.samples, self.log_likelihood()));
        out
    }
}

impl EvalReport {
    /// One row per image: its estimates (and label, when the data set has them), as CSV.
    pub fn per_image_csv(&self, labels: Option<&[u8]>) -> String {
        use std::fmt::Write as _;
        let mut csv = String::from("image,label,log_likelihood,elbo,reconstruction,kl");
        for k in &self.bound_sizes {
            let _ = write!(csv, ",iwae_{k}");
        }
        csv.push_str(",ess,naive_mc\n");
        for (i, e) in self.images.iter().enumerate() {
            let label = labels.map_or(String::new(), |l| l[i].to_string());
            let _ =
                write!(csv, "{i},{label},{:.6},{:.6},{:.6},{:.6}", e.log_likelihood, e.elbo, e.reconstruction, e.kl);
            for b in &e.bounds {
                let _ = write!(csv, ",{b:.6}");
            }
            let naive = e.naive.map_or(String::new(), |v| format!("{v:.6}"));
            let _ = writeln!(csv, ",{:.3},{naive}", e.ess);
        }
        csv
    }
}

/// One proposal's pass over a batch of images: the forward pass without a bound, the
/// streaming estimator after it, and the state it folds into.
struct SamplingPass {
    pass: ForwardPass,
    accumulate: Dispatch,
    state: GpuBuffer<f32>,
    plan: EstimatePlan,
    eps_stream: Stream,
}

/// Evaluates a model on a data set; built once, run with [`Evaluator::run`].
pub struct Evaluator<'g> {
    gpu: &'g Gpu,
    config: ModelConfig,
    options: EvalOptions,
    data: GpuImages<'g>,
    images: u32,
    /// Images per batch and samples per chunk.
    pub points: u32,
    pub chunk: u32,
    importance: SamplingPass,
    naive: Option<SamplingPass>,
}

impl<'g> Evaluator<'g> {
    pub fn new(
        gpu: &'g Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        data: &'g Dataset,
        options: EvalOptions,
    ) -> Result<Evaluator<'g>> {
        data.check_shape(config, "evaluation data")?;
        let images = data.count as u32;
        if images == 0 {
            return Err(Error::Invalid(format!("evaluation data {}: no images", data.source.display())));
        }
        let plan = EstimatePlan::new(options.samples, options.bound_sizes.clone())?;
        let decoder_flops = config.trunk_costs()[1].flops;
        let samples = images as f64 * (options.samples + options.naive_samples) as f64;
        let kernel = options.kernel.for_run(MatmulKernel::software_seconds(samples * decoder_flops));
        let (points, chunk) =
            batch_shape(gpu, config, images, options.samples.max(options.naive_samples), options.chunk)?;
        // The index is padded to whole batches with image 0; the padding's results are dropped.
        let batches = images.div_ceil(points);
        let order: Vec<u32> = (0..batches * points).map(|i| if i < images { i } else { 0 }).collect();
        let mut images_on_gpu = GpuImages::new(gpu, data, batches * points, points, options.data_mode, "evaluation")?;
        images_on_gpu.set_order(gpu, &order)?;
        let build = |proposal: Proposal, plan: EstimatePlan, column: StreamColumn, eps_stream: Stream| {
            let pass = ForwardPass::build(
                gpu,
                config,
                params,
                images_on_gpu.buffers(),
                points,
                chunk,
                1,
                proposal,
                None,
                options.binarize,
                kernel,
            )?;
            let state = gpu.zeros::<f32>("estimator state", points as usize * plan.state_len())?;
            let accumulate =
                reduce::estimate_accumulate(gpu, &pass.densities, &state, points, chunk, column, &plan, 0)?;
            Ok::<_, Error>(SamplingPass { pass, accumulate, state, plan, eps_stream })
        };
        let importance = build(Proposal::Encoder, plan, StreamColumn::LogWeight, Stream::EvalEps)?;
        let naive = match options.naive_samples {
            0 => None,
            k => Some(build(
                Proposal::Prior,
                EstimatePlan::new(k, vec![])?,
                StreamColumn::LogLikelihood,
                Stream::EvalPrior,
            )?),
        };
        Ok(Evaluator {
            gpu,
            config: config.clone(),
            options,
            data: images_on_gpu,
            images,
            points,
            chunk,
            importance,
            naive,
        })
    }

    /// Runs over every image; `progress(done, total)` is called as samples complete.
    pub async fn run(&mut self, progress: impl FnMut(u64, u64)) -> Result<EvalReport> {
        self.run_with_ranks(None, progress).await
    }

    /// [`run`](Self::run), the batches shared among data-parallel `ranks` (batch i on rank
    /// i mod ranks) and every rank's estimates gathered, so each rank returns the report of
    /// all the images, the same as one process's: an image's samples do not depend on
    /// which rank draws them. `progress` counts this rank's samples.
    pub async fn run_with_ranks(
        &mut self,
        ranks: Option<&dyn Ranks>,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<EvalReport> {
        let start = Instant::now();
        let (rank, size) = ranks.filter(|r| r.size() > 1).map_or((0, 1), |r| (r.rank(), r.size()));
        let per_image = self.options.samples as u64 + self.options.naive_samples as u64;
        let batches = self.images.div_ceil(self.points);
        let mine = (0..batches).filter(|b| b % size == rank).map(|b| self.points.min(self.images - b * self.points));
        let total = mine.map(|count| count as u64).sum::<u64>() * per_image;
        let mut results = Vec::with_capacity(self.images as usize);
        let mut means = vec![Vec::with_capacity(self.images as usize); self.config.latent()];
        let mut done = 0;
        for batch in (0..batches).filter(|b| b % size == rank) {
            let first = batch * self.points;
            let count = self.points.min(self.images - first);
            self.sample_batch(first, count, |d| progress(done + d, total))?;
            results.extend(self.read_batch(count, &mut means).await?);
            done += count as u64 * per_image;
            progress(done, total);
        }
        if let Some(ranks) = ranks.filter(|_| size > 1) {
            (results, means) = self.gather(ranks, &results, &means)?;
        }
        let seconds = start.elapsed().as_secs_f64();
        if let Some(b) = results.iter().position(|e| !e.log_likelihood.is_finite() || !e.elbo.is_finite()) {
            return Err(Error::Invalid(format!(
                "image {b}: the estimate is not finite (log p̂ {}, ELBO {}); is the checkpoint diverged?",
                results[b].log_likelihood, results[b].elbo
            )));
        }
        let latent_variance: Vec<f64> = means.iter().map(|m| variance(m)).collect();
        Ok(EvalReport {
            images: results,
            samples: self.options.samples,
            naive_samples: self.options.naive_samples,
            bound_sizes: self.options.bound_sizes.clone(),
            active_units: latent_variance.iter().filter(|&&v| v > ACTIVE_UNIT_THRESHOLD).count(),
            latent_variance,
            seconds,
            // The job's samples: every image's, whichever rank drew them.
            samples_per_second: self.images as f64 * per_image as f64 / seconds,
        })
    }

    /// Every rank's estimates and posterior means in image order, from this rank's of its
    /// batches (rank r holds batches r, r + ranks, …): each image a row of f64 values, sent
    /// as their bits.
    fn gather(
        &self,
        ranks: &dyn Ranks,
        results: &[ImageEstimates],
        means: &[Vec<f64>],
    ) -> Result<(Vec<ImageEstimates>, Vec<Vec<f64>>)> {
        let (rank, size, latent) = (ranks.rank(), ranks.size(), self.config.latent());
        let bounds = self.options.bound_sizes.len();
        let width = 6 + bounds + latent;
        let mut rows = vec![0f64; self.images as usize * width];
        let mut mine = 0;
        for batch in (0..self.images.div_ceil(self.points)).filter(|b| b % size == rank) {
            let first = (batch * self.points) as usize;
            for image in first..(first + self.points as usize).min(self.images as usize) {
                let e = &results[mine];
                let row = &mut rows[image * width..][..width];
                row[..6].copy_from_slice(&[
                    e.log_likelihood,
                    e.elbo,
                    e.kl,
                    e.reconstruction,
                    e.ess,
                    e.naive.unwrap_or(f64::NAN),
                ]);
                row[6..6 + bounds].copy_from_slice(&e.bounds);
                for (d, list) in means.iter().enumerate() {
                    row[6 + bounds + d] = list[mine];
                }
                mine += 1;
            }
        }
        let all: Vec<f64> = bytemuck::pod_collect_to_vec(&ranks.all_gather(bytemuck::cast_slice(&rows))?);
        let (mut results, mut means) = (Vec::new(), vec![Vec::new(); latent]);
        for image in 0..self.images as usize {
            let owner = (image as u32 / self.points) % size;
            let row = &all[owner as usize * rows.len() + image * width..][..width];
            results.push(ImageEstimates {
                log_likelihood: row[0],
                elbo: row[1],
                kl: row[2],
                reconstruction: row[3],
                ess: row[4],
                naive: self.naive.as_ref().map(|_| row[5]),
                bounds: row[6..6 + bounds].to_vec(),
            });
            for (d, list) in means.iter_mut().enumerate() {
                list.push(row[6 + bounds + d]);
            }
        }
        Ok((results, means))
    }

    /// Draws every sample of the `count` images from `first` (both proposals), chunk by
    /// chunk, one submit each, at most two waiting behind the one running; `progress` gets the
    /// samples done in this batch.
    fn sample_batch(&mut self, first: u32, count: u32, mut progress: impl FnMut(u64)) -> Result<()> {
        let (gpu, seed, chunk) = (self.gpu, self.options.seed, self.chunk);
        let binarize = Stream::EvalBinarize.key(seed, 0);
        let (mut done, mut in_flight) = (0u64, VecDeque::new());
        // Streamed: the batch's images into the window, once for both proposals.
        self.data.stage(gpu, first, self.points)?;
        for sp in std::iter::once(&mut self.importance).chain(self.naive.as_mut()) {
            let eps = sp.eps_stream.key(seed, 0);
            for start_sample in (0..sp.plan.samples).step_by(chunk as usize) {
                let origin = SampleOrigin { point: first, sample: start_sample };
                if start_sample == 0 {
                    sp.pass.set_batch(gpu, self.data.buffers().index, first, binarize, eps, origin)?;
                } else {
                    sp.pass.set_samples(gpu, eps, origin)?;
                }
                reduce::set_first_sample(gpu, &mut sp.accumulate, start_sample)?;
                // The batch is encoded once; later chunks reuse x and q(z|x).
                let encode = sp.pass.encode_launches().filter(|_| start_sample == 0);
                let launches = encode.chain(sp.pass.sample_launches()).chain([&sp.accumulate]);
                let samples = count as u64 * chunk.min(sp.plan.samples - start_sample) as u64;
                in_flight.push_back((gpu.submit("evaluation chunk", launches)?, samples));
                while in_flight.len() > 2 {
                    let (oldest, samples) = in_flight.pop_front().expect("non-empty");
                    gpu.wait_for(oldest)?;
                    done += samples;
                    progress(done);
                }
            }
        }
        Ok(())
    }

    /// The estimates of the batch's first `count` images from the states (after the GPU's
    /// work); appends each image's posterior mean to `means`, one list per latent dimension.
    async fn read_batch(&self, count: u32, means: &mut [Vec<f64>]) -> Result<Vec<ImageEstimates>> {
        let latent = self.config.latent();
        let state = self.gpu.read_async(&self.importance.state).await?;
        let enc = self.gpu.read_async(self.importance.pass.enc()).await?;
        let naive = match &self.naive {
            Some(n) => Some((&n.plan, self.gpu.read_async(&n.state).await?)),
            None => None,
        };
        let row_of = |plan: &EstimatePlan, state: &[f32], b: usize| {
            plan.finish(&state[b * plan.state_len()..][..plan.state_len()])
        };
        Ok((0..count as usize)
            .map(|b| {
                let e: PointEstimates = row_of(&self.importance.plan, &state, b);
                let (mu, logvar) = enc[b * 2 * latent..][..2 * latent].split_at(latent);
                for (list, &m) in means.iter_mut().zip(mu) {
                    list.push(m as f64);
                }
                let kl = kl_standard_normal(mu, logvar);
                ImageEstimates {
                    log_likelihood: e.log_mean,
                    elbo: e.reconstruction - kl,
                    kl,
                    reconstruction: e.reconstruction,
                    bounds: e.bounds,
                    ess: e.ess,
                    naive: naive.as_ref().map(|(plan, st)| row_of(plan, st, b).log_mean),
                }
            })
            .collect())
    }
}

/// The population variance of `values`.
fn variance(values: &[f64]) -> f64 {
    let n = values.len().max(1) as f64;
    let mean = values.iter().sum::<f64>() / n;
    values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n
}

/// (images per batch P, samples per chunk C) for K samples per image: C·P rows at most
/// [`MAX_ROWS`], what the device's largest storage binding holds and what a matmul launch
/// covers ([`MAX_MATMUL_ROWS`], a row per pixel in a convolution), C spread evenly over
/// the chunks so the padded last chunk wastes little.
fn batch_shape(gpu: &Gpu, config: &ModelConfig, images: u32, samples: u32, chunk: Option<u32>) -> Result<(u32, u32)> {
    let costs = config.trunk_costs();
    let widest = costs.iter().map(|c| c.widest).max().unwrap_or(1).max(4) as u64;
    let matmul_rows = costs.iter().map(|c| c.matmul_rows).max().unwrap_or(1) as u64;
    let binding = gpu.limits.max_storage_buffer_binding_size;
    let max_rows = MAX_ROWS.min(binding / (4 * widest)).min(MAX_MATMUL_ROWS / matmul_rows).max(1);
    let points = (images as u64).min((max_rows / samples as u64).max(MIN_POINTS as u64)).min(max_rows) as u32;
    let chunk = match chunk {
        Some(0) => return Err(Error::Invalid("--chunk 0: at least one sample per chunk".into())),
        Some(c) => c.min(samples),
        None => {
            let most = (max_rows / points as u64).max(1) as u32;
            samples.div_ceil(samples.div_ceil(most))
        }
    };
    if points as u64 * chunk as u64 > max_rows.max(points as u64) {
        return Err(Error::Invalid(format!(
            "a chunk of {chunk} samples for {points} images needs {} rows; this device holds {max_rows}",
            points as u64 * chunk as u64
        )));
    }
    Ok((points, chunk))
}
