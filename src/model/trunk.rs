//! A trunk of layers (an encoder's or a decoder's, [`super::architecture`]) on the GPU: its
//! forward launches and, beside them, its backward launches, over buffers built once.
//!
//! Each layer with parameters is one matmul with the next layer's activation (ReLU or Tanh) fused
//! into its epilogue (any other activation runs as a launch of its own, its backward from its
//! input), plus the gathers of [`crate::kernels::conv`] (docs/math.md, "Convolutions as matrix
//! products"): Linear over flat rows; Conv2d as im2col of its input, then the matmul, writing
//! channels-last rows (one pixel a row, NHWC); ConvTranspose2d as the grad_input matmul of its
//! channels-last input, then col2im with the bias and activation. Flatten and Unflatten change no
//! value, only the order: channel-first (PyTorch's, for flat vectors) against channels-last (what
//! the matmuls read and write), permuted by a 1×1 col2im or im2col where the two differ. A trunk's
//! image output is channel-first, as PyTorch's is. The backward mirrors each launch.
//!
//! tests/trunk.rs runs trunks against the CPU reference of every layer ([`crate::reference::layers`]);
//! the training step, the evaluation and the picture commands build their encoder and decoder
//! from them ([`crate::model::forward`]).

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::activation::{self, Activation, Nonlinearity};
use crate::kernels::conv::{self, ImageLayout, Window};
use crate::kernels::elementwise;
use crate::kernels::group_norm::{self, GroupNormShape};
use crate::kernels::matmul::{self, LinearShape, MatmulKernel};
use crate::kernels::resample::{self, Resample};
use crate::model::architecture::{Layer, Pair, Shape};

/// How a value holds its rows' elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Flat,
    Image(ImageLayout),
}

/// A value of the forward pass: the trunk's input, or an op's output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Value {
    Input,
    Output(usize),
}

/// One launch group of the forward pass, with what its backward needs.
enum Op {
    Linear {
        layer: usize,
        input: Value,
        shape: LinearShape,
        act: Activation,
    },
    Conv2d {
        layer: usize,
        input: Value,
        window: Window,
        col: GpuBuffer<f32>,
        shape: LinearShape,
        act: Activation,
    },
    ConvTranspose2d {
        layer: usize,
        input: Value,
        window: Window,
        col: GpuBuffer<f32>,
        shape: LinearShape,
        act: Activation,
    },
    /// An activation layer that no launch before it takes in.
    Activation {
        input: Value,
        f: Nonlinearity,
    },
    /// AvgPool2d (`pool`: the fine input pooled, scale 1/f²) or Upsample (its coarse input
    /// spread, scale 1); the backward runs the other gather with the same scale.
    Resample {
        input: Value,
        resample: Resample,
        pool: bool,
        scale: f32,
    },
    /// GroupNorm with its group statistics kept for the backward; without affine parameters,
    /// γ = 1 and β = 0 as buffers of their own.
    GroupNorm {
        layer: usize,
        input: Value,
        norm: GroupNormShape,
        stats: GpuBuffer<f32>,
        constants: Option<LayerBuffers>,
    },
    /// A residual branch's view of the block's input: the same buffer, no launch; its gradient
    /// is the branch's, which the backward writes into the input's gradient (the shortcut's
    /// first) or adds to it (`accumulate`: the body's, after the shortcut's).
    Fork {
        input: Value,
        accumulate: bool,
    },
    /// A residual block's output: its body's plus its shortcut's.
    Add {
        body: Value,
        shortcut: Value,
    },
    /// A 1×1 gather between the layouts: `to_channels_first` by col2im, else by im2col.
    Permute {
        input: Value,
        window: Window,
        to_channels_first: bool,
    },
}

/// A trunk's forward pass on the GPU.
pub struct Trunk {
    /// Every op's output, in order; the last is the trunk's output. A residual fork's is a view
    /// of its input ([`written`](Self::written) leaves those out).
    outputs: Vec<GpuBuffer<f32>>,
    pub forward: Vec<Dispatch>,
    ops: Vec<Op>,
    /// The trunk's output: an op's, or the input itself for a trunk that only reshapes.
    output: Value,
    rows: u32,
}

/// A parameter layer's weight and bias on the GPU, in PyTorch's layouts.
pub type LayerBuffers = (GpuBuffer<f32>, GpuBuffer<f32>);

fn u(v: usize) -> u32 {
    v as u32
}

impl Trunk {
    /// The forward launches of `layers` (with `shapes`, each layer's output) on `rows` inputs
    /// of shape `input`, flat or channel-first, read from `x`. `params` holds a slot per layer
    /// in [`Layer::flatten`]'s order (a Residual's own, then its body's and its shortcut's):
    /// layer i's weight and bias, None for layers without.
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        gpu: &Gpu,
        layers: &[Layer],
        shapes: &[Shape],
        params: &[Option<LayerBuffers>],
        x: &GpuBuffer<f32>,
        input: Shape,
        rows: u32,
        kernel: MatmulKernel,
    ) -> Result<Trunk> {
        let mut trunk = Trunk { outputs: vec![], forward: vec![], ops: vec![], output: Value::Input, rows };
        let layout = match input {
            Shape::Flat(_) => Layout::Flat,
            Shape::Image { .. } => Layout::Image(ImageLayout::ChannelsFirst),
        };
        let layout = trunk.chain(gpu, layers, shapes, params, 0, x, input, layout, kernel)?;
        let shape = shapes.last().copied().unwrap_or(input);
        if let (Shape::Image { .. }, Layout::Image(ImageLayout::ChannelsLast)) = (shape, layout) {
            trunk.permute_to_channels_first(gpu, x, shape)?;
        }
        Ok(trunk)
    }

    /// The launches of `layers` (with `shapes`, each one's output) from the current value, of
    /// shape `input` in `layout`; their parameter slots start at `first_slot` of `params`.
    /// Returns the layout of the chain's output.
    #[allow(clippy::too_many_arguments)]
    fn chain(
        &mut self,
        gpu: &Gpu,
        layers: &[Layer],
        shapes: &[Shape],
        params: &[Option<LayerBuffers>],
        first_slot: usize,
        x: &GpuBuffer<f32>,
        input: Shape,
        layout: Layout,
        kernel: MatmulKernel,
    ) -> Result<Layout> {
        let (mut shape, mut layout, rows) = (input, layout, self.rows);
        let mut slot = first_slot;
        let mut i = 0;
        while i < layers.len() {
            let layer = &layers[i];
            let out_shape = shapes[i];
            // The activation right after a layer with parameters runs in its launch.
            let fused = match layers.get(i + 1) {
                Some(Layer::ReLU) if layer.is_matmul() => Activation::Relu,
                Some(Layer::Tanh) if layer.is_matmul() => Activation::Tanh,
                _ => Activation::Identity,
            };
            let params_of = |slot: usize| params[slot].as_ref().ok_or_else(|| missing(i, layer));
            match *layer {
                Layer::Linear { in_features, out_features } => {
                    let input = self.flat(gpu, x, shape, layout)?;
                    let (w, b) = params_of(slot)?;
                    let s = LinearShape::new(rows, u(in_features), u(out_features));
                    let y = gpu.zeros::<f32>(&format!("layer {i} Linear output"), rows as usize * out_features)?;
                    let d = matmul::linear_forward(gpu, self.value(input, x), w, Some(b), &y, s, fused, kernel)?;
                    self.forward.push(d);
                    self.push(y, Op::Linear { layer: slot, input, shape: s, act: fused });
                    layout = Layout::Flat;
                }
                Layer::Conv2d { out_channels, kernel_size: Pair(k), stride: Pair(st), padding: Pair(p), .. } => {
                    let Layout::Image(image_layout) = layout else { return Err(flat_input(i, layer)) };
                    let Shape::Image { channels, height, width } = shape else { unreachable!("checked shapes") };
                    let window = Window::conv2d(
                        rows,
                        u(channels),
                        [u(height), u(width)],
                        k.map(u),
                        st.map(u),
                        p.map(u),
                        image_layout,
                    )?;
                    let col = gpu
                        .zeros::<f32>(&format!("layer {i} Conv2d columns"), (window.rows() * window.cols()) as usize)?;
                    let input = self.current();
                    let d = conv::im2col(gpu, &window, self.value(input, x), &col)?;
                    self.forward.push(d);
                    let (w, b) = params_of(slot)?;
                    let s = LinearShape::new(window.rows() as u32, window.cols() as u32, u(out_channels));
                    let y =
                        gpu.zeros::<f32>(&format!("layer {i} Conv2d output"), window.rows() as usize * out_channels)?;
                    self.forward.push(matmul::linear_forward(gpu, &col, w, Some(b), &y, s, fused, kernel)?);
                    self.push(y, Op::Conv2d { layer: slot, input, window, col, shape: s, act: fused });
                    layout = Layout::Image(ImageLayout::ChannelsLast);
                }
                Layer::ConvTranspose2d {
                    in_channels,
                    out_channels,
                    kernel_size: Pair(k),
                    stride: Pair(st),
                    padding: Pair(p),
                    output_padding: Pair(q),
                } => {
                    let Shape::Image { height, width, .. } = shape else { return Err(flat_input(i, layer)) };
                    let input = self.channels_last(gpu, x, shape, layout)?;
                    // The trunk's last layer writes channel-first, the others rows for the next.
                    let last = i + 1 + (fused != Activation::Identity) as usize == layers.len();
                    let out_layout = if last { ImageLayout::ChannelsFirst } else { ImageLayout::ChannelsLast };
                    let window = Window::conv_transpose2d(
                        rows,
                        u(out_channels),
                        [u(height), u(width)],
                        k.map(u),
                        st.map(u),
                        p.map(u),
                        q.map(u),
                        out_layout,
                    )?;
                    let (w, b) = params_of(slot)?;
                    // [N H W, C] × [C, O kh kw]: the grad_input layout of a C-output linear layer.
                    let s = LinearShape::new(window.rows() as u32, window.cols() as u32, u(in_channels));
                    let col = gpu.zeros::<f32>(
                        &format!("layer {i} ConvTranspose2d columns"),
                        (window.rows() * window.cols()) as usize,
                    )?;
                    let d = matmul::linear_grad_input(gpu, self.value(input, x), w, &col, s, kernel)?;
                    self.forward.push(d);
                    let y =
                        gpu.zeros::<f32>(&format!("layer {i} ConvTranspose2d output"), window.image_len() as usize)?;
                    self.forward.push(conv::col2im(gpu, &window, &col, Some(b), fused, &y)?);
                    self.push(y, Op::ConvTranspose2d { layer: slot, input, window, col, shape: s, act: fused });
                    layout = Layout::Image(out_layout);
                }
                // Flat values are channel-first: the change of shape is a change of view.
                Layer::Flatten => {
                    self.flat(gpu, x, shape, layout)?;
                    layout = Layout::Flat;
                }
                Layer::Unflatten { .. } => layout = Layout::Image(ImageLayout::ChannelsFirst),
                // In whichever layout the image is.
                Layer::GroupNorm { num_groups, eps, affine, .. } => {
                    let Layout::Image(image_layout) = layout else { return Err(flat_input(i, layer)) };
                    let Shape::Image { channels, height, width } = shape else { unreachable!("checked shapes") };
                    let norm = GroupNormShape::new(
                        rows,
                        u(channels),
                        u(num_groups),
                        [u(height), u(width)],
                        eps,
                        image_layout,
                    )?;
                    let constants = match affine {
                        true => None,
                        false => Some((
                            gpu.upload("GroupNorm γ = 1", &vec![1.0f32; channels])?,
                            gpu.zeros("GroupNorm β = 0", channels)?,
                        )),
                    };
                    let (gamma, beta) = match &constants {
                        Some((gamma, beta)) => (gamma, beta),
                        None => {
                            let (w, b) = params_of(slot)?;
                            (w, b)
                        }
                    };
                    let stats = gpu.zeros::<f32>(&format!("layer {i} GroupNorm statistics"), norm.stats_len())?;
                    let input = self.current();
                    let y = gpu.zeros::<f32>(&format!("layer {i} GroupNorm output"), norm.elements() as usize)?;
                    self.forward.extend(group_norm::forward(
                        gpu,
                        &norm,
                        self.value(input, x),
                        gamma,
                        beta,
                        &stats,
                        &y,
                    )?);
                    self.push(y, Op::GroupNorm { layer: slot, input, norm, stats, constants });
                }
                Layer::Residual { ref body, ref shortcut } => {
                    let block_input = self.current();
                    let body_slots = Layer::flatten(body).len();
                    // The body: a fork of the input, then its layers.
                    self.push(self.value(block_input, x).clone(), Op::Fork { input: block_input, accumulate: true });
                    let body_shapes = Layer::chain_shapes(body, shape).map_err(|(j, why)| nested(i, "body", j, why))?;
                    let body_layout =
                        self.chain(gpu, body, &body_shapes, params, slot + 1, x, shape, layout, kernel)?;
                    let body_out = self.current();
                    // The shortcut: the input itself, or a fork of it through its layers.
                    let mut shortcut_layout = layout;
                    self.output = block_input;
                    if !shortcut.is_empty() {
                        self.push(
                            self.value(block_input, x).clone(),
                            Op::Fork { input: block_input, accumulate: false },
                        );
                        let shapes =
                            Layer::chain_shapes(shortcut, shape).map_err(|(j, why)| nested(i, "shortcut", j, why))?;
                        let first = slot + 1 + body_slots;
                        shortcut_layout =
                            self.chain(gpu, shortcut, &shapes, params, first, x, shape, layout, kernel)?;
                    }
                    // Summed in the body's layout.
                    match (shortcut_layout, body_layout) {
                        (Layout::Image(ImageLayout::ChannelsFirst), Layout::Image(ImageLayout::ChannelsLast)) => {
                            self.channels_last(gpu, x, out_shape, shortcut_layout)?;
                        }
                        (Layout::Image(ImageLayout::ChannelsLast), Layout::Image(ImageLayout::ChannelsFirst)) => {
                            self.permute_to_channels_first(gpu, x, out_shape)?;
                        }
                        _ => {}
                    }
                    let shortcut_out = self.current();
                    let len = rows as usize * out_shape.len();
                    let y = gpu.zeros::<f32>(&format!("layer {i} Residual output"), len)?;
                    let (a, b) = (self.value(body_out, x), self.value(shortcut_out, x));
                    self.forward.push(elementwise::add(gpu, a, b, &y, len as u32)?);
                    self.push(y, Op::Add { body: body_out, shortcut: shortcut_out });
                    layout = body_layout;
                }
                // Gathers over pixels: in whichever layout the image is.
                Layer::AvgPool2d { kernel_size: f, .. } | Layer::Upsample { scale_factor: f, .. } => {
                    let Layout::Image(image_layout) = layout else { return Err(flat_input(i, layer)) };
                    let pool = matches!(layer, Layer::AvgPool2d { .. });
                    let fine = if pool { shape } else { out_shape };
                    let Shape::Image { channels, height, width } = fine else { unreachable!("checked shapes") };
                    let resample = Resample::new(rows, u(channels), [u(height), u(width)], u(f), image_layout)?;
                    let input = self.current();
                    let y = gpu.zeros::<f32>(
                        &format!("layer {i} {} output", layer.type_name()),
                        rows as usize * out_shape.len(),
                    )?;
                    let scale = if pool { 1.0 / (f * f) as f32 } else { 1.0 };
                    self.forward.push(match pool {
                        true => resample::pool(gpu, &resample, self.value(input, x), &y, scale)?,
                        false => resample::spread(gpu, &resample, self.value(input, x), &y, scale)?,
                    });
                    self.push(y, Op::Resample { input, resample, pool, scale });
                }
                // Elementwise: the same in either layout.
                Layer::ReLU | Layer::Tanh | Layer::LeakyReLU { .. } | Layer::SiLU | Layer::GELU => {
                    let f = match *layer {
                        Layer::ReLU => Nonlinearity::Relu,
                        Layer::Tanh => Nonlinearity::Tanh,
                        Layer::LeakyReLU { negative_slope } => Nonlinearity::LeakyRelu { negative_slope },
                        Layer::SiLU => Nonlinearity::Silu,
                        _ => Nonlinearity::Gelu,
                    };
                    let input = self.current();
                    let z = self.value(input, x);
                    let y = gpu.zeros::<f32>(&format!("layer {i} {} output", layer.type_name()), z.len())?;
                    let d = activation::layer_forward(gpu, z, &y, (rows as usize * shape.len()) as u32, f)?;
                    self.forward.push(d);
                    self.push(y, Op::Activation { input, f });
                }
            }
            shape = out_shape;
            let taken = 1 + (fused != Activation::Identity) as usize;
            slot += layers[i..i + taken].iter().map(Layer::slot_count).sum::<usize>();
            i += taken;
        }
        Ok(layout)
    }

    /// The buffers the forward launches write: every op's output but the residual forks'
    /// views of their input.
    pub fn written(&self) -> impl Iterator<Item = &GpuBuffer<f32>> {
        self.outputs.iter().zip(&self.ops).filter(|(_, op)| !matches!(op, Op::Fork { .. })).map(|(y, _)| y)
    }

    /// The trunk's output buffer.
    pub fn output<'a>(&'a self, x: &'a GpuBuffer<f32>) -> &'a GpuBuffer<f32> {
        self.value(self.output, x)
    }

    fn current(&self) -> Value {
        self.output
    }

    fn value<'a>(&'a self, v: Value, x: &'a GpuBuffer<f32>) -> &'a GpuBuffer<f32> {
        match v {
            Value::Input => x,
            Value::Output(o) => &self.outputs[o],
        }
    }

    fn push(&mut self, y: GpuBuffer<f32>, op: Op) {
        self.outputs.push(y);
        self.ops.push(op);
        self.output = Value::Output(self.outputs.len() - 1);
    }

    /// The current value as flat rows (channel-first for images), permuting if it is not.
    fn flat(&mut self, gpu: &Gpu, x: &GpuBuffer<f32>, shape: Shape, layout: Layout) -> Result<Value> {
        if layout == Layout::Image(ImageLayout::ChannelsLast) {
            self.permute_to_channels_first(gpu, x, shape)?;
        }
        Ok(self.current())
    }

    /// The current image as channels-last rows, permuting if it is channel-first.
    fn channels_last(&mut self, gpu: &Gpu, x: &GpuBuffer<f32>, shape: Shape, layout: Layout) -> Result<Value> {
        if layout != Layout::Image(ImageLayout::ChannelsLast) {
            let window = pixel_window(self.rows, shape, ImageLayout::ChannelsFirst)?;
            let y = gpu.zeros::<f32>("channels-last copy", window.image_len() as usize)?;
            let input = self.current();
            // im2col of a 1×1 window: row (n, y, x) holds the pixel's channels.
            let d = conv::im2col(gpu, &window, self.value(input, x), &y)?;
            self.forward.push(d);
            self.push(y, Op::Permute { input, window, to_channels_first: false });
        }
        Ok(self.current())
    }

    fn permute_to_channels_first(&mut self, gpu: &Gpu, x: &GpuBuffer<f32>, shape: Shape) -> Result<()> {
        let window = pixel_window(self.rows, shape, ImageLayout::ChannelsFirst)?;
        let y = gpu.zeros::<f32>("channel-first copy", window.image_len() as usize)?;
        let input = self.current();
        // col2im of a 1×1 window from the pixel rows writes the image channel-first.
        let d = conv::col2im(gpu, &window, self.value(input, x), None, Activation::Identity, &y)?;
        self.forward.push(d);
        self.push(y, Op::Permute { input, window, to_channels_first: true });
        Ok(())
    }
}

/// A 1×1 window over every pixel: the permutations between the layouts.
fn pixel_window(rows: u32, shape: Shape, layout: ImageLayout) -> Result<Window> {
    let Shape::Image { channels, height, width } = shape else { unreachable!("an image") };
    Window::conv2d(rows, u(channels), [u(height), u(width)], [1, 1], [1, 1], [0, 0], layout)
}

/// Layer `j` of a Residual's `branch` (layer `i` of its trunk) cannot take its input.
fn nested(i: usize, branch: &str, j: usize, why: String) -> Error {
    Error::Invalid(format!("layer {i} (Residual): {branch} layer {j}: {why}"))
}

fn missing(i: usize, layer: &Layer) -> Error {
    Error::Invalid(format!("layer {i} ({}) has no weights", layer.type_name()))
}

fn flat_input(i: usize, layer: &Layer) -> Error {
    Error::Invalid(format!("layer {i} ({}) takes an image, given flat values", layer.type_name()))
}

/// The backward pass of a [`Trunk`]: from d loss / d output in [`dy`](Self::dy), every
/// parameter layer's (dW, db) and, when asked for, d loss / d input.
pub struct TrunkBackward {
    /// d loss / d the trunk's output: the caller's first backward launch writes it.
    pub dy: GpuBuffer<f32>,
    /// d loss / d the trunk's input, when asked for.
    pub dx: Option<GpuBuffer<f32>>,
    /// Per layer of the trunk: its (dW, db), None for layers without parameters.
    pub grads: Vec<Option<LayerBuffers>>,
    pub launches: Vec<Dispatch>,
    /// The gradient of every op's output, in the order of the forward's outputs.
    _doutputs: Vec<GpuBuffer<f32>>,
    _scratch: Vec<GpuBuffer<f32>>,
}

impl TrunkBackward {
    /// The launches that take d loss / d output back through `trunk` (built over `x`), with
    /// `params` as for [`Trunk::build`].
    pub fn build(
        gpu: &Gpu,
        trunk: &Trunk,
        layers: &[Layer],
        params: &[Option<LayerBuffers>],
        x: &GpuBuffer<f32>,
        want_dx: bool,
        kernel: MatmulKernel,
    ) -> Result<TrunkBackward> {
        let doutputs = trunk
            .outputs
            .iter()
            .enumerate()
            .map(|(o, y)| gpu.zeros::<f32>(&format!("d output {o}"), y.len()))
            .collect::<Result<Vec<_>>>()?;
        let dx = if want_dx { Some(gpu.zeros::<f32>("d trunk input", x.len())?) } else { None };
        let grad_of = |v: Value| -> Option<&GpuBuffer<f32>> {
            match v {
                Value::Input => dx.as_ref(),
                Value::Output(o) => Some(&doutputs[o]),
            }
        };
        let dy = match trunk.output {
            Value::Output(_) => gpu.zeros::<f32>("d trunk output", trunk.output(x).len())?,
            Value::Input => return Err(Error::Invalid("a trunk of reshapes alone has nothing to train".into())),
        };
        // Per parameter slot, in Layer::flatten's order, as `params`.
        let flat = Layer::flatten(layers);
        let mut grads: Vec<Option<LayerBuffers>> = flat.iter().map(|_| None).collect();
        let mut launches = vec![];
        let mut scratch = vec![];
        for (o, op) in trunk.ops.iter().enumerate().rev() {
            let d_out = if Value::Output(o) == trunk.output { &dy } else { &doutputs[o] };
            let y = &trunk.outputs[o];
            // A layer with parameters: d loss / d its pre-activation (launched for a fused
            // activation; a handle to d_out without one), its weights, and its new (dW, db).
            let start = |layer: usize,
                         act: Activation,
                         launches: &mut Vec<Dispatch>,
                         scratch: &mut Vec<GpuBuffer<f32>>|
             -> Result<(GpuBuffer<f32>, &LayerBuffers, LayerBuffers)> {
                let dz = if act == Activation::Identity {
                    d_out.clone()
                } else {
                    let dz = gpu.zeros::<f32>(&format!("d pre-activation {o}"), y.len())?;
                    launches.push(activation::backward(gpu, y, d_out, &dz, y.len() as u32, act)?);
                    scratch.push(dz.clone());
                    dz
                };
                let weights = params[layer].as_ref().ok_or_else(|| missing(layer, flat[layer]))?;
                let grads = (gpu.zeros::<f32>("dW", weights.0.len())?, gpu.zeros::<f32>("db", weights.1.len())?);
                Ok((dz, weights, grads))
            };
            match op {
                Op::Linear { layer, input, shape, act } => {
                    let (dz, (w, _), (dw, db)) = start(*layer, *act, &mut launches, &mut scratch)?;
                    let dz = &dz;
                    launches.push(matmul::linear_grad_weight(
                        gpu,
                        dz,
                        trunk.value(*input, x),
                        &dw,
                        Some(&db),
                        *shape,
                        kernel,
                    )?);
                    if let Some(dinput) = grad_of(*input) {
                        launches.push(matmul::linear_grad_input(gpu, dz, w, dinput, *shape, kernel)?);
                    }
                    grads[*layer] = Some((dw, db));
                }
                Op::Conv2d { layer, input, window, col, shape, act } => {
                    let (dz, (w, _), (dw, db)) = start(*layer, *act, &mut launches, &mut scratch)?;
                    let dz = &dz;
                    launches.push(matmul::linear_grad_weight(gpu, dz, col, &dw, Some(&db), *shape, kernel)?);
                    if let Some(dinput) = grad_of(*input) {
                        let dcol = gpu.zeros::<f32>("d columns", col.len())?;
                        launches.push(matmul::linear_grad_input(gpu, dz, w, &dcol, *shape, kernel)?);
                        launches.push(conv::col2im(gpu, window, &dcol, None, Activation::Identity, dinput)?);
                        scratch.push(dcol);
                    }
                    grads[*layer] = Some((dw, db));
                }
                Op::ConvTranspose2d { layer, input, window, col, shape, act } => {
                    let (dz, (w, _), (dw, db)) = start(*layer, *act, &mut launches, &mut scratch)?;
                    let dz = &dz;
                    let dcol = gpu.zeros::<f32>("d columns", col.len())?;
                    launches.push(conv::im2col(gpu, window, dz, &dcol)?);
                    launches.push(matmul::linear_grad_weight(
                        gpu,
                        trunk.value(*input, x),
                        &dcol,
                        &dw,
                        None,
                        *shape,
                        kernel,
                    )?);
                    launches.push(conv::channel_sums(gpu, window, dz, &db)?);
                    if let Some(dinput) = grad_of(*input) {
                        launches.push(matmul::linear_forward(
                            gpu,
                            &dcol,
                            w,
                            None,
                            dinput,
                            *shape,
                            Activation::Identity,
                            kernel,
                        )?);
                    }
                    scratch.push(dcol);
                    grads[*layer] = Some((dw, db));
                }
                Op::Activation { input, f } => {
                    if let Some(dinput) = grad_of(*input) {
                        let z = trunk.value(*input, x);
                        launches.push(activation::layer_backward(gpu, z, d_out, dinput, y.len() as u32, *f)?);
                    }
                }
                Op::GroupNorm { layer, input, norm, stats, constants } => {
                    let gamma = match constants {
                        Some((gamma, _)) => gamma,
                        None => &params[*layer].as_ref().ok_or_else(|| missing(*layer, flat[*layer]))?.0,
                    };
                    let channels = norm.channels as usize;
                    let means = gpu.zeros::<f32>("GroupNorm gradient means", norm.stats_len())?;
                    let (dgamma, dbeta) = (gpu.zeros::<f32>("dγ", channels)?, gpu.zeros::<f32>("dβ", channels)?);
                    // The parameters' gradients need the launches even where no dx is wanted.
                    let dx = match grad_of(*input) {
                        Some(dinput) => dinput.clone(),
                        None => gpu.zeros::<f32>("GroupNorm dx, unused", norm.elements() as usize)?,
                    };
                    let z = trunk.value(*input, x);
                    let d = group_norm::backward(gpu, norm, z, d_out, gamma, stats, &means, &dx, &dgamma, &dbeta)?;
                    launches.extend(d);
                    scratch.extend([means, dx]);
                    match constants {
                        None => grads[*layer] = Some((dgamma, dbeta)),
                        Some(_) => scratch.extend([dgamma, dbeta]),
                    }
                }
                // Both branches take dL/dy as it is.
                Op::Add { body, shortcut } => {
                    for branch in [shortcut, body] {
                        if let Some(dbranch) = grad_of(*branch) {
                            launches.push(elementwise::copy(gpu, d_out, dbranch, d_out.len() as u32)?);
                        }
                    }
                }
                // The shortcut's fork writes the block input's gradient; the body's, after it (or
                // after the identity shortcut's copy), adds to it: a fixed order.
                Op::Fork { input, accumulate } => {
                    if let Some(dinput) = grad_of(*input) {
                        let len = d_out.len() as u32;
                        launches.push(match accumulate {
                            true => elementwise::add_into(gpu, d_out, dinput, len)?,
                            false => elementwise::copy(gpu, d_out, dinput, len)?,
                        });
                    }
                }
                Op::Resample { input, resample, pool, scale } => {
                    if let Some(dinput) = grad_of(*input) {
                        launches.push(match pool {
                            true => resample::spread(gpu, resample, d_out, dinput, *scale)?,
                            false => resample::pool(gpu, resample, d_out, dinput, *scale)?,
                        });
                    }
                }
                Op::Permute { input, window, to_channels_first } => {
                    if let Some(dinput) = grad_of(*input) {
                        launches.push(if *to_channels_first {
                            conv::im2col(gpu, window, d_out, dinput)?
                        } else {
                            conv::col2im(gpu, window, d_out, None, Activation::Identity, dinput)?
                        });
                    }
                }
            }
        }
        Ok(TrunkBackward { dy, dx, grads, launches, _doutputs: doutputs, _scratch: scratch })
    }
}
