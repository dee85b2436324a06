//! Reductions of the log-densities: the ELBO and the k-sample importance-weighted bound per
//! batch (with the backward weights and scalar sums kept on the GPU), and the streaming
//! estimators that evaluate K = 5000 samples per point in chunks.

use bytemuck::{Pod, Zeroable};

use super::density::SampleShape;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot};
pub use crate::reference::reduce::PointEstimates;

pub const BATCH_NAME: &str = "reduce";
pub const BATCH_SOURCE: &str = shader_source!("reduce.wgsl");
pub const STREAM_NAME: &str = "reduce_stream";
pub const STREAM_SOURCE: &str = shader_source!("reduce_stream.wgsl");

/// Where a batch reduction leaves its scalar sums: metrics[slot..slot+3] = (Σ bound, Σ KL,
/// Σ log p(x|z)), added to the buffer's contents when `accumulate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetricsSlot {
    pub slot: u32,
    pub accumulate: bool,
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct BatchParams {
    points: u32,
    samples: u32,
    latent: u32,
    slot: u32,
    accumulate: u32,
    beta: f32,
    _pad: [u32; 2],
}

const BATCH_SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite];
static ELBO: Kernel = Kernel { module: BATCH_NAME, source: BATCH_SOURCE, entry: "elbo_reduce", slots: BATCH_SLOTS };
static IWAE: Kernel = Kernel { module: BATCH_NAME, source: BATCH_SOURCE, entry: "iwae_reduce", slots: BATCH_SLOTS };

/// The per-batch outputs of a bound: per-point values and the per-sample backward weights.
pub struct BoundOutputs<'a> {
    pub bound: &'a GpuBuffer<f32>,
    pub weights: &'a GpuBuffer<f32>,
    pub metrics: &'a GpuBuffer<f32>,
}

#[allow(clippy::too_many_arguments)]
fn batch(
    gpu: &Gpu,
    kernel: &'static Kernel,
    dens: &GpuBuffer<f32>,
    enc: &GpuBuffer<f32>,
    out: BoundOutputs<'_>,
    shape: SampleShape,
    metrics: MetricsSlot,
) -> Result<Dispatch> {
    let rows = shape.rows() as u64;
    check_len(kernel.entry, "densities", dens, rows * 4)?;
    check_len(kernel.entry, "enc", enc, shape.points as u64 * 2 * shape.latent as u64)?;
    check_len(kernel.entry, "bound", out.bound, shape.points as u64)?;
    check_len(kernel.entry, "weights", out.weights, rows)?;
    check_len(kernel.entry, "metrics", out.metrics, metrics.slot as u64 + 3)?;
    let params = BatchParams {
        points: shape.points,
        samples: shape.samples,
        latent: shape.latent,
        slot: metrics.slot,
        accumulate: metrics.accumulate as u32,
        beta: 1.0,
        _pad: [0; 2],
    };
    let buffers = [dens.binding(), enc.binding(), out.bound.binding(), out.weights.binding(), out.metrics.binding()];
    gpu.dispatch(kernel, &params, &buffers, [1, 1, 1])
}

/// The ELBO with the analytic KL, k = 1: `bound[b] = log p(x_b|z_b) − KL(q(z|x_b) ‖ p(z))`;
/// weights = 1. `dens` is density.rs's output, `enc` the encoder's (μ | logvar).
pub fn elbo(
    gpu: &Gpu,
    dens: &GpuBuffer<f32>,
    enc: &GpuBuffer<f32>,
    out: BoundOutputs<'_>,
    shape: SampleShape,
    metrics: MetricsSlot,
) -> Result<Dispatch> {
    if shape.samples != 1 {
        return Err(Error::Invalid(format!(
            "elbo_reduce takes one sample per point (analytic KL), not {}",
            shape.samples
        )));
    }
    batch(gpu, &ELBO, dens, enc, out, shape, metrics)
}

/// The importance-weighted bound: `bound[b] = logsumexp_s(log w_bs) − log k`; weights =
/// softmax_s(log w_bs). The KL sum is the sample mean of log q − log p(z).
pub fn iwae(
    gpu: &Gpu,
    dens: &GpuBuffer<f32>,
    enc: &GpuBuffer<f32>,
    out: BoundOutputs<'_>,
    shape: SampleShape,
    metrics: MetricsSlot,
) -> Result<Dispatch> {
    batch(gpu, &IWAE, dens, enc, out, shape, metrics)
}

/// Sets the KL weight β of an [`iwae`] launch (1 when built) before its next submit: its
/// backward weights become softmax_s(log p(x|z) + β (log p(z) − log q)), its bound stays the
/// true L_k. The ELBO's reduction reads no β: its KL weight is in the latent gradient.
pub fn set_beta(gpu: &Gpu, launch: &mut Dispatch, beta: f32) -> Result<()> {
    gpu.update_params::<BatchParams>(launch, |p| p.beta = beta)
}

/// The most group sizes (bounds L_k) one streaming estimate tracks.
pub const MAX_GROUPS: usize = 8;

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct StreamParams {
    points: u32,
    chunk: u32,
    first_sample: u32,
    column: u32,
    first: u32,
    groups: u32,
    total: u32,
    _pad: u32,
    sizes: [u32; MAX_GROUPS],
    limits: [u32; MAX_GROUPS],
}

static ACCUMULATE: Kernel = Kernel {
    module: STREAM_NAME,
    source: STREAM_SOURCE,
    entry: "estimate_accumulate",
    slots: &[Slot::Read, Slot::ReadWrite],
};

/// Which log-density a streaming estimate sums over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamColumn {
    /// log w: the importance-sampling estimate (z from q).
    LogWeight = 0,
    /// log p(x|z): the naive Monte Carlo estimate (z from the prior).
    LogLikelihood = 1,
}

/// What a streaming estimate covers: `samples` (K) per point, and the group sizes k of the
/// bounds L_k estimated from them (K/k disjoint groups of k; a last incomplete group is left
/// out).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EstimatePlan {
    pub samples: u32,
    pub sizes: Vec<u32>,
}

impl EstimatePlan {
    pub fn new(samples: u32, sizes: Vec<u32>) -> Result<EstimatePlan> {
        if samples == 0 {
            return Err(Error::Invalid("an estimate needs at least one sample per point".into()));
        }
        if sizes.len() > MAX_GROUPS {
            return Err(Error::Invalid(format!("at most {MAX_GROUPS} bounds L_k at once, not {}", sizes.len())));
        }
        if let Some(&k) = sizes.iter().find(|&&k| k == 0 || k > samples) {
            return Err(Error::Invalid(format!("L_{k} needs 1 ≤ k ≤ K = {samples}")));
        }
        Ok(EstimatePlan { samples, sizes })
    }

    /// f32s of state per point.
    pub fn state_len(&self) -> usize {
        4 * (1 + self.sizes.len())
    }

    /// The point's estimates from its state after all K samples (the host half of
    /// `estimate_accumulate`, in f64).
    pub fn finish(&self, state: &[f32]) -> PointEstimates {
        let k = self.samples as f64;
        let (m, s1, s2, r) = (state[0] as f64, state[1] as f64, state[2] as f64, state[3] as f64);
        let bounds = self
            .sizes
            .iter()
            .enumerate()
            .map(|(j, &size)| state[4 * (1 + j) + 2] as f64 / (self.samples / size) as f64)
            .collect();
        PointEstimates { log_mean: m + s1.ln() - k.ln(), ess: s1 * s1 / s2, reconstruction: r / k, bounds }
    }
}

/// Folds a chunk of `chunk` samples per point (`dens` [points·chunk, 4] from density.rs,
/// samples `first_sample ..` of each point) into `state` [points, plan.state_len()]; the
/// first chunk (first_sample 0) starts the state afresh. Samples past K are ignored.
#[allow(clippy::too_many_arguments)]
pub fn estimate_accumulate(
    gpu: &Gpu,
    dens: &GpuBuffer<f32>,
    state: &GpuBuffer<f32>,
    points: u32,
    chunk: u32,
    column: StreamColumn,
    plan: &EstimatePlan,
    first_sample: u32,
) -> Result<Dispatch> {
    check_len("estimate_accumulate", "densities", dens, points as u64 * chunk as u64 * 4)?;
    check_len("estimate_accumulate", "state", state, points as u64 * plan.state_len() as u64)?;
    if chunk == 0 {
        return Err(Error::Invalid("estimate_accumulate: a chunk of 0 samples".into()));
    }
    let mut params = StreamParams {
        points,
        chunk,
        first_sample,
        column: column as u32,
        first: (first_sample == 0) as u32,
        groups: plan.sizes.len() as u32,
        total: plan.samples,
        _pad: 0,
        sizes: [1; MAX_GROUPS],
        limits: [0; MAX_GROUPS],
    };
    for (j, &size) in plan.sizes.iter().enumerate() {
        params.sizes[j] = size;
        params.limits[j] = plan.samples / size * size;
    }
    gpu.dispatch(&ACCUMULATE, &params, &[dens.binding(), state.binding()], [points.div_ceil(64).max(1), 1, 1])
}

/// Points an [`estimate_accumulate`] launch at the chunk whose first sample is
/// `first_sample` (0 starts the state afresh).
pub fn set_first_sample(gpu: &Gpu, launch: &mut Dispatch, first_sample: u32) -> Result<()> {
    gpu.update_params::<StreamParams>(launch, |p| {
        p.first_sample = first_sample;
        p.first = (first_sample == 0) as u32;
    })
}
