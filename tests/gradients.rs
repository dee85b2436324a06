//! The hand-written backward pass: the CPU reference of the whole step against central finite
//! differences in f64, for both likelihoods and both objectives.

use wgvae::kernels::activation::Activation;
use wgvae::kernels::density::{GaussianMean, Likelihood};
use wgvae::model::{ModelConfig, Objective, Parameters};
use wgvae::reference::rng::RngKey;
use wgvae::reference::vae::{self, Layer64};

/// A tiny model: 7 pixels, hidden widths 5 and 4, 3 latents.
fn tiny(likelihood: Likelihood, activation: Activation) -> ModelConfig {
    ModelConfig::new([7, 1], vec![5, 4], 3, activation, likelihood).unwrap()
}

/// Data in [0, 1]: binary for Bernoulli, grey levels for Gaussian.
fn batch(points: usize, dim: usize, binary: bool, seed: u64) -> Vec<f64> {
    let key = RngKey { seed: seed as u32, stream: 99, offset: 0 };
    (0..points * dim)
        .map(|i| {
            let u = wgvae::reference::rng::uniform_at(key, i as u32) as f64;
            if binary { (u < 0.4) as u8 as f64 } else { u }
        })
        .collect()
}

fn check(likelihood: Likelihood, objective: Objective, activation: Activation, samples: usize) {
    check_config(&tiny(likelihood, activation), objective, samples);
}

fn check_config(config: &ModelConfig, objective: Objective, samples: usize) {
    let (likelihood, activation) = (config.likelihood, config.activation);
    let params = vae::to_f64(&Parameters::init(config, 3));
    let points = 4;
    let x = batch(points, config.input_dim, likelihood == Likelihood::Bernoulli, 5);
    let key = RngKey { seed: 11, stream: 2, offset: 7 };
    let step = |p: &[Layer64]| vae::step(config, p, &x, points, samples, objective, key);
    let analytic = step(&params);
    assert!(analytic.loss.is_finite());

    let h = 1e-6;
    let mut worst: f64 = 0.0;
    let mut checked = 0;
    for (l, (w, b)) in params.iter().enumerate() {
        for (which, len) in [(0, w.len()), (1, b.len())] {
            for i in 0..len {
                let perturbed = |delta: f64| {
                    let mut p = params.clone();
                    let t = if which == 0 { &mut p[l].0 } else { &mut p[l].1 };
                    t[i] += delta;
                    step(&p).loss
                };
                let numeric = (perturbed(h) - perturbed(-h)) / (2.0 * h);
                let g = if which == 0 { analytic.grads[l].0[i] } else { analytic.grads[l].1[i] };
                let err = (g - numeric).abs() / (numeric.abs().max(g.abs()).max(1e-3));
                assert!(
                    err < 1e-5,
                    "{likelihood:?} {objective:?} layer {l} {} [{i}]: analytic {g:.9e} vs finite difference {numeric:.9e}",
                    ["weight", "bias"][which]
                );
                worst = worst.max(err);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, config.parameter_count());
    eprintln!(
        "{likelihood:?} {:?} {objective:?} {activation:?} k={samples}: {checked} gradients, worst rel err {worst:.2e}",
        config.gaussian_mean
    );
}

#[test]
fn bernoulli_elbo_gradients_match_finite_differences() {
    check(Likelihood::Bernoulli, Objective::Elbo, Activation::Tanh, 1);
}

#[test]
fn bernoulli_iwae_gradients_match_finite_differences() {
    check(Likelihood::Bernoulli, Objective::Iwae, Activation::Tanh, 5);
}

#[test]
fn gaussian_elbo_gradients_match_finite_differences() {
    check(Likelihood::Gaussian, Objective::Elbo, Activation::Relu, 1);
}

#[test]
fn gaussian_iwae_gradients_match_finite_differences() {
    check(Likelihood::Gaussian, Objective::Iwae, Activation::Relu, 3);
}

#[test]
fn gaussian_identity_mean_gradients_match_finite_differences() {
    let mut config = tiny(Likelihood::Gaussian, Activation::Tanh);
    config.gaussian_mean = GaussianMean::Identity;
    check_config(&config, Objective::Iwae, 2);
}
