//! What `wgvae train --resume` continues from: `training_state.safetensors`, written beside the
//! checkpoint after every epoch and when a run is interrupted. One file, written atomically, so
//! its parts always belong together: the weights and Adam's moments of every layer as tensors,
//! and in its metadata the model's config and where the run stands (options, data, epoch, step,
//! the sums of the epoch under way, the finished epochs' records). The random streams are keyed
//! by seed and step and the shuffles by seed and epoch, so that is all a step depends on: a
//! resumed run computes what an uninterrupted one would, bit for bit.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use safetensors::tensor::SafeTensors;
use serde::{Deserialize, Serialize};

use super::TrainOptions;
use super::metrics::EpochRecord;
use crate::data::ReadOptions;
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::model::{LayerParams, ModelConfig, Parameters, checkpoint};

pub const STATE_FILE: &str = "training_state.safetensors";
pub const STATE_VERSION: u32 = 1;
const CONFIG_KEY: &str = "wgvae_model_config";
const PROGRESS_KEY: &str = "wgvae_training_progress";

/// Where a run stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub format_version: u32,
    pub options: TrainOptions,
    /// The training and held-out images (None: the bundled digits and their held-out set).
    pub data: Option<PathBuf>,
    pub test_data: Option<PathBuf>,
    /// How they were read (--grayscale, --image-size); absent in states written before them.
    #[serde(default)]
    pub read: ReadOptions,
    /// The epoch under way, 1-based, and how many of its steps are done: the epoch is finished
    /// when that is all its steps.
    pub epoch: u32,
    pub epoch_steps: u32,
    /// Adam steps taken in all.
    pub steps: u32,
    /// The training sums (bound, KL, log p(x|z)) of the epoch under way.
    pub sums: [f32; 3],
    /// With clipping: the epoch's sum of gradient norms and count of clipped steps so far.
    #[serde(default)]
    pub clip_sums: [f32; 2],
    /// One per finished epoch.
    pub records: Vec<EpochRecord>,
}

/// Adam's first and second moments of a layer: (m, v) of the weight, then of the bias.
pub type Moments = [Vec<f32>; 4];

/// Everything a resumed run starts from.
pub struct TrainingState {
    pub config: ModelConfig,
    pub params: Parameters,
    pub moments: Vec<Moments>,
    pub progress: Progress,
}

const PARTS: [&str; 6] = ["weight", "bias", "m_weight", "v_weight", "m_bias", "v_bias"];

impl TrainingState {
    pub fn new(config: ModelConfig, params: Parameters, moments: Vec<Moments>, progress: Progress) -> Self {
        TrainingState { config, params, moments, progress }
    }

    /// Writes `dir/training_state.safetensors` (temp file, fsync, rename).
    pub fn save(&self, dir: &Path) -> Result<()> {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
        let path = dir.join(STATE_FILE);
        let specs = self.config.layers();
        let mut tensors: Vec<(String, Vec<usize>, &[f32])> = vec![];
        for ((spec, p), m) in specs.iter().zip(&self.params.layers).zip(&self.moments) {
            let (weight, bias) = (spec.weight_shape.clone(), vec![spec.outputs]);
            let values = [&p.weight, &p.bias, &m[0], &m[1], &m[2], &m[3]];
            for (part, v) in PARTS.iter().zip(values) {
                let shape = if part.ends_with("weight") { weight.clone() } else { bias.clone() };
                tensors.push((format!("{}.{part}", spec.name), shape, v));
            }
        }
        let metadata = HashMap::from([
            (CONFIG_KEY.to_string(), to_json(&self.config)),
            (PROGRESS_KEY.to_string(), to_json(&self.progress)),
        ]);
        let bytes = checkpoint::serialize_f32(&tensors, metadata, &path)?;
        write_atomic(&path, &bytes)
    }

    /// Reads `dir/training_state.safetensors`, checking every part against the config it holds.
    pub fn load(dir: &Path) -> Result<TrainingState> {
        let path = dir.join(STATE_FILE);
        let bytes = std::fs::read(&path).map_err(|e| {
            Error::Io(format!(
                "reading {}: {e} (a run saves it after each epoch; is this a wgvae run folder?)",
                path.display()
            ))
        })?;
        TrainingState::from_bytes(&bytes, &path)
    }

    /// A training state from the bytes of its file; `path` names it in errors.
    pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<TrainingState> {
        let bad = |what: String| Error::Invalid(format!("training state {}: {what}", path.display()));
        let (_, header) = SafeTensors::read_metadata(bytes).map_err(|e| bad(e.to_string()))?;
        let metadata = header.metadata().clone().unwrap_or_default();
        let field = |key: &str| metadata.get(key).ok_or_else(|| bad(format!("no {key} in its metadata")));
        let config_text = field(CONFIG_KEY)?;
        let config = ModelConfig::from_json(config_text).map_err(|e| bad(format!("config: {e}")))?;
        // Training states of model format 1 name their tensors by the MLP's layers.
        let version = checkpoint::declared_version(config_text);
        let progress: Progress =
            serde_json::from_str(field(PROGRESS_KEY)?).map_err(|e| bad(format!("progress: {e}")))?;
        if progress.format_version != STATE_VERSION {
            return Err(bad(format!(
                "format version {} (this wgvae reads version {STATE_VERSION})",
                progress.format_version
            )));
        }
        let file = SafeTensors::deserialize(bytes).map_err(|e| bad(e.to_string()))?;
        let (mut layers, mut moments) = (vec![], vec![]);
        for (l, spec) in config.layers().iter().enumerate() {
            let name = checkpoint::state_layer_name(&config, l, spec, version);
            let mut parts = PARTS.iter().map(|part| {
                let shape = if part.ends_with("weight") { spec.weight_shape.clone() } else { vec![spec.outputs] };
                checkpoint::read_f32(&file, &format!("{name}.{part}"), &shape, bad)
            });
            let mut next = || parts.next().expect("six parts");
            let (weight, bias) = (next()?, next()?);
            layers.push(LayerParams { weight, bias });
            moments.push([next()?, next()?, next()?, next()?]);
        }
        Ok(TrainingState { config, params: Parameters { layers }, moments, progress })
    }
}

/// JSON for the metadata (serde_json cannot fail on these plain structs).
fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data serializes")
}
