//! The decoder's head and the first kernel of the backward pass: the two-output head's
//! (mean | log σ²) for the Gaussian, (mean | log s) for the discretized logistic, from the raw
//! outputs; and d loss / d (raw outputs) from the reduction's weights.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d, grid_rows};
use crate::model::likelihood::{DecoderHead, GaussianMean, Likelihood};

pub const HEAD_NAME: &str = "decoder_head";
pub const HEAD_SOURCE: &str = shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "decoder_head.wgsl");
pub const BACKWARD_NAME: &str = "decoder_backward";
pub const BACKWARD_SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "likelihood/ids.wgsl",
    "likelihood/discretized_logistic.wgsl",
    "likelihood/grad_params.wgsl",
    "likelihood/pixel_grad.wgsl",
    "decoder_backward.wgsl"
);
pub const BACKWARD_VEC4_NAME: &str = "decoder_backward_vec4";
pub const BACKWARD_VEC4_SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "likelihood/ids.wgsl",
    "likelihood/discretized_logistic.wgsl",
    "likelihood/grad_params.wgsl",
    "likelihood/pixel_grad.wgsl",
    "decoder_backward_vec4.wgsl"
);

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct HeadParams {
    rows: u32,
    data_dim: u32,
    floor: f32,
    identity_mean: u32,
}

static GAUSSIAN_HEAD: Kernel = Kernel {
    module: HEAD_NAME,
    source: HEAD_SOURCE,
    entry: "location_scale_head",
    slots: &[Slot::Read, Slot::ReadWrite],
};

/// dec [rows, 2·dim] = (mean(a) | floor + softplus(s − floor)) from raw (a | s): the
/// Gaussian's (mean | log σ²) or the discretized logistic's (mean | log s).
pub fn location_scale_head(
    gpu: &Gpu,
    raw: &GpuBuffer<f32>,
    dec: &GpuBuffer<f32>,
    rows: u32,
    dim: u32,
    head: DecoderHead,
) -> Result<Dispatch> {
    let len = rows as u64 * 2 * dim as u64;
    check_len("location_scale_head", "raw", raw, len)?;
    check_len("location_scale_head", "dec", dec, len)?;
    let params = HeadParams {
        rows,
        data_dim: dim,
        floor: head.floor,
        identity_mean: (head.mean == GaussianMean::Identity) as u32,
    };
    gpu.dispatch(&GAUSSIAN_HEAD, &params, &[raw.binding(), dec.binding()], grid_1d(rows as u64 * dim as u64, 64))
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct GradParams {
    rows: u32,
    data_dim: u32,
    samples: u32,
    likelihood: u32,
    floor: f32,
    scale: f32,
    identity_mean: u32,
    _pad: u32,
}

const OUTPUT_GRAD_SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite];
static OUTPUT_GRAD_VEC4: Kernel = Kernel {
    module: BACKWARD_VEC4_NAME,
    source: BACKWARD_VEC4_SOURCE,
    entry: "decoder_output_grad_vec4",
    slots: OUTPUT_GRAD_SLOTS,
};
static OUTPUT_GRAD: Kernel =
    Kernel { module: BACKWARD_NAME, source: BACKWARD_SOURCE, entry: "decoder_output_grad", slots: OUTPUT_GRAD_SLOTS };

/// grad = d loss / d raw for loss = −(1/points) Σ_b J_b, where `weights` [points·samples]
/// holds dJ_b / d log w_r; `x` [points, dim], `raw` and `grad` [rows, dim · outputs per pixel].
#[allow(clippy::too_many_arguments)]
pub fn decoder_output_grad(
    gpu: &Gpu,
    x: &GpuBuffer<f32>,
    raw: &GpuBuffer<f32>,
    weights: &GpuBuffer<f32>,
    grad: &GpuBuffer<f32>,
    points: u32,
    samples: u32,
    dim: u32,
    likelihood: Likelihood,
    head: DecoderHead,
) -> Result<Dispatch> {
    let rows = points as u64 * samples as u64;
    let width = dim as u64 * likelihood.outputs_per_dim() as u64;
    check_len("decoder_output_grad", "x", x, points as u64 * dim as u64)?;
    check_len("decoder_output_grad", "raw", raw, rows * width)?;
    check_len("decoder_output_grad", "weights", weights, rows)?;
    check_len("decoder_output_grad", "grad", grad, rows * width)?;
    let params = GradParams {
        rows: rows as u32,
        data_dim: dim,
        samples,
        likelihood: likelihood.kernel_id(),
        floor: head.floor,
        scale: 1.0 / points as f32,
        identity_mean: (head.mean == GaussianMean::Identity) as u32,
        _pad: 0,
    };
    let buffers = [x.binding(), raw.binding(), weights.binding(), grad.binding()];
    // Four pixels to a load where the rows allow it (the same values, bit for bit).
    let kernel = if dim.is_multiple_of(4) { &OUTPUT_GRAD_VEC4 } else { &OUTPUT_GRAD };
    gpu.dispatch(kernel, &params, &buffers, grid_rows(rows, dim.div_ceil(16).div_ceil(64)))
}
