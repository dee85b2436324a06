//! Activations: forward, and backward from the output.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "activation";
pub const SOURCE: &str = shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "activation.wgsl");
pub const BACKWARD_NAME: &str = "activation_backward";
pub const BACKWARD_SOURCE: &str =
    shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "activation_backward.wgsl");

/// A hidden layer's nonlinearity; ids match shaders/common/activation.wgsl.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activation {
    Identity,
    #[default]
    Relu,
    Tanh,
    Sigmoid,
    Softplus,
}

impl Activation {
    pub fn id(self) -> u32 {
        match self {
            Activation::Identity => 0,
            Activation::Relu => 1,
            Activation::Tanh => 2,
            Activation::Sigmoid => 3,
            Activation::Softplus => 4,
        }
    }

    pub const ALL: [Activation; 5] =
        [Activation::Identity, Activation::Relu, Activation::Tanh, Activation::Sigmoid, Activation::Softplus];
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    len: u32,
    act: u32,
}

static FORWARD: Kernel =
    Kernel { module: SOURCE_NAME, source: SOURCE, entry: "activation_forward", slots: &[Slot::Read, Slot::ReadWrite] };
static BACKWARD: Kernel = Kernel {
    module: BACKWARD_NAME,
    source: BACKWARD_SOURCE,
    entry: "activation_backward",
    slots: &[Slot::Read, Slot::Read, Slot::ReadWrite],
};

/// y = act(z) elementwise over `len` values.
pub fn forward(gpu: &Gpu, z: &GpuBuffer<f32>, y: &GpuBuffer<f32>, len: u32, act: Activation) -> Result<Dispatch> {
    check_len("activation_forward", "z", z, len as u64)?;
    check_len("activation_forward", "y", y, len as u64)?;
    let params = Params { len, act: act.id() };
    gpu.dispatch(&FORWARD, &params, &[z.binding(), y.binding()], grid_1d(len as u64, 64))
}

/// dz = dy · act'(z), from the forward output y = act(z).
pub fn backward(
    gpu: &Gpu,
    y: &GpuBuffer<f32>,
    dy: &GpuBuffer<f32>,
    dz: &GpuBuffer<f32>,
    len: u32,
    act: Activation,
) -> Result<Dispatch> {
    for (name, b) in [("y", y), ("dy", dy), ("dz", dz)] {
        check_len("activation_backward", name, b, len as u64)?;
    }
    let params = Params { len, act: act.id() };
    gpu.dispatch(&BACKWARD, &params, &[y.binding(), dy.binding(), dz.binding()], grid_1d(len as u64, 64))
}
