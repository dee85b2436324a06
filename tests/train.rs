//! Training end to end on the bundled digits: a small model learns, the same seed gives the
//! same numbers, and the checkpoint reads back as it was written.

mod common;

use common::gpu;
use pollster::FutureExt as _;
use wgvae::data::Dataset;
use wgvae::data::gpu_images::DataMode;
use wgvae::kernels::activation::Activation;
use wgvae::kernels::adam::AdamConfig;
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::architecture::{Architecture, Layer};
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Objective, Parameters, checkpoint};
use wgvae::train::{TrainOptions, Trainer};

fn small(likelihood: Likelihood) -> ModelConfig {
    ModelConfig::mlp([28, 28], vec![64], 8, Activation::Relu, likelihood).unwrap()
}

fn options(objective: Objective, samples: u32, likelihood: Likelihood) -> TrainOptions {
    TrainOptions {
        objective,
        samples,
        batch: 64,
        adam: AdamConfig { lr: 2e-3, ..Default::default() },
        seed: 7,
        binarize: likelihood == Likelihood::Bernoulli,
        kernel: MatmulKernel::Auto,
        eval_every: 0,
        eval_samples: 0,
        chunk: None,
        data_mode: DataMode::Auto,
        kl: Default::default(),
        lr_schedule: Default::default(),
        clip_grad_norm: None,
    }
}

/// Trains `steps` steps and returns (held-out ELBO before, after, training means of the last epoch).
fn train(config: &ModelConfig, options: TrainOptions, steps: u32) -> (f64, f64, Parameters) {
    let gpu = gpu().unwrap();
    let (train, test) = (Dataset::bundled_train().unwrap(), Dataset::bundled_test().unwrap());
    let params = Parameters::init(config, 1);
    let mut trainer = Trainer::new(gpu, config.clone(), options, &params, &train, Some(&test)).unwrap();
    let before = trainer.evaluate().block_on().unwrap().unwrap().bound;
    let mut epoch = 0;
    let mut done = 0;
    while done < steps {
        epoch += 1;
        trainer.start_epoch(epoch).unwrap();
        for _ in 0..trainer.steps_per_epoch().min(steps - done) {
            trainer.step().unwrap();
            done += 1;
        }
        let means = trainer.epoch_means().block_on().unwrap();
        assert!(means.bound.is_finite() && means.kl >= 0.0, "epoch {epoch}: {means:?}");
    }
    let after = trainer.evaluate().block_on().unwrap().unwrap().bound;
    (before, after, trainer.parameters().block_on().unwrap())
}

#[test]
fn bernoulli_elbo_training_reaches_the_threshold() {
    if gpu().is_none() {
        return;
    }
    let config = small(Likelihood::Bernoulli);
    let (before, after, _) = train(&config, options(Objective::Elbo, 1, Likelihood::Bernoulli), 300);
    eprintln!("held-out ELBO: {before:.2} before, {after:.2} nats after 300 steps");
    // A real run of this test (llvmpipe, Mesa 22.3.6): -553.1 before, -164.7 after.
    assert!(before < -400.0, "an untrained model scores {before}");
    assert!(after > -172.0, "held-out ELBO {after:.2} after 300 steps");
}

#[test]
fn conv_training_reaches_the_threshold() {
    if gpu().is_none() {
        return;
    }
    // The conv preset, narrowed (8 and 16 channels, a 64-wide dense layer, 8 latents).
    let architecture = Architecture::conv([1, 28, 28], [8, 16], 64, 8, Layer::ReLU, 1).unwrap();
    let config = ModelConfig::new(architecture, Likelihood::Bernoulli).unwrap();
    let (before, after, _) = train(&config, options(Objective::Elbo, 1, Likelihood::Bernoulli), 300);
    eprintln!("conv: held-out ELBO {before:.2} before, {after:.2} nats after 300 steps");
    // A real run of this test (llvmpipe, Mesa 22.3.6): -477.4 before, -176.6 after.
    assert!(before < -400.0, "an untrained model scores {before}");
    assert!(after > -184.0, "held-out ELBO {after:.2} after 300 steps");
}

#[test]
fn iwae_training_reaches_the_threshold() {
    if gpu().is_none() {
        return;
    }
    let config = small(Likelihood::Bernoulli);
    let (before, after, _) = train(&config, options(Objective::Iwae, 4, Likelihood::Bernoulli), 200);
    eprintln!("held-out ELBO: {before:.2} before, {after:.2} nats after 200 IWAE(k=4) steps");
    // A real run (llvmpipe): -174.3 after 200 steps.
    assert!(after > -182.0, "held-out ELBO {after:.2} after 200 steps");
}

#[test]
fn gaussian_training_improves_and_stays_finite() {
    if gpu().is_none() {
        return;
    }
    let config = small(Likelihood::Gaussian);
    let (before, after, _) = train(&config, options(Objective::Elbo, 1, Likelihood::Gaussian), 200);
    eprintln!("held-out Gaussian ELBO: {before:.2} before, {after:.2} nats after 200 steps");
    // A real run (llvmpipe): -820.7 before, +533.4 after 200 steps (a density on [0, 1]^784).
    assert!(after > before + 1000.0 && after.is_finite(), "{before} -> {after}");
}

/// Streaming the images a batch ahead gives the resident run's numbers bit for bit: weights,
/// training sums and held-out ELBOs, across epochs (a fresh shuffle each), with dynamic
/// binarization, a batch in chunks, and a held-out set of a full and a short evaluation pass.
#[test]
fn streamed_data_trains_to_the_resident_weights_bit_for_bit() {
    let Some(gpu) = gpu() else { return };
    let subset =
        |d: Dataset, n: usize| Dataset { images: d.images[..n * d.dim()].to_vec().into(), labels: None, count: n, ..d };
    let train = subset(Dataset::bundled_train().unwrap(), 300);
    let test = subset(Dataset::bundled_test().unwrap(), 700);
    let config = small(Likelihood::Bernoulli);
    let run = |data_mode: DataMode| {
        let options = TrainOptions { data_mode, chunk: Some(16), ..options(Objective::Iwae, 2, Likelihood::Bernoulli) };
        let mut trainer =
            Trainer::new(gpu, config.clone(), options, &Parameters::init(&config, 1), &train, Some(&test)).unwrap();
        assert_eq!(trainer.data_streamed(), data_mode == DataMode::Stream);
        let mut numbers = vec![];
        for epoch in 1..=3 {
            trainer.start_epoch(epoch).unwrap();
            for _ in 0..trainer.steps_per_epoch() {
                trainer.step().unwrap();
            }
            numbers.extend(trainer.epoch_sums().block_on().unwrap().map(f64::from));
            let heldout = trainer.evaluate().block_on().unwrap().unwrap();
            numbers.extend([heldout.bound, heldout.kl, heldout.log_px]);
        }
        (numbers, trainer.parameters().block_on().unwrap())
    };
    let (resident, resident_params) = run(DataMode::Resident);
    let (streamed, streamed_params) = run(DataMode::Stream);
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&streamed), bits(&resident), "training sums and held-out ELBOs: {streamed:?} vs {resident:?}");
    assert_eq!(streamed_params, resident_params, "weights after 12 steps");
}

#[test]
fn same_seed_same_numbers_and_checkpoint_round_trip() {
    if gpu().is_none() {
        return;
    }
    let config = small(Likelihood::Bernoulli);
    let (_, a, pa) = train(&config, options(Objective::Elbo, 1, Likelihood::Bernoulli), 40);
    let (_, b, pb) = train(&config, options(Objective::Elbo, 1, Likelihood::Bernoulli), 40);
    assert_eq!(a.to_bits(), b.to_bits(), "held-out ELBO differs between two runs of one seed");
    assert_eq!(pa, pb, "weights differ between two runs of one seed");
    let mut other = options(Objective::Elbo, 1, Likelihood::Bernoulli);
    other.seed = 8;
    let (_, c, _) = train(&config, other, 40);
    assert_ne!(a, c, "a different seed gave the same held-out ELBO");
    // The same run with each batch in 4 chunks of 16: the same steps but for the order of the
    // gradients' sums, so the same numbers to float rounding.
    let chunked = TrainOptions { chunk: Some(16), ..options(Objective::Elbo, 1, Likelihood::Bernoulli) };
    let (_, d, pd) = train(&config, chunked, 40);
    let drift = pa
        .layers
        .iter()
        .zip(&pd.layers)
        .flat_map(|(x, y)| x.weight.iter().zip(&y.weight))
        .map(|(x, y)| (x - y).abs())
        .fold(0f32, f32::max);
    eprintln!("chunked run: held-out ELBO {d} vs {a}; largest weight difference {drift:e}");
    assert!((a - d).abs() < 0.01 && drift < 1e-4, "chunked run: held-out ELBO {d} vs {a}, weights apart by {drift}");

    let dir = std::env::temp_dir().join(format!("wgvae-checkpoint-{}", std::process::id()));
    checkpoint::save(&dir, &config, &pa).unwrap();
    let (config_back, params_back) = checkpoint::load(&dir).unwrap();
    assert_eq!(config_back, config);
    assert_eq!(params_back, pa);
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert_eq!(leftovers.len(), 2, "only model.safetensors and config.json: {leftovers:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn damaged_checkpoints_are_refused_by_name() {
    let config = small(Likelihood::Bernoulli);
    let params = Parameters::init(&config, 3);
    let dir = std::env::temp_dir().join(format!("wgvae-damaged-{}", std::process::id()));
    let (weights, config_file) = (dir.join(checkpoint::WEIGHTS_FILE), dir.join(checkpoint::CONFIG_FILE));
    let refused = |says: &str, names: &std::path::Path| {
        let e = checkpoint::load(&dir).err().unwrap_or_else(|| panic!("loaded a checkpoint with {says}")).to_string();
        assert!(e.contains(says) && e.contains(names.to_str().unwrap()), "{e}");
    };
    checkpoint::save(&dir, &config, &params).unwrap();
    let bytes = std::fs::read(&weights).unwrap();
    // Truncated weights, then no weights.
    std::fs::write(&weights, &bytes[..bytes.len() - 100]).unwrap();
    refused("checkpoint weights", &weights);
    std::fs::write(&weights, &bytes[..5]).unwrap();
    refused("checkpoint weights", &weights);
    std::fs::remove_file(&weights).unwrap();
    refused("No such file", &weights);
    // A config the tensors do not match: a hidden width of 65, not 64.
    std::fs::write(&weights, &bytes).unwrap();
    let text = std::fs::read_to_string(&config_file).unwrap();
    let wider = text
        .replace("\"out_features\": 64", "\"out_features\": 65")
        .replace("\"in_features\": 64", "\"in_features\": 65");
    std::fs::write(&config_file, wider).unwrap();
    refused("encoder.1.weight", &weights);
    // A config whose layers do not chain: another latent size than the decoder takes.
    std::fs::write(&config_file, text.replace("\"latent\": 8", "\"latent\": 9")).unwrap();
    refused("decoder layer 0 (Linear): takes 8 features, given 9", &config_file);
    // A newer format, and a config that is not JSON.
    std::fs::write(&config_file, text.replace("\"format_version\": 2", "\"format_version\": 3")).unwrap();
    refused("format version 3", &config_file);
    std::fs::write(&config_file, "{ \"input_dim\": ").unwrap();
    refused("checkpoint config", &config_file);
    std::fs::write(&config_file, &text).unwrap();
    assert_eq!(checkpoint::load(&dir).unwrap().1, params, "whole again");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_batch_too_large_for_one_buffer_is_split_into_the_largest_chunks_that_fit() {
    // Default model shape (784-400-20), IWAE k = 10: the decoder's output is the largest
    // buffer, 10 rows x 784 floats per image = 31,360 bytes.
    let config = ModelConfig::mlp([28, 28], vec![400], 20, Activation::Relu, Likelihood::Bernoulli).unwrap();
    let per_image = 10 * 784 * 4;
    let limits = |images: u64| wgpu::Limits {
        max_storage_buffer_binding_size: images * per_image,
        max_buffer_size: 1 << 31,
        ..wgpu::Limits::default()
    };
    let opts = |batch: u32, chunk: Option<u32>| TrainOptions {
        batch,
        chunk,
        ..options(Objective::Iwae, 10, Likelihood::Bernoulli)
    };
    assert_eq!(opts(128, None).chunk_points(&config, &limits(128)).unwrap(), 128, "fits whole");
    assert_eq!(opts(128, None).chunk_points(&config, &limits(127)).unwrap(), 64);
    assert_eq!(opts(120, None).chunk_points(&config, &limits(50)).unwrap(), 40, "largest divisor of 120 up to 50");
    assert_eq!(opts(127, None).chunk_points(&config, &limits(100)).unwrap(), 1, "a prime batch, image by image");
    assert_eq!(opts(128, Some(32)).chunk_points(&config, &limits(128)).unwrap(), 32, "asked for");
    for (what, result, says) in [
        (
            "a chunk that does not divide the batch",
            opts(128, Some(48)).chunk_points(&config, &limits(128)),
            "--chunk 48",
        ),
        ("a zero chunk", opts(128, Some(0)).chunk_points(&config, &limits(128)), "--chunk 0"),
        (
            "a chunk larger than fits",
            opts(128, Some(64)).chunk_points(&config, &limits(50)),
            "max_storage_buffer_binding_size",
        ),
        (
            "not even one image fits",
            TrainOptions { samples: 5000, ..opts(128, None) }.chunk_points(&config, &limits(100)),
            "max_storage_buffer_binding_size",
        ),
    ] {
        let err = result.expect_err(what).to_string();
        assert!(
            err.contains(says) && err.contains(if says.starts_with("--") { "batch" } else { "dec" }),
            "{what}: {err}"
        );
    }
}
