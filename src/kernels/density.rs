//! Per-sample log-densities: log p(x|z) (Bernoulli, Gaussian or discretized logistic), log p(z), log q(z|x), log w.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};
use crate::model::likelihood::Likelihood;

pub const SOURCE_NAME: &str = "density";
pub const SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "likelihood/ids.wgsl",
    "likelihood/discretized_logistic.wgsl",
    "common/flat_index.wgsl",
    "common/density_terms.wgsl",
    "density.wgsl"
);
pub const VEC4_NAME: &str = "density_vec4";
pub const VEC4_SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "likelihood/ids.wgsl",
    "likelihood/discretized_logistic.wgsl",
    "common/flat_index.wgsl",
    "common/density_terms.wgsl",
    "density_vec4.wgsl"
);

/// Sizes of one batch of samples: `points` data points with `samples` draws each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleShape {
    pub points: u32,
    pub samples: u32,
    pub data_dim: u32,
    pub latent: u32,
}

impl SampleShape {
    pub fn rows(&self) -> u32 {
        self.points * self.samples
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    rows: u32,
    data_dim: u32,
    latent: u32,
    samples: u32,
    likelihood: u32,
    _pad: [u32; 3],
}

const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite];
static LOG_DENSITIES: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "log_densities", slots: SLOTS };
static LOG_DENSITIES_VEC4: Kernel =
    Kernel { module: VEC4_NAME, source: VEC4_SOURCE, entry: "log_densities_vec4", slots: SLOTS };

/// For each sample row r (point r / samples), out[4r..4r+4] = (log w, log p(x|z), log p(z),
/// log q(z|x)). Inputs: x [points, data_dim]; dec [rows, data_dim·outputs_per_dim]; z and eps
/// [rows, latent]; enc [points, 2·latent] (μ | logvar).
#[allow(clippy::too_many_arguments)]
pub fn log_densities(
    gpu: &Gpu,
    x: &GpuBuffer<f32>,
    dec: &GpuBuffer<f32>,
    z: &GpuBuffer<f32>,
    eps: &GpuBuffer<f32>,
    enc: &GpuBuffer<f32>,
    out: &GpuBuffer<f32>,
    shape: SampleShape,
    likelihood: Likelihood,
) -> Result<Dispatch> {
    let rows = shape.rows() as u64;
    let (d, k) = (shape.data_dim as u64, shape.latent as u64);
    check_len("log_densities", "x", x, shape.points as u64 * d)?;
    check_len("log_densities", "dec", dec, rows * d * likelihood.outputs_per_dim() as u64)?;
    check_len("log_densities", "z", z, rows * k)?;
    check_len("log_densities", "eps", eps, rows * k)?;
    check_len("log_densities", "enc", enc, shape.points as u64 * 2 * k)?;
    check_len("log_densities", "out", out, rows * 4)?;
    let params = Params {
        rows: shape.rows(),
        data_dim: shape.data_dim,
        latent: shape.latent,
        samples: shape.samples,
        likelihood: likelihood.kernel_id(),
        _pad: [0; 3],
    };
    let buffers = [x.binding(), dec.binding(), z.binding(), eps.binding(), enc.binding(), out.binding()];
    // Four pixels to a load where the rows allow it (the same values, bit for bit).
    let kernel = if shape.data_dim.is_multiple_of(4) { &LOG_DENSITIES_VEC4 } else { &LOG_DENSITIES };
    gpu.dispatch(kernel, &params, &buffers, grid_1d(rows, 64))
}
