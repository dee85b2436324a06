//! A trained model's encoder and decoder on their own, as launches over batches of a fixed
//! size: what the commands that look at a model (sample, reconstruct, encode, latent-map) run.
//! Built once, then fed batch after batch; the last batch may be short.

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::activation::{self, Activation};
use crate::kernels::decoder;
use crate::kernels::matmul::MatmulKernel;
use crate::kernels::rng::{self, RngKey};
use crate::model::ModelConfig;
use crate::model::forward;
use crate::model::gpu_params::GpuParams;
use crate::model::likelihood::{DrawNoise, Likelihood};
use crate::model::trunk::Trunk;

/// Rows per batch of the encoder and decoder built for pictures and encodings.
pub const BATCH: u32 = 256;

/// A trunk of the model as one chain of launches over batches of `rows` rows: rows of
/// `in_width` values written to `input`, rows of `out_width` read from `output`.
struct Chain {
    input: GpuBuffer<f32>,
    /// Holds the launches' buffers.
    trunk: Trunk,
    /// After the trunk: the decoder's head, if any.
    head: Option<(Dispatch, GpuBuffer<f32>)>,
    rows: u32,
    in_width: usize,
    out_width: usize,
}

impl Chain {
    fn launches(&self) -> Vec<&Dispatch> {
        self.trunk.forward.iter().chain(self.head.as_ref().map(|(d, _)| d)).collect()
    }

    fn output(&self) -> &GpuBuffer<f32> {
        self.head.as_ref().map_or_else(|| self.trunk.output(&self.input), |(_, out)| out)
    }

    /// The chain's output for each row of `inputs`, batch after batch.
    async fn run(&self, gpu: &Gpu, inputs: &[f32], what: &str) -> Result<Vec<f32>> {
        if !inputs.len().is_multiple_of(self.in_width.max(1)) {
            return Err(Error::Invalid(format!("{} values are not whole {what} of {}", inputs.len(), self.in_width)));
        }
        let mut out = Vec::with_capacity(inputs.len() / self.in_width.max(1) * self.out_width);
        let launches = self.launches();
        for batch in inputs.chunks(self.rows as usize * self.in_width.max(1)) {
            gpu.write(&self.input, 0, batch)?;
            gpu.submit("running the model", launches.iter().copied())?;
            let output = gpu.read_async(self.output()).await?;
            out.extend_from_slice(&output[..batch.len() / self.in_width * self.out_width]);
        }
        Ok(out)
    }
}

/// q(z|x) for batches of images.
pub struct Encoder {
    chain: Chain,
}

impl Encoder {
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        rows: u32,
        kernel: MatmulKernel,
    ) -> Result<Encoder> {
        let in_width = config.input_dim();
        let input = gpu.zeros::<f32>("encoder input", rows as usize * in_width)?;
        let trunk = forward::build_encoder(gpu, config, params, &input, rows, kernel)?;
        let out_width = 2 * config.latent();
        Ok(Encoder { chain: Chain { input, trunk, head: None, rows, in_width, out_width } })
    }

    /// (μ, log σ²) of q(z|x) per image, [n, 2·latent], for `images` (u8 pixels, scaled to
    /// [0, 1] as the model saw them in training; not binarized).
    pub async fn encode(&self, gpu: &Gpu, images: &[u8]) -> Result<Vec<f32>> {
        let x: Vec<f32> = images.iter().map(|&p| p as f32 / 255.0).collect();
        self.chain.run(gpu, &x, "images").await
    }
}

/// What the decoder gives for a batch of z: the mean of p(x|z) per pixel, and for the
/// two-output decoders its spread.
#[derive(Debug)]
pub struct Decoded {
    /// [n, dim], in the data's units ([0, 1] for images).
    pub means: Vec<f32>,
    /// [n, dim]: log σ² (Gaussian) or log s (discretized logistic); none for the Bernoulli.
    pub log_spreads: Option<Vec<f32>>,
    pub likelihood: Likelihood,
}

/// p(x|z) for batches of latent points.
pub struct Decoder {
    /// Ends with the probabilities [rows, dim] (Bernoulli) or (mean | spread) [rows, 2·dim].
    chain: Chain,
    dim: usize,
    likelihood: Likelihood,
}

impl Decoder {
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        rows: u32,
        kernel: MatmulKernel,
    ) -> Result<Decoder> {
        let dim = config.input_dim() as u32;
        let in_width = config.latent();
        let input = gpu.zeros::<f32>("decoder input", rows as usize * in_width)?;
        let trunk = forward::build_decoder(gpu, config, params, &input, rows, kernel)?;
        let raw = trunk.output(&input);
        let out = gpu.zeros::<f32>("decoded", raw.len())?;
        let launch = match config.likelihood.is_location_scale() {
            true => decoder::location_scale_head(gpu, raw, &out, rows, dim, config.decoder_head())?,
            // The Bernoulli's mean: its probabilities from the logits.
            false => activation::forward(gpu, raw, &out, rows * dim, Activation::Sigmoid)?,
        };
        let out_width = out.len() / rows as usize;
        let chain = Chain { input, trunk, head: Some((launch, out)), rows, in_width, out_width };
        Ok(Decoder { chain, dim: config.input_dim(), likelihood: config.likelihood })
    }

    /// The decoder's output for each row of `z` ([n, latent]).
    pub async fn decode(&self, gpu: &Gpu, z: &[f32]) -> Result<Decoded> {
        let out = self.chain.run(gpu, z, "latent points").await?;
        let likelihood = self.likelihood;
        Ok(match likelihood.is_location_scale() {
            true => {
                let (means, spreads): (Vec<&[f32]>, Vec<&[f32]>) =
                    out.chunks(2 * self.dim).map(|row| row.split_at(self.dim)).unzip();
                Decoded { means: means.concat(), log_spreads: Some(spreads.concat()), likelihood }
            }
            false => Decoded { means: out, log_spreads: None, likelihood },
        })
    }
}

/// The μ half of encoder heads ([n, 2·latent], μ then log σ² per row): [n, latent].
pub fn means(heads: &[f32], latent: usize) -> Vec<f32> {
    heads.chunks(2 * latent.max(1)).flat_map(|h| &h[..latent.min(h.len())]).copied().collect()
}

/// `n` points of the prior N(0, I) in `latent` dimensions, from the normal stream `key`
/// (drawn on the GPU: the same Philox numbers as everywhere else in wgvae).
pub async fn prior_samples(gpu: &Gpu, key: RngKey, n: usize, latent: usize) -> Result<Vec<f32>> {
    draw(gpu, key, n * latent, rng::normal_stream).await
}

/// The first `len` values of a random stream, drawn on the GPU.
async fn draw(
    gpu: &Gpu,
    key: RngKey,
    len: usize,
    stream: fn(&Gpu, RngKey, &GpuBuffer<f32>, u32) -> Result<Dispatch>,
) -> Result<Vec<f32>> {
    let out = gpu.zeros::<f32>("random numbers", len)?;
    let launch = stream(gpu, key, &out, len as u32)?;
    gpu.submit("drawing random numbers", [&launch])?;
    let mut values = gpu.read_async(&out).await?;
    values.truncate(len);
    Ok(values)
}

/// Images drawn from p(x|z) given the decoder's output ([`Likelihood::draw`]), from the
/// streams of `key`.
pub async fn draw_images(gpu: &Gpu, decoded: &Decoded, key: RngKey) -> Result<Vec<f32>> {
    let len = decoded.means.len();
    let stream = match decoded.likelihood.draw_noise() {
        DrawNoise::Uniform => rng::uniform_stream,
        DrawNoise::Normal => rng::normal_stream,
    };
    let noise = draw(gpu, key, len, stream).await?;
    let spread = |i: usize| decoded.log_spreads.as_ref().map_or(0.0, |s| s[i]);
    Ok((0..len).map(|i| decoded.likelihood.draw(decoded.means[i], spread(i), noise[i])).collect())
}
