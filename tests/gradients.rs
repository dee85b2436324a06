//! The hand-written backward pass: the CPU reference of the whole step against central finite
//! differences in f64, for every likelihood and both objectives.

mod common;

use wgvae::kernels::activation::Activation;
use wgvae::model::architecture::{Layer, Shape};
use wgvae::model::likelihood::{GaussianMean, Likelihood};
use wgvae::model::{ModelConfig, Objective, Parameters};
use wgvae::reference::layers::Params64;
use wgvae::reference::rng::RngKey;
use wgvae::reference::vae::{self, KlTerm, Layer64, Vae, VaeParams};

/// A tiny model: 7 pixels, hidden widths 5 and 4, 3 latents.
fn tiny(likelihood: Likelihood, activation: Activation) -> ModelConfig {
    ModelConfig::mlp([7, 1], vec![5, 4], 3, activation, likelihood).unwrap()
}

/// Data in [0, 1]: binary for Bernoulli, grey levels for Gaussian, 8-bit values k / 255 for
/// the discretized logistic (a fifth of them in each edge bin).
fn batch(points: usize, dim: usize, likelihood: Likelihood, seed: u64) -> Vec<f64> {
    let key = RngKey { seed: seed as u32, stream: 99, offset: 0 };
    (0..points * dim)
        .map(|i| {
            let u = wgvae::reference::rng::uniform_at(key, i as u32) as f64;
            match likelihood {
                Likelihood::Bernoulli => (u < 0.4) as u8 as f64,
                Likelihood::Gaussian => u,
                Likelihood::Logistic => ((u * 1.4 - 0.2).clamp(0.0, 1.0) * 255.0).round() / 255.0,
            }
        })
        .collect()
}

fn check(likelihood: Likelihood, objective: Objective, activation: Activation, samples: usize) {
    check_config(&tiny(likelihood, activation), objective, samples);
}

fn check_config(config: &ModelConfig, objective: Objective, samples: usize) {
    check_objective(config, objective, samples, KlTerm::PLAIN);
}

const POINTS: usize = 4;

fn check_objective(config: &ModelConfig, objective: Objective, samples: usize, kl: KlTerm) {
    let likelihood = config.likelihood;
    let params = vae::to_f64(&Parameters::init(config, 3));
    let points = POINTS;
    let x = batch(points, config.input_dim(), likelihood, 5);
    let key = RngKey { seed: 11, stream: 2, offset: 7 };
    let step = |p: &[Layer64]| vae::step(config, p, &x, points, samples, objective, kl, key);
    let analytic = step(&params);
    assert!(analytic.loss.is_finite());
    let flat =
        |layers: &[Layer64]| -> Vec<f64> { layers.iter().flat_map(|(w, b)| w.iter().chain(b)).copied().collect() };
    let unflat = |theta: &[f64]| -> Vec<Layer64> {
        let mut rest = theta;
        let mut take = |n: usize| {
            let (head, tail) = rest.split_at(n);
            rest = tail;
            head.to_vec()
        };
        params.iter().map(|(w, b)| (take(w.len()), take(b.len()))).collect()
    };
    let theta = flat(&params);
    assert_eq!(theta.len(), config.parameter_count());
    let what =
        format!("{likelihood:?} {:?} {objective:?} {} k={samples} {kl:?}", config.gaussian_mean, config.describe());
    check_gradients(&what, &theta, &flat(&analytic.grads), |t| step(&unflat(t)).loss);
}

/// Central finite differences of `loss` at `theta` against the `analytic` gradient, every
/// coordinate, each within 1e-5 relative.
fn check_gradients(what: &str, theta: &[f64], analytic: &[f64], loss: impl Fn(&[f64]) -> f64) {
    assert_eq!(theta.len(), analytic.len(), "{what}: one gradient per parameter");
    // Large enough that rounding in the loss (~1e-14 of it) stays far below the differences.
    let h = 1e-5;
    let mut worst: f64 = 0.0;
    for i in 0..theta.len() {
        let perturbed = |delta: f64| {
            let mut t = theta.to_vec();
            t[i] += delta;
            loss(&t)
        };
        let numeric = (perturbed(h) - perturbed(-h)) / (2.0 * h);
        let g = analytic[i];
        let err = (g - numeric).abs() / (numeric.abs().max(g.abs()).max(1e-3));
        assert!(err < 1e-5, "{what}: parameter {i}: analytic {g:.9e} vs finite difference {numeric:.9e}");
        worst = worst.max(err);
    }
    eprintln!("{what}: {} gradients, worst rel err {worst:.2e}", theta.len());
}

#[test]
fn kl_weight_gradients_match_finite_differences() {
    // β-VAE weights and a warm-up's β = 0: the ELBO's analytic KL scaled, and the IWAE's
    // prior and posterior terms scaled inside each importance weight.
    let bernoulli = tiny(Likelihood::Bernoulli, Activation::Tanh);
    for beta in [0.3, 4.0, 0.0] {
        check_objective(&bernoulli, Objective::Elbo, 1, KlTerm { beta, free_bits: 0.0 });
        check_objective(&bernoulli, Objective::Iwae, 3, KlTerm { beta, free_bits: 0.0 });
    }
    let gaussian = tiny(Likelihood::Gaussian, Activation::Tanh);
    check_objective(&gaussian, Objective::Iwae, 2, KlTerm { beta: 2.0, free_bits: 0.0 });
}

#[test]
fn free_bits_gradients_match_finite_differences() {
    // λ between two latent dimensions' mean KL over the batch: one or more held at the floor
    // (no KL gradient), the others not.
    for (likelihood, beta) in [(Likelihood::Bernoulli, 1.0), (Likelihood::Gaussian, 0.5)] {
        let config = tiny(likelihood, Activation::Tanh);
        let params = vae::to_f64(&Parameters::init(&config, 3));
        let x = batch(POINTS, config.input_dim(), likelihood, 5);
        let enc = vae::with_model(&config, &params, |model, p| model.encode(p, &x, POINTS).0);
        let mut kl = wgvae::reference::sample_backward::kl_per_dimension(&enc, config.latent());
        kl.sort_by(f64::total_cmp);
        assert!(kl[1] - kl[0] > 1e-4, "two dimensions' KL apart: {kl:?}");
        let free_bits = (kl[0] + kl[1]) / 2.0;
        check_objective(&config, Objective::Elbo, 1, KlTerm { beta, free_bits });
    }
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

#[test]
fn logistic_elbo_gradients_match_finite_differences() {
    check(Likelihood::Logistic, Objective::Elbo, Activation::Relu, 1);
}

#[test]
fn logistic_iwae_gradients_match_finite_differences() {
    check(Likelihood::Logistic, Objective::Iwae, Activation::Tanh, 3);
}

#[test]
fn logistic_identity_mean_gradients_match_finite_differences() {
    let mut config = tiny(Likelihood::Logistic, Activation::Tanh);
    config.gaussian_mean = GaussianMean::Identity;
    config.log_scale_floor = Some(-4.0);
    check_config(&config, Objective::Elbo, 1);
}

/// One subpixel's discretized logistic: d log P / d mean and d log P / d log-scale against
/// central differences, in every kind of bin (the two edges and the interior), for means on
/// and off the pixel and scales from under a bin to wide.
#[test]
fn logistic_pixel_gradients_match_finite_differences() {
    use wgvae::reference::density::logistic_log_prob_and_grad;
    let h = 1e-6;
    for k in [0u32, 1, 64, 128, 200, 254, 255] {
        let x = k as f64 / 255.0;
        for mean in [-0.1, 0.0, 0.2, x, x + 0.001, 0.73, 1.0, 1.2] {
            for log_scale in [-7.5, -6.0, -4.0, -1.5, 0.7] {
                let (_, dm, dl) = logistic_log_prob_and_grad(x, mean, log_scale);
                let lp = |m: f64, l: f64| logistic_log_prob_and_grad(x, m, l).0;
                let nm = (lp(mean + h, log_scale) - lp(mean - h, log_scale)) / (2.0 * h);
                let nl = (lp(mean, log_scale + h) - lp(mean, log_scale - h)) / (2.0 * h);
                for (what, g, n) in [("mean", dm, nm), ("log-scale", dl, nl)] {
                    let err = (g - n).abs() / n.abs().max(g.abs()).max(1e-3);
                    assert!(err < 1e-5, "k {k}, mean {mean}, log-scale {log_scale}: d/d{what} {g:.9e} vs {n:.9e}");
                }
            }
        }
    }
}

/// Every layer kind's reference backward (reference/layers.rs), chained as two small conv VAEs'
/// trunks (Conv2d, LeakyReLU, Conv2d, SiLU, Flatten, Linear, Tanh; Linear, ReLU, Unflatten,
/// ConvTranspose2d, GELU, ConvTranspose2d, with output padding; and common::pooling_conv's
/// AvgPool2d and Upsample), against central finite differences in f64 of
/// L = Σ g · output: the gradients of the input and of every weight and bias.
#[test]
fn layer_references_match_finite_differences() {
    use wgvae::reference::layers::{trunk_backward, trunk_forward};

    let rows = 2;
    let mut seed = 0u32;
    let mut draw = |n: usize| -> Vec<f64> {
        seed += 1;
        let key = RngKey { seed, stream: 5, offset: 0 };
        (0..n).map(|i| 2.0 * wgvae::reference::rng::uniform_at(key, i as u32) as f64 - 1.0).collect()
    };
    let (tiny, pooling) = (common::tiny_conv(1), common::pooling_conv(1));
    let (tiny_shapes, pooling_shapes) = (tiny.shapes(1).unwrap(), pooling.shapes(1).unwrap());
    let image = |a: &wgvae::model::architecture::Architecture| {
        let [c, h, w] = a.input;
        Shape::Image { channels: c, height: h, width: w }
    };
    for (name, layers, trunk_shapes, input) in [
        ("tiny conv encoder", &tiny.encoder, &tiny_shapes.encoder, image(&tiny)),
        ("tiny conv decoder", &tiny.decoder, &tiny_shapes.decoder, Shape::Flat(tiny.latent)),
        ("pooling conv encoder", &pooling.encoder, &pooling_shapes.encoder, image(&pooling)),
        ("pooling conv decoder", &pooling.decoder, &pooling_shapes.decoder, Shape::Flat(pooling.latent)),
    ] {
        let params: Vec<Option<Params64>> = Layer::flatten(layers)
            .iter()
            .map(|l| l.parameter_shapes().map(|(ws, b)| (draw(ws.iter().product()), draw(b))))
            .collect();
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
                        format!("slot {l} ({}) {}[{i}]", Layer::flatten(layers)[l].type_name(), ["dW", "db"][which]),
                        numeric,
                        analytic[i],
                    );
                }
            }
        }
        assert!(worst.0 < 1e-6, "{name}: worst relative error {:.2e} at {}", worst.0, worst.1);
    }
}

/// Every parameter of a VAE, in a fixed order, and back.
fn flatten(p: &VaeParams) -> Vec<f64> {
    let trunk =
        |t: &[Option<Params64>]| t.iter().flatten().flat_map(|(w, b)| w.iter().chain(b)).copied().collect::<Vec<_>>();
    let head = |(w, b): &Params64| w.iter().chain(b).copied().collect::<Vec<_>>();
    [trunk(&p.encoder), head(&p.mu), head(&p.logvar), trunk(&p.decoder)].concat()
}

fn unflatten(like: &VaeParams, theta: &[f64]) -> VaeParams {
    let mut rest = theta;
    let mut take = |n: usize| {
        let (head, tail) = rest.split_at(n);
        rest = tail;
        head.to_vec()
    };
    let mut pair = |(w, b): &Params64| (take(w.len()), take(b.len()));
    let encoder = like.encoder.iter().map(|l| l.as_ref().map(&mut pair)).collect();
    let (mu, logvar) = (pair(&like.mu), pair(&like.logvar));
    let decoder = like.decoder.iter().map(|l| l.as_ref().map(&mut pair)).collect();
    VaeParams { encoder, mu, logvar, decoder }
}

/// The whole step of a tiny conv VAE (reference/vae.rs on layers) against central finite
/// differences in f64: every parameter, both likelihoods, both objectives.
#[test]
fn conv_vae_step_gradients_match_finite_differences() {
    for (likelihood, objective, samples) in [
        (Likelihood::Bernoulli, Objective::Elbo, 1),
        (Likelihood::Bernoulli, Objective::Iwae, 4),
        (Likelihood::Gaussian, Objective::Elbo, 2),
        (Likelihood::Gaussian, Objective::Iwae, 3),
        (Likelihood::Logistic, Objective::Elbo, 1),
        (Likelihood::Logistic, Objective::Iwae, 3),
    ] {
        let outputs = likelihood.outputs_per_dim() as usize;
        let architecture = common::tiny_conv(outputs);
        let shapes = architecture.shapes(outputs).unwrap();
        let floor = if likelihood == Likelihood::Logistic { -7.0 } else { -5.0 };
        let head = wgvae::model::likelihood::DecoderHead { mean: GaussianMean::Sigmoid, floor };
        let model = Vae { architecture: &architecture, shapes: &shapes, likelihood, head };
        let mut seed = 20u32;
        let mut draw = |n: usize, scale: f64| -> Vec<f64> {
            seed += 1;
            let key = RngKey { seed, stream: 6, offset: 0 };
            (0..n).map(|i| scale * (2.0 * wgvae::reference::rng::uniform_at(key, i as u32) as f64 - 1.0)).collect()
        };
        let mut layer = |l: &Layer| l.parameter_shapes().map(|(w, b)| (draw(w.iter().product(), 0.5), draw(b, 0.5)));
        let encoder = architecture.encoder.iter().map(&mut layer).collect();
        let decoder = architecture.decoder.iter().map(&mut layer).collect();
        let head_params = |draw: &mut dyn FnMut(usize, f64) -> Vec<f64>| (draw(5 * 3, 0.5), draw(3, 0.5));
        let (mu, logvar) = (head_params(&mut draw), head_params(&mut draw));
        let params = VaeParams { encoder, mu, logvar, decoder };
        let points = 3;
        let x = batch(points, 30, likelihood, 8);
        let key = RngKey { seed: 4, stream: 2, offset: 1 };
        let step = |p: &VaeParams| vae::layered_step(&model, p, &x, points, samples, objective, KlTerm::PLAIN, key);
        let analytic = step(&params);
        assert!(analytic.loss.is_finite());
        let theta = flatten(&params);
        assert_eq!(theta.len(), architecture.parameter_count(shapes.features));
        let what = format!("conv VAE {likelihood:?} {objective:?} k={samples}");
        check_gradients(&what, &theta, &flatten(&analytic.grads), |t| step(&unflatten(&params, t)).loss);
    }
}
