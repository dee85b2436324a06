//! Elementwise sums and copies, for residual blocks (docs/math.md, "Residual blocks"): the
//! block's output [`add`]s its shortcut's and its body's; the backward [`copy`]s dL/dy to both
//! branches and sums their input gradients with [`add_into`] after the first is written.
//!
//! tests/kernels.rs checks them against sums on the CPU.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "elementwise";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "elementwise.wgsl");

const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::ReadWrite];
static ADD: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "add", slots: SLOTS };
static COPY: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "copy", slots: SLOTS };
static ADD_INTO: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "add_into", slots: SLOTS };

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    len: u32,
    _pad: [u32; 3],
}

fn launch(
    gpu: &Gpu,
    kernel: &'static Kernel,
    a: &GpuBuffer<f32>,
    b: Option<&GpuBuffer<f32>>,
    y: &GpuBuffer<f32>,
    len: u32,
) -> Result<Dispatch> {
    check_len(kernel.entry, "a", a, len as u64)?;
    check_len(kernel.entry, "y", y, len as u64)?;
    if let Some(b) = b {
        check_len(kernel.entry, "b", b, len as u64)?;
    }
    let b = b.map_or(gpu.placeholder.as_entire_binding(), |b| b.binding());
    gpu.dispatch(kernel, &Params { len, _pad: [0; 3] }, &[a.binding(), b, y.binding()], grid_1d(len as u64, 64))
}

/// y = a + b over the first `len` values.
pub fn add(gpu: &Gpu, a: &GpuBuffer<f32>, b: &GpuBuffer<f32>, y: &GpuBuffer<f32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &ADD, a, Some(b), y, len)
}

/// y = a over the first `len` values.
pub fn copy(gpu: &Gpu, a: &GpuBuffer<f32>, y: &GpuBuffer<f32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &COPY, a, None, y, len)
}

/// y = y + a over the first `len` values.
pub fn add_into(gpu: &Gpu, a: &GpuBuffer<f32>, y: &GpuBuffer<f32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &ADD_INTO, a, None, y, len)
}
