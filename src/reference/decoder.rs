//! CPU reference of shaders/decoder_head.wgsl and shaders/decoder_backward.wgsl, in f64.

use super::activation::{sigmoid, softplus};
use super::density::{LOG_2PI, logistic_log_prob_and_grad};
use crate::model::likelihood::{DecoderHead, GaussianMean, Likelihood};

/// The two-output head: (mean, spread) = (sigmoid(a) or a, floor + softplus(s − floor)), the
/// spread being the Gaussian's log σ² or the discretized logistic's log s.
pub fn location_scale_value(a: f64, s: f64, head: DecoderHead) -> (f64, f64) {
    let floor = head.floor as f64;
    let mean = match head.mean {
        GaussianMean::Sigmoid => sigmoid(a),
        GaussianMean::Identity => a,
    };
    (mean, floor + softplus(s - floor))
}

/// (mean | logvar) rows from raw (a | s) rows of width 2·`dim`.
pub fn location_scale_head(raw: &[f32], dim: usize, head: DecoderHead) -> Vec<f32> {
    let mut out = vec![0f32; raw.len()];
    for (row, o) in raw.chunks(2 * dim).zip(out.chunks_mut(2 * dim)) {
        for j in 0..dim {
            let (mean, logvar) = location_scale_value(row[j] as f64, row[dim + j] as f64, head);
            o[j] = mean as f32;
            o[dim + j] = logvar as f32;
        }
    }
    out
}

/// log p(x|z) of one row from the decoder's raw outputs, and its gradient in them.
pub fn log_likelihood_and_grad(x: &[f64], raw: &[f64], likelihood: Likelihood, head: DecoderHead) -> (f64, Vec<f64>) {
    // One value's log-density and its derivatives in (mean, spread) for the two-output heads.
    let per_value: fn(f64, f64, f64) -> (f64, f64, f64) = match likelihood {
        Likelihood::Bernoulli => {
            let lp = x.iter().zip(raw).map(|(x, l)| x * l - softplus(*l)).sum();
            return (lp, x.iter().zip(raw).map(|(x, &l)| x - sigmoid(l)).collect());
        }
        Likelihood::Gaussian => |x, mean, logvar| {
            let (r, prec) = (x - mean, (-logvar).exp());
            (-0.5 * (LOG_2PI + logvar + r * r * prec), r * prec, 0.5 * (r * r * prec - 1.0))
        },
        Likelihood::Logistic => logistic_log_prob_and_grad,
    };
    let d = x.len();
    let mut grad = vec![0.0; 2 * d];
    let mut lp = 0.0;
    for j in 0..d {
        let (mean, spread) = location_scale_value(raw[j], raw[d + j], head);
        let (p, dmean, dspread) = per_value(x[j], mean, spread);
        lp += p;
        let dmean_da = match head.mean {
            GaussianMean::Sigmoid => mean * (1.0 - mean),
            GaussianMean::Identity => 1.0,
        };
        grad[j] = dmean * dmean_da;
        grad[d + j] = dspread * sigmoid(raw[d + j] - head.floor as f64);
    }
    (lp, grad)
}

/// d loss / d raw for loss = −(1/points) Σ_b J_b: row r's gradient of log p(x|z) scaled by
/// `−weights[r] / points`. `x` `[points, dim]`, `raw` `[rows, dim · outputs per pixel]`.
pub fn decoder_output_grad(
    x: &[f32],
    raw: &[f32],
    weights: &[f32],
    dim: usize,
    samples: usize,
    likelihood: Likelihood,
    head: DecoderHead,
) -> Vec<f32> {
    let width = dim * likelihood.outputs_per_dim() as usize;
    let points = x.len() / dim;
    let mut out = Vec::with_capacity(raw.len());
    for (r, row) in raw.chunks(width).enumerate() {
        let xb: Vec<f64> = x[(r / samples) * dim..][..dim].iter().map(|&v| v as f64).collect();
        let raw64: Vec<f64> = row.iter().map(|&v| v as f64).collect();
        let (_, g) = log_likelihood_and_grad(&xb, &raw64, likelihood, head);
        let c = -(weights[r] as f64) / points as f64;
        out.extend(g.iter().map(|v| (c * v) as f32));
    }
    out
}
