//! The page in a real browser: headless Chromium with WebGPU (Debian's package; its WebGPU
//! adapter is SwiftShader), driven by selenium through Debian's chromedriver
//! (web/check_page.py carries out a plan of clicks and waits, as a visitor would), the page
//! served from web/ by a static server on 127.0.0.1. It checks that the page
//! - opens the adapter and draws the prior as the CPU reference does, and stops training when
//!   asked;
//! - trains on the visitor's own pictures and on a `.npy` file;
//! - trains the default model for an epoch on a subset of the digits, the held-out ELBO rising,
//!   and that the checkpoint it downloads loads in `wgvae eval` and in PyTorch
//!   (bench/load_wgvae_checkpoint.py);
//! - evaluates a checkpoint trained natively to within 0.1 nats of `wgvae eval` at the same K;
//! - says in the page what is wrong with bad input, a missing WebGPU and a lost device.
//!
//! Ignored unless the page is built (web/build.sh) and the browser, driver and PyTorch are
//! installed, as .ci/run does.

mod common;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::{assert_each_relative, fresh_path, npy_bytes, temp_dir, wgvae};
use serde_json::{Value, json};
use wgvae::reference::rng::{self, NORMAL_RELATIVE_BOUND, RngKey};

/// A static server for web/ on a free port of 127.0.0.1, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start() -> Server {
        let web = concat!(env!("CARGO_MANIFEST_DIR"), "/web");
        let mut child = Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", web])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs the static server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let port = line.split(" port ").nth(1).and_then(|s| s.split(' ').next()).and_then(|p| p.parse().ok());
        Server { child, port: port.unwrap_or_else(|| panic!("no port in the server's first line: {line:?}")) }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What a visit is: the plan's steps (web/check_page.py), WebGPU on or off, where downloads go.
struct Visit<'a> {
    plan: Value,
    webgpu: bool,
    downloads: Option<&'a Path>,
}

/// The page's record (window.wgvaeState, with "statusLine" and any "planError") after `visit`
/// in headless Chromium; the screenshot at the end goes to `screenshot`.
fn visit(name: &str, visit: Visit<'_>) -> Value {
    assert!(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/web/pkg/wgvae_web_bg.wasm")).exists(),
        "web/pkg is not built: run web/build.sh"
    );
    let dir = temp_dir(&format!("browser-visit-{name}"));
    let plan = dir.join("plan.json");
    std::fs::write(&plan, visit.plan.to_string()).unwrap();
    let server = Server::start();
    // Debian's Python, where python3-selenium installs (a python3 earlier on PATH may lack it).
    let mut command = Command::new("/usr/bin/python3");
    command
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/web/check_page.py"))
        .arg(format!("http://127.0.0.1:{}/index.html", server.port))
        .arg(dir.join("end.png"))
        .arg(&plan);
    if !visit.webgpu {
        command.arg("--without-webgpu");
    }
    if let Some(downloads) = visit.downloads {
        command.arg("--downloads").arg(downloads);
    }
    let out = command.output().expect("/usr/bin/python3 runs web/check_page.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "web/check_page.py failed: {stderr}");
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// The record, having checked the plan went through without an error in the page.
fn without_errors(state: Value) -> Value {
    assert!(state["planError"].is_null(), "the page: {}", state["planError"]);
    assert_eq!(state["errors"], json!([]), "the page showed errors");
    state
}

fn number(value: &Value) -> f64 {
    value.as_f64().unwrap_or_else(|| panic!("not a number: {value}"))
}

/// `wgvae eval --json` of `checkpoint` with K = `k`, on the bundled held-out digits.
fn native_eval(checkpoint: &Path, k: u32) -> Value {
    let (ok, stdout, stderr) =
        wgvae(&["eval", "--checkpoint", checkpoint.to_str().unwrap(), "--k", &k.to_string(), "--json"]);
    assert!(ok, "wgvae eval of {}: {stderr}", checkpoint.display());
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn the_page_opens_webgpu_in_chromium_draws_the_prior_the_cpu_draws_and_stops_when_asked() {
    // Then a long run, stopped by its button during the first epoch.
    let plan = json!([
        {"set": {"digits-count": 2000, "epochs": 50}},
        {"click": "train"},
        {"wait": "state.progress && state.progress.step >= 2", "seconds": 300},
        {"click": "stop"},
        {"wait": "state.trained && !state.busy", "seconds": 300},
    ]);
    let state = without_errors(visit("prior", Visit { plan, webgpu: true, downloads: None }));
    let trained = &state["trained"];
    assert_eq!(trained["stopped"], json!(true), "{trained}");
    let epochs = trained["epochs"].as_array().unwrap();
    assert!(epochs.len() == 1 && number(&epochs[0]["steps"]) < 15.0, "stopped within the first epoch: {trained}");
    assert!(state["statusLine"].as_str().unwrap().starts_with("stopped"), "{}", state["statusLine"]);
    let adapter = state["adapter"].as_str().unwrap();
    assert!(adapter.contains("WebGPU's limits"), "{adapter}");
    let got: Vec<f32> = state["prior"].as_array().unwrap().iter().map(|v| number(v) as f32).collect();
    let want = rng::normal_stream(RngKey { seed: 7, stream: 3, offset: 0 }, 20);
    assert_each_relative("the prior drawn in Chromium", &got, &want, NORMAL_RELATIVE_BOUND);
    eprintln!("Chromium's adapter: {adapter}");
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn the_page_trains_an_epoch_and_its_checkpoint_loads_in_wgvae_and_pytorch() {
    let downloads = temp_dir("browser-downloads");
    let screenshot = fresh_path("page-after-an-epoch.png");
    // The default model (784-400-20, Bernoulli, batch 128) on the first 2,000 digits.
    let plan = json!([
        {"set": {"digits-count": 2000, "epochs": 1}},
        {"click": "train"},
        {"wait": "state.epochs.length >= 1 && !state.busy", "seconds": 600},
        {"screenshot": screenshot},
        {"click": "download-config"},
        {"click": "download-weights"},
    ]);
    let state = without_errors(visit("train", Visit { plan, webgpu: true, downloads: Some(&downloads) }));
    assert_eq!(state["start"]["model"], "784-400-20 ReLU MLP", "the default model");
    let held_out: Vec<f64> = state["heldOut"].as_array().unwrap().iter().map(|r| number(&r["elbo"])).collect();
    let epoch = &state["epochs"][0];
    eprintln!(
        "in Chromium: held-out ELBO {held_out:?} nats over the epoch, {:.0} images/s; screenshot {}",
        number(&epoch["imagesPerSecond"]),
        screenshot.display()
    );
    // Initial weights score about -550 nats; an epoch of 15 steps takes it past -300.
    assert!(held_out.len() == 2 && held_out[1] > held_out[0] + 100.0, "the held-out ELBO: {held_out:?}");
    assert!(number(&epoch["imagesPerSecond"]) > 0.0 && number(&epoch["steps"]) == 15.0, "{epoch}");
    assert!(std::fs::metadata(&screenshot).unwrap().len() > 10_000, "a screenshot of the page after the epoch");

    // The downloads are a checkpoint: wgvae evaluates it, PyTorch loads it.
    let files = wait_for_files(&downloads, &["config.json", "model.safetensors"]);
    let native = native_eval(&files, 10);
    let native_elbo = number(&native["elbo"]);
    assert!((native_elbo - held_out[1]).abs() < 3.0, "wgvae eval's ELBO {native_elbo}, the page's {}", held_out[1]);
    let out = Command::new("/usr/bin/python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/bench/load_wgvae_checkpoint.py"))
        .arg(&files)
        .output()
        .expect("/usr/bin/python3 runs bench/load_wgvae_checkpoint.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "bench/load_wgvae_checkpoint.py: {stderr}");
    // "held-out ELBO: -245.644 nats (1000 images, DIR)": other draws of the same images.
    let torch_elbo: f64 = stdout
        .split("held-out ELBO: ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no ELBO in the loader's output: {stdout}"));
    assert!((torch_elbo - native_elbo).abs() < 1.0, "PyTorch's ELBO {torch_elbo}, wgvae's {native_elbo}");
}

/// `dir`, once the browser has finished writing `names` into it (downloads land after the
/// click returns).
fn wait_for_files(dir: &Path, names: &[&str]) -> PathBuf {
    for _ in 0..100 {
        if names.iter().all(|n| dir.join(n).is_file()) {
            return dir.to_path_buf();
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!(
        "the page's downloads {names:?} are not in {}: {:?}",
        dir.display(),
        std::fs::read_dir(dir).unwrap().count()
    );
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn a_checkpoint_trained_natively_evaluates_in_the_page_as_in_wgvae_eval() {
    let run = fresh_path("browser-native-run");
    let (ok, _, stderr) =
        wgvae(&["train", "--epochs", "1", "--latent", "2", "--no-pictures", "--out", run.to_str().unwrap()]);
    assert!(ok, "wgvae train: {stderr}");
    const K: u32 = 100;
    let native = number(&native_eval(&run, K)["log_likelihood"]);
    let plan = json!([
        {"files": {"checkpoint": [run.join("config.json"), run.join("model.safetensors")]}},
        {"wait": "state.loaded && !state.busy", "seconds": 120},
        {"set": {"eval-k": K}},
        {"click": "evaluate"},
        {"wait": "state.evals.length >= 1 && !state.busy", "seconds": 600},
    ]);
    let state = without_errors(visit("native-checkpoint", Visit { plan, webgpu: true, downloads: None }));
    let page = number(&state["evals"][0]["logLikelihood"][0]);
    let page_elbo = number(&state["evals"][0]["elbo"][0]);
    eprintln!("log p(x), K = {K}: {page} nats in Chromium, {native} natively (ELBO {page_elbo} in Chromium)");
    assert!((page - native).abs() < 0.1, "the page's log p(x) {page} against wgvae eval's {native}");
    assert!(page > page_elbo, "log p(x) {page} lies above the ELBO {page_elbo}");
    // A 2-latent model: its latent map is the plane itself, with the decoded manifold beside.
    assert_eq!(state["drawn"], json!(["samples", "reconstructions", "manifold", "latent map"]), "{}", state["drawn"]);
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn the_visitors_pictures_and_npy_files_train_in_the_page() {
    let dir = temp_dir("own-files");
    // 20 colour pictures of 32 × 32 as PNG files, for the file picker.
    let pictures: Vec<PathBuf> = (0..20)
        .map(|i| {
            let planes = common::colour_picture(i);
            let picture = image::RgbImage::from_fn(32, 32, |x, y| {
                let at = (y * 32 + x) as usize;
                image::Rgb([planes[at], planes[1024 + at], planes[2048 + at]])
            });
            let path = dir.join(format!("picture-{i}.png"));
            picture.save(&path).unwrap();
            path
        })
        .collect();
    // 30 grey 8 × 8 images as a uint8 .npy [30, 8, 8].
    std::fs::write(dir.join("grey.npy"), npy_bytes("|u1", &[30, 8, 8], &common::bytes(30 * 64, 5))).unwrap();
    let plan = json!([
        {"set": {"side": 32, "epochs": 1, "batch": 6, "likelihood": "gaussian"}},
        {"files": {"pictures": pictures}},
        {"wait": "state.data.name === 'your pictures'", "seconds": 60},
        {"click": "train"},
        {"wait": "state.epochs.length >= 1 && !state.busy", "seconds": 300},
        {"script": "window.wgvaeState.first = { data: wgvaeState.data, epochs: wgvaeState.epochs }"},
        {"files": {"npy": [dir.join("grey.npy")]}},
        {"wait": "state.data.name === 'grey.npy'", "seconds": 60},
        {"click": "train"},
        {"wait": "state.epochs.length >= 1 && !state.busy", "seconds": 300},
    ]);
    let state = without_errors(visit("own-files", Visit { plan, webgpu: true, downloads: None }));
    let (pictures, npy) = (&state["first"]["data"], &state["data"]);
    assert_eq!(
        (&pictures["shape"], &pictures["train"], &pictures["heldOut"]),
        (&json!("3x32x32 (RGB)"), &json!(18), &json!(2))
    );
    assert_eq!((&npy["shape"], &npy["train"], &npy["heldOut"]), (&json!("1x8x8 (grayscale)"), &json!(27), &json!(3)));
    for epoch in [&state["first"]["epochs"][0], &state["epochs"][0]] {
        assert!(number(&epoch["heldOutElbo"]).is_finite() && number(&epoch["steps"]) >= 3.0, "{epoch}");
    }
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn bad_input_and_a_lost_device_are_said_in_the_page() {
    let dir = temp_dir("bad-files");
    let not_a_picture = dir.join("notes.png");
    std::fs::write(&not_a_picture, "not a picture").unwrap();
    // A .npy of 100 bytes in one dimension: not images.
    std::fs::write(dir.join("flat.npy"), npy_bytes("|u1", &[100], &(0..100).collect::<Vec<u8>>())).unwrap();
    let error =
        |n: usize| json!({"wait": format!("state.errors.length >= {n}"), "errorsExpected": true, "seconds": 120});
    let plan = json!([
        {"files": {"pictures": [not_a_picture]}}, error(1),
        {"files": {"npy": [dir.join("flat.npy")]}}, error(2),
        // 50,000 × 784 weights are 150 MiB, over WebGPU's 128 MiB a binding.
        {"set": {"hidden": "50000", "epochs": 1}}, {"click": "train"}, error(3),
        {"script": "wgvaeSession.destroy()"}, error(4),
        {"set": {"hidden": "400"}}, {"click": "train"}, error(5),
    ]);
    let state = visit("bad-input", Visit { plan, webgpu: true, downloads: None });
    assert!(state["planError"].is_null(), "the page: {}", state["planError"]);
    let errors: Vec<&str> = state["errors"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
    let expect = [
        ("notes.png", "not an image"),
        ("flat.npy", "shape 100"),
        ("too large for this adapter", "128.0 MiB"),
        ("device was lost", "reload the page"),
        ("device was lost", "reload the page"),
    ];
    for (error, (a, b)) in errors.iter().zip(expect) {
        assert!(error.contains(a) && error.contains(b), "{error:?} should say {a:?} and {b:?}");
    }
    assert_eq!(errors.len(), expect.len(), "{errors:?}");
    assert!(!errors[3].contains("\"\""), "the browser's adapter has no name to quote: {}", errors[3]);
    // In the page itself, not only in the console.
    assert_eq!(state["statusLine"].as_str(), Some(errors[4]), "{state}");
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver, python3-selenium and python3-torch: \
            .ci/run installs them and runs it with --ignored"]
fn without_webgpu_the_page_says_what_to_enable() {
    let state = visit("without-webgpu", Visit { plan: json!([]), webgpu: false, downloads: None });
    let error = state["errors"][0].as_str().unwrap_or_else(|| panic!("no error without WebGPU: {state}"));
    assert!(error.contains("WebGPU") && error.contains("--enable-unsafe-webgpu"), "{error}");
    assert!(!error.contains("apt-get"), "a native hint in the browser: {error}");
    // In the page itself, not only in the console.
    assert_eq!(state["statusLine"].as_str(), Some(error), "{state}");
}
