//! The command line: one module per command, each with its clap arguments beside the function
//! that runs it; here the argument groups and helpers several commands share.

pub mod adapters;
pub mod bench;
pub mod data;
pub mod encode;
pub mod eval;
pub mod gmm;
pub mod latent_map;
pub mod reconstruct;
pub mod sample;
pub mod train;

use pollster::FutureExt as _;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use wgvae::data::{Dataset, ReadOptions};
use wgvae::gpu::{AdapterRequest, Backend, DeviceLimits, Gpu};
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::aggregate_posterior::{self, LatentMixture};
use wgvae::model::architecture::{Architecture, Layer};
use wgvae::model::checkpoint;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Encoder};
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Parameters};
use wgvae::ranks::Ranks;

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
    /// The limits to open the device with: the adapter's own, or WebGPU's defaults (what every
    /// browser guarantees; a run that works under them works on any conformant adapter);
    /// where not given, $WGVAE_LIMITS, else the adapter's.
    #[arg(long, value_enum, default_value_t = DeviceLimits::Adapter, global = true)]
    pub limits: DeviceLimits,
}

impl AdapterArgs {
    /// The request these options make; the environment fills what they leave open when the
    /// adapter is opened.
    pub fn request(&self) -> AdapterRequest {
        AdapterRequest { backend: self.backend, name: self.adapter.clone(), local_rank: None, limits: self.limits }
    }
}

/// Runs `work` as a rank of an MPI job where a launcher started this process (cargo feature
/// `mpi`), with the job's ranks and this rank's place on its machine; else alone. A rank whose
/// work fails ends the job (MPI_Abort), naming itself and its host, so that no other waits for
/// it; a stop that every rank agreed on ends each alike.
pub fn alone_or_as_rank(work: impl FnOnce(Option<&dyn Ranks>, Option<u32>) -> wgvae::Result<()>) -> wgvae::Result<()> {
    #[cfg(feature = "mpi")]
    if let Some(ranks) = wgvae::mpi::MpiRanks::from_launcher()? {
        return match work(Some(&ranks), Some(ranks.local_rank())) {
            Ok(()) => Ok(()),
            // Every rank stopped after the same step; rank 0 says so and saved the run.
            Err(e @ wgvae::Error::Interrupted(_)) if ranks.rank() == 0 => Err(e),
            Err(wgvae::Error::Interrupted(_)) => Ok(()),
            Err(e) => {
                eprintln!("wgvae: rank {} of {} on {}: {e}", ranks.rank(), ranks.size(), ranks.host());
                ranks.abort(1)
            }
        };
    }
    work(None, None)
}

/// Dynamic binarization of the data, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Binarize {
    /// Each time an image is used, pixel j is 1 with probability x_j (Bernoulli decoders).
    Dynamic,
    /// The pixels as they are, scaled to [0, 1].
    None,
}

/// The binarization that fits the decoder: dynamic for the Bernoulli, none for the Gaussian and
/// the discretized logistic (which models the 8-bit values themselves).
pub fn default_binarize(likelihood: Likelihood) -> Binarize {
    if likelihood.binarizes_by_default() { Binarize::Dynamic } else { Binarize::None }
}

/// How images are read from a data set's files.
#[derive(Args)]
pub struct ReadArgs {
    /// Convert colour images to one channel (luma)
    #[arg(long)]
    pub grayscale: bool,
    /// Centre-crop every image to a square and resize it to S x S (Lanczos-3), so that
    /// pictures of mixed sizes make one data set
    #[arg(long, value_name = "S", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub image_size: Option<u32>,
}

impl ReadArgs {
    pub fn options(&self) -> ReadOptions {
        ReadOptions { grayscale: self.grayscale, image_size: self.image_size }
    }
}

/// The images to fit a model to, and the held-out ones to score it on (train, gmm).
#[derive(Args)]
pub struct TrainingDataArgs {
    /// Training images: an IDX file (raw or .gz, labels beside it used when present), a folder
    /// of PNG/JPEG images (or of one subfolder of them per class), a CIFAR-10/100 binary file or
    /// the folder holding them, or a NumPy .npy file (labels from X_labels.npy beside it).
    /// Default: the 9,000 bundled MNIST digits.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Held-out images (train: the per-epoch ELBO; gmm: the held-out score). Default with the
    /// bundled data: its 1,000 held-out digits; with a CIFAR folder as --data: its test file;
    /// with other --data: none.
    #[arg(long)]
    pub test_data: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
}

impl TrainingDataArgs {
    /// The training images and the held-out ones, if any.
    pub fn load(&self) -> wgvae::Result<(Dataset, Option<Dataset>)> {
        let read = self.read.options();
        let (train, test) = match &self.data {
            None => (Dataset::bundled_train()?.transformed(read)?, Some(Dataset::bundled_test()?.transformed(read)?)),
            Some(path) => {
                let beside = Dataset::held_out_beside(path).map(|p| Dataset::load_with(&p, read)).transpose()?;
                (Dataset::load_with(path, read)?, beside)
            }
        };
        let test = match &self.test_data {
            Some(path) => Some(Dataset::load_with(path, read)?),
            None => test,
        };
        Ok((train, test))
    }
}

/// An activation of the hidden layers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum HiddenActivation {
    Relu,
    Tanh,
    /// LeakyReLU with --negative-slope.
    #[value(name = "leaky_relu", alias = "leaky-relu")]
    LeakyRelu,
    /// x · sigmoid(x).
    Silu,
    /// x · Φ(x), Φ the standard normal's distribution function (torch.nn.GELU, exact).
    Gelu,
}

/// The model's layers: a preset sized by the options, or a file (train, bench train).
#[derive(Args, Clone)]
pub struct ArchitectureArgs {
    /// The model: `mlp` (Linear layers of --hidden widths, mirrored in the decoder), `conv`
    /// (the β-VAE's 4x4 stride-2 convolutions, --conv-channels, then a --hidden dense layer),
    /// `resnet` (residual blocks of GroupNorm, SiLU and 3x3 convolutions at full, half and
    /// quarter resolution, --resnet-widths and --resnet-blocks, then a --hidden dense layer;
    /// SiLU whatever --activation says), or a JSON file giving the layers in the schema of config.json (a run's config.json, or
    /// its "architecture" object alone).
    #[arg(long, default_value = "mlp", value_name = "mlp|conv|resnet|FILE.json")]
    pub arch: String,
    /// Hidden widths: for mlp the encoder's, comma-separated (default 400; the decoder mirrors
    /// them); for conv the one dense layer's (default 256).
    #[arg(long, value_delimiter = ',')]
    pub hidden: Option<Vec<usize>>,
    /// Latent dimensions (default 20).
    #[arg(long)]
    pub latent: Option<usize>,
    #[arg(long, value_enum, default_value_t = HiddenActivation::Relu)]
    pub activation: HiddenActivation,
    /// The slope of leaky_relu below 0.
    #[arg(long, default_value_t = 0.01, allow_negative_numbers = true)]
    pub negative_slope: f32,
    /// conv: the channels of the first and of the later convolutions.
    #[arg(long, value_delimiter = ',', default_value = "32,64")]
    pub conv_channels: Vec<usize>,
    /// resnet: the channels at full, half and quarter resolution.
    #[arg(long, value_delimiter = ',', default_value = "64,128,128")]
    pub resnet_widths: Vec<usize>,
    /// resnet: residual blocks at each resolution.
    #[arg(long, default_value_t = 1)]
    pub resnet_blocks: usize,
}

impl ArchitectureArgs {
    /// The layers for images of `input` ([C, H, W]) and a decoder of `outputs_per_pixel`
    /// values per input value, shapes checked.
    pub fn build(&self, input: [usize; 3], outputs_per_pixel: usize) -> wgvae::Result<Architecture> {
        let bad = |what: String| wgvae::Error::Invalid(what);
        let act = match self.activation {
            HiddenActivation::Relu => Layer::ReLU,
            HiddenActivation::Tanh => Layer::Tanh,
            HiddenActivation::LeakyRelu => Layer::LeakyReLU { negative_slope: self.negative_slope },
            HiddenActivation::Silu => Layer::SiLU,
            HiddenActivation::Gelu => Layer::GELU,
        };
        let latent = self.latent.unwrap_or(20);
        if latent == 0 {
            return Err(bad("--latent 0: at least one latent dimension; widths must be positive".into()));
        }
        let architecture = match self.arch.as_str() {
            "mlp" => {
                let hidden = self.hidden.clone().unwrap_or(vec![400]);
                if hidden.contains(&0) {
                    return Err(bad(format!("--hidden {hidden:?}: layer widths must be positive")));
                }
                Architecture::mlp(input, &hidden, latent, act, outputs_per_pixel)
            }
            "conv" => {
                let hidden = match self.hidden.as_deref() {
                    None => 256,
                    Some(&[h]) if h > 0 => h,
                    Some(h) => return Err(bad(format!("--hidden {h:?}: the conv preset takes one positive width"))),
                };
                let channels = match self.conv_channels[..] {
                    [a, b] if a > 0 && b > 0 => [a, b],
                    ref c => {
                        return Err(bad(format!("--conv-channels {c:?}: two positive channel counts, e.g. 32,64")));
                    }
                };
                Architecture::conv(input, channels, hidden, latent, act, outputs_per_pixel)?
            }
            "resnet" => {
                let hidden = match self.hidden.as_deref() {
                    None => 256,
                    Some(&[h]) if h > 0 => h,
                    Some(h) => return Err(bad(format!("--hidden {h:?}: the resnet preset takes one positive width"))),
                };
                let widths = match self.resnet_widths[..] {
                    [a, b, c] if a > 0 && b > 0 && c > 0 => [a, b, c],
                    ref w => {
                        return Err(bad(format!(
                            "--resnet-widths {w:?}: three positive channel counts (full, half, quarter resolution), e.g. 64,128,128"
                        )));
                    }
                };
                Architecture::resnet(input, widths, self.resnet_blocks, hidden, latent, outputs_per_pixel)?
            }
            file => {
                if self.hidden.is_some() || self.latent.is_some() {
                    return Err(bad(format!(
                        "--arch {file}: the file gives the layers; --hidden and --latent size the presets"
                    )));
                }
                let a = architecture_file(std::path::Path::new(file))?;
                if a.input != input {
                    let [c, h, w] = a.input;
                    return Err(bad(format!(
                        "--arch {file}: its layers take {c}x{h}x{w} images, the data's are {}x{}x{}",
                        input[0], input[1], input[2]
                    )));
                }
                a
            }
        };
        architecture.shapes(outputs_per_pixel).map_err(|e| bad(format!("--arch {}: {e}", self.arch)))?;
        Ok(architecture)
    }
}

/// The architecture in a JSON file: a run's config.json (its "architecture") or the object
/// alone.
fn architecture_file(path: &std::path::Path) -> wgvae::Result<Architecture> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        wgvae::Error::Io(format!(
            "reading the architecture file {}: {e} (--arch takes mlp, conv or a JSON file)",
            path.display()
        ))
    })?;
    let bad = |e: serde_json::Error| wgvae::Error::Invalid(format!("architecture file {}: {e}", path.display()));
    let value: serde_json::Value = serde_json::from_str(&text).map_err(bad)?;
    let architecture = value.get("architecture").unwrap_or(&value);
    wgvae::model::architecture::refuse_left_out_layers(architecture)
        .map_err(|e| wgvae::Error::Invalid(format!("architecture file {}: {e}", path.display())))?;
    serde_json::from_value(architecture.clone()).map_err(bad)
}

/// A trained model and the images to run it on.
#[derive(Args)]
pub struct ModelOnDataArgs {
    #[command(flatten)]
    pub adapter: AdapterArgs,
    /// A folder written by `wgvae train` (model.safetensors and config.json).
    #[arg(long)]
    pub checkpoint: PathBuf,
    /// Images: an IDX file (raw or .gz, labels beside it used when present), a folder of
    /// PNG/JPEG images (or of one subfolder of them per class), a CIFAR-10/100 binary file or the
    /// folder holding them, or a NumPy .npy file (labels from X_labels.npy beside it). Default:
    /// the 1,000 bundled held-out digits.
    #[arg(long)]
    pub data: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Matmul kernel (auto picks per adapter).
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    pub kernel: MatmulKernel,
}

/// A checkpoint and the images to run it on (default: the bundled held-out digits), checked
/// against its input shape.
pub fn model_and_data(args: &ModelOnDataArgs) -> wgvae::Result<(ModelConfig, Parameters, Dataset)> {
    let (config, params) = checkpoint::load(&args.checkpoint)?;
    let data = match &args.data {
        Some(path) => Dataset::load_with(path, args.read.options())?,
        None => Dataset::bundled_test()?.transformed(args.read.options())?,
    };
    data.check_shape(&config, "data")?;
    Ok((config, params, data))
}

/// The images a checkpoint was trained on: `data` where given, else the run's own as its
/// training state recorded them, else the bundled training digits.
pub fn training_images(checkpoint: &Path, data: Option<&Path>, read: &ReadArgs) -> wgvae::Result<Dataset> {
    if let Some(path) = data {
        return Dataset::load_with(path, read.options());
    }
    if checkpoint.join(wgvae::train::state::STATE_FILE).exists() {
        let state = wgvae::train::state::TrainingState::load(checkpoint)?;
        let p = &state.progress;
        return match &p.data {
            Some(path) => Dataset::load_with(path, p.read),
            None => Dataset::bundled_train()?.transformed(p.read),
        };
    }
    Dataset::bundled_train()?.transformed(read.options())
}

/// Where `wgvae sample` and `wgvae eval` fit the latent mixture, and with how many components.
#[derive(Args)]
pub struct LatentMixtureArgs {
    /// Components of the mixture fitted to the encoder's means of the training images (saved
    /// beside the checkpoint as latent_mixture.safetensors and reused while the model, the
    /// data and K are the same).
    #[arg(long = "components", default_value_t = 10)]
    pub components: u32,
    /// The training images to fit it to. Default: the run's own (from its training state),
    /// else the bundled training digits.
    #[arg(long = "latent-data", value_name = "PATH")]
    pub data: Option<PathBuf>,
}

impl LatentMixtureArgs {
    /// The images the mixture of the checkpoint in `dir` is fitted to.
    pub fn training_data(&self, dir: &Path, config: &ModelConfig, read: &ReadArgs) -> wgvae::Result<Dataset> {
        let data = training_images(dir, self.data.as_deref(), read)?;
        data.check_shape(config, "the latent mixture's training data")?;
        Ok(data)
    }

    /// The saved mixture of the checkpoint in `dir` where it fits `data`, else a new fit,
    /// saved; and whether it was reused.
    pub fn load_or_fit(
        &self,
        gpu: &Gpu,
        dir: &Path,
        config: &ModelConfig,
        params: &GpuParams,
        data: &Dataset,
        kernel: MatmulKernel,
    ) -> wgvae::Result<(LatentMixture, bool)> {
        let key = aggregate_posterior::fit_key(dir, data, self.components as usize, 0)?;
        aggregate_posterior::load_or_fit(gpu, dir, config, params, data, key, kernel)
    }

    /// Checked before any GPU work.
    pub fn check(&self) -> wgvae::Result<()> {
        if self.components == 0 {
            return Err(wgvae::Error::Invalid("--components 0: a mixture has at least one component".into()));
        }
        Ok(())
    }
}

/// (μ, log σ²) of q(z|x) for `images` (whole images of u8 pixels).
pub fn encode_images(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    images: &[u8],
    kernel: MatmulKernel,
) -> wgvae::Result<Vec<f32>> {
    let rows = ((images.len() / config.input_dim()) as u32).clamp(1, inference::BATCH);
    Encoder::build(gpu, config, params, rows, kernel)?.encode(gpu, images).block_on()
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
