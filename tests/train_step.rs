//! One whole training step on the GPU against the CPU reference on the same weights, batch and
//! random stream: the bound, every parameter's gradient, and the parameters after Adam; also
//! with the batch split in chunks whose gradients are summed, against the whole batch's reference.

mod common;

use common::tolerance::{self, Budget};
use common::{assert_close, gpu};
use pollster::FutureExt as _;
use wgvae::data::gpu_images::DataBuffers;
use wgvae::gpu::Gpu;
use wgvae::kernels::activation::Activation;
use wgvae::kernels::adam::AdamConfig;
use wgvae::kernels::gather::pack_pixels;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::kernels::sample::SampleOrigin;
use wgvae::model::architecture::{Architecture, Layer};
use wgvae::model::forward::{BoundSpec, ForwardPass, Proposal};
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Objective, Parameters};
use wgvae::reference::rng::RngKey;
use wgvae::reference::vae::KlTerm;
use wgvae::reference::{self as cpu};
use wgvae::train::metrics::METRICS_LEN;
use wgvae::train::step::{StepExtras, StepValues, TrainStep};

/// Random 8-bit pixels, about a tenth of them 0 and a tenth 255 (black and white, as images
/// have them, and the discretized logistic's edge bins).
fn random_pixels(len: usize, seed: u32) -> Vec<u8> {
    let key = RngKey { seed, stream: 5, offset: 0 };
    (0..len as u32).map(|i| ((cpu::rng::u32_at(key, i) >> 20) as i32 * 5 / 16 - 200).clamp(0, 255) as u8).collect()
}

/// What a step may add to the bound and Adam: the KL weight β, free bits, clipping to a
/// fraction of the (unclipped) gradient's norm, and a learning rate other than the base.
#[derive(Clone, Copy, Debug)]
struct Levers {
    beta: f32,
    free_bits: f32,
    clip_fraction: Option<f64>,
    lr: f32,
}

/// The error budget of a whole step against the reference (docs/math.md, "Tolerances"): the
/// chain of its layers ([`tolerance::layer_chain`]; a weight's gradient sums over the batch's
/// rows, times a convolution's output positions, at most the input's pixels), the
/// likelihood's per-pixel term (the discretized logistic the worst, as in tests/kernels.rs)
/// and its sum over the pixels, and the normals' bound, since the reference draws its own ε.
fn step_budget(config: &ModelConfig, rows: usize) -> Budget {
    let layers = config.layers().into_iter().map(|spec| {
        let positions = if spec.weight_shape.len() == 4 { config.input_dim() } else { 1 };
        (spec.weight_len() / spec.outputs, spec.outputs, rows * positions)
    });
    let pixel = tolerance::logistic_subpixel();
    let normals = Budget(cpu::rng::NORMAL_RELATIVE_BOUND / tolerance::EPS);
    tolerance::layer_chain(layers) + pixel + Budget::sum(config.input_dim()) + normals
}

/// One Adam step from the same gradient, relative to the largest parameter after it (`scale`):
/// the corrections' and the update's roundings, a sqrt and a division, on a step of size lr
/// (relative to the scale, at most 1: a bias that starts at 0, GroupNorm's, is a step's size
/// after one); then the subtraction, and the reference's own rounding to f32.
fn adam_budget(lr: f32, scale: f32) -> Budget {
    let step = lr as f64 / scale.max(lr) as f64;
    (Budget::SQRT + Budget::DIVISION + Budget::ROUNDING.times(6.0)).times(step) + Budget::ROUNDING.times(2.0)
}

const PLAIN: Levers = Levers { beta: 1.0, free_bits: 0.0, clip_fraction: None, lr: 1e-2 };

#[allow(clippy::too_many_arguments)]
fn compare(
    gpu: &Gpu,
    config: &ModelConfig,
    points: u32,
    samples: u32,
    chunks: u32,
    objective: Objective,
    binarize: bool,
    kernel: MatmulKernel,
    levers: Levers,
) {
    let images = points + 5;
    let pixels = random_pixels(images as usize * config.input_dim(), 1);
    let pixels_g = gpu.upload("pixels", &pack_pixels(&pixels)).unwrap();
    let index: Vec<u32> = (0..images).rev().collect();
    let index_g = gpu.upload("index", &index).unwrap();
    let metrics = gpu.upload("metrics", &[0f32; METRICS_LEN]).unwrap();
    let params = Parameters::init(config, 9);
    let (bin_key, eps_key) = (RngKey { seed: 3, stream: 1, offset: 17 }, RngKey { seed: 3, stream: 2, offset: 17 });
    let adam_config = AdamConfig { lr: 1e-2, ..Default::default() };
    // The reference step on the batch as the gather kernel makes it (checked below).
    let want_x =
        cpu::gather::gather(&pixels, &index, points as usize, config.input_dim(), 2, binarize.then_some(bin_key));
    let x64: Vec<f64> = want_x.iter().map(|&v| v as f64).collect();
    let kl = KlTerm { beta: levers.beta as f64, free_bits: levers.free_bits as f64 };
    let params64 = cpu::vae::to_f64(&params);
    let mut reference =
        cpu::vae::step(config, &params64, &x64, points as usize, samples as usize, objective, kl, eps_key);
    let norm = reference.grads.iter().flat_map(|(w, b)| w.iter().chain(b)).map(|g| g * g).sum::<f64>().sqrt();
    let clip = levers.clip_fraction.map(|f| f * norm);
    if let Some(c) = clip {
        let mut tensors: Vec<&mut [f64]> =
            reference.grads.iter_mut().flat_map(|(w, b)| [w.as_mut_slice(), b.as_mut_slice()]).collect();
        cpu::grad_norm::clip_grad_norm(&mut tensors, c);
    }
    let extras = StepExtras { free_bits: levers.free_bits, clip_grad_norm: clip.map(|c| c as f32) };
    let values = StepValues { adam_step: 1, lr: levers.lr, beta: levers.beta };
    // A step over fresh copies of the parameters, on the batch at offset 2 of the index.
    let build = |params_g: &GpuParams| {
        let data = DataBuffers { pixels: &pixels_g, images, index: &index_g };
        let bound = BoundSpec { objective, metrics: &metrics, slot: 0 };
        let mut forward = ForwardPass::build(
            gpu,
            config,
            params_g,
            data,
            points / chunks,
            samples,
            chunks,
            Proposal::Encoder,
            Some(bound),
            binarize,
            kernel,
        )
        .unwrap();
        forward.set_batch(gpu, &index_g, 2, bin_key, eps_key, SampleOrigin::default()).unwrap();
        let mut step = TrainStep::build(gpu, config, params_g, forward, adam_config, kernel, extras, 1).unwrap();
        step.set_values(gpu, values).unwrap();
        step
    };
    let params_g = GpuParams::upload(gpu, config, &params).unwrap();
    let step = build(&params_g);
    assert_eq!(step.forward.chunks(), chunks);
    gpu.run(&step.clipped_gradient_launches().collect::<Vec<_>>()).unwrap();

    // The batch as the GPU gathered it (gather is tested on its own against its reference),
    // chunk by chunk: the last one is in x, the others are gathered again on their own.
    let chunk_len = (points / chunks) as usize * config.input_dim();
    let mut x = vec![];
    for chunk in 0..chunks {
        gpu.run(&step.forward.chunk_launches(chunk).take(1).collect::<Vec<_>>()).unwrap();
        x.extend(gpu.read(&step.forward.x).unwrap());
    }
    assert_eq!(x, want_x, "gathered batch");
    assert_eq!(x.len(), chunks as usize * chunk_len);
    let what = format!("{:?} {objective:?} k={samples} {kernel:?} in {chunks} chunks, {levers:?}", config.likelihood);
    let to32 = |v: &[f64]| v.iter().map(|&x| x as f32).collect::<Vec<_>>();
    let budget = step_budget(config, (points * samples) as usize);
    let tol = budget.tol();
    // The bound buffer holds the last chunk's images.
    let last_chunk = &reference.bounds[(points - points / chunks) as usize..];
    assert_close(&format!("{what}: bounds"), &gpu.read(&step.forward.bound).unwrap(), &to32(last_chunk), tol);
    let sums = gpu.read(&metrics).unwrap();
    let total: f64 = reference.bounds.iter().sum();
    let sum_tol = (budget + Budget::sum(points as usize)).tol();
    assert!(((sums[0] as f64 - total) / total).abs() < sum_tol, "{what}: metric sum {} vs {total}", sums[0]);

    let gpu_grads: Vec<(Vec<f32>, Vec<f32>)> =
        step.gradients().map(|(w, b)| (gpu.read(w).unwrap(), gpu.read(b).unwrap())).collect();
    for (l, ((gw, gb), (rw, rb))) in gpu_grads.iter().zip(&reference.grads).enumerate() {
        let name = &config.layers()[l].name;
        assert_close(&format!("{what}: d {name}.weight"), gw, &to32(rw), tol);
        assert_close(&format!("{what}: d {name}.bias"), gb, &to32(rb), tol);
    }
    if levers.free_bits > 0.0 {
        let mask = gpu.read(step.kl_mask()).unwrap();
        assert!(mask.contains(&0.0) && mask.contains(&1.0), "{what}: λ holds some dimensions, not all: {mask:?}");
    }
    if let Some(c) = clip {
        let after = gpu_grads.iter().flat_map(|(w, b)| w.iter().chain(b)).map(|&g| g as f64 * g as f64).sum::<f64>();
        // Clipping's own: the norm (a sum of every gradient's square, a sqrt), C / ‖g‖, a product.
        let parameters: usize = config.layers().iter().map(|s| s.weight_len() + s.outputs).sum();
        let clip = Budget::sum(parameters) + Budget::SQRT + Budget::DIVISION + Budget::ROUNDING.times(2.0);
        assert!(
            (after.sqrt() - c).abs() / c < (clip + Budget::sum(parameters)).tol(),
            "{what}: the clipped gradient's norm {} against C = {c}",
            after.sqrt()
        );
    }

    // One Adam step from the same weights and the GPU's gradients.
    let params_g = GpuParams::upload(gpu, config, &params).unwrap();
    let step = build(&params_g);
    gpu.run(&step.launches().collect::<Vec<_>>()).unwrap();
    let updated = params_g.download(gpu).block_on().unwrap();
    for (l, (p, (gw, gb))) in params.layers.iter().zip(&gpu_grads).enumerate() {
        for (which, start, grad, got) in
            [("weight", &p.weight, gw, &updated.layers[l].weight), ("bias", &p.bias, gb, &updated.layers[l].bias)]
        {
            let mut want = start.clone();
            let (mut m, mut v) = (vec![0.0; want.len()], vec![0.0; want.len()]);
            cpu::adam::adam(grad, &mut want, &mut m, &mut v, 1, AdamConfig { lr: levers.lr, ..adam_config });
            let scale = want.iter().fold(0.0f32, |m, v| m.max(v.abs()));
            let tol = adam_budget(levers.lr, scale).tol();
            assert_close(&format!("{what}: {} {which} after Adam", config.layers()[l].name), got, &want, tol);
            assert_ne!(got, start, "{what}: Adam left {} {which} unchanged", config.layers()[l].name);
        }
    }
}

#[test]
fn bernoulli_step_matches_reference_at_odd_shapes() {
    let Some(gpu) = gpu() else { return };
    let config = ModelConfig::mlp([5, 3], vec![9], 3, Activation::Relu, Likelihood::Bernoulli).unwrap();
    compare(gpu, &config, 7, 1, 1, Objective::Elbo, true, MatmulKernel::Auto, PLAIN);
    compare(gpu, &config, 7, 5, 1, Objective::Iwae, true, MatmulKernel::Auto, PLAIN);
}

#[test]
fn gaussian_step_matches_reference_at_odd_shapes() {
    let Some(gpu) = gpu() else { return };
    let config = ModelConfig::mlp([5, 3], vec![11, 6], 3, Activation::Tanh, Likelihood::Gaussian).unwrap();
    compare(gpu, &config, 6, 1, 1, Objective::Elbo, false, MatmulKernel::Auto, PLAIN);
    compare(gpu, &config, 6, 4, 1, Objective::Iwae, false, MatmulKernel::Auto, PLAIN);
}

#[test]
fn logistic_step_matches_reference_at_odd_shapes() {
    let Some(gpu) = gpu() else { return };
    // 8-bit images (the gather's k / 255), the edge bins among them.
    let config = ModelConfig::mlp([5, 3], vec![11, 6], 3, Activation::Tanh, Likelihood::Logistic).unwrap();
    compare(gpu, &config, 6, 1, 1, Objective::Elbo, false, MatmulKernel::Auto, PLAIN);
    compare(gpu, &config, 6, 4, 2, Objective::Iwae, false, MatmulKernel::Auto, PLAIN);
}

#[test]
fn step_matches_reference_with_every_matmul_kernel() {
    let Some(gpu) = gpu() else { return };
    // Widths that are multiples of 4, so the vec4 kernels run.
    let config = ModelConfig::mlp([4, 8], vec![24], 4, Activation::Relu, Likelihood::Bernoulli).unwrap();
    for kernel in [MatmulKernel::Vec4, MatmulKernel::Vec4Large, MatmulKernel::Strided, MatmulKernel::Tiled] {
        compare(gpu, &config, 12, 2, 1, Objective::Iwae, true, kernel, PLAIN);
    }
}

#[test]
fn split_batch_step_matches_the_whole_batch_reference() {
    let Some(gpu) = gpu() else { return };
    // Chunks of 3 and 5 images (odd, not tile multiples); each chunk's mean gradient weighted
    // 1/chunks gives the whole batch's.
    let config = ModelConfig::mlp([5, 3], vec![9], 3, Activation::Relu, Likelihood::Bernoulli).unwrap();
    compare(gpu, &config, 9, 1, 3, Objective::Elbo, true, MatmulKernel::Auto, PLAIN);
    compare(gpu, &config, 9, 4, 3, Objective::Iwae, true, MatmulKernel::Auto, PLAIN);
    let config = ModelConfig::mlp([5, 3], vec![11, 6], 3, Activation::Tanh, Likelihood::Gaussian).unwrap();
    compare(gpu, &config, 10, 3, 2, Objective::Iwae, false, MatmulKernel::Auto, PLAIN);
}

#[test]
fn conv_step_matches_reference() {
    let Some(gpu) = gpu() else { return };
    // The tiny conv VAE: LeakyReLU, SiLU and GELU as launches of their own, Tanh and ReLU fused,
    // non-square kernels, strides and output padding; every likelihood, both objectives.
    for (likelihood, objective, samples, binarize) in [
        (Likelihood::Bernoulli, Objective::Elbo, 1, true),
        (Likelihood::Bernoulli, Objective::Iwae, 3, true),
        (Likelihood::Gaussian, Objective::Elbo, 1, false),
        (Likelihood::Gaussian, Objective::Iwae, 2, false),
        (Likelihood::Logistic, Objective::Elbo, 1, false),
        (Likelihood::Logistic, Objective::Iwae, 2, false),
    ] {
        let outputs = likelihood.outputs_per_dim() as usize;
        let config = ModelConfig::new(common::tiny_conv(outputs), likelihood).unwrap();
        compare(gpu, &config, 5, samples, 1, objective, binarize, MatmulKernel::Auto, PLAIN);
    }
    // Pooling and upsampling, both objectives, whole and in chunks.
    for (likelihood, objective, samples, chunks) in
        [(Likelihood::Gaussian, Objective::Elbo, 1, 1), (Likelihood::Bernoulli, Objective::Iwae, 2, 2)]
    {
        let outputs = likelihood.outputs_per_dim() as usize;
        let config = ModelConfig::new(common::pooling_conv(outputs), likelihood).unwrap();
        let binarize = likelihood == Likelihood::Bernoulli;
        compare(gpu, &config, 4, samples, chunks, objective, binarize, MatmulKernel::Auto, PLAIN);
    }
    // The resnet preset, small: residual blocks with GroupNorm and 1×1 shortcuts, in chunks.
    let architecture = Architecture::resnet([1, 8, 8], [4, 6, 6], 1, 8, 3, 1).unwrap();
    let config = ModelConfig::new(architecture, Likelihood::Bernoulli).unwrap();
    compare(gpu, &config, 4, 1, 2, Objective::Elbo, true, MatmulKernel::Auto, PLAIN);
    // The conv preset's 4x4 stride-2 convolutions (odd channel counts) on 8x8 images, whole
    // and in chunks.
    let architecture = Architecture::conv([1, 8, 8], [3, 5], 7, 3, Layer::ReLU, 1).unwrap();
    let config = ModelConfig::new(architecture, Likelihood::Bernoulli).unwrap();
    compare(gpu, &config, 6, 1, 1, Objective::Elbo, true, MatmulKernel::Auto, PLAIN);
    compare(gpu, &config, 6, 2, 3, Objective::Iwae, true, MatmulKernel::Auto, PLAIN);
}

#[test]
fn step_with_beta_free_bits_clipping_and_a_scheduled_rate_matches_reference() {
    let Some(gpu) = gpu() else { return };
    let config = ModelConfig::mlp([5, 3], vec![9], 4, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let beta = Levers { beta: 0.37, lr: 3.7e-3, ..PLAIN };
    let clipped = Levers { clip_fraction: Some(0.5), ..beta };
    // λ among the dimensions' mean KL at the initial weights (0.01 – 0.08 nats here): some
    // dimensions are held at the floor, others keep their KL gradient.
    let free_bits = Levers { beta: 2.0, free_bits: 0.03, ..PLAIN };
    let everything = Levers { clip_fraction: Some(0.25), lr: 4e-3, ..free_bits };
    for levers in [beta, clipped, free_bits, everything] {
        compare(gpu, &config, 7, 1, 1, Objective::Elbo, true, MatmulKernel::Auto, levers);
    }
    // The IWAE's KL weight inside each importance weight, with clipping; and a β of 0 (the
    // first step of a warm-up), whole and in chunks.
    for levers in [Levers { beta: 3.0, ..clipped }, Levers { beta: 0.0, ..PLAIN }] {
        compare(gpu, &config, 7, 4, 1, Objective::Iwae, true, MatmulKernel::Auto, levers);
    }
    compare(gpu, &config, 8, 3, 2, Objective::Iwae, true, MatmulKernel::Auto, Levers { beta: 0.0, ..clipped });
    let config = ModelConfig::mlp([5, 3], vec![11, 6], 3, Activation::Tanh, Likelihood::Gaussian).unwrap();
    // Here the dimensions' KL at the initial weights straddle 0.1 nats.
    compare(gpu, &config, 6, 1, 1, Objective::Elbo, false, MatmulKernel::Auto, Levers { free_bits: 0.1, ..everything });
}
