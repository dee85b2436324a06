//! The model on the GPU as fixed lists of launches over resident buffers: a forward pass
//! (gather → encoder → sample → decoder → log-densities → bound) and, for training, the hand-
//! written backward pass and Adam. Everything is built once; a step only rewrites the few
//! uniforms that change (batch offset, random stream, Adam's step) and records the list into
//! one compute pass.

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::accumulate;
use crate::kernels::activation::{self, Activation};
use crate::kernels::adam::{self, AdamConfig, AdamTensor};
use crate::kernels::decoder;
use crate::kernels::density::{self, Likelihood, SampleShape};
use crate::kernels::gather;
use crate::kernels::latent::{self, LatentBuffers};
use crate::kernels::matmul::{self, LinearShape, MatmulKernel};
use crate::kernels::reduce::{self, BoundOutputs, MetricsSlot};
use crate::kernels::sample::{self, SampleOrigin};
use crate::model::{LayerParams, ModelConfig, Objective, Parameters};
use crate::reference::rng::RngKey;

/// The metrics buffer: (Σ bound, Σ KL, Σ log p(x|z)) of training batches at 0..3 and of
/// held-out batches at 4..7.
pub const TRAIN_METRICS: u32 = 0;
pub const EVAL_METRICS: u32 = 4;
pub const METRICS_LEN: usize = 8;

/// The model's parameters in GPU buffers, one (weight, bias) per layer.
pub struct GpuParams {
    pub layers: Vec<(GpuBuffer<f32>, GpuBuffer<f32>)>,
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

    pub fn download(&self, gpu: &Gpu) -> Result<Parameters> {
        let layers = self
            .layers
            .iter()
            .map(|(w, b)| Ok(LayerParams { weight: gpu.read(w)?, bias: gpu.read(b)? }))
            .collect::<Result<_>>()?;
        Ok(Parameters { layers })
    }
}

/// Where a forward pass reads its images: u8 pixels packed 4 to a u32, and the order.
pub struct DataBuffers<'a> {
    pub pixels: &'a GpuBuffer<u32>,
    pub images: u32,
    pub index: &'a GpuBuffer<u32>,
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
    /// Every layer's output, encoder first; the decoder's rows are points · samples.
    pub outputs: Vec<GpuBuffer<f32>>,
    pub z: GpuBuffer<f32>,
    pub eps: GpuBuffer<f32>,
    /// The Gaussian head's (mean | logvar); the Bernoulli logits are the last output.
    pub gaussian: Option<GpuBuffer<f32>>,
    pub densities: GpuBuffer<f32>,
    pub bound: GpuBuffer<f32>,
    pub weights: GpuBuffer<f32>,
    /// The first chunk's launches.
    launches: Vec<Dispatch>,
    /// Where reparameterize sits: the launches before it read and encode the batch, the ones
    /// from it on draw the samples and score them.
    sample_at: usize,
    /// The later chunks' own gather and reparameterize (their batch offset and random rows);
    /// the rest of their launches are the first chunk's.
    later_chunks: Vec<[Dispatch; 2]>,
}

/// The input of layer `l`: the batch for the first, z for the decoder's first (after the
/// encoder head at `head`), else the layer before's output.
fn layer_input<'a>(
    l: usize,
    head: usize,
    x: &'a GpuBuffer<f32>,
    z: &'a GpuBuffer<f32>,
    outputs: &'a [GpuBuffer<f32>],
) -> &'a GpuBuffer<f32> {
    match l {
        0 => x,
        l if l == head + 1 => z,
        l => &outputs[l - 1],
    }
}

/// Rows through layer `l`: one per image in the encoder, one per sample in the decoder.
fn layer_rows(l: usize, head: usize, shape: SampleShape) -> u32 {
    if l <= head { shape.points } else { shape.rows() }
}

/// The gather is a forward pass's first launch.
const GATHER: usize = 0;

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
        let layers = config.layers();
        let head = config.encoder_head();
        let dim = config.input_dim as u32;
        let latent = config.latent as u32;
        let rows = points * samples;
        let shape = SampleShape { points, samples, data_dim: dim, latent };

        if chunks == 0 {
            return Err(Error::Invalid("a forward pass runs at least one chunk".into()));
        }
        let x = gpu.zeros::<f32>("x", (points * dim) as usize)?;
        let gather_chunk = |chunk: u32| {
            let key = binarize.then_some(RngKey::default());
            gather::gather(gpu, data.pixels, data.images, data.index, &x, points, dim, chunk * points, key)
        };
        let mut launches = vec![gather_chunk(0)?];
        let mut outputs: Vec<GpuBuffer<f32>> = vec![];
        let z = gpu.zeros::<f32>("z", (rows * latent) as usize)?;
        let eps = gpu.zeros::<f32>("eps", (rows * latent) as usize)?;
        let reparameterize_chunk = |chunk: u32, enc: &GpuBuffer<f32>| {
            let origin = SampleOrigin { point: chunk * points, sample: 0 };
            sample::reparameterize(gpu, enc, &z, &eps, points, samples, latent, RngKey::default(), origin)
        };
        let mut sample_at = 0;
        for (l, spec) in layers.iter().enumerate() {
            let n = layer_rows(l, head, shape);
            let y = gpu.zeros::<f32>(&format!("{} output", spec.name), n as usize * spec.outputs)?;
            let input = layer_input(l, head, &x, &z, &outputs);
            let (w, b) = &params.layers[l];
            let s = LinearShape::new(n, spec.inputs as u32, spec.outputs as u32);
            let linear = matmul::linear_forward(gpu, input, w, Some(b), &y, s, spec.act, kernel)?;
            if l > head || proposal == Proposal::Encoder {
                launches.push(linear);
            }
            outputs.push(y);
            if l == head {
                sample_at = launches.len();
                launches.push(reparameterize_chunk(0, &outputs[head])?);
            }
        }
        let later_chunks = (1..chunks)
            .map(|chunk| Ok([gather_chunk(chunk)?, reparameterize_chunk(chunk, &outputs[head])?]))
            .collect::<Result<_>>()?;
        let raw = outputs.last().expect("a model has layers");
        let gaussian = match config.likelihood {
            Likelihood::Gaussian => {
                let g = gpu.zeros::<f32>("gaussian head", raw.len())?;
                launches.push(decoder::gaussian_head(gpu, raw, &g, rows, dim, config.gaussian_head())?);
                Some(g)
            }
            Likelihood::Bernoulli => None,
        };
        let densities = gpu.zeros::<f32>("densities", rows as usize * 4)?;
        let dec = gaussian.as_ref().unwrap_or(raw);
        let enc = &outputs[head];
        launches.push(density::log_densities(gpu, &x, dec, &z, &eps, enc, &densities, shape, config.likelihood)?);
        let bound = gpu.zeros::<f32>("bound", points as usize)?;
        let weights = gpu.zeros::<f32>("weights", rows as usize)?;
        let objective = bound_spec.as_ref().map(|b| b.objective);
        if let Some(spec) = bound_spec {
            let out = BoundOutputs { bound: &bound, weights: &weights, metrics: spec.metrics };
            let slot = MetricsSlot { slot: spec.slot, accumulate: true };
            launches.push(match spec.objective {
                Objective::Elbo => reduce::elbo(gpu, &densities, enc, out, shape, slot)?,
                Objective::Iwae => reduce::iwae(gpu, &densities, enc, out, shape, slot)?,
            });
        }
        Ok(ForwardPass {
            shape,
            objective,
            x,
            outputs,
            z,
            eps,
            gaussian,
            densities,
            bound,
            weights,
            launches,
            sample_at,
            later_chunks,
        })
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
        gather::set_batch(gpu, &mut self.launches[GATHER], index, offset, binarize)?;
        for (chunk, [gather, _]) in (1..).zip(&mut self.later_chunks) {
            gather::set_batch(gpu, gather, index, offset + chunk * points, binarize)?;
        }
        self.set_samples(gpu, eps, origin)
    }

    /// Draws the next samples from the stream `eps`, rows from `origin`, leaving the batch.
    pub fn set_samples(&mut self, gpu: &Gpu, eps: RngKey, origin: SampleOrigin) -> Result<()> {
        let points = self.shape.points;
        sample::set_key(gpu, &mut self.launches[self.sample_at], eps, origin)?;
        for (chunk, [_, reparameterize]) in (1..).zip(&mut self.later_chunks) {
            let origin = SampleOrigin { point: origin.point + chunk * points, ..origin };
            sample::set_key(gpu, reparameterize, eps, origin)?;
        }
        Ok(())
    }

    /// The chunks the pass runs in turn (1 unless the batch was split).
    pub fn chunks(&self) -> u32 {
        1 + self.later_chunks.len() as u32
    }

    /// The first chunk's launches: the whole pass when it was not split.
    pub fn launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.chunk_launches(0)
    }

    /// Chunk `chunk`'s launches: its own gather and reparameterize among the shared ones.
    pub fn chunk_launches(&self, chunk: u32) -> impl Iterator<Item = &Dispatch> {
        let (gather, reparameterize) = match chunk {
            0 => (&self.launches[GATHER], &self.launches[self.sample_at]),
            c => {
                let [g, r] = &self.later_chunks[c as usize - 1];
                (g, r)
            }
        };
        std::iter::once(gather)
            .chain(&self.launches[GATHER + 1..self.sample_at])
            .chain([reparameterize])
            .chain(&self.launches[self.sample_at + 1..])
    }

    /// The launches that read the batch and run the encoder.
    pub fn encode_launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.launches[..self.sample_at].iter()
    }

    /// The launches that draw z and score it, up to the bound: they can run again on the
    /// same encoded batch for more samples.
    pub fn sample_launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.launches[self.sample_at..].iter()
    }
}

/// Gradient and Adam state of one layer.
struct LayerTraining {
    dw: GpuBuffer<f32>,
    db: GpuBuffer<f32>,
    /// d loss / d output, and d loss / d pre-activation for layers with a nonlinearity.
    dy: GpuBuffer<f32>,
    dz: Option<GpuBuffer<f32>>,
    moments: [GpuBuffer<f32>; 4],
}

/// Where a split batch sums its chunks' gradients: per layer (Σ dW, Σ db) and the launches
/// that start the sums (first chunk) and add to them (later chunks).
struct Accumulation {
    sums: Vec<(GpuBuffer<f32>, GpuBuffer<f32>)>,
    first: Vec<Dispatch>,
    add: Vec<Dispatch>,
}

/// A forward pass, the backward pass and Adam: one training step. A forward pass split in
/// chunks runs forward and backward per chunk, its gradients accumulated, then Adam once.
pub struct TrainStep {
    pub forward: ForwardPass,
    layers: Vec<LayerTraining>,
    pub dlatent: GpuBuffer<f32>,
    backward: Vec<Dispatch>,
    accumulation: Option<Accumulation>,
    /// The Adam launches, one per layer (weight and bias).
    adam: Vec<Dispatch>,
}

impl TrainStep {
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        forward: ForwardPass,
        adam_config: AdamConfig,
        kernel: MatmulKernel,
    ) -> Result<TrainStep> {
        let specs = config.layers();
        let head = config.encoder_head();
        let SampleShape { points, samples, latent, data_dim } = forward.shape;
        let rows = points * samples;
        let mut layers = vec![];
        for (l, spec) in specs.iter().enumerate() {
            let n = layer_rows(l, head, forward.shape) as usize;
            let zeros = |what: &str, len: usize| gpu.zeros::<f32>(&format!("{} {what}", spec.name), len);
            let (wl, bl) = (spec.inputs * spec.outputs, spec.outputs);
            layers.push(LayerTraining {
                dw: zeros("dW", wl)?,
                db: zeros("db", bl)?,
                dy: zeros("dY", n * spec.outputs)?,
                dz: if spec.act == Activation::Identity { None } else { Some(zeros("dZ", n * spec.outputs)?) },
                moments: [zeros("m(W)", wl)?, zeros("v(W)", wl)?, zeros("m(b)", bl)?, zeros("v(b)", bl)?],
            });
        }
        let dlatent = gpu.zeros::<f32>("dz", (rows * latent) as usize)?;

        let Some(objective) = forward.objective else {
            return Err(Error::Invalid("a training step needs a forward pass that ends in a bound".into()));
        };
        let f = &forward;
        let mut backward = vec![decoder::decoder_output_grad(
            gpu,
            &f.x,
            f.outputs.last().expect("a model has layers"),
            &f.weights,
            &layers.last().expect("a model has layers").dy,
            points,
            samples,
            data_dim,
            config.likelihood,
            config.gaussian_head(),
        )?];
        for l in (0..specs.len()).rev() {
            let spec = &specs[l];
            let n = layer_rows(l, head, f.shape);
            let t = &layers[l];
            let dz = match &t.dz {
                Some(dz) => {
                    backward.push(activation::backward(
                        gpu,
                        &f.outputs[l],
                        &t.dy,
                        dz,
                        n * spec.outputs as u32,
                        spec.act,
                    )?);
                    dz
                }
                None => &t.dy,
            };
            let input = layer_input(l, head, &f.x, &f.z, &f.outputs);
            let s = LinearShape::new(n, spec.inputs as u32, spec.outputs as u32);
            backward.push(matmul::linear_grad_weight(gpu, dz, input, &t.dw, Some(&t.db), s, kernel)?);
            if l > 0 {
                let dx = if l == head + 1 { &dlatent } else { &layers[l - 1].dy };
                backward.push(matmul::linear_grad_input(gpu, dz, &params.layers[l].0, dx, s, kernel)?);
            }
            if l == head + 1 {
                let buffers = LatentBuffers {
                    dz: &dlatent,
                    z: &f.z,
                    eps: &f.eps,
                    enc: &f.outputs[head],
                    weights: &f.weights,
                    denc: &layers[head].dy,
                };
                backward.push(latent::latent_grad(gpu, buffers, f.shape, objective)?);
            }
        }
        let accumulation = match forward.chunks() {
            1 => None,
            chunks => {
                let sums = specs
                    .iter()
                    .map(|spec| {
                        let w = gpu.zeros::<f32>(&format!("{} Σ dW", spec.name), spec.inputs * spec.outputs)?;
                        Ok((w, gpu.zeros::<f32>(&format!("{} Σ db", spec.name), spec.outputs)?))
                    })
                    .collect::<Result<Vec<_>>>()?;
                let launches = |first: bool| {
                    layers
                        .iter()
                        .zip(&sums)
                        .map(|(t, (w, b))| {
                            accumulate::accumulate(gpu, (&t.dw, w), (&t.db, b), 1.0 / chunks as f32, first)
                        })
                        .collect::<Result<Vec<_>>>()
                };
                let (first, add) = (launches(true)?, launches(false)?);
                Some(Accumulation { sums, first, add })
            }
        };
        let mut adam_launches = vec![];
        for (l, (t, (w, b))) in layers.iter().zip(&params.layers).enumerate() {
            let [mw, vw, mb, vb] = &t.moments;
            let (dw, db) = match &accumulation {
                Some(a) => (&a.sums[l].0, &a.sums[l].1),
                None => (&t.dw, &t.db),
            };
            let weight = AdamTensor { grad: dw, params: w, m: mw, v: vw };
            let bias = AdamTensor { grad: db, params: b, m: mb, v: vb };
            adam_launches.push(adam::adam(gpu, weight, bias, 1, adam_config)?);
        }
        Ok(TrainStep { forward, layers, dlatent, backward, accumulation, adam: adam_launches })
    }

    /// Sets Adam's step count (1-based) for the next submit.
    pub fn set_adam_step(&mut self, gpu: &Gpu, step: u32) -> Result<()> {
        for launch in &mut self.adam {
            adam::set_step(gpu, launch, step)?;
        }
        Ok(())
    }

    /// Adam's moments per layer: m and v of the weight, then of the bias.
    pub fn moments(&self) -> impl Iterator<Item = &[GpuBuffer<f32>; 4]> {
        self.layers.iter().map(|t| &t.moments)
    }

    /// d loss / d (weight, bias) per layer over the whole batch, as the last step left them:
    /// what Adam reads.
    pub fn gradients<'a>(&'a self) -> impl Iterator<Item = (&'a GpuBuffer<f32>, &'a GpuBuffer<f32>)> + 'a {
        self.layers.iter().enumerate().map(|(l, t)| match &self.accumulation {
            Some(a) => (&a.sums[l].0, &a.sums[l].1),
            None => (&t.dw, &t.db),
        })
    }

    /// Every launch of a step: forward and backward (per chunk, the gradients summed), Adam.
    pub fn launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.gradient_launches().chain(&self.adam)
    }

    /// The launches without Adam (for comparing gradients before the update).
    pub fn gradient_launches(&self) -> impl Iterator<Item = &Dispatch> {
        (0..self.forward.chunks()).flat_map(move |chunk| {
            let accumulate: &[Dispatch] = match &self.accumulation {
                Some(a) if chunk == 0 => &a.first,
                Some(a) => &a.add,
                None => &[],
            };
            self.forward.chunk_launches(chunk).chain(&self.backward).chain(accumulate)
        })
    }
}
