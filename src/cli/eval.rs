//! `wgvae eval`: log p(x) of a trained model by importance sampling, with the bounds.

use clap::Args;
use pollster::FutureExt as _;
use std::path::PathBuf;
use wgvae::data::Dataset;
use wgvae::data::gpu_images::DataMode;
use wgvae::eval::{EvalOptions, Evaluator};
use wgvae::gpu::{AdapterRequest, Gpu};
use wgvae::model::ModelConfig;
use wgvae::model::aggregate_posterior;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::likelihood::bits_per_dim;
use wgvae::ranks::Ranks;

use super::{Binarize, LatentMixtureArgs, ModelOnDataArgs, default_binarize, model_and_data};

#[derive(Args)]
pub struct EvalArgs {
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
    /// none for the Gaussian and the logistic.
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
    /// The images on the GPU whole, or streamed batch by batch (auto: streamed when they do
    /// not fit one storage binding). Same numbers either way.
    #[arg(long, value_enum, default_value_t = DataMode::Auto)]
    data_mode: DataMode,
    /// How far the aggregate posterior is from the prior: a mixture fitted to the encoder's
    /// means of the training images, and its KL to N(0, I) by Monte Carlo.
    #[command(flatten)]
    mixture: LatentMixtureArgs,
    /// Skip the latent mixture and its KL.
    #[arg(long)]
    no_latent_mixture: bool,
}

/// Draws from the latent mixture for its KL to the prior.
const KL_SAMPLES: usize = 20_000;

/// The aggregate posterior's distance from the prior, as eval reports it.
struct AggregatePosterior {
    components: usize,
    images: usize,
    data: String,
    reused: bool,
    /// KL(mixture ‖ N(0, I)) and its standard error, over every dimension and over the active
    /// ones.
    kl: (f64, f64),
    active: Vec<usize>,
    kl_active: (f64, f64),
}

impl AggregatePosterior {
    /// None where the training images are fewer than the components (said on stderr).
    fn measure(args: &EvalArgs, gpu: &Gpu, config: &ModelConfig, params: &GpuParams) -> wgvae::Result<Option<Self>> {
        let (dir, kernel) = (&args.model.checkpoint, args.model.kernel);
        let data = args.mixture.training_data(dir, config, &args.model.read)?;
        if data.count < args.mixture.components as usize {
            eprintln!(
                "aggregate posterior: not fitted, {} has {} images for {} components (--components)",
                data.source.display(),
                data.count,
                args.mixture.components
            );
            return Ok(None);
        }
        let (mixture, reused) = args.mixture.load_or_fit(gpu, dir, config, params, &data, kernel)?;
        let means = aggregate_posterior::encoded_means(gpu, config, params, &data, kernel).block_on()?;
        let active = aggregate_posterior::active_dimensions(&means, config.latent());
        let all: Vec<usize> = (0..config.latent()).collect();
        Ok(Some(AggregatePosterior {
            components: mixture.key.components,
            images: data.count,
            data: data.source.display().to_string(),
            reused,
            kl: mixture.kl_to_standard_normal(&all, KL_SAMPLES, args.seed),
            kl_active: mixture.kl_to_standard_normal(&active, KL_SAMPLES, args.seed),
            active,
        }))
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "components": self.components,
            "training_images": self.images,
            "data": self.data,
            "reused": self.reused,
            "kl_to_prior": self.kl.0,
            "kl_to_prior_stderr": self.kl.1,
            "active_dimensions": self.active,
            "kl_to_prior_active": self.kl_active.0,
            "kl_to_prior_active_stderr": self.kl_active.1,
            "monte_carlo_samples": KL_SAMPLES,
        })
    }
}

pub fn run(args: &EvalArgs) -> wgvae::Result<()> {
    super::alone_or_as_rank(|ranks, local_rank| eval(args, ranks, local_rank))
}

/// The evaluation, alone or as one rank of an MPI job (the images' batches shared among the
/// ranks, rank 0 printing and writing what all of them estimated).
fn eval(args: &EvalArgs, ranks: Option<&dyn Ranks>, local_rank: Option<u32>) -> wgvae::Result<()> {
    let ranks = ranks.filter(|r| r.size() > 1);
    let say = ranks.is_none_or(|r| r.rank() == 0);
    let (config, params, data) = model_and_data(&args.model)?;
    args.mixture.check()?;
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
        data_mode: args.data_mode,
    };
    let gpu = Gpu::new(&AdapterRequest { local_rank, ..args.model.adapter.request() })?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let mut evaluator = Evaluator::new(&gpu, &config, &gpu_params, &data, options.clone())?;
    let show = say && !args.json && std::io::IsTerminal::is_terminal(&std::io::stderr());
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
    let report = evaluator
        .run_with_ranks(ranks, |done, total| {
            bar.set_length(total);
            bar.set_position(done);
            bar.set_message(format!("{:.0} samples/s", done as f64 / started.elapsed().as_secs_f64().max(1e-9)));
        })
        .block_on()?;
    bar.finish_and_clear();
    if !say {
        return Ok(());
    }
    if let Some(path) = &args.per_image {
        wgvae::files::write_atomic(path, report.per_image_csv(data.labels.as_deref()).as_bytes())?;
    }
    let aggregate = match args.no_latent_mixture {
        true => None,
        false => AggregatePosterior::measure(args, &gpu, &config, &gpu_params)?,
    };
    if args.json {
        let mut json = eval_json(&report, &config, &data, &gpu, &options, binarize, evaluator.chunk);
        json["aggregate_posterior"] = aggregate.as_ref().map_or(serde_json::Value::Null, AggregatePosterior::json);
        println!("{json}");
        return Ok(());
    }
    println!("adapter: {}", gpu.describe());
    println!(
        "model: {} ({} {:?}, latent {})",
        args.model.checkpoint.display(),
        config.describe(),
        config.likelihood,
        config.latent()
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
    // Bits per dimension where log p(x|z) is a probability of the data (not a density).
    let dim = config.input_dim();
    let binary = options.binarize || data.is_binary();
    let bpd = config.likelihood.is_mass_function(binary);
    println!();
    println!(
        "{:<40} {:>10} {:>8}{}",
        "nats per image (mean over images)",
        "mean",
        "± s.e.",
        if bpd { format!(" {:>9}", "bits/dim") } else { String::new() }
    );
    let row = |name: String, m: wgvae::eval::Mean, with_bpd: bool| {
        let bits = if bpd && with_bpd { format!(" {:>9.4}", bits_per_dim(m.mean, dim)) } else { String::new() };
        println!("{name:<40} {:>10.3} {:>8.3}{bits}", m.mean, m.stderr)
    };
    row("ELBO (analytic KL)".into(), report.elbo(), true);
    row("  E_q log p(x|z) (reconstruction)".into(), report.mean(|e| e.reconstruction), false);
    row("  KL(q(z|x) || p(z))".into(), report.mean(|e| e.kl), false);
    for (k, m) in report.bounds_by_k() {
        let name =
            if k == report.samples { format!("log p(x) ≈ importance sampling, K = {k}") } else { format!("L_{k}") };
        row(name, m, true);
    }
    if let Some(m) = report.naive() {
        row(format!("naive Monte Carlo (prior), K = {}", report.naive_samples), m, true);
    }
    if let Some(reason) = config.likelihood.no_bits_per_dim_reason(binary) {
        println!("(no bits/dim: {reason}; --likelihood logistic models the 8-bit values)");
    }
    println!();
    println!("effective sample size: mean {:.1} of K = {}", report.mean(|e| e.ess).mean, report.samples);
    println!(
        "active units: {} of {} (Var_x E_q[z_i] > {})",
        report.active_units,
        config.latent(),
        wgvae::eval::ACTIVE_UNIT_THRESHOLD
    );
    if let Some(a) = &aggregate {
        println!(
            "aggregate posterior: a {}-component mixture fitted to the encoder's means of the {} images of {} ({})",
            a.components,
            a.images,
            a.data,
            if a.reused { "reused" } else { "fitted now, saved beside the checkpoint" },
        );
        println!(
            "  KL(mixture || N(0, I)) by Monte Carlo ({KL_SAMPLES} draws): {:.2} ± {:.2} nats over all {} dimensions, {:.2} ± {:.2} over the {} active ones",
            a.kl.0,
            a.kl.1,
            config.latent(),
            a.kl_active.0,
            a.kl_active.1,
            a.active.len()
        );
    }
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
    let dim = config.input_dim();
    let bits_per_dim = config.likelihood.is_mass_function(options.binarize || data.is_binary()).then(|| {
        serde_json::json!({
            "elbo": bits_per_dim(report.elbo().mean, dim),
            "log_likelihood": bits_per_dim(report.log_likelihood().mean, dim),
        })
    });
    serde_json::json!({
        "n_images": data.count,
        "k": report.samples,
        "elbo": report.elbo().mean,
        "log_likelihood": report.log_likelihood().mean,
        "bits_per_dim": bits_per_dim,
        "dimensions": dim,
        "likelihood": config.likelihood,
        "iwae": iwae,
        "naive_mc": report.naive().map(|m| m.mean),
        "naive_k": report.naive_samples,
        "ess_mean": report.mean(|e| e.ess).mean,
        "active_units": report.active_units,
        "latent": config.latent(),
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
