//! `wgvae data`: what a data set holds (`info`), and a source written once as a uint8 .npy
//! file with its labels (`convert`), so that a large folder of pictures is decoded once.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use wgvae::data::{Dataset, describe_shape};

use super::ReadArgs;

#[derive(Args)]
pub struct DataArgs {
    #[command(subcommand)]
    command: DataCommand,
}

#[derive(Subcommand)]
enum DataCommand {
    /// The count, shape, channels, pixel statistics per channel and labels of a data set.
    Info(InfoArgs),
    /// Write a data set (any source wgvae reads) as a uint8 .npy file, [N, C, H, W] ([N, H, W]
    /// for grayscale; the layout wgvae maps without a copy), with its labels as X_labels.npy
    /// beside it.
    Convert(ConvertArgs),
}

#[derive(Args)]
struct InfoArgs {
    /// An IDX file, a folder of pictures, CIFAR files or their folder, a .npy file.
    source: PathBuf,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(Args)]
struct ConvertArgs {
    /// An IDX file, a folder of pictures, CIFAR files or their folder, a .npy file.
    source: PathBuf,
    /// The .npy file to write.
    #[arg(long)]
    out: PathBuf,
    #[command(flatten)]
    read: ReadArgs,
}

pub fn run(args: &DataArgs) -> wgvae::Result<()> {
    match &args.command {
        DataCommand::Info(a) => info(a),
        DataCommand::Convert(a) => convert(a),
    }
}

fn info(args: &InfoArgs) -> wgvae::Result<()> {
    let set = Dataset::load_with(&args.source, args.read.options())?;
    println!("{}: {} images of {}", set.source.display(), set.count, describe_shape(set.shape()));
    let plane = set.height * set.width;
    let names = if set.channels == 3 { vec!["red", "green", "blue"] } else { vec![] };
    println!("{:<10} {:>6} {:>6} {:>8} {:>8}", "channel", "min", "max", "mean", "std");
    for c in 0..set.channels {
        let (mut min, mut max, mut sum, mut sum2) = (u8::MAX, 0u8, 0f64, 0f64);
        for i in 0..set.count {
            for &v in &set.image(i)[c * plane..][..plane] {
                (min, max) = (min.min(v), max.max(v));
                sum += v as f64;
                sum2 += v as f64 * v as f64;
            }
        }
        let n = (set.count * plane) as f64;
        let mean = sum / n;
        let std = (sum2 / n - mean * mean).max(0.0).sqrt();
        let name = names.get(c).map_or(c.to_string(), |s| s.to_string());
        println!("{name:<10} {min:>6} {max:>6} {mean:>8.2} {std:>8.2}");
    }
    match &set.labels {
        None => println!("labels: none"),
        Some(labels) => {
            let mut counts = [0usize; 256];
            labels.iter().for_each(|&l| counts[l as usize] += 1);
            let used: Vec<String> =
                counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(l, n)| format!("{l}: {n}")).collect();
            println!("labels: {} classes ({})", used.len(), used.join(", "));
        }
    }
    Ok(())
}

fn convert(args: &ConvertArgs) -> wgvae::Result<()> {
    let set = Dataset::load_with(&args.source, args.read.options())?;
    let labels = set.write_npy(&args.out)?;
    let labels = labels.map_or("no labels".to_string(), |p| format!("labels in {}", p.display()));
    println!("wrote {}: {} images of {}; {labels}", args.out.display(), set.count, describe_shape(set.shape()));
    Ok(())
}
