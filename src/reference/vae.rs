//! CPU reference of one whole training step in f64: the forward pass, the bound, and the hand-
//! written backward pass of ../shared/docs/MATH.md §5, layer by layer in the order the GPU runs
//! it. The tests check its gradients against finite differences, then the GPU against it.

use super::activation::{act_forward, act_grad_from_output};
use super::decoder::log_likelihood_and_grad;
use super::density::LOG_2PI;
use super::latent::latent_grad_value;
use super::reduce::logsumexp;
use super::rng::{RngKey, row_normals};
use crate::model::{LayerSpec, ModelConfig, Objective, Parameters};

/// One layer's (weight `[out, in]`, bias `[out]`) in f64.
pub type Layer64 = (Vec<f64>, Vec<f64>);

pub fn to_f64(params: &Parameters) -> Vec<Layer64> {
    let cast = |v: &[f32]| v.iter().map(|&x| x as f64).collect();
    params.layers.iter().map(|l| (cast(&l.weight), cast(&l.bias))).collect()
}

/// The outputs of a step.
#[derive(Debug)]
pub struct Step {
    /// The bound per data point (ELBO or L_k), nats.
    pub bounds: Vec<f64>,
    /// −mean bound: what the step minimises.
    pub loss: f64,
    /// d loss / d (weight, bias) per layer.
    pub grads: Vec<Layer64>,
}

/// Y = act(X Wᵀ + b) over `rows` rows.
fn linear(x: &[f64], (w, b): &Layer64, spec: &LayerSpec, rows: usize) -> Vec<f64> {
    let (k, n) = (spec.inputs, spec.outputs);
    let mut y = vec![0.0; rows * n];
    for r in 0..rows {
        for j in 0..n {
            let dot: f64 = x[r * k..][..k].iter().zip(&w[j * k..][..k]).map(|(a, c)| a * c).sum();
            y[r * n + j] = act_forward(dot + b[j], spec.act);
        }
    }
    y
}

/// From dY, the layer's output y and input x: (dW, db) and, when asked, dX.
fn linear_backward(
    dy: &[f64],
    y: &[f64],
    x: &[f64],
    (w, _): &Layer64,
    spec: &LayerSpec,
    rows: usize,
    want_dx: bool,
) -> (Layer64, Vec<f64>) {
    let (k, n) = (spec.inputs, spec.outputs);
    let dz: Vec<f64> = dy.iter().zip(y).map(|(g, &y)| g * act_grad_from_output(y, spec.act)).collect();
    let mut dw = vec![0.0; n * k];
    let mut db = vec![0.0; n];
    let mut dx = vec![0.0; if want_dx { rows * k } else { 0 }];
    for r in 0..rows {
        for j in 0..n {
            let g = dz[r * n + j];
            db[j] += g;
            for i in 0..k {
                dw[j * k + i] += g * x[r * k + i];
                if want_dx {
                    dx[r * k + i] += g * w[j * k + i];
                }
            }
        }
    }
    ((dw, db), dx)
}

/// One training step on the batch `x` [points, input_dim] with `samples` draws per point and
/// ε from the normal stream `key` of row (point, sample) for row r = point·samples + sample
/// as the reparameterize kernel draws it).
pub fn step(
    config: &ModelConfig,
    params: &[Layer64],
    x: &[f64],
    points: usize,
    samples: usize,
    objective: Objective,
    key: RngKey,
) -> Step {
    let layers = config.layers();
    let head = config.encoder_head();
    let (dim, latent) = (config.input_dim, config.latent);
    let rows = points * samples;

    // Forward: keep every layer's input and output for the backward pass.
    let mut acts = vec![x.to_vec()];
    for l in 0..=head {
        let y = linear(acts.last().unwrap(), &params[l], &layers[l], points);
        acts.push(y);
    }
    let enc = acts[head + 1].clone();
    // Row r = b·samples + s draws from the stream of row (b, s), as the GPU's first batch does.
    let eps: Vec<f64> = (0..rows)
        .flat_map(|r| row_normals(key, (r / samples) as u32, (r % samples) as u32, latent))
        .map(f64::from)
        .collect();
    let mut z = vec![0.0; rows * latent];
    for r in 0..rows {
        let b = r / samples;
        for i in 0..latent {
            let (mu, logvar) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
            z[r * latent + i] = mu + (0.5 * logvar).exp() * eps[r * latent + i];
        }
    }
    let mut dec_acts = vec![z.clone()];
    for l in head + 1..layers.len() {
        let y = linear(dec_acts.last().unwrap(), &params[l], &layers[l], rows);
        dec_acts.push(y);
    }
    let raw = dec_acts.last().unwrap();
    let width = layers.last().unwrap().outputs;

    // Per row: log p(x|z), its gradient in the raw outputs, and log w.
    let mut log_px = vec![0.0; rows];
    let mut draw = vec![0.0; rows * width];
    let mut log_w = vec![0.0; rows];
    for r in 0..rows {
        let b = r / samples;
        let (lp, g) = log_likelihood_and_grad(
            &x[b * dim..][..dim],
            &raw[r * width..][..width],
            config.likelihood,
            config.gaussian_head(),
        );
        log_px[r] = lp;
        draw[r * width..][..width].copy_from_slice(&g);
        let zr = &z[r * latent..][..latent];
        let log_pz: f64 = -0.5 * zr.iter().map(|v| LOG_2PI + v * v).sum::<f64>();
        let log_q: f64 = -0.5
            * (0..latent)
                .map(|i| LOG_2PI + enc[b * 2 * latent + latent + i] + eps[r * latent + i].powi(2))
                .sum::<f64>();
        log_w[r] = lp + log_pz - log_q;
    }

    // The bound per point and dJ/d log w per row.
    let mut bounds = vec![0.0; points];
    let mut weight = vec![1.0; rows];
    for b in 0..points {
        match objective {
            Objective::Elbo => {
                let kl: f64 = -0.5
                    * (0..latent)
                        .map(|i| {
                            let (mu, lv) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
                            1.0 + lv - mu * mu - lv.exp()
                        })
                        .sum::<f64>();
                bounds[b] = log_px[b * samples..][..samples].iter().sum::<f64>() / samples as f64 - kl;
                weight[b * samples..][..samples].fill(1.0 / samples as f64);
            }
            Objective::Iwae => {
                let lw = &log_w[b * samples..][..samples];
                let lse = logsumexp(lw);
                bounds[b] = lse - (samples as f64).ln();
                for s in 0..samples {
                    weight[b * samples + s] = (lw[s] - lse).exp();
                }
            }
        }
    }
    let loss = -bounds.iter().sum::<f64>() / points as f64;

    // Backward through the decoder: d loss / d raw = −(weight / points) · d log p(x|z) / d raw.
    let mut grads = vec![(vec![], vec![]); layers.len()];
    let mut dy: Vec<f64> = (0..rows * width).map(|e| -weight[e / width] / points as f64 * draw[e]).collect();
    for l in (head + 1..layers.len()).rev() {
        let i = l - head - 1;
        let (g, dx) = linear_backward(&dy, &dec_acts[i + 1], &dec_acts[i], &params[l], &layers[l], rows, true);
        grads[l] = g;
        dy = dx;
    }

    // Through the sample and the prior / posterior terms to (μ, logvar).
    let mut denc = vec![0.0; points * 2 * latent];
    let n = points as f64;
    for r in 0..rows {
        let b = r / samples;
        for i in 0..latent {
            let (mu, lv) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
            let c = weight[r] / n;
            let (dmu, dlv) =
                latent_grad_value(objective, dy[r * latent + i], z[r * latent + i], eps[r * latent + i], mu, lv, c);
            denc[b * 2 * latent + i] += dmu;
            denc[b * 2 * latent + latent + i] += dlv;
        }
    }
    let mut dy = denc;
    for l in (0..=head).rev() {
        let (g, dx) = linear_backward(&dy, &acts[l + 1], &acts[l], &params[l], &layers[l], points, l > 0);
        grads[l] = g;
        dy = dx;
    }
    Step { bounds, loss, grads }
}

/// log p(x|z) of one data point `x` (input_dim values) at one `z` (latent values), through the decoder in
/// f64 (for exact answers by quadrature over z).
pub fn decoder_log_likelihood(config: &ModelConfig, params: &[Layer64], x: &[f64], z: &[f64]) -> f64 {
    let layers = config.layers();
    let mut h = z.to_vec();
    for l in config.encoder_head() + 1..layers.len() {
        h = linear(&h, &params[l], &layers[l], 1);
    }
    log_likelihood_and_grad(x, &h, config.likelihood, config.gaussian_head()).0
}
