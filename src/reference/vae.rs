//! CPU reference of one whole training step in f64: the forward pass, the bound, and the hand-
//! written backward pass of docs/math.md, "Gradients", layer by layer in the order the GPU runs
//! it, for any architecture of [`crate::model::architecture`] (each layer kind from
//! [`super::layers`]). The tests check its gradients against finite differences, then the GPU
//! against it. [`step`] runs a [`ModelConfig`]'s model through it.

use super::decoder::log_likelihood_and_grad;
use super::density::LOG_2PI;
use super::layers::{self, Params64, trunk_backward, trunk_forward};
use super::reduce::logsumexp;
use super::rng::{RngKey, row_normals};
use super::sample_backward::{kl_per_dimension, latent_grad_value};
use crate::model::architecture::{Architecture, Layer, Shape, Shapes};
use crate::model::likelihood::{DecoderHead, Likelihood};
use crate::model::{ModelConfig, Objective, Parameters};

/// One layer's (weight `[out, in]`, bias `[out]`) in f64.
pub type Layer64 = (Vec<f64>, Vec<f64>);

pub fn to_f64(params: &Parameters) -> Vec<Layer64> {
    let cast = |v: &[f32]| v.iter().map(|&x| x as f64).collect();
    params.layers.iter().map(|l| (cast(&l.weight), cast(&l.bias))).collect()
}

/// A VAE as the reference runs it: its layers with their checked shapes, and what the
/// decoder's outputs mean.
pub struct Vae<'a> {
    pub architecture: &'a Architecture,
    pub shapes: &'a Shapes,
    pub likelihood: Likelihood,
    pub head: DecoderHead,
}

/// A VAE's parameters (or their gradients) in f64: each trunk layer's (None for layers
/// without), and the μ and log σ² heads.
#[derive(Clone, Debug, PartialEq)]
pub struct VaeParams {
    pub encoder: Vec<Option<Params64>>,
    pub mu: Params64,
    pub logvar: Params64,
    pub decoder: Vec<Option<Params64>>,
}

/// The outputs of a step on any architecture.
#[derive(Debug)]
pub struct LayeredStep {
    /// The bound per data point (ELBO or L_k), nats.
    pub bounds: Vec<f64>,
    /// What the step minimises: −mean bound, or the objective with its KL term's β and free bits.
    pub loss: f64,
    /// d loss / d every parameter.
    pub grads: VaeParams,
}

impl Vae<'_> {
    fn input(&self) -> Shape {
        let [channels, height, width] = self.architecture.input;
        Shape::Image { channels, height, width }
    }

    fn head_layer(&self) -> Layer {
        Layer::Linear { in_features: self.shapes.features, out_features: self.architecture.latent }
    }

    /// (μ | log σ²) per point, [points, 2 latent], and the encoder's activations.
    pub fn encode(&self, params: &VaeParams, x: &[f64], points: usize) -> (Vec<f64>, Vec<Vec<f64>>) {
        let a = self.architecture;
        let acts = trunk_forward(&a.encoder, &params.encoder, &self.shapes.encoder, x, self.input(), points);
        let h = acts.last().unwrap();
        let features = Shape::Flat(self.shapes.features);
        let mu = layers::forward(&self.head_layer(), Some(&params.mu), h, features, points);
        let logvar = layers::forward(&self.head_layer(), Some(&params.logvar), h, features, points);
        let latent = a.latent;
        let enc =
            (0..points).flat_map(|b| [&mu[b * latent..][..latent], &logvar[b * latent..][..latent]].concat()).collect();
        (enc, acts)
    }
}

impl Vae<'_> {
    /// The decoder's raw outputs (the likelihood's parameters) for `rows` latent points `z`.
    pub fn decode(&self, params: &VaeParams, z: &[f64], rows: usize) -> Vec<f64> {
        let a = self.architecture;
        let acts = trunk_forward(&a.decoder, &params.decoder, &self.shapes.decoder, z, Shape::Flat(a.latent), rows);
        acts.last().expect("a decoder has layers").clone()
    }
}

/// The KL term's weight β and free bits λ (docs/math.md, "The KL weight, warm-up and free bits");
/// [`KlTerm::PLAIN`] is the bound itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KlTerm {
    pub beta: f64,
    /// Nats per latent dimension (ELBO only); 0: none.
    pub free_bits: f64,
}

impl KlTerm {
    pub const PLAIN: KlTerm = KlTerm { beta: 1.0, free_bits: 0.0 };
}

/// One training step on the batch `x` [points, C·H·W] with `samples` draws per point and
/// ε from the normal stream `key` of row (point, sample) (row r = point·samples + sample, as
/// the reparameterize kernel draws it). The loss is the objective with the KL term `kl`; the
/// bounds are the true ones (β = 1, no free bits).
#[allow(clippy::too_many_arguments)]
pub fn layered_step(
    vae: &Vae<'_>,
    params: &VaeParams,
    x: &[f64],
    points: usize,
    samples: usize,
    objective: Objective,
    kl: KlTerm,
    key: RngKey,
) -> LayeredStep {
    let a = vae.architecture;
    let (latent, rows) = (a.latent, points * samples);
    let dim: usize = a.input.iter().product();

    // Forward: keep every layer's input for the backward pass.
    let (enc, enc_acts) = vae.encode(params, x, points);
    // Row r = b·samples + s draws from the stream of row (b, s), as the GPU's first batch does.
    let eps: Vec<f64> = (0..rows)
        .flat_map(|r| row_normals(key, (r / samples) as u32, (r % samples) as u32, latent))
        .map(f64::from)
        .collect();
    let mut z = vec![0.0; rows * latent];
    for r in 0..rows {
        let b = r / samples;
        for i in 0..latent {
            let (mu, logvar) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
            z[r * latent + i] = mu + (0.5 * logvar).exp() * eps[r * latent + i];
        }
    }
    let latent_shape = Shape::Flat(latent);
    let dec_acts = trunk_forward(&a.decoder, &params.decoder, &vae.shapes.decoder, &z, latent_shape, rows);
    let raw = dec_acts.last().unwrap();
    let width = raw.len() / rows;
    // Per row: log p(x|z), its gradient in the raw outputs, and log w.
    let mut log_px = vec![0.0; rows];
    let mut draw = vec![0.0; rows * width];
    let mut log_w = vec![0.0; rows];
    // log p(x|z) + β (log p(z) − log q): what the IWAE's weights follow.
    let mut weighted_log_w = vec![0.0; rows];
    for r in 0..rows {
        let b = r / samples;
        let (lp, g) =
            log_likelihood_and_grad(&x[b * dim..][..dim], &raw[r * width..][..width], vae.likelihood, vae.head);
        log_px[r] = lp;
        draw[r * width..][..width].copy_from_slice(&g);
        let zr = &z[r * latent..][..latent];
        let log_pz: f64 = -0.5 * zr.iter().map(|v| LOG_2PI + v * v).sum::<f64>();
        let log_q: f64 = -0.5
            * (0..latent)
                .map(|i| LOG_2PI + enc[b * 2 * latent + latent + i] + eps[r * latent + i].powi(2))
                .sum::<f64>();
        log_w[r] = lp + log_pz - log_q;
        weighted_log_w[r] = lp + kl.beta * (log_pz - log_q);
    }
    // The ELBO's KL term: Σ_j max(λ, KL_j) over the batch's mean KL per dimension, whose
    // floored dimensions get no gradient.
    let kl_dims = kl_per_dimension(&enc, latent);
    let mask: Vec<f64> =
        kl_dims.iter().map(|&d| if kl.free_bits > 0.0 && d <= kl.free_bits { 0.0 } else { 1.0 }).collect();

    // The bound per point and dJ/d log w per row.
    let mut bounds = vec![0.0; points];
    let mut weight = vec![1.0; rows];
    for b in 0..points {
        match objective {
            Objective::Elbo => {
                let kl: f64 = -0.5
                    * (0..latent)
                        .map(|i| {
                            let (mu, lv) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
                            1.0 + lv - mu * mu - lv.exp()
                        })
                        .sum::<f64>();
                bounds[b] = log_px[b * samples..][..samples].iter().sum::<f64>() / samples as f64 - kl;
                weight[b * samples..][..samples].fill(1.0 / samples as f64);
            }
            Objective::Iwae => {
                let lw = &log_w[b * samples..][..samples];
                bounds[b] = logsumexp(lw) - (samples as f64).ln();
                let weighted = &weighted_log_w[b * samples..][..samples];
                let lse = logsumexp(weighted);
                for s in 0..samples {
                    weight[b * samples + s] = (weighted[s] - lse).exp();
                }
            }
        }
    }
    let n = points as f64;
    let loss = match (kl == KlTerm::PLAIN, objective) {
        (true, _) => -bounds.iter().sum::<f64>() / n,
        (false, Objective::Elbo) => {
            let log_px_mean = log_px.iter().sum::<f64>() / rows as f64;
            -log_px_mean + kl.beta * kl_dims.iter().map(|&d| d.max(kl.free_bits)).sum::<f64>()
        }
        (false, Objective::Iwae) => {
            let k = (samples as f64).ln();
            -(0..points).map(|b| logsumexp(&weighted_log_w[b * samples..][..samples]) - k).sum::<f64>() / n
        }
    };

    // Backward through the decoder: d loss / d raw = −(weight / points) · d log p(x|z) / d raw.
    let dy: Vec<f64> = (0..rows * width).map(|e| -weight[e / width] / points as f64 * draw[e]).collect();
    let (dz, decoder) =
        trunk_backward(&a.decoder, &params.decoder, &vae.shapes.decoder, &dec_acts, &dy, latent_shape, rows);

    // Through the sample and the prior / posterior terms to (μ, logvar).
    let (mut dmu, mut dlogvar) = (vec![0.0; points * latent], vec![0.0; points * latent]);
    for r in 0..rows {
        let b = r / samples;
        for i in 0..latent {
            let (mu, lv) = (enc[b * 2 * latent + i], enc[b * 2 * latent + latent + i]);
            let c = weight[r] / n;
            let weight_kl = match objective {
                Objective::Elbo => kl.beta * mask[i],
                Objective::Iwae => kl.beta,
            };
            let (gm, gl) = latent_grad_value(
                objective,
                dz[r * latent + i],
                z[r * latent + i],
                eps[r * latent + i],
                mu,
                lv,
                c,
                weight_kl,
            );
            dmu[b * latent + i] += gm;
            dlogvar[b * latent + i] += gl;
        }
    }
    // Both heads read the encoder's features: their gradients add.
    let (h, features) = (enc_acts.last().unwrap(), Shape::Flat(vae.shapes.features));
    let (dh_mu, mu) = layers::backward(&vae.head_layer(), Some(&params.mu), h, &dmu, features, points);
    let (dh_lv, logvar) = layers::backward(&vae.head_layer(), Some(&params.logvar), h, &dlogvar, features, points);
    let dh: Vec<f64> = dh_mu.iter().zip(&dh_lv).map(|(a, b)| a + b).collect();
    let (_, encoder) =
        trunk_backward(&a.encoder, &params.encoder, &vae.shapes.encoder, &enc_acts, &dh, vae.input(), points);
    let grads = VaeParams {
        encoder,
        mu: mu.expect("a head has parameters"),
        logvar: logvar.expect("a head has parameters"),
        decoder,
    };
    LayeredStep { bounds, loss, grads }
}

/// log p(x|z) of one data point `x` (C·H·W values) at one `z` (latent values), through the
/// decoder in f64 (for exact answers by quadrature over z).
pub fn layered_log_likelihood(vae: &Vae<'_>, params: &VaeParams, x: &[f64], z: &[f64]) -> f64 {
    let a = vae.architecture;
    let acts = trunk_forward(&a.decoder, &params.decoder, &vae.shapes.decoder, z, Shape::Flat(a.latent), 1);
    log_likelihood_and_grad(x, acts.last().unwrap(), vae.likelihood, vae.head).0
}

/// The outputs of a step of a model, gradients in the order of [`ModelConfig::layers`].
#[derive(Debug)]
pub struct Step {
    /// The bound per data point (ELBO or L_k), nats.
    pub bounds: Vec<f64>,
    /// What the step minimises: −mean bound, or the objective with its KL term's β and free bits.
    pub loss: f64,
    /// d loss / d (weight, bias) per layer.
    pub grads: Vec<Layer64>,
}

/// A model's layers and its parameters (in the order of [`ModelConfig::layers`], the heads
/// holding μ's rows then log σ²'s) as the layered reference takes them.
fn as_layers(config: &ModelConfig, params: &[Layer64]) -> (Architecture, VaeParams) {
    let architecture = config.architecture.clone();
    let mut next = params.iter().cloned();
    fn take(layers: &[Layer], next: &mut impl Iterator<Item = Layer64>) -> Vec<Option<Params64>> {
        Layer::flatten(layers)
            .into_iter()
            .map(|l| l.parameter_shapes().map(|_| next.next().expect("a layer's parameters")))
            .collect()
    }
    let encoder = take(&architecture.encoder, &mut next);
    let (w, b) = next.next().expect("the encoder head");
    let (latent, features) = (config.latent(), w.len() / (2 * config.latent()));
    let mu = (w[..latent * features].to_vec(), b[..latent].to_vec());
    let logvar = (w[latent * features..].to_vec(), b[latent..].to_vec());
    let decoder = take(&architecture.decoder, &mut next);
    (architecture, VaeParams { encoder, mu, logvar, decoder })
}

/// The parameters back in the order of [`ModelConfig::layers`].
fn layers_order(p: VaeParams) -> Vec<Layer64> {
    let trunk = |t: Vec<Option<Params64>>| t.into_iter().flatten().collect::<Vec<_>>();
    let head = ([p.mu.0, p.logvar.0].concat(), [p.mu.1, p.logvar.1].concat());
    [trunk(p.encoder), vec![head], trunk(p.decoder)].concat()
}

/// [`layered_step`] for a model, with its parameters in the order of [`ModelConfig::layers`].
#[allow(clippy::too_many_arguments)]
pub fn step(
    config: &ModelConfig,
    params: &[Layer64],
    x: &[f64],
    points: usize,
    samples: usize,
    objective: Objective,
    kl: KlTerm,
    key: RngKey,
) -> Step {
    with_model(config, params, |vae, params| {
        let s = layered_step(vae, params, x, points, samples, objective, kl, key);
        Step { bounds: s.bounds, loss: s.loss, grads: layers_order(s.grads) }
    })
}

/// [`layered_log_likelihood`] for a model, parameters as for [`step`].
pub fn decoder_log_likelihood(config: &ModelConfig, params: &[Layer64], x: &[f64], z: &[f64]) -> f64 {
    with_model(config, params, |vae, params| layered_log_likelihood(vae, params, x, z))
}

/// `f` of a config's model as the reference runs it, with its parameters (in the order of
/// [`ModelConfig::layers`]) as the layered reference takes them.
pub fn with_model<R>(config: &ModelConfig, params: &[Layer64], f: impl FnOnce(&Vae<'_>, &VaeParams) -> R) -> R {
    let (architecture, params) = as_layers(config, params);
    let shapes = architecture.shapes(config.likelihood.outputs_per_dim() as usize).expect("a validated config");
    let vae = Vae {
        architecture: &architecture,
        shapes: &shapes,
        likelihood: config.likelihood,
        head: config.decoder_head(),
    };
    f(&vae, &params)
}
