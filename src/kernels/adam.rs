//! The Adam update, bias-corrected, with the step's corrections (computed on the host in f64)
//! as uniforms.

use bytemuck::{Pod, Zeroable};

use super::shader_source;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "adam";
pub const SOURCE: &str = shader_source!("common/flat_index.wgsl", "adam.wgsl");

/// Adam's hyper-parameters (Kingma & Ba's defaults but the learning rate).
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    len_a: u32,
    len_b: u32,
    lr: f32,
    beta1: f32,
    beta2: f32,
    eps: f32,
    correction1: f32,
    correction2: f32,
}

impl AdamConfig {
    /// The bias corrections of step `step` (1-based), 1 / (1 − β1^t) and 1 / (1 − β2^t), in f64
    /// from the f32 βs the kernel uses and rounded once: the same on every driver (the kernel's
    /// own pow would not be, shaders/adam.wgsl).
    pub fn corrections(&self, step: u32) -> [f32; 2] {
        [self.beta1, self.beta2].map(|b| (1.0 / (1.0 - (b as f64).powi(step as i32))) as f32)
    }
}

static ADAM: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "adam",
    slots: &[
        Slot::Read,
        Slot::ReadWrite,
        Slot::ReadWrite,
        Slot::ReadWrite,
        Slot::Read,
        Slot::ReadWrite,
        Slot::ReadWrite,
        Slot::ReadWrite,
    ],
};

/// One tensor Adam updates: its gradient, the values, and the two moments, all the same length.
#[derive(Clone, Copy)]
pub struct AdamTensor<'a> {
    pub grad: &'a GpuBuffer<f32>,
    pub params: &'a GpuBuffer<f32>,
    pub m: &'a GpuBuffer<f32>,
    pub v: &'a GpuBuffer<f32>,
}

impl AdamTensor<'_> {
    fn len(&self) -> Result<u32> {
        let len = self.params.len();
        for (name, b) in [("grad", self.grad), ("m", self.m), ("v", self.v)] {
            // Whole buffers only: the kernel updates in vec4s, so values past the end in the
            // same vec4 must be the buffers' zero padding.
            if b.len() != len {
                return Err(Error::Invalid(format!("adam: {name} holds {} values, the parameters {len}", b.len())));
            }
        }
        Ok(len as u32)
    }
}

/// Step `step` (1-based) of Adam on two tensors (a layer's weight and bias) in one launch,
/// updating the values and moments in place.
pub fn adam(gpu: &Gpu, a: AdamTensor<'_>, b: AdamTensor<'_>, step: u32, config: AdamConfig) -> Result<Dispatch> {
    if step == 0 {
        return Err(Error::Invalid("adam: the step count starts at 1".into()));
    }
    let (len_a, len_b) = (a.len()?, b.len()?);
    let [correction1, correction2] = config.corrections(step);
    let p = Params {
        len_a,
        len_b,
        lr: config.lr,
        beta1: config.beta1,
        beta2: config.beta2,
        eps: config.eps,
        correction1,
        correction2,
    };
    let buffers = [a, b].map(|t| [t.grad.binding(), t.params.binding(), t.m.binding(), t.v.binding()]);
    let blocks = len_a.div_ceil(4) as u64 + len_b.div_ceil(4) as u64;
    gpu.dispatch(&ADAM, &p, &buffers.concat(), grid_1d(blocks, 64))
}

/// Sets the step (1-based: its bias corrections) and the learning rate (a schedule's) of an
/// [`adam`] launch before its next submit.
pub fn set_step(gpu: &Gpu, launch: &mut Dispatch, step: u32, lr: f32) -> Result<()> {
    if step == 0 {
        return Err(Error::Invalid("adam: the step count starts at 1".into()));
    }
    gpu.update_params::<Params>(launch, |p| {
        let config = AdamConfig { lr, beta1: p.beta1, beta2: p.beta2, eps: p.eps };
        [p.correction1, p.correction2] = config.corrections(step);
        p.lr = lr;
    })
}
