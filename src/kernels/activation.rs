//! Activations: forward, and backward from the output.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

/// The activation ids, as shaders/common/activation.wgsl defines them.
const WGSL: &str = shader_source!("common/activation.wgsl");
const RELU: u32 = super::wgsl_u32(WGSL, "ACT_RELU");
const TANH: u32 = super::wgsl_u32(WGSL, "ACT_TANH");
const SIGMOID: u32 = super::wgsl_u32(WGSL, "ACT_SIGMOID");
const SOFTPLUS: u32 = super::wgsl_u32(WGSL, "ACT_SOFTPLUS");
const LEAKY_RELU: u32 = super::wgsl_u32(WGSL, "ACT_LEAKY_RELU");
const SILU: u32 = super::wgsl_u32(WGSL, "ACT_SILU");
const GELU: u32 = super::wgsl_u32(WGSL, "ACT_GELU");
const IDENTITY: u32 = super::wgsl_u32(WGSL, "ACT_IDENTITY");

pub const SOURCE_NAME: &str = "activation";
pub const SOURCE: &str = shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "activation.wgsl");
pub const BACKWARD_NAME: &str = "activation_backward";
pub const BACKWARD_SOURCE: &str =
    shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "activation_backward.wgsl");

/// A hidden layer's nonlinearity; its id is shaders/common/activation.wgsl's.
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
            Activation::Identity => IDENTITY,
            Activation::Relu => RELU,
            Activation::Tanh => TANH,
            Activation::Sigmoid => SIGMOID,
            Activation::Softplus => SOFTPLUS,
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
    slope: f32,
    _pad: u32,
}

/// An activation layer that runs as a launch of its own (src/model/trunk.rs), its backward
/// from its input: the layers' ReLU and Tanh where no matmul before them can take them in its
/// epilogue, and LeakyReLU, SiLU and GELU, which none can. Ids are
/// shaders/common/activation.wgsl's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Nonlinearity {
    Relu,
    LeakyRelu { negative_slope: f32 },
    Tanh,
    Silu,
    Gelu,
}

impl Nonlinearity {
    fn params(self, len: u32) -> Params {
        let (act, slope) = match self {
            Nonlinearity::Relu => (RELU, 0.0),
            Nonlinearity::Tanh => (TANH, 0.0),
            Nonlinearity::LeakyRelu { negative_slope } => (LEAKY_RELU, negative_slope),
            Nonlinearity::Silu => (SILU, 0.0),
            Nonlinearity::Gelu => (GELU, 0.0),
        };
        Params { len, act, slope, _pad: 0 }
    }
}

static FORWARD: Kernel =
    Kernel { module: SOURCE_NAME, source: SOURCE, entry: "activation_forward", slots: &[Slot::Read, Slot::ReadWrite] };
static LAYER_FORWARD: Kernel = Kernel {
    module: SOURCE_NAME,
    source: SOURCE,
    entry: "layer_activation_forward",
    slots: &[Slot::Read, Slot::ReadWrite],
};
static LAYER_BACKWARD: Kernel = Kernel {
    module: BACKWARD_NAME,
    source: BACKWARD_SOURCE,
    entry: "layer_activation_backward",
    slots: &[Slot::Read, Slot::Read, Slot::ReadWrite],
};
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
    let params = Params { len, act: act.id(), slope: 0.0, _pad: 0 };
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
    let params = Params { len, act: act.id(), slope: 0.0, _pad: 0 };
    gpu.dispatch(&BACKWARD, &params, &[y.binding(), dy.binding(), dz.binding()], grid_1d(len as u64, 64))
}

/// y = f(z) elementwise over `len` values for an activation layer.
pub fn layer_forward(gpu: &Gpu, z: &GpuBuffer<f32>, y: &GpuBuffer<f32>, len: u32, f: Nonlinearity) -> Result<Dispatch> {
    check_len("layer_activation_forward", "z", z, len as u64)?;
    check_len("layer_activation_forward", "y", y, len as u64)?;
    gpu.dispatch(&LAYER_FORWARD, &f.params(len), &[z.binding(), y.binding()], grid_1d(len as u64, 64))
}

/// dz = dy · f'(z), from the layer's input z.
pub fn layer_backward(
    gpu: &Gpu,
    z: &GpuBuffer<f32>,
    dy: &GpuBuffer<f32>,
    dz: &GpuBuffer<f32>,
    len: u32,
    f: Nonlinearity,
) -> Result<Dispatch> {
    for (name, b) in [("z", z), ("dy", dy), ("dz", dz)] {
        check_len("layer_activation_backward", name, b, len as u64)?;
    }
    gpu.dispatch(&LAYER_BACKWARD, &f.params(len), &[z.binding(), dy.binding(), dz.binding()], grid_1d(len as u64, 64))
}
