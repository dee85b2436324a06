//! CPU reference of shaders/sample.wgsl.

use super::rng::{RngKey, row_normals};

/// Which data point and sample the first row of a launch stands for in the random streams.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SampleOrigin {
    pub point: u32,
    pub sample: u32,
}

/// (z, ε), each [points·samples, latent], from enc [points, 2·latent] = (μ | logvar).
pub fn reparameterize(
    enc: &[f32],
    points: usize,
    samples: usize,
    latent: usize,
    key: RngKey,
    origin: SampleOrigin,
) -> (Vec<f32>, Vec<f32>) {
    let mut z = Vec::with_capacity(points * samples * latent);
    let mut eps = Vec::with_capacity(points * samples * latent);
    for b in 0..points {
        for s in 0..samples {
            let n = row_normals(key, origin.point + b as u32, origin.sample + s as u32, latent);
            for (i, &e) in n.iter().enumerate() {
                let mu = enc[b * 2 * latent + i] as f64;
                let logvar = enc[b * 2 * latent + latent + i] as f64;
                z.push((mu + (0.5 * logvar).exp() * e as f64) as f32);
                eps.push(e);
            }
        }
    }
    (z, eps)
}
