//! What the page draws of a model: samples from fixed z, reconstructions of fixed held-out
//! images (so that one epoch compares with the next, as `wgvae train` draws them), and the latent
//! map: the held-out images' encoder means (the plane itself for two latents, else its two
//! principal axes), and for two latents the decoded manifold beside it.

use js_sys::{Array, Float32Array, Object, Reflect, Uint8Array};
use wasm_bindgen::JsValue;
use wgvae::data::Dataset;
use wgvae::error::Result;
use wgvae::gpu::Gpu;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::latent_map::{manifold_grid, principal_components};
use wgvae::model::ModelConfig;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Decoder, Encoder};
use wgvae::pictures;
use wgvae::reference::rng::Stream;

use crate::browser::picture;

const SAMPLES: u32 = 64;
const RECONSTRUCTIONS: u32 = 32;
/// Held-out images on the latent map at most.
const MAP_POINTS: u32 = 1000;
/// The decoded manifold's side, for two latents.
const MANIFOLD_SIDE: usize = 15;

/// The launches and inputs of the pictures, built once against the model's weights on the GPU.
pub struct Views {
    samples: Decoder,
    z: Vec<f32>,
    encoder: Encoder,
    recon: Decoder,
    images: Vec<u8>,
    labels: Option<Vec<u8>>,
    manifold: Option<Decoder>,
    shape: [usize; 3],
    latent: usize,
}

impl Views {
    /// Pictures of the weights in `params` (the trainer's own buffers during training, so each
    /// epoch draws them as they are), with held-out images from `test`.
    pub async fn build(gpu: &Gpu, config: &ModelConfig, params: &GpuParams, test: &Dataset) -> Result<Views> {
        test.check_shape(config, "held-out data")?;
        let kernel = MatmulKernel::Auto;
        let points = MAP_POINTS.min(test.count as u32);
        let latent = config.latent();
        let manifold_rows = (MANIFOLD_SIDE * MANIFOLD_SIDE) as u32;
        Ok(Views {
            samples: Decoder::build(gpu, config, params, SAMPLES, kernel)?,
            z: inference::prior_samples(gpu, Stream::PriorSamples.key(0, 0), SAMPLES as usize, latent).await?,
            encoder: Encoder::build(gpu, config, params, points, kernel)?,
            recon: Decoder::build(gpu, config, params, RECONSTRUCTIONS.min(points), kernel)?,
            images: test.images[..points as usize * test.dim()].to_vec(),
            labels: test.labels.as_ref().map(|l| l[..points as usize].to_vec()),
            manifold: match latent {
                2 => Some(Decoder::build(gpu, config, params, manifold_rows, kernel)?),
                _ => None,
            },
            shape: config.input(),
            latent,
        })
    }

    /// The pictures as the weights are now: `samples` and `reconstructions` (pictures), for two
    /// latents `manifold` (a picture), and `latent map` (`{ name, points, labels, axes }`, the
    /// points x, y in turn, for the page to plot).
    pub async fn draw(&self, gpu: &Gpu) -> Result<Array> {
        let out = Array::new();
        let grid = |name: &str, images: &[f32], cols: usize| -> Result<JsValue> {
            let rgba = pictures::grid(images, self.shape, cols)?.to_rgba8();
            Ok(picture(name, rgba.width(), rgba.height(), rgba.as_raw()))
        };
        let samples = self.samples.decode(gpu, &self.z).await?;
        out.push(&grid("samples", &samples.means, pictures::square_columns(SAMPLES as usize))?);
        let heads = self.encoder.encode(gpu, &self.images).await?;
        let means = inference::means(&heads, self.latent);
        let shown = RECONSTRUCTIONS.min(self.images.len() as u32 / self.shape.iter().product::<usize>() as u32);
        let decoded = self.recon.decode(gpu, &means[..shown as usize * self.latent]).await?;
        let dim = self.shape.iter().product::<usize>();
        let inputs: Vec<f32> = self.images[..shown as usize * dim].iter().map(|&p| p as f32 / 255.0).collect();
        let pairs = pictures::pairs(&inputs, &decoded.means, self.shape, pictures::square_columns(2 * shown as usize))?
            .to_rgba8();
        out.push(&picture("reconstructions", pairs.width(), pairs.height(), pairs.as_raw()));
        let (points, axes): (Vec<f32>, [&str; 2]) = match &self.manifold {
            Some(decoder) => {
                let decoded = decoder.decode(gpu, &manifold_grid(MANIFOLD_SIDE)).await?;
                out.push(&grid("manifold", &decoded.means, MANIFOLD_SIDE)?);
                (means, ["z1", "z2"])
            }
            None => {
                let (projected, _) = principal_components(&means, self.latent);
                (projected.concat(), ["first principal axis", "second principal axis"])
            }
        };
        let map = Object::new();
        let set = |key: &str, value: JsValue| Reflect::set(&map, &JsValue::from_str(key), &value);
        let axes: Array = axes.iter().map(|a| JsValue::from_str(a)).collect();
        let labels = self.labels.as_deref().map_or(JsValue::NULL, |l| Uint8Array::from(l).into());
        for (key, value) in [
            ("name", JsValue::from_str("latent map")),
            ("points", Float32Array::from(&points[..]).into()),
            ("labels", labels),
            ("axes", axes.into()),
        ] {
            set(key, value).expect("setting a property of a new object");
        }
        out.push(&map);
        Ok(out)
    }
}
