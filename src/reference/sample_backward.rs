//! CPU reference of shaders/sample_backward.wgsl and shaders/free_bits.wgsl, in f64: from
//! d loss / dz through z = μ + exp(logvar/2) ε and the prior / posterior terms, weighted by β
//! and the free-bits mask, to d loss / d(μ, logvar).

use crate::model::Objective;

/// One sample's contribution to (d μ, d logvar) of its point, with c = weight / points and
/// `kl` the weight of its prior and posterior terms (β, times the free-bits mask for the ELBO).
#[allow(clippy::too_many_arguments)]
pub fn latent_grad_value(
    objective: Objective,
    dz: f64,
    z: f64,
    eps: f64,
    mu: f64,
    logvar: f64,
    c: f64,
    kl: f64,
) -> (f64, f64) {
    let hse = 0.5 * (0.5 * logvar).exp() * eps;
    let s = c * kl;
    match objective {
        Objective::Elbo => (dz + s * mu, dz * hse + s * 0.5 * logvar.exp_m1()),
        Objective::Iwae => {
            let g = dz + s * z;
            (g, g * hse - 0.5 * s)
        }
    }
}

/// denc [points, 2·latent] = (d μ | d logvar) from dz, z, ε [points·samples, latent], enc
/// [points, 2·latent] and the reduction's weights [points·samples], with the KL weight `beta`
/// and, for the ELBO, the free-bits `mask` [latent] (ones without free bits).
#[allow(clippy::too_many_arguments)]
pub fn latent_grad(
    dz: &[f32],
    z: &[f32],
    eps: &[f32],
    enc: &[f32],
    weights: &[f32],
    samples: usize,
    latent: usize,
    objective: Objective,
    beta: f64,
    mask: &[f32],
) -> Vec<f32> {
    let points = enc.len() / (2 * latent);
    let mut denc = vec![0f64; enc.len()];
    for (r, &weight) in weights.iter().enumerate().take(points * samples) {
        let b = r / samples;
        for i in 0..latent {
            let e = r * latent + i;
            let kl = match objective {
                Objective::Elbo => beta * mask[i] as f64,
                Objective::Iwae => beta,
            };
            let (dmu, dlv) = latent_grad_value(
                objective,
                dz[e] as f64,
                z[e] as f64,
                eps[e] as f64,
                enc[b * 2 * latent + i] as f64,
                enc[b * 2 * latent + latent + i] as f64,
                weight as f64 / points as f64,
                kl,
            );
            denc[b * 2 * latent + i] += dmu;
            denc[b * 2 * latent + latent + i] += dlv;
        }
    }
    denc.iter().map(|&v| v as f32).collect()
}

/// Each latent dimension's mean KL over the batch: KL_j = (1/B) Σ_b −½ (1 + logvar − μ² − e^logvar),
/// from `enc` [points, 2·latent] (docs/math.md, "The KL weight, warm-up and free bits").
pub fn kl_per_dimension(enc: &[f64], latent: usize) -> Vec<f64> {
    let points = enc.len() / (2 * latent);
    (0..latent)
        .map(|j| {
            let sum: f64 = (0..points)
                .map(|b| {
                    let (mu, lv) = (enc[b * 2 * latent + j], enc[b * 2 * latent + latent + j]);
                    -0.5 * (1.0 + lv - mu * mu - lv.exp())
                })
                .sum();
            sum / points as f64
        })
        .collect()
}

/// Free bits λ: 1 for the dimensions whose mean KL exceeds λ (their KL term has a gradient),
/// 0 for those the floor holds.
pub fn free_bits_mask(enc: &[f64], latent: usize, lambda: f64) -> Vec<f32> {
    kl_per_dimension(enc, latent).iter().map(|&kl| if kl > lambda { 1.0 } else { 0.0 }).collect()
}
