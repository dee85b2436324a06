//! `wgvae bench`: throughput on the chosen adapter.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use wgvae::bench;
use wgvae::data::Dataset;
use wgvae::data::gpu_images::DataMode;
use wgvae::gpu::Gpu;
use wgvae::kernels::matmul::autotune;
use wgvae::kernels::matmul::{LinearOp, MatmulKernel};

use wgvae::model::ModelConfig;
use wgvae::model::likelihood::Likelihood;

use super::{AdapterArgs, ArchitectureArgs};

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BenchArgs {
    #[command(subcommand)]
    what: Option<BenchWhat>,
    #[command(flatten)]
    adapter: AdapterArgs,
    /// Print one JSON object instead of the tables.
    #[arg(long)]
    json: bool,
    /// A smoke test of every part (tiny shapes, one repeat): not a measurement.
    #[arg(long)]
    quick: bool,
}

#[derive(Subcommand)]
pub enum BenchWhat {
    /// Steady-state training images/s of a model (default: 784-400-20, batch 128) on the
    /// bundled digits, at each k (k = 1: ELBO; k > 1: IWAE), Bernoulli decoder.
    Train {
        #[command(flatten)]
        architecture: ArchitectureArgs,
        /// Importance samples per image, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "1,5")]
        k: Vec<u32>,
        #[arg(long, default_value_t = 128)]
        batch: u32,
        /// Steps per timed repeat.
        #[arg(long, default_value_t = 60)]
        steps: u32,
        /// Timed repeats; the median is reported.
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        /// Also time each launch of a step on its own.
        #[arg(long)]
        per_launch: bool,
        /// Matmul kernel (auto picks per adapter).
        #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
        kernel: MatmulKernel,
        /// The digits on the GPU whole, or streamed a batch ahead (as a data set too large
        /// for the GPU is), to measure what streaming costs.
        #[arg(long, value_enum, default_value_t = DataMode::Auto)]
        data_mode: DataMode,
        /// Print a JSON array, one object per k, instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// Measure which matmul kernel runs each layout fastest at each shape on this adapter and
    /// keep the choice for `--kernel auto` (cached per adapter; hardware GPUs measure the
    /// shapes they meet by themselves, software adapters only here).
    Tune {
        /// Shapes as MxKxN (rows x inputs x outputs), comma-separated; default: every layer of
        /// the default model in a training step at batch 128, k = 1 and 5.
        #[arg(long, value_delimiter = ',', value_parser = parse_shape)]
        shapes: Vec<[u32; 3]>,
    },
    /// Write every shader module as wgpu compiles it, the generated matmul blocks included,
    /// into a folder for reading.
    Shaders {
        /// The folder to write `<module>.wgsl` files into.
        #[arg(long, value_name = "DIR")]
        dump: PathBuf,
    },
    /// GFLOP/s of the linear-layer matmuls (forward, dW, dX) at the model's shapes and 1024³.
    Matmul {
        /// Matmul kernel (auto picks per adapter and shape).
        #[arg(long, value_enum, default_value_t = MatmulKernel::Auto)]
        kernel: MatmulKernel,
        /// Timed repeats per figure; the median is reported.
        #[arg(long, default_value_t = 5)]
        repeats: usize,
        /// Shapes as MxKxN (rows x inputs x outputs), comma-separated; default: the model's
        /// layers at batch 128 and 1280, and 1024x1024x1024.
        #[arg(long, value_delimiter = ',', value_parser = parse_shape)]
        shapes: Vec<[u32; 3]>,
    },
}

pub fn run(args: &BenchArgs) -> wgvae::Result<()> {
    match &args.what {
        None => bench_all(args),
        Some(BenchWhat::Train { architecture, k, batch, steps, repeats, per_launch, kernel, data_mode, json }) => {
            let plan = TrainBench {
                ks: k,
                batch: *batch,
                steps: *steps,
                repeats: *repeats,
                per_launch: *per_launch,
                data_mode: *data_mode,
            };
            bench_train(&args.adapter, architecture, &plan, *kernel, *json)
        }
        Some(BenchWhat::Tune { shapes }) => bench_tune(&args.adapter, shapes),
        Some(BenchWhat::Matmul { kernel, repeats, shapes }) => bench_matmul(&args.adapter, *kernel, *repeats, shapes),
        Some(BenchWhat::Shaders { dump }) => dump_shaders(dump),
    }
}

fn parse_shape(s: &str) -> Result<[u32; 3], String> {
    let dims: Vec<&str> = s.split('x').collect();
    let parsed: Result<Vec<u32>, _> = dims.iter().map(|d| d.trim().parse::<u32>()).collect();
    match parsed {
        Ok(v) if v.len() == 3 && v.iter().all(|&d| d > 0) => Ok([v[0], v[1], v[2]]),
        _ => Err(format!("shape \"{s}\" is not MxKxN with three positive integers, e.g. 128x784x400")),
    }
}

fn bench_matmul(adapter: &AdapterArgs, kernel: MatmulKernel, repeats: usize, shapes: &[[u32; 3]]) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    println!("adapter: {}", gpu.describe());
    println!("median of {repeats} repeats; GF/cpu-s = GFLOP per CPU-second of this process (all its threads)");
    print_matmul_header();
    let shapes = if shapes.is_empty() { bench::MATMUL_SHAPES.to_vec() } else { shapes.to_vec() };
    for shape in shapes {
        for op in LinearOp::ALL {
            print_matmul_row(&bench::matmul(&gpu, shape, op, kernel, repeats)?.row());
        }
    }
    Ok(())
}

fn bench_tune(adapter: &AdapterArgs, shapes: &[[u32; 3]]) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    let shapes = match shapes {
        [] => bench::model_shapes(&bench::default_model()?, 128, &[1, 5]),
        given => given.to_vec(),
    };
    println!("adapter: {}", gpu.describe());
    println!("milliseconds per launch (median of 3 passes) of each kernel that can run the shape:");
    println!("{:<16} {:<12} {:>10} {:>10} {:>10}  chosen", "MxKxN", "op", "strided", "tiled", "vec4");
    for [m, k, n] in shapes {
        for op in LinearOp::ALL {
            let tuning = autotune::tune(&gpu, op, [m, k, n])?;
            let ms = |kernel: MatmulKernel| tuning.millis.get(kernel.name()).map_or("-".into(), |v| format!("{v:.3}"));
            let (strided, tiled, vec4) = (ms(MatmulKernel::Strided), ms(MatmulKernel::Tiled), ms(MatmulKernel::Vec4));
            let chosen = tuning.kernel.name();
            println!("{:<16} {:<12} {strided:>10} {tiled:>10} {vec4:>10}  {chosen}", format!("{m}x{k}x{n}"), op.name());
            autotune::remember(&gpu, tuning, true)?;
        }
    }
    match autotune::default_path() {
        Some(path) => println!("kept for --kernel auto on this adapter in {}", path.display()),
        None => println!("no cache folder (set WGVAE_CACHE_DIR): the choices last for this process only"),
    }
    Ok(())
}

fn print_matmul_header() {
    println!("{:<16} {:<12} {:<11} {:>10} {:>9} {:>9}", "MxKxN", "op", "kernel", "ms", "GFLOP/s", "GF/cpu-s");
}

fn print_matmul_row(m: &bench::MatmulRow) {
    let per_cpu = m.gflops_per_cpu_second.map_or("n/a".into(), |g| format!("{g:.2}"));
    println!("{:<16} {:<12} {:<11} {:>10.3} {:>9.2} {:>9}", m.shape, m.op, m.kernel, m.millis, m.gflops, per_cpu);
}

/// What `wgvae bench train` measures.
struct TrainBench<'a> {
    ks: &'a [u32],
    batch: u32,
    steps: u32,
    repeats: usize,
    per_launch: bool,
    data_mode: DataMode,
}

fn bench_train(
    adapter: &AdapterArgs,
    architecture: &ArchitectureArgs,
    plan: &TrainBench<'_>,
    kernel: MatmulKernel,
    json: bool,
) -> wgvae::Result<()> {
    let data = Dataset::bundled_train()?;
    let layers = architecture.build(data.shape(), 1)?;
    let config = ModelConfig::new(layers, Likelihood::Bernoulli)?;
    let gpu = Gpu::new(&adapter.request())?;
    let TrainBench { ks, batch, steps, repeats, per_launch, data_mode } = *plan;
    let run = |k| bench::train(&gpu, &config, &data, k, batch, steps, repeats, per_launch, kernel, data_mode);
    if json {
        let results = ks.iter().map(|&k| run(k)).collect::<wgvae::Result<Vec<_>>>()?;
        let report = serde_json::json!({
            "adapter": gpu.describe(),
            "model": config.describe(),
            "architecture": config.architecture,
            "parameters": config.parameter_count(),
            "kernel": format!("{kernel:?}"),
            "data_mode": data_mode,
            "results": results
        });
        println!("{report}");
        return Ok(());
    }
    println!("adapter: {}", gpu.describe());
    println!(
        "model {} Bernoulli, batch {batch}, matmul kernel {kernel:?}, data --data-mode {}; median of {repeats} repeats of {steps} steps",
        config.describe(),
        format!("{data_mode:?}").to_lowercase()
    );
    println!(
        "{:<4} {:>10} {:>14} {:>9} {:>9} {:>12}",
        "k", "images/s", "images/cpu-s", "ms/step", "launches", "first step"
    );
    let mut said_data = false;
    for &k in ks {
        let r = run(k)?;
        if !said_data {
            println!("(the images {})", if r.streamed { "streamed a batch ahead" } else { "resident on the GPU" });
            said_data = true;
        }
        println!(
            "{:<4} {:>10.0} {:>14} {:>9.2} {:>9} {:>10.2} s",
            k,
            r.images_per_second,
            r.images_per_cpu_second.map_or("n/a".into(), |v| format!("{v:.0}")),
            r.millis_per_step,
            r.launches_per_step,
            r.first_step_seconds
        );
        if !r.launch_millis.is_empty() {
            println!("     each launch ({}):", r.launch_timing);
        }
        for (name, ms) in &r.launch_millis {
            println!("     {name:<24} {ms:>8.3} ms");
        }
    }
    Ok(())
}

fn bench_all(args: &BenchArgs) -> wgvae::Result<()> {
    let gpu = Gpu::new(&args.adapter.request())?;
    let plan = if args.quick { bench::BenchPlan::quick() } else { bench::BenchPlan::full() };
    let report = bench::all(&gpu, &plan, |part| {
        if !args.json {
            eprintln!("measuring {part} …");
        }
    })?;
    if args.json {
        println!("{}", serde_json::to_string(&report).expect("a report serializes"));
        return Ok(());
    }
    let yes = |b: bool| if b { "yes" } else { "no" };
    println!("adapter: {} ({}, {}, driver {})", report.adapter, report.backend, report.device_type, report.driver);
    println!(
        "features: timestamp queries {} (for the kernel breakdown), subgroups {} ({}), f16 {} (not used yet)",
        yes(report.timestamp_queries),
        yes(report.subgroups),
        if report.subgroups_used { "the vec4 matmuls broadcast shared rows" } else { "not used" },
        yes(report.shader_f16)
    );
    println!("\nmatmul (median of {} repeats; GF/cpu-s = GFLOP per CPU-second of this process)", plan.repeats);
    print_matmul_header();
    report.matmul.iter().for_each(print_matmul_row);
    println!("\ntraining, default model 784-400-20 (median of {} repeats of {} steps)", plan.repeats, plan.steps);
    println!(
        "{:<4} {:>6} {:>10} {:>13} {:>9} {:>9} {:>15}",
        "k", "batch", "images/s", "images/cpu-s", "ms/step", "launches", "host µs/step"
    );
    for t in &report.training {
        let per_cpu = t.images_per_cpu_second.map_or("n/a".into(), |v| format!("{v:.0}"));
        println!(
            "{:<4} {:>6} {:>10.0} {:>13} {:>9.2} {:>9} {:>15.0}",
            t.k, t.batch, t.images_per_second, per_cpu, t.millis_per_step, t.launches_per_step, t.host_micros_per_step
        );
    }
    println!("\nthe launches of one step (k = 1, batch 128), {}:", report.kernel_timing);
    for k in &report.kernels {
        println!("  {:<24} {:>8.3} ms {:>5.1}%", k.name, k.millis, 100.0 * k.share);
    }
    let e = &report.evaluation;
    println!(
        "\nevaluation: {:.0} importance samples/s (K = {}, {} images, {:.1} s)",
        e.samples_per_second, e.k, e.images, e.seconds
    );
    println!("time to the first training step: {:.2} s", report.time_to_first_step_seconds);
    Ok(())
}

/// Writes every shader module as wgpu compiles it (the common files joined in front), the
/// generated matmul blocks among them, one `<module>.wgsl` per module.
fn dump_shaders(dir: &Path) -> wgvae::Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| wgvae::Error::Io(format!("creating {}: {e}", dir.display())))?;
    let modules = wgvae::kernels::shader_modules();
    for (name, source) in &modules {
        wgvae::files::write_atomic(&dir.join(format!("{name}.wgsl")), source.as_bytes())?;
    }
    let generated: Vec<&str> = wgvae::kernels::matmul::vec4::modules().iter().map(|(name, _)| *name).collect();
    println!(
        "wrote {} shader modules to {} (generated by src/kernels/matmul/vec4.rs: {})",
        modules.len(),
        dir.display(),
        generated.join(", ")
    );
    Ok(())
}
