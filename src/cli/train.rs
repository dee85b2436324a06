//! `wgvae train`: a new run, or one continued with --resume.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use wgvae::data::Dataset;
use wgvae::data::gpu_images::DataMode;
use wgvae::gpu::{AdapterRequest, Gpu};
use wgvae::kernels::adam::AdamConfig;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::likelihood::{DEFAULT_LOG_SCALE_FLOOR, DEFAULT_LOGVAR_FLOOR, GaussianMean, Likelihood};
use wgvae::model::{ModelConfig, Objective, Parameters};
use wgvae::ranks::Ranks;
use wgvae::train::TrainOptions;
use wgvae::train::run::{self, default_out_dir};
use wgvae::train::schedule::{KlWeight, LrDecay, LrSchedule};
use wgvae::train::state::TrainingState;

use super::{AdapterArgs, ArchitectureArgs, Binarize, TrainingDataArgs, default_binarize};

#[derive(Args)]
pub struct TrainArgs {
    #[command(flatten)]
    adapter: AdapterArgs,
    #[command(flatten)]
    data: TrainingDataArgs,
    #[command(flatten)]
    architecture: ArchitectureArgs,
    #[arg(long, value_enum, default_value_t = Likelihood::Bernoulli)]
    likelihood: Likelihood,
    /// Gaussian decoder: the floor of the per-pixel log-variance (soft: floor + softplus).
    #[arg(long, default_value_t = DEFAULT_LOGVAR_FLOOR, allow_hyphen_values = true)]
    logvar_floor: f32,
    /// Logistic decoder: the floor of the per-subpixel log-scale (soft: floor + softplus).
    #[arg(long, default_value_t = DEFAULT_LOG_SCALE_FLOOR, allow_hyphen_values = true)]
    log_scale_floor: f32,
    /// Gaussian and logistic decoders: the mean through a sigmoid (data in [0, 1]) or as it is.
    /// Default: sigmoid for the Gaussian, identity for the logistic.
    #[arg(long, value_enum)]
    gaussian_mean: Option<GaussianMean>,
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
    /// Default: dynamic for the Bernoulli decoder, none for the Gaussian and the logistic.
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
    /// The images on the GPU whole, or kept in memory and streamed a batch ahead of each step
    /// (auto: streamed when they do not fit one storage binding). Same numbers either way.
    #[arg(long, value_enum, default_value_t = DataMode::Auto)]
    data_mode: DataMode,
    /// Images per forward/backward chunk, a divisor of --batch: the chunks' gradients are summed
    /// before the update (gradient accumulation), the same step in less memory. Default: the
    /// whole batch where the adapter's buffers hold it, else the largest divisor they do.
    #[arg(long)]
    chunk: Option<u32>,
    /// The KL term's weight β (β-VAE; 1: the bound itself). Held-out figures are always of the
    /// true ELBO (β = 1), so runs compare.
    #[arg(long, default_value_t = 1.0, allow_negative_numbers = true)]
    beta: f32,
    /// KL warm-up: β rises linearly from 0 to --beta over this many epochs, step by step.
    #[arg(long, value_name = "EPOCHS", default_value_t = 0)]
    kl_warmup: u32,
    /// Free bits (ELBO): nats per latent dimension below which the batch's KL term is held
    /// constant, so that dimension's KL has no gradient (Kingma et al. 2016).
    #[arg(long, value_name = "NATS", default_value_t = 0.0, allow_negative_numbers = true)]
    free_bits: f32,
    /// The learning rate over the run: constant, cosine decay to --lr-min over
    /// --lr-decay-epochs, or times --lr-gamma every --lr-step-epochs; after --warmup-steps.
    #[arg(long, value_enum, default_value_t = ScheduleKind::Constant)]
    lr_schedule: ScheduleKind,
    /// The learning rate rises linearly over this many first steps (lr/W, 2 lr/W, ... lr).
    #[arg(long, default_value_t = 0)]
    warmup_steps: u32,
    /// Cosine: the epochs the decay takes (default: --epochs); the rate stays at --lr-min after.
    #[arg(long)]
    lr_decay_epochs: Option<u32>,
    /// Cosine: the rate at the end of the decay.
    #[arg(long, default_value_t = 0.0, allow_negative_numbers = true)]
    lr_min: f32,
    /// Step: the rate is multiplied by --lr-gamma every this many epochs.
    #[arg(long)]
    lr_step_epochs: Option<u32>,
    /// Step: the factor of each step down.
    #[arg(long, default_value_t = 0.1, allow_negative_numbers = true)]
    lr_gamma: f32,
    /// Scale each step's gradients (all layers together) down to this global norm where it is
    /// larger (computed on the GPU).
    #[arg(long, value_name = "C", allow_negative_numbers = true)]
    clip_grad_norm: Option<f32>,
    /// After every epoch also pictures/mixture-samples-<epoch>.png: z drawn from a mixture of
    /// this many components fitted to the encoder's means of the training images (saved as
    /// latent_mixture.safetensors, which `wgvae sample --prior gmm` reuses).
    #[arg(long, value_name = "K", conflicts_with = "no_pictures")]
    sample_components: Option<u32>,
    /// Skip the pictures written after each epoch (pictures/samples-<epoch>.png,
    /// pictures/recon-<epoch>.png, curves.png).
    #[arg(long)]
    no_pictures: bool,
    /// Continue the run saved in this folder (after an epoch, or where Ctrl-C stopped it) until
    /// --epochs in all, with its own model, data and options, writing into the same folder.
    #[arg(long, value_name = "DIR", conflicts_with_all = [
        "data", "test_data", "grayscale", "image_size", "arch", "hidden", "latent", "activation", "negative_slope", "conv_channels", "resnet_widths", "resnet_blocks", "likelihood", "logvar_floor",
        "log_scale_floor", "gaussian_mean", "objective", "k", "batch", "lr", "seed", "binarize", "out", "eval_every", "eval_k",
        "beta", "kl_warmup", "free_bits", "lr_schedule", "warmup_steps", "lr_decay_epochs", "lr_min", "lr_step_epochs",
        "lr_gamma", "clip_grad_norm",
    ])]
    resume: Option<PathBuf>,
}

/// How the learning rate decays after its warm-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ScheduleKind {
    Constant,
    Cosine,
    Step,
}

impl TrainArgs {
    fn lr_schedule(&self) -> wgvae::Result<LrSchedule> {
        let decay = match self.lr_schedule {
            ScheduleKind::Constant => LrDecay::Constant,
            ScheduleKind::Cosine => {
                LrDecay::Cosine { epochs: self.lr_decay_epochs.unwrap_or(self.epochs), min_lr: self.lr_min }
            }
            ScheduleKind::Step => match self.lr_step_epochs {
                Some(every_epochs) => LrDecay::Step { every_epochs, gamma: self.lr_gamma },
                None => {
                    return Err(wgvae::Error::Invalid(
                        "--lr-schedule step: say every how many epochs with --lr-step-epochs N".into(),
                    ));
                }
            },
        };
        Ok(LrSchedule { decay, warmup_steps: self.warmup_steps })
    }
}

/// A new run's model, options and data from the command line.
fn fresh_run(args: &TrainArgs) -> wgvae::Result<(ModelConfig, TrainOptions, Dataset, Option<Dataset>)> {
    let (train_data, test_data) = args.data.load()?;
    let outputs = args.likelihood.outputs_per_dim() as usize;
    let architecture = args.architecture.build(train_data.shape(), outputs)?;
    let mut config = ModelConfig::new(architecture, args.likelihood)?;
    config.logvar_floor = args.logvar_floor;
    config.gaussian_mean = args.gaussian_mean.unwrap_or(args.likelihood.default_mean());
    if config.log_scale_floor.is_some() {
        config.log_scale_floor = Some(args.log_scale_floor);
    }
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
        data_mode: args.data_mode,
        kl: KlWeight { beta: args.beta, warmup_epochs: args.kl_warmup, free_bits: args.free_bits },
        lr_schedule: args.lr_schedule()?,
        clip_grad_norm: args.clip_grad_norm,
    };
    options.check_run(&train_data, args.epochs)?;
    Ok((config, options, train_data, test_data))
}

/// A saved run's model, options and data, found where it found them, to go on until `epochs`.
fn resumed_run(
    state: &TrainingState,
    epochs: u32,
) -> wgvae::Result<(ModelConfig, TrainOptions, Dataset, Option<Dataset>)> {
    let p = &state.progress;
    let train_data = match &p.data {
        Some(path) => Dataset::load_with(path, p.read)?,
        None => Dataset::bundled_train()?.transformed(p.read)?,
    };
    let test_data = match (&p.data, &p.test_data) {
        (_, Some(path)) => Some(Dataset::load_with(path, p.read)?),
        (None, None) => Some(Dataset::bundled_test()?.transformed(p.read)?),
        (Some(_), None) => None,
    };
    p.options.check_run(&train_data, epochs)?;
    Ok((state.config.clone(), p.options.clone(), train_data, test_data))
}

pub fn run(args: &TrainArgs) -> wgvae::Result<()> {
    super::alone_or_as_rank(|ranks, local_rank| train(args, ranks, local_rank))
}

/// A run, alone (`ranks` None) or as one rank of a data-parallel job on the machine's
/// `local_rank`-th hardware adapter (where `--adapter` names none).
fn train(args: &TrainArgs, ranks: Option<&dyn Ranks>, local_rank: Option<u32>) -> wgvae::Result<()> {
    // One rank alone (mpirun -n 1) trains as one process.
    let ranks = ranks.filter(|r| r.size() > 1);
    let say = ranks.is_none_or(|r| r.rank() == 0);
    let resumed = args.resume.as_deref().map(TrainingState::load).transpose()?;
    let (config, mut options, train_data, test_data) = match &resumed {
        Some(state) => resumed_run(state, args.epochs)?,
        None => fresh_run(args)?,
    };
    // Every matmul kernel computes the same bits, and streamed data the same as resident: a
    // resumed run may take another. Chunks change only the order of the gradients' sums.
    options.kernel = args.kernel;
    options.data_mode = args.data_mode;
    if args.chunk.is_some() {
        options.chunk = args.chunk;
    }
    if let Some(r) = ranks {
        options.check_shares(r.size())?;
    }
    if let Some(k) = args.sample_components.filter(|&k| k == 0 || k as usize > train_data.count) {
        return Err(wgvae::Error::Invalid(format!(
            "--sample-components {k}: a mixture of 1 to {} components (the training images)",
            train_data.count
        )));
    }
    let binarize = if options.binarize { Binarize::Dynamic } else { Binarize::None };
    let gpu = Gpu::new(&AdapterRequest { local_rank, ..args.adapter.request() })?;
    let chunk = match ranks {
        Some(r) => options.batch / r.size(),
        None => options.chunk_points(&config, &gpu.limits)?,
    };
    let out = args.resume.clone().or_else(|| args.out.clone()).unwrap_or_else(default_out_dir);
    if let Some(r) = ranks {
        // Every rank says where it runs: the one line each prints.
        println!("rank {} of {}: adapter {}", r.rank(), r.size(), gpu.describe());
    }
    if !say {
        let start = match &resumed {
            Some(state) => run::Start::Resume(state),
            None => run::Start::Fresh(&Parameters::init(&config, options.seed as u64)),
        };
        let display = run::RunDisplay { progress: false, pictures: false, mixture_components: None };
        stop_on_signals();
        return run::train(
            &gpu,
            &config,
            &options,
            start,
            &train_data,
            test_data.as_ref(),
            args.epochs,
            &out,
            display,
            ranks,
        )
        .map(|_| ());
    }
    println!("adapter: {}", gpu.describe());
    println!(
        "model: {} {:?} VAE, {} parameters; objective {:?} k={}; batch {}{}, Adam lr {}",
        config.describe(),
        config.likelihood,
        config.parameter_count(),
        options.objective,
        options.samples,
        options.batch,
        match (ranks, options.batch / chunk) {
            (Some(r), _) => format!(" over {} ranks, {chunk} images each", r.size()),
            (None, 1) => String::new(),
            (None, chunks) => format!(" in {chunks} chunks of {chunk}"),
        },
        options.adam.lr
    );
    let levers: Vec<String> = [
        options.kl.describe(),
        options.lr_schedule.describe(),
        options.clip_grad_norm.map(|c| format!("gradients clipped to a global norm of {c}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !levers.is_empty() {
        println!("training: {}", levers.join("; "));
    }
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
    let display = run::RunDisplay { progress, pictures: !args.no_pictures, mixture_components: args.sample_components };
    stop_on_signals();
    let summary =
        run::train(&gpu, &config, &options, start, &train_data, test_data.as_ref(), args.epochs, &out, display, ranks)?;
    let per_step = match ranks {
        None => "one compute pass, one submit".to_string(),
        Some(r) => {
            format!("this rank's share, one read-back and the exchange among {} ranks, then the sum and Adam", r.size())
        }
    };
    println!(
        "done: {} launches per step ({per_step}); first step finished {:.2} s after start",
        summary.launches_per_step,
        summary.time_to_first_step.as_secs_f64()
    );
    let e = summary.exchange;
    if e.steps > 0 {
        let us = |d: std::time::Duration| d.as_secs_f64() * 1e6 / e.steps as f64;
        println!(
            "per step on rank 0: its share (and the last step's sum and Adam) {:.0} µs, read-back {:.0} µs, all-gather {:.0} µs ({} bytes from each rank), upload {:.0} µs",
            us(e.share),
            us(e.read_back),
            us(e.gather),
            e.bytes_per_rank,
            us(e.upload)
        );
    }
    Ok(())
}

/// Ctrl-C (SIGINT), SIGTERM and SIGUSR1 ask a training run to stop after its current step and
/// save its state; a second one ends the process at once. SIGUSR1 is for jobs: mpirun forwards
/// it to every rank without ending the job (SIGINT and SIGTERM it turns into SIGTERM followed by
/// SIGKILL a second later), and Slurm sends it ahead of a time limit when asked
/// (`--signal=USR1@120`).
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
            libc::signal(libc::SIGUSR1, handle as *const () as libc::sighandler_t);
        }
    }
}
