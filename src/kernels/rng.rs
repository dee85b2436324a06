//! The Philox random streams (u32, uniform, normal) written to a buffer.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};
pub use crate::reference::rng::RngKey;

pub const SOURCE_NAME: &str = "rng";
pub const SOURCE: &str = shader_source!("philox.wgsl", "common/flat_index.wgsl", "rng.wgsl");

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    seed: u32,
    stream: u32,
    offset: u32,
    len: u32,
}

static U32: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "rng_u32", slots: &[Slot::ReadWrite] };
static UNIFORM: Kernel =
    Kernel { module: SOURCE_NAME, source: SOURCE, entry: "rng_uniform_f32", slots: &[Slot::ReadWrite] };
static NORMAL: Kernel =
    Kernel { module: SOURCE_NAME, source: SOURCE, entry: "rng_normal_f32", slots: &[Slot::ReadWrite] };

fn launch<T: Pod>(gpu: &Gpu, kernel: &'static Kernel, key: RngKey, out: &GpuBuffer<T>, len: u32) -> Result<Dispatch> {
    check_len(kernel.entry, "out", out, len as u64)?;
    let params = Params { seed: key.seed, stream: key.stream, offset: key.offset, len };
    gpu.dispatch(kernel, &params, &[out.binding()], grid_1d(len.div_ceil(4) as u64, 64))
}

/// The first `len` u32 of the stream `key`.
pub fn u32_stream(gpu: &Gpu, key: RngKey, out: &GpuBuffer<u32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &U32, key, out, len)
}

/// The first `len` uniforms in (0, 1) of the stream `key`.
pub fn uniform_stream(gpu: &Gpu, key: RngKey, out: &GpuBuffer<f32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &UNIFORM, key, out, len)
}

/// The first `len` standard normals of the stream `key`.
pub fn normal_stream(gpu: &Gpu, key: RngKey, out: &GpuBuffer<f32>, len: u32) -> Result<Dispatch> {
    launch(gpu, &NORMAL, key, out, len)
}
