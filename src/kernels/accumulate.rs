//! Gradient accumulation: a batch too large for the adapter's buffers runs as equal chunks,
//! each leaving its mean gradient, summed here with weight 1/chunks before Adam reads it.

use bytemuck::{Pod, Zeroable};

use super::shader_source;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "accumulate";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "accumulate.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    len_a: u32,
    len_b: u32,
    scale: f32,
    first: u32,
}

static ACCUMULATE: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "accumulate",
    slots: &[Slot::Read, Slot::ReadWrite, Slot::Read, Slot::ReadWrite],
};

/// Whole buffers of the same length: the kernel works in vec4s, so the values past the end in
/// the last vec4 must be both buffers' zero padding.
fn same_len(grad: &GpuBuffer<f32>, sum: &GpuBuffer<f32>) -> Result<u32> {
    if grad.len() != sum.len() {
        return Err(Error::Invalid(format!(
            "accumulate: the gradient holds {} values, the sum {}",
            grad.len(),
            sum.len()
        )));
    }
    Ok(grad.len() as u32)
}

/// `sum = (first ? 0 : sum) + scale · grad` on two (gradient, sum) pairs (a layer's weight
/// and bias) in one launch.
pub fn accumulate(
    gpu: &Gpu,
    a: (&GpuBuffer<f32>, &GpuBuffer<f32>),
    b: (&GpuBuffer<f32>, &GpuBuffer<f32>),
    scale: f32,
    first: bool,
) -> Result<Dispatch> {
    let (len_a, len_b) = (same_len(a.0, a.1)?, same_len(b.0, b.1)?);
    let p = Params { len_a, len_b, scale, first: first as u32 };
    let blocks = len_a.div_ceil(4) as u64 + len_b.div_ceil(4) as u64;
    gpu.dispatch(&ACCUMULATE, &p, &[a.0.binding(), a.1.binding(), b.0.binding(), b.1.binding()], grid_1d(blocks, 64))
}
