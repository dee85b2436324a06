//! CPU reference of shaders/sample.wgsl.

use super::rng::{RngKey, normal_at};

/// (z, ε), each [points·samples, latent], from enc [points, 2·latent] = (μ | logvar).
pub fn reparameterize(enc: &[f32], points: usize, samples: usize, latent: usize, key: RngKey) -> (Vec<f32>, Vec<f32>) {
    let len = points * samples * latent;
    let eps: Vec<f32> = (0..len as u32).map(|e| normal_at(key, e)).collect();
    let z = (0..len)
        .map(|e| {
            let (row, i) = (e / latent, e % latent);
            let b = row / samples;
            let mu = enc[b * 2 * latent + i] as f64;
            let logvar = enc[b * 2 * latent + latent + i] as f64;
            (mu + (0.5 * logvar).exp() * eps[e] as f64) as f32
        })
        .collect();
    (z, eps)
}
