//! The model's forward graph on the GPU as fixed lists of launches over resident buffers:
//! gather → encoder trunk → sample → decoder trunk → log-densities → bound, the trunks of
//! [`crate::model::trunk`] built from the model's layers. Training (the step in
//! `train/step.rs` adds the backward pass and Adam to it), the estimators of log p(x) ([`crate::eval`]) and the
//! benchmarks build the same pass; a pass is built once, and a batch only rewrites the
//! uniforms of its gather and its draws.

use crate::data::gpu_images::DataBuffers;
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::decoder;
use crate::kernels::density::{self, SampleShape};
use crate::kernels::gather;
use crate::kernels::matmul::MatmulKernel;
use crate::kernels::reduce::{self, BoundOutputs, MetricsSlot};
use crate::kernels::sample::{self, SampleOrigin};
use crate::model::architecture::Shape;
use crate::model::gpu_params::GpuParams;
use crate::model::trunk::Trunk;
use crate::model::{ModelConfig, Objective};
use crate::reference::rng::RngKey;

/// The encoder trunk (the heads its last layer) over `points` images in `x`, launches built.
pub fn build_encoder(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    x: &GpuBuffer<f32>,
    points: u32,
    kernel: MatmulKernel,
) -> Result<Trunk> {
    let (layers, shapes) = config.encoder_layers();
    let [channels, height, width] = config.input();
    let input = Shape::Image { channels, height, width };
    let [slots, _] = params.trunk_slots(config);
    Trunk::build(gpu, &layers, &shapes, &slots, x, input, points, kernel)
}

/// The decoder trunk over `rows` latent points in `z`: its output is the likelihood's raw
/// parameters, channel-first (Bernoulli logits, or the means then the log-variances or log-scales).
pub fn build_decoder(
    gpu: &Gpu,
    config: &ModelConfig,
    params: &GpuParams,
    z: &GpuBuffer<f32>,
    rows: u32,
    kernel: MatmulKernel,
) -> Result<Trunk> {
    let (layers, shapes) = config.decoder_layers();
    let [_, slots] = params.trunk_slots(config);
    Trunk::build(gpu, &layers, &shapes, &slots, z, Shape::Flat(config.latent()), rows, kernel)
}

/// Where a forward pass draws z from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proposal {
    /// The encoder's q(z|x): the importance sampler.
    Encoder,
    /// The prior p(z) = N(0, I): the naive Monte Carlo estimate. The encoder does not run; its
    /// output buffer stays zero, (μ, logvar) = (0, 0), so z = ε and log q(z|x) = log p(z).
    Prior,
}

/// The per-batch bound a forward pass ends with, and where its sums go.
pub struct BoundSpec<'a> {
    pub objective: Objective,
    pub metrics: &'a GpuBuffer<f32>,
    pub slot: u32,
}

/// One forward pass over `points` images with `samples` draws each, or over `chunks` such
/// batches in turn, one after the other (a batch too large for the adapter's buffers).
pub struct ForwardPass {
    pub shape: SampleShape,
    /// The bound the pass reduces to; None for a pass whose log-densities are reduced by
    /// the caller (the evaluation's streaming estimators).
    pub objective: Option<Objective>,
    pub x: GpuBuffer<f32>,
    /// The encoder, its output (μ | log σ²) per point, and the decoder, its rows points · samples.
    pub encoder: Trunk,
    pub decoder: Trunk,
    pub z: GpuBuffer<f32>,
    pub eps: GpuBuffer<f32>,
    /// The two-output head's (mean | log σ² or log s); the Bernoulli logits are the decoder's
    /// output.
    pub head: Option<GpuBuffer<f32>>,
    pub densities: GpuBuffer<f32>,
    pub bound: GpuBuffer<f32>,
    pub weights: GpuBuffer<f32>,
    /// Whether the encoder runs (Proposal::Encoder).
    encodes: bool,
    /// Per chunk, its gather and its reparameterize (its batch offset and random rows); the
    /// rest of the launches are shared.
    chunk_launches: Vec<[Dispatch; 2]>,
    /// After the decoder: the two-output head, the log-densities, the bound.
    tail: Vec<Dispatch>,
}

impl ForwardPass {
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        data: DataBuffers<'_>,
        points: u32,
        samples: u32,
        chunks: u32,
        proposal: Proposal,
        bound_spec: Option<BoundSpec<'_>>,
        binarize: bool,
        kernel: MatmulKernel,
    ) -> Result<ForwardPass> {
        let dim = config.input_dim() as u32;
        let latent = config.latent() as u32;
        let rows = points * samples;
        let shape = SampleShape { points, samples, data_dim: dim, latent };

        if chunks == 0 {
            return Err(Error::Invalid("a forward pass runs at least one chunk".into()));
        }
        let x = gpu.zeros::<f32>("x", (points * dim) as usize)?;
        let encoder = build_encoder(gpu, config, params, &x, points, kernel)?;
        let enc = encoder.output(&x);
        let z = gpu.zeros::<f32>("z", (rows * latent) as usize)?;
        let eps = gpu.zeros::<f32>("eps", (rows * latent) as usize)?;
        let chunk_launches = (0..chunks)
            .map(|chunk| {
                let key = binarize.then_some(RngKey::default());
                let gather =
                    gather::gather(gpu, data.pixels, data.images, data.index, &x, points, dim, chunk * points, key)?;
                let origin = SampleOrigin { point: chunk * points, sample: 0 };
                let reparameterize =
                    sample::reparameterize(gpu, enc, &z, &eps, points, samples, latent, RngKey::default(), origin)?;
                Ok([gather, reparameterize])
            })
            .collect::<Result<_>>()?;
        let decoder = build_decoder(gpu, config, params, &z, rows, kernel)?;
        let raw = decoder.output(&z);
        let mut tail = vec![];
        let head = match config.likelihood.is_location_scale() {
            true => {
                let g = gpu.zeros::<f32>("decoder head", raw.len())?;
                tail.push(decoder::location_scale_head(gpu, raw, &g, rows, dim, config.decoder_head())?);
                Some(g)
            }
            false => None,
        };
        let densities = gpu.zeros::<f32>("densities", rows as usize * 4)?;
        let dec = head.as_ref().unwrap_or(raw);
        tail.push(density::log_densities(gpu, &x, dec, &z, &eps, enc, &densities, shape, config.likelihood)?);
        let bound = gpu.zeros::<f32>("bound", points as usize)?;
        let weights = gpu.zeros::<f32>("weights", rows as usize)?;
        let objective = bound_spec.as_ref().map(|b| b.objective);
        if let Some(spec) = bound_spec {
            let out = BoundOutputs { bound: &bound, weights: &weights, metrics: spec.metrics };
            let slot = MetricsSlot { slot: spec.slot, accumulate: true };
            tail.push(match spec.objective {
                Objective::Elbo => reduce::elbo(gpu, &densities, enc, out, shape, slot)?,
                Objective::Iwae => reduce::iwae(gpu, &densities, enc, out, shape, slot)?,
            });
        }
        Ok(ForwardPass {
            shape,
            objective,
            x,
            encoder,
            decoder,
            z,
            eps,
            head,
            densities,
            bound,
            weights,
            encodes: proposal == Proposal::Encoder,
            chunk_launches,
            tail,
        })
    }

    /// The encoder's output: (μ | log σ²) per point, [points, 2·latent].
    pub fn enc(&self) -> &GpuBuffer<f32> {
        self.encoder.output(&self.x)
    }

    /// The decoder's output: the likelihood's raw parameters per row.
    pub fn raw(&self) -> &GpuBuffer<f32> {
        self.decoder.output(&self.z)
    }

    /// Points the pass at the batch at `offset` of the index, binarized from the stream
    /// `binarize` (rows keyed by their position in the index), with ε from the stream `eps`
    /// for rows from `origin`.
    pub fn set_batch(
        &mut self,
        gpu: &Gpu,
        index: &GpuBuffer<u32>,
        offset: u32,
        binarize: RngKey,
        eps: RngKey,
        origin: SampleOrigin,
    ) -> Result<()> {
        let points = self.shape.points;
        for (chunk, [gather, _]) in (0..).zip(&mut self.chunk_launches) {
            gather::set_batch(gpu, gather, index, offset + chunk * points, binarize)?;
        }
        self.set_samples(gpu, eps, origin)
    }

    /// Draws the next samples from the stream `eps`, rows from `origin`, leaving the batch.
    pub fn set_samples(&mut self, gpu: &Gpu, eps: RngKey, origin: SampleOrigin) -> Result<()> {
        let points = self.shape.points;
        for (chunk, [_, reparameterize]) in (0..).zip(&mut self.chunk_launches) {
            let origin = SampleOrigin { point: origin.point + chunk * points, ..origin };
            sample::set_key(gpu, reparameterize, eps, origin)?;
        }
        Ok(())
    }

    /// The chunks the pass runs in turn (1 unless the batch was split).
    pub fn chunks(&self) -> u32 {
        self.chunk_launches.len() as u32
    }

    /// The first chunk's launches: the whole pass when it was not split.
    pub fn launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.chunk_launches(0)
    }

    /// Chunk `chunk`'s launches: its own gather and reparameterize among the shared ones.
    pub fn chunk_launches(&self, chunk: u32) -> impl Iterator<Item = &Dispatch> {
        let [gather, reparameterize] = &self.chunk_launches[chunk as usize];
        let encoder: &[Dispatch] = if self.encodes { &self.encoder.forward } else { &[] };
        std::iter::once(gather).chain(encoder).chain([reparameterize]).chain(&self.decoder.forward).chain(&self.tail)
    }

    /// The launches that read the batch and run the encoder.
    pub fn encode_launches(&self) -> impl Iterator<Item = &Dispatch> {
        let encoder: &[Dispatch] = if self.encodes { &self.encoder.forward } else { &[] };
        std::iter::once(&self.chunk_launches[0][0]).chain(encoder)
    }

    /// The launches that draw z and score it, up to the bound: they can run again on the
    /// same encoded batch for more samples.
    pub fn sample_launches(&self) -> impl Iterator<Item = &Dispatch> {
        std::iter::once(&self.chunk_launches[0][1]).chain(&self.decoder.forward).chain(&self.tail)
    }

    /// Sets the KL weight β the IWAE's backward weights follow (its bound stays the true one;
    /// the ELBO's reduction reads none).
    pub fn set_beta(&mut self, gpu: &Gpu, beta: f32) -> Result<()> {
        match (self.objective, self.tail.last_mut()) {
            (Some(Objective::Iwae), Some(reduce)) => reduce::set_beta(gpu, reduce, beta),
            _ => Ok(()),
        }
    }
}
