//! Gathers a batch from the u8 data set on the GPU, with optional dynamic binarization.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};
use crate::reference::rng::RngKey;

pub const SOURCE_NAME: &str = "gather";
pub const SOURCE: &str = shader_source!("philox.wgsl", "common/flat_index.wgsl", "gather.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    batch: u32,
    dim: u32,
    offset: u32,
    binarize: u32,
    seed: u32,
    stream: u32,
    rng_offset: u32,
    _pad: u32,
}

static GATHER: Kernel =
    Kernel { module: SOURCE_NAME, source: SOURCE, entry: "gather", slots: &[Slot::Read, Slot::Read, Slot::ReadWrite] };

/// Packs u8 pixels 4 to a u32 (little end first), the layout the gather kernel reads.
pub fn pack_pixels(pixels: &[u8]) -> Vec<u32> {
    pixels.chunks(4).map(|c| c.iter().rev().fold(0u32, |acc, &b| (acc << 8) | b as u32)).collect()
}

/// x[b, j] = pixel(index[offset + b], j) / 255 for `batch` rows of `dim` pixels; with
/// `binarize = Some(key)`, x[b, j] ~ Bernoulli(pixel / 255) from element j of the uniform
/// stream `key` of row (point offset + b, sample 0).
#[allow(clippy::too_many_arguments)]
pub fn gather(
    gpu: &Gpu,
    pixels: &GpuBuffer<u32>,
    images: u32,
    index: &GpuBuffer<u32>,
    x: &GpuBuffer<f32>,
    batch: u32,
    dim: u32,
    offset: u32,
    binarize: Option<RngKey>,
) -> Result<Dispatch> {
    check_len("gather", "pixels", pixels, (images as u64 * dim as u64).div_ceil(4))?;
    check_len("gather", "index", index, offset as u64 + batch as u64)?;
    check_len("gather", "x", x, batch as u64 * dim as u64)?;
    let key = binarize.unwrap_or_default();
    let params = Params {
        batch,
        dim,
        offset,
        binarize: binarize.is_some() as u32,
        seed: key.seed,
        stream: key.stream,
        rng_offset: key.offset,
        _pad: 0,
    };
    let blocks = batch as u64 * dim.div_ceil(4) as u64;
    gpu.dispatch(&GATHER, &params, &[pixels.binding(), index.binding(), x.binding()], grid_1d(blocks, 64))
}

/// Points a [`gather`] launch at the batch starting at `offset` of its `index` buffer,
/// binarized from the stream `key` when it was built with binarization.
pub fn set_batch(gpu: &Gpu, launch: &mut Dispatch, index: &GpuBuffer<u32>, offset: u32, key: RngKey) -> Result<()> {
    let mut fits = true;
    gpu.update_params::<Params>(launch, |p| {
        fits = offset as u64 + p.batch as u64 <= index.len() as u64;
        if fits {
            p.offset = offset;
            (p.seed, p.stream, p.rng_offset) = (key.seed, key.stream, key.offset);
        }
    })?;
    if !fits {
        return Err(Error::Invalid(format!("gather: batch at offset {offset} runs past the index of {}", index.len())));
    }
    Ok(())
}
