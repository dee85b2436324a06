//! Throughput measurements. Speed is measured here, never asserted in tests. Figures are
//! medians over repeats; besides wall-clock GFLOP/s, each carries GFLOP per CPU-second of this
//! process (llvmpipe's worker threads included), a figure that holds on a shared machine.

use pollster::FutureExt as _;
use web_time::Instant;

use rand::{RngExt, SeedableRng};

use crate::data::Dataset;
use crate::data::gpu_images::DataMode;
use crate::error::Result;
use crate::eval::{EvalOptions, Evaluator};
use crate::gpu::Gpu;
use crate::kernels::activation::Activation;
use crate::kernels::adam::AdamConfig;
use crate::kernels::matmul::{self, LinearOp, LinearShape, MatmulKernel};
use crate::model::architecture::Shape;
use crate::model::gpu_params::GpuParams;
use crate::model::likelihood::Likelihood;
use crate::model::{ModelConfig, Objective, Parameters};
use crate::train::{TrainOptions, Trainer};

/// This process's user + system CPU time in seconds (None where the platform has no getrusage).
pub fn process_cpu_seconds() -> Option<f64> {
    #[cfg(unix)]
    {
        // SAFETY: getrusage only writes the struct it is given.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
            return None;
        }
        let t = |tv: libc::timeval| tv.tv_sec as f64 + tv.tv_usec as f64 * 1e-6;
        Some(t(usage.ru_utime) + t(usage.ru_stime))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// One measured matmul.
#[derive(Clone, Debug)]
pub struct MatmulResult {
    /// rows × inputs × outputs (M×K×N).
    pub shape: [u32; 3],
    pub op: LinearOp,
    pub kernel: MatmulKernel,
    pub millis: f64,
    pub gflops: f64,
    pub gflops_per_cpu_second: Option<f64>,
}

impl MatmulResult {
    /// As `wgvae bench` prints it and writes it to JSON.
    pub fn row(&self) -> MatmulRow {
        let [m, k, n] = self.shape;
        MatmulRow {
            shape: format!("{m}x{k}x{n}"),
            op: self.op.name(),
            kernel: format!("{:?}", self.kernel).to_lowercase(),
            millis: self.millis,
            gflops: self.gflops,
            gflops_per_cpu_second: self.gflops_per_cpu_second,
        }
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// The shapes the engine issue asks about: the default model's layers at batch 128, ten
/// times the batch, and a square 1024³.
pub const MATMUL_SHAPES: [[u32; 3]; 4] = [[128, 784, 400], [128, 400, 784], [1280, 784, 400], [1024, 1024, 1024]];

/// The classic MNIST VAE that `wgvae train` builds by default: 784-400-20, ReLU, Bernoulli.
pub fn default_model() -> Result<ModelConfig> {
    ModelConfig::mlp([28, 28], vec![400], 20, Activation::Relu, Likelihood::Bernoulli)
}

/// The shapes (M, K, N) of a model's matmuls in a training step at `batch` images with each
/// of `ks` samples per image: the encoder's rows are the images, the decoder's the samples
/// (times the pixels, for a convolution).
pub fn model_shapes(config: &ModelConfig, batch: u32, ks: &[u32]) -> Vec<[u32; 3]> {
    let [channels, height, width] = config.input();
    let mut shapes = vec![];
    for &k in ks {
        let trunks = [
            (config.encoder_layers(), Shape::Image { channels, height, width }, batch),
            (config.decoder_layers(), Shape::Flat(config.latent()), batch * k),
        ];
        for ((layers, outputs), mut input, rows) in trunks {
            for (layer, &output) in layers.iter().zip(&outputs) {
                if let Some([m, k, n]) = layer.matmul_dims(input, output) {
                    let shape = [rows * m as u32, k as u32, n as u32];
                    if !shapes.contains(&shape) {
                        shapes.push(shape);
                    }
                }
                input = output;
            }
        }
    }
    shapes
}

/// Times the matmul `op` of a linear layer at `shape` (M, K, N) with `kernel`: per repeat, enough launches
/// in one pass to last ~0.2 s, submitted once.
pub fn matmul(gpu: &Gpu, shape: [u32; 3], op: LinearOp, kernel: MatmulKernel, repeats: usize) -> Result<MatmulResult> {
    let [m, k, n] = shape;
    let s = LinearShape::new(m, k, n);
    let mut rng = rand::rngs::StdRng::seed_from_u64(1);
    let mut random = |len: u32| -> Vec<f32> { (0..len).map(|_| rng.random_range(-1.0f32..1.0)).collect() };
    let x = gpu.upload("x", &random(m * k))?;
    let w = gpu.upload("w", &random(n * k))?;
    let b = gpu.upload("b", &random(n))?;
    let dz = gpu.upload("dz", &random(m * n))?;
    let out = gpu.zeros::<f32>("out", (m * n).max(n * k).max(m * k) as usize)?;
    let resolved = matmul::resolve_kernel(gpu, kernel, op, &s)?;
    let dispatch = match op {
        LinearOp::Forward => matmul::linear_forward(gpu, &x, &w, Some(&b), &out, s, Activation::Relu, kernel)?,
        // With the bias gradient, as training runs it.
        LinearOp::GradWeight => matmul::linear_grad_weight(gpu, &dz, &x, &out, Some(&b), s, kernel)?,
        LinearOp::GradInput => matmul::linear_grad_input(gpu, &dz, &w, &out, s, kernel)?,
    };
    dispatch.wait_compiled()?;
    let time = |launches: usize| -> Result<(f64, Option<f64>)> {
        let cpu0 = process_cpu_seconds();
        let t0 = Instant::now();
        gpu.run(&vec![&dispatch; launches])?;
        let wall = t0.elapsed().as_secs_f64();
        let cpu = cpu0.and_then(|c0| process_cpu_seconds().map(|c1| c1 - c0));
        Ok((wall, cpu))
    };
    let (first, _) = time(1)?;
    let launches = ((0.2 / first.max(1e-6)).ceil() as usize).clamp(1, 1000);
    let mut walls = vec![];
    let mut per_cpu = vec![];
    for _ in 0..repeats.max(1) {
        let (wall, cpu) = time(launches)?;
        walls.push(wall / launches as f64);
        if let Some(c) = cpu {
            per_cpu.push(s.flops() * launches as f64 / c / 1e9);
        }
    }
    let per_launch = median(walls);
    Ok(MatmulResult {
        shape,
        op,
        kernel: resolved,
        millis: per_launch * 1e3,
        gflops: s.flops() / per_launch / 1e9,
        gflops_per_cpu_second: (!per_cpu.is_empty()).then(|| median(per_cpu)),
    })
}

/// Steady-state training throughput of one model and objective.
#[derive(Clone, Debug, serde::Serialize)]
pub struct TrainResult {
    pub samples: u32,
    pub images_per_second: f64,
    /// Images per CPU-second of this process: the figure that holds on a shared machine.
    pub images_per_cpu_second: Option<f64>,
    pub millis_per_step: f64,
    pub launches_per_step: usize,
    /// From building the trainer (pipelines, uploads) to the end of its first step.
    pub first_step_seconds: f64,
    /// With `per_launch`: milliseconds of each launch of a step, in order, and how they were
    /// taken (GPU timestamps where the adapter has them, else wall clock).
    pub launch_millis: Vec<(&'static str, f64)>,
    pub launch_timing: &'static str,
    /// Host time to record and submit one step (median, queue idle): the CPU cost of driving
    /// the GPU, beside the GPU's own time.
    pub host_micros_per_step: f64,
    /// Whether the images were streamed batch by batch rather than resident.
    pub streamed: bool,
}

/// Times `steps` training steps, `repeats` times, after a warm-up, on `data` (resident or
/// streamed as `data_mode` says): the ELBO for `samples` = 1, the IWAE bound otherwise.
#[allow(clippy::too_many_arguments)]
pub fn train(
    gpu: &Gpu,
    config: &ModelConfig,
    data: &Dataset,
    samples: u32,
    batch: u32,
    steps: u32,
    repeats: usize,
    per_launch: bool,
    kernel: MatmulKernel,
    data_mode: DataMode,
) -> Result<TrainResult> {
    let options = TrainOptions {
        objective: if samples == 1 { Objective::Elbo } else { Objective::Iwae },
        samples,
        batch,
        adam: AdamConfig::default(),
        seed: 0,
        binarize: config.likelihood.binarizes_by_default(),
        kernel,
        eval_every: 0,
        eval_samples: 0,
        chunk: None,
        data_mode,
        kl: Default::default(),
        lr_schedule: Default::default(),
        clip_grad_norm: None,
    };
    let start = Instant::now();
    let params = Parameters::init(config, 0);
    let mut trainer = Trainer::new(gpu, config.clone(), options, &params, data, None)?;
    trainer.start_epoch(1)?;
    let run = |trainer: &mut Trainer, n: u32| -> Result<()> {
        for _ in 0..n {
            submit_step(trainer)?;
        }
        trainer.finish()
    };
    run(&mut trainer, 1)?;
    let first_step_seconds = start.elapsed().as_secs_f64();
    // The steady state: every launch's own pipeline created and, through a few steps, JIT-compiled.
    for launch in trainer.launches() {
        launch.wait_compiled()?;
    }
    run(&mut trainer, steps.clamp(1, 10))?;
    let (mut walls, mut cpus) = (vec![], vec![]);
    for _ in 0..repeats.max(1) {
        let cpu0 = process_cpu_seconds();
        let t0 = Instant::now();
        run(&mut trainer, steps.max(1))?;
        walls.push(t0.elapsed().as_secs_f64());
        if let Some(c) = cpu0.and_then(|c0| process_cpu_seconds().map(|c1| c1 - c0)) {
            cpus.push(c);
        }
    }
    // Host time with the queue idle (on lavapipe a submit waits while a step runs): the median
    // of enough steps to see past the machine's noise.
    let mut host = vec![];
    for _ in 0..25 {
        let t0 = Instant::now();
        submit_step(&mut trainer)?;
        host.push(t0.elapsed().as_secs_f64() * 1e6);
        trainer.finish()?;
    }
    let (launch_millis, launch_timing) = if per_launch { step_breakdown(gpu, &trainer)? } else { (vec![], "") };
    let images = steps.max(1) as f64 * batch as f64;
    let wall = median(walls);
    Ok(TrainResult {
        samples,
        images_per_second: images / wall,
        images_per_cpu_second: (!cpus.is_empty()).then(|| images / median(cpus)),
        millis_per_step: wall * 1e3 / steps.max(1) as f64,
        launches_per_step: trainer.launches_per_step(),
        first_step_seconds,
        launch_millis,
        launch_timing,
        host_micros_per_step: median(host),
        streamed: trainer.data_streamed(),
    })
}

/// Submits one step (the trainer waits only when two are queued), starting the next epoch
/// when this one is done.
fn submit_step(trainer: &mut Trainer) -> Result<()> {
    if trainer.epoch_steps() == trainer.steps_per_epoch() {
        trainer.start_epoch(trainer.epoch() + 1)?;
    }
    trainer.step()
}

/// Each launch of a training step with its milliseconds, in step order: from GPU timestamps
/// around each launch (median over 5 steps) where the adapter has them, else from the wall
/// clock with [`train_launches`]; and which of the two.
pub fn step_breakdown(gpu: &Gpu, trainer: &Trainer) -> Result<(Vec<(&'static str, f64)>, &'static str)> {
    let launches: Vec<_> = trainer.launches().collect();
    let mut runs = vec![];
    for _ in 0..5 {
        match gpu.time_launches(&launches)? {
            Some(millis) => runs.push(millis),
            None => {
                return Ok((train_launches(gpu, trainer, 10)?, "wall clock, each launch repeated alone in one pass"));
            }
        }
    }
    let millis = (0..launches.len()).map(|i| median(runs.iter().map(|r| r[i]).collect()));
    Ok((
        launches.iter().map(|l| l.name).zip(millis).collect(),
        "GPU timestamps around each launch of a step (a compute pass each), median of 5 steps",
    ))
}

/// Milliseconds per launch of each kernel of a training step, in step order: each launch
/// repeated `repeats` times in one pass (a launch reads and writes the same buffers each time,
/// so the figures are the kernels' own, with warm caches).
pub fn train_launches(gpu: &Gpu, trainer: &Trainer, repeats: usize) -> Result<Vec<(&'static str, f64)>> {
    let mut out = vec![];
    for launch in trainer.launches() {
        gpu.run(&[launch])?;
        let t0 = Instant::now();
        gpu.run(&vec![launch; repeats.max(1)])?;
        out.push((launch.name, t0.elapsed().as_secs_f64() * 1e3 / repeats.max(1) as f64));
    }
    Ok(out)
}

/// Importance samples per second of `wgvae eval` with K = `samples` over the first `images`
/// images of `data` (no naive estimate), and the wall time.
pub fn evaluation(
    gpu: &Gpu,
    config: &ModelConfig,
    data: &Dataset,
    samples: u32,
    images: usize,
    kernel: MatmulKernel,
) -> Result<(f64, f64)> {
    let count = images.min(data.count);
    let subset =
        Dataset { images: data.images[..count * data.dim()].to_vec().into(), labels: None, count, ..data.clone() };
    let params = GpuParams::upload(gpu, config, &Parameters::init(config, 0))?;
    let options = EvalOptions {
        samples,
        naive_samples: 0,
        bound_sizes: EvalOptions::default_bound_sizes(samples),
        binarize: config.likelihood.binarizes_by_default(),
        seed: 0,
        kernel,
        chunk: None,
        data_mode: DataMode::Auto,
    };
    let mut evaluator = Evaluator::new(gpu, config, &params, &subset, options)?;
    let report = evaluator.run(|_, _| {}).block_on()?;
    Ok((report.samples_per_second, report.seconds))
}

/// Everything `wgvae bench` reports, as printed and as JSON.
#[derive(Clone, Debug, serde::Serialize)]
pub struct BenchReport {
    pub adapter: String,
    pub backend: String,
    pub device_type: String,
    pub driver: String,
    /// Optional features of the adapter that bear on speed, and whether wgvae uses them.
    pub timestamp_queries: bool,
    pub subgroups: bool,
    /// Whether the matmuls use them: the vec4 kernels of software adapters broadcast shared rows.
    pub subgroups_used: bool,
    pub shader_f16: bool,
    pub matmul: Vec<MatmulRow>,
    pub training: Vec<TrainRow>,
    /// The launches of one training step (k = 1, batch 128), each timed alone.
    pub kernels: Vec<KernelRow>,
    pub kernel_timing: &'static str,
    pub evaluation: EvalRow,
    /// From building the trainer to the end of its first step (k = 1, batch 128), measured
    /// before anything else has built a pipeline in this process.
    pub time_to_first_step_seconds: f64,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct MatmulRow {
    pub shape: String,
    pub op: &'static str,
    pub kernel: String,
    pub millis: f64,
    pub gflops: f64,
    pub gflops_per_cpu_second: Option<f64>,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct TrainRow {
    pub k: u32,
    pub batch: u32,
    pub images_per_second: f64,
    pub images_per_cpu_second: Option<f64>,
    pub millis_per_step: f64,
    pub launches_per_step: usize,
    pub host_micros_per_step: f64,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct KernelRow {
    pub name: &'static str,
    pub millis: f64,
    /// Of the sum over the step's launches.
    pub share: f64,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct EvalRow {
    pub k: u32,
    pub images: usize,
    pub samples_per_second: f64,
    pub seconds: f64,
}

/// How much `wgvae bench` measures: `quick` is a smoke test of every part (tiny shapes, one
/// repeat), not a measurement.
pub struct BenchPlan {
    pub matmul_shapes: Vec<[u32; 3]>,
    pub repeats: usize,
    /// (k, batch) of each training measurement; the first also gives the kernel breakdown.
    pub training: Vec<(u32, u32)>,
    pub steps: u32,
    pub eval_samples: u32,
    pub eval_images: usize,
}

impl BenchPlan {
    /// The default model's layers at batch 128 and 128·k for k = 5 and 50, and 1024³; training
    /// at k = 1 and 5 (batch 128) and at batch 1024; evaluation at K = 5000.
    pub fn full() -> BenchPlan {
        let mut matmul_shapes: Vec<[u32; 3]> =
            [128, 640, 6400].iter().flat_map(|&m| [[m, 784, 400], [m, 400, 784]]).collect();
        matmul_shapes.push([1024, 1024, 1024]);
        BenchPlan {
            matmul_shapes,
            repeats: 5,
            training: vec![(1, 128), (5, 128), (1, 1024)],
            steps: 40,
            eval_samples: 5000,
            eval_images: 64,
        }
    }

    pub fn quick() -> BenchPlan {
        BenchPlan {
            matmul_shapes: vec![[36, 64, 28]],
            repeats: 1,
            training: vec![(1, 128), (5, 128)],
            steps: 2,
            eval_samples: 20,
            eval_images: 8,
        }
    }
}

/// Runs the plan on `gpu` with the default model and the bundled digits; `progress` names
/// each part as it starts.
pub fn all(gpu: &Gpu, plan: &BenchPlan, mut progress: impl FnMut(&str)) -> Result<BenchReport> {
    let config = default_model()?;
    let data = Dataset::bundled_train()?;
    // Training first: its first step is then the process's first, as in `wgvae train`.
    let mut training = vec![];
    let (mut kernels, mut first_step, mut kernel_timing) = (vec![], 0.0, "");
    for (i, &(k, batch)) in plan.training.iter().enumerate() {
        progress(&format!("training k={k} batch {batch}"));
        let r =
            train(gpu, &config, &data, k, batch, plan.steps, plan.repeats, i == 0, MatmulKernel::Auto, DataMode::Auto)?;
        if i == 0 {
            first_step = r.first_step_seconds;
            kernel_timing = r.launch_timing;
            let total: f64 = r.launch_millis.iter().map(|(_, ms)| ms).sum();
            kernels = r
                .launch_millis
                .iter()
                .map(|&(name, millis)| KernelRow { name, millis, share: millis / total.max(1e-12) })
                .collect();
        }
        training.push(TrainRow {
            k,
            batch,
            images_per_second: r.images_per_second,
            images_per_cpu_second: r.images_per_cpu_second,
            millis_per_step: r.millis_per_step,
            launches_per_step: r.launches_per_step,
            host_micros_per_step: r.host_micros_per_step,
        });
    }
    let mut matmul_rows = vec![];
    for &shape in &plan.matmul_shapes {
        for op in LinearOp::ALL {
            progress(&format!("matmul {}x{}x{} {}", shape[0], shape[1], shape[2], op.name()));
            matmul_rows.push(matmul(gpu, shape, op, MatmulKernel::Auto, plan.repeats)?.row());
        }
    }
    progress(&format!("evaluation K={}", plan.eval_samples));
    let (samples_per_second, seconds) =
        evaluation(gpu, &config, &data, plan.eval_samples, plan.eval_images, MatmulKernel::Auto)?;
    let features = gpu.adapter.features();
    Ok(BenchReport {
        adapter: gpu.info.name.clone(),
        backend: format!("{:?}", gpu.info.backend),
        device_type: format!("{:?}", gpu.info.device_type),
        driver: format!("{} {}", gpu.info.driver, gpu.info.driver_info).trim().to_string(),
        timestamp_queries: features.contains(wgpu::Features::TIMESTAMP_QUERY_INSIDE_PASSES),
        subgroups: features.contains(wgpu::Features::SUBGROUP),
        subgroups_used: gpu.is_cpu()
            && crate::kernels::matmul::vec4_flavour(gpu) != crate::kernels::matmul::vec4::Flavour::Plain,
        shader_f16: features.contains(wgpu::Features::SHADER_F16),
        matmul: matmul_rows,
        training,
        kernels,
        kernel_timing,
        evaluation: EvalRow { k: plan.eval_samples, images: plan.eval_images, samples_per_second, seconds },
        time_to_first_step_seconds: first_step,
    })
}
