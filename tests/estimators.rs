//! The estimators of `wgvae eval` against exact answers (docs/math.md, "Cases with exact answers"):
//! a linear-Gaussian model (probabilistic PCA) whose log p(x) has a closed form, a 1-D latent
//! integrated by quadrature, the naive estimate's unbiasedness in p, and chunking that changes
//! nothing.

mod common;

use common::gpu;
use common::tolerance::Budget;
use pollster::FutureExt as _;
use wgvae::data::Dataset;
use wgvae::data::gpu_images::DataMode;
use wgvae::eval::{EvalOptions, EvalReport, Evaluator};
use wgvae::kernels::activation::Activation;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::likelihood::{GaussianMean, Likelihood};
use wgvae::model::{LayerParams, ModelConfig, Parameters};
use wgvae::reference::vae;

const LOG_2PI: f64 = 1.8378770664093453;

/// `count` images of `dim` pixels from a fixed byte pattern (x = byte / 255).
fn dataset(dim: usize, count: usize, seed: u64) -> Dataset {
    let images: Vec<u8> = common::random(dim * count, seed, 0.0, 256.0).iter().map(|&v| v as u8).collect();
    Dataset {
        images: images.into(),
        labels: None,
        count,
        channels: 1,
        height: dim,
        width: 1,
        source: "test images".into(),
        read: Default::default(),
    }
}

fn evaluate(config: &ModelConfig, params: &Parameters, data: &Dataset, options: EvalOptions) -> EvalReport {
    let gpu = gpu().expect("a GPU adapter (lavapipe in CI)");
    let gpu_params = GpuParams::upload(gpu, config, params).unwrap();
    Evaluator::new(gpu, config, &gpu_params, data, options).unwrap().run(|_, _| {}).block_on().unwrap()
}

fn options(samples: u32, naive_samples: u32, bound_sizes: Vec<u32>, seed: u32) -> EvalOptions {
    EvalOptions {
        samples,
        naive_samples,
        bound_sizes,
        binarize: false,
        seed,
        kernel: MatmulKernel::Auto,
        chunk: None,
        data_mode: Default::default(),
    }
}

/// Probabilistic PCA, x = W z + b + N(0, s² I), as a wgvae model: no hidden layers, identity
/// Gaussian mean, the log-variance head constant. W's columns are orthogonal, so the exact
/// posterior N(M⁻¹Wᵀ(x − b), s² M⁻¹), M = WᵀW + s² I, is diagonal and the encoder can be it.
struct Ppca {
    config: ModelConfig,
    w: Vec<f64>, // [dim, latent]
    b: Vec<f64>,
    /// s² as the GPU computes it from the stored bias (floor + softplus(bias − floor)).
    s2: f64,
}

impl Ppca {
    fn new(dim: usize, latent: usize) -> Ppca {
        let mut config = ModelConfig::mlp([dim, 1], vec![], latent, Activation::Relu, Likelihood::Gaussian).unwrap();
        config.gaussian_mean = GaussianMean::Identity;
        // Orthogonal columns: column i is non-zero on pixels i, i + latent, i + 2 latent, …
        let mut w = vec![0.0; dim * latent];
        for p in 0..dim {
            w[p * latent + p % latent] = 0.3 + 0.1 * ((p * 7) % 5) as f64 * if p % 2 == 0 { 1.0 } else { -1.0 };
        }
        let b = (0..dim).map(|p| 0.3 + 0.05 * (p % 7) as f64).collect();
        let floor = config.logvar_floor as f64;
        let bias = logvar_bias(0.1f64.ln(), floor);
        let s2 = (floor + softplus(bias as f64 - floor)).exp();
        Ppca { config, w, b, s2 }
    }

    fn latent(&self) -> usize {
        self.config.latent()
    }

    /// The parameters, with the encoder's mean shifted by `shift` and its log-variance by
    /// `widen` (0, 0: the exact posterior).
    fn parameters(&self, shift: f64, widen: f64) -> Parameters {
        let (dim, d) = (self.config.input_dim(), self.latent());
        let floor = self.config.logvar_floor as f64;
        let m: Vec<f64> = (0..d).map(|i| (0..dim).map(|p| self.w[p * d + i].powi(2)).sum::<f64>() + self.s2).collect();
        // Encoder head [2d, dim]: μ_i = (Wᵀ(x − b))_i / M_ii; logvar_i = log(s² / M_ii).
        let mut enc_w = vec![0f32; 2 * d * dim];
        let mut enc_b = vec![0f32; 2 * d];
        for i in 0..d {
            for p in 0..dim {
                enc_w[i * dim + p] = (self.w[p * d + i] / m[i]) as f32;
            }
            let wb: f64 = (0..dim).map(|p| self.w[p * d + i] * self.b[p]).sum();
            enc_b[i] = (-wb / m[i] + shift) as f32;
            enc_b[d + i] = ((self.s2 / m[i]).ln() + widen) as f32;
        }
        // Decoder head [2 dim, d]: mean rows W, b; log-variance rows 0, the constant bias.
        let mut dec_w = vec![0f32; 2 * dim * d];
        for p in 0..dim {
            for i in 0..d {
                dec_w[p * d + i] = self.w[p * d + i] as f32;
            }
        }
        let mut dec_b: Vec<f32> = self.b.iter().map(|&v| v as f32).collect();
        dec_b.extend(std::iter::repeat_n(logvar_bias(self.s2.ln(), floor), dim));
        Parameters {
            layers: vec![LayerParams { weight: enc_w, bias: enc_b }, LayerParams { weight: dec_w, bias: dec_b }],
        }
    }

    /// log N(x; b, W Wᵀ + s² I) by Cholesky.
    fn log_likelihood(&self, x: &[f64]) -> f64 {
        let (n, d) = (x.len(), self.latent());
        let mut c = vec![0.0; n * n];
        for r in 0..n {
            for s in 0..n {
                c[r * n + s] = (0..d).map(|i| self.w[r * d + i] * self.w[s * d + i]).sum::<f64>()
                    + if r == s { self.s2 } else { 0.0 };
            }
        }
        let l = cholesky(&c, n);
        // Solve L y = x − b; quadratic form = |y|², log det = 2 Σ log L_ii.
        let mut y = vec![0.0; n];
        for r in 0..n {
            y[r] = (x[r] - self.b[r] - (0..r).map(|s| l[r * n + s] * y[s]).sum::<f64>()) / l[r * n + r];
        }
        let log_det: f64 = (0..n).map(|r| 2.0 * l[r * n + r].ln()).sum();
        -0.5 * (n as f64 * LOG_2PI + log_det + y.iter().map(|v| v * v).sum::<f64>())
    }
}

fn softplus(v: f64) -> f64 {
    v.max(0.0) + (-v.abs()).exp().ln_1p()
}

/// The raw bias whose head value floor + softplus(bias − floor) is `logvar`:
/// softplus⁻¹(y) = y + ln(1 − e^−y).
fn logvar_bias(logvar: f64, floor: f64) -> f32 {
    let y = logvar - floor;
    (floor + y + (-(-y).exp()).ln_1p()) as f32
}

fn cholesky(a: &[f64], n: usize) -> Vec<f64> {
    let mut l = vec![0.0; n * n];
    for r in 0..n {
        for s in 0..=r {
            let sum: f64 = (0..s).map(|k| l[r * n + k] * l[s * n + k]).sum();
            l[r * n + s] = if r == s { (a[r * n + r] - sum).sqrt() } else { (a[r * n + s] - sum) / l[s * n + s] };
        }
    }
    l
}

fn pixels(data: &Dataset, i: usize) -> Vec<f64> {
    data.image(i).iter().map(|&b| (b as f32 * (1.0 / 255.0)) as f64).collect()
}

#[test]
fn ppca_exact_posterior_gives_the_closed_form_with_zero_variance() {
    let model = Ppca::new(6, 2);
    let data = dataset(6, 23, 1);
    let report = evaluate(&model.config, &model.parameters(0.0, 0.0), &data, options(300, 0, vec![1, 5], 3));
    // log w = log p(x|z) + log p(z) − log q(z|x): Gaussian terms (an exp of |logvar| ≤ 4, four
    // roundings) summed over the 6 pixels and 2 latents, the three parts cancelling to about a
    // third of their size; then the logsumexp over 300 (exp of the terms within 16 of the max,
    // the sum, the log).
    let log_w = (Budget::exp(4.0) + Budget::ROUNDING.times(4.0) + Budget::sum(6) + Budget::sum(2)).times(3.0);
    let tol = (log_w + Budget::exp(16.0) + Budget::sum(300) + Budget::LOG).tol();
    for (i, e) in report.images.iter().enumerate() {
        let exact = model.log_likelihood(&pixels(&data, i));
        // Every weight equals p(x): the estimate and every L_k are log p(x) whatever the draws.
        for (what, v) in [("log p_hat", e.log_likelihood), ("L_1", e.bounds[0]), ("L_5", e.bounds[1])] {
            assert!((v - exact).abs() < tol * exact.abs().max(1.0), "image {i}: {what} {v} vs closed form {exact}");
        }
        // The analytic-KL ELBO equals log p(x) in expectation only: its E_q log p(x|z) is a
        // sample mean (standard deviation about 1.7 / √300 here).
        assert!((e.elbo - exact).abs() < 0.4, "image {i}: ELBO {} vs closed form {exact}", e.elbo);
        assert!(e.ess > 300.0 * (1.0 - 1e-4), "image {i}: ESS {} of 300: the weights are not all equal", e.ess);
    }
}

#[test]
fn ppca_other_proposal_orders_the_bounds_and_converges() {
    let model = Ppca::new(6, 2);
    let data = dataset(6, 16, 2);
    let report = evaluate(&model.config, &model.parameters(0.25, 0.7), &data, options(5000, 0, vec![5, 50], 4));
    let exact: f64 = (0..data.count).map(|i| model.log_likelihood(&pixels(&data, i))).sum::<f64>() / data.count as f64;
    let (elbo, l5, l50, estimate) =
        (report.elbo().mean, report.bound(0).mean, report.bound(1).mean, report.log_likelihood().mean);
    eprintln!("ELBO {elbo:.4} < L_5 {l5:.4} < L_50 {l50:.4} < closed form {exact:.4}; K = 5000: {estimate:.4}");
    assert!(elbo < l5 && l5 < l50 && l50 < exact, "ELBO {elbo} L_5 {l5} L_50 {l50} closed form {exact}");
    assert!(exact - elbo > 0.1, "the perturbed proposal should leave a visible gap, not {}", exact - elbo);
    assert!((estimate - exact).abs() < 0.05, "K = 5000 estimate {estimate} vs closed form {exact}");
    for (i, e) in report.images.iter().enumerate() {
        let exact = model.log_likelihood(&pixels(&data, i));
        assert!((e.log_likelihood - exact).abs() < 0.05, "image {i}: {} vs {exact}", e.log_likelihood);
        assert!(e.ess < 5000.0 * 0.99, "image {i}: ESS {}: the proposal is not the posterior", e.ess);
    }
}

#[test]
fn one_dimensional_latent_matches_quadrature() {
    let config = ModelConfig::mlp([9, 1], vec![8], 1, Activation::Tanh, Likelihood::Bernoulli).unwrap();
    let params = Parameters::init(&config, 5);
    let p64 = vae::to_f64(&params);
    // Binary images (bytes 0 or 255), evaluated as they are.
    let mut data = dataset(9, 12, 3);
    data.images = data.images.iter().map(|&b| if b > 110 { 255 } else { 0 }).collect::<Vec<u8>>().into();
    // K beyond 5000 (a chunked run): the estimate's standard error is about
    // sqrt(1/ESS − 1/K) (delta method), which the comparison allows five times over.
    let k = 50_000;
    let report = evaluate(&config, &params, &data, options(k, 0, vec![], 6));
    let mut errors = vec![];
    for (i, e) in report.images.iter().enumerate() {
        let x = pixels(&data, i);
        // Trapezoid rule on [−12, 12]: the integrand is smooth and the prior's tails beyond
        // are below e^-72.
        let (lo, hi, n) = (-12.0, 12.0, 24_000);
        let h = (hi - lo) / n as f64;
        let logs: Vec<f64> = (0..=n)
            .map(|j| {
                let z = lo + j as f64 * h;
                let end = if j == 0 || j == n { 0.5f64.ln() } else { 0.0 };
                -0.5 * (LOG_2PI + z * z) + vae::decoder_log_likelihood(&config, &p64, &x, &[z]) + end
            })
            .collect();
        let exact = wgvae::reference::reduce::logsumexp(&logs) + h.ln();
        let stderr = (1.0 / e.ess - 1.0 / k as f64).max(0.0).sqrt();
        eprintln!("image {i}: estimate {:.5} quadrature {exact:.5} ESS {:.0}", e.log_likelihood, e.ess);
        assert!(
            (e.log_likelihood - exact).abs() < 5.0 * stderr + 1e-4,
            "image {i}: estimate {} vs quadrature {exact} (standard error {stderr:.4})",
            e.log_likelihood
        );
        assert!(stderr < 0.01, "image {i}: ESS {} is too low for a sharp test", e.ess);
        errors.push(e.log_likelihood - exact);
    }
    let mean_error = errors.iter().sum::<f64>() / errors.len() as f64;
    assert!(mean_error.abs() < 0.005, "mean error over images {mean_error}");
}

#[test]
fn naive_estimate_is_unbiased_in_p_and_noisy_in_log_p() {
    // One image in every position: each copy draws its own samples (the streams are keyed by
    // position), so the copies are independent repeats of both estimators.
    let model = Ppca::new(3, 2);
    let one = dataset(3, 1, 7);
    let copies = 4000;
    let data = Dataset { images: one.images.repeat(copies).into(), count: copies, ..one.clone() };
    let exact = model.log_likelihood(&pixels(&one, 0));
    let report = evaluate(&model.config, &model.parameters(0.05, 0.1), &data, options(10, 10, vec![], 8));
    let naive: Vec<f64> = report.images.iter().map(|e| e.naive.unwrap()).collect();
    // p̂ / p per repeat: mean 1 within four standard errors.
    let ratio: Vec<f64> = naive.iter().map(|v| (v - exact).exp()).collect();
    let m = wgvae::eval::Mean::of(&ratio);
    eprintln!("naive p_hat / p = {:.4} ± {:.4}; log p = {exact:.4}", m.mean, m.stderr);
    assert!((m.mean - 1.0).abs() < 4.0 * m.stderr, "naive p_hat / p = {} ± {}", m.mean, m.stderr);
    assert!(m.stderr < 0.05, "too few repeats to test anything: s.e. {}", m.stderr);
    // In log p it is biased low, and it scatters far more than the importance estimate.
    let log_naive = wgvae::eval::Mean::of(&naive);
    assert!(log_naive.mean < exact, "mean log p_hat {} should be below log p {exact}", log_naive.mean);
    let is: Vec<f64> = report.images.iter().map(|e| e.log_likelihood).collect();
    let spread = |v: &[f64]| wgvae::eval::Mean::of(v).stderr * (v.len() as f64).sqrt();
    let (sn, si) = (spread(&naive), spread(&is));
    eprintln!("spread over repeats of log p_hat: naive {sn:.4}, importance {si:.4}");
    assert!(sn > 5.0 * si, "naive spread {sn} vs importance {si}");
}

#[test]
fn chunked_evaluation_equals_one_chunk() {
    let config = ModelConfig::mlp([10, 1], vec![7], 3, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let params = Parameters::init(&config, 9);
    let data = dataset(10, 70, 4);
    let run = |chunk| {
        let mut o = options(60, 60, vec![1, 7, 50], 10);
        o.binarize = true;
        o.chunk = Some(chunk);
        evaluate(&config, &params, &data, o)
    };
    let whole = run(60);
    // The same sums in other orders: the running (max, sum) of 60 samples rescaled once a
    // chunk (two roundings) when the max rises, and the sum over the samples.
    let tol = (Budget::sum(60) + Budget::ROUNDING.times(2.0 * 60.0)).tol();
    // 7 does not divide 60: the last chunk is padded, and must not count.
    for chunk in [7, 1] {
        let parts = run(chunk);
        for (i, (a, b)) in whole.images.iter().zip(&parts.images).enumerate() {
            let close = |what: &str, x: f64, y: f64| {
                assert!((x - y).abs() <= tol * y.abs().max(1.0), "image {i}, chunks of {chunk}: {what} {x} vs {y}")
            };
            close("log p_hat", b.log_likelihood, a.log_likelihood);
            close("ELBO", b.elbo, a.elbo);
            close("ESS", b.ess, a.ess);
            close("naive", b.naive.unwrap(), a.naive.unwrap());
            for (j, (x, y)) in b.bounds.iter().zip(&a.bounds).enumerate() {
                close(&format!("L_{}", whole.bound_sizes[j]), *x, *y);
            }
        }
    }
}

/// `wgvae eval` with the images streamed batch by batch gives the resident run's estimates bit
/// for bit, over several batches and a padded last one, both proposals.
#[test]
fn streamed_evaluation_equals_resident() {
    let config = ModelConfig::mlp([10, 1], vec![7], 3, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let params = Parameters::init(&config, 9);
    let data = dataset(10, 150, 5);
    let run = |data_mode| {
        // K = 200: batches of 81 images (16,384 rows / 200), the second padded.
        let mut o = options(200, 20, vec![1, 7], 10);
        o.binarize = true;
        o.data_mode = data_mode;
        evaluate(&config, &params, &data, o)
    };
    let (resident, streamed) = (run(DataMode::Resident), run(DataMode::Stream));
    assert_eq!(resident.images.len(), 150);
    assert_eq!(format!("{:?}", streamed.images), format!("{:?}", resident.images));
    assert_eq!(streamed.latent_variance, resident.latent_variance);
}
