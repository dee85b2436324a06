//! GroupNorm (docs/math.md, "Group normalization"): per image and group of channels, the
//! group's mean and 1/√(var + eps), then the normalized values scaled and shifted per channel;
//! the backward from dL/dy recomputes x̂ from the input and those statistics. Every sum runs in
//! one invocation in a fixed order (per group, or per channel for dγ and dβ), so the results are
//! the same bits every run and an image's do not depend on the batch around it. Either image
//! layout, read and written in place.
//!
//! tests/kernels.rs runs both against the layer reference ([`crate::reference::layers`]).

use bytemuck::{Pod, Zeroable};

use super::conv::ImageLayout;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const FORWARD_NAME: &str = "group_norm_forward";
pub const FORWARD_SOURCE: &str = shader_source!("common/flat_index.wgsl", "group_norm.wgsl", "group_norm_forward.wgsl");
pub const BACKWARD_NAME: &str = "group_norm_backward";
pub const BACKWARD_SOURCE: &str =
    shader_source!("common/flat_index.wgsl", "group_norm.wgsl", "group_norm_backward.wgsl");

/// x, γ, β, the statistics, y.
const FORWARD_SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite, Slot::ReadWrite];
/// x, dy, γ, the statistics, the means of gh and gh x̂, dx, dγ, dβ.
const BACKWARD_SLOTS: &[Slot] = &[
    Slot::Read,
    Slot::Read,
    Slot::Read,
    Slot::Read,
    Slot::ReadWrite,
    Slot::ReadWrite,
    Slot::ReadWrite,
    Slot::ReadWrite,
];
static STATS: Kernel =
    Kernel { module: FORWARD_NAME, source: FORWARD_SOURCE, entry: "group_stats", slots: FORWARD_SLOTS };
static NORMALIZE: Kernel =
    Kernel { module: FORWARD_NAME, source: FORWARD_SOURCE, entry: "group_normalize", slots: FORWARD_SLOTS };
static GRAD_MEANS: Kernel =
    Kernel { module: BACKWARD_NAME, source: BACKWARD_SOURCE, entry: "group_grad_means", slots: BACKWARD_SLOTS };
static GRAD_INPUT: Kernel =
    Kernel { module: BACKWARD_NAME, source: BACKWARD_SOURCE, entry: "group_grad_input", slots: BACKWARD_SLOTS };
static GRAD_PARAMS: Kernel =
    Kernel { module: BACKWARD_NAME, source: BACKWARD_SOURCE, entry: "group_grad_params", slots: BACKWARD_SLOTS };

/// `batch` images of `channels` × `side` in `layout`, normalized in `groups` groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupNormShape {
    pub batch: u32,
    pub channels: u32,
    pub groups: u32,
    pub side: [u32; 2],
    pub eps: f32,
    pub layout: ImageLayout,
}

impl GroupNormShape {
    pub fn new(
        batch: u32,
        channels: u32,
        groups: u32,
        side: [u32; 2],
        eps: f32,
        layout: ImageLayout,
    ) -> Result<GroupNormShape> {
        let s = GroupNormShape { batch, channels, groups, side, eps, layout };
        if groups == 0 || !channels.is_multiple_of(groups) || batch == 0 || side.contains(&0) {
            return Err(Error::Invalid(format!(
                "GroupNorm of {batch} images of {channels}x{}x{} in {groups} groups: the groups must divide the channels",
                side[0], side[1]
            )));
        }
        if s.elements() > u32::MAX as u64 {
            return Err(Error::TooLarge(format!(
                "an image batch of {} elements passes 2^32: use a smaller batch (--chunk)",
                s.elements()
            )));
        }
        Ok(s)
    }

    /// Elements of the image batch.
    pub fn elements(&self) -> u64 {
        self.batch as u64 * self.channels as u64 * self.side[0] as u64 * self.side[1] as u64
    }

    /// Values of the statistics (two per image and group).
    pub fn stats_len(&self) -> usize {
        2 * self.batch as usize * self.groups as usize
    }

    fn params(&self) -> Params {
        let [h, w, c] = [self.side[0], self.side[1], self.channels];
        let strides = self.layout.strides(c as u64, [h as u64, w as u64]).map(|s| s as u32);
        Params {
            batch: self.batch,
            channels: c,
            groups: self.groups,
            height: h,
            width: w,
            eps: self.eps,
            _pad: [0; 2],
            strides,
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    batch: u32,
    channels: u32,
    groups: u32,
    height: u32,
    width: u32,
    eps: f32,
    _pad: [u32; 2],
    strides: [u32; 4],
}

/// y = γ_c (x − mean)/√(var + eps) + β_c, the group statistics (mean, 1/√(var + eps)) kept in
/// `stats` for the backward: two launches.
pub fn forward(
    gpu: &Gpu,
    s: &GroupNormShape,
    x: &GpuBuffer<f32>,
    gamma: &GpuBuffer<f32>,
    beta: &GpuBuffer<f32>,
    stats: &GpuBuffer<f32>,
    y: &GpuBuffer<f32>,
) -> Result<[Dispatch; 2]> {
    check_len("group_norm", "x", x, s.elements())?;
    check_len("group_norm", "y", y, s.elements())?;
    check_len("group_norm", "gamma", gamma, s.channels as u64)?;
    check_len("group_norm", "beta", beta, s.channels as u64)?;
    check_len("group_norm", "stats", stats, s.stats_len() as u64)?;
    let buffers = [x.binding(), gamma.binding(), beta.binding(), stats.binding(), y.binding()];
    let params = s.params();
    Ok([
        gpu.dispatch(&STATS, &params, &buffers, grid_1d(s.stats_len() as u64 / 2, 64))?,
        gpu.dispatch(&NORMALIZE, &params, &buffers, grid_1d(s.elements(), 64))?,
    ])
}

/// From dL/dy: dL/dx, dL/dγ and dL/dβ, with the forward's `stats` and `means` as scratch
/// (the means of gh and gh x̂ per group): three launches.
#[allow(clippy::too_many_arguments)]
pub fn backward(
    gpu: &Gpu,
    s: &GroupNormShape,
    x: &GpuBuffer<f32>,
    dy: &GpuBuffer<f32>,
    gamma: &GpuBuffer<f32>,
    stats: &GpuBuffer<f32>,
    means: &GpuBuffer<f32>,
    dx: &GpuBuffer<f32>,
    dgamma: &GpuBuffer<f32>,
    dbeta: &GpuBuffer<f32>,
) -> Result<[Dispatch; 3]> {
    for (name, buffer) in [("x", x), ("dy", dy), ("dx", dx)] {
        check_len("group_norm_backward", name, buffer, s.elements())?;
    }
    for (name, buffer) in [("gamma", gamma), ("dgamma", dgamma), ("dbeta", dbeta)] {
        check_len("group_norm_backward", name, buffer, s.channels as u64)?;
    }
    check_len("group_norm_backward", "stats", stats, s.stats_len() as u64)?;
    check_len("group_norm_backward", "means", means, s.stats_len() as u64)?;
    let buffers = [
        x.binding(),
        dy.binding(),
        gamma.binding(),
        stats.binding(),
        means.binding(),
        dx.binding(),
        dgamma.binding(),
        dbeta.binding(),
    ];
    let params = s.params();
    Ok([
        gpu.dispatch(&GRAD_MEANS, &params, &buffers, grid_1d(s.stats_len() as u64 / 2, 64))?,
        gpu.dispatch(&GRAD_INPUT, &params, &buffers, grid_1d(s.elements(), 64))?,
        gpu.dispatch(&GRAD_PARAMS, &params, &buffers, grid_1d(s.channels as u64, 64))?,
    ])
}
