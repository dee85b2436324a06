//! A density of the aggregate posterior to sample from. The prior N(0, I) is not where the
//! encoder puts the training data, so decoding prior draws wastes many of them on regions no
//! image maps to; a diagonal Gaussian mixture fitted by the GPU's EM ([`crate::mixture`]) to
//! the encoder's means of the training images (the ex-post density estimation of Ghosh et
//! al. 2020, pythae's GMM sampler) puts the draws where the data is. Saved beside the
//! checkpoint as `latent_mixture.safetensors`: `weights` [K], `means` [K, d], `variances`
//! [K, d], and in its metadata the components, the EM seed, the data and a fingerprint of the
//! model.safetensors it was fitted for, so it is reused exactly while those match.

use pollster::FutureExt as _;
use std::collections::HashMap;
use std::path::Path;

use safetensors::SafeTensors;

use super::checkpoint::{WEIGHTS_FILE, read_f32, serialize_f32};
use super::inference::{self, Encoder};
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::eval::ACTIVE_UNIT_THRESHOLD;
use crate::files::write_atomic;
use crate::gpu::Gpu;
use crate::kernels::matmul::MatmulKernel;
use crate::mixture::Mixture;
use crate::mixture::fit::{self, FitOptions};
use crate::model::ModelConfig;
use crate::model::gpu_params::GpuParams;
use crate::reference::reduce::logsumexp;
use crate::reference::rng::{Stream, normal_at, uniform_at};

pub const LATENT_MIXTURE_FILE: &str = "latent_mixture.safetensors";

/// The EM's settings: every latent variance at least e^-9 (σ ≈ 0.011), since the means of
/// collapsed dimensions sit at one point.
const LOGVAR_FLOOR: f32 = -9.0;
const EM_ITERATIONS: u32 = 500;
const EM_TOLERANCE: f64 = 1e-6;

/// What identifies a fit: reused only while all of it matches.
#[derive(Clone, Debug, PartialEq)]
pub struct FitKey {
    pub components: usize,
    pub seed: u32,
    /// The training images' source, as the data set names it.
    pub data: String,
    /// FNV-1a of the checkpoint's model.safetensors.
    pub model: String,
}

/// A mixture over the latent space and how it was fitted.
#[derive(Clone, Debug, PartialEq)]
pub struct LatentMixture {
    pub mixture: Mixture,
    pub key: FitKey,
    /// EM iterations, and the mean log-likelihood of the encoded means under the mixture.
    pub iterations: u32,
    pub log_likelihood: f64,
}

/// FNV-1a (64 bits) of `bytes`, in hex: enough to tell one checkpoint's weights from another's.
fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    format!("{hash:016x}")
}

/// The key of a fit of `components` with `seed` to `data` for the checkpoint in `dir`.
pub fn fit_key(dir: &Path, data: &Dataset, components: usize, seed: u32) -> Result<FitKey> {
    let path = dir.join(WEIGHTS_FILE);
    let bytes = std::fs::read(&path).map_err(|e| Error::Io(format!("reading {}: {e}", path.display())))?;
    Ok(FitKey { components, seed, data: data.source.display().to_string(), model: fingerprint(&bytes) })
}

/// Fits the mixture to the encoder's means of every image of `data` by EM on the GPU.
pub fn fit(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    data: &Dataset,
    key: FitKey,
    kernel: MatmulKernel,
) -> Result<LatentMixture> {
    if key.components == 0 {
        return Err(Error::Invalid("--components 0: a mixture has at least one component".into()));
    }
    if key.components > data.count {
        return Err(Error::Invalid(format!(
            "--components {}: more components than the {} training images",
            key.components, data.count
        )));
    }
    // The EM after it blocks on its read-backs as yet, so this does too (the browser issue).
    let means = encoded_means(gpu, config, params, data, kernel).block_on()?;
    let options = FitOptions {
        components: key.components,
        iterations: EM_ITERATIONS,
        tolerance: EM_TOLERANCE,
        seed: key.seed as u64,
        logvar_floor: LOGVAR_FLOOR,
        kernel,
        chunk: None,
    };
    let fitted = fit::fit(gpu, &means, config.latent(), &options, |_, _| {})?;
    Ok(LatentMixture {
        iterations: fitted.iterations(),
        log_likelihood: fitted.log_likelihood(),
        mixture: fitted.mixture,
        key,
    })
}

/// μ of q(z|x) for every image of `data`, [n, latent].
pub async fn encoded_means(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    data: &Dataset,
    kernel: MatmulKernel,
) -> Result<Vec<f32>> {
    let rows = (data.count as u32).clamp(1, inference::BATCH);
    let heads = Encoder::build(gpu, config, params, rows, kernel)?.encode(gpu, &data.images).await?;
    Ok(inference::means(&heads, config.latent()))
}

/// The latent dimensions whose means vary over the data more than the active-unit threshold
/// (Burda et al.'s active units), from means [n, latent].
pub fn active_dimensions(means: &[f32], latent: usize) -> Vec<usize> {
    let n = (means.len() / latent.max(1)).max(1) as f64;
    (0..latent)
        .filter(|&j| {
            let column = means.iter().skip(j).step_by(latent).map(|&v| v as f64);
            let mean = column.clone().sum::<f64>() / n;
            column.map(|v| (v - mean) * (v - mean)).sum::<f64>() / n > ACTIVE_UNIT_THRESHOLD
        })
        .collect()
}

impl LatentMixture {
    /// Writes `latent_mixture.safetensors` into the checkpoint folder `dir`, atomically.
    pub fn save(&self, dir: &Path) -> Result<()> {
        let m = &self.mixture;
        let (k, d) = (m.components(), m.dim);
        let tensors: Vec<(String, Vec<usize>, &[f32])> = vec![
            ("weights".into(), vec![k], &m.weights),
            ("means".into(), vec![k, d], &m.means),
            ("variances".into(), vec![k, d], &m.variances),
        ];
        let metadata = HashMap::from([
            ("format".to_string(), "pt".to_string()),
            ("wgvae".to_string(), "latent_mixture 1".to_string()),
            ("components".to_string(), k.to_string()),
            ("seed".to_string(), self.key.seed.to_string()),
            ("data".to_string(), self.key.data.clone()),
            ("model_fingerprint".to_string(), self.key.model.clone()),
            ("iterations".to_string(), self.iterations.to_string()),
            ("log_likelihood".to_string(), self.log_likelihood.to_string()),
        ]);
        let path = dir.join(LATENT_MIXTURE_FILE);
        write_atomic(&path, &serialize_f32(&tensors, metadata, &path)?)
    }

    /// The mixture saved in the checkpoint folder `dir` for a model of `latent` dimensions;
    /// None where there is no such file.
    pub fn load(dir: &Path, latent: usize) -> Result<Option<LatentMixture>> {
        let path = dir.join(LATENT_MIXTURE_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::Io(format!("reading {}: {e}", path.display()))),
        };
        let bad = |what: String| Error::Invalid(format!("latent mixture {}: {what}", path.display()));
        let (_, header) = SafeTensors::read_metadata(&bytes).map_err(|e| bad(e.to_string()))?;
        let meta = header.metadata().clone().unwrap_or_default();
        let field = |name: &str| meta.get(name).cloned().ok_or_else(|| bad(format!("no {name} in its metadata")));
        let number = |name: &str| -> Result<u64> { field(name)?.parse().map_err(|e| bad(format!("{name}: {e}"))) };
        let components = number("components")? as usize;
        let file = SafeTensors::deserialize(&bytes).map_err(|e| bad(e.to_string()))?;
        let mixture = Mixture {
            dim: latent,
            weights: read_f32(&file, "weights", &[components], bad)?,
            means: read_f32(&file, "means", &[components, latent], bad)?,
            variances: read_f32(&file, "variances", &[components, latent], bad)?,
        };
        let key = FitKey {
            components,
            seed: number("seed")? as u32,
            data: field("data")?,
            model: field("model_fingerprint")?,
        };
        let log_likelihood = field("log_likelihood")?.parse().map_err(|e| bad(format!("log_likelihood: {e}")))?;
        Ok(Some(LatentMixture { mixture, key, iterations: number("iterations")? as u32, log_likelihood }))
    }

    /// `n` draws z [n, d] from the mixture: a component by its weight, then μ_k + √v_k ε, from
    /// the Philox streams of `seed`.
    pub fn sample(&self, n: usize, seed: u32) -> Vec<f32> {
        let m = &self.mixture;
        let d = m.dim;
        let total: f64 = m.weights.iter().map(|&w| w as f64).sum();
        let component = |u: f64| {
            let mut acc = 0.0;
            for (k, &w) in m.weights.iter().enumerate() {
                acc += w as f64 / total;
                if u < acc {
                    return k;
                }
            }
            m.weights.len() - 1
        };
        let (pick, normal) = (Stream::MixtureComponent.key(seed, 0), Stream::MixtureNormal.key(seed, 0));
        let mut z = Vec::with_capacity(n * d);
        for i in 0..n {
            let k = component(uniform_at(pick, i as u32) as f64);
            for j in 0..d {
                let eps = normal_at(normal, (i * d + j) as u32);
                z.push(m.means[k * d + j] + m.variances[k * d + j].sqrt() * eps);
            }
        }
        z
    }

    /// log of the mixture's density at `z` (coordinates `dims` of it, the mixture marginalized
    /// to them), in f64.
    fn log_density(&self, z: &[f32], dims: &[usize]) -> f64 {
        let m = &self.mixture;
        let d = m.dim;
        let terms: Vec<f64> = (0..m.components())
            .map(|k| {
                let log_n: f64 = dims
                    .iter()
                    .map(|&j| {
                        let v = m.variances[k * d + j] as f64;
                        let r = z[j] as f64 - m.means[k * d + j] as f64;
                        -0.5 * ((2.0 * std::f64::consts::PI * v).ln() + r * r / v)
                    })
                    .sum();
                (m.weights[k] as f64).ln() + log_n
            })
            .collect();
        logsumexp(&terms)
    }

    /// KL(mixture ‖ N(0, I)) over the coordinates `dims`, by Monte Carlo with `samples` draws
    /// from the mixture: the mean of log m(z) − log N(z; 0, I) and its standard error.
    pub fn kl_to_standard_normal(&self, dims: &[usize], samples: usize, seed: u32) -> (f64, f64) {
        let d = self.mixture.dim;
        let draws = self.sample(samples, seed);
        let terms: Vec<f64> = draws
            .chunks_exact(d)
            .map(|z| {
                let log_prior: f64 =
                    dims.iter().map(|&j| -0.5 * ((2.0 * std::f64::consts::PI).ln() + (z[j] as f64).powi(2))).sum();
                self.log_density(z, dims) - log_prior
            })
            .collect();
        let n = terms.len() as f64;
        let mean = terms.iter().sum::<f64>() / n;
        let var = terms.iter().map(|t| (t - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        (mean, (var / n).sqrt())
    }
}

/// The checkpoint folder `dir`'s saved mixture where its key is `key`, else a new fit, saved
/// there. Returns the mixture and whether it was reused.
pub fn load_or_fit(
    gpu: &Gpu,
    dir: &Path,
    config: &ModelConfig,
    params: &GpuParams,
    data: &Dataset,
    key: FitKey,
    kernel: MatmulKernel,
) -> Result<(LatentMixture, bool)> {
    if let Some(saved) = LatentMixture::load(dir, config.latent())?.filter(|m| m.key == key) {
        return Ok((saved, true));
    }
    let fitted = fit(gpu, config, params, data, key, kernel)?;
    fitted.save(dir)?;
    Ok((fitted, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_bumps() -> LatentMixture {
        // Two components in 2-D, apart in x: one at (−4, 0) of weight 0.25, one at (1, 1) of
        // weight 0.75.
        let mixture = Mixture {
            dim: 2,
            weights: vec![0.25, 0.75],
            means: vec![-4.0, 0.0, 1.0, 1.0],
            variances: vec![0.25, 1.0, 0.5, 0.01],
        };
        let key = FitKey { components: 2, seed: 0, data: "test".into(), model: "0".into() };
        LatentMixture { mixture, key, iterations: 1, log_likelihood: 0.0 }
    }

    #[test]
    fn draws_follow_the_weights_means_and_variances() {
        let m = two_bumps();
        let z = m.sample(40_000, 3);
        let first: Vec<&[f32]> = z.chunks_exact(2).filter(|p| p[0] < -1.5).collect();
        let share = first.len() as f64 / 40_000.0;
        assert!((share - 0.25).abs() < 0.01, "component 0's share {share}");
        let mean_y: f64 = first.iter().map(|p| p[1] as f64).sum::<f64>() / first.len() as f64;
        let var_x: f64 = first.iter().map(|p| (p[0] as f64 + 4.0).powi(2)).sum::<f64>() / first.len() as f64;
        assert!(mean_y.abs() < 0.03 && (var_x - 0.25).abs() < 0.01, "mean y {mean_y}, var x {var_x}");
    }

    #[test]
    fn the_kl_of_one_gaussian_matches_its_closed_form() {
        // One component N(μ, diag v): KL to N(0, I) = ½ Σ (v + μ² − 1 − ln v).
        let mixture =
            Mixture { dim: 3, weights: vec![1.0], means: vec![0.5, -1.0, 0.0], variances: vec![0.3, 2.0, 1.0] };
        let key = FitKey { components: 1, seed: 0, data: "test".into(), model: "0".into() };
        let m = LatentMixture { mixture, key, iterations: 1, log_likelihood: 0.0 };
        let exact: f64 =
            [(0.5f64, 0.3f64), (-1.0, 2.0), (0.0, 1.0)].iter().map(|&(mu, v)| 0.5 * (v + mu * mu - 1.0 - v.ln())).sum();
        let (kl, se) = m.kl_to_standard_normal(&[0, 1, 2], 20_000, 1);
        assert!((kl - exact).abs() < 4.0 * se && se < 0.02, "{kl} ± {se} against {exact}");
        // The third coordinate alone is N(0, 1): no divergence.
        let (kl, se) = m.kl_to_standard_normal(&[2], 5_000, 1);
        assert!(kl.abs() < 1e-6 && se < 1e-6, "{kl} ± {se}");
    }

    #[test]
    fn saves_and_loads_with_its_key() {
        let m = two_bumps();
        let dir = std::env::temp_dir().join(format!("wgvae-latent-mixture-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert_eq!(LatentMixture::load(&dir, 2).unwrap(), None);
        m.save(&dir).unwrap();
        assert_eq!(LatentMixture::load(&dir, 2).unwrap(), Some(m));
        let err = LatentMixture::load(&dir, 3).unwrap_err().to_string();
        assert!(err.contains("latent_mixture.safetensors") && err.contains("means"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn active_dimensions_are_those_whose_means_vary() {
        // Dimension 0 spread over ±1, dimension 1 within ±0.05, dimension 2 constant.
        let means: Vec<f32> =
            (0..100).flat_map(|i| [(i as f32 / 50.0) - 1.0, (i % 2) as f32 * 0.1 - 0.05, 0.3]).collect();
        assert_eq!(active_dimensions(&means, 3), vec![0]);
    }
}
