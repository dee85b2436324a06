//! The model's parameters on the GPU: a (weight, bias) buffer pair per layer, uploaded from and
//! downloaded to [`Parameters`], and handed to the encoder and decoder trunks layer by layer.

use crate::error::Result;
use crate::gpu::Gpu;
use crate::model::architecture::Layer;
use crate::model::trunk::LayerBuffers;
use crate::model::{LayerParams, ModelConfig, Parameters};

/// The model's parameters in GPU buffers, one (weight, bias) per layer of
/// [`ModelConfig::layers`].
pub struct GpuParams {
    pub layers: Vec<LayerBuffers>,
}

impl GpuParams {
    pub fn upload(gpu: &Gpu, config: &ModelConfig, params: &Parameters) -> Result<GpuParams> {
        let layers = config
            .layers()
            .iter()
            .zip(&params.layers)
            .map(|(spec, p)| {
                Ok((
                    gpu.upload(&format!("{}.weight", spec.name), &p.weight)?,
                    gpu.upload(&format!("{}.bias", spec.name), &p.bias)?,
                ))
            })
            .collect::<Result<_>>()?;
        Ok(GpuParams { layers })
    }

    pub async fn download(&self, gpu: &Gpu) -> Result<Parameters> {
        let mut layers = vec![];
        for (w, b) in &self.layers {
            let mut weight = gpu.read_all_async(&[w, b]).await?;
            let bias = weight.split_off(w.len());
            layers.push(LayerParams { weight, bias });
        }
        Ok(Parameters { layers })
    }

    /// The parameters as the two trunks take them, a slot per layer in [`Layer::flatten`]'s
    /// order (None for layers without): the encoder's with the heads last, and the decoder's.
    pub fn trunk_slots(&self, config: &ModelConfig) -> [Vec<Option<LayerBuffers>>; 2] {
        let mut next = self.layers.iter().cloned();
        let mut slots = |layers: &[Layer]| -> Vec<Option<LayerBuffers>> {
            Layer::flatten(layers).into_iter().map(|l| l.parameter_shapes().and_then(|_| next.next())).collect()
        };
        let encoder = slots(&config.encoder_layers().0);
        let decoder = slots(&config.architecture.decoder);
        [encoder, decoder]
    }
}
