//! The checkpoint contract: `model.safetensors` with f32 tensors named as the state_dict of the
//! PyTorch module that `config.json` (a [`ModelConfig`]) describes, beside it; both written
//! atomically. Format version 2: `encoder.{i}` and `decoder.{i}` for the layers with parameters
//! (i their position in the list, as in an nn.Sequential), `mu` and `logvar` for the heads, each
//! `.weight` in PyTorch's layout and `.bias`. Version 1 (an MLP of `enc.{i}`, `enc_mu`,
//! `enc_logvar`, `dec.{i}`, then `dec_out` or `dec_mu` and `dec_logvar`) still loads.

use std::collections::HashMap;
use std::path::Path;

use safetensors::tensor::{Dtype, SafeTensors, TensorView};

use super::{HEAD, LayerParams, LayerSpec, ModelConfig, Parameters};
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::model::likelihood::Likelihood;

pub const WEIGHTS_FILE: &str = "model.safetensors";
pub const CONFIG_FILE: &str = "config.json";

/// One tensor pair of a file: (name, first output row, rows, shape of the weight) of layer `l`
/// of [`ModelConfig::layers`]. The heads hold PyTorch's `mu` and `logvar` stacked by rows, as
/// did version 1's Gaussian output layer its `dec_mu` and `dec_logvar`.
fn file_layers(
    config: &ModelConfig,
    l: usize,
    spec: &LayerSpec,
    version: u32,
) -> Vec<(String, usize, usize, Vec<usize>)> {
    let row = spec.weight_len() / spec.outputs;
    let split = |a: &str, b: &str| {
        let half = spec.outputs / 2;
        vec![(a.to_string(), 0, half, vec![half, row]), (b.to_string(), half, half, vec![half, row])]
    };
    let whole = |name: String| vec![(name, 0, spec.outputs, spec.weight_shape.clone())];
    let head = config.encoder_head();
    match (version, l) {
        (1, l) if l < head => whole(format!("enc.{l}")),
        (1, l) if l == head => split("enc_mu", "enc_logvar"),
        (1, l) if l + 1 < config.layers().len() => whole(format!("dec.{}", l - head - 1)),
        (1, _) if config.likelihood == Likelihood::Gaussian => split("dec_mu", "dec_logvar"),
        (1, _) => whole("dec_out".into()),
        _ if spec.name == HEAD => split("mu", "logvar"),
        _ => whole(spec.name.clone()),
    }
}

/// The named tensors of the contract, as (name, shape, values).
fn tensors(config: &ModelConfig, params: &Parameters) -> Vec<(String, Vec<usize>, Vec<f32>)> {
    let mut out = vec![];
    for (l, (spec, p)) in config.layers().iter().zip(&params.layers).enumerate() {
        let row = spec.weight_len() / spec.outputs;
        for (name, first, rows, shape) in file_layers(config, l, spec, super::FORMAT_VERSION) {
            out.push((format!("{name}.weight"), shape, p.weight[first * row..(first + rows) * row].to_vec()));
            out.push((format!("{name}.bias"), vec![rows], p.bias[first..first + rows].to_vec()));
        }
    }
    out
}

/// The name of layer `l`'s tensors in a training state of model format `version`: version 1
/// named them by the MLP's layers (`enc.{i}`, `enc_head`, `dec.{i}`, `dec_head`).
pub(crate) fn state_layer_name(config: &ModelConfig, l: usize, spec: &LayerSpec, version: u32) -> String {
    let head = config.encoder_head();
    match version {
        1 if l < head => format!("enc.{l}"),
        1 if l == head => "enc_head".into(),
        1 if l + 1 < config.layers().len() => format!("dec.{}", l - head - 1),
        1 => "dec_head".into(),
        _ => spec.name.clone(),
    }
}

/// The format_version a config.json's text declares (0 where it declares none).
pub(crate) fn declared_version(config_text: &str) -> u32 {
    serde_json::from_str::<serde_json::Value>(config_text)
        .ok()
        .and_then(|v| v.get("format_version").and_then(|v| v.as_u64()))
        .map_or(0, |v| v as u32)
}

/// The safetensors bytes of f32 `tensors` (name, shape, values) with `metadata`; `path` names
/// the file in errors.
pub(crate) fn serialize_f32(
    tensors: &[(String, Vec<usize>, &[f32])],
    metadata: HashMap<String, String>,
    path: &Path,
) -> Result<Vec<u8>> {
    let views = tensors
        .iter()
        .map(|(name, shape, values)| {
            TensorView::new(Dtype::F32, shape.clone(), bytemuck::cast_slice(values)).map(|v| (name.clone(), v))
        })
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| Error::Io(format!("building {}: {e}", path.display())))?;
    safetensors::serialize(views, Some(metadata)).map_err(|e| Error::Io(format!("serializing {}: {e}", path.display())))
}

/// The f32 tensor `name` of `file`, which must have `shape`; `bad` words what is wrong.
pub(crate) fn read_f32(
    file: &SafeTensors<'_>,
    name: &str,
    shape: &[usize],
    bad: impl Fn(String) -> Error,
) -> Result<Vec<f32>> {
    let t = file.tensor(name).map_err(|e| bad(format!("{name}: {e}")))?;
    if t.dtype() != Dtype::F32 || t.shape() != shape {
        return Err(bad(format!("{name} is {:?} {:?}; the config needs F32 {shape:?}", t.dtype(), t.shape())));
    }
    Ok(t.data().chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
}

/// Writes f32 `tensors` as `model.safetensors` and `config` as `config.json` into `dir`
/// (created if missing), each atomically: the files of a VAE's checkpoint and of a mixture.
pub(crate) fn write_files(
    dir: &Path,
    tensors: &[(String, Vec<usize>, &[f32])],
    config: &impl serde::Serialize,
) -> Result<()> {
    let metadata = HashMap::from([("format".to_string(), "pt".to_string())]);
    let bytes = serialize_f32(tensors, metadata, &dir.join(WEIGHTS_FILE))?;
    write_pair(dir, &config_json(config), &bytes)
}

/// Writes `config.json`'s text and `model.safetensors`' bytes into `dir` (created if missing),
/// each atomically.
fn write_pair(dir: &Path, config_text: &str, weights: &[u8]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
    write_atomic(&dir.join(WEIGHTS_FILE), weights)?;
    write_atomic(&dir.join(CONFIG_FILE), config_text.as_bytes())
}

/// config.json's text as the files hold it.
fn config_json(config: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(config).expect("a config always serializes") + "\n"
}

/// The text of `config.json` and the bytes of `model.safetensors` in `dir`.
pub(crate) fn read_files(dir: &Path) -> Result<(String, Vec<u8>)> {
    let config_path = dir.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&config_path)
        .map_err(|e| Error::Io(format!("reading {}: {e}", config_path.display())))?;
    let weights_path = dir.join(WEIGHTS_FILE);
    let bytes =
        std::fs::read(&weights_path).map_err(|e| Error::Io(format!("reading {}: {e}", weights_path.display())))?;
    Ok((text, bytes))
}

/// Writes `config.json` and `model.safetensors` into `dir` (created if missing).
pub fn save(dir: &Path, config: &ModelConfig, params: &Parameters) -> Result<()> {
    let (config_text, weights) = to_bytes(config, params)?;
    write_pair(dir, &config_text, &weights)
}

/// The contents of the two files [`save`] writes: `config.json`'s text and
/// `model.safetensors`' bytes (where there are no files: a page's download).
pub fn to_bytes(config: &ModelConfig, params: &Parameters) -> Result<(String, Vec<u8>)> {
    let tensors = tensors(config, params);
    let tensors: Vec<(String, Vec<usize>, &[f32])> =
        tensors.iter().map(|(n, s, v)| (n.clone(), s.clone(), v.as_slice())).collect();
    let metadata = HashMap::from([("format".to_string(), "pt".to_string())]);
    let bytes = serialize_f32(&tensors, metadata, Path::new(WEIGHTS_FILE))?;
    Ok((config_json(config), bytes))
}

/// Reads a checkpoint directory written by [`save`] (or by PyTorch to the same contract).
pub fn load(dir: &Path) -> Result<(ModelConfig, Parameters)> {
    let (text, bytes) = read_files(dir)?;
    from_bytes(&text, &bytes, dir)
}

/// A checkpoint from the contents of its two files; `dir` names them in errors.
pub fn from_bytes(config_text: &str, weights: &[u8], dir: &Path) -> Result<(ModelConfig, Parameters)> {
    let (config_path, weights_path) = (dir.join(CONFIG_FILE), dir.join(WEIGHTS_FILE));
    let config = ModelConfig::from_json(config_text)
        .map_err(|e| Error::Invalid(format!("checkpoint config {}: {e}", config_path.display())))?;
    let version = declared_version(config_text);

    let bad = |what: String| Error::Invalid(format!("checkpoint weights {}: {what}", weights_path.display()));
    let file = SafeTensors::deserialize(weights).map_err(|e| bad(e.to_string()))?;
    let mut layers = vec![];
    for (l, spec) in config.layers().iter().enumerate() {
        // Grown from the tensors read, not sized from the config: a damaged config cannot make
        // this allocate ahead of the data.
        let (mut weight, mut bias) = (vec![], vec![]);
        for (name, _, rows, shape) in file_layers(&config, l, spec, version) {
            weight.extend(read_f32(&file, &format!("{name}.weight"), &shape, bad)?);
            bias.extend(read_f32(&file, &format!("{name}.bias"), &[rows], bad)?);
        }
        layers.push(LayerParams { weight, bias });
    }
    Ok((config, Parameters { layers }))
}
