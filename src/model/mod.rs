//! The VAE's architecture and parameters: an MLP encoder x → hidden → (μ, logvar) of q(z|x) and
//! an MLP decoder z → hidden (mirrored) → the parameters of p(x|z).
//!
//! Inside the crate each head is one linear layer with both outputs side by side, because the
//! kernels read (μ | logvar) and (mean | logvar) as one row; the checkpoint splits them into
//! the `enc_mu`/`enc_logvar` and `dec_mu`/`dec_logvar` layers of the PyTorch contract.

pub mod architecture;
pub mod checkpoint;
pub mod inference;
pub mod trunk;

use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::kernels::activation::Activation;
use crate::kernels::density::{GaussianHead, GaussianMean, Likelihood};
use architecture::{Architecture, Layer};

/// The version of config.json and the tensor names; bumped on any incompatible change.
pub const FORMAT_VERSION: u32 = 1;

/// The default floor of the Gaussian decoder's log-variance: σ ≥ e^-2.5 ≈ 0.08 on [0, 1] data.
/// Without a floor the variance of always-black MNIST pixels shrinks until the loss is NaN.
pub const DEFAULT_LOGVAR_FLOOR: f32 = -5.0;

/// Everything that fixes the model's shape and meaning; written as config.json.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelConfig {
    pub format_version: u32,
    pub input_dim: usize,
    /// [height, width] of the images; input_dim = height · width.
    pub image_shape: [usize; 2],
    /// Encoder hidden widths, first to last; the decoder uses them in reverse.
    pub hidden: Vec<usize>,
    pub latent: usize,
    pub activation: Activation,
    pub likelihood: Likelihood,
    /// Gaussian decoder: logvar = floor + softplus(raw − floor).
    pub logvar_floor: f32,
    /// Gaussian decoder: mean = sigmoid(raw mean) (the default, and the only choice of
    /// checkpoints written before this field) or the raw mean itself.
    #[serde(default)]
    pub gaussian_mean: GaussianMean,
}

impl ModelConfig {
    pub fn new(
        image_shape: [usize; 2],
        hidden: Vec<usize>,
        latent: usize,
        activation: Activation,
        likelihood: Likelihood,
    ) -> Result<ModelConfig> {
        let config = ModelConfig {
            format_version: FORMAT_VERSION,
            input_dim: image_shape[0] * image_shape[1],
            image_shape,
            hidden,
            latent,
            activation,
            likelihood,
            logvar_floor: DEFAULT_LOGVAR_FLOOR,
            gaussian_mean: GaussianMean::Sigmoid,
        };
        config.validate()?;
        Ok(config)
    }

    pub fn validate(&self) -> Result<()> {
        if self.format_version != FORMAT_VERSION {
            return Err(Error::Invalid(format!(
                "model format version {} (this wgvae reads version {FORMAT_VERSION})",
                self.format_version
            )));
        }
        if self.input_dim == 0 || Some(self.input_dim) != self.image_shape[0].checked_mul(self.image_shape[1]) {
            return Err(Error::Invalid(format!(
                "input_dim {} does not match image_shape {:?}",
                self.input_dim, self.image_shape
            )));
        }
        if self.latent == 0 || self.hidden.contains(&0) {
            return Err(Error::Invalid(format!(
                "layer widths must be positive (hidden {:?}, latent {})",
                self.hidden, self.latent
            )));
        }
        // Widths a u32 can count (what the kernels take), and layers whose weights a usize can.
        let widths = std::iter::once(self.input_dim).chain(self.hidden.iter().copied()).chain([self.latent]);
        if let Some(w) = widths.clone().find(|&w| w > u32::MAX as usize / 2) {
            return Err(Error::Invalid(format!("a layer width of {w}: at most {}", u32::MAX / 2)));
        }
        let widths: Vec<usize> = widths.collect();
        if widths.windows(2).any(|p| p[0].checked_mul(2 * p[1]).is_none()) {
            return Err(Error::Invalid(format!("layer widths {widths:?}: the weights would not fit in memory")));
        }
        if !matches!(self.activation, Activation::Relu | Activation::Tanh) {
            return Err(Error::Invalid(format!("hidden activation {:?}: relu or tanh", self.activation)));
        }
        if !self.logvar_floor.is_finite() {
            return Err(Error::Invalid(format!("logvar_floor {} is not finite", self.logvar_floor)));
        }
        Ok(())
    }

    /// The linear layers in order of computation (and of the parameter tensors).
    pub fn layers(&self) -> Vec<LayerSpec> {
        let mut layers = vec![];
        let mut width = self.input_dim;
        for (i, &h) in self.hidden.iter().enumerate() {
            layers.push(LayerSpec { name: format!("enc.{i}"), inputs: width, outputs: h, act: self.activation });
            width = h;
        }
        layers.push(LayerSpec {
            name: "enc_head".into(),
            inputs: width,
            outputs: 2 * self.latent,
            act: Activation::Identity,
        });
        width = self.latent;
        for (i, &h) in self.hidden.iter().rev().enumerate() {
            layers.push(LayerSpec { name: format!("dec.{i}"), inputs: width, outputs: h, act: self.activation });
            width = h;
        }
        let outputs = self.input_dim * self.likelihood.outputs_per_dim() as usize;
        layers.push(LayerSpec { name: "dec_head".into(), inputs: width, outputs, act: Activation::Identity });
        layers
    }

    /// This MLP as lists of layers: [`Architecture::mlp`] over 1 × height × width images.
    pub fn architecture(&self) -> Architecture {
        // validate() admits relu and tanh.
        let act = if self.activation == Activation::Tanh { Layer::Tanh } else { Layer::ReLU };
        let [h, w] = self.image_shape;
        Architecture::mlp([1, h, w], &self.hidden, self.latent, act, self.likelihood.outputs_per_dim() as usize)
    }

    pub fn gaussian_head(&self) -> GaussianHead {
        GaussianHead { mean: self.gaussian_mean, logvar_floor: self.logvar_floor }
    }

    /// Index of the encoder head in [`layers`](Self::layers); the decoder starts after it.
    pub fn encoder_head(&self) -> usize {
        self.hidden.len()
    }

    pub fn parameter_count(&self) -> usize {
        self.layers().iter().map(|l| l.inputs * l.outputs + l.outputs).sum()
    }
}

/// One linear layer y = act(x Wᵀ + b), W [outputs, inputs].
#[derive(Clone, Debug, PartialEq)]
pub struct LayerSpec {
    pub name: String,
    pub inputs: usize,
    pub outputs: usize,
    pub act: Activation,
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
    /// torch.nn.Linear's default initialisation: W and b uniform in ±1/√inputs, so a model
    /// trained here starts where the PyTorch reference starts.
    pub fn init(config: &ModelConfig, seed: u64) -> Parameters {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let layers = config
            .layers()
            .iter()
            .map(|l| {
                let bound = 1.0 / (l.inputs as f32).sqrt();
                let mut draw = |n: usize| (0..n).map(|_| rng.random_range(-bound..bound)).collect::<Vec<f32>>();
                LayerParams { weight: draw(l.inputs * l.outputs), bias: draw(l.outputs) }
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
