//! `wgvae encode`: each image's q(z|x) as .npy or .csv.

use std::path::PathBuf;

use clap::Args;
use wgvae::encodings::Encodings;
use wgvae::gpu::Gpu;
use wgvae::model::gpu_params::GpuParams;

use super::{ModelOnDataArgs, encode_images, model_and_data};

#[derive(Args)]
pub struct EncodeArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// The file to write: .npy (a structured array, one record per image) or .csv.
    #[arg(long)]
    out: PathBuf,
}

pub fn run(args: &EncodeArgs) -> wgvae::Result<()> {
    let (config, params, data) = model_and_data(&args.model)?;
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let heads = encode_images(&gpu, &config, &gpu_params, &data.images, args.model.kernel)?;
    let encodings = Encodings { latent: config.latent(), heads: &heads, labels: data.labels.as_deref() };
    encodings.write(&args.out)?;
    println!(
        "wrote {}: μ and log σ² of q(z|x) ({} dimensions) for the {} images of {}{}",
        args.out.display(),
        config.latent(),
        data.count,
        data.source.display(),
        if data.labels.is_some() { ", with their labels" } else { "" }
    );
    Ok(())
}
