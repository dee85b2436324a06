//! The checkpoint contract: `model.safetensors` with f32 tensors named as the state_dict of a
//! PyTorch module of nn.Linear layers (`enc.{i}`, `enc_mu`, `enc_logvar`, `dec.{i}`, then
//! `dec_out` for Bernoulli or `dec_mu` and `dec_logvar` for Gaussian; each `.weight` [out, in]
//! and `.bias` `[out]`), beside `config.json` (a [`ModelConfig`]). Both written atomically.

use std::collections::HashMap;
use std::path::Path;

use safetensors::tensor::{Dtype, SafeTensors, TensorView};

use super::{LayerParams, ModelConfig, Parameters};
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::kernels::density::Likelihood;

pub const WEIGHTS_FILE: &str = "model.safetensors";
pub const CONFIG_FILE: &str = "config.json";

/// The contract's layers for one internal layer, as (name, first output row, rows): the heads
/// hold two PyTorch layers stacked by rows.
fn exported_layers(config: &ModelConfig, name: &str, outputs: usize) -> Vec<(String, usize, usize)> {
    let half = outputs / 2;
    match name {
        "enc_head" => vec![("enc_mu".into(), 0, half), ("enc_logvar".into(), half, half)],
        "dec_head" if config.likelihood == Likelihood::Gaussian => {
            vec![("dec_mu".into(), 0, half), ("dec_logvar".into(), half, half)]
        }
        "dec_head" => vec![("dec_out".into(), 0, outputs)],
        _ => vec![(name.to_string(), 0, outputs)],
    }
}

/// The named tensors of the contract, as (name, shape, values).
fn tensors(config: &ModelConfig, params: &Parameters) -> Vec<(String, Vec<usize>, Vec<f32>)> {
    let mut out = vec![];
    for (spec, p) in config.layers().iter().zip(&params.layers) {
        for (name, first, rows) in exported_layers(config, &spec.name, spec.outputs) {
            let weight = p.weight[first * spec.inputs..(first + rows) * spec.inputs].to_vec();
            out.push((format!("{name}.weight"), vec![rows, spec.inputs], weight));
            out.push((format!("{name}.bias"), vec![rows], p.bias[first..first + rows].to_vec()));
        }
    }
    out
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
    std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
    let metadata = HashMap::from([("format".to_string(), "pt".to_string())]);
    let bytes = serialize_f32(tensors, metadata, &dir.join(WEIGHTS_FILE))?;
    write_atomic(&dir.join(WEIGHTS_FILE), &bytes)?;
    let json = serde_json::to_string_pretty(config).expect("a config always serializes") + "\n";
    write_atomic(&dir.join(CONFIG_FILE), json.as_bytes())
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
    let tensors = tensors(config, params);
    let tensors: Vec<(String, Vec<usize>, &[f32])> =
        tensors.iter().map(|(n, s, v)| (n.clone(), s.clone(), v.as_slice())).collect();
    write_files(dir, &tensors, config)
}

/// Reads a checkpoint directory written by [`save`] (or by PyTorch to the same contract).
pub fn load(dir: &Path) -> Result<(ModelConfig, Parameters)> {
    let (text, bytes) = read_files(dir)?;
    from_bytes(&text, &bytes, dir)
}

/// A checkpoint from the contents of its two files; `dir` names them in errors.
pub fn from_bytes(config_text: &str, weights: &[u8], dir: &Path) -> Result<(ModelConfig, Parameters)> {
    let (config_path, weights_path) = (dir.join(CONFIG_FILE), dir.join(WEIGHTS_FILE));
    let text = config_text;
    let config: ModelConfig = serde_json::from_str(text)
        .map_err(|e| Error::Invalid(format!("checkpoint config {}: {e}", config_path.display())))?;
    config.validate().map_err(|e| Error::Invalid(format!("checkpoint config {}: {e}", config_path.display())))?;

    let bad = |what: String| Error::Invalid(format!("checkpoint weights {}: {what}", weights_path.display()));
    let file = SafeTensors::deserialize(weights).map_err(|e| bad(e.to_string()))?;
    let mut layers = vec![];
    for spec in config.layers() {
        // Grown from the tensors read, not sized from the config: a damaged config cannot make
        // this allocate ahead of the data.
        let (mut weight, mut bias) = (vec![], vec![]);
        for (name, _, rows) in exported_layers(&config, &spec.name, spec.outputs) {
            for (suffix, shape, into) in
                [("weight", vec![rows, spec.inputs], &mut weight), ("bias", vec![rows], &mut bias)]
            {
                into.extend(read_f32(&file, &format!("{name}.{suffix}"), &shape, bad)?);
            }
        }
        layers.push(LayerParams { weight, bias });
    }
    Ok((config, Parameters { layers }))
}
