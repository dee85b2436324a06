//! The command line: one module per command, each with its clap arguments beside the function
//! that runs it; here the argument groups and helpers several commands share.

pub mod adapters;
pub mod bench;
pub mod encode;
pub mod eval;
pub mod gmm;
pub mod latent_map;
pub mod reconstruct;
pub mod sample;
pub mod train;

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use wgvae::data::Dataset;
use wgvae::gpu::{AdapterRequest, Backend, Gpu};
use wgvae::kernels::density::Likelihood;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::checkpoint;
use wgvae::model::inference::{self, Encoder};
use wgvae::model::{ModelConfig, Parameters};
use wgvae::train::step::GpuParams;

/// Which adapter to run on.
#[derive(Args, Clone)]
pub struct AdapterArgs {
    /// Graphics API to look for adapters on; where not given, $WGPU_BACKEND, else every one.
    #[arg(long, value_enum, default_value_t = Backend::Auto, global = true)]
    pub backend: Backend,
    /// Use the adapter whose name contains this (case-insensitive; see `wgvae adapters`);
    /// where not given, $WGPU_ADAPTER_NAME.
    #[arg(long, global = true)]
    pub adapter: Option<String>,
}

impl AdapterArgs {
    /// The request these options make; the environment fills what they leave open when the
    /// adapter is opened.
    pub fn request(&self) -> AdapterRequest {
        AdapterRequest { backend: self.backend, name: self.adapter.clone() }
    }
}

/// Dynamic binarization of the data, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Binarize {
    /// Each time an image is used, pixel j is 1 with probability x_j (Bernoulli decoders).
    Dynamic,
    /// The pixels as they are, scaled to [0, 1].
    None,
}

/// The binarization that fits the decoder: dynamic for the Bernoulli, none for the Gaussian.
pub fn default_binarize(likelihood: Likelihood) -> Binarize {
    match likelihood {
        Likelihood::Bernoulli => Binarize::Dynamic,
        Likelihood::Gaussian => Binarize::None,
    }
}

/// The images to fit a model to, and the held-out ones to score it on (train, gmm).
#[derive(Args)]
pub struct TrainingDataArgs {
    /// Training images: an IDX file (raw or .gz, labels beside it used when present) or a
    /// folder of PNG/JPEG images. Default: the 9,000 bundled MNIST digits.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Held-out images (train: the per-epoch ELBO; gmm: the held-out score). Default with the
    /// bundled data: its 1,000 held-out digits; with --data: none.
    #[arg(long)]
    pub test_data: Option<PathBuf>,
}

impl TrainingDataArgs {
    /// The training images and the held-out ones, if any.
    pub fn load(&self) -> wgvae::Result<(Dataset, Option<Dataset>)> {
        let (train, test) = match &self.data {
            None => (Dataset::bundled_train()?, Some(Dataset::bundled_test()?)),
            Some(path) => (Dataset::load(path)?, None),
        };
        let test = match &self.test_data {
            Some(path) => Some(Dataset::load(path)?),
            None => test,
        };
        Ok((train, test))
    }
}

/// A trained model and the images to run it on.
#[derive(Args)]
pub struct ModelOnDataArgs {
    #[command(flatten)]
    pub adapter: AdapterArgs,
    /// A folder written by `wgvae train` (model.safetensors and config.json).
    #[arg(long)]
    pub checkpoint: PathBuf,
    /// Images: an IDX file (raw or .gz, labels beside it used when present) or a folder of
    /// PNG/JPEG images. Default: the 1,000 bundled held-out digits.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Matmul kernel (auto picks per adapter).
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    pub kernel: MatmulKernel,
}

/// A checkpoint and the images to run it on (default: the bundled held-out digits), checked
/// against its input shape.
pub fn model_and_data(args: &ModelOnDataArgs) -> wgvae::Result<(ModelConfig, Parameters, Dataset)> {
    let (config, params) = checkpoint::load(&args.checkpoint)?;
    let data = match &args.data {
        Some(path) => Dataset::load(path)?,
        None => Dataset::bundled_test()?,
    };
    data.check_shape(&config, "data")?;
    Ok((config, params, data))
}

/// (μ, log σ²) of q(z|x) for `images` (whole images of u8 pixels).
pub fn encode_images(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    images: &[u8],
    kernel: MatmulKernel,
) -> wgvae::Result<Vec<f32>> {
    let rows = ((images.len() / config.input_dim) as u32).clamp(1, inference::BATCH);
    Encoder::build(gpu, config, params, rows, kernel)?.encode(gpu, images)
}

/// The most images one picture shows.
pub const MAX_PICTURE_IMAGES: u32 = 4096;

/// `-n` for a picture, checked: 1 to [`MAX_PICTURE_IMAGES`] `what`.
pub fn picture_count(count: u32, what: &str) -> wgvae::Result<u32> {
    if count == 0 || count > MAX_PICTURE_IMAGES {
        return Err(wgvae::Error::Invalid(format!("-n {count}: a picture shows 1 to {MAX_PICTURE_IMAGES} {what}")));
    }
    Ok(count)
}

/// The model's layer widths as the progress lines print them, e.g. `784-400-20`.
pub fn model_shape(config: &ModelConfig) -> String {
    std::iter::once(config.input_dim)
        .chain(config.hidden.iter().copied())
        .chain([config.latent])
        .map(|w| w.to_string())
        .collect::<Vec<_>>()
        .join("-")
}
