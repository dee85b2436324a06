//! The VAE's model: its layers ([`architecture`]), what the decoder's outputs mean, and its
//! parameters.
//!
//! Inside the crate the (μ, log σ²) heads are one linear layer with both outputs side by side,
//! [2·latent, features], because the kernels read (μ | logvar) as one row; it runs as the
//! encoder trunk's last layer. The checkpoint splits it into the `mu` and `logvar` layers of
//! the PyTorch module ([`checkpoint`]).

pub mod aggregate_posterior;
pub mod architecture;
pub mod checkpoint;
pub mod forward;
pub mod gpu_params;
pub mod inference;
pub mod likelihood;
pub mod trunk;

use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::kernels::activation::Activation;
use architecture::{Architecture, Layer, Shape, Shapes};
use likelihood::{DEFAULT_LOG_SCALE_FLOOR, DEFAULT_LOGVAR_FLOOR, DecoderHead, GaussianMean, Likelihood};

/// The version of config.json and the tensor names; bumped on any incompatible change.
/// Version 1 (an MLP described by its widths, tensors `enc.{i}`, `enc_mu`, …) still loads.
pub const FORMAT_VERSION: u32 = 2;

/// Everything that fixes the model's shape and meaning; written as config.json.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelConfig {
    pub format_version: u32,
    /// The encoder and decoder as lists of layers in torch.nn's terms.
    pub architecture: Architecture,
    pub likelihood: Likelihood,
    /// Gaussian decoder: logvar = floor + softplus(raw − floor).
    pub logvar_floor: f32,
    /// Gaussian and discretized logistic decoders: mean = sigmoid(raw mean) (the default) or
    /// the raw mean itself.
    #[serde(default)]
    pub gaussian_mean: GaussianMean,
    /// Discretized logistic decoder (only there, written only for it): log-scale = floor +
    /// softplus(raw − floor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_scale_floor: Option<f32>,
}

/// config.json of format version 1: an MLP given by its widths.
#[derive(Deserialize)]
struct ConfigV1 {
    input_dim: usize,
    image_shape: [usize; 2],
    hidden: Vec<usize>,
    latent: usize,
    activation: Activation,
    likelihood: Likelihood,
    logvar_floor: f32,
    #[serde(default)]
    gaussian_mean: GaussianMean,
}

impl ModelConfig {
    /// A model of `architecture` with `likelihood` and its default head.
    pub fn new(architecture: Architecture, likelihood: Likelihood) -> Result<ModelConfig> {
        let config = ModelConfig {
            format_version: FORMAT_VERSION,
            architecture,
            likelihood,
            logvar_floor: DEFAULT_LOGVAR_FLOOR,
            gaussian_mean: likelihood.default_mean(),
            log_scale_floor: likelihood.default_log_scale_floor(),
        };
        config.validate()?;
        Ok(config)
    }

    /// The MLP VAE ([`Architecture::mlp`]) over 1 × height × width images, `activation`
    /// relu or tanh.
    pub fn mlp(
        image_shape: [usize; 2],
        hidden: Vec<usize>,
        latent: usize,
        activation: Activation,
        likelihood: Likelihood,
    ) -> Result<ModelConfig> {
        let act = match activation {
            Activation::Relu => Layer::ReLU,
            Activation::Tanh => Layer::Tanh,
            other => return Err(Error::Invalid(format!("hidden activation {other:?}: relu or tanh"))),
        };
        let [h, w] = image_shape;
        if hidden.contains(&0) || latent == 0 {
            return Err(Error::Invalid(format!("layer widths must be positive (hidden {hidden:?}, latent {latent})")));
        }
        let outputs = likelihood.outputs_per_dim() as usize;
        ModelConfig::new(Architecture::mlp([1, h, w], &hidden, latent, act, outputs), likelihood)
    }

    /// The config of a config.json's text, of either format version.
    pub fn from_json(text: &str) -> Result<ModelConfig> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| Error::Invalid(e.to_string()))?;
        let version = value.get("format_version").and_then(|v| v.as_u64());
        let config = match version {
            Some(1) => {
                let v1: ConfigV1 = serde_json::from_value(value).map_err(|e| Error::Invalid(e.to_string()))?;
                if v1.input_dim == 0 || Some(v1.input_dim) != v1.image_shape[0].checked_mul(v1.image_shape[1]) {
                    return Err(Error::Invalid(format!(
                        "input_dim {} does not match image_shape {:?}",
                        v1.input_dim, v1.image_shape
                    )));
                }
                let mut config = ModelConfig::mlp(v1.image_shape, v1.hidden, v1.latent, v1.activation, v1.likelihood)?;
                config.logvar_floor = v1.logvar_floor;
                config.gaussian_mean = v1.gaussian_mean;
                config
            }
            Some(2) => {
                if let Some(a) = value.get("architecture") {
                    architecture::refuse_left_out_layers(a)?;
                }
                serde_json::from_value(value).map_err(|e| Error::Invalid(e.to_string()))?
            }
            Some(v) => {
                return Err(Error::Invalid(format!(
                    "model format version {v} (this wgvae reads versions 1 to {FORMAT_VERSION})"
                )));
            }
            None => return Err(Error::Invalid("no format_version".into())),
        };
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> Result<()> {
        if self.format_version != FORMAT_VERSION {
            return Err(Error::Invalid(format!(
                "model format version {} (this wgvae writes version {FORMAT_VERSION})",
                self.format_version
            )));
        }
        self.shapes()?;
        // Weights whose bytes a usize can count; whether the adapter holds them is checked
        // against its limits before any is allocated (TrainOptions::chunk_points).
        for spec in self.layers() {
            let len = spec.weight_shape.iter().try_fold(4usize, |a, &b| a.checked_mul(b));
            if len.is_none() {
                return Err(Error::Invalid(format!(
                    "layer {}: a {:?} weight would not fit in memory",
                    spec.name, spec.weight_shape
                )));
            }
        }
        if !self.logvar_floor.is_finite() {
            return Err(Error::Invalid(format!("logvar_floor {} is not finite", self.logvar_floor)));
        }
        match (self.likelihood, self.log_scale_floor) {
            (Likelihood::Logistic, Some(f)) if f.is_finite() => {}
            (Likelihood::Logistic, Some(f)) => {
                return Err(Error::Invalid(format!("log_scale_floor {f} is not finite")));
            }
            (Likelihood::Logistic, None) => {
                return Err(Error::Invalid("the logistic likelihood needs a log_scale_floor".into()));
            }
            (other, Some(_)) => {
                return Err(Error::Invalid(format!(
                    "log_scale_floor is for the logistic likelihood, not the {}",
                    format!("{other:?}").to_lowercase()
                )));
            }
            (_, None) => {}
        }
        Ok(())
    }

    /// Every layer's output shape (validated configs always have them).
    pub fn shapes(&self) -> Result<Shapes> {
        self.architecture.shapes(self.likelihood.outputs_per_dim() as usize)
    }

    /// [channels, height, width] of the images.
    pub fn input(&self) -> [usize; 3] {
        self.architecture.input
    }

    /// Values per image, C·H·W.
    pub fn input_dim(&self) -> usize {
        self.architecture.input.iter().product()
    }

    pub fn latent(&self) -> usize {
        self.architecture.latent
    }

    /// The (μ | log σ²) heads as one Linear layer, the encoder trunk's last on the GPU.
    pub fn head_layer(&self) -> Layer {
        let features = self.shapes().expect("a validated config").features;
        Layer::Linear { in_features: features, out_features: 2 * self.latent() }
    }

    /// The encoder as the GPU runs it, the heads last, with each layer's output shape.
    pub fn encoder_layers(&self) -> (Vec<Layer>, Vec<Shape>) {
        let shapes = self.shapes().expect("a validated config");
        let mut layers = self.architecture.encoder.clone();
        layers.push(self.head_layer());
        let mut out = shapes.encoder;
        out.push(Shape::Flat(2 * self.latent()));
        (layers, out)
    }

    /// The decoder's layers with each one's output shape.
    pub fn decoder_layers(&self) -> (Vec<Layer>, Vec<Shape>) {
        (self.architecture.decoder.clone(), self.shapes().expect("a validated config").decoder)
    }

    /// The layers with parameters in order of computation (and of the parameter tensors):
    /// the encoder's, the heads, the decoder's.
    pub fn layers(&self) -> Vec<LayerSpec> {
        let spec = |name: String, layer: &Layer| {
            let (weight_shape, outputs) = layer.parameter_shapes().expect("a layer with parameters");
            LayerSpec { name, fan_in: layer.fan_in(), weight_shape, outputs, constant_init: layer.constant_init() }
        };
        // Depth first, a Residual's body and shortcut in its place (`encoder.3.body.0`).
        let trunk = |prefix: &str, layers: &[Layer]| {
            Layer::named_parameter_layers(prefix, layers).into_iter().map(|(name, l)| spec(name, l)).collect::<Vec<_>>()
        };
        let mut specs = trunk("encoder", &self.architecture.encoder);
        specs.push(spec(HEAD.into(), &self.head_layer()));
        specs.extend(trunk("decoder", &self.architecture.decoder));
        specs
    }

    /// Index of the heads in [`layers`](Self::layers); the decoder's start after it.
    pub fn encoder_head(&self) -> usize {
        Layer::named_parameter_layers("encoder", &self.architecture.encoder).len()
    }

    /// Per row of each trunk, the encoder's (heads included, a row an image) and the
    /// decoder's (a row a sample): the forward pass's floating-point operations, and the
    /// values of the largest buffer one row writes, and the most matmul rows one row makes.
    pub fn trunk_costs(&self) -> [TrunkCost; 2] {
        let [channels, height, width] = self.input();
        let cost = |(layers, shapes): (Vec<Layer>, Vec<Shape>), mut input: Shape| {
            let mut c = TrunkCost { flops: 0.0, widest: input.len(), matmul_rows: 1 };
            for (layer, &output) in layers.iter().zip(&shapes) {
                c.flops += layer.flops(input, output);
                c.widest = c.widest.max(layer.widest(input, output));
                let [m, _, _] = layer.matmul_dims(input, output).unwrap_or([1, 0, 0]);
                c.matmul_rows = c.matmul_rows.max(m);
                input = output;
            }
            c
        };
        [
            cost(self.encoder_layers(), Shape::Image { channels, height, width }),
            cost(self.decoder_layers(), Shape::Flat(self.latent())),
        ]
    }

    /// The head of the two-output decoders: the Gaussian's log-variance floor, the logistic's
    /// log-scale floor.
    pub fn decoder_head(&self) -> DecoderHead {
        let floor = match self.likelihood {
            Likelihood::Logistic => self.log_scale_floor.unwrap_or(DEFAULT_LOG_SCALE_FLOOR),
            _ => self.logvar_floor,
        };
        DecoderHead { mean: self.gaussian_mean, floor }
    }

    pub fn parameter_count(&self) -> usize {
        self.layers().iter().map(|l| l.weight_len() + l.outputs).sum()
    }

    /// A line naming the model: `784-400-20 ReLU` for an MLP, else the layers in short.
    pub fn describe(&self) -> String {
        let a = &self.architecture;
        let [c, h, w] = a.input;
        // The first activation, inside residual blocks too.
        let act = Layer::flatten(&a.encoder)
            .into_iter()
            .find(|l| matches!(l, Layer::ReLU | Layer::LeakyReLU { .. } | Layer::Tanh | Layer::SiLU | Layer::GELU));
        let act = act.map_or(String::new(), |l| format!(" {}", l.type_name()));
        // An MLP: the encoder's layers with parameters are all Linear.
        let widths: Option<Vec<usize>> = a
            .encoder
            .iter()
            .filter(|l| l.parameter_shapes().is_some())
            .map(|l| match *l {
                Layer::Linear { out_features, .. } => Some(out_features),
                _ => None,
            })
            .collect();
        if let Some(widths) = widths {
            let dims: Vec<String> =
                std::iter::once(c * h * w).chain(widths).chain([a.latent]).map(|d| d.to_string()).collect();
            return format!("{}{act} MLP", dims.join("-"));
        }
        let short = |layers: &[Layer]| {
            layers
                .iter()
                .filter_map(|l| match *l {
                    Layer::Conv2d { out_channels, .. } => Some(format!("conv{out_channels}")),
                    Layer::ConvTranspose2d { out_channels, .. } => Some(format!("deconv{out_channels}")),
                    Layer::Linear { out_features, .. } => Some(format!("fc{out_features}")),
                    Layer::AvgPool2d { kernel_size, .. } => Some(format!("pool{kernel_size}")),
                    Layer::Upsample { scale_factor, .. } => Some(format!("up{scale_factor}")),
                    Layer::GroupNorm { num_groups, .. } => Some(format!("gn{num_groups}")),
                    Layer::Residual { .. } => Some("res".to_string()),
                    // Every layer named, so that a new kind must say how it is described: the
                    // shape changes and the activations (named once, after the encoder) are not.
                    Layer::Flatten
                    | Layer::Unflatten { .. }
                    | Layer::ReLU
                    | Layer::LeakyReLU { .. }
                    | Layer::Tanh
                    | Layer::SiLU
                    | Layer::GELU => None,
                })
                .collect::<Vec<_>>()
                .join("-")
        };
        format!("{c}x{h}x{w} {} | {} | {}{act}", short(&a.encoder), a.latent, short(&a.decoder))
    }
}

/// What one row costs a trunk ([`ModelConfig::trunk_costs`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrunkCost {
    pub flops: f64,
    pub widest: usize,
    /// A convolution's matmul has a row per pixel of its grid.
    pub matmul_rows: usize,
}

/// The internal name of the (μ | log σ²) heads in [`ModelConfig::layers`].
pub const HEAD: &str = "head";

/// A layer with parameters: its weight in PyTorch's layout ([out, in] for Linear, [out, in,
/// kh, kw] for Conv2d, [in, out, kh, kw] for ConvTranspose2d) and its bias of `outputs`.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerSpec {
    /// The state_dict prefix (`encoder.3`, `decoder.0`), or [`HEAD`].
    pub name: String,
    pub weight_shape: Vec<usize>,
    pub outputs: usize,
    /// The fan-in PyTorch's default initialisation takes (torch.nn.init's).
    pub fan_in: usize,
    /// The weight's and the bias's constant initial values, where PyTorch gives constants
    /// (GroupNorm's 1 and 0) instead of uniform draws.
    pub constant_init: Option<(f32, f32)>,
}

impl LayerSpec {
    pub fn weight_len(&self) -> usize {
        self.weight_shape.iter().product()
    }
}

/// A layer's weight and bias as host vectors.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerParams {
    pub weight: Vec<f32>,
    pub bias: Vec<f32>,
}

/// All the model's parameters, one entry per layer of [`ModelConfig::layers`].
#[derive(Clone, Debug, PartialEq)]
pub struct Parameters {
    pub layers: Vec<LayerParams>,
}

impl Parameters {
    /// torch.nn's default initialisation: W and b of Linear, Conv2d and ConvTranspose2d uniform
    /// in ±1/√fan_in, GroupNorm's 1 and 0 (drawing nothing), so a model trained here starts where
    /// the PyTorch reference starts.
    pub fn init(config: &ModelConfig, seed: u64) -> Parameters {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let layers = config
            .layers()
            .iter()
            .map(|l| {
                if let Some((w, b)) = l.constant_init {
                    return LayerParams { weight: vec![w; l.weight_len()], bias: vec![b; l.outputs] };
                }
                let bound = 1.0 / (l.fan_in as f32).sqrt();
                let mut draw = |n: usize| (0..n).map(|_| rng.random_range(-bound..bound)).collect::<Vec<f32>>();
                LayerParams { weight: draw(l.weight_len()), bias: draw(l.outputs) }
            })
            .collect();
        Parameters { layers }
    }
}

/// What training maximizes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Objective {
    /// The ELBO with the analytic KL, one sample per point.
    #[default]
    Elbo,
    /// The k-sample importance-weighted bound (Burda et al. 2015).
    Iwae,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_names_an_mlp_by_its_widths_and_other_models_by_their_layers() {
        let mlp = ModelConfig::mlp([28, 28], vec![400], 20, Activation::Relu, Likelihood::Bernoulli).unwrap();
        assert_eq!(mlp.describe(), "784-400-20 ReLU MLP");
        let conv = Architecture::conv([1, 28, 28], [32, 64], 256, 20, Layer::ReLU, 1).unwrap();
        let conv = ModelConfig::new(conv, Likelihood::Bernoulli).unwrap();
        assert_eq!(conv.describe(), "1x28x28 conv32-conv64-fc256 | 20 | fc256-fc3136-deconv32-deconv1 ReLU");
        let resnet = Architecture::resnet([1, 28, 28], [8, 16, 16], 1, 32, 4, 1).unwrap();
        let resnet = ModelConfig::new(resnet, Likelihood::Bernoulli).unwrap();
        assert_eq!(
            resnet.describe(),
            "1x28x28 conv8-res-pool2-res-pool2-res-gn8-fc32 | 4 | fc32-fc784-res-up2-res-up2-res-gn4-conv1 SiLU"
        );
    }

    #[test]
    fn a_config_with_batch_norm_is_refused_with_the_reason_and_group_norm_suggested() {
        let conv = Architecture::conv([1, 28, 28], [32, 64], 256, 20, Layer::ReLU, 1).unwrap();
        let mut value = serde_json::to_value(ModelConfig::new(conv, Likelihood::Bernoulli).unwrap()).unwrap();
        let batch_norm = serde_json::json!({"type": "BatchNorm2d", "num_features": 32});
        value["architecture"]["decoder"].as_array_mut().unwrap().insert(4, batch_norm);
        let err = ModelConfig::from_json(&value.to_string()).unwrap_err().to_string();
        assert!(
            err.contains("decoder layer 4 (BatchNorm2d)") && err.contains("split into chunks and across ranks"),
            "{err}"
        );
        assert!(err.contains(r#"{"type": "GroupNorm", "num_groups": 8, "num_channels": 32}"#), "{err}");
    }

    #[test]
    fn config_json_of_either_version_reads_and_bad_versions_are_named() {
        let mlp = ModelConfig::mlp([2, 3], vec![4], 2, Activation::Tanh, Likelihood::Gaussian).unwrap();
        let v2 = serde_json::to_string(&mlp).unwrap();
        assert_eq!(ModelConfig::from_json(&v2).unwrap(), mlp);
        let v1 = r#"{"format_version": 1, "input_dim": 6, "image_shape": [2, 3], "hidden": [4], "latent": 2,
            "activation": "tanh", "likelihood": "gaussian", "logvar_floor": -5.0}"#;
        assert_eq!(ModelConfig::from_json(v1).unwrap(), mlp);
        let bad = v1.replace("\"input_dim\": 6", "\"input_dim\": 7");
        assert!(ModelConfig::from_json(&bad).unwrap_err().to_string().contains("input_dim 7"));
        let bad = v2.replace("\"format_version\":2", "\"format_version\":9");
        assert!(ModelConfig::from_json(&bad).unwrap_err().to_string().contains("format version 9"));
    }
}
