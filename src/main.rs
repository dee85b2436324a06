//! The wgvae command line: parses options and calls the library.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use wgvae::bench;
use wgvae::gpu::{self, AdapterRequest, Backend, Gpu};
use wgvae::kernels::matmul::{LinearOp, MatmulKernel};

#[derive(Parser)]
#[command(name = "wgvae", version, about = "Variational autoencoders on any GPU (or none) through wgpu")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Which adapter to run on.
#[derive(Args, Clone)]
struct AdapterArgs {
    /// Graphics API to look for adapters on.
    #[arg(long, value_enum, default_value_t = Backend::Auto, global = true)]
    backend: Backend,
    /// Use the adapter whose name contains this (case-insensitive); see `wgvae adapters`.
    #[arg(long, global = true)]
    adapter: Option<String>,
}

impl AdapterArgs {
    fn request(&self) -> AdapterRequest {
        AdapterRequest { backend: self.backend, name: self.adapter.clone() }
    }
}

#[derive(Subcommand)]
enum Command {
    /// List every adapter and mark the one wgvae picks.
    Adapters(AdapterArgs),
    /// Measure throughput on the chosen adapter.
    Bench {
        #[command(subcommand)]
        what: BenchWhat,
    },
}

#[derive(Subcommand)]
enum BenchWhat {
    /// GFLOP/s of the linear-layer matmuls (forward, dW, dX) at the model's shapes and 1024³.
    Matmul {
        #[command(flatten)]
        adapter: AdapterArgs,
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

fn parse_shape(s: &str) -> Result<[u32; 3], String> {
    let dims: Vec<&str> = s.split('x').collect();
    let parsed: Result<Vec<u32>, _> = dims.iter().map(|d| d.trim().parse::<u32>()).collect();
    match parsed {
        Ok(v) if v.len() == 3 && v.iter().all(|&d| d > 0) => Ok([v[0], v[1], v[2]]),
        _ => Err(format!("shape \"{s}\" is not MxKxN with three positive integers, e.g. 128x784x400")),
    }
}

fn adapters(args: &AdapterArgs) -> wgvae::Result<()> {
    let entries = gpu::list_adapters(&args.request());
    if entries.is_empty() {
        // Gpu::new explains how to get a software adapter.
        Gpu::new(&args.request())?;
    }
    println!("{:<3} {:<5} {:<8} {:<14} {:<40} driver", "", "index", "backend", "type", "name");
    for e in &entries {
        let i = &e.info;
        let driver = format!("{} {}", i.driver, i.driver_info);
        println!(
            "{:<3} {:<5} {:<8} {:<14} {:<40} {}",
            if e.picked { "*" } else { "" },
            e.index,
            format!("{:?}", i.backend),
            format!("{:?}", i.device_type),
            i.name,
            driver.trim()
        );
    }
    match entries.iter().find(|e| e.picked) {
        Some(e) => println!(
            "* = picked by --backend {:?}{}: {}",
            args.backend,
            args.adapter.as_ref().map(|a| format!(" --adapter {a}")).unwrap_or_default(),
            e.info.name
        ),
        None => println!("no adapter matches --adapter {}", args.adapter.as_deref().unwrap_or("")),
    }
    Ok(())
}

fn bench_matmul(adapter: &AdapterArgs, kernel: MatmulKernel, repeats: usize, shapes: &[[u32; 3]]) -> wgvae::Result<()> {
    let gpu = Gpu::new(&adapter.request())?;
    println!("adapter: {}", gpu.describe());
    println!("median of {repeats} repeats; GF/cpu-s = GFLOP per CPU-second of this process (all its threads)");
    println!("{:<16} {:<12} {:<8} {:>10} {:>9} {:>10}", "MxKxN", "op", "kernel", "ms", "GFLOP/s", "GF/cpu-s");
    let shapes = if shapes.is_empty() { bench::MATMUL_SHAPES.to_vec() } else { shapes.to_vec() };
    for shape in shapes {
        for op in LinearOp::ALL {
            let r = bench::matmul(&gpu, shape, op, kernel, repeats)?;
            let per_cpu = r.gflops_per_cpu_second.map_or("n/a".to_string(), |g| format!("{g:.2}"));
            println!(
                "{:<16} {:<12} {:<8} {:>10.3} {:>9.2} {:>10}",
                format!("{}x{}x{}", shape[0], shape[1], shape[2]),
                op.name(),
                format!("{:?}", r.kernel).to_lowercase(),
                r.millis,
                r.gflops,
                per_cpu
            );
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Adapters(args) => adapters(args),
        Command::Bench { what: BenchWhat::Matmul { adapter, kernel, repeats, shapes } } => {
            bench_matmul(adapter, *kernel, *repeats, shapes)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("wgvae: {e}");
            ExitCode::FAILURE
        }
    }
}
