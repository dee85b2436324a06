//! Checkpoints of format version 1 (an MLP given by its widths, tensors `enc.{i}`, `enc_mu`, …)
//! keep loading: tests/fixtures holds two, a Bernoulli and a Gaussian run of one epoch with
//! their training states, and what `wgvae eval --k 100 --seed 3 --json` prints for each.
//! checkpoint-v1g is as the MLP-only wgvae wrote it. checkpoint-v1b is this build's run of the
//! same command written in version 1's layout by tests/fixtures/to_version_1.py, and both eval
//! outputs were made again, when the normal draws changed to mean the same on every driver
//! (docs/math.md, "Random draws"): a resumed epoch must continue the draws this build makes.

mod common;

use common::{fresh_path, skip_without_gpu, wgvae};

use std::path::{Path, PathBuf};

use wgvae::kernels::activation::Activation;
use wgvae::model::likelihood::Likelihood;
use wgvae::model::{ModelConfig, checkpoint};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

#[test]
fn version_1_checkpoints_load_as_the_mlp_they_describe() {
    let (config, params) = checkpoint::load(&fixture("checkpoint-v1b")).unwrap();
    assert_eq!(config, ModelConfig::mlp([28, 28], vec![16, 8], 3, Activation::Relu, Likelihood::Bernoulli).unwrap());
    assert_eq!(params.layers.len(), 6);
    let (config, params) = checkpoint::load(&fixture("checkpoint-v1g")).unwrap();
    assert_eq!(config, ModelConfig::mlp([28, 28], vec![12], 2, Activation::Relu, Likelihood::Gaussian).unwrap());
    // The decoder's output layer holds dec_mu's rows then dec_logvar's.
    assert_eq!(params.layers[3].bias.len(), 2 * 784);
    // Saved again, it is a version-2 checkpoint with the same parameters.
    let dir = fresh_path("resave");
    checkpoint::save(&dir, &config, &params).unwrap();
    let text = std::fs::read_to_string(dir.join("config.json")).unwrap();
    assert!(text.contains("\"format_version\": 2"), "{text}");
    assert_eq!(checkpoint::load(&dir).unwrap(), (config, params));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn version_1_checkpoints_evaluate_to_the_numbers_they_gave() {
    for name in ["checkpoint-v1b", "checkpoint-v1g"] {
        let dir = fixture(name);
        let (ok, out, err) =
            wgvae(&["eval", "--checkpoint", dir.to_str().unwrap(), "--k", "100", "--seed", "3", "--json"]);
        if skip_without_gpu(!ok, &err) {
            return;
        }
        assert!(ok, "{name}: {err}");
        let got: serde_json::Value = serde_json::from_str(&out).unwrap();
        let then: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("eval-k100-seed3.json")).unwrap()).unwrap();
        let close = |a: &serde_json::Value, b: &serde_json::Value| {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            (a - b).abs() <= 1e-9 * b.abs().max(1.0)
        };
        for key in ["log_likelihood", "elbo", "reconstruction", "kl", "naive_mc", "ess_mean"] {
            assert!(close(&got[key], &then[key]), "{name} {key}: {} now, {} then", got[key], then[key]);
        }
        for k in ["1", "5", "50", "100"] {
            assert!(
                close(&got["iwae"][k], &then["iwae"][k]),
                "{name} L_{k}: {} now, {} then",
                got["iwae"][k],
                then["iwae"][k]
            );
        }
        assert_eq!(got["active_units"], then["active_units"], "{name}");
    }
}

#[test]
fn a_version_1_training_state_resumes_to_the_run_this_build_trains() {
    // The fixture is epoch 1 of `wgvae train --hidden 16,8 --latent 3 --epochs 1 --seed 7
    // --no-pictures` in version 1's layout; resumed to epoch 2 it must equal two epochs of the
    // same run from scratch here, bit for bit: a version-1 state resumes the run it belongs to.
    let resumed = fresh_path("resumed");
    std::fs::create_dir_all(&resumed).unwrap();
    for file in ["config.json", "model.safetensors", "training_state.safetensors"] {
        std::fs::copy(fixture("checkpoint-v1b").join(file), resumed.join(file)).unwrap();
    }
    let (ok, _, err) = wgvae(&["train", "--resume", resumed.to_str().unwrap(), "--epochs", "2"]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    let fresh = fresh_path("fresh");
    let args = ["train", "--hidden", "16,8", "--latent", "3", "--epochs", "2", "--seed", "7", "--no-pictures"];
    let (ok, _, err) = wgvae(&[&args[..], &["--out", fresh.to_str().unwrap()]].concat());
    assert!(ok, "{err}");
    let (a, b) = (checkpoint::load(&resumed).unwrap(), checkpoint::load(&fresh).unwrap());
    assert_eq!(a.0, b.0);
    assert!(a.1 == b.1, "the resumed version-1 run's weights differ from this build's run");
    let metrics = |d: &Path| std::fs::read_to_string(d.join("metrics.csv")).unwrap();
    let (ma, mb) = (metrics(&resumed), metrics(&fresh));
    // Same losses to the last digit; the seconds and images/s columns differ.
    let losses = |m: &str| m.lines().map(|l| l.split(',').take(8).collect::<Vec<_>>().join(",")).collect::<Vec<_>>();
    assert_eq!(losses(&ma), losses(&mb), "{ma}\n{mb}");
    for d in [resumed, fresh] {
        std::fs::remove_dir_all(d).unwrap();
    }
}
