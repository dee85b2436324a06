//! The encoder and decoder that the picture commands run, on the GPU against the CPU references
//! of their layers, over batches with a short last one.

mod common;

use common::tolerance::{self, Budget};
use common::{assert_close, assert_each_relative, gpu, random};
use pollster::FutureExt as _;
use wgvae::kernels::activation::Activation;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Decoder, Encoder};
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Parameters};
use wgvae::reference::rng::Stream;
use wgvae::reference::{self as cpu, vae};

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

        // The forward chains of the encoder and the decoder (tolerance::layer_chain, forward
        // and backward alike, a bound on the forward alone), then the decoder's head: a
        // sigmoid (an exp of |a| ≤ 15 and a division) or the floor's softplus (an exp, the
        // log1p's log and division).
        let chain =
            tolerance::layer_chain(config.layers().into_iter().map(|s| (s.weight_len() / s.outputs, s.outputs, 1)));
        let head = Budget::exp(15.0) + Budget::LOG + Budget::DIVISION.times(2.0) + Budget::ROUNDING.times(2.0);
        let tol = (chain + head).tol();
        let encoder = Encoder::build(gpu, &config, &gpu_params, rows, MatmulKernel::Auto).unwrap();
        let encoded = encoder.encode(gpu, &images).block_on().unwrap();
        assert_close("encoder (μ | log σ²)", &encoded, &want_enc, tol);

        let decoder = Decoder::build(gpu, &config, &gpu_params, rows, MatmulKernel::Auto).unwrap();
        let decoded = decoder.decode(gpu, &z).block_on().unwrap();
        let dim = config.input_dim();
        match likelihood {
            Likelihood::Bernoulli => {
                assert_close(
                    "decoder means",
                    &decoded.means,
                    &cpu::activation::forward(&raw, Activation::Sigmoid),
                    tol,
                );
                assert!(decoded.log_spreads.is_none());
            }
            Likelihood::Gaussian | Likelihood::Logistic => {
                let head = cpu::decoder::location_scale_head(&raw, dim, config.decoder_head());
                let (means, spreads): (Vec<Vec<f32>>, Vec<Vec<f32>>) =
                    head.chunks(2 * dim).map(|r| (r[..dim].to_vec(), r[dim..].to_vec())).unzip();
                assert_close("decoder means", &decoded.means, &means.concat(), tol);
                assert_close("decoder spreads", decoded.log_spreads.as_ref().unwrap(), &spreads.concat(), tol);
            }
        }

        // Draws: Bernoulli pixels are u < p from the uniform stream (exact: the same p, an exact
        // u, a comparison); Gaussian ones mean + σε (ε's bound, an exp of |logvar / 2| ≤ 3, two
        // roundings); logistic ones mean + s log(u / (1 − u)) on the 8-bit grid, which the
        // GPU's rounding may move by one step where the value is within its error (an exp of
        // |log s| ≤ 8, a division, a log: 2^-21 absolute near u = 1/2) of a step's edge.
        let key = Stream::DecoderDraws.key(5, 0);
        let drawn = inference::draw_images(gpu, &decoded, key).block_on().unwrap();
        assert_eq!(drawn.len(), n * dim);
        let step_error =
            (Budget::exp(8.0) + Budget::DIVISION + Budget::LOG + Budget::ROUNDING.times(3.0)).tol() * 8f64.exp();
        let want: Vec<f32> = match &decoded.log_spreads {
            Some(log_scales) if likelihood == Likelihood::Logistic => cpu::rng::uniform_stream(key, n * dim)
                .iter()
                .enumerate()
                .map(|(i, &u)| {
                    let v = decoded.means[i] as f64 + (log_scales[i] as f64).exp() * (u as f64 / (1.0 - u as f64)).ln();
                    let grid = (v * 255.0).round().clamp(0.0, 255.0) / 255.0;
                    // Near an edge, take the side the GPU took, when it is the neighbour.
                    let edge = ((v * 255.0).fract().abs() - 0.5).abs() < step_error * 255.0 * (1.0 + v.abs());
                    let got = drawn[i] as f64;
                    (if edge && (got - grid).abs() <= 1.5 / 255.0 { got } else { grid }) as f32
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
        let gaussian = cpu::rng::NORMAL_RELATIVE_BOUND + (Budget::exp(3.0) + Budget::ROUNDING.times(2.0)).tol();
        assert_close("draws", &drawn, &want, gaussian);
        assert!(drawn.iter().any(|&v| v > 0.5) && drawn.iter().any(|&v| v < 0.5), "draws are not constant");
    }
}

#[test]
fn prior_samples_are_the_normal_stream() {
    let Some(gpu) = gpu() else { return };
    let key = Stream::PriorSamples.key(3, 0);
    let z = inference::prior_samples(gpu, key, 13, 3).block_on().unwrap();
    assert_each_relative("z", &z, &cpu::rng::normal_stream(key, 39), cpu::rng::NORMAL_RELATIVE_BOUND);
}

#[test]
fn ragged_inputs_are_refused() {
    let Some(gpu) = gpu() else { return };
    let config = ModelConfig::mlp([2, 2], vec![4], 2, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let params = GpuParams::upload(gpu, &config, &Parameters::init(&config, 0)).unwrap();
    let encoder = Encoder::build(gpu, &config, &params, 2, MatmulKernel::Auto).unwrap();
    assert!(encoder.encode(gpu, &[1, 2, 3]).block_on().unwrap_err().to_string().contains("not whole images"));
    let decoder = Decoder::build(gpu, &config, &params, 2, MatmulKernel::Auto).unwrap();
    assert!(decoder.decode(gpu, &[0.5; 3]).block_on().unwrap_err().to_string().contains("not whole latent points"));
}
