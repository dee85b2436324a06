//! The three matmuls of a linear layer y = act(x Wᵀ + b), W stored [out, in] as in
//! torch.nn.Linear, with an optional leading batch dimension (the k importance samples):
//! - [`linear_forward`]: Y = act(X Wᵀ + b), bias and activation fused into the epilogue;
//! - [`linear_grad_weight`]: dW = dZᵀ X;
//! - [`linear_grad_input`]: dX = dZ W.
//!
//! Which WGSL kernel runs depends on the adapter ([`MatmulKernel::Auto`]): the one measured
//! fastest for the shape on it ([`autotune`]), else software adapters get the register-blocked
//! vec4 kernels when the shape allows vec4 loads (block shape per launch, [`vec4_block`]), else
//! the strided scalar one, and hardware GPUs the workgroup-memory tiled kernel. The family
//! lives in this folder: the launchers here, the generated vec4 blocks ([`vec4`]) and the
//! per-adapter measurements ([`autotune`]).

pub mod autotune;
pub mod vec4;

use bytemuck::{Pod, Zeroable};

use super::activation::Activation;
use vec4::{Flavour, standard_shape};
/// The most rows (M) one matmul launch covers on every kernel: the grid's second dimension
/// (at most 65,535 workgroups) times the fewest rows a workgroup takes (the 16-row vec4 blocks).
/// A convolution's matmul has a row per pixel, so this bounds the images a chunk may hold.
pub const MAX_MATMUL_ROWS: u64 = 65_535 * 16;

use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Compile, Dispatch, Gpu, GpuBuffer, Kernel, Slot};
pub use vec4::{VEC4_BLOCKS, Vec4Block};

pub const STRIDED_NAME: &str = "matmul";
pub const STRIDED_SOURCE: &str = shader_source!("common/activation.wgsl", "common/matmul_params.wgsl", "matmul.wgsl");

/// A, B, the bias (read by forward, written by grad_weight's row sums), C.
pub(crate) const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::ReadWrite, Slot::ReadWrite];

static STRIDED: Kernel = Kernel { module: STRIDED_NAME, source: STRIDED_SOURCE, entry: "matmul_strided", slots: SLOTS };
static TILED: Kernel = Kernel { module: STRIDED_NAME, source: STRIDED_SOURCE, entry: "matmul_tiled", slots: SLOTS };

impl Vec4Block {
    /// The flavour this adapter runs (the same operations in the same order in each, so the same
    /// bits), or the one a test forced.
    fn for_adapter(&'static self, gpu: &Gpu) -> &'static Kernel {
        self.kernel(FORCED_FLAVOUR.with(|f| f.get()).unwrap_or_else(|| vec4_flavour(gpu)))
    }
}

/// The vec4 blocks' flavour for this adapter's subgroups ([`Flavour::for_subgroup_sizes`]).
pub fn vec4_flavour(gpu: &Gpu) -> Flavour {
    Flavour::for_subgroup_sizes(gpu.subgroup_sizes())
}

/// Below this depth the smallest block always runs: the cost model leaves out the per-block
/// stores and setup, which the short loops of thin layers (depth 20 or 40) do not amortise
/// (larger blocks measured up to 2x slower there, and faster from depth 128 up).
const MIN_DEPTH_FOR_LARGE_BLOCKS: u32 = 128;

/// The vec4 block shape that runs `op` at this shape fastest by the blocks' cost model.
pub fn vec4_block(op: LinearOp, shape: &LinearShape) -> &'static Vec4Block {
    if let Some(forced) = forced_block(op) {
        return forced;
    }
    let p = params(op, shape, Activation::Identity, false);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
    VEC4_BLOCKS
        .iter()
        .filter(|b| b.op == op)
        .filter(|b| p.depth >= MIN_DEPTH_FOR_LARGE_BLOCKS || (b.rows, b.cols) == standard_shape(op))
        .min_by(|a, b| {
            let cost = |k: &Vec4Block| k.cost(p.rows, p.cols, p.depth, shape.batch, threads);
            cost(a).total_cmp(&cost(b))
        })
        .expect("every layout has a vec4 block")
}

/// The block `--kernel vec4` runs for `op`.
pub fn standard_block(op: LinearOp) -> &'static Vec4Block {
    let shape = standard_shape(op);
    VEC4_BLOCKS.iter().find(|b| b.op == op && (b.rows, b.cols) == shape).expect("every layout has its standard block")
}

/// The block a test forced for `op` on this thread, if any.
fn forced_block(op: LinearOp) -> Option<&'static Vec4Block> {
    FORCED_BLOCK.with(|f| f.get()).filter(|b| b.op == op)
}

thread_local! {
    static FORCED_BLOCK: std::cell::Cell<Option<&'static Vec4Block>> = const { std::cell::Cell::new(None) };
    static FORCED_FLAVOUR: std::cell::Cell<Option<Flavour>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with every vec4 launch built on this thread using the blocks' `flavour` instead of
/// the adapter's (so that tests reach every flavour the adapter can run, [`Flavour::runs_on`]).
#[doc(hidden)]
pub fn with_vec4_flavour<T>(flavour: Flavour, f: impl FnOnce() -> T) -> T {
    let previous = FORCED_FLAVOUR.with(|c| c.replace(Some(flavour)));
    let result = f();
    FORCED_FLAVOUR.with(|c| c.set(previous));
    result
}

/// Runs `f` with every vec4 launch of `block`'s layout built on this thread using `block`
/// instead of the one [`vec4_block`] picks, and with no fallback (so tests reach every block
/// shape).
#[doc(hidden)]
pub fn with_vec4_block<T>(block: &'static Vec4Block, f: impl FnOnce() -> T) -> T {
    let previous = FORCED_BLOCK.with(|c| c.replace(Some(block)));
    let result = f();
    FORCED_BLOCK.with(|c| c.set(previous));
    result
}

/// Which kernel computes a matmul.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatmulKernel {
    /// Chosen per adapter and shape: the kernel measured fastest for the shape on this adapter
    /// (hardware GPUs measure each shape at its first launch; software adapters in `wgvae
    /// bench tune`), cached per adapter; unmeasured, `vec4` on software adapters where the
    /// shape allows vec4 loads, else `strided`, and `tiled` on GPUs.
    #[default]
    Auto,
    /// 16×8 register blocks (32×8 for dW) from vec4 loads, no workgroup memory (software
    /// adapters); where the adapter has subgroups, the rows every lane reads are loaded once and
    /// broadcast.
    Vec4,
    /// Register blocks up to 32×24 chosen per shape by a cost model: 1.1–1.2x the steady-state
    /// training throughput of `vec4` on llvmpipe without subgroups, no faster with them
    /// (BENCHMARKS.md). Each large block costs 6–35 s of one-time JIT on a cold Mesa shader
    /// cache and 1–2 s of pipeline creation in every process, done on a low-priority warm-up
    /// device while the standard block stands in (the same bits).
    Vec4Large,
    /// 4×4 outputs per invocation from scalar strided loads: any shape.
    Strided,
    /// 64×64 tiles through workgroup memory (hardware GPUs): any shape.
    Tiled,
    /// `auto` for a run long enough to repay the large blocks' compilation (see
    /// [`MatmulKernel::for_run`]): on software adapters without subgroups `vec4-large` with its
    /// blocks compiled at normal priority, so that they take over within seconds (a warm cache)
    /// or a few minutes (a cold one); with subgroups, where they are no faster, `vec4`.
    #[value(skip)]
    AutoLongRun,
}

impl MatmulKernel {
    /// The name `--kernel` takes.
    pub fn name(self) -> &'static str {
        match self {
            MatmulKernel::Auto => "auto",
            MatmulKernel::Vec4 => "vec4",
            MatmulKernel::Vec4Large => "vec4-large",
            MatmulKernel::Strided => "strided",
            MatmulKernel::Tiled => "tiled",
            MatmulKernel::AutoLongRun => "auto-long-run",
        }
    }

    /// Roughly how long `flops` of matmuls take on a software adapter with the standard blocks
    /// (about 10 GFLOP per CPU-second on llvmpipe without subgroups, BENCHMARKS.md), in seconds.
    pub fn software_seconds(flops: f64) -> f64 {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
        flops / (10e9 * threads)
    }

    /// The kernel for a run of about `seconds` (estimated at the standard blocks' speed): `auto`
    /// becomes [`AutoLongRun`](Self::AutoLongRun) from five minutes on, where the large blocks'
    /// 11–25% (BENCHMARKS.md) outweighs their one-time JIT of up to two CPU-minutes on a cold
    /// Mesa cache and the seconds of pipeline creation in every process.
    pub fn for_run(self, seconds: f64) -> MatmulKernel {
        if self == MatmulKernel::Auto && seconds >= 300.0 { MatmulKernel::AutoLongRun } else { self }
    }
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
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
    row_sums: u32,
}

/// `bias`: forward adds it; grad_weight writes the bias gradient there (A's row sums).
fn params(layout: LinearOp, s: &LinearShape, act: Activation, bias: bool) -> Params {
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
        has_bias: (bias && layout == LinearOp::Forward) as u32,
        row_sums: (bias && layout == LinearOp::GradWeight) as u32,
    }
}

/// Whether the vec4 kernels can take this shape: the dimensions they load and store along (the
/// layer's inputs and outputs, whatever the layout) and every batch offset must be multiples of 4.
pub fn vec4_fits(s: &LinearShape) -> bool {
    s.inputs.is_multiple_of(4) && s.outputs.is_multiple_of(4) && s.batch_strides.iter().all(|st| st % 4 == 0)
}

/// The kernel `requested` resolves to for `op` at this shape on this adapter: `auto` takes
/// the autotuned kernel where the shape has been measured here (on hardware GPUs it is measured
/// now if not; see [`autotune`]), else the rule of [`MatmulKernel::Auto`].
pub fn resolve_kernel(gpu: &Gpu, requested: MatmulKernel, op: LinearOp, s: &LinearShape) -> Result<MatmulKernel> {
    let auto = matches!(requested, MatmulKernel::Auto | MatmulKernel::AutoLongRun);
    let tuned = match (auto && s.batch == 1).then(|| autotune::lookup(gpu, op, s)) {
        None => None,
        Some(Some(kernel)) => Some(kernel),
        // Measuring needs a wait for the GPU, which a page's thread cannot block on: in the
        // browser the rule below chooses.
        Some(None) if !gpu.is_cpu() && cfg!(not(target_arch = "wasm32")) => {
            let tuning = autotune::tune(gpu, op, [s.rows, s.inputs, s.outputs])?;
            let kernel = tuning.kernel;
            autotune::remember(gpu, tuning, true)?;
            Some(kernel)
        }
        Some(None) => None,
    };
    // A cache file edited by hand may name a kernel this shape cannot take.
    let tuned = tuned.filter(|k| autotune::candidates(s).contains(k));
    let long_run_blocks = requested == MatmulKernel::AutoLongRun && vec4_flavour(gpu) == Flavour::Plain;
    match (requested, tuned) {
        (_, Some(MatmulKernel::Vec4)) if long_run_blocks => Ok(MatmulKernel::Vec4Large),
        (_, Some(kernel)) => Ok(kernel),
        (MatmulKernel::Auto | MatmulKernel::AutoLongRun, None) if !gpu.is_cpu() => Ok(MatmulKernel::Tiled),
        (MatmulKernel::Auto | MatmulKernel::AutoLongRun, None) if !vec4_fits(s) => Ok(MatmulKernel::Strided),
        (MatmulKernel::AutoLongRun, None) if long_run_blocks => Ok(MatmulKernel::Vec4Large),
        (MatmulKernel::Auto | MatmulKernel::AutoLongRun, None) => Ok(MatmulKernel::Vec4),
        (MatmulKernel::Vec4 | MatmulKernel::Vec4Large, _) if !vec4_fits(s) => Err(Error::Invalid(format!(
            "matmul shape {s:?}: the vec4 kernel needs the layer's inputs, outputs and batch strides to be multiples of 4"
        ))),
        (k, _) => Ok(k),
    }
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
    match (bias, layout) {
        (Some(b), LinearOp::Forward) => check_len(name, "bias", b, shape.outputs as u64)?,
        (Some(db), _) => check_len(name, "db", db, shape.batch as u64 * shape.outputs as u64)?,
        (None, _) => {}
    }
    let requested = kernel;
    let kernel = resolve_kernel(gpu, kernel, layout, shape)?;
    let p = params(layout, shape, act, bias.is_some());
    // Output columns × rows per workgroup: vec4, 8 invocations in a row of R×C blocks (rows
    // from the workgroup id; the block shape from vec4_block's cost model); strided, 8×8 invocations
    // of 4×4; tiled, 16×16 invocations of 4×4.
    let grid = |[per_cols, per_rows]: [u32; 2]| [p.cols.div_ceil(per_cols), p.rows.div_ceil(per_rows), shape.batch];
    let strided_grid = grid([32, 32]);
    let block_grid = |b: &Vec4Block| grid([8 * b.cols, b.rows]);
    let (static_kernel, workgroups) = match (kernel, layout) {
        (MatmulKernel::Vec4 | MatmulKernel::Vec4Large, op) => {
            let block = match (forced_block(op), kernel) {
                (Some(forced), _) => forced,
                (None, MatmulKernel::Vec4Large) => vec4_block(op, shape),
                (None, _) => standard_block(op),
            };
            (block.for_adapter(gpu), block_grid(block))
        }
        (MatmulKernel::Strided, _) => (&STRIDED, strided_grid),
        (MatmulKernel::Tiled, _) => (&TILED, grid([64, 64])),
        (MatmulKernel::Auto | MatmulKernel::AutoLongRun, _) => unreachable!("resolve_kernel resolves Auto"),
    };
    let [a, b, c] = operands;
    let bias_binding = bias.map_or(gpu.placeholder.as_entire_binding(), |b| b.binding());
    let buffers = [a.1.binding(), b.1.binding(), bias_binding, c.1.binding()];
    // On software adapters the unrolled blocks take seconds to JIT at their first launch (16×8
    // 1.8 s, the large ones up to 35 s): until a block is ready the standard one runs in its
    // place, and until that is ready the strided kernel, whose loops compile in a tenth of a
    // second (the same sums in the same order, so the same bits; tests/matmul.rs).
    let vec4 = matches!(kernel, MatmulKernel::Vec4 | MatmulKernel::Vec4Large);
    let mut d = if vec4 && gpu.is_cpu() && forced_block(layout).is_none() {
        let standard = standard_block(layout);
        let mut fallbacks = vec![];
        let own = if std::ptr::eq(static_kernel, standard.for_adapter(gpu)) {
            Compile::WarmUp { low_priority: false }
        } else {
            fallbacks.push((standard.for_adapter(gpu), block_grid(standard), Compile::WarmUp { low_priority: false }));
            Compile::WarmUp { low_priority: requested != MatmulKernel::AutoLongRun }
        };
        fallbacks.push((&STRIDED, strided_grid, Compile::Direct));
        gpu.dispatch_with_fallback(static_kernel, own, &fallbacks, &p, &buffers, workgroups)?
    } else {
        gpu.dispatch(static_kernel, &p, &buffers, workgroups)?
    };
    // Every vec4 block shape reports as its layout, like the other kernels.
    if matches!(kernel, MatmulKernel::Vec4 | MatmulKernel::Vec4Large) {
        d.name = match layout {
            LinearOp::Forward => "linear_forward",
            LinearOp::GradWeight => "linear_grad_weight",
            LinearOp::GradInput => "linear_grad_input",
        };
    }
    Ok(d)
}

/// `Y[b] = act(X[b] W[b]ᵀ + bias)`: X `[rows, inputs]`, W `[outputs, inputs]`, Y `[rows, outputs]`.
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

/// `dW[b] = dZ[b]ᵀ X[b]`: dZ `[rows, outputs]`, X `[rows, inputs]`, dW `[outputs, inputs]`;
/// with `db`, also the bias gradient `db[b] = Σ_rows dZ[b]` (`[batch, outputs]`), from the same
/// loads of dZ.
pub fn linear_grad_weight(
    gpu: &Gpu,
    dz: &GpuBuffer<f32>,
    x: &GpuBuffer<f32>,
    dw: &GpuBuffer<f32>,
    db: Option<&GpuBuffer<f32>>,
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
        db,
        &shape,
        Activation::Identity,
        kernel,
    )
}

/// `dX[b] = dZ[b] W[b]`: dZ `[rows, outputs]`, W `[outputs, inputs]`, dX `[rows, inputs]`.
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
