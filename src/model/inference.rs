//! A trained model's encoder and decoder on their own, as launches over batches of a fixed
//! size: what the commands that look at a model (sample, reconstruct, encode, latent-map) run.
//! Built once, then fed batch after batch; the last batch may be short.

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::activation::{self, Activation};
use crate::kernels::decoder;
use crate::kernels::density::Likelihood;
use crate::kernels::matmul::{self, LinearShape, MatmulKernel};
use crate::kernels::rng::{self, RngKey};
use crate::model::ModelConfig;
use crate::train::step::GpuParams;

/// Random streams of the picture commands (training and evaluation use others).
pub const STREAM_PRIOR: u32 = 21;
pub const STREAM_DRAWS: u32 = 22;

/// Rows per batch of the encoder and decoder built for pictures and encodings.
pub const BATCH: u32 = 256;

/// The linear layers `layers` of the model as one chain of launches from `input`; returns the
/// launches and every layer's output.
fn chain(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    layers: std::ops::Range<usize>,
    input: &GpuBuffer<f32>,
    rows: u32,
    kernel: MatmulKernel,
) -> Result<(Vec<Dispatch>, Vec<GpuBuffer<f32>>)> {
    let specs = config.layers();
    let (mut launches, mut outputs) = (vec![], vec![]);
    for l in layers {
        let spec = &specs[l];
        let y = gpu.zeros::<f32>(&format!("{} output", spec.name), rows as usize * spec.outputs)?;
        let x = outputs.last().unwrap_or(input);
        let (w, b) = &params.layers[l];
        let shape = LinearShape::new(rows, spec.inputs as u32, spec.outputs as u32);
        launches.push(matmul::linear_forward(gpu, x, w, Some(b), &y, shape, spec.act, kernel)?);
        outputs.push(y);
    }
    Ok((launches, outputs))
}

/// Rows of `values` (`width` each) in batches of at most `rows`.
fn batches(values: &[f32], width: usize, rows: u32) -> impl Iterator<Item = &[f32]> {
    values.chunks(rows as usize * width.max(1))
}

/// q(z|x) for batches of images.
pub struct Encoder {
    x: GpuBuffer<f32>,
    launches: Vec<Dispatch>,
    /// The encoder head's output, [rows, 2·latent]: μ then log σ² per row.
    head: GpuBuffer<f32>,
    rows: u32,
    dim: usize,
    latent: usize,
}

impl Encoder {
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        rows: u32,
        kernel: MatmulKernel,
    ) -> Result<Encoder> {
        let x = gpu.zeros::<f32>("images", rows as usize * config.input_dim)?;
        let (launches, mut outputs) = chain(gpu, config, params, 0..config.encoder_head() + 1, &x, rows, kernel)?;
        let head = outputs.pop().expect("the encoder has a head");
        Ok(Encoder { x, launches, head, rows, dim: config.input_dim, latent: config.latent })
    }

    /// (μ, log σ²) of q(z|x) per image, [n, 2·latent], for `images` (u8 pixels, scaled to
    /// [0, 1] as the model saw them in training; not binarized).
    pub fn encode(&self, gpu: &Gpu, images: &[u8]) -> Result<Vec<f32>> {
        if !images.len().is_multiple_of(self.dim) {
            return Err(Error::Invalid(format!("{} pixels are not whole images of {}", images.len(), self.dim)));
        }
        let x: Vec<f32> = images.iter().map(|&p| p as f32 / 255.0).collect();
        let mut out = Vec::with_capacity(images.len() / self.dim * 2 * self.latent);
        for batch in batches(&x, self.dim, self.rows) {
            gpu.write(&self.x, 0, batch)?;
            gpu.run(&self.launches.iter().collect::<Vec<_>>())?;
            let head = gpu.read(&self.head)?;
            out.extend_from_slice(&head[..batch.len() / self.dim * 2 * self.latent]);
        }
        Ok(out)
    }
}

/// What the decoder gives for a batch of z: the mean of p(x|z) per pixel, and for the
/// Gaussian decoder its log-variance.
#[derive(Debug)]
pub struct Decoded {
    /// [n, dim], in the data's units ([0, 1] for images).
    pub means: Vec<f32>,
    /// [n, dim], Gaussian decoders only.
    pub logvars: Option<Vec<f32>>,
}

/// p(x|z) for batches of latent points.
pub struct Decoder {
    z: GpuBuffer<f32>,
    launches: Vec<Dispatch>,
    /// Bernoulli: the probabilities [rows, dim]; Gaussian: (mean | logvar) [rows, 2·dim].
    out: GpuBuffer<f32>,
    rows: u32,
    dim: usize,
    latent: usize,
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
        let z = gpu.zeros::<f32>("z", rows as usize * config.latent)?;
        let layers = config.encoder_head() + 1..config.layers().len();
        let (mut launches, mut outputs) = chain(gpu, config, params, layers, &z, rows, kernel)?;
        let raw = outputs.pop().expect("the decoder has a head");
        let dim = config.input_dim as u32;
        let out = gpu.zeros::<f32>("decoded", raw.len())?;
        launches.push(match config.likelihood {
            Likelihood::Bernoulli => activation::forward(gpu, &raw, &out, rows * dim, Activation::Sigmoid)?,
            Likelihood::Gaussian => decoder::gaussian_head(gpu, &raw, &out, rows, dim, config.gaussian_head())?,
        });
        Ok(Decoder {
            z,
            launches,
            out,
            rows,
            dim: config.input_dim,
            latent: config.latent,
            likelihood: config.likelihood,
        })
    }

    /// The decoder's output for each row of `z` ([n, latent]).
    pub fn decode(&self, gpu: &Gpu, z: &[f32]) -> Result<Decoded> {
        if !z.len().is_multiple_of(self.latent) {
            return Err(Error::Invalid(format!("{} values are not whole latent points of {}", z.len(), self.latent)));
        }
        let n = z.len() / self.latent;
        let mut means = Vec::with_capacity(n * self.dim);
        let mut logvars = (self.likelihood == Likelihood::Gaussian).then(|| Vec::with_capacity(n * self.dim));
        for batch in batches(z, self.latent, self.rows) {
            gpu.write(&self.z, 0, batch)?;
            gpu.run(&self.launches.iter().collect::<Vec<_>>())?;
            let out = gpu.read(&self.out)?;
            let rows = batch.len() / self.latent;
            match &mut logvars {
                None => means.extend_from_slice(&out[..rows * self.dim]),
                Some(logvars) => {
                    for row in out.chunks(2 * self.dim).take(rows) {
                        means.extend_from_slice(&row[..self.dim]);
                        logvars.extend_from_slice(&row[self.dim..]);
                    }
                }
            }
        }
        Ok(Decoded { means, logvars })
    }
}

/// `n` points of the prior N(0, I) in `latent` dimensions, from the normal stream `key`
/// (drawn on the GPU: the same Philox numbers as everywhere else in wgvae).
pub fn prior_samples(gpu: &Gpu, key: RngKey, n: usize, latent: usize) -> Result<Vec<f32>> {
    draw(gpu, key, n * latent, rng::normal_stream)
}

/// The first `len` values of a random stream, drawn on the GPU.
fn draw(
    gpu: &Gpu,
    key: RngKey,
    len: usize,
    stream: fn(&Gpu, RngKey, &GpuBuffer<f32>, u32) -> Result<Dispatch>,
) -> Result<Vec<f32>> {
    let out = gpu.zeros::<f32>("random numbers", len)?;
    let launch = stream(gpu, key, &out, len as u32)?;
    gpu.run(&[&launch])?;
    let mut values = gpu.read(&out)?;
    values.truncate(len);
    Ok(values)
}

/// Images drawn from p(x|z) given the decoder's output: Bernoulli pixels (0 or 1), or Gaussian
/// values mean + σ·ε clamped to [0, 1] for display; from the streams of `key`.
pub fn draw_images(gpu: &Gpu, decoded: &Decoded, key: RngKey) -> Result<Vec<f32>> {
    let len = decoded.means.len();
    Ok(match &decoded.logvars {
        None => {
            let u = draw(gpu, key, len, rng::uniform_stream)?;
            decoded.means.iter().zip(&u).map(|(&p, &u)| if u < p { 1.0 } else { 0.0 }).collect()
        }
        Some(logvars) => {
            let eps = draw(gpu, key, len, rng::normal_stream)?;
            (0..len).map(|i| (decoded.means[i] + (0.5 * logvars[i]).exp() * eps[i]).clamp(0.0, 1.0)).collect()
        }
    })
}
