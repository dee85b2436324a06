//! Data-parallel training under `mpirun -n 2` (built with `--features mpi`; run with
//! `cargo test --release --features mpi --test mpi`, Open MPI installed): the two ranks train
//! the weights and metrics of one process with `--chunk batch/2`, bit for bit; a resumed run
//! equals an uninterrupted one, under the same number of ranks or another; a stop signal to
//! mpirun stops every rank, the files whole; a killed rank ends the job with an error, the
//! files whole. Both ranks run on this machine's adapter (lavapipe in CI), oversubscribed on
//! its cores, as root where CI is.

mod common;

use std::path::Path;
use std::process::Command;

use common::{assert_same_run, temp_dir};

/// Run as root (CI), oversubscribed (2 ranks on 2 cores or fewer).
const MPIRUN_ENV: &[(&str, &str)] = &[("OMPI_ALLOW_RUN_AS_ROOT", "1"), ("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1")];

fn run(program: &str, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(program).args(args).envs(MPIRUN_ENV.iter().copied()).output().unwrap_or_else(|e| {
        panic!("{program} does not run ({e}): the MPI tests need Open MPI (apt-get install openmpi-bin libopenmpi-dev)")
    });
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn mpirun(ranks: u32, args: &[&str]) -> (bool, String, String) {
    let n = ranks.to_string();
    let command = [&["-n", n.as_str(), "--oversubscribe", env!("CARGO_BIN_EXE_wgvae")][..], args].concat();
    run("mpirun", &command)
}

#[test]
fn two_ranks_train_the_weights_of_one_process_in_two_chunks_bit_for_bit() {
    let dir = temp_dir("same");
    let (ranked, alone) = (dir.join("ranks"), dir.join("alone"));
    // Dynamic binarization, IWAE with 2 samples: every random stream and both reductions; a KL
    // weight rising over a warm-up, a scheduled rate and clipping of the summed gradients.
    let model = ["train", "--epochs", "2", "--hidden", "64", "--latent", "4", "--batch", "96", "--objective", "iwae"];
    let levers = ["--beta", "0.5", "--kl-warmup", "1", "--lr-schedule", "cosine", "--clip-grad-norm", "20"];
    let common = [&model[..], &["--k", "2", "--no-pictures"], &levers].concat();
    let (ok, stdout, err) = mpirun(2, &[&common[..], &["--out", ranked.to_str().unwrap()]].concat());
    assert!(ok, "mpirun -n 2 wgvae train: {err}\n{stdout}");
    assert!(stdout.contains("batch 96 over 2 ranks, 48 images each"), "{stdout}");
    assert!(stdout.contains("rank 0 of 2: adapter") && stdout.contains("rank 1 of 2: adapter"), "{stdout}");
    // Rank 0 alone prints the epochs.
    assert_eq!(stdout.matches("epoch   2/2").count(), 1, "{stdout}");
    let (ok, _, err) =
        run(env!("CARGO_BIN_EXE_wgvae"), &[&common[..], &["--chunk", "48", "--out", alone.to_str().unwrap()]].concat());
    assert!(ok, "{err}");
    assert_same_run(&ranked, &alone, "2 ranks against 2 chunks");
    let read = |d: &Path, f: &str| std::fs::read(d.join(f)).unwrap();
    assert_eq!(read(&ranked, "config.json"), read(&alone, "config.json"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// GroupNorm's per-image statistics, residual blocks, pooling and upsampling: a small resnet
/// on 512 digits, 2 ranks against 2 chunks.
#[test]
fn two_ranks_train_a_small_resnet_as_one_process_in_two_chunks_bit_for_bit() {
    let dir = temp_dir("same-resnet");
    let (ranked, alone) = (dir.join("ranks"), dir.join("alone"));
    let data = common::digits_file(&dir, "train-images-idx3-ubyte", 0..512);
    let model = ["train", "--arch", "resnet", "--resnet-widths", "4,8,8", "--hidden", "16", "--latent", "3"];
    let run_args = ["--data", data.to_str().unwrap(), "--epochs", "1", "--batch", "64", "--no-pictures"];
    let common = [&model[..], &run_args].concat();
    let (ok, stdout, err) = mpirun(2, &[&common[..], &["--out", ranked.to_str().unwrap()]].concat());
    assert!(ok, "mpirun -n 2 wgvae train --arch resnet: {err}\n{stdout}");
    let (ok, _, err) =
        run(env!("CARGO_BIN_EXE_wgvae"), &[&common[..], &["--chunk", "32", "--out", alone.to_str().unwrap()]].concat());
    assert!(ok, "{err}");
    assert_same_run(&ranked, &alone, "a resnet, 2 ranks against 2 chunks");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_batch_that_does_not_split_over_the_ranks_is_refused_before_any_gpu_work() {
    let dir = temp_dir("batch");
    let (ok, _, err) = mpirun(2, &["train", "--batch", "99", "--epochs", "1", "--out", dir.to_str().unwrap()]);
    assert!(!ok);
    // Each rank finds it; the first to say so names itself and ends the job.
    assert!(err.contains("--batch 99 over 2 ranks") && err.contains(" of 2 on "), "{err}");
    assert!(!dir.join("model.safetensors").exists());
    let (ok, _, err) = mpirun(2, &["train", "--batch", "100", "--chunk", "25", "--epochs", "1"]);
    assert!(!ok && err.contains("--chunk 25 with 2 ranks"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_resumed_two_rank_run_equals_an_uninterrupted_one() {
    let dir = temp_dir("resume");
    let (resumed, straight) = (dir.join("resumed"), dir.join("straight"));
    let common = ["train", "--hidden", "32", "--latent", "3", "--batch", "64", "--no-pictures"];
    let train = |epochs: &str, out: &Path| {
        let (ok, stdout, err) =
            mpirun(2, &[&common[..], &["--epochs", epochs, "--out", out.to_str().unwrap()]].concat());
        assert!(ok, "{err}\n{stdout}");
    };
    train("1", &resumed);
    let (ok, stdout, err) = mpirun(2, &["train", "--resume", resumed.to_str().unwrap(), "--epochs", "2"]);
    assert!(ok && stdout.contains("resuming"), "{err}\n{stdout}");
    train("2", &straight);
    assert_same_run(&resumed, &straight, "resumed under 2 ranks");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_run_resumes_under_another_number_of_ranks_with_the_global_batch_unchanged() {
    let dir = temp_dir("renumber");
    let n = env!("CARGO_BIN_EXE_wgvae");
    let common = ["train", "--hidden", "32", "--latent", "3", "--batch", "64", "--no-pictures"];
    let out = |name: &str| dir.join(name).to_str().unwrap().to_string();
    // One process in two chunks of 32 trains what two ranks do: the reference for both.
    let (ok, _, err) = run(n, &[&common[..], &["--chunk", "32", "--epochs", "2", "--out", &out("straight")]].concat());
    assert!(ok, "{err}");
    // Two ranks for an epoch, then one process.
    let (ok, _, err) = mpirun(2, &[&common[..], &["--epochs", "1", "--out", &out("from-two")]].concat());
    assert!(ok, "{err}");
    let (ok, stdout, err) = run(n, &["train", "--resume", &out("from-two"), "--epochs", "2", "--chunk", "32"]);
    assert!(ok && stdout.contains("resuming") && stdout.contains("batch 64 in 2 chunks of 32"), "{err}\n{stdout}");
    // One process for an epoch, then two ranks.
    let (ok, _, err) = run(n, &[&common[..], &["--chunk", "32", "--epochs", "1", "--out", &out("from-one")]].concat());
    assert!(ok, "{err}");
    let (ok, stdout, err) = mpirun(2, &["train", "--resume", &out("from-one"), "--epochs", "2"]);
    assert!(ok && stdout.contains("batch 64 over 2 ranks, 32 images each"), "{err}\n{stdout}");
    for resumed in ["from-two", "from-one"] {
        assert_same_run(&dir.join(resumed), &dir.join("straight"), resumed);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `mpirun -n 2 wgvae train` of a small model for many epochs, its output piped.
fn long_run(out: &Path) -> std::process::Child {
    let args = ["-n", "2", "--oversubscribe", env!("CARGO_BIN_EXE_wgvae"), "train", "--hidden", "32", "--latent", "3"];
    Command::new("mpirun")
        .args(args)
        .args(["--epochs", "500", "--no-pictures", "--out", out.to_str().unwrap()])
        .envs(MPIRUN_ENV.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("mpirun runs")
}

/// Waits for the first epoch's files in `out`.
fn first_epoch(out: &Path) {
    let started = std::time::Instant::now();
    while !out.join("metrics.csv").exists() {
        assert!(started.elapsed().as_secs() < 120, "no epoch finished in two minutes");
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

fn signal(signal: &str, pid: u32) {
    let status = Command::new("kill").args(["-s", signal, &pid.to_string()]).status().expect("kill runs");
    assert!(status.success(), "kill -s {signal} {pid}");
}

#[test]
fn sigusr1_to_mpirun_stops_every_rank_after_the_same_step_and_the_run_resumes_bit_for_bit() {
    let dir = temp_dir("usr1");
    let (stopped, straight) = (dir.join("stopped"), dir.join("straight"));
    let child = long_run(&stopped);
    first_epoch(&stopped);
    // mpirun forwards SIGUSR1 to every rank and leaves the job to end.
    signal("USR1", child.id());
    let output = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(130), "rank 0's exit status: {said}");
    // Rank 0 alone says where the ranks stopped.
    assert_eq!(said.matches("stopped after step").count(), 1, "{said}");
    let epoch = said.split("stopped after step ").nth(1).unwrap().split(" in epoch ").nth(1).unwrap();
    let epoch = epoch.split(';').next().unwrap().to_string();
    let (ok, stdout, err) = mpirun(2, &["train", "--resume", stopped.to_str().unwrap(), "--epochs", &epoch]);
    assert!(ok && stdout.contains("resuming"), "{err}\n{stdout}");
    let common = ["train", "--hidden", "32", "--latent", "3", "--no-pictures", "--epochs", &epoch];
    let (ok, _, err) = mpirun(2, &[&common[..], &["--out", straight.to_str().unwrap()]].concat());
    assert!(ok, "{err}");
    assert_same_run(&stopped, &straight, "stopped by SIGUSR1, resumed");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sigterm_to_mpirun_ends_every_rank_and_the_files_stay_whole() {
    let dir = temp_dir("sigterm");
    let out = dir.join("run");
    let child = long_run(&out);
    first_epoch(&out);
    let started = std::time::Instant::now();
    // Ctrl-C at a terminal is the same to mpirun: SIGTERM to every rank, SIGKILL a second later.
    signal("TERM", child.id());
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(started.elapsed().as_secs() < 60, "the job ended, not hung");
    // Whatever the ranks reached before the SIGKILL, the files are whole: they evaluate, and the
    // run goes on from them for one more epoch.
    let n = env!("CARGO_BIN_EXE_wgvae");
    let (ok, stdout, err) = run(n, &["eval", "--checkpoint", out.to_str().unwrap(), "--k", "2", "--json"]);
    assert!(ok && stdout.contains("log_likelihood"), "{err}\n{stdout}");
    let epochs = std::fs::read_to_string(out.join("metrics.csv")).unwrap().lines().count() - 1;
    let more = (epochs + 1).to_string();
    let (ok, stdout, err) = mpirun(2, &["train", "--resume", out.to_str().unwrap(), "--epochs", &more]);
    assert!(ok && stdout.contains("resuming"), "{err}\n{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The pid of the wgvae rank `rank` whose command line holds `marker` (read from /proc).
fn rank_pid(rank: u32, marker: &str) -> Option<u32> {
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
        let has = |bytes: &[u8], s: &str| bytes.windows(s.len()).any(|w| w == s.as_bytes());
        if has(&cmdline, marker) && !has(&cmdline, "mpirun") && has(&environ, &format!("OMPI_COMM_WORLD_RANK={rank}\0"))
        {
            return Some(pid);
        }
    }
    None
}

#[test]
fn a_killed_rank_ends_the_job_with_an_error_and_the_files_stay_whole() {
    let dir = temp_dir("killed");
    let out = dir.join("run");
    let n = env!("CARGO_BIN_EXE_wgvae");
    let child = long_run(&out);
    // After the first epoch's files, kill rank 1.
    let started = std::time::Instant::now();
    first_epoch(&out);
    let pid = rank_pid(1, out.to_str().unwrap()).expect("rank 1's process");
    signal("KILL", pid);
    let output = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success(), "{said}");
    assert!(said.contains("rank 1") && said.contains("signal 9"), "mpirun's report names the rank: {said}");
    assert!(started.elapsed().as_secs() < 300, "the job ended, not hung");
    // The files are those of a finished epoch, whole: they load and evaluate.
    let (ok, stdout, err) = run(n, &["eval", "--checkpoint", out.to_str().unwrap(), "--k", "2", "--json"]);
    assert!(ok, "{err}");
    assert!(stdout.contains("log_likelihood"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn two_ranks_evaluate_the_estimates_of_one_process() {
    let dir = temp_dir("eval");
    let run_dir = dir.join("run");
    let n = env!("CARGO_BIN_EXE_wgvae");
    let train = ["train", "--hidden", "32", "--latent", "3", "--epochs", "1", "--no-pictures", "--out"];
    let (ok, _, err) = run(n, &[&train[..], &[run_dir.to_str().unwrap()]].concat());
    assert!(ok, "{err}");
    // K = 300: batches of 54 images (16,384 rows / 300), 19 of them, shared by the two ranks.
    let eval = ["eval", "--checkpoint", run_dir.to_str().unwrap(), "--k", "300", "--naive-k", "20", "--json"];
    let csv = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let (ok, alone, err) = run(n, &[&eval[..], &["--per-image", &csv("alone.csv")]].concat());
    assert!(ok, "{err}");
    let (ok, ranked, err) = mpirun(2, &[&eval[..], &["--per-image", &csv("ranked.csv")]].concat());
    assert!(ok, "{err}");
    let numbers = |text: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"));
        for timing in ["seconds", "samples_per_second"] {
            v.as_object_mut().unwrap().remove(timing);
        }
        // The first run fits the latent mixture and saves it; the second reuses it.
        v["aggregate_posterior"].as_object_mut().unwrap().remove("reused");
        v
    };
    assert_eq!(numbers(&ranked), numbers(&alone), "rank 0 prints the one process's estimates, once");
    assert_eq!(std::fs::read(csv("ranked.csv")).unwrap(), std::fs::read(csv("alone.csv")).unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
}
