//! The Adam update, bias-corrected, with the step count as a uniform.

use bytemuck::{Pod, Zeroable};

use super::shader_source;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "adam";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "adam.wgsl");

/// Adam's hyper-parameters (Kingma & Ba's defaults but the learning rate).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdamConfig {
    pub lr: f32,
    pub beta1: f32,
    pub beta2: f32,
    pub eps: f32,
}

impl Default for AdamConfig {
    fn default() -> Self {
        AdamConfig { lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8 }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    len: u32,
    step: u32,
    lr: f32,
    beta1: f32,
    beta2: f32,
    eps: f32,
    _pad: [u32; 2],
}

static ADAM: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "adam",
    slots: &[Slot::Read, Slot::ReadWrite, Slot::ReadWrite, Slot::ReadWrite],
};

/// Step `step` (1-based) of Adam on `len` parameters, updating params, m and v in place.
#[allow(clippy::too_many_arguments)]
pub fn adam(
    gpu: &Gpu,
    grad: &GpuBuffer<f32>,
    params: &GpuBuffer<f32>,
    m: &GpuBuffer<f32>,
    v: &GpuBuffer<f32>,
    len: u32,
    step: u32,
    config: AdamConfig,
) -> Result<Dispatch> {
    if step == 0 {
        return Err(Error::Invalid("adam: the step count starts at 1".into()));
    }
    for (name, b) in [("grad", grad), ("params", params), ("m", m), ("v", v)] {
        // Whole buffers only: the kernel updates in vec4s, so values past `len` in the same
        // vec4 must be the buffer's zero padding.
        if b.len() != len as usize {
            return Err(Error::Invalid(format!("adam: {name} holds {} values, not the {len} updated", b.len())));
        }
    }
    let p =
        Params { len, step, lr: config.lr, beta1: config.beta1, beta2: config.beta2, eps: config.eps, _pad: [0; 2] };
    let buffers = [grad.binding(), params.binding(), m.binding(), v.binding()];
    gpu.dispatch(&ADAM, &p, &buffers, grid_1d((len as u64).div_ceil(4), 64))
}

/// Sets the step count (1-based) of an [`adam`] launch before its next submit.
pub fn set_step(gpu: &Gpu, launch: &mut Dispatch, step: u32) -> Result<()> {
    if step == 0 {
        return Err(Error::Invalid("adam: the step count starts at 1".into()));
    }
    gpu.update_params::<Params>(launch, |p| p.step = step)
}
