//! Two independent Vulkan drivers against each other: Mesa's lavapipe and Google's SwiftShader.
//! The same seed must draw the same normals on both (to a relative 1e-6: they are computed from
//! operations whose accuracy WGSL pins, docs/math.md "Random draws"), and a one-epoch run must
//! reach the same held-out ELBO (to 0.05 nats: the same draws, different f32 rounding); the
//! binary's train, eval and sample run on SwiftShader.
//!
//! Ignored by default: they need both drivers visible at once. .ci/run runs them as
//! `VK_ICD_FILENAMES=<lavapipe's ICD>:<SwiftShader's ICD> cargo test --release --test drivers
//! -- --ignored` (docs/performance.md, "Choosing the Vulkan driver"); a driver that is missing
//! then fails the test, naming it.

mod common;

use std::path::Path;

use common::{assert_each_relative, fresh_path, outcome, poisoned, wgvae_command};
use wgvae::gpu::{AdapterRequest, Gpu};
use wgvae::kernels::rng::{self, RngKey};

const LAVAPIPE: &str = "llvmpipe";
const SWIFTSHADER: &str = "SwiftShader";

/// The Vulkan adapter whose name contains `name`; a panic naming it and the ICD variable when
/// there is none (never a skip).
fn vulkan(name: &str) -> Gpu {
    let request =
        AdapterRequest { backend: wgvae::gpu::Backend::Vulkan, name: Some(name.into()), ..Default::default() };
    Gpu::new(&request).unwrap_or_else(|e| {
        panic!(
            "{name} is needed: {e} (VK_ICD_FILENAMES = {:?}; see docs/performance.md, \"Choosing the Vulkan driver\")",
            std::env::var("VK_ICD_FILENAMES").ok()
        )
    })
}

fn normals(gpu: &Gpu, key: RngKey, len: usize) -> Vec<f32> {
    let out = poisoned(gpu, len);
    gpu.run(&[&rng::normal_stream(gpu, key, &out, len as u32).unwrap()]).unwrap();
    gpu.read(&out).unwrap()
}

#[test]
#[ignore = "needs lavapipe and SwiftShader at once: VK_ICD_FILENAMES with both ICD files (.ci/run)"]
fn one_seed_draws_the_same_normals_on_lavapipe_and_swiftshader() {
    let (a, b) = (vulkan(LAVAPIPE), vulkan(SWIFTSHADER));
    let len = 200_003;
    for key in [RngKey { seed: 0, stream: 2, offset: 0 }, RngKey { seed: 0xdead_beef, stream: 7, offset: 123_456 }] {
        let (on_a, on_b) = (normals(&a, key, len), normals(&b, key, len));
        let worst = assert_each_relative(&format!("{key:?}: SwiftShader against lavapipe"), &on_b, &on_a, 1e-6);
        // Each driver against the f64 formula, within the bound WGSL's accuracies give.
        let exact = wgvae::reference::rng::normal_stream(key, len);
        let bound = wgvae::reference::rng::NORMAL_RELATIVE_BOUND;
        let (to_a, to_b) = (
            assert_each_relative("lavapipe", &on_a, &exact, bound),
            assert_each_relative("SwiftShader", &on_b, &exact, bound),
        );
        eprintln!(
            "{key:?}: largest relative difference {worst:.2e} between the drivers; against f64 lavapipe {to_a:.2e}, SwiftShader {to_b:.2e}"
        );
    }
}

/// Runs the binary on the adapter named `adapter`; its stdout, or a panic with its stderr.
fn wgvae_on(adapter: &str, args: &[&str]) -> String {
    let (ok, stdout, stderr) =
        outcome(wgvae_command().args(args).env("WGPU_BACKEND", "vulkan").env("WGPU_ADAPTER_NAME", adapter));
    assert!(ok, "wgvae {args:?} on {adapter}: {stderr}");
    stdout
}

/// The held-out ELBO of a run's last epoch, from its metrics.csv.
fn heldout_elbo(dir: &Path) -> f64 {
    let text = std::fs::read_to_string(dir.join("metrics.csv")).unwrap();
    let mut lines = text.lines();
    let column = lines.next().unwrap().split(',').position(|h| h == "heldout_elbo").expect("a heldout_elbo column");
    lines.last().unwrap().split(',').nth(column).unwrap().parse().unwrap()
}

#[test]
#[ignore = "needs lavapipe and SwiftShader at once: VK_ICD_FILENAMES with both ICD files (.ci/run)"]
fn one_epoch_reaches_the_same_heldout_elbo_on_both_drivers_and_the_binary_runs_on_swiftshader() {
    let mut elbo = vec![];
    for adapter in [LAVAPIPE, SWIFTSHADER] {
        let out = fresh_path(adapter);
        let stdout = wgvae_on(
            adapter,
            &["train", "--epochs", "1", "--seed", "0", "--no-pictures", "--out", out.to_str().unwrap()],
        );
        assert!(stdout.contains(&format!("adapter: {adapter}")), "{adapter}: {stdout}");
        elbo.push(heldout_elbo(&out));
        if adapter == SWIFTSHADER {
            let checkpoint = out.to_str().unwrap();
            let report =
                wgvae_on(adapter, &["eval", "--checkpoint", checkpoint, "--k", "20", "--no-latent-mixture", "--json"]);
            let report: serde_json::Value = serde_json::from_str(&report).unwrap();
            let (ll, bound) = (report["log_likelihood"].as_f64().unwrap(), report["elbo"].as_f64().unwrap());
            assert!(ll.is_finite() && ll >= bound, "log p(x) {ll} against the ELBO {bound}");
            let picture = out.join("samples-swiftshader.png");
            wgvae_on(
                adapter,
                &["sample", "--checkpoint", checkpoint, "--count", "16", "--out", picture.to_str().unwrap()],
            );
            let image = image::open(&picture).unwrap();
            assert!(image.width() > 28 && image.height() > 28);
        }
        std::fs::remove_dir_all(&out).unwrap();
    }
    eprintln!("held-out ELBO after one epoch: lavapipe {:.4}, SwiftShader {:.4}", elbo[0], elbo[1]);
    assert!((elbo[0] - elbo[1]).abs() < 0.05, "held-out ELBO: lavapipe {} against SwiftShader {}", elbo[0], elbo[1]);
}
