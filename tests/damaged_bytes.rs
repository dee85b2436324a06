//! Every reader of a file, fed damaged copies of good files (bytes flipped, cut, inserted, size
//! fields overwritten): each answers with a result, never a panic or an absurd allocation. The
//! fuzz targets in fuzz/ search the same readers far longer; this keeps a quick round of it in
//! every test run.

mod common;

use common::{gzip, idx_file, npy_bytes};

use std::path::Path;

use rand::{RngExt, SeedableRng};
use wgvae::data::{Dataset, cifar, npy};
use wgvae::kernels::activation::Activation;
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, Parameters, checkpoint};
use wgvae::train::TrainOptions;
use wgvae::train::state::{Progress, TrainingState};

const ROUNDS: usize = 3000;

/// A damaged copy of `good`: one to four random edits.
fn damage(good: &[u8], rng: &mut rand::rngs::StdRng) -> Vec<u8> {
    let mut bytes = good.to_vec();
    for _ in 0..rng.random_range(1..=4) {
        let at = if bytes.is_empty() { 0 } else { rng.random_range(0..bytes.len()) };
        match rng.random_range(0..5) {
            0 if !bytes.is_empty() => bytes[at] ^= 1 << rng.random_range(0..8),
            1 => bytes.truncate(at),
            2 => bytes.insert(at, rng.random()),
            // A size or count field: a random or extreme 32- or 64-bit value.
            3 if at + 8 <= bytes.len() => {
                let v: u64 = [rng.random(), u64::MAX, u32::MAX as u64, 0][rng.random_range(0..4)];
                bytes[at..at + 8].copy_from_slice(&v.to_le_bytes());
            }
            _ if at + 4 <= bytes.len() => {
                let v: u32 = [rng.random(), u32::MAX, 0x7fff_ffff][rng.random_range(0..3)];
                bytes[at..at + 4].copy_from_slice(&v.to_be_bytes());
            }
            _ => {}
        }
    }
    bytes
}

/// An IDX file of `images` images of h × w, pixels counting up.
fn idx(images: u32, h: u32, w: u32) -> Vec<u8> {
    let pixels: Vec<u8> = (0..images * h * w).map(|i| (i * 37 % 256) as u8).collect();
    idx_file(0x803, &[images, h, w], &pixels)
}

#[test]
fn idx_files_damaged_give_results() {
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let path = Path::new("damaged-images-idx3-ubyte");
    for good in [idx(5, 4, 3), gzip(&idx(5, 4, 3))] {
        assert!(Dataset::from_idx_bytes(good.clone(), path).is_ok());
        let mut refused = 0;
        for _ in 0..ROUNDS {
            refused += Dataset::from_idx_bytes(damage(&good, &mut rng), path).is_err() as usize;
        }
        assert!(refused > ROUNDS / 2, "only {refused} of {ROUNDS} damaged files refused");
    }
}

/// Feeds `ROUNDS` damaged copies of `good` to `read`, which must take `good`; returns how many
/// it refused.
fn refusals<T, E>(good: &[u8], seed: u64, read: impl Fn(&[u8]) -> Result<T, E>) -> usize {
    assert!(read(good).is_ok());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    (0..ROUNDS).filter(|_| read(&damage(good, &mut rng)).is_err()).count()
}

#[test]
fn cifar_and_npy_files_damaged_give_results() {
    let records: Vec<u8> =
        (0..2).flat_map(|i| std::iter::once(i as u8 * 7).chain((0..3072).map(|j| (j % 251) as u8))).collect();
    let cifar10 = refusals(&records, 2, |b| cifar::from_bytes(b, Path::new("data_batch_1.bin")));
    let by_size = refusals(&records, 3, |b| cifar::from_bytes(b, Path::new("damaged.bin")));
    let pixels: Vec<u8> = (0..2 * 5 * 6 * 3).map(|i| (i * 13 % 256) as u8).collect();
    let images = refusals(&npy_bytes("|u1", &[2, 5, 6, 3], &pixels), 4, |b| npy::from_bytes(b, Path::new("x.npy")));
    let floats: Vec<u8> = (0..12).flat_map(|i| (i as f32 / 11.0).to_le_bytes()).collect();
    let float_images = refusals(&npy_bytes("<f4", &[1, 3, 4], &floats), 5, |b| npy::from_bytes(b, Path::new("f.npy")));
    let labels: Vec<u8> = [3i32, 1, 4].iter().flat_map(|v| v.to_le_bytes()).collect();
    let labels = refusals(&npy_bytes("<i4", &[3], &labels), 6, |b| npy::labels_from_bytes(b, Path::new("l.npy")));
    // Most edits change a size or a header; flipped pixels still read.
    for (what, refused) in [
        ("CIFAR-10", cifar10),
        ("CIFAR by size", by_size),
        ("npy", images),
        ("npy f32", float_images),
        ("labels", labels),
    ] {
        assert!(refused > ROUNDS / 3, "{what}: only {refused} of {ROUNDS} damaged files refused");
    }
}

fn small_model() -> (ModelConfig, Parameters) {
    let config = ModelConfig::mlp([3, 2], vec![4], 2, Activation::Relu, Likelihood::Gaussian).unwrap();
    let params = Parameters::init(&config, 1);
    (config, params)
}

#[test]
fn checkpoints_damaged_give_results() {
    let (config, params) = small_model();
    let dir = std::env::temp_dir().join(format!("wgvae-damaged-bytes-{}", std::process::id()));
    checkpoint::save(&dir, &config, &params).unwrap();
    let text = std::fs::read_to_string(dir.join(checkpoint::CONFIG_FILE)).unwrap();
    let weights = std::fs::read(dir.join(checkpoint::WEIGHTS_FILE)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(checkpoint::from_bytes(&text, &weights, &dir).unwrap().1, params);
    let mut rng = rand::rngs::StdRng::seed_from_u64(2);
    for _ in 0..ROUNDS {
        let _ = checkpoint::from_bytes(&text, &damage(&weights, &mut rng), &dir);
        // The config as text: damaged bytes that are still UTF-8, numbers made huge included.
        let damaged = String::from_utf8_lossy(&damage(text.as_bytes(), &mut rng)).into_owned();
        let _ = checkpoint::from_bytes(&damaged, &weights, &dir);
    }
    for huge in ["4294967295", "18446744073709551615", "1000000000000"] {
        let damaged = text.replacen("\"latent\": 2", &format!("\"latent\": {huge}"), 1);
        assert!(checkpoint::from_bytes(&damaged, &weights, &dir).is_err());
        for (what, at) in [("input", "3,\n      2"), ("features", "\"in_features\": 6")] {
            let with =
                if what == "input" { format!("{huge},\n      {huge}") } else { format!("\"in_features\": {huge}") };
            let damaged = text.replacen(at, &with, 1);
            assert_ne!(damaged, text, "{what}: {at:?} is not in the config");
            assert!(checkpoint::from_bytes(&damaged, &weights, &dir).is_err(), "{damaged}");
        }
    }
}

#[test]
fn training_states_damaged_give_results() {
    let (config, params) = small_model();
    let moments =
        params.layers.iter().map(|l| [l.weight.clone(), l.weight.clone(), l.bias.clone(), l.bias.clone()]).collect();
    let progress = Progress {
        format_version: 1,
        options: TrainOptions {
            objective: wgvae::model::Objective::Elbo,
            samples: 1,
            batch: 2,
            adam: Default::default(),
            seed: 0,
            binarize: false,
            kernel: Default::default(),
            eval_every: 0,
            eval_samples: 0,
            chunk: None,
            data_mode: Default::default(),
            kl: Default::default(),
            lr_schedule: Default::default(),
            clip_grad_norm: None,
        },
        data: None,
        test_data: None,
        read: Default::default(),
        epoch: 1,
        epoch_steps: 1,
        steps: 1,
        sums: [0.0; 3],
        clip_sums: [0.0; 2],
        records: vec![],
    };
    let dir = std::env::temp_dir().join(format!("wgvae-damaged-state-{}", std::process::id()));
    TrainingState::new(config, params, moments, progress).save(&dir).unwrap();
    let path = dir.join(wgvae::train::state::STATE_FILE);
    let good = std::fs::read(&path).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(TrainingState::from_bytes(&good, &path).is_ok());
    let mut rng = rand::rngs::StdRng::seed_from_u64(3);
    for _ in 0..ROUNDS {
        let _ = TrainingState::from_bytes(&damage(&good, &mut rng), &path);
    }
}
