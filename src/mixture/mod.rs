//! The shallow latent variable model: a mixture of K diagonal Gaussians, z ∈ {1..K},
//! p(x) = Σ_k π_k N(x; μ_k, diag(v_k)), whose likelihood and posterior are exact, fitted by EM
//! on the GPU ([`fit`]); how its clusters match labels ([`clustering`]); the importance and
//! variational estimators applied where the answer is known ([`estimators`]). Saved as
//! `model.safetensors` (`weights` `[K]`, `means` [K, D], `variances` [K, D]) beside `config.json`.

pub mod clustering;
pub mod estimators;
pub mod fit;
pub mod run;

use std::path::Path;

use safetensors::SafeTensors;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::checkpoint::{CONFIG_FILE, WEIGHTS_FILE, read_f32, read_files, write_files};

/// A diagonal Gaussian mixture: weights π `[K]`, means and variances [K, D].
#[derive(Clone, Debug, PartialEq)]
pub struct Mixture {
    pub dim: usize,
    pub weights: Vec<f32>,
    pub means: Vec<f32>,
    pub variances: Vec<f32>,
}

impl Mixture {
    pub fn components(&self) -> usize {
        self.weights.len()
    }
}

/// The version of the mixture's config.json and tensor names.
pub const MIXTURE_FORMAT_VERSION: u32 = 1;

/// What `config.json` says of a fitted mixture.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MixtureConfig {
    pub format_version: u32,
    /// Always "gaussian_mixture": tells this folder from a VAE's.
    pub model: String,
    /// Always "diagonal".
    pub covariance: String,
    pub components: usize,
    pub input_dim: usize,
    /// [height, width] of the images; input_dim = height · width.
    pub image_shape: [usize; 2],
    /// Every variance is at least exp(logvar_floor).
    pub logvar_floor: f32,
    /// How the fit ended: EM iterations, whether the change fell below the tolerance, and the
    /// exact mean log-likelihood of the training data under the saved parameters (nats).
    pub iterations: u32,
    pub converged: bool,
    pub log_likelihood: f64,
    /// The same of the held-out images, when there were some.
    pub heldout_log_likelihood: Option<f64>,
}

/// Writes `config.json` and `model.safetensors` into `dir` (created if missing), atomically.
pub fn save(dir: &Path, config: &MixtureConfig, mixture: &Mixture) -> Result<()> {
    let (k, d) = (mixture.components(), mixture.dim);
    let tensors: Vec<(String, Vec<usize>, &[f32])> = vec![
        ("weights".into(), vec![k], &mixture.weights),
        ("means".into(), vec![k, d], &mixture.means),
        ("variances".into(), vec![k, d], &mixture.variances),
    ];
    write_files(dir, &tensors, config)
}

/// Reads a mixture written by [`save`].
pub fn load(dir: &Path) -> Result<(MixtureConfig, Mixture)> {
    let (text, bytes) = read_files(dir)?;
    let config_path = dir.join(CONFIG_FILE);
    let config: MixtureConfig = serde_json::from_str(&text)
        .map_err(|e| Error::Invalid(format!("mixture config {}: {e}", config_path.display())))?;
    if config.model != "gaussian_mixture" || config.format_version > MIXTURE_FORMAT_VERSION {
        return Err(Error::Invalid(format!(
            "mixture config {}: model {:?} version {}; this build reads gaussian_mixture up to version {MIXTURE_FORMAT_VERSION}",
            config_path.display(),
            config.model,
            config.format_version
        )));
    }
    let weights_path = dir.join(WEIGHTS_FILE);
    let bad = |what: String| Error::Invalid(format!("mixture weights {}: {what}", weights_path.display()));
    let file = SafeTensors::deserialize(&bytes).map_err(|e| bad(e.to_string()))?;
    let (k, d) = (config.components, config.input_dim);
    let mixture = Mixture {
        dim: d,
        weights: read_f32(&file, "weights", &[k], bad)?,
        means: read_f32(&file, "means", &[k, d], bad)?,
        variances: read_f32(&file, "variances", &[k, d], bad)?,
    };
    Ok((config, mixture))
}
