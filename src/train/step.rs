//! The model on the GPU as fixed lists of launches over resident buffers: a forward pass
//! (gather → encoder trunk → sample → decoder trunk → log-densities → bound, the trunks of
//! [`crate::model::trunk`] built from the model's layers) and, for training, the hand-written
//! backward pass (the trunks' backward launches) and Adam. Everything is built once; a step only
//! rewrites the few uniforms that change (batch offset, random stream, Adam's bias corrections
//! and learning rate, the KL weight β) and records the list into one compute pass.

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::accumulate;
use crate::kernels::adam::{self, AdamConfig, AdamTensor};
use crate::kernels::decoder;
use crate::kernels::density::{self, Likelihood, SampleShape};
use crate::kernels::gather;
use crate::kernels::grad_norm;
use crate::kernels::latent::{self, LatentBuffers};
use crate::kernels::matmul::MatmulKernel;
use crate::kernels::reduce::{self, BoundOutputs, MetricsSlot};
use crate::kernels::sample::{self, SampleOrigin};
use crate::model::architecture::{Layer, Shape};
use crate::model::trunk::{LayerBuffers, Trunk, TrunkBackward};
use crate::model::{LayerParams, LayerSpec, ModelConfig, Objective, Parameters};
use crate::reference::rng::RngKey;

/// The metrics buffer: (Σ bound, Σ KL, Σ log p(x|z)) of training batches at 0..3 and of
/// held-out batches at 4..7.
pub const TRAIN_METRICS: u32 = 0;
pub const EVAL_METRICS: u32 = 4;
/// Data-parallel: this rank's share of the step, before the ranks' shares are combined.
pub const SHARE_METRICS: u32 = 8;
pub const METRICS_LEN: usize = 12;

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

    pub fn download(&self, gpu: &Gpu) -> Result<Parameters> {
        let layers = self
            .layers
            .iter()
            .map(|(w, b)| Ok(LayerParams { weight: gpu.read(w)?, bias: gpu.read(b)? }))
            .collect::<Result<_>>()?;
        Ok(Parameters { layers })
    }

    /// The parameters as the two trunks take them, a slot per layer (None for layers
    /// without): the encoder's with the heads last, and the decoder's.
    pub fn trunk_slots(&self, config: &ModelConfig) -> [Vec<Option<LayerBuffers>>; 2] {
        let mut next = self.layers.iter().cloned();
        let mut slots = |layers: &[Layer]| -> Vec<Option<LayerBuffers>> {
            layers.iter().map(|l| l.parameter_shapes().and_then(|_| next.next())).collect()
        };
        let encoder = slots(&config.encoder_layers().0);
        let decoder = slots(&config.architecture.decoder);
        [encoder, decoder]
    }
}

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
        let head = match config.likelihood {
            Likelihood::Gaussian | Likelihood::Logistic => {
                let g = gpu.zeros::<f32>("decoder head", raw.len())?;
                tail.push(decoder::location_scale_head(gpu, raw, &g, rows, dim, config.decoder_head())?);
                Some(g)
            }
            Likelihood::Bernoulli => None,
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

/// What a training step adds to the bound and Adam: free bits on the ELBO's KL term, and
/// clipping of the gradients' global norm. β and the learning rate change step by step
/// ([`StepValues`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StepExtras {
    /// Nats per latent dimension (ELBO); 0: none.
    pub free_bits: f32,
    pub clip_grad_norm: Option<f32>,
}

/// The values of one step that its launches' uniforms carry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StepValues {
    /// Adam's step count, 1-based.
    pub adam_step: u32,
    pub lr: f32,
    /// The KL weight.
    pub beta: f32,
}

/// Where a split batch sums its chunks' gradients: per layer (Σ dW, Σ db) and the launches
/// that start the sums (first chunk) and add to them (later chunks).
struct Accumulation {
    sums: Vec<LayerBuffers>,
    first: Vec<Dispatch>,
    add: Vec<Dispatch>,
}

/// Data-parallel ranks: every rank's share gradients as received (rank by rank, layer by
/// layer), and the launches that sum them in rank order into `sums` as one process sums its
/// chunks (the same kernel on the same values, so the same bits).
struct Shares {
    received: Vec<Vec<LayerBuffers>>,
    sums: Vec<LayerBuffers>,
    launches: Vec<Dispatch>,
}

/// Layer `l`'s gradients (weight, bias) over the whole batch, what clipping and Adam read:
/// the ranks' shares summed, else the chunks summed, else the one pass's own.
fn batch_gradients<'a>(
    grads: &'a [LayerBuffers],
    accumulation: Option<&'a Accumulation>,
    shares: Option<&'a Shares>,
    l: usize,
) -> (&'a GpuBuffer<f32>, &'a GpuBuffer<f32>) {
    match (shares, accumulation) {
        (Some(s), _) => (&s.sums[l].0, &s.sums[l].1),
        (None, Some(a)) => (&a.sums[l].0, &a.sums[l].1),
        (None, None) => (&grads[l].0, &grads[l].1),
    }
}

/// A forward pass, the backward pass and Adam: one training step. A forward pass split in
/// chunks runs forward and backward per chunk, its gradients accumulated, then Adam once; a
/// step shared by data-parallel ranks runs this rank's share forward and backward, and
/// (after the ranks' gradients are exchanged) sums the shares, then Adam.
pub struct TrainStep {
    pub forward: ForwardPass,
    /// Each trunk's backward: the decoder's from d loss / d raw outputs to d loss / dz, the
    /// encoder's from d loss / d(μ, log σ²).
    decoder_backward: TrunkBackward,
    encoder_backward: TrunkBackward,
    /// d loss / d (weight, bias) per layer of [`ModelConfig::layers`] (of one chunk).
    grads: Vec<LayerBuffers>,
    /// Adam's moments per layer: m and v of the weight, then of the bias.
    moments: Vec<[GpuBuffer<f32>; 4]>,
    /// d loss / d the decoder's raw outputs, which starts the backward pass, and d loss /
    /// d(μ, log σ²) from dz, between the two trunks.
    output_grad: Dispatch,
    latent_grad: Dispatch,
    /// Free bits: the mask of latent dimensions whose KL term has a gradient (ones without),
    /// and the launch that sets it from the encoder's output.
    kl_mask: GpuBuffer<f32>,
    free_bits: Option<Dispatch>,
    accumulation: Option<Accumulation>,
    /// Clipping: the layers' partial sums of squares, and the launches (every layer's sum,
    /// then every layer's scaling) between the summed gradients and Adam.
    clip: Option<(GpuBuffer<f32>, Vec<Dispatch>)>,
    shares: Option<Shares>,
    /// The Adam launches, one per layer (weight and bias).
    adam: Vec<Dispatch>,
}

impl TrainStep {
    /// A step with `extras`, whose batch `ranks` data-parallel ranks share, this one computing
    /// one share (the forward pass, in one chunk); `ranks` = 1 is one process.
    #[allow(clippy::too_many_arguments)]
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        forward: ForwardPass,
        adam_config: AdamConfig,
        kernel: MatmulKernel,
        extras: StepExtras,
        ranks: u32,
    ) -> Result<TrainStep> {
        if ranks > 1 && forward.chunks() != 1 {
            return Err(Error::Invalid("a rank's share of a shared step runs in one chunk".into()));
        }
        let SampleShape { points, samples, data_dim, .. } = forward.shape;
        let Some(objective) = forward.objective else {
            return Err(Error::Invalid("a training step needs a forward pass that ends in a bound".into()));
        };
        let f = &forward;
        let [enc_slots, dec_slots] = params.trunk_slots(config);
        let (enc_layers, _) = config.encoder_layers();
        let decoder_backward =
            TrunkBackward::build(gpu, &f.decoder, &config.architecture.decoder, &dec_slots, &f.z, true, kernel)?;
        let encoder_backward = TrunkBackward::build(gpu, &f.encoder, &enc_layers, &enc_slots, &f.x, false, kernel)?;
        let dlatent = decoder_backward.dx.as_ref().expect("asked for d loss / dz");
        let output_grad = decoder::decoder_output_grad(
            gpu,
            &f.x,
            f.raw(),
            &f.weights,
            &decoder_backward.dy,
            points,
            samples,
            data_dim,
            config.likelihood,
            config.decoder_head(),
        )?;
        let latent_dim = f.shape.latent;
        let kl_mask = gpu.upload("free-bits mask", &vec![1f32; latent_dim as usize])?;
        let free_bits = match extras.free_bits {
            0.0 => None,
            _ if objective != Objective::Elbo => {
                return Err(Error::Invalid("free bits floor the ELBO's KL term; the IWAE has none".into()));
            }
            lambda => Some(latent::free_bits_mask(gpu, f.enc(), &kl_mask, points, latent_dim, lambda)?),
        };
        let buffers = LatentBuffers {
            dz: dlatent,
            z: &f.z,
            eps: &f.eps,
            enc: f.enc(),
            weights: &f.weights,
            denc: &encoder_backward.dy,
            kl_mask: &kl_mask,
        };
        let latent_grad = latent::latent_grad(gpu, buffers, f.shape, objective)?;
        let grads: Vec<LayerBuffers> =
            encoder_backward.grads.iter().chain(&decoder_backward.grads).flatten().cloned().collect();

        let specs = config.layers();
        let zeros = |spec: &LayerSpec, what: &str, len: usize| gpu.zeros::<f32>(&format!("{} {what}", spec.name), len);
        let moments = specs
            .iter()
            .map(|s| {
                let (wl, bl) = (s.weight_len(), s.outputs);
                Ok([zeros(s, "m(W)", wl)?, zeros(s, "v(W)", wl)?, zeros(s, "m(b)", bl)?, zeros(s, "v(b)", bl)?])
            })
            .collect::<Result<Vec<_>>>()?;
        let accumulation = match forward.chunks() {
            1 => None,
            chunks => {
                let sums = specs
                    .iter()
                    .map(|s| Ok((zeros(s, "Σ dW", s.weight_len())?, zeros(s, "Σ db", s.outputs)?)))
                    .collect::<Result<Vec<_>>>()?;
                let launches = |first: bool| {
                    grads
                        .iter()
                        .zip(&sums)
                        .map(|((dw, db), (w, b))| {
                            accumulate::accumulate(gpu, (dw, w), (db, b), 1.0 / chunks as f32, first)
                        })
                        .collect::<Result<Vec<_>>>()
                };
                let (first, add) = (launches(true)?, launches(false)?);
                Some(Accumulation { sums, first, add })
            }
        };
        let shares = match ranks {
            0 | 1 => None,
            ranks => {
                let buffers = |what: &str| {
                    specs
                        .iter()
                        .map(|s| {
                            Ok((
                                zeros(s, &format!("{what} dW"), s.weight_len())?,
                                zeros(s, &format!("{what} db"), s.outputs)?,
                            ))
                        })
                        .collect::<Result<Vec<_>>>()
                };
                let received = (0..ranks).map(|r| buffers(&format!("rank {r}'s"))).collect::<Result<Vec<_>>>()?;
                let sums = buffers("Σ ranks'")?;
                let mut launches = vec![];
                for (r, share) in received.iter().enumerate() {
                    for ((dw, db), (w, b)) in share.iter().zip(&sums) {
                        launches.push(accumulate::accumulate(gpu, (dw, w), (db, b), 1.0 / ranks as f32, r == 0)?);
                    }
                }
                Some(Shares { received, sums, launches })
            }
        };
        let summed = |l: usize| batch_gradients(&grads, accumulation.as_ref(), shares.as_ref(), l);
        let clip = match extras.clip_grad_norm {
            None => None,
            Some(max_norm) => {
                let partials = gpu.zeros::<f32>("gradient norm partials", specs.len() + grad_norm::STATISTICS)?;
                let layers: Vec<_> = (0..specs.len()).map(summed).collect();
                let launches = grad_norm::clip_grad_norm(gpu, &layers, &partials, max_norm)?;
                Some((partials, launches))
            }
        };
        let mut adam_launches = vec![];
        for (l, (m, (w, b))) in moments.iter().zip(&params.layers).enumerate() {
            let [mw, vw, mb, vb] = m;
            let (dw, db) = summed(l);
            let weight = AdamTensor { grad: dw, params: w, m: mw, v: vw };
            let bias = AdamTensor { grad: db, params: b, m: mb, v: vb };
            adam_launches.push(adam::adam(gpu, weight, bias, 1, adam_config)?);
        }
        Ok(TrainStep {
            forward,
            decoder_backward,
            encoder_backward,
            grads,
            moments,
            output_grad,
            latent_grad,
            kl_mask,
            free_bits,
            accumulation,
            clip,
            shares,
            adam: adam_launches,
        })
    }

    /// The clipping launches (none without) and Adam: what follows the batch's gradients.
    fn update(&self) -> impl Iterator<Item = &Dispatch> {
        self.clip.iter().flat_map(|(_, launches)| launches).chain(&self.adam)
    }

    /// This rank's share gradients, weight then bias per layer: what it sends the others.
    pub fn share_gradients(&self) -> Vec<&GpuBuffer<f32>> {
        self.grads.iter().flat_map(|(dw, db)| [dw, db]).collect()
    }

    /// Values of [`share_gradients`](Self::share_gradients), all layers.
    pub fn share_len(&self) -> usize {
        self.grads.iter().map(|(dw, db)| dw.len() + db.len()).sum()
    }

    /// Puts every rank's share gradients, as gathered (rank after rank, each laid out as
    /// [`share_gradients`](Self::share_gradients)), where [`combine_launches`] sums them.
    pub fn set_received(&self, gpu: &Gpu, shares: &[&[f32]]) -> Result<()> {
        let Some(s) = &self.shares else { return Err(Error::Invalid("not a shared step".into())) };
        if shares.len() != s.received.len() {
            return Err(Error::Invalid(format!("{} shares for {} ranks", shares.len(), s.received.len())));
        }
        for (values, buffers) in shares.iter().zip(&s.received) {
            let mut at = 0;
            for (dw, db) in buffers {
                for b in [dw, db] {
                    gpu.write(b, 0, &values[at..at + b.len()])?;
                    at += b.len();
                }
            }
        }
        Ok(())
    }

    /// After [`set_received`](Self::set_received): the shares summed in rank order, then the
    /// clipping and Adam.
    pub fn combine_launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.shares.iter().flat_map(|s| &s.launches).chain(self.update())
    }

    /// d loss / dz of the last step's (last chunk's) samples.
    pub fn dlatent(&self) -> &GpuBuffer<f32> {
        self.decoder_backward.dx.as_ref().expect("asked for d loss / dz")
    }

    /// d loss / d(μ, log σ²) of the last step's (last chunk's) points.
    pub fn denc(&self) -> &GpuBuffer<f32> {
        &self.encoder_backward.dy
    }

    /// Sets the next submit's Adam step count and learning rate and its KL weight.
    pub fn set_values(&mut self, gpu: &Gpu, values: StepValues) -> Result<()> {
        for launch in &mut self.adam {
            adam::set_step(gpu, launch, values.adam_step, values.lr)?;
        }
        latent::set_beta(gpu, &mut self.latent_grad, values.beta)?;
        self.forward.set_beta(gpu, values.beta)
    }

    /// With clipping: the buffer whose last two values are the sum of the gradient norms
    /// before clipping and the number of steps clipped, since they were last zeroed.
    pub fn clip_statistics(&self) -> Option<&GpuBuffer<f32>> {
        self.clip.as_ref().map(|(partials, _)| partials)
    }

    /// The free-bits mask of the last step's (last chunk's) batch: 1 where a latent dimension's
    /// KL term had a gradient.
    pub fn kl_mask(&self) -> &GpuBuffer<f32> {
        &self.kl_mask
    }

    /// Adam's moments per layer: m and v of the weight, then of the bias.
    pub fn moments(&self) -> impl Iterator<Item = &[GpuBuffer<f32>; 4]> {
        self.moments.iter()
    }

    /// d loss / d (weight, bias) per layer over the whole batch, as the last step left them:
    /// what Adam reads.
    pub fn gradients<'a>(&'a self) -> impl Iterator<Item = (&'a GpuBuffer<f32>, &'a GpuBuffer<f32>)> + 'a {
        (0..self.grads.len()).map(|l| batch_gradients(&self.grads, self.accumulation.as_ref(), self.shares.as_ref(), l))
    }

    /// Every launch of a step: forward and backward (per chunk, the gradients summed), the
    /// clipping, Adam.
    pub fn launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.gradient_launches().chain(self.update())
    }

    /// The launches up to the clipped gradients, without Adam (for comparing them).
    pub fn clipped_gradient_launches(&self) -> impl Iterator<Item = &Dispatch> {
        self.gradient_launches().chain(self.clip.iter().flat_map(|(_, launches)| launches))
    }

    /// The backward pass: the decoder's, through the sample (after the free-bits mask), the
    /// encoder's.
    fn backward(&self) -> impl Iterator<Item = &Dispatch> {
        std::iter::once(&self.output_grad)
            .chain(&self.decoder_backward.launches)
            .chain(&self.free_bits)
            .chain([&self.latent_grad])
            .chain(&self.encoder_backward.launches)
    }

    /// The launches without Adam (for comparing gradients before the update).
    pub fn gradient_launches(&self) -> impl Iterator<Item = &Dispatch> {
        (0..self.forward.chunks()).flat_map(move |chunk| {
            let accumulate: &[Dispatch] = match &self.accumulation {
                Some(a) if chunk == 0 => &a.first,
                Some(a) => &a.add,
                None => &[],
            };
            self.forward.chunk_launches(chunk).chain(self.backward()).chain(accumulate)
        })
    }
}
