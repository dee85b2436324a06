//! `wgvae gmm`: fit the mixture by EM on the GPU, print the exact log-likelihood per iteration,
//! and write the parameters, the assignments and the pictures; with labels, how the clusters
//! match them; with `--estimators`, the estimators beside the exact answer.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::clustering::{matched_accuracy, normalized_mutual_information};
use super::estimators::compare;
use super::fit::{FitOptions, GpuMixture, GpuPoints, assignments, fit};
use super::{MIXTURE_FORMAT_VERSION, Mixture, MixtureConfig, save};
use crate::data::Dataset;
use crate::error::Result;
use crate::files::write_atomic;
use crate::gpu::Gpu;
use crate::pictures::{self, grid};
use crate::plots;

/// What `wgvae gmm` was asked to do.
pub struct GmmRun<'a> {
    pub train: &'a Dataset,
    pub test: Option<&'a Dataset>,
    pub fit: FitOptions,
    pub out: PathBuf,
    /// Importance samples per image for the estimators' comparison (None: no comparison).
    pub estimator_samples: Option<usize>,
}

/// Pixels in [0, 1], [N, D].
fn scaled(data: &Dataset) -> Vec<f32> {
    data.images.iter().map(|&p| p as f32 / 255.0).collect()
}

fn print_clustering(what: &str, clusters: &[usize], labels: Option<&[u8]>) {
    if let Some(labels) = labels {
        println!(
            "{what}: clustering accuracy {:.3} (clusters matched one-to-one to labels), NMI {:.3}",
            matched_accuracy(clusters, labels),
            normalized_mutual_information(clusters, labels)
        );
    }
}

/// The means as images, largest weight first, and the weights in the same order.
fn write_pictures(run: &GmmRun<'_>, mixture: &Mixture) -> Result<()> {
    let (k, d) = (mixture.components(), mixture.dim);
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| mixture.weights[b].total_cmp(&mixture.weights[a]));
    let means: Vec<f32> = order.iter().flat_map(|&c| mixture.means[c * d..][..d].iter().copied()).collect();
    let shape = run.train.shape();
    let means_path = run.out.join("means.png");
    pictures::save_picture(&means_path, &grid(&means, shape, k.min(10))?)?;
    let bars: Vec<(String, f64)> = order.iter().map(|&c| (c.to_string(), mixture.weights[c] as f64)).collect();
    let title = format!("mixing weights p(z = k) of {k} components, largest first");
    let picture = plots::canvas((640, 360), |area| plots::bars(area, &title, ["component k", "p(z = k)"], &bars))?;
    let weights_path = run.out.join("weights.png");
    pictures::save_png(&weights_path, &picture)?;
    println!(
        "wrote {} (the means, largest weight first, left to right) and {}",
        means_path.display(),
        weights_path.display()
    );
    Ok(())
}

pub fn run(gpu: &Gpu, run: &GmmRun<'_>) -> Result<()> {
    let (train, k) = (run.train, run.fit.components);
    let d = train.dim();
    let x = scaled(train);
    println!("adapter: {}", gpu.describe());
    println!(
        "mixture: {k} diagonal Gaussians over {d} pixels in [0, 1], variances ≥ exp({}); EM until the change < {} nats/image or {} iterations",
        run.fit.logvar_floor, run.fit.tolerance, run.fit.iterations
    );
    println!(
        "data: {} images from {}; held-out: {}",
        train.count,
        train.source.display(),
        run.test.map_or("none".into(), |t| format!("{} images from {}", t.count, t.source.display()))
    );
    let start = web_time::Instant::now();
    let mut last = None;
    let result = fit(gpu, &x, d, &run.fit, |iteration, ll| {
        let change = last.map_or(String::new(), |l: f64| format!("  change {:+.4}", ll - l));
        println!("iteration {iteration:>4}  log-likelihood {ll:>10.3} nats/image{change}");
        last = Some(ll);
    })?;
    let seconds = start.elapsed().as_secs_f64();
    let ll = result.log_likelihood();
    println!(
        "{} after {} iterations ({seconds:.1} s): exact log p(x) of the training images {ll:.3} nats/image",
        if result.converged { "converged" } else { "stopped without converging" },
        result.iterations()
    );
    let clusters = assignments(&result.responsibilities, k);
    print_clustering("training images", &clusters, train.labels.as_deref());

    let heldout = match run.test {
        Some(test) => {
            test.check_image_shape(train.shape(), "held-out data")?;
            let on_gpu = GpuMixture::upload(gpu, &result.mixture)?;
            let points = GpuPoints::new(gpu, &scaled(test), &on_gpu, run.fit.kernel, run.fit.chunk)?;
            let ll = points.score(gpu)?;
            println!("held-out: exact log p(x) {ll:.3} nats/image");
            let (log_joint, resp) = points.posterior(gpu)?;
            print_clustering("held-out images", &assignments(&resp, k), test.labels.as_deref());
            Some((ll, log_joint))
        }
        None => None,
    };

    let config = MixtureConfig {
        format_version: MIXTURE_FORMAT_VERSION,
        model: "gaussian_mixture".into(),
        covariance: "diagonal".into(),
        components: k,
        input_dim: d,
        image_shape: [train.height, train.width],
        logvar_floor: run.fit.logvar_floor,
        iterations: result.iterations(),
        converged: result.converged,
        log_likelihood: ll,
        heldout_log_likelihood: heldout.as_ref().map(|h| h.0),
    };
    save(&run.out, &config, &result.mixture)?;
    let mut csv = String::from("image,cluster,responsibility");
    csv += if train.labels.is_some() { ",label\n" } else { "\n" };
    for (n, &c) in clusters.iter().enumerate() {
        write!(csv, "{n},{c},{}", result.responsibilities[n * k + c]).expect("writing to a String");
        match &train.labels {
            Some(labels) => writeln!(csv, ",{}", labels[n]),
            None => writeln!(csv),
        }
        .expect("writing to a String");
    }
    let history: String = std::iter::once("iteration,log_likelihood\n".to_string())
        .chain(result.history.iter().enumerate().map(|(i, ll)| format!("{i},{ll}\n")))
        .collect();
    write_atomic(&run.out.join("assignments.csv"), csv.as_bytes())?;
    write_atomic(&run.out.join("history.csv"), history.as_bytes())?;
    println!(
        "wrote {}: model.safetensors, config.json, assignments.csv (training images), history.csv",
        run.out.display()
    );
    write_pictures(run, &result.mixture)?;

    if let Some(samples) = run.estimator_samples {
        let (what, log_joint) = match &heldout {
            Some((_, log_joint)) => ("held-out", log_joint),
            None => ("training", &result.log_joint),
        };
        let images = log_joint.len() / k;
        println!();
        println!("estimators of log p(x) on the {images} {what} images, where the answer is exact (nats/image):");
        println!("{:<62} {:>10} {:>12} {:>10} {:>8}", "", "mean", "− exact", "sd", "ESS");
        for row in compare(log_joint, &result.mixture.weights, samples, run.fit.seed) {
            let ess = row.ess.map_or(String::new(), |e| format!("{e:.1}"));
            println!("{:<62} {:>10.3} {:>+12.4} {:>10.4} {:>8}", row.what, row.mean, row.error_mean, row.error_sd, ess);
        }
    }
    Ok(())
}
