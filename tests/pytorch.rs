//! Checkpoints in PyTorch: bench/load_wgvae_checkpoint.py builds the torch.nn modules a run's
//! config.json names and loads its model.safetensors with strict=True, so every state_dict name
//! and shape must be PyTorch's; its held-out ELBO must be wgvae eval's, within the noise of
//! other draws, so every layer must compute what its torch.nn namesake computes. Ignored unless
//! PyTorch is installed (`apt-get install python3-torch`), as .ci/run does.

mod common;

use std::process::Command;

use common::{fresh_path, temp_dir, wgvae};

#[test]
#[ignore = "needs python3-torch (Debian's PyTorch): .ci/run installs it and runs this with --ignored"]
fn every_layer_kind_loads_in_pytorch_and_scores_as_wgvae_eval_does() {
    // Conv2d, GroupNorm (affine and not), GELU, SiLU, ReLU, AvgPool2d, Upsample, ConvTranspose2d,
    // LeakyReLU, Tanh, Flatten, Unflatten, Linear and residual blocks (the identity shortcut and
    // one of its own) on the bundled digits.
    let conv = |i: usize, o: usize| {
        format!(r#"{{"type": "Conv2d", "in_channels": {i}, "out_channels": {o}, "kernel_size": 3, "padding": 1}}"#)
    };
    let norm = |groups: usize, affine: bool| {
        format!(r#"{{"type": "GroupNorm", "num_groups": {groups}, "num_channels": 8, "affine": {affine}}}"#)
    };
    let architecture = format!(
        r#"{{"input": [1, 28, 28],
            "encoder": [{}, {}, {{"type": "GELU"}}, {{"type": "AvgPool2d", "kernel_size": 2}},
                        {{"type": "Residual", "body": [{}, {}, {{"type": "SiLU"}}]}},
                        {{"type": "Residual", "body": [{{"type": "Conv2d", "in_channels": 8, "out_channels": 8,
                          "kernel_size": 3, "stride": 2, "padding": 1}}],
                          "shortcut": [{{"type": "AvgPool2d", "kernel_size": 2}}]}},
                        {{"type": "Flatten"}}, {{"type": "Linear", "in_features": 392, "out_features": 32}},
                        {{"type": "LeakyReLU", "negative_slope": 0.1}}],
            "latent": 8,
            "decoder": [{{"type": "Linear", "in_features": 8, "out_features": 392}}, {{"type": "Tanh"}},
                        {{"type": "Unflatten", "unflattened_size": [8, 7, 7]}},
                        {{"type": "Upsample", "scale_factor": 2}},
                        {{"type": "Residual", "body": [{}, {}, {{"type": "GELU"}}]}},
                        {{"type": "ConvTranspose2d", "in_channels": 8, "out_channels": 8, "kernel_size": 4,
                          "stride": 2, "padding": 1}}, {{"type": "ReLU"}}, {}]}}"#,
        conv(1, 8),
        norm(4, true),
        conv(8, 8),
        norm(2, true),
        conv(8, 8),
        norm(8, false),
        conv(8, 1)
    );
    let dir = temp_dir("pytorch-arch");
    let file = dir.join("architecture.json");
    std::fs::write(&file, architecture).unwrap();
    let run = fresh_path("pytorch-run");
    let out = run.to_str().unwrap();
    let (ok, _, err) =
        wgvae(&["train", "--arch", file.to_str().unwrap(), "--epochs", "1", "--no-pictures", "--out", out]);
    assert!(ok, "wgvae train: {err}");
    let (ok, stdout, err) = wgvae(&["eval", "--checkpoint", out, "--k", "10", "--json"]);
    assert!(ok, "wgvae eval: {err}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let native = report["elbo"].as_f64().unwrap();
    let loaded = Command::new("/usr/bin/python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/load_wgvae_checkpoint.py"))
        .arg(&run)
        .output()
        .expect("/usr/bin/python3 runs bench/load_wgvae_checkpoint.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&loaded.stdout), String::from_utf8_lossy(&loaded.stderr));
    assert!(loaded.status.success(), "bench/load_wgvae_checkpoint.py: {stderr}");
    // "held-out ELBO: -245.644 nats (1000 images, DIR)".
    let torch: f64 = stdout
        .split("held-out ELBO: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no ELBO in the loader's output: {stdout}"));
    eprintln!("held-out ELBO: {native:.3} nats in wgvae eval, {torch:.3} in PyTorch");
    // Other binarizations and draws of z for the same 1,000 images: the means differ by about
    // 0.4 nats (one standard deviation) where every layer computes the same; a layer that
    // computes something else moves the ELBO by tens.
    assert!((torch - native).abs() < 1.5, "PyTorch's ELBO {torch} against wgvae eval's {native}");
}
