//! Shared test helpers: one device per test binary, random inputs, poisoned outputs, and the
//! comparison against CPU references.
#![allow(dead_code)]

pub mod tolerance;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use rand::{RngExt, SeedableRng};
use wgvae::gpu::{AdapterRequest, Gpu, GpuBuffer};
use wgvae::model::architecture::{Architecture, Layer, Pair};

/// Whether a missing GPU adapter is allowed to skip a test (WGVAE_ALLOW_NO_GPU=1, never set in
/// CI): the one switch every test binary reads.
pub fn gpu_allowed_missing() -> bool {
    std::env::var("WGVAE_ALLOW_NO_GPU").as_deref() == Ok("1")
}

/// True, having said so, where a run of the binary `failed` (its stderr `err`) and a missing GPU
/// is allowed: the caller returns. A failure that is not allowed is the caller's to assert.
pub fn skip_without_gpu(failed: bool, err: &str) -> bool {
    let skip = failed && gpu_allowed_missing();
    if skip {
        eprintln!("SKIPPED (WGVAE_ALLOW_NO_GPU=1): {err}");
    }
    skip
}

/// The wgvae binary under test, as a command to add arguments and variables to.
pub fn wgvae_command() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wgvae"))
}

/// Runs `command` to its end: whether it succeeded, its stdout and its stderr.
pub fn outcome(command: &mut Command) -> (bool, String, String) {
    let out = command.output().expect("wgvae runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

/// Runs the binary with `args` in this process's environment.
pub fn wgvae(args: &[&str]) -> (bool, String, String) {
    outcome(wgvae_command().args(args))
}

/// A path for `name` under the temporary folder, unique to this test process and removed if it
/// was there, not created (for `--out`, which wgvae creates).
pub fn fresh_path(name: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("wgvae-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&path);
    path
}

/// [`fresh_path`], created as an empty folder (for files a test writes itself).
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = fresh_path(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Deterministic pseudo-random bytes (xorshift64*), for file contents.
pub fn bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed >> 12;
            seed ^= seed << 25;
            seed ^= seed >> 27;
            (seed.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 56) as u8
        })
        .collect()
}

/// The device every test in this binary shares. With no adapter the test fails with the
/// reason, unless WGVAE_ALLOW_NO_GPU=1, where it is skipped (returns None) and says so.
pub fn gpu() -> Option<&'static Gpu> {
    static GPU: OnceLock<Result<Gpu, String>> = OnceLock::new();
    let gpu = GPU.get_or_init(|| Gpu::new(&AdapterRequest::default()).map_err(|e| e.to_string()));
    gpu.as_ref().ok().or_else(|| no_gpu(gpu.as_ref().err()?))
}

/// A device of the test's own, opened as `request` asks (a test that changes its device, or
/// opens it another way): None, having said so, where no adapter opens and that is allowed.
pub fn own_gpu(request: &AdapterRequest) -> Option<Gpu> {
    match Gpu::new(request) {
        Ok(gpu) => Some(gpu),
        Err(e) => no_gpu(&e.to_string()),
    }
}

/// No adapter opened (`error`): the test is skipped where that is allowed, else fails.
fn no_gpu<T>(error: &str) -> Option<T> {
    assert!(skip_without_gpu(true, error), "this test needs a GPU adapter and none could be opened: {error}");
    None
}

/// An IDX file's bytes: the magic number (0x08 for u8, then the rank), each dimension
/// big-endian, then `data`.
pub fn idx_file(rank_magic: u32, dims: &[u32], data: &[u8]) -> Vec<u8> {
    let mut out = rank_magic.to_be_bytes().to_vec();
    dims.iter().for_each(|d| out.extend_from_slice(&d.to_be_bytes()));
    out.extend_from_slice(data);
    out
}

/// The bundled training digits `range` as an IDX images file `name` in `dir` (a small data set
/// for the binary's slower models).
pub fn digits_file(dir: &std::path::Path, name: &str, range: std::ops::Range<usize>) -> PathBuf {
    let set = wgvae::data::Dataset::bundled_train().unwrap().slice(range);
    let path = dir.join(name);
    std::fs::write(&path, idx_file(0x803, &[set.count as u32, 28, 28], &set.images)).unwrap();
    path
}

/// `data` gzipped.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// The error reading `path` with `options` gives, which must name `named`.
pub fn load_err(path: &std::path::Path, options: wgvae::data::ReadOptions, named: &std::path::Path) -> String {
    let msg = match wgvae::data::Dataset::load_with(path, options) {
        Ok(_) => panic!("{} loaded, expected an error", path.display()),
        Err(e) => e.to_string(),
    };
    assert!(msg.contains(&named.display().to_string()), "message {msg:?} does not name {}", named.display());
    msg
}

/// Uniform random values in [lo, hi), never all zero.
pub fn random(len: usize, seed: u64, lo: f32, hi: f32) -> Vec<f32> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    (0..len).map(|_| rng.random_range(lo..hi)).collect()
}

/// An output buffer filled with NaN, so anything the kernel fails to write shows.
pub fn poisoned(gpu: &Gpu, len: usize) -> GpuBuffer<f32> {
    gpu.upload("poisoned", &vec![f32::NAN; len]).unwrap()
}

/// max |gpu − ref| / max |ref| over the whole output, failing on any NaN or length mismatch.
pub fn assert_close(what: &str, got: &[f32], want: &[f32], tol: f64) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    if let Some(i) = got.iter().position(|v| !v.is_finite()) {
        panic!("{what}: element {i} is {} (reference {})", got[i], want[i]);
    }
    let scale = want.iter().map(|v| v.abs() as f64).fold(0.0, f64::max).max(f64::MIN_POSITIVE);
    let (i, err) = got
        .iter()
        .zip(want)
        .map(|(&g, &w)| (g as f64 - w as f64).abs())
        .enumerate()
        .fold((0, 0.0), |best, (i, e)| if e > best.1 { (i, e) } else { best });
    let rel = err / scale;
    assert!(rel < tol, "{what}: relative error {rel:.3e} (element {i}: gpu {} vs reference {})", got[i], want[i]);
}

/// Element by element, |gpu − ref| ≤ tol · |ref|: for values each of which the GPU computes to
/// a relative accuracy (the normal draws), where a comparison against the largest would let a
/// small value be wholly wrong. Fails on any NaN or length mismatch; returns the largest
/// relative error.
pub fn assert_each_relative(what: &str, got: &[f32], want: &[f32], tol: f64) -> f64 {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let mut worst = (0, 0.0f64);
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(g.is_finite(), "{what}: element {i} is {g} (reference {w})");
        let rel = (g as f64 - w as f64).abs() / (w.abs() as f64).max(f64::from(f32::MIN_POSITIVE));
        if rel > worst.1 {
            worst = (i, rel);
        }
    }
    let (i, rel) = worst;
    assert!(
        rel <= tol,
        "{what}: relative error {rel:.3e} > {tol:.3e} (element {i}: gpu {} vs reference {})",
        got[i],
        want[i]
    );
    rel
}

/// Conv2d(i, o) with kernel `k`, stride `s`, padding `p`.
pub fn conv(i: usize, o: usize, k: [usize; 2], s: [usize; 2], p: [usize; 2]) -> Layer {
    Layer::Conv2d { in_channels: i, out_channels: o, kernel_size: Pair(k), stride: Pair(s), padding: Pair(p) }
}

/// ConvTranspose2d(i, o) with kernel `k`, stride `s`, padding `p`, output padding `q`.
pub fn deconv(i: usize, o: usize, k: [usize; 2], s: [usize; 2], p: [usize; 2], q: [usize; 2]) -> Layer {
    Layer::ConvTranspose2d {
        in_channels: i,
        out_channels: o,
        kernel_size: Pair(k),
        stride: Pair(s),
        padding: Pair(p),
        output_padding: Pair(q),
    }
}

/// A tiny conv VAE on 1 × 6 × 5 images with 3 latents: 6×5 → 3×3 (Conv2d k 3, s 2, p 1),
/// LeakyReLU, → 2×2 (k 2, s 1, p 0), SiLU, Flatten, Linear(8, 5), Tanh; the decoder Linear(3,
/// 12), ReLU, Unflatten(2, 3, 2), ConvTranspose2d to 6×5 (k 3×2, s 2×3, p 1×0, output padding
/// 1×0), GELU, ConvTranspose2d(k 1) to `outputs_per_pixel` channels.
pub fn tiny_conv(outputs_per_pixel: usize) -> Architecture {
    Architecture {
        input: [1, 6, 5],
        encoder: vec![
            conv(1, 3, [3, 3], [2, 2], [1, 1]),
            Layer::LeakyReLU { negative_slope: 0.2 },
            conv(3, 2, [2, 2], [1, 1], [0, 0]),
            Layer::SiLU,
            Layer::Flatten,
            Layer::Linear { in_features: 8, out_features: 5 },
            Layer::Tanh,
        ],
        latent: 3,
        decoder: vec![
            Layer::Linear { in_features: 3, out_features: 12 },
            Layer::ReLU,
            Layer::Unflatten { unflattened_size: [2, 3, 2] },
            // 3×2 → 6×5: (3−1)·2 − 2 + 3 + 1 = 6, (2−1)·3 − 0 + 2 + 0 = 5.
            deconv(2, 2, [3, 2], [2, 3], [1, 0], [1, 0]),
            Layer::GELU,
            deconv(2, outputs_per_pixel, [1, 1], [1, 1], [0, 0], [0, 0]),
        ],
    }
}

/// A small residual conv VAE with pooling, upsampling and group normalization on 2 × 8 × 6
/// images with 3 latents: Conv2d(2, 3, k 3, p 1), GELU, AvgPool2d(2) (in the matmul's
/// channels-last layout) → 3 × 4 × 3, a Residual whose body is Conv2d(3, 4, k 3, p 1),
/// GroupNorm(2 groups, 4 channels), SiLU and whose shortcut is a 1×1 Conv2d(3, 4) → 4 × 4 × 3,
/// AvgPool2d(3) → 4 × 1 × 1 (a floor: the fourth row is dropped), Flatten, Linear(4, 5), Tanh;
/// the decoder Linear(3, 36), ReLU, Unflatten(3, 4, 3), Upsample(2) (channel-first) → 3 × 8 ×
/// 6, a Residual with the identity shortcut (channel-first) around GroupNorm(3 groups of one
/// channel, without affine parameters), GELU, Conv2d(3, 3, k 3, p 1) (channels-last), then
/// Conv2d(3, 2 · `outputs_per_pixel`, k 3, p 1).
pub fn pooling_conv(outputs_per_pixel: usize) -> Architecture {
    use wgvae::model::architecture::UpsampleMode;
    Architecture {
        input: [2, 8, 6],
        encoder: vec![
            conv(2, 3, [3, 3], [1, 1], [1, 1]),
            Layer::GELU,
            Layer::AvgPool2d { kernel_size: 2, stride: None },
            Layer::Residual {
                body: vec![
                    conv(3, 4, [3, 3], [1, 1], [1, 1]),
                    Layer::GroupNorm { num_groups: 2, num_channels: 4, eps: 1e-5, affine: true },
                    Layer::SiLU,
                ],
                shortcut: vec![conv(3, 4, [1, 1], [1, 1], [0, 0])],
            },
            Layer::AvgPool2d { kernel_size: 3, stride: Some(3) },
            Layer::Flatten,
            Layer::Linear { in_features: 4, out_features: 5 },
            Layer::Tanh,
        ],
        latent: 3,
        decoder: vec![
            Layer::Linear { in_features: 3, out_features: 36 },
            Layer::ReLU,
            Layer::Unflatten { unflattened_size: [3, 4, 3] },
            Layer::Upsample { scale_factor: 2, mode: UpsampleMode::Nearest },
            Layer::Residual {
                body: vec![
                    Layer::GroupNorm { num_groups: 3, num_channels: 3, eps: 1e-5, affine: false },
                    Layer::GELU,
                    conv(3, 3, [3, 3], [1, 1], [1, 1]),
                ],
                shortcut: vec![],
            },
            conv(3, 2 * outputs_per_pixel, [3, 3], [1, 1], [1, 1]),
        ],
    }
}

/// 8-bit pixel values k / 255 in [0, 1], about a tenth of them 0 and a tenth 255 (the
/// discretized logistic's edge bins), the rest anywhere between.
pub fn pixels8(len: usize, seed: u64) -> Vec<f32> {
    random(len, seed, -0.1, 1.1).iter().map(|&v| (v.clamp(0.0, 1.0) * 255.0).round() / 255.0).collect()
}

/// Image `i` of 32x32: one saturated colour per image (red, green, blue, yellow in turn) with
/// dark diagonal bands that move with `i`, as CHW planes.
pub fn colour_picture(i: usize) -> Vec<u8> {
    let colour = [[230u8, 20, 20], [20, 230, 20], [20, 20, 230], [230, 230, 20]][i % 4];
    let mut planes = vec![0u8; 3 * 32 * 32];
    for (c, &v) in colour.iter().enumerate() {
        for y in 0..32 {
            for x in 0..32 {
                let band = (x + y + i) % 16 < 3;
                planes[c * 1024 + y * 32 + x] = if band { v / 4 } else { v };
            }
        }
    }
    planes
}

/// The rows of a run's metrics.csv without the columns that depend on the clock (seconds,
/// images_per_second).
pub fn metrics_without_timing(dir: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("metrics.csv")).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap_or("").split(',').collect();
    let keep: Vec<bool> = header.iter().map(|h| *h != "seconds" && *h != "images_per_second").collect();
    text.lines()
        .map(|line| line.split(',').zip(&keep).filter(|(_, k)| **k).map(|(v, _)| v).collect::<Vec<_>>().join(","))
        .collect()
}

/// The bound's columns of a run's metrics.csv (epoch, then the training and held-out terms and
/// the importance estimate): the ones every version's records hold, without the levers' β, rate
/// and clipping, which records from before them leave NaN.
pub fn bound_columns(dir: &std::path::Path) -> Vec<String> {
    metrics_without_timing(dir).iter().map(|l| l.split(',').take(8).collect::<Vec<_>>().join(",")).collect()
}

/// Two runs' folders hold the same weights, bit for bit, and the same metrics.csv but for the
/// clock's columns.
pub fn assert_same_run(a: &std::path::Path, b: &std::path::Path, what: &str) {
    let weights = |d: &std::path::Path| std::fs::read(d.join("model.safetensors")).unwrap();
    assert!(weights(a) == weights(b), "{what}: the weights differ");
    assert_eq!(metrics_without_timing(a), metrics_without_timing(b), "{what}");
}

/// A version-1 .npy file: `descr` (e.g. "|u1"), `shape`, then `data`.
pub fn npy_bytes(descr: &str, shape: &[usize], data: &[u8]) -> Vec<u8> {
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    let tuple = if shape.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
    let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {tuple}, }}");
    while (10 + header.len() + 1) % 64 != 0 {
        header.push(' ');
    }
    header.push('\n');
    let mut out = b"\x93NUMPY\x01\x00".to_vec();
    out.extend_from_slice(&(header.len() as u16).to_le_bytes());
    out.extend_from_slice(header.as_bytes());
    out.extend_from_slice(data);
    out
}
