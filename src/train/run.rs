//! The `wgvae train` loop: epochs of steps with a progress bar, a line per epoch, and after
//! each epoch the checkpoint and metrics.csv, written atomically into the run's folder.

use pollster::FutureExt as _;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use web_time::{Instant, SystemTime, UNIX_EPOCH};

use super::metrics::{self, EpochRecord, METRICS_FILE};
use super::pictures::{self, EpochPictures};
use super::schedule::{KlWeight, LrSchedule};
use super::state::{Progress, TrainingState};
use super::{TrainOptions, Trainer};
use crate::data::Dataset;
use crate::error::{Error, Result};
use crate::eval::{EvalOptions, Evaluator};
use crate::files::write_atomic;
use crate::gpu::Gpu;
use crate::kernels::matmul::MatmulKernel;
use crate::model::likelihood::bits_per_dim;
use crate::model::{ModelConfig, Parameters, checkpoint};
use crate::ranks::Ranks;

/// What a run did.
pub struct RunSummary {
    pub epochs: Vec<EpochRecord>,
    /// Data-parallel: where the steps' time went besides the shares' work.
    pub exchange: super::exchange::ExchangeTimes,
    /// From the start of [`train`] until the first step had finished on the GPU: building the
    /// pipelines, uploading the data, and one step.
    pub time_to_first_step: Duration,
    pub launches_per_step: usize,
}

/// The run's folder when none is given: `runs/<UTC date and time>`.
pub fn default_out_dir() -> PathBuf {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + (month <= 2) as i64;
    PathBuf::from(format!(
        "runs/{year:04}-{month:02}-{day:02}_{:02}-{:02}-{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    ))
}

/// What a run shows and writes besides the checkpoint and metrics.csv.
#[derive(Clone, Copy, Debug)]
pub struct RunDisplay {
    /// A progress bar per epoch (on a terminal).
    pub progress: bool,
    /// Samples, reconstructions and curves.png after every epoch.
    pub pictures: bool,
    /// With the pictures: samples from a mixture of this many components fitted to the
    /// encoder's means of the training images after every epoch, the last one saved beside
    /// the checkpoint for `wgvae sample --prior gmm`.
    pub mixture_components: Option<u32>,
}

/// Where a run starts: new weights, or a saved run's state (`wgvae train --resume`).
pub enum Start<'a> {
    Fresh(&'a Parameters),
    Resume(&'a TrainingState),
}

/// Set by [`request_stop`] (the binary's SIGINT and SIGTERM handler): the run stops after the
/// step under way, saving where it stands.
static STOP: AtomicBool = AtomicBool::new(false);

/// Asks a running [`train`] to stop after its current step and save its state. Only stores
/// to an atomic, so a signal handler may call it.
pub fn request_stop() {
    STOP.store(true, Ordering::SeqCst);
}

/// The error of a run whose training bound became `bound` (not finite) by step `step` of
/// `epoch`: the files in `out` are those of the last finished epoch, all finite.
fn diverged(epoch: u32, step: u32, steps: u32, bound: f64, out: &Path) -> Error {
    let kept = match epoch {
        1 => "no checkpoint was written".to_string(),
        e => format!("the checkpoint of epoch {} in {} is the last finite one", e - 1, out.display()),
    };
    Error::Diverged(format!(
        "the training loss is {} by step {step} of {steps} in epoch {epoch}; {kept}. Lower --lr, or for the Gaussian decoder raise --logvar-floor",
        -bound
    ))
}

/// Where the run's data came from, as a resumed run finds it again: None for the bundled set.
fn data_path(data: &Dataset, bundled: PathBuf) -> Option<PathBuf> {
    (data.source != bundled).then(|| data.source.clone())
}

/// Trains until epoch `epochs`, printing a line per epoch (and a progress bar when asked), and
/// writes the checkpoint, the training state, metrics.csv and (when asked) the pictures into
/// `out` after every epoch; a stop request saves the same mid-epoch and ends the run with
/// [`Error::Interrupted`].
#[allow(clippy::too_many_arguments)]
pub fn train(
    gpu: &Gpu,
    config: &ModelConfig,
    options: &TrainOptions,
    start_from: Start<'_>,
    train: &Dataset,
    test: Option<&Dataset>,
    epochs: u32,
    out: &Path,
    display: RunDisplay,
    ranks: Option<&dyn Ranks>,
) -> Result<RunSummary> {
    // Data-parallel: every rank trains the same weights; rank 0 alone prints and writes.
    let writes = ranks.is_none_or(|r| r.rank() == 0);
    let display = RunDisplay { progress: display.progress && writes, pictures: display.pictures && writes, ..display };
    let start = Instant::now();
    // A stop asked for by an earlier run of this process is not this run's.
    STOP.store(false, Ordering::SeqCst);
    let saved_options = options.clone();
    // Forward, dW and dX: three matmuls per layer, the decoder's on every sample.
    let [encoder, decoder] = config.trunk_costs();
    let per_image = 3.0 * (encoder.flops + decoder.flops * options.samples as f64);
    let images = epochs as f64 * (train.count as u32 / options.batch.max(1)) as f64 * options.batch as f64;
    let options = &TrainOptions {
        kernel: options.kernel.for_run(MatmulKernel::software_seconds(images * per_image)),
        ..options.clone()
    };
    let params = match start_from {
        Start::Fresh(params) => params,
        Start::Resume(state) => &state.params,
    };
    let mut trainer = Trainer::with_ranks(gpu, config.clone(), options.clone(), params, train, test, ranks)?;
    // Bits per dimension beside nats where log p(x|z) is a probability of the held-out data.
    let with_bits = config.likelihood.is_mass_function(options.binarize || test.is_some_and(Dataset::is_binary));
    if trainer.data_streamed() && writes {
        println!(
            "streaming the {:.1} MiB of training images a batch ahead of each step (more than the GPU keeps whole, \
             or --data-mode stream)",
            train.images.len() as f64 / (1 << 20) as f64
        );
    }
    let steps = trainer.steps_per_epoch();
    // The epoch to start in, the steps of it already done and the records of the epochs before.
    let (first_epoch, mut done, mut sums, mut clip_sums, mut records) = match start_from {
        Start::Fresh(_) => (1, 0, [0.0; 3], [0.0; 2], vec![]),
        Start::Resume(state) => {
            let p = &state.progress;
            trainer.restore_optimizer(&state.moments, p.steps)?;
            // All of an epoch's steps done and its record kept: the next epoch. A stop after the
            // epoch's last step comes before its record, so that epoch's end is still to do.
            if p.epoch_steps >= steps && p.records.len() as u32 >= p.epoch {
                (p.epoch + 1, 0, [0.0; 3], [0.0; 2], p.records.clone())
            } else {
                (p.epoch, p.epoch_steps, p.sums, p.clip_sums, p.records.clone())
            }
        }
    };
    if first_epoch > epochs {
        return Err(Error::Invalid(format!(
            "--epochs {epochs}: the run in {} has finished {} epochs; ask for more",
            out.display(),
            first_epoch - 1
        )));
    }
    let save_state = |trainer: &mut Trainer, epoch: u32, epoch_steps: u32, records: &[EpochRecord]| -> Result<()> {
        let progress = Progress {
            format_version: super::state::STATE_VERSION,
            options: saved_options.clone(),
            data: data_path(train, Dataset::bundled_train_path()),
            test_data: test.and_then(|t| data_path(t, Dataset::bundled_test_path())),
            read: train.read,
            epoch,
            epoch_steps,
            steps: trainer.steps,
            sums: trainer.epoch_sums().block_on()?,
            clip_sums: trainer.clip_sums().block_on()?,
            records: records.to_vec(),
        };
        TrainingState::new(config.clone(), trainer.parameters().block_on()?, trainer.moments().block_on()?, progress)
            .save(out)
    };
    let launches = trainer.launches_per_step();
    let mut importance = match (options.eval_every, test) {
        (0, _) => None,
        (_, None) => return Err(Error::Invalid("--eval-every needs held-out data (--test-data)".into())),
        (_, Some(test)) => {
            let eval = EvalOptions {
                samples: options.eval_samples,
                naive_samples: 0,
                bound_sizes: vec![],
                binarize: options.binarize,
                seed: options.seed,
                kernel: options.kernel,
                chunk: None,
                data_mode: options.data_mode,
            };
            Some(Evaluator::new(gpu, config, trainer.gpu_params(), test, eval)?)
        }
    };
    let mut time_to_first_step = None;
    // Built after the first epoch: its launches would otherwise be the process's first
    // submission, which the cold-start warm-up reads as the training step's.
    let mut epoch_pictures: Option<EpochPictures> = None;
    for epoch in first_epoch..=epochs {
        let bar = if display.progress { ProgressBar::new(steps as u64) } else { ProgressBar::hidden() };
        bar.set_style(
            ProgressStyle::with_template("epoch {prefix} [{bar:30}] {pos}/{len} {msg} ETA {eta}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        bar.set_prefix(format!("{epoch}/{epochs}"));
        if done > 0 {
            trainer.continue_epoch(epoch, done, sums, clip_sums)?;
        } else {
            trainer.start_epoch(epoch)?;
        }
        let epoch_start = Instant::now();
        let mut last_request = Instant::now();
        let first_step = done;
        for s in first_step..steps {
            let stop = trainer.step_and_agree(STOP.load(Ordering::SeqCst))?;
            if time_to_first_step.is_none() {
                trainer.finish()?;
                time_to_first_step = Some(start.elapsed());
            }
            if stop {
                bar.finish_and_clear();
                if writes {
                    save_state(&mut trainer, epoch, s + 1, &records)?;
                    checkpoint::save(out, config, &trainer.parameters().block_on()?)?;
                }
                return Err(Error::Interrupted(format!(
                    "stopped after step {} of {steps} in epoch {epoch}; the checkpoint and the training state are in {}; continue with: wgvae train --resume {} --epochs {epochs}",
                    s + 1,
                    out.display(),
                    out.display()
                )));
            }
            if let Some(m) = trainer.poll_progress() {
                // NaN or infinity in the running sums: stop now, before the epoch's checkpoint.
                if !m.bound.is_finite() {
                    bar.finish_and_clear();
                    return Err(diverged(epoch, s + 1, steps, m.bound, out));
                }
                let rate = (s + 1 - first_step) as f64 * options.batch as f64 / epoch_start.elapsed().as_secs_f64();
                bar.set_message(format!("loss {:.2} | {rate:.0} images/s", -m.bound));
            }
            if last_request.elapsed() > Duration::from_millis(250) {
                trainer.request_progress();
                last_request = Instant::now();
            }
            bar.set_position(s as u64 + 1);
        }
        let means = trainer.epoch_means().block_on()?;
        let seconds = epoch_start.elapsed().as_secs_f64();
        bar.finish_and_clear();
        if !means.bound.is_finite() {
            return Err(diverged(epoch, steps, steps, means.bound, out));
        }
        let heldout = trainer.evaluate().block_on()?;
        if let Some(h) = heldout.filter(|h| !h.bound.is_finite()) {
            return Err(Error::Diverged(format!(
                "the held-out ELBO is {} after epoch {epoch} (training loss {:.2}); lower --lr, or for the Gaussian decoder raise --logvar-floor",
                h.bound, -means.bound
            )));
        }
        // The same binarization and samples every time, so epochs compare on equal terms.
        let heldout_log_likelihood = match &mut importance {
            Some(evaluator) if epoch % options.eval_every == 0 || epoch == epochs => {
                Some(evaluator.run_with_ranks(ranks, |_, _| {}).block_on()?.log_likelihood().mean)
            }
            _ => None,
        };
        let last_step = trainer.values_at(trainer.steps.max(1) - 1);
        // Clipping: the mean gradient norm before it and the share of steps it scaled.
        let clipping = match options.clip_grad_norm {
            Some(_) => {
                let [norms, clipped] = trainer.clip_sums().block_on()?;
                Some((norms as f64 / steps as f64, clipped as f64 / steps as f64))
            }
            None => None,
        };
        let record = EpochRecord {
            epoch,
            train: means,
            heldout,
            heldout_log_likelihood,
            seconds,
            images_per_second: (steps - first_step) as f64 * options.batch as f64 / seconds,
            beta: last_step.beta as f64,
            lr: Some(last_step.lr as f64),
            grad_norm: clipping.map(|c| c.0),
            clipped: clipping.map(|c| c.1),
        };
        (done, sums, clip_sums) = (0, [0.0; 3], [0.0; 2]);
        let bits = |nats: f64| match with_bits {
            true => format!(" ({:.4} bits/dim)", bits_per_dim(nats, config.input_dim())),
            false => String::new(),
        };
        let mut heldout_text = heldout.map_or(String::from("no held-out data"), |h| {
            format!("held-out ELBO {:.2} nats{}", h.bound, bits(h.bound))
        });
        if let Some(ll) = heldout_log_likelihood {
            let _ = write!(heldout_text, ", log p(x) ≈ {ll:.2}{} (K = {})", bits(ll), options.eval_samples);
        }
        // The levers, where a run moves them: the KL (and its weight), the learning rate.
        let mut levers = String::new();
        if options.kl != KlWeight::default() {
            let _ = write!(levers, "  KL {:.2} β {}", means.kl, record.beta as f32);
        }
        if options.lr_schedule != LrSchedule::default() {
            let _ = write!(levers, "  lr {:.3e}", last_step.lr);
        }
        if let Some((norm, clipped)) = clipping {
            let _ = write!(levers, "  ‖g‖ {norm:.2}, {:.0}% clipped", 100.0 * clipped);
        }
        let images_per_second = record.images_per_second;
        records.push(record);
        if !writes {
            continue;
        }
        println!(
            "epoch {epoch:>3}/{epochs}  train loss {:.2}{levers}  {heldout_text}  {:.1} s  {images_per_second:.0} images/s",
            -means.bound, seconds,
        );
        save_state(&mut trainer, epoch, steps, &records)?;
        checkpoint::save(out, config, &trainer.parameters().block_on()?)?;
        write_atomic(&out.join(METRICS_FILE), metrics::csv(&records).as_bytes())?;
        if display.pictures {
            let drawn = match epoch_pictures.take() {
                Some(p) => p,
                None => {
                    let images = test.unwrap_or(train);
                    let (params, kernel) = (trainer.gpu_params(), options.kernel);
                    EpochPictures::build(gpu, config, params, images, options.seed, kernel, out)?
                }
            };
            drawn.draw(gpu, epoch)?;
            if let Some(components) = display.mixture_components {
                drawn.draw_mixture_samples(gpu, config, trainer.gpu_params(), train, components, epoch, out)?;
            }
            epoch_pictures = Some(drawn);
            pictures::draw_curves(&out.join(pictures::CURVES_FILE), &records)?;
        }
    }
    Ok(RunSummary {
        exchange: trainer.exchange,
        epochs: records,
        time_to_first_step: time_to_first_step.unwrap_or_default(),
        launches_per_step: launches,
    })
}
