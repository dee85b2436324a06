//! `wgvae gmm`: a Gaussian mixture fitted by EM on the GPU.

use std::path::PathBuf;

use clap::Args;
use wgvae::gpu::Gpu;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::mixture::{self, fit::FitOptions, run::GmmRun};
use wgvae::model::likelihood::DEFAULT_LOGVAR_FLOOR;
use wgvae::train::run::default_out_dir;

use super::{AdapterArgs, TrainingDataArgs};

#[derive(Args)]
pub struct GmmArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    #[command(flatten)]
    data: TrainingDataArgs,
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

pub fn run(args: &GmmArgs) -> wgvae::Result<()> {
    let (train, test) = args.data.load()?;
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
