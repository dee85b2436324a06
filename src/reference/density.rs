//! CPU reference of shaders/density.wgsl: log-densities per sample row, in f64.

use super::activation::{sigmoid, softplus};
use crate::kernels::density::SampleShape;
use crate::model::likelihood::Likelihood;

pub const LOG_2PI: f64 = 1.837_877_066_409_345_3;

/// Σ_j x_j l_j − softplus(l_j).
pub fn bernoulli_log_likelihood(x: &[f32], logits: &[f32]) -> f64 {
    x.iter().zip(logits).map(|(&x, &l)| x as f64 * l as f64 - softplus(l as f64)).sum()
}

/// log N(x; mean, diag(exp(logvar))).
pub fn gaussian_log_likelihood(x: &[f32], mean: &[f32], logvar: &[f32]) -> f64 {
    let s: f64 = x
        .iter()
        .zip(mean)
        .zip(logvar)
        .map(|((&x, &m), &lv)| {
            let r = x as f64 - m as f64;
            LOG_2PI + lv as f64 + r * r * (-(lv as f64)).exp()
        })
        .sum();
    -0.5 * s
}

/// Half a bin of 8-bit data scaled to [0, 1]: 1 / 510.
pub const HALF_BIN: f64 = 0.5 / 255.0;

/// log(1 − e^−d) for d > 0, without cancellation (Mächler 2012).
pub fn log1mexp(d: f64) -> f64 {
    if d < std::f64::consts::LN_2 { (-(-d).exp_m1()).ln() } else { (-(-d).exp()).ln_1p() }
}

/// log P(x) of one subpixel x = k / 255 under the discretized logistic with `mean` and
/// `log_scale` (docs/math.md, "The discretized logistic and bits per dimension"), and its
/// derivatives in the mean and the log-scale.
pub fn logistic_log_prob_and_grad(x: f64, mean: f64, log_scale: f64) -> (f64, f64, f64) {
    let inv_s = (-log_scale).exp();
    let a = (x - mean + HALF_BIN) * inv_s;
    let b = (x - mean - HALF_BIN) * inv_s;
    let (sa, sb) = (sigmoid(-a), sigmoid(b));
    let k = x * 255.0;
    if k < 0.5 {
        (-softplus(-a), -inv_s * sa, -a * sa)
    } else if k > 254.5 {
        (-softplus(b), inv_s * sb, b * sb)
    } else {
        let d = 2.0 * HALF_BIN * inv_s;
        (-softplus(-a) - softplus(b) + log1mexp(d), -inv_s * (sa - sb), -a * sa + b * sb - d / d.exp_m1())
    }
}

/// Σ_j log P(x_j) under the discretized logistic of (mean_j, log-scale_j).
pub fn logistic_log_likelihood(x: &[f32], mean: &[f32], log_scale: &[f32]) -> f64 {
    x.iter()
        .zip(mean)
        .zip(log_scale)
        .map(|((&x, &m), &l)| logistic_log_prob_and_grad(x as f64, m as f64, l as f64).0)
        .sum()
}

/// log N(z; 0, I).
pub fn log_prior(z: &[f32]) -> f64 {
    -0.5 * z.iter().map(|&v| LOG_2PI + v as f64 * v as f64).sum::<f64>()
}

/// log q(z|x) for z = μ + σ ε: −½ Σ log 2π + logvar + ε².
pub fn log_posterior(logvar: &[f32], eps: &[f32]) -> f64 {
    -0.5 * logvar.iter().zip(eps).map(|(&lv, &e)| LOG_2PI + lv as f64 + e as f64 * e as f64).sum::<f64>()
}

/// (log w, log p(x|z), log p(z), log q(z|x)) per row, flattened as the kernel writes them.
pub fn log_densities(
    x: &[f32],
    dec: &[f32],
    z: &[f32],
    eps: &[f32],
    enc: &[f32],
    s: &SampleShape,
    likelihood: Likelihood,
) -> Vec<f32> {
    let (d, k) = (s.data_dim as usize, s.latent as usize);
    let mut out = Vec::with_capacity(s.rows() as usize * 4);
    for r in 0..s.rows() as usize {
        let b = r / s.samples as usize;
        let xb = &x[b * d..][..d];
        let log_px = match likelihood {
            Likelihood::Bernoulli => bernoulli_log_likelihood(xb, &dec[r * d..][..d]),
            Likelihood::Gaussian => gaussian_log_likelihood(xb, &dec[r * 2 * d..][..d], &dec[r * 2 * d + d..][..d]),
            Likelihood::Logistic => logistic_log_likelihood(xb, &dec[r * 2 * d..][..d], &dec[r * 2 * d + d..][..d]),
        };
        let log_pz = log_prior(&z[r * k..][..k]);
        let log_q = log_posterior(&enc[b * 2 * k + k..][..k], &eps[r * k..][..k]);
        out.extend([log_px + log_pz - log_q, log_px, log_pz, log_q].map(|v| v as f32));
    }
    out
}
