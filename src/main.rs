//! The wgvae command line: parses options and calls the library.

use std::process::ExitCode;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use wgvae::bench;
use wgvae::data::Dataset;
use wgvae::eval::{EvalOptions, Evaluator};
use wgvae::gpu::{self, AdapterRequest, Backend, Gpu};
use wgvae::kernels::activation::Activation;
use wgvae::kernels::adam::AdamConfig;
use wgvae::kernels::autotune;
use wgvae::kernels::density::{GaussianMean, Likelihood};
use wgvae::kernels::matmul::{LinearOp, MatmulKernel};
use wgvae::kernels::rng::RngKey;
use wgvae::latent_map;
use wgvae::latents::Latents;
use wgvae::mixture::{self, fit::FitOptions, run::GmmRun};
use wgvae::model::checkpoint;
use wgvae::model::inference::{self, Decoder, Encoder};
use wgvae::model::{DEFAULT_LOGVAR_FLOOR, ModelConfig, Objective, Parameters};
use wgvae::pictures;
use wgvae::train::TrainOptions;
use wgvae::train::run::{self, default_out_dir};
use wgvae::train::state::TrainingState;
use wgvae::train::step::GpuParams;

#[derive(Parser)]
#[command(name = "wgvae", version, about = "Variational autoencoders on any GPU (or none) through wgpu")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which adapter to run on.
#[derive(Args, Clone)]
struct AdapterArgs {
    /// Graphics API to look for adapters on.
    #[arg(long, value_enum, default_value_t = Backend::Auto, global = true)]
    backend: Backend,
    /// Use the adapter whose name contains this (case-insensitive); see `wgvae adapters`.
    #[arg(long, global = true)]
    adapter: Option<String>,
}

impl AdapterArgs {
    fn request(&self) -> AdapterRequest {
        AdapterRequest { backend: self.backend, name: self.adapter.clone() }
    }
}

#[derive(Subcommand)]
enum Command {
    /// List every adapter and mark the one wgvae picks.
    Adapters(AdapterArgs),
    /// Train a VAE (by default the classic 784-400-20 MNIST VAE on the bundled digits).
    Train(TrainArgs),
    /// Estimate log p(x) of a trained model by importance sampling, with the ELBO, the bounds
    /// L_k and the naive Monte Carlo estimate from the same run.
    Eval(EvalArgs),
    /// Draw images from a trained model: z ~ N(0, I) decoded on the GPU, a grid of the
    /// decoder's means (with --draw, of images drawn from p(x|z)).
    Sample(SampleArgs),
    /// Images beside their reconstructions (the decoder's mean at z = μ(x)).
    Reconstruct(ReconstructArgs),
    /// Each image's μ and log σ² of q(z|x), with its label, as .npy (NumPy) or .csv (pandas).
    Encode(EncodeArgs),
    /// Where the data lands in the latent space, coloured by label: for a 2-D latent the
    /// decoded manifold over a grid of z beside the scatter of the encoded data; for more
    /// dimensions the scatter on the first two principal components of the means.
    LatentMap(LatentMapArgs),
    /// Fit a mixture of diagonal Gaussians by EM on the GPU (k-means++ seeding): the exact
    /// log-likelihood per iteration, the means as a picture, the clusters against the labels.
    Gmm(GmmArgs),
    /// Measure throughput on the chosen adapter: with no subcommand, everything (matmuls,
    /// training, the kernels of a step, evaluation, time to the first step).
    Bench(BenchArgs),
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct BenchArgs {
    #[command(subcommand)]
    what: Option<BenchWhat>,
    #[command(flatten)]
    adapter: AdapterArgs,
    /// Print one JSON object instead of the tables.
    #[arg(long)]
    json: bool,
    /// A smoke test of every part (tiny shapes, one repeat): not a measurement.
    #[arg(long)]
    quick: bool,
}

#[derive(Subcommand)]
enum BenchWhat {
    /// Steady-state training images/s of the default model (784-400-20, batch 128) on the
    /// bundled digits, at each k (k = 1: ELBO; k > 1: IWAE).
    Train {
        /// Importance samples per image, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "1,5")]
        k: Vec<u32>,
        #[arg(long, default_value_t = 128)]
        batch: u32,
        /// Steps per timed repeat.
        #[arg(long, default_value_t = 60)]
        steps: u32,
        /// Timed repeats; the median is reported.
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        /// Also time each launch of a step on its own.
        #[arg(long)]
        per_launch: bool,
        /// Matmul kernel (auto picks per adapter).
        #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
        kernel: MatmulKernel,
        /// Print a JSON array, one object per k, instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// Measure which matmul kernel runs each layout fastest at each shape on this adapter and
    /// keep the choice for `--kernel auto` (cached per adapter; hardware GPUs measure the
    /// shapes they meet by themselves, software adapters only here).
    Tune {
        /// Shapes as MxKxN (rows x inputs x outputs), comma-separated; default: every layer of
        /// the default model in a training step at batch 128, k = 1 and 5.
        #[arg(long, value_delimiter = ',', value_parser = parse_shape)]
        shapes: Vec<[u32; 3]>,
    },
    /// GFLOP/s of the linear-layer matmuls (forward, dW, dX) at the model's shapes and 1024³.
    Matmul {
        /// Matmul kernel (auto picks per adapter and shape).
        #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
        kernel: MatmulKernel,
        /// Timed repeats per figure; the median is reported.
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        /// Shapes as MxKxN (rows x inputs x outputs), comma-separated; default: the model's
        /// layers at batch 128 and 1280, and 1024x1024x1024.
        #[arg(long, value_delimiter = ',', value_parser = parse_shape)]
        shapes: Vec<[u32; 3]>,
    },
}

/// Dynamic binarization of the data, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Binarize {
    /// Each time an image is used, pixel j is 1 with probability x_j (Bernoulli decoders).
    Dynamic,
    /// The pixels as they are, scaled to [0, 1].
    None,
}

#[derive(Args)]
struct TrainArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    /// Training images: an IDX file (raw or .gz, labels beside it used when present) or a
    /// folder of PNG/JPEG images. Default: the 9,000 bundled MNIST digits.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Held-out images for the per-epoch ELBO. Default with the bundled data: its 1,000
    /// held-out digits; with --data: none.
    #[arg(long)]
    test_data: Option<PathBuf>,
    /// Hidden layer widths of the encoder, comma-separated (the decoder mirrors them).
    #[arg(long, value_delimiter = ',', default_value = "400")]
    hidden: Vec<usize>,
    /// Latent dimensions.
    #[arg(long, default_value_t = 20)]
    latent: usize,
    #[arg(long, value_enum, default_value_t = Activation::Relu)]
    activation: Activation,
    #[arg(long, value_enum, default_value_t = Likelihood::Bernoulli)]
    likelihood: Likelihood,
    /// Gaussian decoder: the floor of the per-pixel log-variance (soft: floor + softplus).
    #[arg(long, default_value_t = DEFAULT_LOGVAR_FLOOR, allow_hyphen_values = true)]
    logvar_floor: f32,
    /// Gaussian decoder: the mean through a sigmoid (data in [0, 1]) or as it is.
    #[arg(long, value_enum, default_value_t = GaussianMean::Sigmoid)]
    gaussian_mean: GaussianMean,
    #[arg(long, value_enum, default_value_t = Objective::Elbo)]
    objective: Objective,
    /// Importance samples per image (IWAE; the ELBO takes 1).
    #[arg(long, default_value_t = 1)]
    k: u32,
    #[arg(long, default_value_t = 10)]
    epochs: u32,
    #[arg(long, default_value_t = 128)]
    batch: u32,
    /// Adam's learning rate.
    #[arg(long, default_value_t = 1e-3, allow_negative_numbers = true)]
    lr: f32,
    /// Seeds the initial weights, the shuffles, the binarization and every sample.
    #[arg(long, default_value_t = 0)]
    seed: u32,
    /// Default: dynamic for the Bernoulli decoder, none for the Gaussian.
    #[arg(long, value_enum)]
    binarize: Option<Binarize>,
    /// Folder for model.safetensors, config.json and metrics.csv. Default: runs/<date_time>.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Matmul kernel (auto picks per adapter).
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    kernel: MatmulKernel,
    /// Every N epochs (and after the last), the held-out log p(x) by importance sampling
    /// (0: never).
    #[arg(long, default_value_t = 0)]
    eval_every: u32,
    /// Importance samples per image for --eval-every.
    #[arg(long, default_value_t = 100)]
    eval_k: u32,
    /// Images per forward/backward chunk, a divisor of --batch: the chunks' gradients are summed
    /// before the update (gradient accumulation), the same step in less memory. Default: the
    /// whole batch where the adapter's buffers hold it, else the largest divisor they do.
    #[arg(long)]
    chunk: Option<u32>,
    /// Skip the pictures written after each epoch (pictures/samples-<epoch>.png,
    /// pictures/recon-<epoch>.png, curves.png).
    #[arg(long)]
    no_pictures: bool,
    /// Continue the run saved in this folder (after an epoch, or where Ctrl-C stopped it) until
    /// --epochs in all, with its own model, data and options, writing into the same folder.
    #[arg(long, value_name = "DIR", conflicts_with_all = [
        "data", "test_data", "hidden", "latent", "activation", "likelihood", "logvar_floor",
        "gaussian_mean", "objective", "k", "batch", "lr", "seed", "binarize", "out", "eval_every", "eval_k",
    ])]
    resume: Option<PathBuf>,
}

#[derive(Args)]
struct GmmArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    /// Images to fit: an IDX file or a folder of images, as for train. Default: the 9,000
    /// bundled MNIST digits.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Held-out images to score. Default with the bundled data: its 1,000 held-out digits;
    /// with --data: none.
    #[arg(long)]
    test_data: Option<PathBuf>,
    /// Mixture components K.
    #[arg(long, default_value_t = 10)]
    components: usize,
    /// The most EM iterations.
    #[arg(long, default_value_t = 300)]
    iters: u32,
    /// Converged when the mean log-likelihood changes by less than this (nats per image).
    #[arg(long, default_value_t = 1e-3)]
    tol: f64,
    /// Seeds k-means++ and the estimators' draws.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// The floor of every log-variance (the VAE's Gaussian decoder uses the same default).
    #[arg(long, default_value_t = DEFAULT_LOGVAR_FLOOR, allow_hyphen_values = true)]
    logvar_floor: f32,
    /// Folder for model.safetensors, config.json, assignments.csv, history.csv and the
    /// pictures. Default: runs/<date_time>.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Also compare the estimators of log p(x) with the exact value: importance sampling with
    /// the posterior, the prior and the uniform proposal, and the ELBO of several q.
    #[arg(long)]
    estimators: bool,
    /// Samples per image for --estimators' importance estimates.
    #[arg(long, default_value_t = 100)]
    estimator_samples: usize,
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    kernel: MatmulKernel,
}

#[derive(Args)]
struct EvalArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// Importance samples per image (K).
    #[arg(long, default_value_t = 5000)]
    k: u32,
    /// Prior samples per image for the naive Monte Carlo estimate (default: K; 0 skips it).
    #[arg(long)]
    naive_k: Option<u32>,
    /// The bounds L_k to report, comma-separated (default 1,5,50,… below K).
    #[arg(long, value_delimiter = ',')]
    bounds: Vec<u32>,
    /// Default: dynamic (one fixed draw per image, from the seed) for the Bernoulli decoder,
    /// none for the Gaussian.
    #[arg(long, value_enum)]
    binarize: Option<Binarize>,
    /// Seeds the binarization and every sample.
    #[arg(long, default_value_t = 0)]
    seed: u32,
    /// Print one JSON object instead of the table.
    #[arg(long)]
    json: bool,
    /// Also write every image's estimates to this CSV file.
    #[arg(long)]
    per_image: Option<PathBuf>,
    /// Samples per chunk (default: as many as the device holds comfortably).
    #[arg(long)]
    chunk: Option<u32>,
}

#[derive(Args)]
struct SampleArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    /// A folder written by `wgvae train` (model.safetensors and config.json).
    #[arg(long)]
    checkpoint: PathBuf,
    /// Number of samples.
    #[arg(short = 'n', long = "count", default_value_t = 64)]
    count: u32,
    /// Seeds z (and the draws).
    #[arg(long, default_value_t = 0)]
    seed: u32,
    /// Show images drawn from p(x|z) instead of its mean.
    #[arg(long)]
    draw: bool,
    /// The PNG file to write.
    #[arg(long, default_value = "samples.png")]
    out: PathBuf,
    /// Matmul kernel (auto picks per adapter).
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    kernel: MatmulKernel,
}

/// A trained model and the images to run it on.
#[derive(Args)]
struct ModelOnDataArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    /// A folder written by `wgvae train` (model.safetensors and config.json).
    #[arg(long)]
    checkpoint: PathBuf,
    /// Images: an IDX file (raw or .gz, labels beside it used when present) or a folder of
    /// PNG/JPEG images. Default: the 1,000 bundled held-out digits.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Matmul kernel (auto picks per adapter).
    #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
    kernel: MatmulKernel,
}

#[derive(Args)]
struct ReconstructArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// Number of images (the first ones of the data).
    #[arg(short = 'n', long = "count", default_value_t = 32)]
    count: u32,
    /// The PNG file to write.
    #[arg(long, default_value = "recon.png")]
    out: PathBuf,
}

#[derive(Args)]
struct EncodeArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// The file to write: .npy (a structured array, one record per image) or .csv.
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
struct LatentMapArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// The PNG file to write.
    #[arg(long, default_value = "map.png")]
    out: PathBuf,
    /// 2-D latent: images per side of the decoded manifold.
    #[arg(long, default_value_t = 20)]
    side: u32,
}

/// The most images one picture shows.
const MAX_PICTURE_IMAGES: u32 = 4096;

fn picture_count(count: u32, what: &str) -> wgvae::Result<u32> {
    if count == 0 || count > MAX_PICTURE_IMAGES {
        return Err(wgvae::Error::Invalid(format!("-n {count}: a picture shows 1 to {MAX_PICTURE_IMAGES} {what}")));
    }
    Ok(count)
}

fn sample(args: &SampleArgs) -> wgvae::Result<()> {
    let (config, params) = checkpoint::load(&args.checkpoint)?;
    let n = picture_count(args.count, "samples")?;
    let gpu = Gpu::new(&args.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let decoder = Decoder::build(&gpu, &config, &gpu_params, n.min(inference::BATCH), args.kernel)?;
    let key = |stream| RngKey { seed: args.seed, stream, offset: 0 };
    let z = inference::prior_samples(&gpu, key(inference::STREAM_PRIOR), n as usize, config.latent)?;
    let decoded = decoder.decode(&gpu, &z)?;
    let images =
        if args.draw { inference::draw_images(&gpu, &decoded, key(inference::STREAM_DRAWS))? } else { decoded.means };
    let picture = pictures::grid(&images, config.image_shape, pictures::square_columns(n as usize))?;
    pictures::save_png(&args.out, &picture)?;
    let what = if args.draw { "images drawn from p(x|z)" } else { "decoder means" };
    println!("wrote {}: {n} samples ({what}), z ~ N(0, I) with seed {}", args.out.display(), args.seed);
    Ok(())
}

fn reconstruct(args: &ReconstructArgs) -> wgvae::Result<()> {
    let n = picture_count(args.count, "images")?;
    let (config, params, data) = model_and_data(&args.model)?;
    if n as usize > data.count {
        return Err(wgvae::Error::Invalid(format!(
            "-n {n}: the data {} holds {} images",
            data.source.display(),
            data.count
        )));
    }
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let pixels = &data.images[..n as usize * data.dim()];
    let means = inference::means(&encode_images(&gpu, &config, &gpu_params, pixels, args.model.kernel)?, config.latent);
    let rows = n.min(inference::BATCH);
    let decoded = Decoder::build(&gpu, &config, &gpu_params, rows, args.model.kernel)?.decode(&gpu, &means)?;
    let inputs: Vec<f32> = pixels.iter().map(|&p| p as f32 / 255.0).collect();
    let cols = pictures::square_columns(2 * n as usize);
    pictures::save_png(&args.out, &pictures::pairs(&inputs, &decoded.means, config.image_shape, cols)?)?;
    println!(
        "wrote {}: the first {n} images of {} (rows of inputs, each above its reconstruction at z = μ(x))",
        args.out.display(),
        data.source.display()
    );
    Ok(())
}

fn gmm(args: &GmmArgs) -> wgvae::Result<()> {
    let (train, test) = match &args.data {
        None => (Dataset::bundled_train()?, Some(Dataset::bundled_test()?)),
        Some(path) => (Dataset::load(path)?, None),
    };
    let test = match &args.test_data {
        Some(path) => Some(Dataset::load(path)?),
        None => test,
    };
    if args.components == 0 || args.components > train.count {
        return Err(wgvae::Error::Invalid(format!(
            "--components {}: between 1 and the {} images of {}",
            args.components,
            train.count,
            train.source.display()
        )));
    }
    if args.tol.is_nan() || args.tol < 0.0 || args.iters == 0 || args.estimator_samples == 0 {
        return Err(wgvae::Error::Invalid(format!(
            "--tol {} --iters {} --estimator-samples {}: a tolerance ≥ 0 and at least one iteration and sample",
            args.tol, args.iters, args.estimator_samples
        )));
    }
    let plan = GmmRun {
        train: &train,
        test: test.as_ref(),
        fit: FitOptions {
            components: args.components,
            iterations: args.iters,
            tolerance: args.tol,
            seed: args.seed,
            logvar_floor: args.logvar_floor,
            kernel: args.kernel,
            chunk: None,
        },
        out: args.out.clone().unwrap_or_else(default_out_dir),
        estimator_samples: args.estimators.then_some(args.estimator_samples),
    };
    let gpu = Gpu::new(&args.adapter.request())?;
    mixture::run::run(&gpu, &plan)
}

/// A checkpoint and the images to run it on (default: the bundled held-out digits), checked
/// against its input shape.
fn model_and_data(args: &ModelOnDataArgs) -> wgvae::Result<(ModelConfig, Parameters, Dataset)> {
    let (config, params) = checkpoint::load(&args.checkpoint)?;
    let data = match &args.data {
        Some(path) => Dataset::load(path)?,
        None => Dataset::bundled_test()?,
    };
    data.check_shape(&config, "data")?;
    Ok((config, params, data))
}

/// (μ, log σ²) of q(z|x) for `images` (whole images of u8 pixels).
fn encode_images(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    images: &[u8],
    kernel: MatmulKernel,
) -> wgvae::Result<Vec<f32>> {
    let rows = ((images.len() / config.input_dim) as u32).clamp(1, inference::BATCH);
    Encoder::build(gpu, config, params, rows, kernel)?.encode(gpu, images)
}

fn encode(args: &EncodeArgs) -> wgvae::Result<()> {
    let (config, params, data) = model_and_data(&args.model)?;
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let heads = encode_images(&gpu, &config, &gpu_params, &data.images, args.model.kernel)?;
    let latents = Latents { latent: config.latent, heads: &heads, labels: data.labels.as_deref() };
    latents.write(&args.out)?;
    println!(
        "wrote {}: μ and log σ² of q(z|x) ({} dimensions) for the {} images of {}{}",
        args.out.display(),
        config.latent,
        data.count,
        data.source.display(),
        if data.labels.is_some() { ", with their labels" } else { "" }
    );
    Ok(())
}

fn latent_map(args: &LatentMapArgs) -> wgvae::Result<()> {
    let side = picture_count(args.side * args.side, "decoded images").map(|_| args.side as usize)?;
    let (config, params, data) = model_and_data(&args.model)?;
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let heads = encode_images(&gpu, &config, &gpu_params, &data.images, args.model.kernel)?;
    let latent = config.latent;
    let means = inference::means(&heads, latent);
    let labels = data.labels.as_deref();
    let title = format!("μ of q(z|x), {} images", data.count);
    const SIZE: u32 = 560;
    let (picture, what) = match latent {
        1 => {
            let points: Vec<[f32; 2]> = heads.chunks(2).map(|h| [h[0], h[1]]).collect();
            let scatter = latent_map::scatter_picture(&points, labels, &title, ["μ", "log σ²"], SIZE)?;
            (scatter, "μ against log σ² (a 1-D latent)".to_string())
        }
        2 => {
            let points: Vec<[f32; 2]> = means.chunks(2).map(|m| [m[0], m[1]]).collect();
            let z = latent_map::manifold_grid(side);
            let rows = (side * side) as u32;
            let decoded = Decoder::build(&gpu, &config, &gpu_params, rows.min(inference::BATCH), args.model.kernel)?
                .decode(&gpu, &z)?;
            let (shape, means) = (config.image_shape, &decoded.means);
            let picture = latent_map::manifold_and_scatter(means, shape, side, &points, labels, &title)?;
            (picture, format!("the decoded manifold ({side} x {side} z at the prior's quantiles) and the scatter"))
        }
        _ => {
            let (points, share) = latent_map::principal_components(&means, latent);
            let axes = share.map(|s| format!("{:.0}% of the variance", 100.0 * s));
            let axes = [format!("PC 1 ({})", axes[0]), format!("PC 2 ({})", axes[1])];
            let scatter = latent_map::scatter_picture(&points, labels, &title, [&axes[0], &axes[1]], SIZE)?;
            (scatter, format!("the scatter on the first two principal components of the {latent}-D means"))
        }
    };
    pictures::save_png(&args.out, &picture)?;
    println!("wrote {}: {what}, {} images of {}", args.out.display(), data.count, data.source.display());
    if let Some(labels) = labels {
        const K: usize = 5;
        let accuracy = latent_map::neighbour_accuracy(&means, latent, labels, K);
        println!(
            "labels in the latent space: {K}-nearest-neighbour accuracy {accuracy:.3} (μ, {latent}-D, each image left out)"
        );
    }
    Ok(())
}

fn default_binarize(likelihood: Likelihood) -> Binarize {
    match likelihood {
        Likelihood::Bernoulli => Binarize::Dynamic,
        Likelihood::Gaussian => Binarize::None,
    }
}

fn eval(args: &EvalArgs) -> wgvae::Result<()> {
    let (config, params, data) = model_and_data(&args.model)?;
    if args.k == 0 {
        return Err(wgvae::Error::Invalid("--k 0: at least one importance sample per image".into()));
    }
    let binarize = args.binarize.unwrap_or(default_binarize(config.likelihood));
    let bound_sizes =
        if args.bounds.is_empty() { EvalOptions::default_bound_sizes(args.k) } else { args.bounds.clone() };
    let options = EvalOptions {
        samples: args.k,
        naive_samples: args.naive_k.unwrap_or(args.k),
        bound_sizes,
        binarize: binarize == Binarize::Dynamic,
        seed: args.seed,
        kernel: args.model.kernel,
        chunk: args.chunk,
    };
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let mut evaluator = Evaluator::new(&gpu, &config, &gpu_params, &data, options.clone())?;
    let show = !args.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
    let bar = indicatif::ProgressBar::new(0);
    if show {
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {percent:>3}% {msg} [{elapsed_precise} < {eta_precise}]")
                .expect("a valid template"),
        );
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let started = std::time::Instant::now();
    let report = evaluator.run(|done, total| {
        bar.set_length(total);
        bar.set_position(done);
        bar.set_message(format!("{:.0} samples/s", done as f64 / started.elapsed().as_secs_f64().max(1e-9)));
    })?;
    bar.finish_and_clear();
    if let Some(path) = &args.per_image {
        wgvae::files::write_atomic(path, report.per_image_csv(data.labels.as_deref()).as_bytes())?;
    }
    if args.json {
        println!("{}", eval_json(&report, &config, &data, &gpu, &options, binarize, evaluator.chunk));
        return Ok(());
    }
    println!("adapter: {}", gpu.describe());
    println!(
        "model: {} ({} {:?} {:?}, latent {})",
        args.model.checkpoint.display(),
        model_shape(&config),
        config.activation,
        config.likelihood,
        config.latent
    );
    let binarize_name = format!("{binarize:?}").to_lowercase();
    println!(
        "data: {} images from {}; binarize {binarize_name}, seed {}",
        data.count,
        data.source.display(),
        args.seed
    );
    println!(
        "K = {} importance samples per image (chunks of {} for {} images at a time){}",
        report.samples,
        evaluator.chunk,
        evaluator.points,
        match report.naive_samples {
            0 => String::new(),
            k => format!(", {k} prior samples for the naive estimate"),
        }
    );
    println!();
    println!("{:<40} {:>10} {:>8}", "nats per image (mean over images)", "mean", "± s.e.");
    let row = |name: String, m: wgvae::eval::Mean| println!("{name:<40} {:>10.3} {:>8.3}", m.mean, m.stderr);
    row("ELBO (analytic KL)".into(), report.elbo());
    row("  E_q log p(x|z) (reconstruction)".into(), report.mean(|e| e.reconstruction));
    row("  KL(q(z|x) || p(z))".into(), report.mean(|e| e.kl));
    for (k, m) in report.bounds_by_k() {
        let name =
            if k == report.samples { format!("log p(x) ≈ importance sampling, K = {k}") } else { format!("L_{k}") };
        row(name, m);
    }
    if let Some(m) = report.naive() {
        row(format!("naive Monte Carlo (prior), K = {}", report.naive_samples), m);
    }
    println!();
    println!("effective sample size: mean {:.1} of K = {}", report.mean(|e| e.ess).mean, report.samples);
    println!(
        "active units: {} of {} (Var_x E_q[z_i] > {})",
        report.active_units,
        config.latent,
        wgvae::eval::ACTIVE_UNIT_THRESHOLD
    );
    println!("time: {:.1} s, {:.0} samples/s (importance and prior)", report.seconds, report.samples_per_second);
    Ok(())
}

fn eval_json(
    report: &wgvae::eval::EvalReport,
    config: &ModelConfig,
    data: &Dataset,
    gpu: &Gpu,
    options: &EvalOptions,
    binarize: Binarize,
    chunk: u32,
) -> serde_json::Value {
    let iwae: serde_json::Map<String, serde_json::Value> =
        report.bounds_by_k().iter().map(|(k, m)| (k.to_string(), m.mean.into())).collect();
    let stderr: serde_json::Map<String, serde_json::Value> =
        report.bounds_by_k().iter().map(|(k, m)| (k.to_string(), m.stderr.into())).collect();
    serde_json::json!({
        "n_images": data.count,
        "k": report.samples,
        "elbo": report.elbo().mean,
        "log_likelihood": report.log_likelihood().mean,
        "iwae": iwae,
        "naive_mc": report.naive().map(|m| m.mean),
        "naive_k": report.naive_samples,
        "ess_mean": report.mean(|e| e.ess).mean,
        "active_units": report.active_units,
        "latent": config.latent,
        "latent_variance": report.latent_variance,
        "kl": report.mean(|e| e.kl).mean,
        "reconstruction": report.mean(|e| e.reconstruction).mean,
        "stderr": {
            "elbo": report.elbo().stderr,
            "log_likelihood": report.log_likelihood().stderr,
            "iwae": stderr,
            "naive_mc": report.naive().map(|m| m.stderr),
            "kl": report.mean(|e| e.kl).stderr,
            "reconstruction": report.mean(|e| e.reconstruction).stderr,
        },
        "seconds": report.seconds,
        "samples_per_second": report.samples_per_second,
        "data": data.source.display().to_string(),
        "binarize": format!("{binarize:?}").to_lowercase(),
        "seed": options.seed,
        "chunk": chunk,
        "adapter": gpu.describe(),
    })
}

fn model_shape(config: &ModelConfig) -> String {
    std::iter::once(config.input_dim)
        .chain(config.hidden.iter().copied())
        .chain([config.latent])
        .map(|w| w.to_string())
        .collect::<Vec<_>>()
        .join("-")
}

/// A new run's model, options and data from the command line.
fn fresh_run(args: &TrainArgs) -> wgvae::Result<(ModelConfig, TrainOptions, Dataset, Option<Dataset>)> {
    let (train_data, test_data) = match &args.data {
        None => (Dataset::bundled_train()?, Some(Dataset::bundled_test()?)),
        Some(path) => (Dataset::load(path)?, None),
    };
    let test_data = match &args.test_data {
        Some(path) => Some(Dataset::load(path)?),
        None => test_data,
    };
    let mut config = ModelConfig::new(
        [train_data.height, train_data.width],
        args.hidden.clone(),
        args.latent,
        args.activation,
        args.likelihood,
    )?;
    config.logvar_floor = args.logvar_floor;
    config.gaussian_mean = args.gaussian_mean;
    config.validate()?;
    if args.epochs == 0 {
        return Err(wgvae::Error::Invalid("--epochs 0: train for at least one epoch".into()));
    }
    let binarize = args.binarize.unwrap_or(default_binarize(args.likelihood));
    let options = TrainOptions {
        objective: args.objective,
        samples: args.k,
        batch: args.batch,
        adam: AdamConfig { lr: args.lr, ..Default::default() },
        seed: args.seed,
        binarize: binarize == Binarize::Dynamic,
        kernel: args.kernel,
        eval_every: args.eval_every,
        eval_samples: args.eval_k,
        chunk: args.chunk,
    };
    options.check(&train_data)?;
    Ok((config, options, train_data, test_data))
}

/// A saved run's model, options and data, found where it found them.
fn resumed_run(state: &TrainingState) -> wgvae::Result<(ModelConfig, TrainOptions, Dataset, Option<Dataset>)> {
    let p = &state.progress;
    let train_data = match &p.data {
        Some(path) => Dataset::load(path)?,
        None => Dataset::bundled_train()?,
    };
    let test_data = match (&p.data, &p.test_data) {
        (_, Some(path)) => Some(Dataset::load(path)?),
        (None, None) => Some(Dataset::bundled_test()?),
        (Some(_), None) => None,
    };
    p.options.check(&train_data)?;
    Ok((state.config.clone(), p.options.clone(), train_data, test_data))
}

fn train(args: &TrainArgs) -> wgvae::Result<()> {
    let resumed = args.resume.as_deref().map(TrainingState::load).transpose()?;
    let (config, mut options, train_data, test_data) = match &resumed {
        Some(state) => resumed_run(state)?,
        None => fresh_run(args)?,
    };
    // Every matmul kernel computes the same bits: a resumed run may take another. Chunks
    // change only the order of the gradients' sums.
    options.kernel = args.kernel;
    if args.chunk.is_some() {
        options.chunk = args.chunk;
    }
    let binarize = if options.binarize { Binarize::Dynamic } else { Binarize::None };
    let gpu = Gpu::new(&args.adapter.request())?;
    let chunk = options.chunk_points(&config, &gpu.limits)?;
    let out = args.resume.clone().or_else(|| args.out.clone()).unwrap_or_else(default_out_dir);
    let shape = model_shape(&config);
    println!("adapter: {}", gpu.describe());
    println!(
        "model: {shape} {:?} {:?} VAE, {} parameters; objective {:?} k={}; batch {}{}, Adam lr {}",
        config.activation,
        config.likelihood,
        config.parameter_count(),
        options.objective,
        options.samples,
        options.batch,
        match options.batch / chunk {
            1 => String::new(),
            chunks => format!(" in {chunks} chunks of {chunk}"),
        },
        options.adam.lr
    );
    println!(
        "data: {} images from {}; held-out: {}; binarize {binarize:?}",
        train_data.count,
        train_data.source.display(),
        test_data.as_ref().map_or("none".into(), |t| format!("{} images from {}", t.count, t.source.display()))
    );
    let params = Parameters::init(&config, options.seed as u64);
    let start = match &resumed {
        Some(state) => {
            let p = &state.progress;
            println!(
                "resuming {} at step {} (epoch {}, {} of its steps done)",
                out.display(),
                p.steps,
                p.epoch,
                p.epoch_steps
            );
            run::Start::Resume(state)
        }
        None => {
            println!("writing to {}", out.display());
            run::Start::Fresh(&params)
        }
    };
    let progress = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let display = run::RunDisplay { progress, pictures: !args.no_pictures };
    stop_on_signals();
    let summary =
        run::train(&gpu, &config, &options, start, &train_data, test_data.as_ref(), args.epochs, &out, display)?;
    println!(
        "done: {} launches per step (one compute pass, one submit); first step finished {:.2} s after start",
        summary.launches_per_step,
        summary.time_to_first_step.as_secs_f64()
    );
    Ok(())
}

fn parse_shape(s: &str) -> Result<[u32; 3], String> {
    let dims: Vec<&str> = s.split('x').collect();
    let parsed: Result<Vec<u32>, _> = dims.iter().map(|d| d.trim().parse::<u32>()).collect();
    match parsed {
        Ok(v) if v.len() == 3 && v.iter().all(|&d| d > 0) => Ok([v[0], v[1], v[2]]),
        _ => Err(format!("shape \"{s}\" is not MxKxN with three positive integers, e.g. 128x784x400")),
    }
}

fn adapters(args: &AdapterArgs) -> wgvae::Result<()> {
    let entries = gpu::list_adapters(&args.request());
    if entries.is_empty() {
        // Gpu::new explains how to get a software adapter.
        Gpu::new(&args.request())?;
    }
    println!("{:<3} {:<5} {:<8} {:<14} {:<40} driver", "", "index", "backend", "type", "name");
    for e in &entries {
        let i = &e.info;
        let driver = format!("{} {}", i.driver, i.driver_info);
        println!(
            "{:<3} {:<5} {:<8} {:<14} {:<40} {}",
            if e.picked { "*" } else { "" },
            e.index,
            format!("{:?}", i.backend),
            format!("{:?}", i.device_type),
            i.name,
            driver.trim()
        );
    }
    match entries.iter().find(|e| e.picked) {
        Some(e) => println!(
            "* = picked by --backend {:?}{}: {}",
            args.backend,
            args.adapter.as_ref().map(|a| format!(" --adapter {a}")).unwrap_or_default(),
            e.info.name
        ),
        None => println!("no adapter matches --adapter {}", args.adapter.as_deref().unwrap_or("")),
    }
    Ok(())
}

fn bench_matmul(adapter: &AdapterArgs, kernel: MatmulKernel, repeats: usize, shapes: &[[u32; 3]]) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    println!("adapter: {}", gpu.describe());
    println!("median of {repeats} repeats; GF/cpu-s = GFLOP per CPU-second of this process (all its threads)");
    print_matmul_header();
    let shapes = if shapes.is_empty() { bench::MATMUL_SHAPES.to_vec() } else { shapes.to_vec() };
    for shape in shapes {
        for op in LinearOp::ALL {
            print_matmul_row(&bench::matmul(&gpu, shape, op, kernel, repeats)?.row());
        }
    }
    Ok(())
}

fn bench_tune(adapter: &AdapterArgs, shapes: &[[u32; 3]]) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    let shapes = match shapes {
        [] => bench::model_shapes(&bench::default_model()?, 128, &[1, 5]),
        given => given.to_vec(),
    };
    println!("adapter: {}", gpu.describe());
    println!("milliseconds per launch (median of 3 passes) of each kernel that can run the shape:");
    println!("{:<16} {:<12} {:>10} {:>10} {:>10}  chosen", "MxKxN", "op", "strided", "tiled", "vec4");
    for [m, k, n] in shapes {
        for op in LinearOp::ALL {
            let tuning = autotune::tune(&gpu, op, [m, k, n])?;
            let ms = |kernel: MatmulKernel| tuning.millis.get(kernel.name()).map_or("-".into(), |v| format!("{v:.3}"));
            let (strided, tiled, vec4) = (ms(MatmulKernel::Strided), ms(MatmulKernel::Tiled), ms(MatmulKernel::Vec4));
            let chosen = tuning.kernel.name();
            println!("{:<16} {:<12} {strided:>10} {tiled:>10} {vec4:>10}  {chosen}", format!("{m}x{k}x{n}"), op.name());
            autotune::remember(&gpu, tuning, true)?;
        }
    }
    match autotune::default_path() {
        Some(path) => println!("kept for --kernel auto on this adapter in {}", path.display()),
        None => println!("no cache folder (set WGVAE_CACHE_DIR): the choices last for this process only"),
    }
    Ok(())
}

fn print_matmul_header() {
    println!("{:<16} {:<12} {:<11} {:>10} {:>9} {:>9}", "MxKxN", "op", "kernel", "ms", "GFLOP/s", "GF/cpu-s");
}

fn print_matmul_row(m: &bench::MatmulRow) {
    let per_cpu = m.gflops_per_cpu_second.map_or("n/a".into(), |g| format!("{g:.2}"));
    println!("{:<16} {:<12} {:<11} {:>10.3} {:>9.2} {:>9}", m.shape, m.op, m.kernel, m.millis, m.gflops, per_cpu);
}

/// What `wgvae bench train` measures.
struct TrainBench<'a> {
    ks: &'a [u32],
    batch: u32,
    steps: u32,
    repeats: usize,
    per_launch: bool,
}

fn bench_train(adapter: &AdapterArgs, plan: &TrainBench<'_>, kernel: MatmulKernel, json: bool) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    let data = Dataset::bundled_train()?;
    let config = bench::default_model()?;
    let TrainBench { ks, batch, steps, repeats, per_launch } = *plan;
    let run = |k| bench::train(&gpu, &config, &data, k, batch, steps, repeats, per_launch, kernel);
    if json {
        let results = ks.iter().map(|&k| run(k)).collect::<wgvae::Result<Vec<_>>>()?;
        let report =
            serde_json::json!({ "adapter": gpu.describe(), "kernel": format!("{kernel:?}"), "results": results });
        println!("{report}");
        return Ok(());
    }
    println!("adapter: {}", gpu.describe());
    println!(
        "model 784-400-20 relu bernoulli, batch {batch}, matmul kernel {kernel:?}; median of {repeats} repeats of {steps} steps"
    );
    println!(
        "{:<4} {:>10} {:>14} {:>9} {:>9} {:>12}",
        "k", "images/s", "images/cpu-s", "ms/step", "launches", "first step"
    );
    for &k in ks {
        let r = run(k)?;
        println!(
            "{:<4} {:>10.0} {:>14} {:>9.2} {:>9} {:>10.2} s",
            k,
            r.images_per_second,
            r.images_per_cpu_second.map_or("n/a".into(), |v| format!("{v:.0}")),
            r.millis_per_step,
            r.launches_per_step,
            r.first_step_seconds
        );
        if !r.launch_millis.is_empty() {
            println!("     each launch ({}):", r.launch_timing);
        }
        for (name, ms) in &r.launch_millis {
            println!("     {name:<24} {ms:>8.3} ms");
        }
    }
    Ok(())
}

fn bench_all(args: &BenchArgs) -> wgvae::Result<()> {
    let gpu = Gpu::new(&args.adapter.request())?;
    let plan = if args.quick { bench::BenchPlan::quick() } else { bench::BenchPlan::full() };
    let report = bench::all(&gpu, &plan, |part| {
        if !args.json {
            eprintln!("measuring {part} …");
        }
    })?;
    if args.json {
        println!("{}", serde_json::to_string(&report).expect("a report serializes"));
        return Ok(());
    }
    let yes = |b: bool| if b { "yes" } else { "no" };
    println!("adapter: {} ({}, {}, driver {})", report.adapter, report.backend, report.device_type, report.driver);
    println!(
        "features: timestamp queries {} (for the kernel breakdown), subgroups {} ({}), f16 {} (not used yet)",
        yes(report.timestamp_queries),
        yes(report.subgroups),
        if report.subgroups_used { "the vec4 matmuls broadcast shared rows" } else { "not used" },
        yes(report.shader_f16)
    );
    println!("\nmatmul (median of {} repeats; GF/cpu-s = GFLOP per CPU-second of this process)", plan.repeats);
    print_matmul_header();
    report.matmul.iter().for_each(print_matmul_row);
    println!("\ntraining, default model 784-400-20 (median of {} repeats of {} steps)", plan.repeats, plan.steps);
    println!(
        "{:<4} {:>6} {:>10} {:>13} {:>9} {:>9} {:>15}",
        "k", "batch", "images/s", "images/cpu-s", "ms/step", "launches", "host µs/step"
    );
    for t in &report.training {
        let per_cpu = t.images_per_cpu_second.map_or("n/a".into(), |v| format!("{v:.0}"));
        println!(
            "{:<4} {:>6} {:>10.0} {:>13} {:>9.2} {:>9} {:>15.0}",
            t.k, t.batch, t.images_per_second, per_cpu, t.millis_per_step, t.launches_per_step, t.host_micros_per_step
        );
    }
    println!("\nthe launches of one step (k = 1, batch 128), {}:", report.kernel_timing);
    for k in &report.kernels {
        println!("  {:<24} {:>8.3} ms {:>5.1}%", k.name, k.millis, 100.0 * k.share);
    }
    let e = &report.evaluation;
    println!(
        "\nevaluation: {:.0} importance samples/s (K = {}, {} images, {:.1} s)",
        e.samples_per_second, e.k, e.images, e.seconds
    );
    println!("time to the first training step: {:.2} s", report.time_to_first_step_seconds);
    Ok(())
}

/// Ctrl-C (SIGINT) and SIGTERM ask a training run to stop after its current step and save
/// its state; a second one ends the process at once.
fn stop_on_signals() {
    #[cfg(unix)]
    {
        extern "C" fn handle(signal: libc::c_int) {
            run::request_stop();
            // SAFETY: signal() is async-signal-safe; the default disposition for the next one.
            unsafe {
                libc::signal(signal, libc::SIG_DFL);
            }
        }
        // SAFETY: the handler only stores to an atomic and resets its own disposition.
        unsafe {
            libc::signal(libc::SIGINT, handle as *const () as libc::sighandler_t);
            libc::signal(libc::SIGTERM, handle as *const () as libc::sighandler_t);
        }
    }
}

fn main() -> ExitCode {
    // Output piped into `head` and the like ends quietly, as with other Unix tools, not with a
    // panic on the closed pipe.
    #[cfg(unix)]
    // SAFETY: sets the default disposition of one signal, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Adapters(args) => adapters(args),
        Command::Train(args) => train(args),
        Command::Eval(args) => eval(args),
        Command::Sample(args) => sample(args),
        Command::Reconstruct(args) => reconstruct(args),
        Command::Encode(args) => encode(args),
        Command::LatentMap(args) => latent_map(args),
        Command::Gmm(args) => gmm(args),
        Command::Bench(args) => match &args.what {
            None => bench_all(args),
            Some(BenchWhat::Train { k, batch, steps, repeats, per_launch, kernel, json }) => {
                let plan =
                    TrainBench { ks: k, batch: *batch, steps: *steps, repeats: *repeats, per_launch: *per_launch };
                bench_train(&args.adapter, &plan, *kernel, *json)
            }
            Some(BenchWhat::Tune { shapes }) => bench_tune(&args.adapter, shapes),
            Some(BenchWhat::Matmul { kernel, repeats, shapes }) => {
                bench_matmul(&args.adapter, *kernel, *repeats, shapes)
            }
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wgvae: {e}");
            // 130: what a shell reports for a command that Ctrl-C ended.
            if matches!(e, wgvae::Error::Interrupted(_)) { ExitCode::from(130) } else { ExitCode::FAILURE }
        }
    }
}
