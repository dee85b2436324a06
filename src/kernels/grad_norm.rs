//! Gradient clipping by the global norm: the sum of squares of every layer's gradients (a
//! partial per layer, added in layer order), and the scaling of each layer's gradients in place
//! by C / ‖g‖ where ‖g‖ exceeds C. No read-back: the norm stays on the GPU between the two.

use bytemuck::{Pod, Zeroable};

use super::shader_source;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "grad_norm";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "grad_norm.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    len_a: u32,
    len_b: u32,
    layer: u32,
    layers: u32,
    max_norm: f32,
    _pad: [u32; 3],
}

/// After the partials: Σ ‖g‖ before clipping, and the steps clipped.
pub const STATISTICS: usize = 2;

const SLOTS: &[Slot] = &[Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite];
static SUM_SQUARES: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "sum_squares", slots: SLOTS };
static CLIP: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "clip", slots: SLOTS };

/// The launches that clip the gradients of `layers` (each layer's weight and bias gradient) to
/// the global norm `max_norm`, with `partials` between them (one value per layer, then the
/// statistics: the sum of the norms before clipping and the count of steps clipped, added to
/// by every step): first every layer's sum of squares, then every layer's scaling.
pub fn clip_grad_norm(
    gpu: &Gpu,
    layers: &[(&GpuBuffer<f32>, &GpuBuffer<f32>)],
    partials: &GpuBuffer<f32>,
    max_norm: f32,
) -> Result<Vec<Dispatch>> {
    if !(max_norm > 0.0 && max_norm.is_finite()) {
        return Err(Error::Invalid(format!(
            "clip_grad_norm: the norm to clip to is {max_norm}, not a positive number"
        )));
    }
    if partials.len() < layers.len() + STATISTICS {
        return Err(Error::Invalid(format!(
            "clip_grad_norm: {} values for the partial sums of {} layers and the {STATISTICS} statistics",
            partials.len(),
            layers.len()
        )));
    }
    let params = |layer: usize, (a, b): (&GpuBuffer<f32>, &GpuBuffer<f32>)| Params {
        len_a: a.len() as u32,
        len_b: b.len() as u32,
        layer: layer as u32,
        layers: layers.len() as u32,
        max_norm,
        _pad: [0; 3],
    };
    let mut launches = vec![];
    for (l, &(a, b)) in layers.iter().enumerate() {
        let buffers = [a.binding(), b.binding(), partials.binding()];
        launches.push(gpu.dispatch(&SUM_SQUARES, &params(l, (a, b)), &buffers, [1, 1, 1])?);
    }
    for (l, &(a, b)) in layers.iter().enumerate() {
        let buffers = [a.binding(), b.binding(), partials.binding()];
        let blocks = a.len().div_ceil(4) as u64 + b.len().div_ceil(4) as u64;
        launches.push(gpu.dispatch(&CLIP, &params(l, (a, b)), &buffers, grid_1d(blocks, 64))?);
    }
    Ok(launches)
}
