//! Runs that stop and go on: `wgvae train --resume` after the last epoch and after Ctrl-C gives
//! the weights of an uninterrupted run bit for bit, a bad training state is refused by name, and
//! a kill -9 at any moment leaves files that load (the writes are temp file, fsync, rename).

mod common;

use common::{fresh_path, skip_without_gpu, wgvae, wgvae_command};

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use wgvae::model::checkpoint;
use wgvae::train::state::{STATE_FILE, TrainingState};

/// A small model that trains fast on the bundled digits: 30 steps an epoch.
const SMALL: [&str; 7] = ["--hidden", "32", "--latent", "4", "--batch", "300", "--no-pictures"];

/// A fresh run of the small model for `epochs` into `dir`.
fn train(dir: &Path, epochs: u32) -> bool {
    let epochs = epochs.to_string();
    let mut args = vec!["train", "--epochs", &epochs, "--out", dir.to_str().unwrap()];
    args.extend(SMALL);
    let (ok, _, err) = wgvae(&args);
    if skip_without_gpu(!ok, &err) {
        return false;
    }
    assert!(ok, "wgvae train failed: {err}");
    true
}

/// A run of the small model long enough to be stopped, its output piped.
fn spawn_long_run(dir: &Path) -> std::process::Child {
    wgvae_command()
        .args(["train", "--epochs", "40", "--out", dir.to_str().unwrap()])
        .args(SMALL)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wgvae runs")
}

fn resume(dir: &Path, epochs: u32) -> String {
    let epochs = epochs.to_string();
    let (ok, out, err) = wgvae(&["train", "--resume", dir.to_str().unwrap(), "--epochs", &epochs, "--no-pictures"]);
    assert!(ok, "wgvae train --resume failed: {err}");
    out
}

/// The weights as bits, and the metrics.csv columns that do not depend on the clock.
fn outcome(dir: &Path) -> (Vec<u32>, Vec<String>) {
    let (_, params) = checkpoint::load(dir).unwrap();
    let bits = params.layers.iter().flat_map(|l| l.weight.iter().chain(&l.bias)).map(|v| v.to_bits()).collect();
    let csv = std::fs::read_to_string(dir.join("metrics.csv")).unwrap();
    let rows = csv.lines().map(|l| l.split(',').take(8).collect::<Vec<_>>().join(",")).collect();
    (bits, rows)
}

#[test]
fn resume_after_the_last_epoch_matches_an_uninterrupted_run() {
    let (straight, stopped) = (fresh_path("straight3"), fresh_path("stopped2"));
    if !train(&straight, 3) || !train(&stopped, 2) {
        return;
    }
    let out = resume(&stopped, 3);
    assert!(out.contains("resuming") && out.contains("epoch   3/3"), "{out}");
    assert_eq!(outcome(&stopped), outcome(&straight), "weights and metrics after 2 + 1 epochs vs 3");
    // Nothing left to do: a clear error, and the run untouched.
    let (ok, _, err) = wgvae(&["train", "--resume", stopped.to_str().unwrap(), "--epochs", "3"]);
    assert!(!ok && err.contains("finished 3 epochs"), "{err}");
    // The run's own settings: options that would change them are refused.
    let (ok, _, err) = wgvae(&["train", "--resume", stopped.to_str().unwrap(), "--epochs", "4", "--lr", "0.1"]);
    assert!(!ok && err.contains("--lr") && err.contains("--resume"), "{err}");
    for dir in [straight, stopped] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn ctrl_c_saves_mid_epoch_and_resume_matches_an_uninterrupted_run() {
    let stopped = fresh_path("sigint");
    let mut child = spawn_long_run(&stopped);
    // Wait for the second epoch's line, then a little into the third epoch.
    let lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut seen = vec![];
    for line in lines {
        let line = line.unwrap();
        let second = line.starts_with("epoch   2/");
        seen.push(line);
        if second {
            break;
        }
    }
    if !seen.iter().any(|l| l.starts_with("epoch   2/")) {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        if skip_without_gpu(true, &err) {
            return;
        }
        panic!("no second epoch: {seen:?} {err}");
    }
    std::thread::sleep(Duration::from_millis(150));
    // SAFETY: kill only sends a signal to the child we spawned.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("stopped after step") && err.contains("--resume"), "{err}");
    // Where it stopped, and the same number of epochs without a stop.
    let state = TrainingState::load(&stopped).unwrap();
    let (epoch, done) = (state.progress.epoch, state.progress.epoch_steps);
    assert!(epoch >= 3 && state.progress.steps == (epoch - 1) * 30 + done, "{:?}", state.progress);
    let out = resume(&stopped, epoch + 1);
    assert!(out.contains(&format!("(epoch {epoch}, {done} of its steps done)")), "{out}");
    let straight = fresh_path("sigint-straight");
    assert!(train(&straight, epoch + 1));
    assert_eq!(outcome(&stopped), outcome(&straight), "stopped at step {done} of epoch {epoch}, resumed");
    for dir in [straight, stopped] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn a_stop_after_the_last_step_of_an_epoch_resumes_into_that_epochs_end() {
    // A stop after an epoch's last step saves the state of the end of the epoch without its
    // record (held-out ELBO, metrics row): the state after 2 epochs less its last record.
    let (straight, stopped) = (fresh_path("straight-last-step"), fresh_path("stopped-last-step"));
    if !train(&straight, 2) || !train(&stopped, 2) {
        return;
    }
    let mut state = TrainingState::load(&stopped).unwrap();
    assert_eq!((state.progress.epoch, state.progress.epoch_steps, state.progress.records.len()), (2, 30, 2));
    state.progress.records.pop();
    state.save(&stopped).unwrap();
    std::fs::remove_file(stopped.join("metrics.csv")).unwrap();
    let out = resume(&stopped, 2);
    assert!(out.contains("epoch   2/2"), "epoch 2's end, with no step left to run: {out}");
    assert_eq!(outcome(&stopped), outcome(&straight), "the epoch's record and the same weights");
    for dir in [straight, stopped] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn bad_training_states_are_refused_by_name() {
    let dir = fresh_path("bad-state");
    if !train(&dir, 1) {
        return;
    }
    let path = dir.join(STATE_FILE);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let (ok, _, err) = wgvae(&["train", "--resume", dir.to_str().unwrap(), "--epochs", "2"]);
    assert!(!ok && err.contains(path.to_str().unwrap()) && !err.contains("panicked"), "{err}");
    std::fs::remove_file(&path).unwrap();
    let (ok, _, err) = wgvae(&["train", "--resume", dir.to_str().unwrap(), "--epochs", "2"]);
    assert!(!ok && err.contains(STATE_FILE) && err.contains("No such file"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn kill_9_in_the_middle_of_a_checkpoint_write_leaves_files_that_load() {
    // The default model: 2.6 MB of weights and 7.8 MB of training state, each written to a
    // temporary file, synced and renamed after every epoch of 1-3 s. Each round waits for the
    // first epoch's files, then for a temporary file to appear (a write under way) and kills
    // the run at once.
    let dir = fresh_path("kill9");
    let mut caught = 0;
    for round in 0..3 {
        let mut child = wgvae_command()
            .args(["train", "--epochs", "50", "--no-pictures", "--out", dir.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("wgvae runs");
        let started = std::time::Instant::now();
        let writing = || {
            std::fs::read_dir(&dir)
                .map(|entries| {
                    entries.filter_map(|e| e.ok()).any(|e| e.file_name().to_string_lossy().contains(".tmp-"))
                })
                .unwrap_or(false)
        };
        // config.json is the last file an epoch writes; then the next epoch's writes.
        let mut first_epoch_done = false;
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                let mut err = String::new();
                std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
                if skip_without_gpu(true, &err) {
                    return;
                }
                panic!("wgvae train ended ({status}) early: {err}");
            }
            assert!(started.elapsed() < Duration::from_secs(120), "no checkpoint write within 2 minutes");
            first_epoch_done |= dir.join(checkpoint::CONFIG_FILE).exists();
            if first_epoch_done && writing() {
                caught += 1;
                break;
            }
            if first_epoch_done && started.elapsed() > Duration::from_secs(60) {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Whatever was being written, each file there is whole, and the run resumes from it.
        checkpoint::load(&dir).unwrap_or_else(|e| panic!("round {round}: the checkpoint does not load: {e}"));
        let state = TrainingState::load(&dir).unwrap_or_else(|e| panic!("round {round}: the state does not load: {e}"));
        assert!(state.progress.epoch >= 1 && state.progress.steps > 0, "{:?}", state.progress);
        std::fs::remove_dir_all(&dir).unwrap();
    }
    assert!(caught >= 1, "no round caught a write under way");
}

#[test]
fn sigterm_stops_like_ctrl_c() {
    let dir = fresh_path("sigterm");
    let mut child = spawn_long_run(&dir);
    let first =
        BufReader::new(child.stdout.take().unwrap()).lines().map_while(|l| l.ok()).find(|l| l.starts_with("epoch"));
    if first.is_none() {
        let err = String::from_utf8_lossy(&child.wait_with_output().unwrap().stderr).into_owned();
        assert!(skip_without_gpu(true, &err), "no first epoch: {err}");
        return;
    }
    // SAFETY: kill only sends a signal to the child we spawned.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGTERM);
    }
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("--resume"), "{err}");
    let state = TrainingState::load(&dir).unwrap();
    assert!(state.progress.steps >= 30, "{:?}", state.progress);
    checkpoint::load(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn divergence_after_an_epoch_keeps_the_last_finite_checkpoint() {
    // One good epoch, then the same run continued (through the library) with a learning rate
    // that sends the loss to NaN: the run stops in epoch 2 and the files stay epoch 1's.
    let dir = fresh_path("diverge");
    if !train(&dir, 1) {
        return;
    }
    let before: Vec<Vec<u8>> =
        [checkpoint::WEIGHTS_FILE, STATE_FILE].iter().map(|f| std::fs::read(dir.join(f)).unwrap()).collect();
    let state = TrainingState::load(&dir).unwrap();
    let gpu = wgvae::gpu::Gpu::new(&Default::default()).unwrap();
    let mut options = state.progress.options.clone();
    options.adam.lr = 10.0;
    let (train_set, test_set) =
        (wgvae::data::Dataset::bundled_train().unwrap(), wgvae::data::Dataset::bundled_test().unwrap());
    let display = wgvae::train::run::RunDisplay { progress: false, pictures: false, mixture_components: None };
    let start = wgvae::train::run::Start::Resume(&state);
    let e = wgvae::train::run::train(
        &gpu,
        &state.config,
        &options,
        start,
        &train_set,
        Some(&test_set),
        3,
        &dir,
        display,
        None,
    )
    .err()
    .expect("a learning rate of 10 diverges")
    .to_string();
    assert!(e.contains("in epoch 2") && e.contains("checkpoint of epoch 1") && e.contains("Lower --lr"), "{e}");
    let after: Vec<Vec<u8>> =
        [checkpoint::WEIGHTS_FILE, STATE_FILE].iter().map(|f| std::fs::read(dir.join(f)).unwrap()).collect();
    assert!(before == after, "the files of epoch 1 changed");
    let (_, params) = checkpoint::load(&dir).unwrap();
    assert!(params.layers.iter().all(|l| l.weight.iter().chain(&l.bias).all(|v| v.is_finite())));
    std::fs::remove_dir_all(&dir).unwrap();
}
