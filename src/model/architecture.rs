//! The model as lists of layers, in torch.nn's own terms: an encoder trunk from the image to a
//! flat feature vector, the (μ, log σ²) heads (two `Linear` layers to the latent), and a
//! decoder trunk from z to the likelihood's parameters, `outputs per pixel` × C × H × W values
//! (for the Gaussian, the means' channels first, then the log-variances'). Shapes are checked
//! layer by layer before any GPU work, and a shape that does not work out is an error naming
//! the layer and the shapes. Presets: [`Architecture::mlp`] (the classic MNIST VAE) and
//! [`Architecture::conv`] (the β-VAE's 4×4 stride-2 convolutions).
//!
//! This is the schema of config.json's `architecture` (format version 2); the training step,
//! the evaluation and the picture commands build their launches from it ([`super::trunk`]).

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{Error, Result};

/// A pair of sizes, written `[h, w]` and read from `[h, w]` or a single number (as torch.nn's
/// `kernel_size=4`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Pair(pub [usize; 2]);

impl<'de> Deserialize<'de> for Pair {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Pair, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            One(usize),
            Two([usize; 2]),
        }
        Ok(match Either::deserialize(d)? {
            Either::One(v) => Pair([v, v]),
            Either::Two(p) => Pair(p),
        })
    }
}

fn zero_pair() -> Pair {
    Pair([0, 0])
}

fn one_pair() -> Pair {
    Pair([1, 1])
}

/// One layer, named and parameterized as the torch.nn module it stands for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Layer {
    Linear {
        in_features: usize,
        out_features: usize,
    },
    Conv2d {
        in_channels: usize,
        out_channels: usize,
        kernel_size: Pair,
        #[serde(default = "one_pair")]
        stride: Pair,
        #[serde(default = "zero_pair")]
        padding: Pair,
    },
    ConvTranspose2d {
        in_channels: usize,
        out_channels: usize,
        kernel_size: Pair,
        #[serde(default = "one_pair")]
        stride: Pair,
        #[serde(default = "zero_pair")]
        padding: Pair,
        #[serde(default = "zero_pair")]
        output_padding: Pair,
    },
    /// Flattens C × H × W to C·H·W values, channel-major as torch.nn.Flatten.
    Flatten,
    /// The inverse: C·H·W values to C × H × W.
    Unflatten {
        unflattened_size: [usize; 3],
    },
    ReLU,
    LeakyReLU {
        #[serde(default = "default_slope")]
        negative_slope: f32,
    },
    Tanh,
    SiLU,
    /// x·Φ(x), Φ the standard normal's distribution function: torch.nn.GELU's exact form (its
    /// default, approximate='none').
    GELU,
    /// The mean of each kernel_size × kernel_size window, windows kernel_size apart
    /// (torch.nn.AvgPool2d without padding; its stride, where given, must be kernel_size). A
    /// side the kernel does not divide loses its last rows or columns, as in PyTorch.
    AvgPool2d {
        kernel_size: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stride: Option<usize>,
    },
    /// Each pixel repeated scale_factor × scale_factor times (torch.nn.Upsample, mode nearest).
    Upsample {
        scale_factor: usize,
        #[serde(default)]
        mode: UpsampleMode,
    },
    /// Normalization of each image's channels in num_groups groups by the group's own mean and
    /// variance (torch.nn.GroupNorm; Wu and He 2018), then, with `affine`, a scale and shift per
    /// channel (its weight and bias, initialised to 1 and 0). Per image, so a batch split into
    /// chunks or across ranks trains the same bits (BatchNorm's batch statistics would not).
    GroupNorm {
        num_groups: usize,
        num_channels: usize,
        #[serde(default = "default_norm_eps")]
        eps: f32,
        #[serde(default = "yes")]
        affine: bool,
    },
    /// output = shortcut(x) + body(x) (docs/math.md, "Residual blocks"): the body a list of
    /// layers; the shortcut the identity (left out, or empty) or a list of its own where the
    /// body changes the shape (a 1×1 Conv2d, an AvgPool2d). PyTorch builds it with the small
    /// module the checkpoint contract defines (docs/checkpoints.md); its parameters are named
    /// `<trunk>.<i>.body.<j>` and `<trunk>.<i>.shortcut.<j>`.
    Residual {
        body: Vec<Layer>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        shortcut: Vec<Layer>,
    },
}

fn default_norm_eps() -> f32 {
    1e-5
}

fn yes() -> bool {
    true
}

/// How torch.nn.Upsample fills the new pixels: wgvae has the nearest neighbour's copies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UpsampleMode {
    #[default]
    Nearest,
}

fn default_slope() -> f32 {
    0.01
}

/// What flows between layers: a flat vector, or C × H × W channels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Flat(usize),
    Image { channels: usize, height: usize, width: usize },
}

impl Shape {
    pub fn len(&self) -> usize {
        match *self {
            Shape::Flat(n) => n,
            Shape::Image { channels, height, width } => channels * height * width,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of values, where a usize counts them.
    pub fn checked_len(&self) -> Option<usize> {
        match *self {
            Shape::Flat(n) => Some(n),
            Shape::Image { channels, height, width } => channels.checked_mul(height)?.checked_mul(width),
        }
    }
}

/// The largest size a layer's argument or a shape may have: what the kernels' u32 indices
/// reach.
const MAX_SIZE: usize = u32::MAX as usize / 2;

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shape::Flat(n) => write!(f, "{n}"),
            Shape::Image { channels, height, width } => write!(f, "{channels}x{height}x{width}"),
        }
    }
}

impl Layer {
    /// Every size among the layer's arguments.
    fn sizes(&self) -> Vec<usize> {
        match *self {
            Layer::Linear { in_features, out_features } => vec![in_features, out_features],
            Layer::Conv2d { in_channels, out_channels, kernel_size: Pair(k), stride: Pair(s), padding: Pair(p) } => {
                [[in_channels, out_channels], k, s, p].concat()
            }
            Layer::ConvTranspose2d {
                in_channels,
                out_channels,
                kernel_size: Pair(k),
                stride: Pair(s),
                padding: Pair(p),
                output_padding: Pair(q),
            } => [[in_channels, out_channels], k, s, p, q].concat(),
            Layer::Unflatten { unflattened_size } => unflattened_size.to_vec(),
            Layer::AvgPool2d { kernel_size, stride } => vec![kernel_size, stride.unwrap_or(kernel_size)],
            Layer::Upsample { scale_factor, .. } => vec![scale_factor],
            Layer::GroupNorm { num_groups, num_channels, .. } => vec![num_groups, num_channels],
            _ => vec![],
        }
    }

    /// torch.nn's name of the layer.
    pub fn type_name(&self) -> &'static str {
        match self {
            Layer::Linear { .. } => "Linear",
            Layer::Conv2d { .. } => "Conv2d",
            Layer::ConvTranspose2d { .. } => "ConvTranspose2d",
            Layer::Flatten => "Flatten",
            Layer::Unflatten { .. } => "Unflatten",
            Layer::ReLU => "ReLU",
            Layer::LeakyReLU { .. } => "LeakyReLU",
            Layer::Tanh => "Tanh",
            Layer::SiLU => "SiLU",
            Layer::GELU => "GELU",
            Layer::AvgPool2d { .. } => "AvgPool2d",
            Layer::Upsample { .. } => "Upsample",
            Layer::GroupNorm { .. } => "GroupNorm",
            Layer::Residual { .. } => "Residual",
        }
    }

    /// `layers` and every layer inside them, depth first (a Residual, then its body, then its
    /// shortcut): the order of a trunk's parameter slots.
    pub fn flatten(layers: &[Layer]) -> Vec<&Layer> {
        let mut out = vec![];
        for layer in layers {
            out.push(layer);
            if let Layer::Residual { body, shortcut } = layer {
                out.extend(Layer::flatten(body));
                out.extend(Layer::flatten(shortcut));
            }
        }
        out
    }

    /// The slots this layer takes in [`flatten`](Self::flatten)'s order: 1, or a Residual's
    /// own and its layers'.
    pub fn slot_count(&self) -> usize {
        match self {
            Layer::Residual { body, shortcut } => 1 + Layer::flatten(body).len() + Layer::flatten(shortcut).len(),
            _ => 1,
        }
    }

    /// The layers with parameters among `layers`, depth first, each with its state_dict name
    /// under `prefix` (`encoder.3`, `encoder.5.body.0`, `encoder.5.shortcut.0`).
    pub fn named_parameter_layers<'a>(prefix: &str, layers: &'a [Layer]) -> Vec<(String, &'a Layer)> {
        let mut out = vec![];
        for (i, layer) in layers.iter().enumerate() {
            match layer {
                Layer::Residual { body, shortcut } => {
                    out.extend(Layer::named_parameter_layers(&format!("{prefix}.{i}.body"), body));
                    out.extend(Layer::named_parameter_layers(&format!("{prefix}.{i}.shortcut"), shortcut));
                }
                l if l.parameter_shapes().is_some() => out.push((format!("{prefix}.{i}"), l)),
                _ => {}
            }
        }
        out
    }

    /// The shapes of a chain of `layers` from `input`, each layer's output, or the first that
    /// cannot take its input: its position and why.
    pub fn chain_shapes(layers: &[Layer], input: Shape) -> std::result::Result<Vec<Shape>, (usize, String)> {
        let mut shapes = vec![];
        let mut shape = input;
        for (i, layer) in layers.iter().enumerate() {
            shape = layer.output_shape(shape).map_err(|why| (i, why))?;
            shapes.push(shape);
        }
        Ok(shapes)
    }

    /// The shapes of the weight and the bias, in PyTorch's layouts (Conv2d [out, in, kh, kw],
    /// ConvTranspose2d [in, out, kh, kw]); None for layers without parameters.
    pub fn parameter_shapes(&self) -> Option<(Vec<usize>, usize)> {
        match *self {
            Layer::Linear { in_features, out_features } => Some((vec![out_features, in_features], out_features)),
            Layer::Conv2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                Some((vec![out_channels, in_channels, kh, kw], out_channels))
            }
            Layer::ConvTranspose2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                Some((vec![in_channels, out_channels, kh, kw], out_channels))
            }
            Layer::GroupNorm { num_channels, affine: true, .. } => Some((vec![num_channels], num_channels)),
            _ => None,
        }
    }

    /// Whether the layer is a matmul (a Linear or a convolution), which takes the activation
    /// after it into its launch.
    pub fn is_matmul(&self) -> bool {
        matches!(self, Layer::Linear { .. } | Layer::Conv2d { .. } | Layer::ConvTranspose2d { .. })
    }

    /// The constant values PyTorch initialises the weight and bias with (GroupNorm's 1 and 0);
    /// None for the layers drawn uniform in ±1/√fan_in.
    pub fn constant_init(&self) -> Option<(f32, f32)> {
        matches!(self, Layer::GroupNorm { .. }).then_some((1.0, 0.0))
    }

    /// The fan-in of torch.nn.init (the weight's dimension 1 times the kernel's area), which
    /// PyTorch's default initialisation scales by: in_features; in_channels·kh·kw for Conv2d;
    /// out_channels·kh·kw for ConvTranspose2d, whose weight is [in, out, kh, kw]. 0 for layers
    /// without parameters.
    pub fn fan_in(&self) -> usize {
        self.parameter_shapes().map_or(0, |(w, _)| w[1..].iter().product())
    }

    /// The floating-point operations of this layer's forward pass for one row, `input` to
    /// `output` (two per multiply-add of its matmul).
    pub fn flops(&self, input: Shape, output: Shape) -> f64 {
        match *self {
            Layer::Linear { in_features, out_features } => 2.0 * in_features as f64 * out_features as f64,
            Layer::Conv2d { in_channels, kernel_size: Pair([kh, kw]), .. } => {
                2.0 * output.len() as f64 * (in_channels * kh * kw) as f64
            }
            Layer::ConvTranspose2d { out_channels, kernel_size: Pair([kh, kw]), .. } => {
                2.0 * input.len() as f64 * (out_channels * kh * kw) as f64
            }
            // A sum of the window and a scale per output.
            Layer::AvgPool2d { kernel_size, .. } => output.len() as f64 * (kernel_size * kernel_size) as f64,
            // Two passes for the statistics, then a subtract, two multiplies and an add.
            Layer::GroupNorm { .. } => 7.0 * output.len() as f64,
            // Its layers' and the sum.
            Layer::Residual { ref body, ref shortcut } => {
                let chain = |layers: &[Layer]| {
                    let shapes = Layer::chain_shapes(layers, input).unwrap_or_default();
                    let inputs = std::iter::once(input).chain(shapes.iter().copied());
                    layers.iter().zip(inputs.zip(&shapes)).map(|(l, (i, o))| l.flops(i, *o)).sum::<f64>()
                };
                chain(body) + chain(shortcut) + output.len() as f64
            }
            _ => 0.0,
        }
    }

    /// The matmul this layer runs on (M per row, K, N) (docs/math.md, "Convolutions as matrix
    /// products"): Linear's own; Conv2d's over its im2col columns, a row per output pixel;
    /// ConvTranspose2d's, a row per input pixel, K its O·kh·kw columns and N its input channels.
    /// None for layers without one.
    pub fn matmul_dims(&self, input: Shape, output: Shape) -> Option<[usize; 3]> {
        match *self {
            Layer::Linear { in_features, out_features } => Some([1, in_features, out_features]),
            Layer::Conv2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                Some([output.len() / out_channels, in_channels * kh * kw, out_channels])
            }
            Layer::ConvTranspose2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                Some([input.len() / in_channels, out_channels * kh * kw, in_channels])
            }
            _ => None,
        }
    }

    /// Values per row of the largest buffer this layer's launches write: its output, or the
    /// column matrix of a convolution.
    pub fn widest(&self, input: Shape, output: Shape) -> usize {
        let columns = match *self {
            Layer::Conv2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                output.len() / out_channels * in_channels * kh * kw
            }
            Layer::ConvTranspose2d { in_channels, out_channels, kernel_size: Pair([kh, kw]), .. } => {
                input.len() / in_channels * out_channels * kh * kw
            }
            Layer::Residual { ref body, ref shortcut } => {
                let chain = |layers: &[Layer]| {
                    let shapes = Layer::chain_shapes(layers, input).unwrap_or_default();
                    let inputs = std::iter::once(input).chain(shapes.iter().copied());
                    layers.iter().zip(inputs.zip(&shapes)).map(|(l, (i, o))| l.widest(i, *o)).max().unwrap_or(0)
                };
                chain(body).max(chain(shortcut))
            }
            _ => 0,
        };
        columns.max(output.len())
    }

    pub fn parameter_count(&self) -> usize {
        self.parameter_shapes().map_or(0, |(w, b)| w.iter().product::<usize>() + b)
    }

    /// The shape this layer makes of `input`, or why it cannot take it.
    pub fn output_shape(&self, input: Shape) -> std::result::Result<Shape, String> {
        if self.sizes().iter().any(|&v| v > MAX_SIZE) {
            return Err(format!("a size above {MAX_SIZE}, more than the kernels index"));
        }
        let positive = |what: &str, values: &[usize]| {
            if values.contains(&0) { Err(format!("{what} must be at least 1")) } else { Ok(()) }
        };
        match (self.clone(), input) {
            (Layer::Linear { in_features, out_features }, Shape::Flat(n)) => {
                positive("in_features and out_features", &[in_features, out_features])?;
                if n != in_features {
                    return Err(format!("takes {in_features} features, given {n}"));
                }
                Ok(Shape::Flat(out_features))
            }
            (
                Layer::Conv2d { in_channels, out_channels, kernel_size: Pair(k), stride: Pair(s), padding: Pair(p) },
                Shape::Image { channels, height, width },
            ) => {
                positive("channels, kernel_size and stride", &[in_channels, out_channels, k[0], k[1], s[0], s[1]])?;
                if channels != in_channels {
                    return Err(format!("takes {in_channels} channels, given {input}"));
                }
                let side = |d: usize, n: usize| {
                    (n + 2 * p[d]).checked_sub(k[d]).map(|r| r / s[d] + 1).ok_or_else(|| {
                        format!("kernel {}x{} is larger than the padded input {input} (padding {:?})", k[0], k[1], p)
                    })
                };
                Ok(Shape::Image { channels: out_channels, height: side(0, height)?, width: side(1, width)? })
            }
            (
                Layer::ConvTranspose2d {
                    in_channels,
                    out_channels,
                    kernel_size: Pair(k),
                    stride: Pair(s),
                    padding: Pair(p),
                    output_padding: Pair(q),
                },
                Shape::Image { channels, height, width },
            ) => {
                positive("channels, kernel_size and stride", &[in_channels, out_channels, k[0], k[1], s[0], s[1]])?;
                if channels != in_channels {
                    return Err(format!("takes {in_channels} channels, given {input}"));
                }
                if q[0] >= s[0] || q[1] >= s[1] {
                    return Err(format!("output_padding {q:?} must be smaller than the stride {s:?}"));
                }
                let side = |d: usize, n: usize| {
                    ((n - 1) * s[d] + k[d] + q[d])
                        .checked_sub(2 * p[d])
                        .filter(|&v| v > 0)
                        .ok_or_else(|| format!("padding {p:?} leaves no output of {input}"))
                };
                Ok(Shape::Image { channels: out_channels, height: side(0, height)?, width: side(1, width)? })
            }
            (Layer::Flatten, Shape::Image { .. }) => Ok(Shape::Flat(input.checked_len().ok_or("too many values")?)),
            (Layer::Unflatten { unflattened_size: [c, h, w] }, Shape::Flat(n)) => {
                positive("unflattened_size", &[c, h, w])?;
                let out = Shape::Image { channels: c, height: h, width: w };
                if out.checked_len() != Some(n) {
                    return Err(format!("unflattens {c}x{h}x{w} values, given {n}"));
                }
                Ok(Shape::Image { channels: c, height: h, width: w })
            }
            (Layer::AvgPool2d { kernel_size, stride }, Shape::Image { channels, height, width }) => {
                positive("kernel_size", &[kernel_size])?;
                if stride.is_some_and(|s| s != kernel_size) {
                    return Err(format!(
                        "stride {} differs from kernel_size {kernel_size}: wgvae pools windows side by side",
                        stride.unwrap_or_default()
                    ));
                }
                if height < kernel_size || width < kernel_size {
                    return Err(format!("kernel_size {kernel_size} is larger than the input {input}"));
                }
                Ok(Shape::Image { channels, height: height / kernel_size, width: width / kernel_size })
            }
            (Layer::Upsample { scale_factor, .. }, Shape::Image { channels, height, width }) => {
                positive("scale_factor", &[scale_factor])?;
                let side = |n: usize| n.checked_mul(scale_factor).filter(|&v| v <= MAX_SIZE).ok_or("too many values");
                Ok(Shape::Image { channels, height: side(height)?, width: side(width)? })
            }
            (Layer::GroupNorm { num_groups, num_channels, eps, .. }, Shape::Image { channels, .. }) => {
                positive("num_groups and num_channels", &[num_groups, num_channels])?;
                if channels != num_channels {
                    return Err(format!("takes {num_channels} channels, given {input}"));
                }
                if !num_channels.is_multiple_of(num_groups) {
                    return Err(format!("num_channels {num_channels} is not divisible by num_groups {num_groups}"));
                }
                if !(eps > 0.0 && eps.is_finite()) {
                    return Err(format!("eps {eps} must be positive and finite"));
                }
                Ok(input)
            }
            (Layer::Residual { body, shortcut }, _) => {
                if body.is_empty() {
                    return Err("its body has no layers".into());
                }
                let chain = |what: &str, layers: &[Layer]| {
                    Layer::chain_shapes(layers, input)
                        .map(|shapes| shapes.last().copied().unwrap_or(input))
                        .map_err(|(i, why)| format!("{what} layer {i} ({}): {why}", layers[i].type_name()))
                };
                let (out, through) = (chain("body", &body)?, chain("shortcut", &shortcut)?);
                if out != through {
                    return Err(match shortcut.is_empty() {
                        true => format!(
                            "its body makes {out} of {input}, so the identity shortcut cannot add to it: give a \
                             shortcut that does too (a 1x1 Conv2d, an AvgPool2d)"
                        ),
                        false => format!("its body makes {out} of {input}, its shortcut {through}: they must agree"),
                    });
                }
                Ok(out)
            }
            (Layer::ReLU | Layer::Tanh | Layer::SiLU | Layer::GELU, _) => Ok(input),
            (Layer::LeakyReLU { negative_slope }, _) if negative_slope.is_finite() => Ok(input),
            (Layer::LeakyReLU { negative_slope }, _) => Err(format!("negative_slope {negative_slope} is not finite")),
            (Layer::Linear { .. } | Layer::Unflatten { .. }, Shape::Image { .. }) => {
                Err(format!("takes a flat input, given {input} (a Flatten first?)"))
            }
            (
                Layer::Conv2d { .. }
                | Layer::ConvTranspose2d { .. }
                | Layer::Flatten
                | Layer::AvgPool2d { .. }
                | Layer::Upsample { .. }
                | Layer::GroupNorm { .. },
                Shape::Flat(_),
            ) => Err(format!("takes C x H x W channels, given {input} flat values (an Unflatten first?)")),
        }
    }
}

/// Refuses, naming the layer and saying why, the torch.nn layers wgvae leaves out on purpose,
/// found in an architecture's JSON (config.json's "architecture" object) before it is read:
/// batch normalization, whose statistics over the batch would make a step depend on how the
/// batch is split into chunks and across ranks (runs would not repeat bit for bit, nor a resumed
/// run its uninterrupted twin).
pub fn refuse_left_out_layers(architecture: &serde_json::Value) -> Result<()> {
    for trunk in ["encoder", "decoder"] {
        let Some(layers) = architecture.get(trunk).and_then(|l| l.as_array()) else { continue };
        for (i, layer) in layers.iter().enumerate() {
            let kind = layer.get("type").and_then(|t| t.as_str()).unwrap_or_default();
            if kind.starts_with("BatchNorm") || kind == "SyncBatchNorm" {
                let channels = layer.get("num_features").and_then(|c| c.as_u64()).unwrap_or(64);
                return Err(Error::Invalid(format!(
                    "{trunk} layer {i} ({kind}): wgvae has no batch normalization: its statistics over the batch \
                     would make a step depend on how the batch is split into chunks and across ranks, so runs would \
                     not repeat bit for bit; use GroupNorm, which normalizes each image by itself, e.g. \
                     {{\"type\": \"GroupNorm\", \"num_groups\": 8, \"num_channels\": {channels}}}"
                )));
            }
        }
    }
    Ok(())
}

/// A VAE's layers: the image's shape, the encoder trunk to a flat feature vector, the latent
/// width (the heads are Linear(features, latent) for μ and for log σ²), and the decoder trunk
/// from z to `outputs_per_pixel` values for every input value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Architecture {
    /// [channels, height, width] of the input images.
    pub input: [usize; 3],
    pub encoder: Vec<Layer>,
    pub latent: usize,
    pub decoder: Vec<Layer>,
}

/// Every layer's output shape, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Shapes {
    pub encoder: Vec<Shape>,
    /// The width the heads take.
    pub features: usize,
    pub decoder: Vec<Shape>,
}

impl Architecture {
    /// The MLP VAE: Linear(D, h₁), act, …, then the heads; the decoder mirrors the hidden
    /// widths and ends in Linear(h₁, D · outputs per pixel). A Flatten first, for images.
    pub fn mlp(
        input: [usize; 3],
        hidden: &[usize],
        latent: usize,
        act: Layer,
        outputs_per_pixel: usize,
    ) -> Architecture {
        let d = input.iter().product();
        let mut encoder = vec![Layer::Flatten];
        let mut width = d;
        for &h in hidden {
            encoder.extend([Layer::Linear { in_features: width, out_features: h }, act.clone()]);
            width = h;
        }
        let mut decoder = vec![];
        width = latent;
        for &h in hidden.iter().rev() {
            decoder.extend([Layer::Linear { in_features: width, out_features: h }, act.clone()]);
            width = h;
        }
        decoder.push(Layer::Linear { in_features: width, out_features: d * outputs_per_pixel });
        Architecture { input, encoder, latent, decoder }
    }

    /// The β-VAE's convolutional VAE (Higgins et al. 2017; Burgess et al. 2018) for C × S × S
    /// input: Conv2d(C, c₁, 4, 2, 1), act, Conv2d(c₁, c₂, 4, 2, 1), act, and further
    /// Conv2d(c₂, c₂, 4, 2, 1), act while the side is above 8; Flatten; Linear(c₂·s·s, hidden),
    /// act; the heads. The decoder mirrors it with ConvTranspose2d(·, ·, 4, 2, 1) back to
    /// C · outputs per pixel channels. `channels` = [c₁, c₂] (default [32, 64]).
    pub fn conv(
        input: [usize; 3],
        channels: [usize; 2],
        hidden: usize,
        latent: usize,
        act: Layer,
        outputs_per_pixel: usize,
    ) -> Result<Architecture> {
        let [c, h, w] = input;
        let [c1, c2] = channels;
        if h != w || h % 4 != 0 {
            return Err(Error::Invalid(format!(
                "the conv preset takes square images whose side divides by 4 (stride-2 convolutions down to at most 8, and back); given {c}x{h}x{w}"
            )));
        }
        let conv = |i, o| Layer::Conv2d {
            in_channels: i,
            out_channels: o,
            kernel_size: Pair([4, 4]),
            stride: Pair([2, 2]),
            padding: Pair([1, 1]),
        };
        let deconv = |i, o| Layer::ConvTranspose2d {
            in_channels: i,
            out_channels: o,
            kernel_size: Pair([4, 4]),
            stride: Pair([2, 2]),
            padding: Pair([1, 1]),
            output_padding: Pair([0, 0]),
        };
        let mut encoder = vec![conv(c, c1), act.clone(), conv(c1, c2), act.clone()];
        let mut side = h / 4;
        let mut extra = 0;
        while side > 8 {
            if side % 2 != 0 {
                return Err(Error::Invalid(format!(
                    "the conv preset halves the side down to at most 8: {h} reaches {side}, which does not halve"
                )));
            }
            encoder.extend([conv(c2, c2), act.clone()]);
            side /= 2;
            extra += 1;
        }
        let flat = c2 * side * side;
        encoder.extend([Layer::Flatten, Layer::Linear { in_features: flat, out_features: hidden }, act.clone()]);
        let mut decoder = vec![
            Layer::Linear { in_features: latent, out_features: hidden },
            act.clone(),
            Layer::Linear { in_features: hidden, out_features: flat },
            act.clone(),
            Layer::Unflatten { unflattened_size: [c2, side, side] },
        ];
        for _ in 0..extra {
            decoder.extend([deconv(c2, c2), act.clone()]);
        }
        decoder.extend([deconv(c2, c1), act.clone(), deconv(c1, c * outputs_per_pixel)]);
        Ok(Architecture { input, encoder, latent, decoder })
    }

    /// The residual preset (`--arch resnet`) for C × S × S images, S divisible by 4: a 3×3 stem
    /// to `widths[0]` channels; at full, half and quarter resolution (`widths`' channels),
    /// `blocks` residual blocks of GroupNorm, SiLU and a 3×3 Conv2d, twice (a stage's first
    /// block, where the width changes, with a 1×1 Conv2d shortcut), AvgPool2d(2) between the
    /// stages; then GroupNorm, SiLU, Flatten, Linear(features, `hidden`), SiLU and the heads.
    /// The decoder mirrors it: Linear(latent, hidden), SiLU, Linear(hidden, features),
    /// Unflatten, the quarter, half and full resolution stages with Upsample(2) between, then
    /// GroupNorm, SiLU and a 3×3 Conv2d to C · `outputs_per_pixel` channels. GroupNorm takes
    /// gcd(channels, 32) groups, at least two channels each.
    pub fn resnet(
        input: [usize; 3],
        widths: [usize; 3],
        blocks: usize,
        hidden: usize,
        latent: usize,
        outputs_per_pixel: usize,
    ) -> Result<Architecture> {
        let [c, h, w] = input;
        if h != w || h % 4 != 0 {
            return Err(Error::Invalid(format!(
                "the resnet preset takes square images whose side divides by 4 (two halvings); given {c}x{h}x{w}"
            )));
        }
        if widths.contains(&0) || blocks == 0 || hidden == 0 || latent == 0 {
            return Err(Error::Invalid(format!(
                "the resnet preset's widths {widths:?}, blocks {blocks}, hidden {hidden} and latent {latent} must be positive"
            )));
        }
        let groups = |channels: usize| {
            let mut g = 32.min(channels / 2).max(1);
            while !channels.is_multiple_of(g) {
                g -= 1;
            }
            g
        };
        let norm = |channels| Layer::GroupNorm {
            num_groups: groups(channels),
            num_channels: channels,
            eps: 1e-5,
            affine: true,
        };
        let conv = |i, o, k: usize| Layer::Conv2d {
            in_channels: i,
            out_channels: o,
            kernel_size: Pair([k, k]),
            stride: Pair([1, 1]),
            padding: Pair([k / 2, k / 2]),
        };
        let block = |i: usize, o: usize| Layer::Residual {
            body: vec![norm(i), Layer::SiLU, conv(i, o, 3), norm(o), Layer::SiLU, conv(o, o, 3)],
            shortcut: if i == o { vec![] } else { vec![conv(i, o, 1)] },
        };
        // A stage: `blocks` blocks to `o` channels from `i`.
        let stage = |i: usize, o: usize| (0..blocks).map(|b| block(if b == 0 { i } else { o }, o)).collect::<Vec<_>>();
        let pool = Layer::AvgPool2d { kernel_size: 2, stride: None };
        let up = Layer::Upsample { scale_factor: 2, mode: UpsampleMode::Nearest };
        let [w0, w1, w2] = widths;
        let side = h / 4;
        let features = w2 * side * side;
        let mut encoder = vec![conv(c, w0, 3)];
        encoder.extend(stage(w0, w0));
        encoder.push(pool.clone());
        encoder.extend(stage(w0, w1));
        encoder.push(pool);
        encoder.extend(stage(w1, w2));
        encoder.extend([norm(w2), Layer::SiLU, Layer::Flatten]);
        encoder.extend([Layer::Linear { in_features: features, out_features: hidden }, Layer::SiLU]);
        let mut decoder = vec![
            Layer::Linear { in_features: latent, out_features: hidden },
            Layer::SiLU,
            Layer::Linear { in_features: hidden, out_features: features },
            Layer::Unflatten { unflattened_size: [w2, side, side] },
        ];
        decoder.extend(stage(w2, w2));
        decoder.push(up.clone());
        decoder.extend(stage(w2, w1));
        decoder.push(up);
        decoder.extend(stage(w1, w0));
        decoder.extend([norm(w0), Layer::SiLU, conv(w0, c * outputs_per_pixel, 3)]);
        Ok(Architecture { input, encoder, latent, decoder })
    }

    /// Every layer's output, checked: the encoder must end flat, the decoder must take the
    /// latent and end in `outputs_per_pixel` values per input value (as C·outputs channels of
    /// the input's size, or flat). Errors name the trunk, the layer's position and type, and
    /// the shapes.
    pub fn shapes(&self, outputs_per_pixel: usize) -> Result<Shapes> {
        let [c, h, w] = self.input;
        if c == 0 || h == 0 || w == 0 || self.latent == 0 {
            return Err(Error::Invalid(format!("input {c}x{h}x{w} and latent {} must be positive", self.latent)));
        }
        let input = Shape::Image { channels: c, height: h, width: w };
        if input.checked_len().is_none_or(|n| n > MAX_SIZE) || self.latent > MAX_SIZE {
            return Err(Error::Invalid(format!(
                "input {c}x{h}x{w} and latent {}: more values than the kernels index",
                self.latent
            )));
        }
        let walk = |trunk: &str, layers: &[Layer], mut shape: Shape| -> Result<Vec<Shape>> {
            let mut shapes = vec![];
            for (i, layer) in layers.iter().enumerate() {
                shape = layer
                    .output_shape(shape)
                    .map_err(|why| Error::Invalid(format!("{trunk} layer {i} ({}): {why}", layer.type_name())))?;
                if shape.checked_len().is_none_or(|n| n > MAX_SIZE) {
                    return Err(Error::Invalid(format!(
                        "{trunk} layer {i} ({}): {shape} values, more than the kernels index",
                        layer.type_name()
                    )));
                }
                shapes.push(shape);
            }
            Ok(shapes)
        };
        let encoder = walk("encoder", &self.encoder, Shape::Image { channels: c, height: h, width: w })?;
        let features = match encoder.last() {
            Some(Shape::Flat(n)) => *n,
            Some(other) => {
                return Err(Error::Invalid(format!(
                    "the encoder ends in {other}: the heads take a flat vector (a Flatten last?)"
                )));
            }
            None => return Err(Error::Invalid("the encoder has no layers: a Flatten at least".into())),
        };
        let decoder = walk("decoder", &self.decoder, Shape::Flat(self.latent))?;
        let wanted = [
            Shape::Flat(c * h * w * outputs_per_pixel),
            Shape::Image { channels: c * outputs_per_pixel, height: h, width: w },
        ];
        match decoder.last() {
            Some(out) if wanted.contains(out) => {}
            out => {
                return Err(Error::Invalid(format!(
                    "the decoder ends in {}, not {} or {} ({outputs_per_pixel} output(s) per value of the {c}x{h}x{w} input)",
                    out.map_or("the latent".into(), |s| s.to_string()),
                    wanted[1],
                    wanted[0]
                )));
            }
        }
        Ok(Shapes { encoder, features, decoder })
    }

    /// Parameters of both trunks and the two heads.
    pub fn parameter_count(&self, features: usize) -> usize {
        let trunks: usize = self.encoder.iter().chain(&self.decoder).map(Layer::parameter_count).sum();
        trunks + 2 * (features * self.latent + self.latent)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resnet_preset_has_two_to_five_million_parameters_on_digits_and_colour() {
        for input in [[1, 28, 28], [3, 32, 32]] {
            let a = Architecture::resnet(input, [64, 128, 128], 1, 256, 20, 1).unwrap();
            let s = a.shapes(1).unwrap();
            let params = a.parameter_count(s.features);
            assert!((2_000_000..=5_500_000).contains(&params), "{input:?}: {params} parameters");
            let [_, h, _] = input;
            assert_eq!(s.encoder[6], Shape::Image { channels: 128, height: h / 4, width: h / 4 }, "{input:?}");
            assert_eq!(*s.decoder.last().unwrap(), Shape::Image { channels: input[0], height: h, width: h });
        }
        // Two blocks a stage, odd widths: GroupNorm's groups divide every width.
        let a = Architecture::resnet([1, 8, 8], [6, 10, 14], 2, 16, 3, 2).unwrap();
        a.shapes(2).unwrap();
        let err = Architecture::resnet([1, 30, 30], [8, 8, 8], 1, 16, 3, 1).unwrap_err().to_string();
        assert!(err.contains("divides by 4") && err.contains("1x30x30"), "{err}");
    }

    #[test]
    fn conv_preset_on_the_digits_is_the_issue_s_network() {
        let a = Architecture::conv([1, 28, 28], [32, 64], 256, 20, Layer::ReLU, 1).unwrap();
        let s = a.shapes(1).unwrap();
        assert_eq!(s.encoder[1], Shape::Image { channels: 32, height: 14, width: 14 });
        assert_eq!(s.encoder[3], Shape::Image { channels: 64, height: 7, width: 7 });
        assert_eq!(s.features, 256);
        assert_eq!(*s.decoder.last().unwrap(), Shape::Image { channels: 1, height: 28, width: 28 });
        // 544 + 32,832 + 803,072 + 2 × 5,140 + 5,376 + 805,952 + 32,800 + 513.
        assert_eq!(a.parameter_count(s.features), 1_691_369);
    }

    #[test]
    fn conv_preset_adds_a_convolution_per_halving_above_8() {
        for (side, convs) in [(32, 2), (64, 3)] {
            let a = Architecture::conv([3, side, side], [32, 64], 256, 32, Layer::ReLU, 2).unwrap();
            let count = |layers: &[Layer], name| layers.iter().filter(|l| l.type_name() == name).count();
            assert_eq!(count(&a.encoder, "Conv2d"), convs);
            assert_eq!(count(&a.decoder, "ConvTranspose2d"), convs);
            let s = a.shapes(2).unwrap();
            assert_eq!(*s.decoder.last().unwrap(), Shape::Image { channels: 6, height: side, width: side });
        }
        assert!(Architecture::conv([1, 28, 30], [32, 64], 256, 20, Layer::ReLU, 1).is_err());
        assert!(Architecture::conv([1, 30, 30], [32, 64], 256, 20, Layer::ReLU, 1).is_err());
    }

    #[test]
    fn mlp_preset_counts_the_classic_vae() {
        let a = Architecture::mlp([1, 28, 28], &[400], 20, Layer::ReLU, 1);
        let s = a.shapes(1).unwrap();
        assert_eq!(a.parameter_count(s.features), 652_824);
    }

    #[test]
    fn shapes_that_do_not_chain_name_the_layer() {
        let mut a = Architecture::conv([1, 28, 28], [32, 64], 256, 20, Layer::ReLU, 1).unwrap();
        a.encoder[2] = Layer::Conv2d {
            in_channels: 16,
            out_channels: 64,
            kernel_size: Pair([4, 4]),
            stride: Pair([2, 2]),
            padding: Pair([1, 1]),
        };
        let e = a.shapes(1).unwrap_err().to_string();
        assert!(e.contains("encoder layer 2 (Conv2d): takes 16 channels, given 32x14x14"), "{e}");
        let a = Architecture::conv([1, 28, 28], [32, 64], 256, 20, Layer::ReLU, 1).unwrap();
        let e = a.shapes(2).unwrap_err().to_string();
        assert!(e.contains("the decoder ends in 1x28x28, not 2x28x28"), "{e}");
        let mut b = a.clone();
        b.encoder.pop();
        b.encoder.pop();
        b.encoder.pop();
        let e = b.shapes(1).unwrap_err().to_string();
        assert!(e.contains("the encoder ends in 64x7x7"), "{e}");
        let mut c = a.clone();
        c.decoder[0] = Layer::Linear { in_features: 10, out_features: 256 };
        let e = c.shapes(1).unwrap_err().to_string();
        assert!(e.contains("decoder layer 0 (Linear): takes 10 features, given 20"), "{e}");
    }

    #[test]
    fn layers_read_torch_s_names_and_arguments() {
        let json = r#"{"input": [1, 8, 8], "latent": 3,
            "encoder": [{"type": "Conv2d", "in_channels": 1, "out_channels": 4, "kernel_size": 4, "stride": 2, "padding": 1},
                        {"type": "LeakyReLU", "negative_slope": 0.2}, {"type": "Flatten"}],
            "decoder": [{"type": "Linear", "in_features": 3, "out_features": 64}, {"type": "SiLU"},
                        {"type": "Unflatten", "unflattened_size": [4, 4, 4]},
                        {"type": "ConvTranspose2d", "in_channels": 4, "out_channels": 1, "kernel_size": [4, 4], "stride": 2, "padding": 1}]}"#;
        let a: Architecture = serde_json::from_str(json).unwrap();
        assert_eq!(a.shapes(1).unwrap().features, 64);
        let back: Architecture = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(back, a);
        for (bad, says) in [
            (r#"{"type": "Conv3d", "in_channels": 1}"#, "Conv3d"),
            (r#"{"type": "Conv2d", "in_channels": 1, "out_channels": 4}"#, "kernel_size"),
            (r#"{"type": "Linear", "in_features": 1, "out_features": 4, "bias": false}"#, "bias"),
        ] {
            let e = serde_json::from_str::<Layer>(bad).unwrap_err().to_string();
            assert!(e.contains(says), "{bad}: {e}");
        }
    }
}
