//! `wgvae sample`: images drawn from a trained model.

use pollster::FutureExt as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use wgvae::gpu::Gpu;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::aggregate_posterior;
use wgvae::model::checkpoint;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Decoder};
use wgvae::pictures;
use wgvae::reference::rng::Stream;

use super::{AdapterArgs, LatentMixtureArgs, ReadArgs, picture_count};

#[derive(Args)]
pub struct SampleArgs {
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
    /// Where z comes from: the prior N(0, I), or a Gaussian mixture fitted to where the encoder
    /// puts the training images (the aggregate posterior), which the decoder knows better.
    #[arg(long, value_enum, default_value_t = Prior::Normal)]
    prior: Prior,
    #[command(flatten)]
    mixture: LatentMixtureArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// The distribution samples draw z from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Prior {
    /// N(0, I), the model's prior.
    Normal,
    /// A diagonal Gaussian mixture of --components fitted to the encoder's means of the
    /// training images.
    Gmm,
}

pub fn run(args: &SampleArgs) -> wgvae::Result<()> {
    let (config, params) = checkpoint::load(&args.checkpoint)?;
    let n = picture_count(args.count, "samples")?;
    args.mixture.check()?;
    let gpu = Gpu::new(&args.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let decoder = Decoder::build(&gpu, &config, &gpu_params, n.min(inference::BATCH), args.kernel)?;
    let key = |stream: Stream| stream.key(args.seed, 0);
    let (z, source) = match args.prior {
        Prior::Normal => {
            let z =
                inference::prior_samples(&gpu, key(Stream::PriorSamples), n as usize, config.latent()).block_on()?;
            (z, "z ~ N(0, I)".to_string())
        }
        Prior::Gmm => {
            let (dir, read) = (&args.checkpoint, &args.read);
            let data = args.mixture.training_data(dir, &config, read)?;
            let (mixture, reused) = args.mixture.load_or_fit(&gpu, dir, &config, &gpu_params, &data, args.kernel)?;
            let how = if reused { "reused" } else { "fitted now" };
            let source = format!(
                "z from a {}-component mixture fitted to the encoder's means of the {} images of {} ({} in {}, {how})",
                mixture.key.components,
                data.count,
                data.source.display(),
                aggregate_posterior::LATENT_MIXTURE_FILE,
                dir.display()
            );
            (mixture.sample(n as usize, args.seed), source)
        }
    };
    let decoded = decoder.decode(&gpu, &z).block_on()?;
    let images = if args.draw {
        inference::draw_images(&gpu, &decoded, key(Stream::DecoderDraws)).block_on()?
    } else {
        decoded.means
    };
    let picture = pictures::grid(&images, config.input(), pictures::square_columns(n as usize))?;
    pictures::save_picture(&args.out, &picture)?;
    let what = if args.draw { "images drawn from p(x|z)" } else { "decoder means" };
    println!("wrote {}: {n} samples ({what}), {source}, seed {}", args.out.display(), args.seed);
    Ok(())
}
