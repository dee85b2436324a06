//! A training step on the GPU: the model's forward pass ([`crate::model::forward`]), the
//! hand-written backward pass (the trunks' backward launches) and Adam, as fixed lists of
//! launches built once. A step only rewrites the few uniforms that change (batch offset, random
//! stream, Adam's bias corrections and learning rate, the KL weight β) and records the list into
//! one compute pass.

use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer};
use crate::kernels::accumulate;
use crate::kernels::adam::{self, AdamConfig, AdamTensor};
use crate::kernels::decoder;
use crate::kernels::density::SampleShape;
use crate::kernels::grad_norm;
use crate::kernels::matmul::MatmulKernel;
use crate::kernels::sample_backward::{self, LatentBuffers};
use crate::model::forward::ForwardPass;
use crate::model::gpu_params::GpuParams;
use crate::model::trunk::{LayerBuffers, TrunkBackward};
use crate::model::{LayerSpec, ModelConfig, Objective};

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
            lambda => Some(sample_backward::free_bits_mask(gpu, f.enc(), &kl_mask, points, latent_dim, lambda)?),
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
        let latent_grad = sample_backward::latent_grad(gpu, buffers, f.shape, objective)?;
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
        sample_backward::set_beta(gpu, &mut self.latent_grad, values.beta)?;
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
