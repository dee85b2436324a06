//! `wgvae reconstruct`: images beside their reconstructions.

use pollster::FutureExt as _;
use std::path::PathBuf;

use clap::Args;
use wgvae::gpu::Gpu;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Decoder};
use wgvae::pictures;

use super::{ModelOnDataArgs, encode_images, model_and_data, picture_count};

#[derive(Args)]
pub struct ReconstructArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// Number of images (the first ones of the data).
    #[arg(short = 'n', long = "count", default_value_t = 32)]
    count: u32,
    /// The PNG file to write.
    #[arg(long, default_value = "recon.png")]
    out: PathBuf,
}

pub fn run(args: &ReconstructArgs) -> wgvae::Result<()> {
    let n = picture_count(args.count, "images")?;
    let (config, params, data) = model_and_data(&args.model)?;
    if n as usize > data.count {
        return Err(wgvae::Error::Invalid(format!(
            "-n {n}: the data {} holds {} images",
            data.source.display(),
            data.count
        )));
    }
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let pixels = &data.images[..n as usize * data.dim()];
    let means =
        inference::means(&encode_images(&gpu, &config, &gpu_params, pixels, args.model.kernel)?, config.latent());
    let rows = n.min(inference::BATCH);
    let decoded =
        Decoder::build(&gpu, &config, &gpu_params, rows, args.model.kernel)?.decode(&gpu, &means).block_on()?;
    let inputs: Vec<f32> = pixels.iter().map(|&p| p as f32 / 255.0).collect();
    let cols = pictures::square_columns(2 * n as usize);
    pictures::save_picture(&args.out, &pictures::pairs(&inputs, &decoded.means, config.input(), cols)?)?;
    println!(
        "wrote {}: the first {n} images of {} (rows of inputs, each above its reconstruction at z = μ(x))",
        args.out.display(),
        data.source.display()
    );
    Ok(())
}
