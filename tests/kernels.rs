//! Every non-matmul kernel on the GPU against its CPU reference, on random inputs, at sizes
//! that are not multiples of the workgroup, with outputs poisoned (NaN) before the run.

mod common;

use common::tolerance::{self, Budget};
use common::{assert_close, assert_each_relative, gpu, pixels8, poisoned, random};
use wgvae::kernels::density::SampleShape;
use wgvae::kernels::reduce::{BoundOutputs, EstimatePlan, MetricsSlot, PointEstimates, StreamColumn};
use wgvae::kernels::sample::SampleOrigin;
use wgvae::kernels::sample_backward::LatentBuffers;
use wgvae::kernels::{
    accumulate, activation, adam, decoder, density, gather, grad_norm, reduce, rng, sample, sample_backward,
};
use wgvae::model::Objective;
use wgvae::model::likelihood::{DecoderHead, GaussianMean, Likelihood};
use wgvae::reference::rng::RngKey;
use wgvae::reference::{self as cpu};

#[test]
fn activation_forward_and_backward() {
    let Some(gpu) = gpu() else { return };
    let len = 1000;
    let z = random(len, 1, -6.0, 6.0);
    let dy = random(len, 2, -1.0, 1.0);
    // Forward, z in [-6, 6]: the worst is tanh, whose WGSL accuracy is inherited from
    // (e^z − e^-z) / (e^z + e^-z): two exps, a division, two sums; softplus (exp, the log1p's
    // log and division) and sigmoid need less. Backward from y: softplus's 1 − e^-y, with
    // y ≤ 6, and two roundings.
    let forward = (Budget::exp(6.0).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0)).tol();
    let backward = (Budget::exp(6.0) + Budget::ROUNDING.times(3.0)).tol();
    for act in activation::Activation::ALL {
        let zg = gpu.upload("z", &z).unwrap();
        let y = poisoned(gpu, len);
        gpu.run(&[&activation::forward(gpu, &zg, &y, len as u32, act).unwrap()]).unwrap();
        let y_gpu = gpu.read(&y).unwrap();
        assert_close(&format!("{act:?} forward"), &y_gpu, &cpu::activation::forward(&z, act), forward);
        // The backward from the reference's y, so both sides see the same input.
        let y_ref = cpu::activation::forward(&z, act);
        let (yg, dyg, dz) = (gpu.upload("y", &y_ref).unwrap(), gpu.upload("dy", &dy).unwrap(), poisoned(gpu, len));
        gpu.run(&[&activation::backward(gpu, &yg, &dyg, &dz, len as u32, act).unwrap()]).unwrap();
        let want = cpu::activation::backward(&y_ref, &dy, act);
        assert_close(&format!("{act:?} backward"), &gpu.read(&dz).unwrap(), &want, backward);
    }
}

/// The activation layers' own launches (forward, and backward from the input) against the
/// layer references, at an odd length, outputs poisoned.
#[test]
fn layer_activations_match_the_layer_references() {
    use wgvae::kernels::activation::Nonlinearity;
    use wgvae::model::architecture::{Layer, Shape};
    use wgvae::reference::layers;
    let Some(gpu) = gpu() else { return };
    let len = 1037;
    let z = random(len, 31, -6.0, 6.0);
    let dy = random(len, 32, -1.0, 1.0);
    let (zg, dyg) = (gpu.upload("z", &z).unwrap(), gpu.upload("dy", &dy).unwrap());
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    // Forward as in activation_forward_and_backward (tanh the worst). Backward from z: tanh's
    // 1 − t² doubles t's error; SiLU's s (1 + z (1 − s)) multiplies the sigmoid's (an exp and a
    // division) by up to 1 + |z| = 7, plus four roundings.
    let tanh = Budget::exp(6.0).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0);
    let forward = tanh.tol();
    let sigmoid = Budget::exp(6.0) + Budget::DIVISION + Budget::ROUNDING;
    let backward = (tanh.times(2.0) + Budget::ROUNDING).0.max((sigmoid.times(7.0) + Budget::ROUNDING.times(4.0)).0);
    let backward = Budget(backward).tol();
    // GELU: its own budget (tests/common/tolerance.rs).
    let gelu = tolerance::gelu();
    let gelu = (gelu.0.tol(), gelu.1.tol());
    let kinds = [
        (Layer::ReLU, Nonlinearity::Relu, (forward, backward)),
        (Layer::Tanh, Nonlinearity::Tanh, (forward, backward)),
        (
            Layer::LeakyReLU { negative_slope: 0.2 },
            Nonlinearity::LeakyRelu { negative_slope: 0.2 },
            (forward, backward),
        ),
        (Layer::SiLU, Nonlinearity::Silu, (forward, backward)),
        (Layer::GELU, Nonlinearity::Gelu, gelu),
    ];
    for (layer, f, (forward, backward)) in kinds {
        let y = poisoned(gpu, len);
        gpu.run(&[&activation::layer_forward(gpu, &zg, &y, len as u32, f).unwrap()]).unwrap();
        let want = layers::forward(&layer, None, &f64s(&z), Shape::Flat(len), 1);
        let want: Vec<f32> = want.iter().map(|&v| v as f32).collect();
        assert_close(&format!("{f:?} forward"), &gpu.read(&y).unwrap(), &want, forward);
        let dz = poisoned(gpu, len);
        gpu.run(&[&activation::layer_backward(gpu, &zg, &dyg, &dz, len as u32, f).unwrap()]).unwrap();
        let (want, _) = layers::backward(&layer, None, &f64s(&z), &f64s(&dy), Shape::Flat(len), 1);
        let want: Vec<f32> = want.iter().map(|&v| v as f32).collect();
        assert_close(&format!("{f:?} backward"), &gpu.read(&dz).unwrap(), &want, backward);
    }
}

#[test]
fn activation_softplus_is_stable_at_extremes() {
    let Some(gpu) = gpu() else { return };
    let z = [-200.0f32, -30.0, -1e-3, 0.0, 1e-3, 30.0, 200.0];
    let zg = gpu.upload("z", &z).unwrap();
    let y = poisoned(gpu, z.len());
    let d = activation::forward(gpu, &zg, &y, z.len() as u32, activation::Activation::Softplus).unwrap();
    gpu.run(&[&d]).unwrap();
    let got = gpu.read(&y).unwrap();
    let want = cpu::activation::forward(&z, activation::Activation::Softplus);
    // Each value on its own: exp(-|z|) for |z| ≤ 200 (its value, not its argument, is what
    // the log1p sees; 3 + 2|z| ULP of a value that is 0 or adds nothing past |z| = 30, so
    // exp(30) bounds what matters), the log1p's log and division, the sum.
    let tol = (Budget::exp(30.0) + Budget::LOG + Budget::DIVISION + Budget::ROUNDING.times(2.0)).tol();
    for (g, w) in got.iter().zip(&want) {
        assert!(g.is_finite() && ((g - w).abs() as f64) <= tol * w.abs() as f64, "{g} vs {w}");
    }
}

#[test]
fn rng_u32_stream_is_bit_exact() {
    let Some(gpu) = gpu() else { return };
    // Random123's first known answer: counter 0, key 0.
    let out = gpu.zeros::<u32>("u", 4).unwrap();
    gpu.run(&[&rng::u32_stream(gpu, RngKey::default(), &out, 4).unwrap()]).unwrap();
    assert_eq!(gpu.read(&out).unwrap(), [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
    for key in [
        RngKey { seed: 42, stream: 0, offset: 0 },
        RngKey { seed: 0xdead_beef, stream: 7, offset: 123_456 },
        RngKey { seed: u32::MAX, stream: u32::MAX, offset: u32::MAX },
    ] {
        let len = 100_003;
        let out = gpu.upload("u", &vec![0u32; len]).unwrap();
        gpu.run(&[&rng::u32_stream(gpu, key, &out, len as u32).unwrap()]).unwrap();
        assert_eq!(gpu.read(&out).unwrap(), cpu::rng::u32_stream(key, len), "key {key:?}");
    }
}

#[test]
fn rng_uniform_is_exact_and_normal_agrees() {
    let Some(gpu) = gpu() else { return };
    let key = RngKey { seed: 5, stream: 2, offset: 9 };
    let len = 50_001;
    let u = poisoned(gpu, len);
    let n = poisoned(gpu, len);
    gpu.run(&[
        &rng::uniform_stream(gpu, key, &u, len as u32).unwrap(),
        &rng::normal_stream(gpu, key, &n, len as u32).unwrap(),
    ])
    .unwrap();
    let u = gpu.read(&u).unwrap();
    assert_eq!(u, cpu::rng::uniform_stream(key, len), "uniforms are exact in f32");
    assert!(u.iter().all(|&v| v > 0.0 && v < 1.0));
    // Normals come from additions, multiplications, one division and one sqrt (never the
    // built-in log, sin or cos), so each agrees with the f64 formula to the relative bound those
    // operations' WGSL accuracies give, on any conformant driver.
    let bound = cpu::rng::NORMAL_RELATIVE_BOUND;
    assert_each_relative("normals", &gpu.read(&n).unwrap(), &cpu::rng::normal_stream(key, len), bound);
}

#[test]
fn reparameterize_matches_reference() {
    let Some(gpu) = gpu() else { return };
    let (points, samples, latent) = (13usize, 5usize, 7usize);
    let mut enc = random(points * 2 * latent, 4, -2.0, 2.0);
    for b in 0..points {
        for v in &mut enc[b * 2 * latent + latent..][..latent] {
            *v = *v * 0.5 - 1.0; // log-variances around -1
        }
    }
    let key = RngKey { seed: 11, stream: 1, offset: 3 };
    let origin = SampleOrigin { point: 40, sample: 1000 };
    let len = points * samples * latent;
    let (encg, z, eps) = (gpu.upload("enc", &enc).unwrap(), poisoned(gpu, len), poisoned(gpu, len));
    let (p, k, d) = (points as u32, samples as u32, latent as u32);
    gpu.run(&[&sample::reparameterize(gpu, &encg, &z, &eps, p, k, d, key, origin).unwrap()]).unwrap();
    let (z_ref, eps_ref) = cpu::sample::reparameterize(&enc, points, samples, latent, key, origin);
    let eps_all = gpu.read(&eps).unwrap();
    assert_each_relative("eps", &eps_all, &eps_ref, cpu::rng::NORMAL_RELATIVE_BOUND);
    // z = mu + exp(logvar / 2) ε, against the largest |z|: WGSL's exp is within 3 + 2|x| ULP
    // (logvar in [-2, 0], so |x| ≤ 1: 5), then ε's bound, the product and the sum (1 each).
    let tol = cpu::rng::NORMAL_RELATIVE_BOUND + 7.0 * f32::EPSILON as f64;
    assert_close("z", &gpu.read(&z).unwrap(), &z_ref, tol);

    // A sample's ε depends on its point and sample number, not on the launch that draws it:
    // samples 2.. drawn on their own are the same bits.
    let rest = (samples - 2) * latent;
    let (z2, eps2) = (poisoned(gpu, points * rest), poisoned(gpu, points * rest));
    let later = SampleOrigin { sample: origin.sample + 2, ..origin };
    gpu.run(&[&sample::reparameterize(gpu, &encg, &z2, &eps2, p, k - 2, d, key, later).unwrap()]).unwrap();
    let tail: Vec<f32> = eps_all.chunks(samples * latent).flat_map(|row| row[2 * latent..].to_vec()).collect();
    assert_eq!(gpu.read(&eps2).unwrap(), tail, "eps of samples 2.. drawn apart");
}

fn density_case(likelihood: Likelihood, shape: SampleShape) {
    let Some(gpu) = gpu() else { return };
    let rows = shape.rows() as usize;
    let (d, k) = (shape.data_dim as usize, shape.latent as usize);
    let x = match likelihood {
        Likelihood::Bernoulli => random(shape.points as usize * d, 5, 0.0, 1.0).iter().map(|v| v.round()).collect(),
        Likelihood::Gaussian => random(shape.points as usize * d, 5, 0.0, 1.0),
        Likelihood::Logistic => pixels8(shape.points as usize * d, 5),
    };
    let mut dec = random(rows * d * likelihood.outputs_per_dim() as usize, 6, -4.0, 4.0);
    if likelihood != Likelihood::Bernoulli {
        for r in 0..rows {
            for v in &mut dec[r * 2 * d..][..d] {
                *v = (*v + 4.0) / 8.0; // means in [0, 1]
            }
        }
    }
    let z = random(rows * k, 7, -2.0, 2.0);
    let eps = random(rows * k, 8, -2.0, 2.0);
    let enc = random(shape.points as usize * 2 * k, 9, -1.5, 1.5);
    let up = |v: &Vec<f32>| gpu.upload("in", v).unwrap();
    let (xg, decg, zg, epsg, encg) = (up(&x), up(&dec), up(&z), up(&eps), up(&enc));
    let out = poisoned(gpu, rows * 4);
    let disp = density::log_densities(gpu, &xg, &decg, &zg, &epsg, &encg, &out, shape, likelihood).unwrap();
    let vec4 = shape.data_dim.is_multiple_of(4);
    assert_eq!(disp.name, if vec4 { "log_densities_vec4" } else { "log_densities" });
    gpu.run(&[&disp]).unwrap();
    let got = gpu.read(&out).unwrap();
    let want = cpu::density::log_densities(&x, &dec, &z, &eps, &enc, &shape, likelihood);
    // One pixel's term: Bernoulli x l − softplus(l), l in [-4, 4] (an exp, the log1p's log and
    // division, three roundings); Gaussian (x − μ)² e^-logvar + logvar + log 2π (an exp of
    // |logvar| ≤ 4, four roundings); the discretized logistic log σ(a) + log σ(−b) +
    // log1mexp: two softplus of |a|, |b| up to 255 e^4 (whose exp values vanish past 30,
    // as in the softplus test), a Taylor expm1 and a log, about a dozen roundings. Then the
    // sum of d terms, and log w's four sums.
    let term = match likelihood {
        Likelihood::Bernoulli => Budget::exp(4.0) + Budget::LOG + Budget::DIVISION + Budget::ROUNDING.times(3.0),
        Likelihood::Gaussian => Budget::exp(4.0) + Budget::ROUNDING.times(4.0),
        Likelihood::Logistic => tolerance::logistic_subpixel(),
    };
    let tol = (term + Budget::sum(d) + Budget::sum(k) + Budget::ROUNDING.times(4.0)).tol();
    for (c, name) in ["log w", "log p(x|z)", "log p(z)", "log q(z|x)"].iter().enumerate() {
        let col = |v: &[f32]| v.chunks(4).map(|r| r[c]).collect::<Vec<f32>>();
        assert_close(&format!("{likelihood:?} {name}"), &col(&got), &col(&want), tol);
    }
}

#[test]
fn log_densities_bernoulli() {
    density_case(Likelihood::Bernoulli, SampleShape { points: 9, samples: 3, data_dim: 785, latent: 5 });
    density_case(Likelihood::Bernoulli, SampleShape { points: 9, samples: 3, data_dim: 784, latent: 5 });
    density_case(Likelihood::Bernoulli, SampleShape { points: 1, samples: 1, data_dim: 1, latent: 1 });
}

#[test]
fn log_densities_gaussian() {
    density_case(Likelihood::Gaussian, SampleShape { points: 9, samples: 3, data_dim: 301, latent: 5 });
    density_case(Likelihood::Gaussian, SampleShape { points: 9, samples: 3, data_dim: 300, latent: 5 });
    density_case(Likelihood::Gaussian, SampleShape { points: 70, samples: 1, data_dim: 3, latent: 2 });
}

#[test]
fn log_densities_logistic() {
    density_case(Likelihood::Logistic, SampleShape { points: 9, samples: 3, data_dim: 301, latent: 5 });
    density_case(Likelihood::Logistic, SampleShape { points: 9, samples: 3, data_dim: 300, latent: 5 });
    density_case(Likelihood::Logistic, SampleShape { points: 70, samples: 1, data_dim: 3, latent: 2 });
}

/// The density kernel's log p(x|z) under the discretized logistic for rows of `dim` values
/// `x` and decoder rows (means | log-scales) `dec`, one sample a row (the latent terms are
/// beside the point here).
fn logistic_log_px(x: &[f32], dec: &[f32], dim: usize) -> Vec<f32> {
    let gpu = gpu().expect("checked by the caller");
    let rows = x.len() / dim;
    let shape = SampleShape { points: rows as u32, samples: 1, data_dim: dim as u32, latent: 1 };
    let up = |v: &[f32]| gpu.upload("in", v).unwrap();
    let (xg, decg, latent) = (up(x), up(dec), up(&vec![0.25f32; 2 * rows]));
    let out = poisoned(gpu, rows * 4);
    let launch =
        density::log_densities(gpu, &xg, &decg, &latent, &latent, &latent, &out, shape, Likelihood::Logistic).unwrap();
    gpu.run(&[&launch]).unwrap();
    gpu.read(&out).unwrap().chunks(4).map(|r| r[1]).collect()
}

/// A decoder fixed at one (mean, log-scale) gives the 256 values of a pixel probabilities that
/// sum to 1: in f64 on the reference, and from the kernel's log p(x|z) in f32, for means inside
/// and outside [0, 1] and scales from below a bin to above the range.
#[test]
fn logistic_probabilities_of_the_256_values_sum_to_one() {
    if gpu().is_none() {
        return;
    }
    let x: Vec<f32> = (0..256).map(|k| k as f32 / 255.0).collect();
    for (mean, log_scale) in
        [(0.5, -3.0), (0.0, -7.0), (1.0, -7.0), (0.3, -6.2), (0.97, 0.5), (-0.2, -2.0), (1.3, -4.0)]
    {
        let exact: f64 =
            (0..256).map(|k| cpu::density::logistic_log_prob_and_grad(k as f64 / 255.0, mean, log_scale).0.exp()).sum();
        assert!(
            (exact - 1.0).abs() < 1e-12,
            "mean {mean}, log-scale {log_scale}: the reference's 256 bins sum to {exact}"
        );
        // One pixel a row, every row the same decoder values.
        let dec: Vec<f32> = (0..256).flat_map(|_| [mean as f32, log_scale as f32]).collect();
        let got: f64 = logistic_log_px(&x, &dec, 1).iter().map(|&v| (v as f64).exp()).sum();
        // Each bin's log P within the logistic term's budget, relative to |log P|: the bins that
        // carry the mass have |log P| ≤ 8, and exp turns that absolute error into P's relative
        // one; the sum of the bins weighs them by P.
        let tol = tolerance::logistic_subpixel().tol() * 8.0;
        assert!((got - 1.0).abs() < tol, "mean {mean}, log-scale {log_scale}: the kernel's 256 bins sum to {got}");
    }
}

/// Far from the mean, where sigmoid(a) − sigmoid(b) would be 0 − 0 or 1 − 1 in f32, the
/// kernel's log P stays finite and equal to the f64 reference's.
#[test]
fn logistic_log_probability_is_stable_in_the_tails() {
    if gpu().is_none() {
        return;
    }
    let cases: Vec<(f32, f32, f32)> = [0u32, 1, 17, 128, 254, 255]
        .iter()
        .flat_map(|&k| {
            [(0.0f32, -7.0f32), (1.0, -7.0), (0.5, -7.0), (0.999, -6.5), (0.001, -5.0)]
                .map(|(m, l)| (k as f32 / 255.0, m, l))
        })
        .collect();
    let x: Vec<f32> = cases.iter().map(|c| c.0).collect();
    let dec: Vec<f32> = cases.iter().flat_map(|c| [c.1, c.2]).collect();
    let got = logistic_log_px(&x, &dec, 1);
    for (&(x, m, l), &g) in cases.iter().zip(&got) {
        let want = cpu::density::logistic_log_prob_and_grad(x as f64, m as f64, l as f64).0;
        let g = g as f64;
        let tol = tolerance::logistic_subpixel().tol();
        assert!(
            g.is_finite() && (g - want).abs() <= tol * want.abs().max(1.0),
            "x {x}, mean {m}, log-scale {l}: kernel {g}, reference {want}"
        );
    }
}

/// A CIFAR-sized row (3,072 subpixels, about −37,000 nats): the kernel's sum of log P in
/// blocks of 16 stays within the sum's budget of the f64 reference: the terms are all negative,
/// so their magnitudes sum to the row's, and the blocks make it two sums of 16 and d / 16
/// terms (lavapipe measured 1e-7; a plain running sum was 1.5e-6 off on one of these rows).
#[test]
fn logistic_log_likelihood_of_a_large_image_is_summed_accurately() {
    if gpu().is_none() {
        return;
    }
    for d in [3072usize, 3071] {
        let x = pixels8(2 * d, 61);
        let mut dec = random(4 * d, 62, 0.0, 1.0);
        for r in 0..2 {
            for v in &mut dec[r * 2 * d + d..][..d] {
                *v = -1.5 * *v - 2.5; // log-scales in [-4, -2.5]
            }
        }
        let got = logistic_log_px(&x, &dec, d);
        for r in 0..2 {
            let (mean, log_scale) = (&dec[r * 2 * d..][..d], &dec[r * 2 * d + d..][..d]);
            let want = cpu::density::logistic_log_likelihood(&x[r * d..][..d], mean, log_scale);
            let err = (got[r] as f64 - want).abs() / want.abs();
            let tol = (tolerance::logistic_subpixel() + Budget::sum(16) + Budget::sum(d.div_ceil(16))).tol();
            assert!(
                want < -5000.0 && err < tol,
                "d {d}, row {r}: kernel {} vs reference {want} (relative {err:.2e})",
                got[r]
            );
        }
    }
}

/// Log-density rows (log w, log p(x|z), log p(z), log q) with a wide spread of log w, so the
/// softmax has both dominant and negligible weights.
fn random_densities(rows: usize, seed: u64) -> Vec<f32> {
    let v = random(rows * 3, seed, 0.0, 1.0);
    (0..rows)
        .flat_map(|r| {
            let log_px = -100.0 - 60.0 * v[3 * r];
            let log_pz = -5.0 - 10.0 * v[3 * r + 1];
            let log_q = -3.0 - 10.0 * v[3 * r + 2];
            [log_px + log_pz - log_q, log_px, log_pz, log_q]
        })
        .collect()
}

#[test]
fn elbo_reduce_matches_reference() {
    let Some(gpu) = gpu() else { return };
    let (points, latent) = (131usize, 6usize);
    let dens = random_densities(points, 10);
    let enc = random(points * 2 * latent, 11, -1.5, 1.5);
    let shape = SampleShape { points: points as u32, samples: 1, data_dim: 0, latent: latent as u32 };
    let (densg, encg) = (gpu.upload("dens", &dens).unwrap(), gpu.upload("enc", &enc).unwrap());
    let (bound, weights) = (poisoned(gpu, points), poisoned(gpu, points));
    let metrics = gpu.upload("metrics", &[1.0f32, 2.0, 3.0, 4.0, 5.0]).unwrap();
    let out = BoundOutputs { bound: &bound, weights: &weights, metrics: &metrics };
    let d = reduce::elbo(gpu, &densg, &encg, out, shape, MetricsSlot { slot: 1, accumulate: true }).unwrap();
    gpu.run(&[&d]).unwrap();
    let want = cpu::reduce::elbo(&dens, &enc, points, latent);
    // The analytic KL: an exp of |logvar| ≤ 1.5 and four roundings per dimension, summed; then
    // the metric slots sum the points.
    let per_point = Budget::exp(1.5) + Budget::ROUNDING.times(4.0) + Budget::sum(latent);
    assert_close("elbo per point", &gpu.read(&bound).unwrap(), &want.bound, per_point.tol());
    assert_eq!(gpu.read(&weights).unwrap(), want.weights);
    let m = gpu.read(&metrics).unwrap();
    let expect = [1.0, 2.0 + want.sums[0] as f32, 3.0 + want.sums[1] as f32, 4.0 + want.sums[2] as f32, 5.0];
    let sums = per_point + Budget::sum(points) + Budget::ROUNDING;
    assert_close("elbo sums (accumulated into slots 1..4)", &m, &expect, sums.tol());
    assert!(
        reduce::elbo(
            gpu,
            &densg,
            &encg,
            BoundOutputs { bound: &bound, weights: &weights, metrics: &metrics },
            SampleShape { samples: 2, ..shape },
            MetricsSlot { slot: 0, accumulate: false }
        )
        .is_err()
    );
}

#[test]
fn iwae_reduce_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // β = 1 and two KL weights (β-VAE, a warm-up's): the weights follow β, the bound does not.
    for (points, samples, beta) in [(1usize, 1usize, 1.0), (67, 5, 1.0), (13, 50, 1.0), (67, 5, 0.3), (13, 50, 4.0)] {
        let dens = random_densities(points * samples, 12);
        let shape = SampleShape { points: points as u32, samples: samples as u32, data_dim: 0, latent: 3 };
        let enc = random(points * 6, 13, -1.0, 1.0);
        let (densg, encg) = (gpu.upload("dens", &dens).unwrap(), gpu.upload("enc", &enc).unwrap());
        let (bound, weights) = (poisoned(gpu, points), poisoned(gpu, points * samples));
        let metrics = poisoned(gpu, 3);
        let out = BoundOutputs { bound: &bound, weights: &weights, metrics: &metrics };
        let mut d = reduce::iwae(gpu, &densg, &encg, out, shape, MetricsSlot { slot: 0, accumulate: false }).unwrap();
        reduce::set_beta(gpu, &mut d, beta as f32).unwrap();
        gpu.run(&[&d]).unwrap();
        let want = cpu::reduce::iwae(&dens, points, samples, beta);
        if beta != 1.0 {
            assert_ne!(want.weights, cpu::reduce::iwae(&dens, points, samples, 1.0).weights, "β changes the weights");
        }
        let tag = format!("iwae {points}x{samples} β {beta}");
        // logsumexp with the max taken out: the terms that reach the sum at all (within
        // ln(1/ε) ≈ 16 of the max) through exp(16), their sum, the log and three roundings.
        let bound_budget = Budget::exp(16.0) + Budget::sum(samples) + Budget::LOG + Budget::ROUNDING.times(3.0);
        // The weights exp(log w − L) also carry the absolute rounding of L and log w (|·| ≤
        // 180 here: 90 ε each) into their exponent.
        let weight_budget = bound_budget + Budget::ROUNDING.times(2.0 * 180.0);
        assert_close(&format!("{tag} bound"), &gpu.read(&bound).unwrap(), &want.bound, bound_budget.tol());
        assert_close(&format!("{tag} weights"), &gpu.read(&weights).unwrap(), &want.weights, weight_budget.tol());
        let sums = want.sums.map(|v| v as f32);
        let sum_budget = weight_budget + Budget::sum(points * samples);
        assert_close(&format!("{tag} sums"), &gpu.read(&metrics).unwrap(), &sums, sum_budget.tol());
    }
}

#[test]
fn streaming_estimates_in_chunks_match_reference() {
    let Some(gpu) = gpu() else { return };
    let (points, total) = (37usize, 500usize);
    let all = random_densities(points * total, 14);
    let value = |b: usize, s: usize, c: usize| all[(b * total + s) * 4 + c] as f64;
    // 3 and 7 do not divide 500: their last group is left out.
    let plan = EstimatePlan::new(total as u32, vec![1, 3, 7, 50, 500]).unwrap();
    for column in [StreamColumn::LogWeight, StreamColumn::LogLikelihood] {
        let want: Vec<PointEstimates> = (0..points)
            .map(|b| {
                let v: Vec<f64> = (0..total).map(|s| value(b, s, column as usize)).collect();
                let log_px: Vec<f64> = (0..total).map(|s| value(b, s, 1)).collect();
                cpu::reduce::estimates(&v, &log_px, &plan.sizes)
            })
            .collect();
        for chunk in [total, 128, 7] {
            let state = poisoned(gpu, points * plan.state_len());
            let pg = gpu.zeros::<f32>("chunk", points * chunk * 4).unwrap();
            // Built once and moved along, as evaluation does.
            let mut launch =
                reduce::estimate_accumulate(gpu, &pg, &state, points as u32, chunk as u32, column, &plan, 0).unwrap();
            for start in (0..total).step_by(chunk) {
                let len = chunk.min(total - start);
                // The last chunk is padded with NaN past K: it must not count.
                let piece: Vec<f32> = (0..points)
                    .flat_map(|b| {
                        let mut rows = all[(b * total + start) * 4..][..len * 4].to_vec();
                        rows.resize(chunk * 4, f32::NAN);
                        rows
                    })
                    .collect();
                gpu.write(&pg, 0, &piece).unwrap();
                reduce::set_first_sample(gpu, &mut launch, start as u32).unwrap();
                gpu.run(&[&launch]).unwrap();
            }
            let got = gpu.read(&state).unwrap();
            let tag = format!("{column:?}, chunks of {chunk}");
            // As the IWAE reduction's weights (exp of terms within 16 of the running max, the
            // absolute rounding of |log w| ≤ 180 in the exponent), then sums of up to 500 terms
            // and the rescaling when a chunk raises the max, once a chunk.
            let chunks = total.div_ceil(chunk) as f64;
            let weights = Budget::exp(16.0) + Budget::ROUNDING.times(2.0 * 180.0);
            let tol = (weights + Budget::sum(total) + Budget::ROUNDING.times(2.0 * chunks) + Budget::LOG).tol();
            for (b, want) in want.iter().enumerate() {
                let est = plan.finish(&got[b * plan.state_len()..][..plan.state_len()]);
                let close = |what: &str, g: f64, w: f64| {
                    assert!(((g - w) / w).abs() < tol, "{tag}, point {b}: {what} {g} vs {w}")
                };
                close("log p_hat", est.log_mean, want.log_mean);
                close("ESS", est.ess, want.ess);
                close("mean log p(x|z)", est.reconstruction, want.reconstruction);
                for (j, (&g, &w)) in est.bounds.iter().zip(&want.bounds).enumerate() {
                    close(&format!("L_{}", plan.sizes[j]), g, w);
                }
                assert!((1.0..=total as f64 + 1e-3).contains(&est.ess), "{tag}: ESS {}", est.ess);
                // L_1 ≤ L_50 ≤ L_500 = log p_hat, in expectation and, for these nested groups,
                // always (a group's logsumexp − log k is at least the mean of its halves').
                assert!(est.bounds[0] <= est.bounds[3] + 1e-3 && est.bounds[3] <= est.bounds[4] + 1e-3);
                close("L_K", est.bounds[4], est.log_mean);
            }
        }
    }
}

#[test]
fn gather_with_and_without_binarization() {
    let Some(gpu) = gpu() else { return };
    let (images, dim, batch, offset) = (50usize, 27usize, 13usize, 5usize);
    let pixels: Vec<u8> = random(images * dim, 15, 0.0, 256.0).iter().map(|&v| v as u8).collect();
    let index: Vec<u32> = random(offset + batch, 16, 0.0, images as f32).iter().map(|&v| v as u32).collect();
    let pg = gpu.upload("pixels", &gather::pack_pixels(&pixels)).unwrap();
    let ig = gpu.upload("index", &index).unwrap();
    for binarize in [None, Some(RngKey { seed: 3, stream: 4, offset: 77 })] {
        let x = poisoned(gpu, batch * dim);
        let d = gather::gather(gpu, &pg, images as u32, &ig, &x, batch as u32, dim as u32, offset as u32, binarize)
            .unwrap();
        gpu.run(&[&d]).unwrap();
        let got = gpu.read(&x).unwrap();
        assert_eq!(got, cpu::gather::gather(&pixels, &index, batch, dim, offset, binarize), "binarize {binarize:?}");
        if binarize.is_some() {
            assert!(got.iter().all(|&v| v == 0.0 || v == 1.0) && got.contains(&0.0) && got.contains(&1.0));
        }
    }
}

#[test]
fn adam_steps_match_reference() {
    let Some(gpu) = gpu() else { return };
    let config = adam::AdamConfig { lr: 1e-2, ..Default::default() };
    // Two tensors of one launch, like a layer's weight and bias; neither a multiple of 4.
    let lens = [1001usize, 13];
    let mut params: Vec<Vec<f32>> =
        lens.iter().enumerate().map(|(t, &n)| random(n, 17 + t as u64, -1.0, 1.0)).collect();
    let mut m: Vec<Vec<f32>> = lens.iter().map(|&n| vec![0.0; n]).collect();
    let mut v = m.clone();
    let up = |name: &str, x: &[f32]| gpu.upload(name, x).unwrap();
    let buffers: Vec<_> = (0..2)
        .map(|t| (gpu.zeros::<f32>("g", lens[t]).unwrap(), up("p", &params[t]), up("m", &m[t]), up("v", &v[t])))
        .collect();
    let tensor = |t: usize| {
        let (g, p, m, v) = &buffers[t];
        adam::AdamTensor { grad: g, params: p, m, v }
    };
    // One launch for every step, its step count and learning rate (a schedule's) rewritten in
    // place as training does.
    let mut launch = adam::adam(gpu, tensor(0), tensor(1), 1, config).unwrap();
    for step in 1..=3u32 {
        let lr = config.lr / step as f32;
        for t in 0..2 {
            let grad = random(lens[t], 100 + 10 * step as u64 + t as u64, -1.0, 1.0);
            gpu.write(&buffers[t].0, 0, &grad).unwrap();
            cpu::adam::adam(&grad, &mut params[t], &mut m[t], &mut v[t], step, adam::AdamConfig { lr, ..config });
        }
        adam::set_step(gpu, &mut launch, step, lr).unwrap();
        gpu.run(&[&launch]).unwrap();
    }
    // Per step: m and v two roundings each; the update lr · m̂ / (sqrt(v̂) + eps) a sqrt, a
    // division and four roundings, of a step that is a hundredth of the parameters; three steps.
    let moments = Budget::ROUNDING.times(2.0 * 3.0).tol();
    // Then three subtractions and the reference's own rounding to f32.
    let update =
        (Budget::SQRT + Budget::DIVISION + Budget::ROUNDING.times(4.0)).times(3.0 * 0.01) + Budget::ROUNDING.times(4.0);
    for t in 0..2 {
        let (_, pg, mg, vg) = &buffers[t];
        assert_close(&format!("params {t}"), &gpu.read(pg).unwrap(), &params[t], update.tol());
        assert_close(&format!("m {t}"), &gpu.read(mg).unwrap(), &m[t], moments);
        assert_close(&format!("v {t}"), &gpu.read(vg).unwrap(), &v[t], moments);
    }
}

#[test]
fn accumulate_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // A layer's weight and bias, neither a multiple of 4; three chunks, the first overwriting
    // a sum poisoned with NaN (what a stale buffer might hold), the others adding to it.
    let lens = [1001usize, 13];
    let grads: Vec<_> = lens.iter().map(|&n| gpu.zeros::<f32>("g", n).unwrap()).collect();
    let sums: Vec<_> = lens.iter().map(|&n| poisoned(gpu, n)).collect();
    let mut want: Vec<Vec<f32>> = lens.iter().map(|&n| vec![f32::NAN; n]).collect();
    let scale = 1.0 / 3.0;
    let first = accumulate::accumulate(gpu, (&grads[0], &sums[0]), (&grads[1], &sums[1]), scale, true).unwrap();
    let add = accumulate::accumulate(gpu, (&grads[0], &sums[0]), (&grads[1], &sums[1]), scale, false).unwrap();
    for chunk in 0..3u64 {
        for t in 0..2 {
            let g = random(lens[t], 200 + 10 * chunk + t as u64, -1.0, 1.0);
            gpu.write(&grads[t], 0, &g).unwrap();
            cpu::accumulate::accumulate(&g, &mut want[t], scale, chunk == 0);
        }
        gpu.run(&[if chunk == 0 { &first } else { &add }]).unwrap();
        // The reference runs the same f32 operations (a scale and an add per chunk).
        let tol = Budget::ROUNDING.times(2.0 * (chunk + 1) as f64).tol();
        for t in 0..2 {
            assert_close(&format!("sum {t} after chunk {chunk}"), &gpu.read(&sums[t]).unwrap(), &want[t], tol);
        }
    }
}

#[test]
fn location_scale_head_matches_reference() {
    let Some(gpu) = gpu() else { return };
    let (rows, dim) = (37, 13);
    let raw = random(rows * 2 * dim, 31, -9.0, 9.0);
    let raw_g = gpu.upload("raw", &raw).unwrap();
    for mean in [GaussianMean::Sigmoid, GaussianMean::Identity] {
        let head = DecoderHead { mean, floor: -5.0 };
        let out = poisoned(gpu, raw.len());
        let d = decoder::location_scale_head(gpu, &raw_g, &out, rows as u32, dim as u32, head).unwrap();
        gpu.run(&[&d]).unwrap();
        let want = cpu::decoder::location_scale_head(&raw, dim, head);
        // A sigmoid (exp of |a| ≤ 9, a division) or the identity; the floor's softplus of
        // |s − floor| ≤ 14 (exp, the log1p's log and division) and two roundings.
        let tol = (Budget::exp(14.0) + Budget::LOG + Budget::DIVISION + Budget::ROUNDING.times(2.0)).tol();
        assert_close(&format!("location_scale_head {mean:?}"), &gpu.read(&out).unwrap(), &want, tol);
    }
}

#[test]
fn decoder_output_grad_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // 21 pixels a row take the scalar kernel, 20 the vec4 one.
    for (dim, entry) in [(21, "decoder_output_grad"), (20, "decoder_output_grad_vec4")] {
        let (points, samples) = (9, 3);
        let rows = points * samples;
        let weights = random(rows, 33, 0.05, 1.0);
        let cases = [
            (Likelihood::Bernoulli, GaussianMean::Sigmoid),
            (Likelihood::Gaussian, GaussianMean::Sigmoid),
            (Likelihood::Gaussian, GaussianMean::Identity),
            (Likelihood::Logistic, GaussianMean::Sigmoid),
            (Likelihood::Logistic, GaussianMean::Identity),
        ];
        for (likelihood, mean) in cases {
            let x = match likelihood {
                Likelihood::Logistic => pixels8(points * dim, 32),
                _ => random(points * dim, 32, 0.0, 1.0),
            };
            let head = DecoderHead { mean, floor: -4.0 };
            let width = dim * likelihood.outputs_per_dim() as usize;
            let raw = random(rows * width, 34, -6.0, 6.0);
            let (xg, rg, wg) =
                (gpu.upload("x", &x).unwrap(), gpu.upload("raw", &raw).unwrap(), gpu.upload("w", &weights).unwrap());
            let grad = poisoned(gpu, raw.len());
            let d = decoder::decoder_output_grad(
                gpu,
                &xg,
                &rg,
                &wg,
                &grad,
                points as u32,
                samples as u32,
                dim as u32,
                likelihood,
                head,
            )
            .unwrap();
            assert_eq!(d.name, entry);
            gpu.run(&[&d]).unwrap();
            let want = cpu::decoder::decoder_output_grad(&x, &raw, &weights, dim, samples, likelihood, head);
            let what = format!("{entry} {likelihood:?} {mean:?}");
            // Each output from its own pixel: the head (sigmoid of |a| ≤ 6 and the floor's
            // softplus), then the likelihood's derivative: the logistic's is the worst, two
            // sigmoids of the bin's edges (exp of the scaled distance, a division each), a
            // log-scale's exp, their difference divided by the bin's probability (through
            // log1mexp: an exp and a log), and a dozen roundings.
            let sigmoid = Budget::exp(6.0) + Budget::DIVISION;
            let head = sigmoid + Budget::exp(10.0) + Budget::LOG + Budget::DIVISION;
            let logistic =
                (Budget::exp(30.0) + Budget::DIVISION).times(2.0) + Budget::exp(10.0) + Budget::LOG + Budget::DIVISION;
            let tol = (head + logistic + Budget::ROUNDING.times(12.0)).tol();
            assert_close(&what, &gpu.read(&grad).unwrap(), &want, tol);
        }
    }
}

#[test]
fn latent_grad_matches_reference() {
    let Some(gpu) = gpu() else { return };
    let (points, latent) = (11, 7);
    // β = 1 with no free bits, then a KL weight and (ELBO) a free-bits mask of some dimensions.
    let some_masked = [1.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0];
    let cases = [
        (Objective::Elbo, 1, 1.0, [1.0; 7]),
        (Objective::Iwae, 5, 1.0, [1.0; 7]),
        (Objective::Elbo, 1, 0.37, some_masked),
        (Objective::Iwae, 5, 2.5, [1.0; 7]),
    ];
    for (objective, samples, beta, mask) in cases {
        let rows = points * samples;
        let dz = random(rows * latent, 41, -0.5, 0.5);
        let z = random(rows * latent, 42, -2.0, 2.0);
        let eps = random(rows * latent, 43, -2.0, 2.0);
        let enc = random(points * 2 * latent, 44, -1.5, 1.5);
        let weights = random(rows, 45, 0.0, 1.0);
        let up = |name: &str, v: &[f32]| gpu.upload(name, v).unwrap();
        let (dzg, zg, eg, encg, wg) = (up("dz", &dz), up("z", &z), up("eps", &eps), up("enc", &enc), up("w", &weights));
        let denc = poisoned(gpu, enc.len());
        let maskg = up("mask", &mask);
        let buffers =
            LatentBuffers { dz: &dzg, z: &zg, eps: &eg, enc: &encg, weights: &wg, denc: &denc, kl_mask: &maskg };
        let shape = SampleShape { points: points as u32, samples: samples as u32, data_dim: 1, latent: latent as u32 };
        let mut d = sample_backward::latent_grad(gpu, buffers, shape, objective).unwrap();
        sample_backward::set_beta(gpu, &mut d, beta as f32).unwrap();
        gpu.run(&[&d]).unwrap();
        let want =
            cpu::sample_backward::latent_grad(&dz, &z, &eps, &enc, &weights, samples, latent, objective, beta, &mask);
        // Per sample: exp(logvar / 2) (|·| ≤ 0.75) and exp(logvar) for the KL, six roundings; a
        // sum over the samples.
        let tol = (Budget::exp(1.5).times(2.0) + Budget::ROUNDING.times(6.0) + Budget::sum(samples)).tol();
        assert_close(&format!("latent_grad {objective:?} β {beta}"), &gpu.read(&denc).unwrap(), &want, tol);
    }
}

#[test]
fn free_bits_mask_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // 70 dimensions: two workgroups, the second partial.
    let (points, latent) = (37, 70);
    let enc = random(points * 2 * latent, 46, -1.5, 1.5);
    let enc64: Vec<f64> = enc.iter().map(|&v| v as f64).collect();
    let mut kl = cpu::sample_backward::kl_per_dimension(&enc64, latent);
    // λ between two dimensions' KL, far from both: half the dimensions masked.
    kl.sort_by(f64::total_cmp);
    let lambda = (kl[latent / 2 - 1] + kl[latent / 2]) / 2.0;
    assert!(kl[latent / 2] - kl[latent / 2 - 1] > 1e-4, "a λ clear of the f32 sums");
    let (encg, mask) = (gpu.upload("enc", &enc).unwrap(), poisoned(gpu, latent));
    let d = sample_backward::free_bits_mask(gpu, &encg, &mask, points as u32, latent as u32, lambda as f32).unwrap();
    gpu.run(&[&d]).unwrap();
    let want = cpu::sample_backward::free_bits_mask(&enc64, latent, lambda);
    assert_eq!(gpu.read(&mask).unwrap(), want);
    assert_eq!(want.iter().filter(|&&m| m == 0.0).count(), latent / 2);
}

#[test]
fn clip_grad_norm_matches_reference_and_leaves_the_norm_at_c() {
    let Some(gpu) = gpu() else { return };
    // Three layers of odd sizes, one smaller than a vec4.
    let lens = [(37 * 5, 5), (129, 3), (1, 1)];
    let grads: Vec<(Vec<f32>, Vec<f32>)> = lens
        .iter()
        .enumerate()
        .map(|(l, &(w, b))| (random(w, 47 + l as u64, -1.0, 1.0), random(b, 57 + l as u64, -1.0, 1.0)))
        .collect();
    let norm = grads.iter().flat_map(|(w, b)| w.iter().chain(b)).map(|&g| g as f64 * g as f64).sum::<f64>().sqrt();
    for max_norm in [norm / 3.0, 2.0 * norm] {
        let buffers: Vec<_> =
            grads.iter().map(|(w, b)| (gpu.upload("dW", w).unwrap(), gpu.upload("db", b).unwrap())).collect();
        let layers: Vec<_> = buffers.iter().map(|(w, b)| (w, b)).collect();
        // The partials poisoned, the statistics after them zero (the kernel adds to them).
        let mut start = vec![f32::NAN; lens.len()];
        start.extend([0.0; grad_norm::STATISTICS]);
        let partials = gpu.upload("partials", &start).unwrap();
        let launches = grad_norm::clip_grad_norm(gpu, &layers, &partials, max_norm as f32).unwrap();
        gpu.run(&launches.iter().collect::<Vec<_>>()).unwrap();
        let statistics = gpu.read(&partials).unwrap()[lens.len()..][..2].to_vec();
        // The norm: a sum of 331 squares (in per-layer partials), the sqrt; the clipped values
        // also C / ‖g‖ (a division) and a product.
        let n: usize = lens.iter().map(|(w, b)| w + b).sum();
        let norm_budget = Budget::ROUNDING + Budget::sum(n) + Budget::SQRT;
        let clipped_budget = norm_budget + Budget::DIVISION + Budget::ROUNDING;
        let norm_tol = norm_budget.tol();
        assert!(((statistics[0] as f64 - norm) / norm).abs() < norm_tol, "Σ ‖g‖ {statistics:?} against {norm}");
        assert_eq!(statistics[1], if max_norm < norm { 1.0 } else { 0.0 }, "steps clipped");
        let mut want: Vec<Vec<f64>> =
            grads.iter().flat_map(|(w, b)| [w, b]).map(|t| t.iter().map(|&g| g as f64).collect()).collect();
        let mut tensors: Vec<&mut [f64]> = want.iter_mut().map(|t| t.as_mut_slice()).collect();
        let before = cpu::grad_norm::clip_grad_norm(&mut tensors, max_norm);
        assert!((before - norm).abs() < 1e-12);
        let got: Vec<Vec<f32>> =
            buffers.iter().flat_map(|(w, b)| [gpu.read(w).unwrap(), gpu.read(b).unwrap()]).collect();
        for (t, (g, w)) in got.iter().zip(&want).enumerate() {
            let w: Vec<f32> = w.iter().map(|&v| v as f32).collect();
            assert_close(&format!("tensor {t} clipped to {max_norm}"), g, &w, clipped_budget.tol());
        }
        let after = got.iter().flatten().map(|&g| g as f64 * g as f64).sum::<f64>().sqrt();
        if max_norm < norm {
            let tol = (clipped_budget + Budget::sum(n)).tol();
            assert!(((after - max_norm) / max_norm).abs() < tol, "the clipped norm {after} against C = {max_norm}");
        } else {
            let unchanged: Vec<Vec<f32>> = grads.iter().flat_map(|(w, b)| [w.clone(), b.clone()]).collect();
            assert_eq!(got, unchanged, "a norm under C leaves the gradients as they are");
        }
    }
    let partials = poisoned(gpu, 1 + grad_norm::STATISTICS);
    let (w, b) = (gpu.upload("dW", &grads[0].0).unwrap(), gpu.upload("db", &grads[0].1).unwrap());
    assert!(grad_norm::clip_grad_norm(gpu, &[(&w, &b)], &partials, 0.0).is_err(), "C = 0");
}

/// NCHW images of `channels` × `side` as `layout` lays them out (`back`: from the layout to NCHW).
fn relayout(
    v: &[f32],
    channels: usize,
    [h, w]: [u32; 2],
    layout: wgvae::kernels::conv::ImageLayout,
    back: bool,
) -> Vec<f32> {
    if layout == wgvae::kernels::conv::ImageLayout::ChannelsFirst {
        return v.to_vec();
    }
    let hw = (h * w) as usize;
    // Element i of the channels-last batch is NCHW element nchw(i).
    let nchw = |i: usize| (i / (hw * channels)) * hw * channels + (i % channels) * hw + (i / channels) % hw;
    let mut out = vec![0.0; v.len()];
    for i in 0..v.len() {
        if back { out[nchw(i)] = v[i] } else { out[i] = v[nchw(i)] }
    }
    out
}

/// AvgPool2d's and Upsample's gathers (kernels/resample.rs) against the layer references, both
/// ways (a layer's forward and its backward), in both layouts, at odd sizes a factor does not
/// divide (the pooled-away rows and columns' gradients must be written 0), outputs poisoned.
#[test]
fn pooling_and_upsampling_match_the_layer_references() {
    use wgvae::kernels::conv::ImageLayout;
    use wgvae::kernels::resample::{self, Resample};
    use wgvae::model::architecture::{Layer, Shape, UpsampleMode};
    use wgvae::reference::layers;
    let Some(gpu) = gpu() else { return };
    let (batch, channels) = (3u32, 5u32);
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    let f32s = |v: &[f64]| v.iter().map(|&x| x as f32).collect::<Vec<f32>>();
    let image = |[h, w]: [u32; 2]| Shape::Image { channels: channels as usize, height: h as usize, width: w as usize };
    for factor in [2u32, 3] {
        for layout in [ImageLayout::ChannelsFirst, ImageLayout::ChannelsLast] {
            // The gather `pool` (else spread) of NCHW `input` from `from` to `to` sides, in the
            // layout, its output poisoned, read back as NCHW.
            let gather = |r: &Resample, pool: bool, scale: f32, input: &[f32], from: [u32; 2], to: [u32; 2]| {
                let x = gpu.upload("x", &relayout(input, channels as usize, from, layout, false)).unwrap();
                let y = poisoned(gpu, r.len(to) as usize);
                let launch = match pool {
                    true => resample::pool(gpu, r, &x, &y, scale),
                    false => resample::spread(gpu, r, &x, &y, scale),
                };
                gpu.run(&[&launch.unwrap()]).unwrap();
                relayout(&gpu.read(&y).unwrap(), channels as usize, to, layout, true)
            };
            let (f, n) = (factor as usize, batch as usize);
            let what = |name: &str| format!("{name}, factor {factor}, {layout:?}");
            // A sum of f² terms and the scale's rounding (1/9 is not exact).
            let tol = (Budget::sum(f * f) + Budget::ROUNDING.times(2.0)).tol();
            // AvgPool2d on 7 × 11: forward pool with 1/f², backward spread with 1/f².
            let fine = [7u32, 11];
            let r = Resample::new(batch, channels, fine, factor, layout).unwrap();
            let coarse = r.coarse();
            let pooling = Layer::AvgPool2d { kernel_size: f, stride: None };
            let (x, dy) = (random(r.len(fine) as usize, 41, -1.0, 1.0), random(r.len(coarse) as usize, 42, -1.0, 1.0));
            let scale = 1.0 / (f * f) as f32;
            let want = layers::forward(&pooling, None, &f64s(&x), image(fine), n);
            assert_close(&what("AvgPool2d forward"), &gather(&r, true, scale, &x, fine, coarse), &f32s(&want), tol);
            let (want, _) = layers::backward(&pooling, None, &f64s(&x), &f64s(&dy), image(fine), n);
            assert_close(&what("AvgPool2d backward"), &gather(&r, false, scale, &dy, coarse, fine), &f32s(&want), tol);
            // Upsample of 3 × 5: forward spread with 1, backward pool with 1.
            let coarse = [3u32, 5];
            let fine = coarse.map(|side| side * factor);
            let r = Resample::new(batch, channels, fine, factor, layout).unwrap();
            let upsampling = Layer::Upsample { scale_factor: f, mode: UpsampleMode::Nearest };
            let (x, dy) = (random(r.len(coarse) as usize, 43, -1.0, 1.0), random(r.len(fine) as usize, 44, -1.0, 1.0));
            let want = layers::forward(&upsampling, None, &f64s(&x), image(coarse), n);
            assert_close(&what("Upsample forward"), &gather(&r, false, 1.0, &x, coarse, fine), &f32s(&want), tol);
            let (want, _) = layers::backward(&upsampling, None, &f64s(&x), &f64s(&dy), image(coarse), n);
            assert_close(&what("Upsample backward"), &gather(&r, true, 1.0, &dy, fine, coarse), &f32s(&want), tol);
        }
    }
}

/// GroupNorm's launches (kernels/group_norm.rs) against the layer reference: forward, and dx,
/// dγ, dβ, in both layouts, at odd sizes, with groups of one channel and of several, on values
/// far from 0 (a one-pass variance would cancel), outputs poisoned.
#[test]
fn group_norm_matches_the_layer_reference() {
    use wgvae::kernels::conv::ImageLayout;
    use wgvae::kernels::group_norm::{self, GroupNormShape};
    use wgvae::model::architecture::{Layer, Shape};
    use wgvae::reference::layers;
    let Some(gpu) = gpu() else { return };
    let (batch, channels, side) = (3u32, 6u32, [5u32, 7]);
    let len = (batch * channels * side[0] * side[1]) as usize;
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    let f32s = |v: &[f64]| v.iter().map(|&x| x as f32).collect::<Vec<f32>>();
    let x: Vec<f32> = random(len, 51, -1.0, 1.0).iter().map(|v| v + 10.0).collect();
    let dy = random(len, 52, -1.0, 1.0);
    let (gamma, beta) = (random(channels as usize, 53, 0.5, 1.5), random(channels as usize, 54, -0.5, 0.5));
    let image = Shape::Image { channels: channels as usize, height: side[0] as usize, width: side[1] as usize };
    for groups in [6u32, 2] {
        let layer =
            Layer::GroupNorm { num_groups: groups as usize, num_channels: channels as usize, eps: 1e-5, affine: true };
        let params = (f64s(&gamma), f64s(&beta));
        let want_y = f32s(&layers::forward(&layer, Some(&params), &f64s(&x), image, batch as usize));
        let (want_dx, want_grads) =
            layers::backward(&layer, Some(&params), &f64s(&x), &f64s(&dy), image, batch as usize);
        let (want_dgamma, want_dbeta) = want_grads.unwrap();
        let n = (channels / groups * side[0] * side[1]) as usize;
        let (forward, backward) = tolerance::group_norm(n, (batch * side[0] * side[1]) as usize);
        for layout in [ImageLayout::ChannelsFirst, ImageLayout::ChannelsLast] {
            let s = GroupNormShape::new(batch, channels, groups, side, 1e-5, layout).unwrap();
            let put = |v: &[f32]| gpu.upload("image", &relayout(v, channels as usize, side, layout, false)).unwrap();
            let (xg, dyg) = (put(&x), put(&dy));
            let (gammag, betag) = (gpu.upload("gamma", &gamma).unwrap(), gpu.upload("beta", &beta).unwrap());
            let (stats, means) = (poisoned(gpu, s.stats_len()), poisoned(gpu, s.stats_len()));
            let (y, dx) = (poisoned(gpu, len), poisoned(gpu, len));
            let (dgamma, dbeta) = (poisoned(gpu, channels as usize), poisoned(gpu, channels as usize));
            let launches = group_norm::forward(gpu, &s, &xg, &gammag, &betag, &stats, &y).unwrap();
            gpu.run(&launches.iter().collect::<Vec<_>>()).unwrap();
            let launches =
                group_norm::backward(gpu, &s, &xg, &dyg, &gammag, &stats, &means, &dx, &dgamma, &dbeta).unwrap();
            gpu.run(&launches.iter().collect::<Vec<_>>()).unwrap();
            let back =
                |b: &wgvae::gpu::GpuBuffer<f32>| relayout(&gpu.read(b).unwrap(), channels as usize, side, layout, true);
            let what = |name: &str| format!("GroupNorm {name}, {groups} groups, {layout:?}");
            assert_close(&what("forward"), &back(&y), &want_y, forward.tol());
            assert_close(&what("dx"), &back(&dx), &f32s(&want_dx), backward.tol());
            assert_close(&what("dγ"), &gpu.read(&dgamma).unwrap(), &f32s(&want_dgamma), backward.tol());
            assert_close(&what("dβ"), &gpu.read(&dbeta).unwrap(), &f32s(&want_dbeta), backward.tol());
        }
    }
}

/// The residual blocks' sums and copies (kernels/elementwise.rs) against the CPU's, at an odd
/// length, the outputs of add and copy poisoned (add_into adds to what is there).
#[test]
fn elementwise_sums_and_copies_match_the_cpu() {
    use wgvae::kernels::elementwise;
    let Some(gpu) = gpu() else { return };
    let len = 1037;
    let (a, b) = (random(len, 61, -1.0, 1.0), random(len, 62, -1.0, 1.0));
    let (ag, bg) = (gpu.upload("a", &a).unwrap(), gpu.upload("b", &b).unwrap());
    let sum: Vec<f32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    let y = poisoned(gpu, len);
    gpu.run(&[&elementwise::add(gpu, &ag, &bg, &y, len as u32).unwrap()]).unwrap();
    assert_eq!(gpu.read(&y).unwrap(), sum, "add: one correctly rounded sum each");
    let y = poisoned(gpu, len);
    gpu.run(&[&elementwise::copy(gpu, &ag, &y, len as u32).unwrap()]).unwrap();
    assert_eq!(gpu.read(&y).unwrap(), a, "copy");
    let y = gpu.upload("y", &b).unwrap();
    gpu.run(&[&elementwise::add_into(gpu, &ag, &y, len as u32).unwrap()]).unwrap();
    assert_eq!(gpu.read(&y).unwrap(), b.iter().zip(&a).map(|(y, x)| y + x).collect::<Vec<f32>>(), "add_into");
}
