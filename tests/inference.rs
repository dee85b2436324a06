//! The encoder and decoder that the picture commands run, on the GPU against the CPU references
//! of their layers, over batches with a short last one.

mod common;

use common::{assert_close, gpu, random};
use wgvae::kernels::activation::Activation;
use wgvae::kernels::density::Likelihood;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::inference::{self, Decoder, Encoder};
use wgvae::model::{ModelConfig, Parameters};
use wgvae::reference::{self as cpu, rng::RngKey, vae};
use wgvae::train::step::GpuParams;

/// The model's encoder output (μ | log σ²) for images `x` and its decoder's raw output for
/// latent points `z`, on the CPU.
fn reference_model(config: &ModelConfig, params: &Parameters, x: &[f32], z: &[f32]) -> (Vec<f32>, Vec<f32>) {
    let f64s = |v: &[f32]| v.iter().map(|&x| x as f64).collect::<Vec<f64>>();
    let f32s = |v: &[f64]| v.iter().map(|&x| x as f32).collect::<Vec<f32>>();
    vae::with_model(config, &vae::to_f64(params), |model, params| {
        let (enc, _) = model.encode(params, &f64s(x), x.len() / config.input_dim());
        let raw = model.decode(params, &f64s(z), z.len() / config.latent());
        (f32s(&enc), f32s(&raw))
    })
}

#[test]
fn encoder_and_decoder_match_the_reference_layers() {
    let Some(gpu) = gpu() else { return };
    // 10 images through batches of 4: two full, one of 2. Sizes off the vec4 widths as well.
    let (n, rows) = (10usize, 4u32);
    let configs = [
        ModelConfig::mlp([5, 6], vec![7, 5], 3, Activation::Tanh, Likelihood::Bernoulli).unwrap(),
        ModelConfig::mlp([5, 6], vec![8], 4, Activation::Tanh, Likelihood::Gaussian).unwrap(),
        ModelConfig::new(common::tiny_conv(1), Likelihood::Bernoulli).unwrap(),
        ModelConfig::new(common::tiny_conv(2), Likelihood::Gaussian).unwrap(),
        ModelConfig::new(common::tiny_conv(2), Likelihood::Logistic).unwrap(),
    ];
    for config in configs {
        let (likelihood, latent) = (config.likelihood, config.latent());
        let params = Parameters::init(&config, 7);
        let gpu_params = GpuParams::upload(gpu, &config, &params).unwrap();
        let images: Vec<u8> = random(n * config.input_dim(), 1, 0.0, 256.0).iter().map(|&v| v as u8).collect();
        let x: Vec<f32> = images.iter().map(|&p| p as f32 / 255.0).collect();
        let z = random(n * latent, 2, -2.0, 2.0);
        let (want_enc, raw) = reference_model(&config, &params, &x, &z);

        let encoder = Encoder::build(gpu, &config, &gpu_params, rows, MatmulKernel::Auto).unwrap();
        let encoded = encoder.encode(gpu, &images).unwrap();
        assert_close("encoder (μ | log σ²)", &encoded, &want_enc, 1e-5);

        let decoder = Decoder::build(gpu, &config, &gpu_params, rows, MatmulKernel::Auto).unwrap();
        let decoded = decoder.decode(gpu, &z).unwrap();
        let dim = config.input_dim();
        match likelihood {
            Likelihood::Bernoulli => {
                assert_close(
                    "decoder means",
                    &decoded.means,
                    &cpu::activation::forward(&raw, Activation::Sigmoid),
                    1e-5,
                );
                assert!(decoded.log_spreads.is_none());
            }
            Likelihood::Gaussian | Likelihood::Logistic => {
                let head = cpu::decoder::location_scale_head(&raw, dim, config.decoder_head());
                let (means, spreads): (Vec<Vec<f32>>, Vec<Vec<f32>>) =
                    head.chunks(2 * dim).map(|r| (r[..dim].to_vec(), r[dim..].to_vec())).unzip();
                assert_close("decoder means", &decoded.means, &means.concat(), 1e-5);
                assert_close("decoder spreads", decoded.log_spreads.as_ref().unwrap(), &spreads.concat(), 1e-5);
            }
        }

        // Draws: Bernoulli pixels are u < p from the uniform stream; Gaussian ones mean + σε;
        // logistic ones mean + s log(u / (1 − u)) on the 8-bit grid.
        let key = RngKey { seed: 5, stream: inference::STREAM_DRAWS, offset: 0 };
        let drawn = inference::draw_images(gpu, &decoded, key).unwrap();
        assert_eq!(drawn.len(), n * dim);
        let want: Vec<f32> = match &decoded.log_spreads {
            Some(log_scales) if likelihood == Likelihood::Logistic => cpu::rng::uniform_stream(key, n * dim)
                .iter()
                .enumerate()
                .map(|(i, &u)| {
                    let v = decoded.means[i] as f64 + (log_scales[i] as f64).exp() * (u as f64 / (1.0 - u as f64)).ln();
                    ((v * 255.0).round().clamp(0.0, 255.0) / 255.0) as f32
                })
                .collect(),
            None => cpu::rng::uniform_stream(key, n * dim)
                .iter()
                .zip(&decoded.means)
                .map(|(&u, &p)| if u < p { 1.0 } else { 0.0 })
                .collect(),
            Some(logvars) => cpu::rng::normal_stream(key, n * dim)
                .iter()
                .enumerate()
                .map(|(i, &e)| (decoded.means[i] + (0.5 * logvars[i]).exp() * e).clamp(0.0, 1.0))
                .collect(),
        };
        assert_close("draws", &drawn, &want, 1e-5);
        assert!(drawn.iter().any(|&v| v > 0.5) && drawn.iter().any(|&v| v < 0.5), "draws are not constant");
    }
}

#[test]
fn prior_samples_are_the_normal_stream() {
    let Some(gpu) = gpu() else { return };
    let key = RngKey { seed: 3, stream: inference::STREAM_PRIOR, offset: 0 };
    let z = inference::prior_samples(gpu, key, 13, 3).unwrap();
    assert_close("z", &z, &cpu::rng::normal_stream(key, 39), 1e-5);
}

#[test]
fn ragged_inputs_are_refused() {
    let Some(gpu) = gpu() else { return };
    let config = ModelConfig::mlp([2, 2], vec![4], 2, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let params = GpuParams::upload(gpu, &config, &Parameters::init(&config, 0)).unwrap();
    let encoder = Encoder::build(gpu, &config, &params, 2, MatmulKernel::Auto).unwrap();
    assert!(encoder.encode(gpu, &[1, 2, 3]).unwrap_err().to_string().contains("not whole images"));
    let decoder = Decoder::build(gpu, &config, &params, 2, MatmulKernel::Auto).unwrap();
    assert!(decoder.decode(gpu, &[0.5; 3]).unwrap_err().to_string().contains("not whole latent points"));
}
