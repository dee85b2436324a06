//! Under WebGPU's guaranteed limits (`--limits webgpu`, `WGVAE_LIMITS=webgpu`: 128 MiB storage
//! bindings, 256 MiB buffers, 16 KiB of workgroup memory, 256 invocations a workgroup, 8 storage
//! buffers a stage), what runs in a browser or on any conformant adapter: the default model,
//! the conv preset with the discretized logistic on 32×32 colour, its evaluation and the EM.
//! A model over a limit is refused in one line naming it, before any GPU work.

mod common;

use common::{colour_picture, outcome, own_gpu, skip_without_gpu, temp_dir, wgvae_command};
use wgvae::gpu::{AdapterRequest, DeviceLimits};

/// Runs the binary under WebGPU's limits (through the variable, as CI and users set it).
fn wgvae_webgpu(args: &[&str]) -> (bool, String, String) {
    outcome(wgvae_command().args(args).env("WGVAE_LIMITS", "webgpu"))
}

#[test]
fn the_device_opens_with_webgpus_limits() {
    let request = AdapterRequest { limits: DeviceLimits::Webgpu, ..Default::default() };
    let Some(gpu) = own_gpu(&request) else { return };
    assert_eq!(gpu.limits, wgpu::Limits::default());
    assert_eq!(gpu.limits.max_storage_buffer_binding_size, 128 << 20);
    assert_eq!(gpu.limits.max_compute_invocations_per_workgroup, 256);
    assert_eq!(gpu.limits.max_storage_buffers_per_shader_stage, 8);
}

#[test]
fn the_default_model_and_the_colour_conv_preset_train_evaluate_and_fit_under_webgpus_limits() {
    let dir = temp_dir("runs");
    let mlp = dir.join("mlp");
    let (ok, stdout, err) = wgvae_webgpu(&["train", "--epochs", "1", "--no-pictures", "--out", mlp.to_str().unwrap()]);
    if skip_without_gpu(!ok && err.contains("adapter"), &err) {
        return;
    }
    assert!(ok, "the default model under WebGPU's limits: {err}");
    assert!(stdout.contains("held-out ELBO"), "{stdout}");

    // The conv preset (channels 32, 64, fc 256) with the discretized logistic on 32×32 colour,
    // a CIFAR-10 file of 48 training and 16 test images.
    let data = dir.join("cifar-10-batches-bin");
    std::fs::create_dir_all(&data).unwrap();
    let records = |range: std::ops::Range<usize>| -> Vec<u8> {
        range.flat_map(|i| std::iter::once((i % 10) as u8).chain(colour_picture(i))).collect()
    };
    std::fs::write(data.join("data_batch_1.bin"), records(0..48)).unwrap();
    std::fs::write(data.join("test_batch.bin"), records(48..64)).unwrap();
    let conv = dir.join("conv");
    let (ok, stdout, err) = wgvae_webgpu(&[
        "train",
        "--arch",
        "conv",
        "--likelihood",
        "logistic",
        "--data",
        data.to_str().unwrap(),
        "--epochs",
        "1",
        "--batch",
        "16",
        "--no-pictures",
        "--out",
        conv.to_str().unwrap(),
    ]);
    assert!(ok, "the conv preset on colour under WebGPU's limits: {err}");
    assert!(stdout.contains("bits/dim"), "{stdout}");
    let (ok, stdout, err) = wgvae_webgpu(&[
        "eval",
        "--checkpoint",
        conv.to_str().unwrap(),
        "--data",
        data.to_str().unwrap(),
        "--k",
        "8",
        "--json",
    ]);
    assert!(ok, "eval under WebGPU's limits: {err}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let bits = report["bits_per_dim"]["log_likelihood"].as_f64();
    assert!(bits.is_some_and(|b| b.is_finite() && b > 0.0), "{stdout}");

    let gmm = dir.join("gmm");
    let (ok, _, err) = wgvae_webgpu(&["gmm", "--components", "3", "--iters", "5", "--out", gmm.to_str().unwrap()]);
    assert!(ok, "the EM under WebGPU's limits: {err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_model_over_a_webgpu_limit_is_refused_in_one_line_naming_it() {
    // 50,000 hidden units: the first Linear's weight is 784 × 50,000 floats, 150 MiB, more than
    // the 128 MiB a WebGPU storage binding holds.
    let (ok, _, err) = wgvae_webgpu(&["train", "--hidden", "50000", "--epochs", "1", "--no-pictures"]);
    if skip_without_gpu(!ok && err.contains("adapter"), &err) {
        return;
    }
    assert!(!ok, "a model over the limit trained");
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty() && !l.starts_with("adapter")).collect();
    assert_eq!(lines.len(), 1, "one line: {err}");
    assert!(
        err.contains("encoder.1")
            && err.contains("max_storage_buffer_binding_size 134217728")
            && !err.contains("panicked"),
        "{err}"
    );
}
