//! The wgvae command line: the commands, each in its module under src/cli/ with its
//! arguments, and what every run does first (a runtime directory for Mesa, default SIGPIPE).

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "wgvae", version, about = "Variational autoencoders on any GPU (or none) through wgpu")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every adapter and mark the one wgvae picks.
    Adapters(cli::adapters::AdaptersArgs),
    /// Train a VAE (by default the classic 784-400-20 MNIST VAE on the bundled digits).
    Train(cli::train::TrainArgs),
    /// Estimate log p(x) of a trained model by importance sampling, with the ELBO, the bounds
    /// L_k and the naive Monte Carlo estimate from the same run.
    Eval(cli::eval::EvalArgs),
    /// Draw images from a trained model: z ~ N(0, I) decoded on the GPU, a grid of the
    /// decoder's means (with --draw, of images drawn from p(x|z)).
    Sample(cli::sample::SampleArgs),
    /// Images beside their reconstructions (the decoder's mean at z = μ(x)).
    Reconstruct(cli::reconstruct::ReconstructArgs),
    /// Each image's μ and log σ² of q(z|x), with its label, as .npy (NumPy) or .csv (pandas).
    Encode(cli::encode::EncodeArgs),
    /// Where the data lands in the latent space, coloured by label: for a 2-D latent the
    /// decoded manifold over a grid of z beside the scatter of the encoded data; for more
    /// dimensions the scatter on the first two principal components of the means.
    LatentMap(cli::latent_map::LatentMapArgs),
    /// Fit a mixture of diagonal Gaussians by EM on the GPU (k-means++ seeding): the exact
    /// log-likelihood per iteration, the means as a picture, the clusters against the labels.
    Gmm(cli::gmm::GmmArgs),
    /// Look at a data set (`info`), or write one once as a .npy file (`convert`).
    Data(cli::data::DataArgs),
    /// Measure throughput on the chosen adapter: with no subcommand, everything (matmuls,
    /// training, the kernels of a step, evaluation, time to the first step).
    Bench(cli::bench::BenchArgs),
}

fn main() -> ExitCode {
    // Output piped into `head` and the like ends quietly, as with other Unix tools, not with a
    // panic on the closed pipe.
    #[cfg(unix)]
    // SAFETY: sets the default disposition of one signal, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // Parsed first: --help, --version and bad options end the process inside parse(), before
    // there is a directory to remove.
    let cli = Cli::parse();
    // SAFETY: no thread exists yet (parsing starts none).
    let _runtime_dir = unsafe { wgvae::gpu::RuntimeDir::for_this_process() };
    // SAFETY: as above.
    unsafe { wgvae::gpu::software_threads::share_among_local_ranks() };
    let result = match &cli.command {
        Command::Adapters(args) => cli::adapters::run(args),
        Command::Train(args) => cli::train::run(args),
        Command::Eval(args) => cli::eval::run(args),
        Command::Sample(args) => cli::sample::run(args),
        Command::Reconstruct(args) => cli::reconstruct::run(args),
        Command::Encode(args) => cli::encode::run(args),
        Command::LatentMap(args) => cli::latent_map::run(args),
        Command::Gmm(args) => cli::gmm::run(args),
        Command::Bench(args) => cli::bench::run(args),
        Command::Data(args) => cli::data::run(args),
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
