//! The page in a real browser: headless Chromium with WebGPU (Debian's package; its WebGPU
//! adapter is SwiftShader), driven by selenium through Debian's chromedriver
//! (web/check_page.py), the page served from web/ by a static server on 127.0.0.1. The page
//! opens the adapter under WebGPU's limits and draws the prior on the GPU through the async
//! host; the draws must be the CPU reference's to the normals' bound, as on every native
//! driver. Ignored unless the page is built (web/build.sh) and the browser and driver are
//! installed, as .ci/run does.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use common::{assert_each_relative, fresh_path};
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

/// The page's check (web/check_page.py's JSON) in headless Chromium, with WebGPU on or off;
/// the screenshot goes to `screenshot`.
fn check_page(screenshot: &Path, webgpu: bool) -> serde_json::Value {
    assert!(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/web/pkg/wgvae_web_bg.wasm")).exists(),
        "web/pkg is not built: run web/build.sh"
    );
    let server = Server::start();
    // Debian's Python, where python3-selenium installs (a python3 earlier on PATH may lack it).
    let mut command = Command::new("/usr/bin/python3");
    command
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/web/check_page.py"))
        .arg(format!("http://127.0.0.1:{}/index.html", server.port))
        .arg(screenshot);
    if !webgpu {
        command.arg("--without-webgpu");
    }
    let out = command.output().expect("/usr/bin/python3 runs web/check_page.py");
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "web/check_page.py failed: {stderr}");
    serde_json::from_str(stdout.trim()).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver and python3-selenium: .ci/run \
            installs them and runs it with --ignored"]
fn the_page_opens_webgpu_in_chromium_and_draws_the_prior_the_cpu_draws() {
    let screenshot = fresh_path("page.png");
    let check = check_page(&screenshot, true);
    assert!(check["error"].is_null(), "the page: {}", check["error"]);
    let adapter = check["adapter"].as_str().unwrap();
    assert!(adapter.contains("WebGPU's limits"), "{adapter}");
    let got: Vec<f32> = check["prior"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap() as f32).collect();
    let want = rng::normal_stream(RngKey { seed: 7, stream: 3, offset: 0 }, 20);
    assert_each_relative("the prior drawn in Chromium", &got, &want, NORMAL_RELATIVE_BOUND);
    assert!(check["status"].as_str().unwrap().starts_with("ready"), "{}", check["status"]);
    assert!(std::fs::metadata(&screenshot).unwrap().len() > 1000, "a screenshot of the page");
    eprintln!("Chromium's adapter: {adapter}; screenshot {}", screenshot.display());
}

#[test]
#[ignore = "needs the page built (web/build.sh), chromium, chromium-driver and python3-selenium: .ci/run \
            installs them and runs it with --ignored"]
fn without_webgpu_the_page_says_what_to_enable() {
    let check = check_page(&fresh_path("page-without-webgpu.png"), false);
    let error = check["error"].as_str().unwrap_or_else(|| panic!("no error without WebGPU: {check}"));
    assert!(error.contains("WebGPU") && error.contains("--enable-unsafe-webgpu"), "{error}");
    assert!(!error.contains("apt-get"), "a native hint in the browser: {error}");
    // In the page itself, not only in the console.
    assert_eq!(check["status"].as_str(), Some(error), "{check}");
}
