//! Shared test helpers: one device per test binary, random inputs, poisoned outputs, and the
//! comparison against CPU references.
#![allow(dead_code)]

use std::sync::OnceLock;

use rand::{RngExt, SeedableRng};
use wgvae::gpu::{AdapterRequest, Gpu, GpuBuffer};

/// The device every test in this binary shares. With no adapter the test fails with the
/// reason, unless WGVAE_ALLOW_NO_GPU=1, where it is skipped (returns None) and says so.
pub fn gpu() -> Option<&'static Gpu> {
    static GPU: OnceLock<Result<Gpu, String>> = OnceLock::new();
    let gpu = GPU.get_or_init(|| Gpu::new(&AdapterRequest::default()).map_err(|e| e.to_string()));
    match gpu {
        Ok(g) => Some(g),
        Err(e) if std::env::var("WGVAE_ALLOW_NO_GPU").as_deref() == Ok("1") => {
            eprintln!("SKIPPED (WGVAE_ALLOW_NO_GPU=1): {e}");
            None
        }
        Err(e) => panic!("this test needs a GPU adapter and none could be opened: {e}"),
    }
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
