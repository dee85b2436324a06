//! Reductions of the log-densities: the ELBO and the k-sample importance-weighted bound per
//! batch (with the backward weights and scalar sums kept on the GPU), and the streaming
//! logsumexp that evaluates K = 5000 samples in chunks.

use bytemuck::{Pod, Zeroable};

use super::density::SampleShape;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot};

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
    _pad: [u32; 3],
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
        _pad: [0; 3],
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

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct StreamParams {
    points: u32,
    chunk: u32,
    column: u32,
    first: u32,
}

static MERGE: Kernel =
    Kernel { module: STREAM_NAME, source: STREAM_SOURCE, entry: "lse_merge", slots: &[Slot::Read, Slot::ReadWrite] };
static FINALIZE: Kernel =
    Kernel { module: STREAM_NAME, source: STREAM_SOURCE, entry: "lse_finalize", slots: &[Slot::Read, Slot::ReadWrite] };

/// Which log-density a streaming estimate sums over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamColumn {
    /// log w: the importance-sampling estimate (z from q).
    LogWeight = 0,
    /// log p(x|z): the naive Monte Carlo estimate (z from the prior).
    LogLikelihood = 1,
}

/// Merges a chunk of `chunk` samples per point (densities [points·chunk, 4]) into `state`
/// [points, 4] = (max, Σ e^(lw−max), Σ e^(2(lw−max)), count). `first` starts a new state.
pub fn lse_merge(
    gpu: &Gpu,
    dens: &GpuBuffer<f32>,
    state: &GpuBuffer<f32>,
    points: u32,
    chunk: u32,
    column: StreamColumn,
    first: bool,
) -> Result<Dispatch> {
    check_len("lse_merge", "densities", dens, points as u64 * chunk as u64 * 4)?;
    check_len("lse_merge", "state", state, points as u64 * 4)?;
    if chunk == 0 {
        return Err(Error::Invalid("lse_merge: a chunk of 0 samples".into()));
    }
    let params = StreamParams { points, chunk, column: column as u32, first: first as u32 };
    gpu.dispatch(&MERGE, &params, &[dens.binding(), state.binding()], [points.div_ceil(64).max(1), 1, 1])
}

/// out[4b..4b+2] = (log p̂(x_b) = max + log Σ − log count, effective sample size).
pub fn lse_finalize(gpu: &Gpu, state: &GpuBuffer<f32>, out: &GpuBuffer<f32>, points: u32) -> Result<Dispatch> {
    check_len("lse_finalize", "state", state, points as u64 * 4)?;
    check_len("lse_finalize", "out", out, points as u64 * 4)?;
    let params = StreamParams { points, chunk: 0, column: 0, first: 0 };
    gpu.dispatch(&FINALIZE, &params, &[state.binding(), out.binding()], [points.div_ceil(64).max(1), 1, 1])
}
