//! The backward pass through the reparameterized sample: d loss / d(μ | logvar) of the encoder.

use bytemuck::{Pod, Zeroable};

use super::density::SampleShape;
use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};
use crate::model::Objective;

pub const SOURCE_NAME: &str = "sample_backward";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "sample_backward.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    points: u32,
    samples: u32,
    latent: u32,
    objective: u32,
    scale: f32,
    beta: f32,
    _pad: [u32; 2],
}

static LATENT_GRAD: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "latent_grad",
    slots: &[Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite, Slot::Read],
};

pub const FREE_BITS_NAME: &str = "free_bits";
pub const FREE_BITS_SOURCE: &str = shader_source!("free_bits.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct FreeBitsParams {
    points: u32,
    latent: u32,
    lambda: f32,
    _pad: u32,
}

static FREE_BITS_MASK: Kernel = Kernel {
    module: FREE_BITS_NAME,
    source: FREE_BITS_SOURCE,
    entry: "free_bits_mask",
    slots: &[Slot::Read, Slot::ReadWrite],
};

/// Buffers of [`latent_grad`]: dz, z, ε [rows, latent]; enc and denc [points, 2·latent];
/// the reduction's weights `[rows]`; the free-bits mask [latent] (ones without free bits).
pub struct LatentBuffers<'a> {
    pub dz: &'a GpuBuffer<f32>,
    pub z: &'a GpuBuffer<f32>,
    pub eps: &'a GpuBuffer<f32>,
    pub enc: &'a GpuBuffer<f32>,
    pub weights: &'a GpuBuffer<f32>,
    pub denc: &'a GpuBuffer<f32>,
    pub kl_mask: &'a GpuBuffer<f32>,
}

/// Free bits λ (nats per latent dimension): `mask[j]` = 1 where the batch's mean KL of
/// dimension j (from the encoder's (μ | logvar) in `enc`) exceeds λ, else 0: the ELBO's KL
/// term Σ_j max(λ, KL_j) gives the masked dimensions no gradient (docs/math.md, "The KL weight,
/// warm-up and free bits").
pub fn free_bits_mask(
    gpu: &Gpu,
    enc: &GpuBuffer<f32>,
    mask: &GpuBuffer<f32>,
    points: u32,
    latent: u32,
    lambda: f32,
) -> Result<Dispatch> {
    check_len("free_bits_mask", "enc", enc, points as u64 * 2 * latent as u64)?;
    check_len("free_bits_mask", "mask", mask, latent as u64)?;
    let params = FreeBitsParams { points, latent, lambda, _pad: 0 };
    gpu.dispatch(&FREE_BITS_MASK, &params, &[enc.binding(), mask.binding()], [latent.div_ceil(64), 1, 1])
}

/// denc = d loss / d(μ | logvar) for loss = −(1/points) Σ_b J_b, given the decoder path's
/// d loss / dz (docs/math.md, "Gradients"): the ELBO's analytic KL, or the IWAE's prior and
/// posterior terms, weighted by β = 1 until [`set_beta`] says otherwise (docs/math.md, "The KL
/// weight, warm-up and free bits").
pub fn latent_grad(gpu: &Gpu, b: LatentBuffers<'_>, shape: SampleShape, objective: Objective) -> Result<Dispatch> {
    let rows = shape.rows() as u64;
    let k = shape.latent as u64;
    for (name, buf) in [("dz", b.dz), ("z", b.z), ("eps", b.eps)] {
        check_len("latent_grad", name, buf, rows * k)?;
    }
    check_len("latent_grad", "enc", b.enc, shape.points as u64 * 2 * k)?;
    check_len("latent_grad", "weights", b.weights, rows)?;
    check_len("latent_grad", "denc", b.denc, shape.points as u64 * 2 * k)?;
    check_len("latent_grad", "kl_mask", b.kl_mask, k)?;
    let params = Params {
        points: shape.points,
        samples: shape.samples,
        latent: shape.latent,
        objective: (objective == Objective::Iwae) as u32,
        scale: 1.0 / shape.points as f32,
        beta: 1.0,
        _pad: [0; 2],
    };
    let buffers = [
        b.dz.binding(),
        b.z.binding(),
        b.eps.binding(),
        b.enc.binding(),
        b.weights.binding(),
        b.denc.binding(),
        b.kl_mask.binding(),
    ];
    gpu.dispatch(&LATENT_GRAD, &params, &buffers, grid_1d(shape.points as u64 * k, 64))
}

/// Sets the KL weight β of a [`latent_grad`] launch before its next submit.
pub fn set_beta(gpu: &Gpu, launch: &mut Dispatch, beta: f32) -> Result<()> {
    gpu.update_params::<Params>(launch, |p| p.beta = beta)
}
