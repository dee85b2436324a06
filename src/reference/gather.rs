//! CPU reference of shaders/gather.wgsl.

use super::rng::{RngKey, row_block};

/// The batch the gather kernel writes: x[b, j] from image index[offset + b], binarized from
/// the stream of row (offset + b, 0).
pub fn gather(
    pixels: &[u8],
    index: &[u32],
    batch: usize,
    dim: usize,
    offset: usize,
    binarize: Option<RngKey>,
) -> Vec<f32> {
    let mut x = Vec::with_capacity(batch * dim);
    for b in 0..batch {
        let image = index[offset + b] as usize;
        for j in 0..dim {
            let byte = pixels[image * dim + j];
            x.push(match binarize {
                // u < byte / 255 for u = (2h + 1) / 2^24: the same exact comparison as the GPU.
                Some(key) => {
                    let h = (row_block(key, j as u32 / 4, (offset + b) as u32, 0)[j % 4] >> 9) as u64;
                    if (2 * h + 1) * 255 < (byte as u64) << 24 { 1.0 } else { 0.0 }
                }
                None => byte as f32 * (1.0 / 255.0),
            });
        }
    }
    x
}
