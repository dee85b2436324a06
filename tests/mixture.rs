//! The Gaussian mixture: the M-step kernel and a whole EM iteration against the CPU reference,
//! EM's monotone log-likelihood and its recovery of a known mixture, the clustering scores.

mod common;

use common::tolerance::Budget;
use common::{assert_close, gpu, poisoned, random};
use rand::{RngExt, SeedableRng};
use wgvae::gpu::Gpu;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::kernels::mixture::{self as kernel, MixtureBuffers};
use wgvae::mixture::Mixture;
use wgvae::mixture::clustering::{matched_accuracy, normalized_mutual_information};
use wgvae::mixture::fit::{EmFit, FitOptions, GpuMixture, GpuPoints, assignments, fit};
use wgvae::reference::mixture as cpu;

fn to32(v: &[f64]) -> Vec<f32> {
    v.iter().map(|&x| x as f32).collect()
}

/// A random mixture: weights summing to 1, means in [0, 1), variances in [0.05, 0.5).
fn random_mixture(k: usize, d: usize, seed: u64) -> Mixture {
    let raw = random(k, seed, 0.2, 1.0);
    let total: f32 = raw.iter().sum();
    Mixture {
        dim: d,
        weights: raw.iter().map(|w| w / total).collect(),
        means: random(k * d, seed + 1, 0.0, 1.0),
        variances: random(k * d, seed + 2, 0.05, 0.5),
    }
}

#[test]
fn m_step_kernel_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // Sizes that are not multiples of 4; component 2 empty (its count 0), so the floors act.
    let (k, d, n) = (5usize, 13usize, 40u32);
    let x = random(n as usize * d, 1, 0.0, 1.0);
    let mut resp: Vec<f64> = random(n as usize * k, 2, 0.0, 1.0).iter().map(|&v| v as f64).collect();
    for row in resp.chunks_mut(k) {
        row[2] = 0.0;
        let s: f64 = row.iter().sum();
        row.iter_mut().for_each(|r| *r /= s);
    }
    let (stats, counts) = cpu::statistics(&x, &resp, d, k);
    let (stats, counts) = (to32(&stats), to32(&counts));
    let floor = 0.01;
    let want = cpu::m_step(&stats, &counts, n as usize, d, floor);
    let (want_w, want_b) = cpu::e_step_layer(&want);

    let (stats_g, counts_g) = (gpu.upload("stats", &stats).unwrap(), gpu.upload("counts", &counts).unwrap());
    let mut out: Vec<_> = [k, k * d, k * d].iter().map(|&len| poisoned(gpu, len)).collect();
    // The layer as another mixture left it: the kernel rewrites every real component's rows and
    // leaves the zeros between them and the padding components (K = 5 is held as 8) as they are.
    assert_eq!(cpu::padded_components(k), 8);
    let (stale_w, stale_b) = cpu::e_step_layer(&random_mixture(k, d, 3));
    out.push(gpu.upload("layer_w", &stale_w).unwrap());
    out.push(gpu.upload("layer_b", &stale_b).unwrap());
    let buffers =
        MixtureBuffers { weights: &out[0], means: &out[1], variances: &out[2], layer_w: &out[3], layer_b: &out[4] };
    let launches = kernel::m_step(gpu, &stats_g, &counts_g, buffers, n, k as u32, d as u32, floor).unwrap();
    gpu.run(&launches.iter().collect::<Vec<_>>()).unwrap();
    let read = |i: usize| gpu.read(&out[i]).unwrap();
    // Weights and means: a division and a rounding each. Variances E[x²] − mean²: two divisions
    // and three roundings, grown by the cancellation E[x²] / variance (from the data). The
    // E-step layer: mean / variance (a division more); its bias log π − ½ Σ_d (log 2π + log v +
    // μ² / v): a log per term, a division, the sum over d.
    let ratio = |i: usize| (want.variances[i] + want.means[i].powi(2)) / want.variances[i];
    let cancellation = (0..k * d).map(ratio).fold(1.0f32, f32::max) as f64;
    let moment = (Budget::DIVISION + Budget::ROUNDING).tol();
    let variance = (Budget::DIVISION.times(2.0) + Budget::ROUNDING.times(3.0)).tol() * cancellation;
    let layer_w = variance + (Budget::DIVISION + Budget::ROUNDING).tol();
    let layer_b = variance + (Budget::LOG + Budget::DIVISION + Budget::ROUNDING.times(4.0) + Budget::sum(d + 1)).tol();
    assert_close("weights", &read(0), &want.weights, moment);
    assert_close("means", &read(1), &want.means, moment);
    assert_close("variances", &read(2), &want.variances, variance);
    assert!(read(2)[2 * d..3 * d].iter().all(|&v| v == floor), "the empty component's variances sit at the floor");
    assert_close("E-step weight", &read(3), &want_w, layer_w);
    // The padding's ABSENT (−1e30) would drown the real biases in a relative error: compared apart.
    let (got_b, real) = (read(4), 4 * k);
    assert_close("E-step bias", &got_b[..real], &want_b[..real], layer_b);
    assert!(got_b[real..].iter().zip(&want_b[real..]).all(|(g, w)| g == w), "padding biases {:?}", &got_b[real..]);
}

/// One EM iteration on the GPU against the reference's E-step (straight from the densities),
/// statistics and M-step from the same starting mixture.
fn em_iteration_matches_reference(gpu: &Gpu, chunk: Option<usize>) {
    let (n, d, k) = (61usize, 7usize, 3usize);
    let x = random(n * d, 11, 0.0, 1.0);
    let options = FitOptions {
        components: k,
        iterations: 1,
        tolerance: 0.0,
        seed: 5,
        logvar_floor: -4.0,
        kernel: MatmulKernel::Auto,
        chunk,
    };
    let em = EmFit::new(gpu, &x, d, &options).unwrap();
    let start = em.mixture.download(gpu).unwrap();
    let ll = em.iterate(gpu).unwrap();
    let joint = cpu::log_joint(&x, &start);
    let (log_px, resp) = cpu::e_step(&joint, k);
    let want_ll = log_px.iter().sum::<f64>() / n as f64;
    // log p(x, k) is the E-step layer's matmul (a sum over 2d + 1 terms of x, x² and the bias,
    // against their magnitudes, bounded by d · max|bias| here) on a layer within the M-step's
    // budget; log p(x) its logsumexp over k (exp of the terms within 16 of the max, a log);
    // the responsibilities exp(log p(x, k) − log p(x)) carry both into the exponent, absolute
    // at the scale of |log p(x, k)| ≤ 60 here. The log-likelihood sums n of them.
    let joint_budget = Budget::sum(2 * d + 1) + Budget::LOG.times(d as f64) + Budget::DIVISION.times(2.0);
    let lse = joint_budget + Budget::exp(16.0) + Budget::sum(k) + Budget::LOG;
    let resp_tol = (lse + Budget::ROUNDING).tol() * 60.0;
    let ll_tol = (lse + Budget::sum(n)).tol();
    assert!(((ll - want_ll) / want_ll).abs() < ll_tol, "chunk {chunk:?}: log-likelihood {ll} vs {want_ll}");
    let (got_joint, got_resp) = em.points.posterior(gpu).unwrap();
    assert_close("log p(x, k)", &got_joint, &to32(&joint), joint_budget.tol());
    assert_close("responsibilities", &got_resp, &to32(&resp), resp_tol);
    let (stats, counts) = cpu::statistics(&x, &resp, d, k);
    let want = cpu::m_step(&to32(&stats), &to32(&counts), n, d, (-4.0f32).exp());
    let got = em.mixture.download(gpu).unwrap();
    // The M-step from the GPU's responsibilities: their error, the statistics' sums over n,
    // then the M-step's own (as m_step_kernel_matches_reference, the variances' cancellation
    // taken from the data).
    let ratio = |i: usize| (want.variances[i] + want.means[i].powi(2)) / want.variances[i];
    let cancellation = (0..k * d).map(ratio).fold(1.0f32, f32::max) as f64;
    let statistics = resp_tol + (Budget::sum(n) + Budget::DIVISION + Budget::ROUNDING).tol();
    assert_close("weights after the M-step", &got.weights, &want.weights, statistics);
    assert_close("means after the M-step", &got.means, &want.means, statistics);
    let variance = (statistics + (Budget::DIVISION + Budget::ROUNDING.times(3.0)).tol()) * cancellation;
    assert_close("variances after the M-step", &got.variances, &want.variances, variance);
}

#[test]
fn em_iteration_matches_reference_whole_and_in_chunks() {
    let Some(gpu) = gpu() else { return };
    em_iteration_matches_reference(gpu, None);
    // Chunks of 20 points: three full and one of 1, the statistics summed across them.
    em_iteration_matches_reference(gpu, Some(20));
}

#[test]
fn held_out_points_score_like_the_reference() {
    let Some(gpu) = gpu() else { return };
    let (d, k) = (9usize, 4usize);
    let mixture = random_mixture(k, d, 21);
    let x = random(33 * d, 22, 0.0, 1.0);
    let on_gpu = GpuMixture::upload(gpu, &mixture).unwrap();
    let points = GpuPoints::new(gpu, &x, &on_gpu, MatmulKernel::Auto, None).unwrap();
    let ll = points.score(gpu).unwrap();
    let (log_px, _) = cpu::e_step(&cpu::log_joint(&x, &mixture), k);
    let want = log_px.iter().sum::<f64>() / log_px.len() as f64;
    assert!(((ll - want) / want).abs() < 1e-5, "{ll} vs {want}");
}

/// `n` points from `mixture`, and the component of each.
fn draw(mixture: &Mixture, n: usize, seed: u64) -> (Vec<f32>, Vec<usize>) {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let d = mixture.dim;
    let (mut x, mut z) = (vec![], vec![]);
    for _ in 0..n {
        let mut u = rng.random::<f32>();
        let k = mixture.weights.iter().position(|&w| {
            u -= w;
            u < 0.0
        });
        let k = k.unwrap_or(mixture.components() - 1);
        for j in 0..d {
            // Box–Muller.
            let (u1, u2) = (1.0 - rng.random::<f64>(), rng.random::<f64>());
            let e = (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos();
            x.push((mixture.means[k * d + j] as f64 + e * (mixture.variances[k * d + j] as f64).sqrt()) as f32);
        }
        z.push(k);
    }
    (x, z)
}

#[test]
fn em_never_decreases_the_likelihood_and_recovers_a_known_mixture() {
    let Some(gpu) = gpu() else { return };
    let d = 6;
    let truth = Mixture {
        dim: d,
        weights: vec![0.5, 0.3, 0.2],
        means: [[0.0f32; 6], [3.0; 6], [-2.0, 2.0, -2.0, 2.0, -2.0, 2.0]].concat(),
        variances: [[1.0f32; 6], [0.25; 6], [0.5, 2.0, 0.5, 2.0, 0.5, 2.0]].concat(),
    };
    let (x, z) = draw(&truth, 3000, 31);
    let options = FitOptions {
        components: 3,
        iterations: 200,
        tolerance: 1e-7,
        seed: 2,
        logvar_floor: -10.0,
        kernel: MatmulKernel::Auto,
        chunk: None,
    };
    let result = fit(gpu, &x, d, &options, |_, _| {}).unwrap();
    let h = &result.history;
    eprintln!("EM: {} iterations, log-likelihood {:.5} -> {:.5}", result.iterations(), h[0], result.log_likelihood());
    // Never down, beyond the f32 rounding of a sum over 3,000 points.
    for (t, pair) in h.windows(2).enumerate() {
        assert!(pair[1] >= pair[0] - 1e-5 * pair[0].abs(), "iteration {}: {} -> {}", t + 1, pair[0], pair[1]);
    }
    assert!(result.converged, "{} iterations without converging", result.iterations());
    // The maximum likelihood fit scores at least the truth on its own sample.
    let (log_px, _) = cpu::e_step(&cpu::log_joint(&x, &truth), 3);
    let truth_ll = log_px.iter().sum::<f64>() / log_px.len() as f64;
    assert!(result.log_likelihood() >= truth_ll - 1e-4, "fit {} vs truth {truth_ll}", result.log_likelihood());
    // Components matched to the truth by their means.
    let m = &result.mixture;
    for t in 0..3 {
        let dist = |k: usize| (0..d).map(|j| (m.means[k * d + j] - truth.means[t * d + j]).powi(2)).sum::<f32>();
        let k = (0..3).min_by(|&a, &b| dist(a).total_cmp(&dist(b))).unwrap();
        assert!((m.weights[k] - truth.weights[t]).abs() < 0.03, "weight {} vs {}", m.weights[k], truth.weights[t]);
        for j in 0..d {
            let (mean, var) = (m.means[k * d + j], m.variances[k * d + j]);
            let (tm, tv) = (truth.means[t * d + j], truth.variances[t * d + j]);
            assert!((mean - tm).abs() < 0.1, "component {t} mean {j}: {mean} vs {tm}");
            assert!((var / tv - 1.0).abs() < 0.15, "component {t} variance {j}: {var} vs {tv}");
        }
    }
    // Its clusters are the components that drew the points, up to names.
    let clusters = assignments(&result.responsibilities, 3);
    let labels: Vec<u8> = z.iter().map(|&k| k as u8).collect();
    let accuracy = matched_accuracy(&clusters, &labels);
    assert!(accuracy > 0.97, "clustering accuracy {accuracy}");
}

#[test]
fn clustering_scores_known_cases() {
    // The same partition under other names.
    let labels = [3u8, 3, 7, 7, 1, 1, 1];
    let clusters = [0usize, 0, 2, 2, 1, 1, 1];
    assert_eq!(matched_accuracy(&clusters, &labels), 1.0);
    assert!((normalized_mutual_information(&clusters, &labels) - 1.0).abs() < 1e-12);
    // Three clusters over two labels: at most two clusters can be matched, 4 of 6 points.
    // NMI by hand: MI = (2/3) ln 2, entropies ln 3 and ln 2.
    let (clusters, labels) = ([0usize, 0, 1, 1, 2, 2], [0u8, 0, 0, 1, 1, 1]);
    assert!((matched_accuracy(&clusters, &labels) - 4.0 / 6.0).abs() < 1e-12);
    let want = (2.0 / 3.0) * 2f64.ln() / ((3f64.ln() + 2f64.ln()) / 2.0);
    assert!((normalized_mutual_information(&clusters, &labels) - want).abs() < 1e-12);
    // Two labels, one cluster: 1 of 2 labels matched; no information.
    assert_eq!(matched_accuracy(&[0, 0, 0, 0], &[1, 1, 1, 2]), 0.75);
    assert!(normalized_mutual_information(&[0, 0, 0, 0], &[1, 1, 1, 2]).abs() < 1e-12);
}

#[test]
fn estimator_relations_hold_where_the_answer_is_exact() {
    use wgvae::mixture::estimators::{Proposal, compare, elbo, log_weights};
    use wgvae::reference::reduce::logsumexp;
    let (k, d) = (4usize, 5usize);
    let mixture = random_mixture(k, d, 41);
    let (x, _) = draw(&mixture, 50, 42);
    let joint = cpu::log_joint(&x, &mixture);
    let mut rng = rand::rngs::StdRng::seed_from_u64(43);
    for row in joint.chunks(k) {
        let exact = logsumexp(row);
        // The posterior as proposal: every weight is p(x); the ELBO is tight.
        let q = Proposal::Posterior.distribution(row, &mixture.weights);
        assert!(log_weights(row, &q, 20, &mut rng).iter().all(|lw| (lw - exact).abs() < 1e-9));
        assert!((elbo(row, &q) - exact).abs() < 1e-9);
        // Any other q: the ELBO is below log p(x), by KL(q ‖ posterior) > 0.
        let random_q: Vec<f64> = {
            let raw: Vec<f64> = (0..k).map(|_| rng.random::<f64>() + 0.1).collect();
            let s: f64 = raw.iter().sum();
            raw.iter().map(|r| r / s).collect()
        };
        for q in [
            Proposal::Prior.distribution(row, &mixture.weights),
            Proposal::Uniform.distribution(row, &mixture.weights),
            Proposal::Hard.distribution(row, &mixture.weights),
            random_q,
        ] {
            assert!(elbo(row, &q) < exact, "ELBO {} vs log p(x) {exact} with q {q:?}", elbo(row, &q));
        }
    }
    // The uniform proposal: p̂ unbiased for p(x) (a mean over many one-sample estimates of
    // p̂ / p(x) is 1 within four standard errors), its log low on average (Jensen).
    let row = &joint[..k];
    let exact = logsumexp(row);
    let q = Proposal::Uniform.distribution(row, &mixture.weights);
    let ratios: Vec<f64> = log_weights(row, &q, 20_000, &mut rng).iter().map(|lw| (lw - exact).exp()).collect();
    let n = ratios.len() as f64;
    let mean = ratios.iter().sum::<f64>() / n;
    let se = (ratios.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt() / n.sqrt();
    assert!(se > 0.0 && (mean - 1.0).abs() < 4.0 * se, "E[p̂/p] = {mean} ± {se}");
    let log_mean = ratios.iter().map(|r| r.ln()).sum::<f64>() / n;
    assert!(log_mean < 0.0, "E[log p̂] − log p = {log_mean}");

    // The side-by-side table: the posterior rows exact, every ELBO row at most the exact value.
    let rows = compare(&to32(&joint), &mixture.weights, 50, 7);
    let exact_mean = rows[0].mean;
    for r in &rows {
        if r.what.contains("posterior") {
            assert!(r.error_mean.abs() < 1e-4 * exact_mean.abs().max(1.0) && r.error_sd < 1e-4, "{r:?}");
        }
        if r.what.starts_with("ELBO") {
            assert!(r.error_mean <= 1e-9, "{r:?}");
        }
    }
    assert_eq!(rows.len(), 8);
}

#[test]
fn a_saved_mixture_loads_as_it_was_written() {
    use wgvae::mixture::{MIXTURE_FORMAT_VERSION, MixtureConfig, load, save};
    let mixture = random_mixture(3, 4, 51);
    let config = MixtureConfig {
        format_version: MIXTURE_FORMAT_VERSION,
        model: "gaussian_mixture".into(),
        covariance: "diagonal".into(),
        components: 3,
        input_dim: 4,
        image_shape: [2, 2],
        logvar_floor: -5.0,
        iterations: 7,
        converged: true,
        log_likelihood: -1.5,
        heldout_log_likelihood: None,
    };
    let dir = std::env::temp_dir().join(format!("wgvae-mixture-{}", std::process::id()));
    save(&dir, &config, &mixture).unwrap();
    assert_eq!(load(&dir).unwrap(), (config.clone(), mixture));
    // A VAE's config in its place is refused by name.
    std::fs::write(dir.join("config.json"), r#"{"format_version": 1, "model": "vae"}"#).unwrap();
    let err = load(&dir).unwrap_err().to_string();
    assert!(err.contains("config.json"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
