//! EM for the diagonal Gaussian mixture on the GPU, out of the engine's own kernels:
//!
//! - E-step: with the features F = [x | x²] [N, 2D], log p(x_n, k) is linear in F, so one
//!   `linear_forward` computes it for every point and component (src/reference/mixture.rs,
//!   `e_step_layer`). Its output rows of 4K lay the N·K values out as the IWAE reduction's
//!   rows of four, log w first and zeros after, and `iwae_reduce` with the K components as
//!   the K "samples" is then the E-step exactly: its softmax weights are the responsibilities
//!   p(k | x_n), its bound is log p(x_n) − log K, and it sums the bounds into the metrics.
//!   K here is the padded count (`padded_components`): the extra components never win a point.
//! - M-step: `linear_grad_weight` of the responsibilities and F gives the sufficient statistics
//!   S = Rᵀ F = (Σ r x | Σ r x²) and, as its row sums, the counts N_k; points too many for one
//!   buffer run in chunks whose statistics the gradient `accumulate` kernel sums; then
//!   `mixture_m_step` and `mixture_bias` write the new mixture and the next E-step's layer.
//!
//! One submit per iteration; the only read-back is the log-likelihood that decides convergence.
//! Initialization is k-means++: the squared distances to each new centre by the same matmul
//! (‖x − c‖² = x²·1 − 2 x·c + ‖c‖², a layer over F), the draw on the CPU from them.

use rand::{RngExt, SeedableRng};

use super::Mixture;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::accumulate;
use crate::kernels::activation::Activation;
use crate::kernels::density::SampleShape;
use crate::kernels::matmul::{self, LinearShape, MatmulKernel};
use crate::kernels::mixture::{self, MixtureBuffers};
use crate::kernels::reduce::{self, BoundOutputs, MetricsSlot};
use crate::reference::mixture::{e_step_layer, features, padded_components};

/// How to fit.
#[derive(Clone, Debug, PartialEq)]
pub struct FitOptions {
    pub components: usize,
    /// The most EM iterations.
    pub iterations: u32,
    /// Converged when the mean log-likelihood per point changes by less than this (nats).
    pub tolerance: f64,
    pub seed: u64,
    /// Every variance is at least exp(logvar_floor).
    pub logvar_floor: f32,
    pub kernel: MatmulKernel,
    /// Points per chunk of the E- and M-steps; None: as many as the adapter's buffers hold.
    pub chunk: Option<usize>,
}

/// A mixture on the GPU, with the E-step's layer computed from it.
pub struct GpuMixture {
    pub components: usize,
    /// The components the E- and M-step buffers hold (see `padded_components`).
    padded: usize,
    pub dim: usize,
    weights: GpuBuffer<f32>,
    means: GpuBuffer<f32>,
    variances: GpuBuffer<f32>,
    layer_w: GpuBuffer<f32>,
    layer_b: GpuBuffer<f32>,
}

impl GpuMixture {
    pub fn upload(gpu: &Gpu, mixture: &Mixture) -> Result<GpuMixture> {
        let (w, b) = e_step_layer(mixture);
        Ok(GpuMixture {
            components: mixture.components(),
            padded: padded_components(mixture.components()),
            dim: mixture.dim,
            weights: gpu.upload("mixture weights", &mixture.weights)?,
            means: gpu.upload("mixture means", &mixture.means)?,
            variances: gpu.upload("mixture variances", &mixture.variances)?,
            layer_w: gpu.upload("E-step weight", &w)?,
            layer_b: gpu.upload("E-step bias", &b)?,
        })
    }

    pub fn download(&self, gpu: &Gpu) -> Result<Mixture> {
        Ok(Mixture {
            dim: self.dim,
            weights: gpu.read(&self.weights)?,
            means: gpu.read(&self.means)?,
            variances: gpu.read(&self.variances)?,
        })
    }

    fn buffers(&self) -> MixtureBuffers<'_> {
        MixtureBuffers {
            weights: &self.weights,
            means: &self.means,
            variances: &self.variances,
            layer_w: &self.layer_w,
            layer_b: &self.layer_b,
        }
    }
}

/// Points a chunk of which fits every buffer on this adapter: its features [rows, 2D] and
/// its E-step output [rows, 4K].
fn chunk_rows(gpu: &Gpu, dim: usize, components: usize) -> Result<usize> {
    let most = gpu.limits.max_storage_buffer_binding_size.min(gpu.limits.max_buffer_size);
    let row = 4 * (2 * dim).max(4 * components) as u64;
    match most / row {
        0 => Err(Error::TooLarge(format!(
            "one point's features ({} values) or E-step row ({} values) exceed the {most} bytes a buffer holds on \"{}\"",
            2 * dim,
            4 * components,
            gpu.info.name
        ))),
        rows => Ok(rows as usize),
    }
}

/// One chunk of points on the GPU and its E-step.
struct PointChunk {
    rows: u32,
    features: GpuBuffer<f32>,
    /// log p(x_n, k) at [n, 4k] (the reduction's rows of four).
    log_joint: GpuBuffer<f32>,
    /// p(k | x_n), [rows, K].
    resp: GpuBuffer<f32>,
    e_step: [Dispatch; 2],
}

/// Points on the GPU as features, in chunks, with the E-step over a [`GpuMixture`]: a
/// training set, or a held-out set scored by the same mixture.
pub struct GpuPoints {
    pub points: usize,
    components: usize,
    padded: usize,
    chunks: Vec<PointChunk>,
    /// metrics[0] = Σ_n (log p(x_n) − log K) after an E-step.
    metrics: GpuBuffer<f32>,
}

impl GpuPoints {
    /// `x` [N, D] as the E-step of `mixture` reads it, `chunk` points at a time (at most as
    /// many as the adapter's buffers hold, the default).
    pub fn new(
        gpu: &Gpu,
        x: &[f32],
        mixture: &GpuMixture,
        kernel: MatmulKernel,
        chunk: Option<usize>,
    ) -> Result<GpuPoints> {
        let (d, k) = (mixture.dim, mixture.padded);
        if x.is_empty() || !x.len().is_multiple_of(d) {
            return Err(Error::Invalid(format!("mixture data: {} values are not points of {d}", x.len())));
        }
        let metrics = gpu.zeros::<f32>("mixture metrics", 4)?;
        // Read by the reduction only when it computes an ELBO; the IWAE reduction ignores it.
        let unused = gpu.zeros::<f32>("no encoder", 4)?;
        let rows = chunk_rows(gpu, d, k)?.min(chunk.unwrap_or(usize::MAX)).max(1);
        let mut chunks = vec![];
        for (c, part) in x.chunks(rows * d).enumerate() {
            let n = (part.len() / d) as u32;
            let features = gpu.upload("mixture features", &features(part, d))?;
            let log_joint = gpu.zeros::<f32>("log p(x, k)", n as usize * 4 * k)?;
            let resp = gpu.zeros::<f32>("responsibilities", n as usize * k)?;
            let bound = gpu.zeros::<f32>("log p(x) - log K", n as usize)?;
            let shape = LinearShape::new(n, 2 * d as u32, 4 * k as u32);
            let layer = matmul::linear_forward(
                gpu,
                &features,
                &mixture.layer_w,
                Some(&mixture.layer_b),
                &log_joint,
                shape,
                Activation::Identity,
                kernel,
            )?;
            let out = BoundOutputs { bound: &bound, weights: &resp, metrics: &metrics };
            let samples = SampleShape { points: n, samples: k as u32, data_dim: d as u32, latent: 0 };
            let slot = MetricsSlot { slot: 0, accumulate: c > 0 };
            let reduce = reduce::iwae(gpu, &log_joint, &unused, out, samples, slot)?;
            chunks.push(PointChunk { rows: n, features, log_joint, resp, e_step: [layer, reduce] });
        }
        Ok(GpuPoints { points: x.len() / d, components: mixture.components, padded: k, chunks, metrics })
    }

    fn e_step_launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.chunks.iter().flat_map(|c| &c.e_step)
    }

    /// The mean log-likelihood per point that the last E-step computed.
    fn mean_log_likelihood(&self, gpu: &Gpu) -> Result<f64> {
        let sum = gpu.read(&self.metrics)?[0] as f64;
        Ok(sum / self.points as f64 + (self.padded as f64).ln())
    }

    /// Runs the E-step of the mixture these points were built with and returns the exact mean
    /// log-likelihood per point.
    pub fn score(&self, gpu: &Gpu) -> Result<f64> {
        gpu.submit("mixture E-step", self.e_step_launches())?;
        gpu.wait()?;
        self.mean_log_likelihood(gpu)
    }

    /// log p(x_n, k) [N, K] and p(k | x_n) [N, K] as the last E-step left them.
    pub fn posterior(&self, gpu: &Gpu) -> Result<(Vec<f32>, Vec<f32>)> {
        let (k, padded) = (self.components, self.padded);
        let (mut log_joint, mut resp) = (vec![], vec![]);
        for c in &self.chunks {
            let all: Vec<f32> = gpu.read(&c.log_joint)?.into_iter().step_by(4).collect();
            log_joint.extend(all.chunks_exact(padded).flat_map(|row| &row[..k]));
            resp.extend(gpu.read(&c.resp)?.chunks_exact(padded).flat_map(|row| &row[..k]));
        }
        Ok((log_joint, resp))
    }
}

/// The M-step over a [`GpuPoints`]: statistics per chunk (summed across chunks), then the new
/// mixture and E-step layer.
struct MStep {
    launches: Vec<Dispatch>,
    /// Kept for the launches' lifetime: (S, N_k), and the per-chunk scratch when chunked.
    _buffers: Vec<GpuBuffer<f32>>,
}

impl MStep {
    fn build(
        gpu: &Gpu,
        points: &GpuPoints,
        mixture: &GpuMixture,
        var_floor: f32,
        kernel: MatmulKernel,
    ) -> Result<MStep> {
        let (d, k) = (mixture.dim, mixture.padded);
        let stats = gpu.zeros::<f32>("Σ r [x | x²]", k * 2 * d)?;
        let counts = gpu.zeros::<f32>("Σ r", k)?;
        let chunked = points.chunks.len() > 1;
        let scratch = if chunked {
            Some((gpu.zeros::<f32>("chunk Σ r [x | x²]", k * 2 * d)?, gpu.zeros::<f32>("chunk Σ r", k)?))
        } else {
            None
        };
        let mut launches = vec![];
        for (c, chunk) in points.chunks.iter().enumerate() {
            let (s, n) = scratch.as_ref().map_or((&stats, &counts), |(s, n)| (s, n));
            let shape = LinearShape::new(chunk.rows, 2 * d as u32, k as u32);
            launches.push(matmul::linear_grad_weight(gpu, &chunk.resp, &chunk.features, s, Some(n), shape, kernel)?);
            if chunked {
                launches.push(accumulate::accumulate(gpu, (s, &stats), (n, &counts), 1.0, c == 0)?);
            }
        }
        launches.extend(mixture::m_step(
            gpu,
            &stats,
            &counts,
            mixture.buffers(),
            points.points as u32,
            mixture.components as u32,
            d as u32,
            var_floor,
        )?);
        let mut buffers = vec![stats, counts];
        buffers.extend(scratch.into_iter().flat_map(|(s, n)| [s, n]));
        Ok(MStep { launches, _buffers: buffers })
    }
}

/// The k-means++ seeding: the first centre uniform, each next one drawn with probability
/// proportional to the squared distance to the nearest centre so far. Returns the centres'
/// indices into the points.
pub fn kmeans_plus_plus(
    gpu: &Gpu,
    points: &GpuPoints,
    x: &[f32],
    k: usize,
    seed: u64,
    kernel: MatmulKernel,
) -> Result<Vec<usize>> {
    let n = points.points;
    let dim = x.len() / n;
    if k > n {
        return Err(Error::Invalid(format!("--components {k}: the data holds {n} points")));
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    // ‖x − c‖² as a layer of 4 outputs over [x | x²] (the first one used; 4 for the vec4 kernels).
    let layer_w = gpu.zeros::<f32>("centre layer", 4 * 2 * dim)?;
    let layer_b = gpu.zeros::<f32>("centre bias", 4)?;
    let mut outputs = vec![];
    let mut launches = vec![];
    for chunk in &points.chunks {
        let out = gpu.zeros::<f32>("squared distances", chunk.rows as usize * 4)?;
        let shape = LinearShape::new(chunk.rows, 2 * dim as u32, 4);
        launches.push(matmul::linear_forward(
            gpu,
            &chunk.features,
            &layer_w,
            Some(&layer_b),
            &out,
            shape,
            Activation::Identity,
            kernel,
        )?);
        outputs.push(out);
    }
    let mut nearest = vec![f64::INFINITY; n];
    let mut centres = vec![rng.random_range(0..n)];
    while centres.len() < k {
        let centre = &x[centres[centres.len() - 1] * dim..][..dim];
        let mut w = vec![0.0f32; 2 * dim];
        for j in 0..dim {
            w[j] = -2.0 * centre[j];
            w[dim + j] = 1.0;
        }
        gpu.write(&layer_w, 0, &w)?;
        gpu.write(&layer_b, 0, &[centre.iter().map(|v| v * v).sum::<f32>()])?;
        gpu.submit("k-means++ distances", launches.iter())?;
        gpu.wait()?;
        let mut i = 0;
        for out in &outputs {
            for d2 in gpu.read(out)?.iter().step_by(4) {
                nearest[i] = nearest[i].min(d2.max(0.0) as f64);
                i += 1;
            }
        }
        let total: f64 = nearest.iter().sum();
        let next = if total > 0.0 {
            let mut u = rng.random::<f64>() * total;
            nearest.iter().position(|&d2| {
                u -= d2;
                u < 0.0
            })
        } else {
            None
        };
        // All points on the centres already (or rounding left none): any unused point.
        let next = next.unwrap_or_else(|| (0..n).find(|i| !centres.contains(i)).expect("k ≤ n"));
        centres.push(next);
    }
    Ok(centres)
}

/// The starting mixture: means at the centres, every variance the data's per-pixel variance
/// (at least the floor), equal weights.
pub fn initial_mixture(x: &[f32], dim: usize, centres: &[usize], var_floor: f32) -> Mixture {
    let n = (x.len() / dim) as f64;
    let mut mean = vec![0.0f64; dim];
    let mut second = vec![0.0f64; dim];
    for xn in x.chunks_exact(dim) {
        for j in 0..dim {
            mean[j] += xn[j] as f64 / n;
            second[j] += (xn[j] as f64).powi(2) / n;
        }
    }
    let variance: Vec<f32> = (0..dim).map(|j| ((second[j] - mean[j] * mean[j]) as f32).max(var_floor)).collect();
    let k = centres.len();
    Mixture {
        dim,
        weights: vec![1.0 / k as f32; k],
        means: centres.iter().flat_map(|&c| x[c * dim..][..dim].iter().copied()).collect(),
        variances: (0..k).flat_map(|_| variance.iter().copied()).collect(),
    }
}

/// What a fit ended with.
pub struct Fit {
    pub mixture: Mixture,
    /// The mean log-likelihood per point of the parameters each iteration started from, then
    /// of the returned parameters (one more than the iterations).
    pub history: Vec<f64>,
    pub converged: bool,
    /// log p(x_n, k) and p(k | x_n), [N, K], under the returned parameters.
    pub log_joint: Vec<f32>,
    pub responsibilities: Vec<f32>,
}

impl Fit {
    pub fn iterations(&self) -> u32 {
        self.history.len() as u32 - 1
    }

    pub fn log_likelihood(&self) -> f64 {
        *self.history.last().expect("a fit scores its result")
    }
}

/// The fitting state: the mixture on the GPU, the training points and the M-step.
pub struct EmFit {
    pub mixture: GpuMixture,
    pub points: GpuPoints,
    m_step: MStep,
}

impl EmFit {
    /// Seeds by k-means++ and uploads; `x` is [N, D].
    pub fn new(gpu: &Gpu, x: &[f32], dim: usize, options: &FitOptions) -> Result<EmFit> {
        let k = options.components;
        if k == 0 {
            return Err(Error::Invalid("--components 0: a mixture has at least one component".into()));
        }
        let var_floor = options.logvar_floor.exp();
        // The seeding needs the points' features, which the E-step layer does not change.
        let placeholder =
            Mixture { dim, weights: vec![1.0 / k as f32; k], means: vec![0.0; k * dim], variances: vec![1.0; k * dim] };
        let mixture = GpuMixture::upload(gpu, &placeholder)?;
        let points = GpuPoints::new(gpu, x, &mixture, options.kernel, options.chunk)?;
        let centres = kmeans_plus_plus(gpu, &points, x, k, options.seed, options.kernel)?;
        let start = initial_mixture(x, dim, &centres, var_floor);
        let (w, b) = e_step_layer(&start);
        for (buffer, values) in [
            (&mixture.weights, &start.weights),
            (&mixture.means, &start.means),
            (&mixture.variances, &start.variances),
            (&mixture.layer_w, &w),
            (&mixture.layer_b, &b),
        ] {
            gpu.write(buffer, 0, values)?;
        }
        let m_step = MStep::build(gpu, &points, &mixture, var_floor, options.kernel)?;
        Ok(EmFit { mixture, points, m_step })
    }

    /// One EM iteration: the E-step and the M-step in one submit. Returns the exact mean
    /// log-likelihood of the parameters the iteration started from.
    pub fn iterate(&self, gpu: &Gpu) -> Result<f64> {
        gpu.submit("EM iteration", self.points.e_step_launches().chain(&self.m_step.launches))?;
        gpu.wait()?;
        self.points.mean_log_likelihood(gpu)
    }
}

/// Fits by EM until the mean log-likelihood changes by less than the tolerance or the
/// iterations run out, calling `progress(iteration, log-likelihood)` after each.
pub fn fit(gpu: &Gpu, x: &[f32], dim: usize, options: &FitOptions, mut progress: impl FnMut(u32, f64)) -> Result<Fit> {
    let em = EmFit::new(gpu, x, dim, options)?;
    let mut history: Vec<f64> = vec![];
    let mut converged = false;
    for iteration in 1..=options.iterations {
        let ll = em.iterate(gpu)?;
        if !ll.is_finite() {
            return Err(Error::Diverged(format!("EM iteration {iteration}: the log-likelihood is {ll}")));
        }
        progress(iteration, ll);
        let change = history.last().map(|last| ll - last);
        history.push(ll);
        if change.is_some_and(|c| c.abs() < options.tolerance) {
            converged = true;
            break;
        }
    }
    history.push(em.points.score(gpu)?);
    let (log_joint, responsibilities) = em.points.posterior(gpu)?;
    Ok(Fit { mixture: em.mixture.download(gpu)?, history, converged, log_joint, responsibilities })
}

/// Each point's most probable component, from p(k | x_n) [N, K].
pub fn assignments(responsibilities: &[f32], components: usize) -> Vec<usize> {
    responsibilities
        .chunks_exact(components)
        .map(|r| (0..components).max_by(|&a, &b| r[a].total_cmp(&r[b])).expect("K ≥ 1"))
        .collect()
}
