//! The three matmuls of a linear layer y = act(x Wᵀ + b), W stored [out, in] as in
//! torch.nn.Linear, with an optional leading batch dimension (the k importance samples):
//! - [`linear_forward`]: Y = act(X Wᵀ + b), bias and activation fused into the epilogue;
//! - [`linear_grad_weight`]: dW = dZᵀ X;
//! - [`linear_grad_input`]: dX = dZ W.
//!
//! Which WGSL kernel runs depends on the adapter ([`MatmulKernel::Auto`]): software adapters get
//! the register-blocked vec4 kernels when the shape allows vec4 loads, else the strided scalar
//! one; hardware GPUs get the workgroup-memory tiled kernel.

use bytemuck::{Pod, Zeroable};

use super::activation::Activation;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot};

pub const STRIDED_NAME: &str = "matmul";
pub const STRIDED_SOURCE: &str = shader_source!("common/activation.wgsl", "common/matmul_params.wgsl", "matmul.wgsl");
pub const VEC4_NAME: &str = "matmul_vec4";
pub const VEC4_SOURCE: &str = shader_source!("common/activation.wgsl", "common/matmul_params.wgsl", "matmul_vec4.wgsl");

const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite];

static STRIDED: Kernel = Kernel { module: STRIDED_NAME, source: STRIDED_SOURCE, entry: "matmul_strided", slots: SLOTS };
static TILED: Kernel = Kernel { module: STRIDED_NAME, source: STRIDED_SOURCE, entry: "matmul_tiled", slots: SLOTS };
static VEC4_FORWARD: Kernel = Kernel { module: VEC4_NAME, source: VEC4_SOURCE, entry: "linear_forward", slots: SLOTS };
static VEC4_GRAD_WEIGHT: Kernel =
    Kernel { module: VEC4_NAME, source: VEC4_SOURCE, entry: "linear_grad_weight", slots: SLOTS };
static VEC4_GRAD_INPUT: Kernel =
    Kernel { module: VEC4_NAME, source: VEC4_SOURCE, entry: "linear_grad_input", slots: SLOTS };

/// Which kernel computes a matmul.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum MatmulKernel {
    /// Chosen per adapter and shape.
    #[default]
    Auto,
    /// 16×8 outputs per invocation from vec4 loads, no workgroup memory (software adapters).
    Vec4,
    /// 4×4 outputs per invocation from scalar strided loads: any shape.
    Strided,
    /// 64×64 tiles through workgroup memory (hardware GPUs): any shape.
    Tiled,
}

/// A linear layer's sizes: `rows` inputs of width `inputs` mapped to width `outputs`, repeated
/// `batch` times. Batch strides are in elements, per operand in argument order (first input,
/// second input, output); 0 shares an operand across the batch (the weights, usually).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinearShape {
    pub rows: u32,
    pub inputs: u32,
    pub outputs: u32,
    pub batch: u32,
    pub batch_strides: [u32; 3],
}

impl LinearShape {
    pub fn new(rows: u32, inputs: u32, outputs: u32) -> LinearShape {
        LinearShape { rows, inputs, outputs, batch: 1, batch_strides: [0; 3] }
    }

    pub fn batched(self, batch: u32, batch_strides: [u32; 3]) -> LinearShape {
        LinearShape { batch, batch_strides, ..self }
    }

    pub fn flops(&self) -> f64 {
        2.0 * self.batch as f64 * self.rows as f64 * self.inputs as f64 * self.outputs as f64
    }
}

/// The three matmuls of a linear layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinearOp {
    /// Y = act(X Wᵀ + b)
    Forward,
    /// dW = dZᵀ X
    GradWeight,
    /// dX = dZ W
    GradInput,
}

impl LinearOp {
    pub const ALL: [LinearOp; 3] = [LinearOp::Forward, LinearOp::GradWeight, LinearOp::GradInput];

    pub fn name(self) -> &'static str {
        match self {
            LinearOp::Forward => "forward",
            LinearOp::GradWeight => "grad_weight",
            LinearOp::GradInput => "grad_input",
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    rows: u32,
    cols: u32,
    depth: u32,
    act: u32,
    a_row: u32,
    a_depth: u32,
    b_depth: u32,
    b_col: u32,
    a_batch: u32,
    b_batch: u32,
    c_batch: u32,
    has_bias: u32,
}

fn params(layout: LinearOp, s: &LinearShape, act: Activation, has_bias: bool) -> Params {
    let (m, k, n) = (s.rows, s.inputs, s.outputs);
    // C(row, col) = Σ_r A(row, r) B(r, col), A and B by element strides.
    let (rows, cols, depth, a_row, a_depth, b_depth, b_col) = match layout {
        LinearOp::Forward => (m, n, k, k, 1, 1, k),
        LinearOp::GradWeight => (n, k, m, 1, n, k, 1),
        LinearOp::GradInput => (m, k, n, n, 1, k, 1),
    };
    let [a_batch, b_batch, c_batch] = s.batch_strides;
    Params {
        rows,
        cols,
        depth,
        act: act.id(),
        a_row,
        a_depth,
        b_depth,
        b_col,
        a_batch,
        b_batch,
        c_batch,
        has_bias: has_bias as u32,
    }
}

/// Whether the vec4 kernel for `layout` can load this shape: the dimensions it loads along and
/// every batch offset must be multiples of 4.
fn vec4_fits(layout: LinearOp, s: &LinearShape) -> bool {
    let dims_ok = match layout {
        LinearOp::Forward => s.inputs.is_multiple_of(4),
        LinearOp::GradWeight | LinearOp::GradInput => s.inputs.is_multiple_of(4) && s.outputs.is_multiple_of(4),
    };
    dims_ok && s.batch_strides.iter().all(|st| st % 4 == 0)
}

fn choose(gpu: &Gpu, requested: MatmulKernel, layout: LinearOp, s: &LinearShape) -> Result<MatmulKernel> {
    match requested {
        MatmulKernel::Auto if !gpu.is_cpu() => Ok(MatmulKernel::Tiled),
        MatmulKernel::Auto if vec4_fits(layout, s) => Ok(MatmulKernel::Vec4),
        MatmulKernel::Auto => Ok(MatmulKernel::Strided),
        MatmulKernel::Vec4 if !vec4_fits(layout, s) => Err(Error::Invalid(format!(
            "matmul shape {s:?}: the vec4 kernel needs the loaded dimensions and batch strides to be multiples of 4"
        ))),
        k => Ok(k),
    }
}

/// The kernel `requested` resolves to for `op` at this shape on this adapter.
pub fn resolve_kernel(gpu: &Gpu, requested: MatmulKernel, op: LinearOp, shape: &LinearShape) -> Result<MatmulKernel> {
    choose(gpu, requested, op, shape)
}

#[allow(clippy::too_many_arguments)]
fn build(
    gpu: &Gpu,
    layout: LinearOp,
    name: &str,
    operands: [(&str, &GpuBuffer<f32>, [u64; 2]); 3],
    bias: Option<&GpuBuffer<f32>>,
    shape: &LinearShape,
    act: Activation,
    kernel: MatmulKernel,
) -> Result<Dispatch> {
    if shape.rows == 0 || shape.inputs == 0 || shape.outputs == 0 || shape.batch == 0 {
        return Err(Error::Invalid(format!("{name} shape {shape:?}: every dimension must be at least 1")));
    }
    // Each operand must hold its last batch entry: (batch - 1) · stride + one matrix.
    for (operand, buffer, [stride, size]) in operands {
        check_len(name, operand, buffer, (shape.batch as u64 - 1) * stride + size)?;
    }
    if let Some(b) = bias {
        check_len(name, "bias", b, shape.outputs as u64)?;
    }
    let kernel = choose(gpu, kernel, layout, shape)?;
    let p = params(layout, shape, act, bias.is_some());
    // Output columns × rows per workgroup: vec4, 8 invocations in a row of 16×8 blocks (rows
    // from the workgroup id, so llvmpipe sees their loads as uniform); strided, 8×8 invocations
    // of 4×4; tiled, 16×16 invocations of 4×4.
    let (static_kernel, [per_cols, per_rows]) = match (kernel, layout) {
        (MatmulKernel::Vec4, LinearOp::Forward) => (&VEC4_FORWARD, [64, 16]),
        (MatmulKernel::Vec4, LinearOp::GradWeight) => (&VEC4_GRAD_WEIGHT, [64, 16]),
        (MatmulKernel::Vec4, LinearOp::GradInput) => (&VEC4_GRAD_INPUT, [64, 16]),
        (MatmulKernel::Strided, _) => (&STRIDED, [32, 32]),
        (MatmulKernel::Tiled, _) => (&TILED, [64, 64]),
        (MatmulKernel::Auto, _) => unreachable!("choose resolves Auto"),
    };
    let workgroups = [p.cols.div_ceil(per_cols), p.rows.div_ceil(per_rows), shape.batch];
    let [a, b, c] = operands;
    let bias_binding = bias.map_or(gpu.placeholder.as_entire_binding(), |b| b.binding());
    gpu.dispatch(static_kernel, &p, &[a.1.binding(), b.1.binding(), bias_binding, c.1.binding()], workgroups)
}

/// Y[b] = act(X[b] W[b]ᵀ + bias): X [rows, inputs], W [outputs, inputs], Y [rows, outputs].
#[allow(clippy::too_many_arguments)]
pub fn linear_forward(
    gpu: &Gpu,
    x: &GpuBuffer<f32>,
    w: &GpuBuffer<f32>,
    bias: Option<&GpuBuffer<f32>>,
    y: &GpuBuffer<f32>,
    shape: LinearShape,
    act: Activation,
    kernel: MatmulKernel,
) -> Result<Dispatch> {
    let (m, k, n) = (shape.rows as u64, shape.inputs as u64, shape.outputs as u64);
    let [sx, sw, sy] = shape.batch_strides.map(u64::from);
    build(
        gpu,
        LinearOp::Forward,
        "linear_forward",
        [("x", x, [sx, m * k]), ("w", w, [sw, n * k]), ("y", y, [sy, m * n])],
        bias,
        &shape,
        act,
        kernel,
    )
}

/// dW[b] = dZ[b]ᵀ X[b]: dZ [rows, outputs], X [rows, inputs], dW [outputs, inputs].
pub fn linear_grad_weight(
    gpu: &Gpu,
    dz: &GpuBuffer<f32>,
    x: &GpuBuffer<f32>,
    dw: &GpuBuffer<f32>,
    shape: LinearShape,
    kernel: MatmulKernel,
) -> Result<Dispatch> {
    let (m, k, n) = (shape.rows as u64, shape.inputs as u64, shape.outputs as u64);
    let [sz, sx, sw] = shape.batch_strides.map(u64::from);
    build(
        gpu,
        LinearOp::GradWeight,
        "linear_grad_weight",
        [("dz", dz, [sz, m * n]), ("x", x, [sx, m * k]), ("dw", dw, [sw, n * k])],
        None,
        &shape,
        Activation::Identity,
        kernel,
    )
}

/// dX[b] = dZ[b] W[b]: dZ [rows, outputs], W [outputs, inputs], dX [rows, inputs].
pub fn linear_grad_input(
    gpu: &Gpu,
    dz: &GpuBuffer<f32>,
    w: &GpuBuffer<f32>,
    dx: &GpuBuffer<f32>,
    shape: LinearShape,
    kernel: MatmulKernel,
) -> Result<Dispatch> {
    let (m, k, n) = (shape.rows as u64, shape.inputs as u64, shape.outputs as u64);
    let [sz, sw, sx] = shape.batch_strides.map(u64::from);
    build(
        gpu,
        LinearOp::GradInput,
        "linear_grad_input",
        [("dz", dz, [sz, m * n]), ("w", w, [sw, n * k]), ("dx", dx, [sx, m * k])],
        None,
        &shape,
        Activation::Identity,
        kernel,
    )
}
