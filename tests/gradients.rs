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

/// Every layer kind's reference backward (reference/layers.rs), chained as a small conv VAE's
/// trunks (Conv2d, LeakyReLU, Conv2d, SiLU, Flatten, Linear, Tanh; Linear, ReLU, Unflatten,
/// ConvTranspose2d ×2 with output padding), against central finite differences in f64 of
/// L = Σ g · output: the gradients of the input and of every weight and bias.
#[test]
fn layer_references_match_finite_differences() {
    use wgvae::model::architecture::{Architecture, Layer, Pair, Shape};
    use wgvae::reference::layers::{Params64, trunk_backward, trunk_forward};

    let conv = |i, o, k, s, p| Layer::Conv2d {
        in_channels: i,
        out_channels: o,
        kernel_size: Pair(k),
        stride: Pair(s),
        padding: Pair(p),
    };
    let deconv = |i, o, k, s, p, q| Layer::ConvTranspose2d {
        in_channels: i,
        out_channels: o,
        kernel_size: Pair(k),
        stride: Pair(s),
        padding: Pair(p),
        output_padding: Pair(q),
    };
    // 1 × 6 × 5 input: 6×5 → 3×3 (k 3, s 2, p 1) → 2×2 (k 2, s 1, p 0).
    let a = Architecture {
        input: [1, 6, 5],
        encoder: vec![
            conv(1, 3, [3, 3], [2, 2], [1, 1]),
            Layer::LeakyReLU { negative_slope: 0.2 },
            conv(3, 2, [2, 2], [1, 1], [0, 0]),
            Layer::SiLU,
            Layer::Flatten,
            Layer::Linear { in_features: 8, out_features: 5 },
            Layer::Tanh,
        ],
        latent: 3,
        decoder: vec![
            Layer::Linear { in_features: 3, out_features: 12 },
            Layer::ReLU,
            Layer::Unflatten { unflattened_size: [2, 3, 2] },
            // 3×2 → 6×5: (3−1)·2 − 2 + 3 + 1 = 6, (2−1)·3 − 0 + 2 + 0 = 5.
            deconv(2, 2, [3, 2], [2, 3], [1, 0], [1, 0]),
            Layer::SiLU,
            deconv(2, 1, [1, 1], [1, 1], [0, 0], [0, 0]),
        ],
    };
    let shapes = a.shapes(1).expect("the test's network chains");
    let rows = 2;
    let mut seed = 0u32;
    let mut draw = |n: usize| -> Vec<f64> {
        seed += 1;
        let key = RngKey { seed, stream: 5, offset: 0 };
        (0..n).map(|i| 2.0 * wgvae::reference::rng::uniform_at(key, i as u32) as f64 - 1.0).collect()
    };
    let [c, h, w] = a.input;
    for (name, layers, trunk_shapes, input) in [
        ("encoder", &a.encoder, &shapes.encoder, Shape::Image { channels: c, height: h, width: w }),
        ("decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent)),
    ] {
        let params: Vec<Option<Params64>> =
            layers.iter().map(|l| l.parameter_shapes().map(|(ws, b)| (draw(ws.iter().product()), draw(b)))).collect();
        let x = draw(rows * input.len());
        let g = draw(rows * trunk_shapes.last().unwrap().len());
        let loss = |x: &[f64], p: &[Option<Params64>]| {
            let acts = trunk_forward(layers, p, trunk_shapes, x, input, rows);
            acts.last().unwrap().iter().zip(&g).map(|(y, g)| y * g).sum::<f64>()
        };
        let acts = trunk_forward(layers, &params, trunk_shapes, &x, input, rows);
        let (dx, grads) = trunk_backward(layers, &params, trunk_shapes, &acts, &g, input, rows);
        let h = 1e-6;
        let mut worst = (0.0f64, String::new());
        let mut compare = |what: String, numeric: f64, analytic: f64| {
            let err = (numeric - analytic).abs() / analytic.abs().max(1.0);
            if err > worst.0 {
                worst = (err, what);
            }
        };
        for i in 0..x.len() {
            let (mut up, mut down) = (x.clone(), x.clone());
            up[i] += h;
            down[i] -= h;
            compare(format!("dx[{i}]"), (loss(&up, &params) - loss(&down, &params)) / (2.0 * h), dx[i]);
        }
        for (l, grad) in grads.iter().enumerate() {
            let Some((dw, db)) = grad else { continue };
            for (which, analytic) in [(0, dw), (1, db)] {
                for i in 0..analytic.len() {
                    let nudge = |d: f64| {
                        let mut p = params.clone();
                        let (w, b) = p[l].as_mut().unwrap();
                        [w, b][which][i] += d;
                        p
                    };
                    let numeric = (loss(&x, &nudge(h)) - loss(&x, &nudge(-h))) / (2.0 * h);
                    compare(
                        format!("layer {l} ({}) {}[{i}]", layers[l].type_name(), ["dW", "db"][which]),
                        numeric,
                        analytic[i],
                    );
                }
            }
        }
        assert!(worst.0 < 1e-6, "{name}: worst relative error {:.2e} at {}", worst.0, worst.1);
    }
}
