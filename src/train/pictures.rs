//! What training draws after each epoch, beside the checkpoint: samples from fixed z and
//! reconstructions of fixed held-out images (so that one epoch compares with the next), and the
//! curves of metrics.csv.

use pollster::FutureExt as _;
use std::path::{Path, PathBuf};

use super::metrics::EpochRecord;
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::gpu::Gpu;
use crate::kernels::matmul::MatmulKernel;
use crate::model::ModelConfig;
use crate::model::aggregate_posterior;
use crate::model::gpu_params::GpuParams;
use crate::model::inference::{self, Decoder, Encoder};
use crate::pictures;
use crate::plots::{self, Curve};
use crate::reference::rng::Stream;

/// Samples and reconstructions per picture.
const SAMPLES: u32 = 64;
const RECONSTRUCTIONS: u32 = 32;
pub const FOLDER: &str = "pictures";
pub const CURVES_FILE: &str = "curves.png";

/// The launches and inputs of the per-epoch pictures, built once against the trained weights.
pub struct EpochPictures {
    decoder: Decoder,
    encoder: Encoder,
    recon_decoder: Decoder,
    z: Vec<f32>,
    /// The images to reconstruct (u8 pixels), the first of `images`' source.
    images: Vec<u8>,
    shape: [usize; 3],
    latent: usize,
    folder: PathBuf,
    seed: u32,
    kernel: MatmulKernel,
}

impl EpochPictures {
    /// `images`: where the reconstructed images come from (the held-out set when there is one);
    /// the samples' z come from `seed`.
    pub fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        images: &Dataset,
        seed: u32,
        kernel: MatmulKernel,
        out: &Path,
    ) -> Result<EpochPictures> {
        let n = RECONSTRUCTIONS.min(images.count as u32).max(1);
        let key = Stream::PriorSamples.key(seed, 0);
        let folder = out.join(FOLDER);
        std::fs::create_dir_all(&folder).map_err(|e| Error::Io(format!("creating {}: {e}", folder.display())))?;
        Ok(EpochPictures {
            decoder: Decoder::build(gpu, config, params, SAMPLES, kernel)?,
            encoder: Encoder::build(gpu, config, params, n, kernel)?,
            recon_decoder: Decoder::build(gpu, config, params, n, kernel)?,
            z: inference::prior_samples(gpu, key, SAMPLES as usize, config.latent()).block_on()?,
            images: images.images[..n as usize * images.dim()].to_vec(),
            shape: config.input(),
            latent: config.latent(),
            folder,
            seed,
            kernel,
        })
    }

    /// Writes `pictures/samples-<epoch>.png` and `pictures/recon-<epoch>.png` from the weights
    /// as they are now.
    pub fn draw(&self, gpu: &Gpu, epoch: u32) -> Result<()> {
        let samples = self.decoder.decode(gpu, &self.z).block_on()?;
        let grid = pictures::grid(&samples.means, self.shape, pictures::square_columns(SAMPLES as usize))?;
        pictures::save_picture(&self.folder.join(format!("samples-{epoch:03}.png")), &grid)?;
        let heads = self.encoder.encode(gpu, &self.images).block_on()?;
        let decoded = self.recon_decoder.decode(gpu, &inference::means(&heads, self.latent)).block_on()?;
        let inputs: Vec<f32> = self.images.iter().map(|&p| p as f32 / 255.0).collect();
        let cols = pictures::square_columns(2 * inputs.len() / self.shape.iter().product::<usize>());
        let pairs = pictures::pairs(&inputs, &decoded.means, self.shape, cols)?;
        pictures::save_picture(&self.folder.join(format!("recon-{epoch:03}.png")), &pairs)
    }

    /// Writes `pictures/mixture-samples-<epoch>.png`: samples whose z come from a mixture of
    /// `components` fitted to the encoder's means of the `train` images as the weights are now
    /// (the same draws' seed every epoch), and saves the mixture beside the checkpoint in `out`
    /// (written before this), where `wgvae sample --prior gmm` finds it.
    #[allow(clippy::too_many_arguments)]
    pub fn draw_mixture_samples(
        &self,
        gpu: &Gpu,
        config: &ModelConfig,
        params: &GpuParams,
        train: &Dataset,
        components: u32,
        epoch: u32,
        out: &Path,
    ) -> Result<()> {
        let key = aggregate_posterior::fit_key(out, train, components as usize, 0)?;
        let mixture = aggregate_posterior::fit(gpu, config, params, train, key, self.kernel)?;
        mixture.save(out)?;
        let samples = self.decoder.decode(gpu, &mixture.sample(SAMPLES as usize, self.seed)).block_on()?;
        let grid = pictures::grid(&samples.means, self.shape, pictures::square_columns(SAMPLES as usize))?;
        pictures::save_picture(&self.folder.join(format!("mixture-samples-{epoch:03}.png")), &grid)
    }
}

/// curves.png: per epoch, the training bound (−loss), the held-out ELBO and, in the epochs
/// where it was computed, the held-out importance estimate of log p(x), all in nats per image.
pub fn draw_curves(path: &Path, records: &[EpochRecord]) -> Result<()> {
    let series = |f: &dyn Fn(&EpochRecord) -> Option<f64>| -> Vec<(f64, f64)> {
        records.iter().filter_map(|r| f(r).map(|v| (r.epoch as f64, v))).collect()
    };
    let mut curves = vec![Curve { name: "training bound (−loss)", points: series(&|r| Some(r.train.bound)) }];
    let heldout = series(&|r| r.heldout.map(|h| h.bound));
    if !heldout.is_empty() {
        curves.push(Curve { name: "held-out ELBO", points: heldout });
    }
    let log_likelihood = series(&|r| r.heldout_log_likelihood);
    if !log_likelihood.is_empty() {
        curves.push(Curve { name: "held-out log p(x), importance sampling", points: log_likelihood });
    }
    let chart = plots::canvas((640, 420), |area| {
        plots::curves(area, "bounds on log p(x) per epoch", ["epoch", "nats per image"], &curves)
    })?;
    pictures::save_png(path, &chart)
}
