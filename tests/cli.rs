//! The wgvae binary as a user runs it.

mod common;

use common::{outcome, skip_without_gpu, wgvae, wgvae_command};

/// wgvae with the variables `set` and without those in `removed`: success, stdout, stderr.
fn wgvae_with_env(args: &[&str], set: &[(&str, &std::ffi::OsStr)], removed: &[&str]) -> (bool, String, String) {
    let mut command = wgvae_command();
    command.args(args).envs(set.iter().copied());
    removed.iter().for_each(|name| {
        command.env_remove(name);
    });
    outcome(&mut command)
}

#[test]
fn adapters_lists_and_marks_the_pick() {
    let (ok, out, err) = wgvae(&["adapters"]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae adapters failed: {err}");
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('*')).collect();
    assert_eq!(rows.len(), 2, "one adapter row and the legend are marked:\n{out}");
    // On the CI machine (no GPU, Mesa installed) that is lavapipe, as Vulkan/Cpu.
    if out.contains("llvmpipe") {
        assert!(out.lines().any(|l| l.contains("llvmpipe") && l.contains("Vulkan") && l.contains("Cpu")), "{out}");
    }
}

#[test]
fn unknown_adapter_is_refused_by_name() {
    let (ok, _, err) = wgvae(&["bench", "matmul", "--adapter", "no-such-gpu-xyz", "--shapes", "4x4x4"]);
    assert!(!ok);
    assert!(err.contains("no-such-gpu-xyz"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn bad_shape_option_is_refused_by_name() {
    let (ok, _, err) = wgvae(&["bench", "matmul", "--shapes", "12x0x3"]);
    assert!(!ok);
    assert!(err.contains("12x0x3") && err.contains("MxKxN"), "{err}");
}

#[test]
fn bench_matmul_prints_gflops_for_each_layer_op() {
    let (ok, out, err) = wgvae(&["bench", "matmul", "--shapes", "33x20x17", "--repeats", "1"]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    for op in ["forward", "grad_weight", "grad_input"] {
        let line = out
            .lines()
            .find(|l| l.starts_with("33x20x17") && l.contains(op))
            .unwrap_or_else(|| panic!("{op} missing:\n{out}"));
        let gflops: f64 = line.split_whitespace().nth(4).unwrap().parse().unwrap();
        assert!(gflops > 0.0, "{line}");
    }
}

#[test]
fn bench_tune_prints_each_kernel_and_keeps_the_choice() {
    let dir = std::env::temp_dir().join(format!("wgvae-cli-tune-{}", std::process::id()));
    let (ok, stdout, err) =
        outcome(wgvae_command().args(["bench", "tune", "--shapes", "20x12x8"]).env("WGVAE_CACHE_DIR", &dir));
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    for op in ["forward", "grad_weight", "grad_input"] {
        let line = stdout.lines().find(|l| l.starts_with("20x12x8") && l.contains(op)).expect(&stdout);
        let chosen = line.split_whitespace().last().unwrap();
        assert!(["strided", "tiled", "vec4"].contains(&chosen), "{line}");
    }
    let file = wgvae::kernels::matmul::autotune::load(&dir.join("matmul-autotune.json")).unwrap();
    let tunings: Vec<_> = file.adapters.values().flatten().collect();
    assert_eq!(tunings.len(), 3, "one per layout: {tunings:?}");
    assert!(tunings.iter().all(|t| t.millis.len() == 3 && [t.rows, t.inputs, t.outputs] == [20, 12, 8]));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bench_reports_every_part_as_json() {
    let (ok, out, err) = wgvae(&["bench", "--quick", "--json"]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert!(v["adapter"].as_str().is_some_and(|a| !a.is_empty()), "{out}");
    assert_eq!(v["matmul"].as_array().unwrap().len(), 3, "forward, dW, dX of the one quick shape");
    assert!(v["matmul"].as_array().unwrap().iter().all(|m| m["gflops"].as_f64().unwrap() > 0.0), "{out}");
    let training = v["training"].as_array().unwrap();
    assert_eq!(training.iter().map(|t| t["k"].as_u64().unwrap()).collect::<Vec<_>>(), [1, 5]);
    for t in training {
        assert!(t["images_per_second"].as_f64().unwrap() > 0.0 && t["host_micros_per_step"].as_f64().unwrap() > 0.0);
        assert!(t["launches_per_step"].as_u64().unwrap() <= 27, "{t}");
    }
    let kernels = v["kernels"].as_array().unwrap();
    assert_eq!(kernels.len() as u64, training[0]["launches_per_step"].as_u64().unwrap(), "a row per launch of a step");
    let share: f64 = kernels.iter().map(|k| k["share"].as_f64().unwrap()).sum();
    assert!((share - 1.0).abs() < 1e-6, "shares sum to {share}");
    assert!(v["evaluation"]["samples_per_second"].as_f64().unwrap() > 0.0, "{out}");
    assert!(v["time_to_first_step_seconds"].as_f64().unwrap() > 0.0, "{out}");
}

#[test]
fn train_writes_checkpoint_config_and_metrics_each_epoch() {
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-train-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let (ok, out, err) = wgvae(&[
        "train",
        "--epochs",
        "2",
        "--hidden",
        "32",
        "--latent",
        "4",
        "--batch",
        "300",
        "--chunk",
        "100",
        "--seed",
        "3",
        "--out",
        dir,
        "--eval-every",
        "2",
        "--eval-k",
        "20",
    ]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae train failed: {err}");
    let epochs: Vec<&str> = out.lines().filter(|l| l.starts_with("epoch")).collect();
    assert_eq!(epochs.len(), 2, "{out}");
    for line in &epochs {
        assert!(line.contains("train loss") && line.contains("held-out ELBO") && line.contains("images/s"), "{line}");
    }
    assert!(!epochs[0].contains("log p(x)") && epochs[1].contains("log p(x) ≈"), "{out}");
    assert!(out.contains("launches per step") && out.contains("batch 300 in 3 chunks of 100"), "{out}");
    let csv = std::fs::read_to_string(out_dir.join("metrics.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "header and one row per epoch:\n{csv}");
    // The importance estimate (epoch 2 only) lies above the ELBO of the same model.
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let last: Vec<f64> = csv.lines().nth(2).unwrap().split(',').map(|v| v.parse().unwrap()).collect();
    let (elbo, ll) = (last[column("heldout_elbo")], last[column("heldout_log_likelihood")]);
    assert!(ll.is_finite() && ll > elbo, "held-out log p(x) {ll} vs ELBO {elbo}:\n{csv}");

    let (ok, json, err) = wgvae(&["eval", "--checkpoint", dir, "--k", "50", "--seed", "1", "--json"]);
    assert!(ok, "wgvae eval failed: {err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("one JSON object");
    for key in [
        "n_images",
        "k",
        "elbo",
        "log_likelihood",
        "iwae",
        "naive_mc",
        "ess_mean",
        "active_units",
        "kl",
        "reconstruction",
        "seconds",
        "samples_per_second",
    ] {
        assert!(v.get(key).is_some(), "{key} missing from {json}");
    }
    assert_eq!((v["n_images"].as_u64(), v["k"].as_u64()), (Some(1000), Some(50)));
    let num = |p: &serde_json::Value| p.as_f64().unwrap();
    let iwae = |k: &str| num(&v["iwae"][k]);
    let ll = num(&v["log_likelihood"]);
    assert!(iwae("1") <= iwae("5") && iwae("5") <= ll && iwae("50") == ll, "{json}");
    assert!((num(&v["elbo"]) - (num(&v["reconstruction"]) - num(&v["kl"]))).abs() < 1e-6, "{json}");
    assert!(num(&v["naive_mc"]) < ll && (1.0..=50.0).contains(&num(&v["ess_mean"])), "{json}");
    assert!(v["active_units"].as_u64().unwrap() <= 4 && num(&v["samples_per_second"]) > 0.0, "{json}");

    let per_image = out_dir.join("per-image.csv");
    let (ok, table, err) = wgvae(&[
        "eval",
        "--checkpoint",
        dir,
        "--k",
        "20",
        "--naive-k",
        "0",
        "--per-image",
        per_image.to_str().unwrap(),
    ]);
    assert!(ok, "wgvae eval failed: {err}");
    let rows = std::fs::read_to_string(&per_image).unwrap();
    assert_eq!(rows.lines().count(), 1001, "a header and a row per image");
    assert!(
        rows.starts_with("image,label,log_likelihood,elbo,reconstruction,kl,iwae_1,iwae_5,ess,naive_mc\n"),
        "{rows}"
    );
    // The bundled held-out digits have labels.
    assert!(rows.lines().nth(1).unwrap().split(',').nth(1).unwrap().parse::<u8>().unwrap() < 10);
    for row in ["ELBO (analytic KL)", "KL(q(z|x) || p(z))", "L_1", "L_5", "importance sampling, K = 20", "active units"]
    {
        assert!(table.contains(row), "{row} missing from:\n{table}");
    }
    assert!(!table.contains("naive"), "--naive-k 0 skips the naive estimate:\n{table}");
    let config = std::fs::read_to_string(out_dir.join("config.json")).unwrap();
    let config: serde_json::Value = serde_json::from_str(&config).unwrap();
    assert_eq!(config["format_version"], 2, "{config}");
    assert_eq!(config["likelihood"], "bernoulli", "{config}");
    let a = &config["architecture"];
    assert_eq!(a["input"], serde_json::json!([1, 28, 28]), "{config}");
    assert_eq!(a["latent"], 4, "{config}");
    assert_eq!(a["encoder"][1], serde_json::json!({"type": "Linear", "in_features": 784, "out_features": 32}));
    let (_, params) = wgvae::model::checkpoint::load(&out_dir).unwrap();
    assert_eq!(params.layers.len(), 4);
    // After each epoch: 64 samples (8 x 8) and 32 held-out images above their reconstructions
    // (8 pairs wide, 8 rows), and the curves.
    for epoch in ["001", "002"] {
        let pictures = out_dir.join("pictures");
        assert_grid_png(&pictures.join(format!("samples-{epoch}.png")), 8, 8, 64);
        assert_grid_png(&pictures.join(format!("recon-{epoch}.png")), 8, 8, 64);
    }
    let curves = image::open(out_dir.join("curves.png")).unwrap().to_rgb8();
    assert_eq!((curves.width(), curves.height()), (640, 420));
    assert!(curves.pixels().map(|p| p.0).collect::<std::collections::BTreeSet<_>>().len() > 10);
    assert!(table.contains("aggregate posterior: a 10-component mixture"), "{table}");
    pictures_of_a_trained_model(dir, &out_dir);
    mixture_samples_of_a_trained_model(dir, &out_dir);
    encodings_of_a_trained_model(dir, &out_dir);
    // Chance is 0.12 (the most common digit's share); this 60-step model measured 0.31.
    let accuracy = latent_map_of_a_trained_model(dir, &out_dir, 4);
    assert!(accuracy > 0.2, "5-NN accuracy of the labels in the latent space {accuracy}");
    std::fs::remove_dir_all(&out_dir).unwrap();
}

fn encodings_of_a_trained_model(dir: &str, out_dir: &std::path::Path) {
    let labels = wgvae::data::Dataset::bundled_test().unwrap().labels.unwrap();
    let npy = out_dir.join("latents.npy");
    let (ok, out, err) = wgvae(&["encode", "--checkpoint", dir, "--out", npy.to_str().unwrap()]);
    assert!(ok && out.contains("1000 images"), "wgvae encode failed: {err}");
    // The structured array: a header naming 4 μ, 4 log σ² and the label, then 1000 records.
    let bytes = std::fs::read(&npy).unwrap();
    let header_len = u16::from_le_bytes([bytes[8], bytes[9]]) as usize;
    let header = std::str::from_utf8(&bytes[10..10 + header_len]).unwrap();
    assert!(header.contains("('mu_3', '<f4')") && header.contains("('label', '|u1')"), "{header}");
    assert!(header.contains("'shape': (1000, )"), "{header}");
    let records: Vec<&[u8]> = bytes[10 + header_len..].chunks(8 * 4 + 1).collect();
    assert_eq!(records.len(), 1000);
    for (record, &label) in records.iter().zip(&labels) {
        assert_eq!(record[32], label);
        let values: Vec<f32> = record[..32].chunks(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
        assert!(values.iter().all(|v| v.is_finite()), "{values:?}");
    }
    let csv = out_dir.join("latents.csv");
    let (ok, _, err) = wgvae(&["encode", "--checkpoint", dir, "--out", csv.to_str().unwrap()]);
    assert!(ok, "wgvae encode failed: {err}");
    let text = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(text.lines().count(), 1001);
    assert!(text.starts_with("mu_0,mu_1,mu_2,mu_3,logvar_0,logvar_1,logvar_2,logvar_3,label\n"), "{text:.100}");
    let (ok, _, err) = wgvae(&["encode", "--checkpoint", dir, "--out", out_dir.join("latents.txt").to_str().unwrap()]);
    assert!(!ok && err.contains("latents.txt") && err.contains(".npy or .csv"), "{err}");
}

/// `wgvae latent-map` on a model with a `latent`-D latent: a colour picture, the manifold
/// beside the scatter for 2-D; returns the labels' neighbour accuracy it prints.
fn latent_map_of_a_trained_model(dir: &str, out_dir: &std::path::Path, latent: usize) -> f64 {
    let map = out_dir.join("map.png");
    let (ok, out, err) = wgvae(&["latent-map", "--checkpoint", dir, "--side", "6", "--out", map.to_str().unwrap()]);
    assert!(ok, "wgvae latent-map failed: {err}");
    let picture = image::open(&map).unwrap().to_rgb8();
    // 2-D: the 6 x 6 manifold (30-pixel cells) beside a 480-pixel scatter.
    let (width, height) = if latent == 2 { (6 * 30 + 2 + 480, 480) } else { (560, 560) };
    assert_eq!((picture.width(), picture.height()), (width, height));
    let colours: std::collections::BTreeSet<[u8; 3]> = picture.pixels().map(|p| p.0).collect();
    assert!(colours.len() > 10, "a chart in colour, not a blank canvas");
    let accuracy: f64 = out
        .lines()
        .find_map(|l| l.split("neighbour accuracy ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .expect(&out)
        .parse()
        .unwrap();
    assert!((0.0..=1.0).contains(&accuracy), "{out}");
    accuracy
}

/// A PNG file of `cols` x `rows` cells of 28x28 grey pixels (2-pixel gutters) whose first
/// `cells` cells are not all one value; returns the values found in them.
fn assert_grid_png(path: &std::path::Path, cols: u32, rows: u32, cells: u32) -> std::collections::BTreeSet<u8> {
    let picture = image::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).to_luma8();
    assert_eq!((picture.width(), picture.height()), (cols * 30 + 2, rows * 30 + 2), "{}", path.display());
    let inside = |x: u32, y: u32| x % 30 >= 2 && y % 30 >= 2 && (y / 30) * cols + x / 30 < cells;
    let values: std::collections::BTreeSet<u8> =
        picture.enumerate_pixels().filter(|(x, y, _)| inside(*x, *y)).map(|(_, _, p)| p.0[0]).collect();
    assert!(values.len() > 1, "{}: constant content", path.display());
    values
}

fn mixture_samples_of_a_trained_model(dir: &str, out_dir: &std::path::Path) {
    let samples = out_dir.join("mixture-samples.png");
    let sample = |components: &str| {
        let args = ["sample", "--checkpoint", dir, "-n", "10", "--prior", "gmm", "--components", components, "--out"];
        let (ok, out, err) = wgvae(&[&args[..], &[samples.to_str().unwrap()]].concat());
        assert!(ok, "wgvae sample --prior gmm failed: {err}");
        (out, std::fs::read(&samples).unwrap())
    };
    let (said, first) = sample("3");
    assert!(said.contains("3-component mixture") && said.contains("fitted now"), "{said}");
    assert!(std::path::Path::new(dir).join("latent_mixture.safetensors").exists());
    assert!(assert_grid_png(&samples, 4, 3, 10).len() > 10, "decoder means are grey levels");
    // The same mixture next time, and the same draws from the same seed.
    let (said, again) = sample("3");
    assert!(said.contains("reused") && again == first, "{said}");
    let (said, _) = sample("4");
    assert!(said.contains("4-component mixture") && said.contains("fitted now"), "another K is another fit: {said}");
    let (ok, _, err) =
        wgvae(&["sample", "--checkpoint", dir, "--prior", "gmm", "--components", "0", "--adapter", "no-such-gpu-xyz"]);
    assert!(!ok && err.contains("--components 0") && !err.contains("no-such-gpu"), "{err}");
    // eval: the mixture's KL to the prior, over every dimension and over the active ones.
    let (ok, out, err) =
        wgvae(&["eval", "--checkpoint", dir, "--k", "5", "--naive-k", "0", "--components", "4", "--json"]);
    assert!(ok, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let a = &report["aggregate_posterior"];
    assert_eq!((a["components"].as_u64(), a["reused"].as_bool()), (Some(4), Some(true)), "{a}");
    let (kl, kl_active) = (a["kl_to_prior"].as_f64().unwrap(), a["kl_to_prior_active"].as_f64().unwrap());
    assert!(kl > 0.0 && kl_active > 0.0 && kl_active <= kl + 4.0 * a["kl_to_prior_stderr"].as_f64().unwrap(), "{a}");
    assert!(a["active_dimensions"].as_array().unwrap().len() <= 4, "{a}");
}

fn pictures_of_a_trained_model(dir: &str, out_dir: &std::path::Path) {
    // 10 samples: 4 columns, 3 rows of 28x28 cells with 2-pixel gutters.
    let samples = out_dir.join("samples.png");
    let (ok, out, err) = wgvae(&["sample", "--checkpoint", dir, "-n", "10", "--out", samples.to_str().unwrap()]);
    assert!(ok && out.contains("10 samples"), "wgvae sample failed: {err}");
    assert!(assert_grid_png(&samples, 4, 3, 10).len() > 10, "decoder means are grey levels");
    let (ok, _, err) = wgvae(&[
        "sample",
        "--checkpoint",
        dir,
        "-n",
        "10",
        "--draw",
        "--seed",
        "4",
        "--out",
        samples.to_str().unwrap(),
    ]);
    assert!(ok, "wgvae sample --draw failed: {err}");
    assert_eq!(
        assert_grid_png(&samples, 4, 3, 10).into_iter().collect::<Vec<_>>(),
        [0, 255],
        "Bernoulli draws are black or white"
    );
    // 5 pairs: 4 columns (√10 rounded up); two rows of inputs, each with its reconstructions.
    let recon = out_dir.join("recon.png");
    let (ok, _, err) = wgvae(&["reconstruct", "--checkpoint", dir, "-n", "5", "--out", recon.to_str().unwrap()]);
    assert!(ok, "wgvae reconstruct failed: {err}");
    assert_grid_png(&recon, 4, 4, 12);
    for bad in [vec!["sample", "--checkpoint", dir, "-n", "0"], vec!["reconstruct", "--checkpoint", dir, "-n", "1001"]]
    {
        let (ok, _, err) = wgvae(&bad);
        assert!(!ok && err.contains("-n") && !err.contains("panicked"), "{bad:?}: {err}");
    }
}

#[test]
fn latent_map_of_a_2d_latent_shows_the_manifold_and_clusters() {
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-map2-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let (ok, _, err) = wgvae(&[
        "train",
        "--epochs",
        "2",
        "--hidden",
        "64",
        "--latent",
        "2",
        "--batch",
        "100",
        "--out",
        dir,
        "--no-pictures",
    ]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae train failed: {err}");
    assert!(!out_dir.join("pictures").exists() && !out_dir.join("curves.png").exists(), "--no-pictures");
    // Chance is 0.12; this 180-step model measured 0.30 (20 epochs of the default: 0.60).
    let accuracy = latent_map_of_a_trained_model(dir, &out_dir, 2);
    assert!(accuracy > 0.2, "5-NN accuracy of the labels in the 2-D latent space {accuracy}");
    std::fs::remove_dir_all(&out_dir).unwrap();
}

#[test]
fn eval_bad_input_is_refused_by_name() {
    let (ok, _, err) = wgvae(&["eval", "--checkpoint", "/no/such/run"]);
    assert!(!ok && err.contains("/no/such/run") && !err.contains("panicked"), "{err}");
    let (ok, _, err) = wgvae(&["eval", "--checkpoint", "/no/such/run", "--k", "0"]);
    assert!(!ok && !err.contains("panicked"), "{err}");
}

#[test]
fn train_bad_options_are_refused_by_name() {
    let (ok, _, err) = wgvae(&["train", "--data", "/no/such/images-idx3-ubyte", "--epochs", "1"]);
    assert!(!ok && err.contains("/no/such/images-idx3-ubyte") && !err.contains("panicked"), "{err}");
    let (ok, _, err) = wgvae(&["train", "--objective", "elbo", "--k", "5", "--epochs", "1"]);
    assert!(!ok && err.contains("--k 5") && !err.contains("panicked"), "{err}");
    let (ok, _, err) = wgvae(&["train", "--hidden", "400,0", "--epochs", "1"]);
    assert!(!ok && err.contains("positive") && !err.contains("panicked"), "{err}");
}

#[test]
fn bad_training_options_are_refused_before_any_gpu_work() {
    // The adapter named does not exist: each option's own error comes first, so these checks
    // run before a device is even looked for.
    let base = ["train", "--adapter", "no-such-gpu-xyz"];
    for (option, value, says) in [
        ("--batch", "100000", "holds 9000 images"),
        ("--batch", "0", "batch size 0"),
        ("--epochs", "0", "--epochs 0"),
        ("--lr", "-0.001", "--lr -0.001"),
        ("--latent", "0", "positive"),
        ("--eval-k", "0", "--eval-k 0"),
        ("--chunk", "48", "--chunk 48"),
    ] {
        let mut args = base.to_vec();
        args.extend([option, value]);
        if option == "--eval-k" {
            args.extend(["--eval-every", "1"]);
        }
        let (ok, _, err) = wgvae(&args);
        assert!(
            !ok && err.contains(says) && !err.contains("no-such-gpu") && !err.contains("panicked"),
            "{option} {value}: {err}"
        );
    }
    let (ok, _, err) = wgvae(&["train", "--adapter", "no-such-gpu-xyz", "--objective", "iwae", "--k", "0"]);
    assert!(!ok && err.contains("--k 0") && !err.contains("no-such-gpu"), "{err}");
    // The KL weight, its warm-up, free bits, the schedules and clipping (10 epochs of 70 steps).
    for (options, says) in [
        (&["--beta", "-1"][..], "--beta -1"),
        (&["--kl-warmup", "11"], "--kl-warmup 11: the warm-up is longer than the run (--epochs 10)"),
        (&["--free-bits", "-0.1"], "--free-bits -0.1"),
        (&["--free-bits", "0.5", "--objective", "iwae", "--k", "2"], "the IWAE has none"),
        (&["--clip-grad-norm", "0"], "--clip-grad-norm 0"),
        (&["--clip-grad-norm", "-3"], "--clip-grad-norm -3"),
        (&["--warmup-steps", "701"], "--warmup-steps 701: the warm-up is longer than the run"),
        (&["--lr-schedule", "step"], "--lr-step-epochs N"),
        (&["--lr-schedule", "step", "--lr-step-epochs", "2", "--lr-gamma", "1.5"], "--lr-gamma 1.5"),
        (&["--lr-schedule", "cosine", "--lr-min", "0.01"], "--lr-min 0.01"),
        (&["--lr-schedule", "cosine", "--lr-decay-epochs", "0"], "--lr-decay-epochs 0"),
    ] {
        let (ok, _, err) = wgvae(&[&base[..], options].concat());
        assert!(
            !ok && err.contains(says) && !err.contains("no-such-gpu") && !err.contains("panicked"),
            "{options:?}: {err}"
        );
    }
}

#[test]
fn a_model_the_adapter_cannot_hold_and_a_diverging_run_are_refused_clearly() {
    // 100 million hidden units: refused with the limit named, before any weight exists.
    let (ok, _, err) = wgvae(&["train", "--hidden", "100000000", "--epochs", "1"]);
    if skip_without_gpu(!ok && err.contains("adapter"), &err) {
        return;
    }
    assert!(!ok && err.contains("encoder.1") && err.contains("max_storage_buffer_binding_size"), "{err}");
    // A learning rate of 1000 turns the loss into NaN within a few steps: the run stops,
    // says where and what to do, and writes no checkpoint of NaNs.
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-diverge-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let (ok, _, err) =
        wgvae(&["train", "--lr", "1000", "--hidden", "64", "--epochs", "2", "--no-pictures", "--out", dir]);
    assert!(!ok && err.contains("diverged") && err.contains("by step") && err.contains("Lower --lr"), "{err}");
    assert!(!out_dir.join("model.safetensors").exists(), "no checkpoint from a diverged epoch");
    let _ = std::fs::remove_dir_all(&out_dir);
}

#[test]
fn train_on_a_folder_of_png_images() {
    let dir = std::env::temp_dir().join(format!("wgvae-cli-png-{}", std::process::id()));
    let images = dir.join("images");
    std::fs::create_dir_all(&images).unwrap();
    for i in 0..12u32 {
        let img = image::GrayImage::from_fn(6, 5, |x, y| image::Luma([((x * 40 + y * 9 + i * 17) % 256) as u8]));
        img.save(images.join(format!("{i:02}.png"))).unwrap();
    }
    let out = dir.join("run");
    let (ok, stdout, err) = wgvae(&[
        "train",
        "--data",
        images.to_str().unwrap(),
        "--epochs",
        "1",
        "--batch",
        "4",
        "--hidden",
        "8",
        "--latent",
        "2",
        "--out",
        out.to_str().unwrap(),
    ]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    assert!(stdout.contains("12 images") && stdout.contains("no held-out data"), "{stdout}");
    let config = std::fs::read_to_string(out.join("config.json")).unwrap();
    assert!(config.contains("\"input\": [\n      1,\n      5,\n      6\n    ]"), "{config}");
    // A held-out set of another image size is refused, naming it.
    let (ok, _, err) = wgvae(&["train", "--test-data", images.to_str().unwrap(), "--epochs", "1"]);
    assert!(!ok && err.contains(images.to_str().unwrap()) && err.contains("28x28"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gmm_fits_the_bundled_digits_and_writes_its_files() {
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-gmm-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let (ok, out, err) = wgvae(&[
        "gmm",
        "--components",
        "4",
        "--iters",
        "8",
        "--seed",
        "1",
        "--out",
        dir,
        "--estimators",
        "--estimator-samples",
        "20",
    ]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae gmm failed: {err}");
    // One line per iteration, the exact log-likelihood never going down.
    let lls: Vec<f64> = out
        .lines()
        .filter(|l| l.starts_with("iteration"))
        .map(|l| l.split_whitespace().nth(3).unwrap().parse().unwrap())
        .collect();
    assert_eq!(lls.len(), 8, "{out}");
    assert!(lls.windows(2).all(|w| w[1] >= w[0] - 1e-3), "{lls:?}");
    for says in ["exact log p(x) of the training images", "held-out: exact log p(x)", "clustering accuracy", "NMI"] {
        assert!(out.contains(says), "{says}: {out}");
    }
    let table: Vec<&str> =
        out.lines().filter(|l| l.starts_with("importance sampling") || l.starts_with("ELBO")).collect();
    assert_eq!(table.len(), 7, "{out}");
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["model"], "gaussian_mixture");
    assert_eq!(config["components"], 4);
    assert!(config["log_likelihood"].as_f64().unwrap() >= *lls.last().unwrap() - 1e-3, "{config}");
    let csv = std::fs::read_to_string(out_dir.join("assignments.csv")).unwrap();
    assert_eq!(csv.lines().next(), Some("image,cluster,responsibility,label"));
    assert_eq!(csv.lines().count(), 9001);
    let history = std::fs::read_to_string(out_dir.join("history.csv")).unwrap();
    assert_eq!(history.lines().count(), 10, "header, 8 iterations and the result:\n{history}");
    let means = image::open(out_dir.join("means.png")).unwrap();
    assert_eq!((means.width(), means.height()), (4 * 30 + 2, 32), "four 28x28 means with gutters");
    assert!(image::open(out_dir.join("weights.png")).is_ok());
    assert!(out_dir.join("model.safetensors").exists());
    std::fs::remove_dir_all(&out_dir).unwrap();

    let (ok, _, err) = wgvae(&["gmm", "--components", "0", "--adapter", "no-such-gpu-xyz"]);
    assert!(!ok && err.contains("--components 0") && !err.contains("panicked"), "{err}");
    let (ok, _, err) = wgvae(&["gmm", "--components", "9001", "--adapter", "no-such-gpu-xyz"]);
    assert!(!ok && err.contains("--components 9001") && err.contains("9000 images"), "{err}");
}

/// Run as on a fresh machine or over ssh, with no XDG_RUNTIME_DIR: Mesa's window-system code
/// would print "error: XDG_RUNTIME_DIR is invalid or not set" at every instance; wgvae makes a
/// private directory for the process, so no line says "error", and removes it at exit.
#[test]
fn a_run_without_a_runtime_dir_is_quiet_and_leaves_nothing() {
    let tmp = std::env::temp_dir().join(format!("wgvae-cli-quiet-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-quiet-run-{}", std::process::id()));
    let out_arg = out_dir.to_str().unwrap();
    let train = ["train", "--epochs", "1", "--hidden", "16", "--latent", "2", "--batch", "500", "--no-pictures"];
    let quiet_run = |args: &[&str]| {
        let result = wgvae_with_env(args, &[("TMPDIR", tmp.as_os_str())], &["XDG_RUNTIME_DIR"]);
        let left: Vec<_> = std::fs::read_dir(&tmp).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(left.is_empty(), "wgvae {args:?} left {left:?} in its temporary directory");
        result
    };
    for args in [&["adapters"][..], &["train", "--help"], &[&train[..], &["--out", out_arg]].concat()] {
        let (ok, stdout, stderr) = quiet_run(args);
        if skip_without_gpu(!ok, &stderr) {
            return;
        }
        assert!(ok, "wgvae {args:?}: {stderr}");
        for line in stdout.lines().chain(stderr.lines()) {
            let lower = line.to_lowercase();
            assert!(!lower.contains("error") && !lower.contains("xdg_runtime_dir"), "wgvae {args:?} printed: {line}");
        }
    }
    // A command that fails (a missing checkpoint, a rejected option) leaves nothing either.
    for args in [&["sample", "--checkpoint", "/no/such/run"][..], &["train", "--no-such-option"]] {
        assert!(!quiet_run(args).0, "wgvae {args:?} should fail");
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let _ = std::fs::remove_dir_all(&out_dir);
}

/// WGPU_BACKEND and WGPU_ADAPTER_NAME choose the adapter where the options do not, and a value
/// they cannot take is an error naming the variable.
#[test]
fn the_environment_chooses_the_adapter_and_options_win() {
    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let vars: Vec<(&str, &std::ffi::OsStr)> = vars.iter().map(|&(k, v)| (k, v.as_ref())).collect();
        wgvae_with_env(args, &vars, &[])
    };
    let (ok, _, err) = run(&[("WGPU_BACKEND", "floppy")], &["adapters"]);
    assert!(!ok && err.contains("WGPU_BACKEND=\"floppy\""), "{err}");
    let (ok, _, err) = run(&[("WGPU_ADAPTER_NAME", "no-such-gpu-xyz")], &["bench", "matmul", "--shapes", "4x4x4"]);
    assert!(!ok && err.contains("no-such-gpu-xyz") && err.contains("WGPU_ADAPTER_NAME"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let (ok, out, err) = run(&[("WGPU_BACKEND", "vk")], &["adapters"]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "{err}");
    let picked = out.lines().find(|l| l.starts_with("* ")).expect(&out);
    assert!(picked.contains("Vulkan"), "{out}");
    assert!(out.contains("from WGPU_BACKEND"), "{out}");
    assert!(!out.lines().any(|l| l.contains(" Gl ")), "only Vulkan adapters are listed:\n{out}");
    // --backend wins over the environment; with both, the environment's name still applies.
    let (ok, out, err) =
        run(&[("WGPU_BACKEND", "gl"), ("WGPU_ADAPTER_NAME", "llvmpipe")], &["adapters", "--backend", "vulkan"]);
    assert!(ok, "{err}");
    let picked = out.lines().find(|l| l.starts_with("* ")).expect(&out);
    assert!(picked.contains("Vulkan"), "{out}");
}

#[test]
fn bench_shaders_dumps_every_module_with_the_generated_blocks() {
    let dir = std::env::temp_dir().join(format!("wgvae-cli-shaders-{}", std::process::id()));
    let (ok, out, err) = wgvae(&["bench", "shaders", "--dump", dir.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("matmul_vec4"), "{out}");
    for (name, source) in wgvae::kernels::shader_modules() {
        let written = std::fs::read_to_string(dir.join(format!("{name}.wgsl"))).unwrap();
        assert_eq!(written, source, "{name}");
    }
    let standard = std::fs::read_to_string(dir.join("matmul_vec4.wgsl")).unwrap();
    assert!(standard.contains("fn linear_forward_16x8(") && standard.contains("fn linear_grad_weight_32x8("));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_architectures_are_refused_by_name_before_any_gpu_work() {
    let dir = std::env::temp_dir().join(format!("wgvae-cli-arch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let conv = |i: usize, o: usize| {
        format!(
            r#"{{"type": "Conv2d", "in_channels": {i}, "out_channels": {o}, "kernel_size": 4, "stride": 2, "padding": 1}}"#
        )
    };
    let decoder = r#"[{"type": "Linear", "in_features": 4, "out_features": 784}]"#;
    let arch = |input: &str, encoder: &str, latent: usize, decoder: &str| {
        format!(r#"{{"input": {input}, "encoder": {encoder}, "latent": {latent}, "decoder": {decoder}}}"#)
    };
    let cases = [
        ("unknown", arch("[1, 28, 28]", r#"[{"type": "Conv3d", "in_channels": 1}]"#, 4, decoder), "Conv3d"),
        (
            "missing",
            arch("[1, 28, 28]", r#"[{"type": "Conv2d", "in_channels": 1, "out_channels": 4}]"#, 4, decoder),
            "kernel_size",
        ),
        (
            "chain",
            arch("[1, 28, 28]", &format!(r#"[{}, {}, {{"type": "Flatten"}}]"#, conv(1, 8), conv(4, 8)), 4, decoder),
            "encoder layer 1 (Conv2d): takes 4 channels, given 8x14x14",
        ),
        (
            "latent",
            arch("[1, 28, 28]", r#"[{"type": "Flatten"}]"#, 6, decoder),
            "decoder layer 0 (Linear): takes 4 features, given 6",
        ),
        (
            "output",
            arch(
                "[1, 28, 28]",
                r#"[{"type": "Flatten"}]"#,
                4,
                r#"[{"type": "Linear", "in_features": 4, "out_features": 700}]"#,
            ),
            "the decoder ends in 700",
        ),
        (
            "input",
            arch("[1, 32, 32]", r#"[{"type": "Flatten"}]"#, 4, decoder),
            "take 1x32x32 images, the data's are 1x28x28",
        ),
        ("json", "{\"input\": [1, 28".to_string(), "architecture file"),
        (
            "residual",
            arch(
                "[1, 28, 28]",
                &format!(r#"[{{"type": "Residual", "body": [{}]}}, {{"type": "Flatten"}}]"#, conv(1, 8)),
                4,
                decoder,
            ),
            "encoder layer 0 (Residual): its body makes 8x14x14 of 1x28x28, so the identity shortcut cannot add to it",
        ),
        (
            "batch_norm",
            arch(
                "[1, 28, 28]",
                &format!(r#"[{}, {{"type": "BatchNorm2d", "num_features": 8}}, {{"type": "Flatten"}}]"#, conv(1, 8)),
                4,
                decoder,
            ),
            "encoder layer 1 (BatchNorm2d): wgvae has no batch normalization: its statistics over the batch would \
             make a step depend on how the batch is split into chunks and across ranks",
        ),
    ];
    for (name, text, says) in cases {
        let file = dir.join(format!("{name}.json"));
        std::fs::write(&file, text).unwrap();
        let (ok, _, err) = wgvae(&["train", "--adapter", "no-such-gpu-xyz", "--arch", file.to_str().unwrap()]);
        assert!(
            !ok && err.contains(says) && !err.contains("no-such-gpu") && !err.contains("panicked"),
            "{name}: {err}"
        );
    }
    let (ok, _, err) = wgvae(&["train", "--adapter", "no-such-gpu-xyz", "--arch", "/no/such/arch.json"]);
    assert!(!ok && err.contains("/no/such/arch.json") && err.contains("mlp, conv"), "{err}");
    let (ok, _, err) = wgvae(&["train", "--adapter", "no-such-gpu-xyz", "--arch", "conv", "--conv-channels", "32"]);
    assert!(!ok && err.contains("--conv-channels"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_conv_model_trains_evaluates_and_draws_through_every_command() {
    // IWAE in chunks, the per-epoch pictures, then eval, sample, reconstruct, encode and
    // latent-map on the checkpoint: every command on a convolutional architecture.
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-conv-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let (ok, out, err) = wgvae(&[
        "train",
        "--arch",
        "conv",
        "--conv-channels",
        "8,16",
        "--hidden",
        "64",
        "--latent",
        "3",
        "--epochs",
        "1",
        "--batch",
        "60",
        "--chunk",
        "20",
        "--lr",
        "0.002",
        "--objective",
        "iwae",
        "--k",
        "2",
        "--out",
        dir,
    ]);
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae train --arch conv failed: {err}");
    assert!(out.contains("conv8-conv16-fc64") && out.contains("in 3 chunks of 20"), "{out}");
    assert!(out_dir.join("pictures/samples-001.png").exists() && out_dir.join("curves.png").exists());
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["architecture"]["encoder"][0]["type"], "Conv2d", "{config}");
    let (ok, out, err) = wgvae(&["eval", "--checkpoint", dir, "--k", "10", "--json"]);
    assert!(ok, "wgvae eval failed: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let (ll, elbo) = (v["log_likelihood"].as_f64().unwrap(), v["elbo"].as_f64().unwrap());
    assert!(ll.is_finite() && ll >= elbo - 1.0 && ll < 0.0, "{out}");
    pictures_of_a_trained_model(dir, &out_dir);
    latent_map_of_a_trained_model(dir, &out_dir, 3);
    // The run's config.json is an architecture file: --arch takes it back.
    let again = out_dir.join("again");
    let (ok, out, err) = wgvae(&[
        "train",
        "--arch",
        out_dir.join("config.json").to_str().unwrap(),
        "--epochs",
        "1",
        "--batch",
        "1000",
        "--no-pictures",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert!(ok && out.contains("conv8-conv16-fc64"), "{out}{err}");
    std::fs::remove_dir_all(&out_dir).unwrap();
}

#[test]
fn the_resnet_preset_trains_in_chunks_evaluates_and_draws_through_every_command() {
    // Small widths on 512 of the digits (256 held out): the preset's layers (residual blocks,
    // GroupNorm, AvgPool2d, Upsample, 1×1 shortcuts) through train with chunks, then eval,
    // sample, reconstruct, encode and latent-map.
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-resnet-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let data = common::temp_dir("resnet-data");
    let train = common::digits_file(&data, "train-images-idx3-ubyte", 0..512);
    let test = common::digits_file(&data, "test-images-idx3-ubyte", 512..768);
    let (train, test) = (train.to_str().unwrap(), test.to_str().unwrap());
    let arch = ["--arch", "resnet", "--resnet-widths", "4,8,8", "--hidden", "32", "--latent", "3"];
    let run = ["--data", train, "--test-data", test, "--epochs", "1", "--batch", "64", "--chunk", "32", "--out", dir];
    let (ok, out, err) = wgvae(&[&["train"][..], &arch, &run].concat());
    if skip_without_gpu(!ok, &err) {
        return;
    }
    assert!(ok, "wgvae train --arch resnet failed: {err}");
    assert!(out.contains("res-pool2-res-pool2-res-gn4-fc32") && out.contains("in 2 chunks of 32"), "{out}");
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("config.json")).unwrap()).unwrap();
    assert_eq!(config["architecture"]["encoder"][1]["type"], "Residual", "{config}");
    let (ok, out, err) = wgvae(&["eval", "--checkpoint", dir, "--data", test, "--k", "10", "--json"]);
    assert!(ok, "wgvae eval failed: {err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let (ll, elbo) = (v["log_likelihood"].as_f64().unwrap(), v["elbo"].as_f64().unwrap());
    assert!(ll.is_finite() && ll >= elbo - 1.0, "{out}");
    pictures_of_a_trained_model(dir, &out_dir);
    latent_map_of_a_trained_model(dir, &out_dir, 3);
    let (ok, _, err) = wgvae(&["train", "--adapter", "no-such-gpu-xyz", "--arch", "resnet", "--resnet-widths", "8,8"]);
    assert!(!ok && err.contains("--resnet-widths") && !err.contains("no-such-gpu"), "{err}");
    std::fs::remove_dir_all(&out_dir).unwrap();
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn training_draws_mixture_samples_each_epoch_and_leaves_the_mixture_for_sample() {
    let out_dir = std::env::temp_dir().join(format!("wgvae-cli-mixture-samples-{}", std::process::id()));
    let dir = out_dir.to_str().unwrap();
    let args = ["train", "--epochs", "1", "--hidden", "16", "--latent", "3", "--sample-components", "3", "--out", dir];
    let (ok, _, err) = wgvae(&args);
    assert!(ok, "{err}");
    assert_grid_png(&out_dir.join("pictures/mixture-samples-001.png"), 8, 8, 64);
    let png = out_dir.join("samples.png");
    let sample = ["sample", "--checkpoint", dir, "--prior", "gmm", "--components", "3", "--out", png.to_str().unwrap()];
    let (ok, out, err) = wgvae(&sample);
    assert!(ok && out.contains("3-component mixture") && out.contains("reused"), "{err}\n{out}");
    for (bad, says) in [
        (&["--sample-components", "0"][..], "--sample-components 0"),
        (&["--sample-components", "3", "--no-pictures"], "--no-pictures"),
    ] {
        let (ok, _, err) = wgvae(&[&["train", "--adapter", "no-such-gpu-xyz"][..], bad].concat());
        assert!(!ok && err.contains(says) && !err.contains("no-such-gpu"), "{bad:?}: {err}");
    }
    std::fs::remove_dir_all(&out_dir).unwrap();
}

/// Binary images (every pixel 0 or 255) need no binarization for the Bernoulli to be a
/// probability of the data: `--binarize none` on them reports bits per dimension, in training
/// and in eval; grey images with the same option report none, saying why.
#[test]
fn bits_per_dimension_of_binary_images_without_binarization() {
    let dir = std::env::temp_dir().join(format!("wgvae-cli-binary-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // IDX: magic 0x00000803 (u8, 3 dimensions), the dimensions, then the pixels.
    let idx = |name: &str, n: u32, pixel: &dyn Fn(u32) -> u8| {
        let mut bytes = vec![0, 0, 8, 3];
        for d in [n, 8, 8] {
            bytes.extend(d.to_be_bytes());
        }
        bytes.extend((0..n * 64).map(pixel));
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let binary = idx("binary-idx3-ubyte", 40, &|i| if (i * 7 + i / 64) % 3 == 0 { 255 } else { 0 });
    let grey = idx("grey-idx3-ubyte", 40, &|i| (i * 37 % 256) as u8);
    for (data, bits) in [(&binary, true), (&grey, false)] {
        let (data, out) = (data.to_str().unwrap(), dir.join(format!("run-{bits}")));
        let args =
            ["train", "--data", data, "--test-data", data, "--binarize", "none", "--hidden", "16", "--latent", "2"];
        let args = [&args[..], &["--epochs", "1", "--batch", "8", "--no-pictures", "--out", out.to_str().unwrap()]];
        let (ok, stdout, err) = wgvae(&args.concat());
        if skip_without_gpu(!ok, &err) {
            return;
        }
        assert!(ok, "{err}");
        assert_eq!(stdout.contains("bits/dim"), bits, "{stdout}");
        let checkpoint = out.to_str().unwrap();
        let eval = ["eval", "--checkpoint", checkpoint, "--data", data, "--binarize", "none", "--k", "4"];
        let (ok, stdout, err) = wgvae(&[&eval[..], &["--no-latent-mixture", "--json"]].concat());
        assert!(ok, "{err}");
        let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(report["bits_per_dim"]["log_likelihood"].is_f64(), bits, "{stdout}");
        let (ok, stdout, err) = wgvae(&[&eval[..], &["--no-latent-mixture"]].concat());
        assert!(ok, "{err}");
        assert_eq!(stdout.contains("no bits/dim: the Bernoulli on grey (not binary) values"), !bits, "{stdout}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
