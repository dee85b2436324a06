//! CPU reference of shaders/latent_backward.wgsl, in f64: from d loss / dz through
//! z = μ + exp(logvar/2) ε and the prior / posterior terms to d loss / d(μ, logvar).

use crate::model::Objective;

/// One sample's contribution to (d μ, d logvar) of its point, with c = weight / points.
pub fn latent_grad_value(objective: Objective, dz: f64, z: f64, eps: f64, mu: f64, logvar: f64, c: f64) -> (f64, f64) {
    let hse = 0.5 * (0.5 * logvar).exp() * eps;
    match objective {
        Objective::Elbo => (dz + c * mu, dz * hse + c * 0.5 * logvar.exp_m1()),
        Objective::Iwae => {
            let g = dz + c * z;
            (g, g * hse - 0.5 * c)
        }
    }
}

/// denc [points, 2·latent] = (d μ | d logvar) from dz, z, ε [points·samples, latent], enc
/// [points, 2·latent] and the reduction's weights [points·samples].
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
) -> Vec<f32> {
    let points = enc.len() / (2 * latent);
    let mut denc = vec![0f64; enc.len()];
    for (r, &weight) in weights.iter().enumerate().take(points * samples) {
        let b = r / samples;
        for i in 0..latent {
            let e = r * latent + i;
            let (dmu, dlv) = latent_grad_value(
                objective,
                dz[e] as f64,
                z[e] as f64,
                eps[e] as f64,
                enc[b * 2 * latent + i] as f64,
                enc[b * 2 * latent + latent + i] as f64,
                weight as f64 / points as f64,
            );
            denc[b * 2 * latent + i] += dmu;
            denc[b * 2 * latent + latent + i] += dlv;
        }
    }
    denc.iter().map(|&v| v as f32).collect()
}
