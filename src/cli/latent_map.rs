//! `wgvae latent-map`: where the data lands in the latent space.

use pollster::FutureExt as _;
use std::path::PathBuf;

use clap::Args;
use wgvae::gpu::Gpu;
use wgvae::latent_map;
use wgvae::model::gpu_params::GpuParams;
use wgvae::model::inference::{self, Decoder};
use wgvae::pictures;

use super::{ModelOnDataArgs, encode_images, model_and_data, picture_count};

#[derive(Args)]
pub struct LatentMapArgs {
    #[command(flatten)]
    model: ModelOnDataArgs,
    /// The PNG file to write.
    #[arg(long, default_value = "map.png")]
    out: PathBuf,
    /// 2-D latent: images per side of the decoded manifold.
    #[arg(long, default_value_t = 20)]
    side: u32,
}

pub fn run(args: &LatentMapArgs) -> wgvae::Result<()> {
    let side = picture_count(args.side * args.side, "decoded images").map(|_| args.side as usize)?;
    let (config, params, data) = model_and_data(&args.model)?;
    let gpu = Gpu::new(&args.model.adapter.request())?;
    let gpu_params = GpuParams::upload(&gpu, &config, &params)?;
    let heads = encode_images(&gpu, &config, &gpu_params, &data.images, args.model.kernel)?;
    let latent = config.latent();
    let means = inference::means(&heads, latent);
    let labels = data.labels.as_deref();
    let title = format!("μ of q(z|x), {} images", data.count);
    const SIZE: u32 = 560;
    let (picture, what) = match latent {
        1 => {
            let points: Vec<[f32; 2]> = heads.chunks(2).map(|h| [h[0], h[1]]).collect();
            let scatter = latent_map::scatter_picture(&points, labels, &title, ["μ", "log σ²"], SIZE)?;
            (scatter, "μ against log σ² (a 1-D latent)".to_string())
        }
        2 => {
            let points: Vec<[f32; 2]> = means.chunks(2).map(|m| [m[0], m[1]]).collect();
            let z = latent_map::manifold_grid(side);
            let rows = (side * side) as u32;
            let decoded = Decoder::build(&gpu, &config, &gpu_params, rows.min(inference::BATCH), args.model.kernel)?
                .decode(&gpu, &z)
                .block_on()?;
            let (shape, means) = (config.input(), &decoded.means);
            let picture = latent_map::manifold_and_scatter(means, shape, side, &points, labels, &title)?;
            (picture, format!("the decoded manifold ({side} x {side} z at the prior's quantiles) and the scatter"))
        }
        _ => {
            let (points, share) = latent_map::principal_components(&means, latent);
            let axes = share.map(|s| format!("{:.0}% of the variance", 100.0 * s));
            let axes = [format!("PC 1 ({})", axes[0]), format!("PC 2 ({})", axes[1])];
            let scatter = latent_map::scatter_picture(&points, labels, &title, [&axes[0], &axes[1]], SIZE)?;
            (scatter, format!("the scatter on the first two principal components of the {latent}-D means"))
        }
    };
    pictures::save_png(&args.out, &picture)?;
    println!("wrote {}: {what}, {} images of {}", args.out.display(), data.count, data.source.display());
    if let Some(labels) = labels {
        const K: usize = 5;
        let accuracy = latent_map::neighbour_accuracy(&means, latent, labels, K);
        println!(
            "labels in the latent space: {K}-nearest-neighbour accuracy {accuracy:.3} (μ, {latent}-D, each image left out)"
        );
    }
    Ok(())
}
