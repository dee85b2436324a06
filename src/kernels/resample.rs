//! Average pooling and nearest-neighbour upsampling by an integer factor (docs/math.md,
//! "Pooling and upsampling"): two gathers between a fine image and a coarse one, each the
//! other's adjoint up to a scale. AvgPool2d(f) runs [`pool`] with scale 1/f² and its backward
//! [`spread`] with 1/f²; Upsample(f) runs [`spread`] with scale 1 and its backward [`pool`]
//! with 1. Either image layout, read and written in place.
//!
//! tests/kernels.rs runs both against the layer references ([`crate::reference::layers`]).

use bytemuck::{Pod, Zeroable};

use super::conv::ImageLayout;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "resample";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "resample.wgsl");

const SLOTS: &[Slot] = &[Slot::Read, Slot::ReadWrite];
static POOL: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "pool", slots: SLOTS };
static SPREAD: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "spread", slots: SLOTS };

/// A fine image batch and the coarse one a factor `factor` below it (floor(fine / factor) per
/// side), both in `layout`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resample {
    pub batch: u32,
    pub channels: u32,
    pub fine: [u32; 2],
    pub factor: u32,
    pub layout: ImageLayout,
}

impl Resample {
    /// Checks the sizes: a factor of at least 1 that leaves a coarse pixel, and images the
    /// kernels' u32 indices reach.
    pub fn new(batch: u32, channels: u32, fine: [u32; 2], factor: u32, layout: ImageLayout) -> Result<Resample> {
        let r = Resample { batch, channels, fine, factor, layout };
        if factor == 0 || fine[0] < factor || fine[1] < factor || batch == 0 || channels == 0 {
            return Err(Error::Invalid(format!(
                "resampling {channels}x{}x{} by a factor of {factor}: the factor must be at least 1 and at most the \
                 side",
                fine[0], fine[1]
            )));
        }
        if r.len(fine) > u32::MAX as u64 {
            return Err(Error::TooLarge(format!(
                "an image batch of {} elements passes 2^32: use a smaller batch (--chunk)",
                r.len(fine)
            )));
        }
        Ok(r)
    }

    pub fn coarse(&self) -> [u32; 2] {
        self.fine.map(|side| side / self.factor)
    }

    /// Elements of an image batch of `side`s.
    pub fn len(&self, [h, w]: [u32; 2]) -> u64 {
        self.batch as u64 * self.channels as u64 * h as u64 * w as u64
    }

    /// Element strides of (image, channel, row, column) of an image of `side`s in the layout.
    fn strides(&self, side: [u32; 2]) -> [u32; 4] {
        self.layout.strides(self.channels as u64, side.map(u64::from)).map(|s| s as u32)
    }

    fn params(&self, scale: f32) -> Params {
        let coarse = self.coarse();
        Params {
            batch: self.batch,
            channels: self.channels,
            coarse_h: coarse[0],
            coarse_w: coarse[1],
            fine_h: self.fine[0],
            fine_w: self.fine[1],
            factor: self.factor,
            scale,
            coarse_strides: self.strides(coarse),
            fine_strides: self.strides(self.fine),
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    batch: u32,
    channels: u32,
    coarse_h: u32,
    coarse_w: u32,
    fine_h: u32,
    fine_w: u32,
    factor: u32,
    scale: f32,
    coarse_strides: [u32; 4],
    fine_strides: [u32; 4],
}

/// `coarse[n, c, i, j] = scale · Σ_{a, b < f} fine[n, c, f i + a, f j + b]`.
pub fn pool(gpu: &Gpu, r: &Resample, fine: &GpuBuffer<f32>, coarse: &GpuBuffer<f32>, scale: f32) -> Result<Dispatch> {
    check_len("pool", "fine", fine, r.len(r.fine))?;
    check_len("pool", "coarse", coarse, r.len(r.coarse()))?;
    gpu.dispatch(&POOL, &r.params(scale), &[fine.binding(), coarse.binding()], grid_1d(r.len(r.coarse()), 64))
}

/// `fine[n, c, y, x] = scale · coarse[n, c, y / f, x / f]`, 0 in the rows and columns past
/// f · coarse.
pub fn spread(gpu: &Gpu, r: &Resample, coarse: &GpuBuffer<f32>, fine: &GpuBuffer<f32>, scale: f32) -> Result<Dispatch> {
    check_len("spread", "coarse", coarse, r.len(r.coarse()))?;
    check_len("spread", "fine", fine, r.len(r.fine))?;
    gpu.dispatch(&SPREAD, &r.params(scale), &[coarse.binding(), fine.binding()], grid_1d(r.len(r.fine), 64))
}
