//! Reparameterized sampling: z = μ + exp(logvar/2)·ε, k samples per input.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};
use crate::reference::rng::RngKey;
pub use crate::reference::sample::SampleOrigin;

pub const SOURCE_NAME: &str = "sample";
pub const SOURCE: &str = shader_source!("philox.wgsl", "common/flat_index.wgsl", "sample.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    points: u32,
    samples: u32,
    latent: u32,
    seed: u32,
    stream: u32,
    offset: u32,
    point_base: u32,
    sample_base: u32,
}

static REPARAMETERIZE: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "reparameterize",
    slots: &[Slot::Read, Slot::ReadWrite, Slot::ReadWrite],
};

/// From the encoder output `enc` [points, 2·latent] (μ | logvar), writes `samples` draws per
/// point: z and ε, both [points·samples, latent], row r = point·samples + sample. Row
/// (b, s)'s ε is the normal stream `key` of row (origin.point + b, origin.sample + s).
#[allow(clippy::too_many_arguments)]
pub fn reparameterize(
    gpu: &Gpu,
    enc: &GpuBuffer<f32>,
    z: &GpuBuffer<f32>,
    eps: &GpuBuffer<f32>,
    points: u32,
    samples: u32,
    latent: u32,
    key: RngKey,
    origin: SampleOrigin,
) -> Result<Dispatch> {
    let rows = points as u64 * samples as u64;
    check_len("reparameterize", "enc", enc, points as u64 * 2 * latent as u64)?;
    check_len("reparameterize", "z", z, rows * latent as u64)?;
    check_len("reparameterize", "eps", eps, rows * latent as u64)?;
    let params = Params {
        points,
        samples,
        latent,
        seed: key.seed,
        stream: key.stream,
        offset: key.offset,
        point_base: origin.point,
        sample_base: origin.sample,
    };
    let blocks = rows * latent.div_ceil(4) as u64;
    gpu.dispatch(&REPARAMETERIZE, &params, &[enc.binding(), z.binding(), eps.binding()], grid_1d(blocks, 64))
}

/// Draws a [`reparameterize`] launch's ε from the stream `key`, rows from `origin`, from its
/// next submit on.
pub fn set_key(gpu: &Gpu, launch: &mut Dispatch, key: RngKey, origin: SampleOrigin) -> Result<()> {
    gpu.update_params::<Params>(launch, |p| {
        (p.seed, p.stream, p.offset) = (key.seed, key.stream, key.offset);
        (p.point_base, p.sample_base) = (origin.point, origin.sample);
    })
}
