//! The Gaussian mixture's M-step from its sufficient statistics: the new mixture, and the next
//! E-step's linear layer over the features [x | x²]. The E-step itself and the statistics are
//! the engine's matmul and IWAE reduction (src/mixture/fit.rs says how).

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "mixture";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "mixture.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    components: u32,
    dim: u32,
    points: f32,
    var_floor: f32,
}

const SLOTS: &[Slot] =
    &[Slot::Read, Slot::Read, Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite];
static M_STEP: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "mixture_m_step", slots: SLOTS };
static BIAS: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "mixture_bias", slots: SLOTS };

/// The mixture on the GPU and the E-step's layer computed from it.
pub struct MixtureBuffers<'a> {
    /// π `[K]`.
    pub weights: &'a GpuBuffer<f32>,
    /// μ and v, [K, D].
    pub means: &'a GpuBuffer<f32>,
    pub variances: &'a GpuBuffer<f32>,
    /// The E-step's layer: W [4K, 2D] and b `[4K]`.
    pub layer_w: &'a GpuBuffer<f32>,
    pub layer_b: &'a GpuBuffer<f32>,
}

/// The two launches of the M-step, in order, from S [K, 2D] and N_k `[K]` over `points` points,
/// for `components` components (the buffers may hold more: padding the kernels leave alone).
#[allow(clippy::too_many_arguments)]
pub fn m_step(
    gpu: &Gpu,
    stats: &GpuBuffer<f32>,
    counts: &GpuBuffer<f32>,
    out: MixtureBuffers<'_>,
    points: u32,
    components: u32,
    dim: u32,
    var_floor: f32,
) -> Result<[Dispatch; 2]> {
    let k = components as u64;
    let d = dim as u64;
    check_len("mixture_m_step", "counts", counts, k)?;
    check_len("mixture_m_step", "stats", stats, k * 2 * d)?;
    check_len("mixture_m_step", "weights", out.weights, k)?;
    check_len("mixture_m_step", "means", out.means, k * d)?;
    check_len("mixture_m_step", "variances", out.variances, k * d)?;
    check_len("mixture_m_step", "layer_w", out.layer_w, 4 * k * 2 * d)?;
    check_len("mixture_m_step", "layer_b", out.layer_b, 4 * k)?;
    let params = Params { components: k as u32, dim, points: points as f32, var_floor };
    let buffers = [
        stats.binding(),
        counts.binding(),
        out.means.binding(),
        out.variances.binding(),
        out.weights.binding(),
        out.layer_w.binding(),
        out.layer_b.binding(),
    ];
    Ok([
        gpu.dispatch(&M_STEP, &params, &buffers, grid_1d(k * d, 64))?,
        gpu.dispatch(&BIAS, &params, &buffers, grid_1d(k, 64))?,
    ])
}
