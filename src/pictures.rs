//! Pictures as PNG files: grids of images (samples, reconstructions, the decoded manifold),
//! and the writing of any picture, atomically.

use std::path::Path;

use image::codecs::png::{CompressionType, FilterType};
use image::{GrayImage, ImageBuffer, ImageEncoder, Luma, PixelWithColorType};

use crate::error::{Error, Result};
use crate::files::write_atomic;

/// Pixels between neighbouring images, and their grey: white-on-black digits stay apart.
const GUTTER: u32 = 2;
const GUTTER_GREY: u8 = 128;

/// A value in [0, 1] as a grey level (outside: clamped).
fn grey(v: f32) -> u8 {
    (v.clamp(0.0, 1.0) * 255.0).round() as u8
}

/// Images of `shape` ([height, width], values in [0, 1], row-major, one after the other) in a
/// grid of `cols` columns, left to right then top to bottom, with grey gutters.
pub fn grid(images: &[f32], shape: [usize; 2], cols: usize) -> Result<GrayImage> {
    let [h, w] = shape;
    let dim = h * w;
    if dim == 0 || cols == 0 || images.is_empty() || !images.len().is_multiple_of(dim) {
        return Err(Error::Invalid(format!("a grid of {} values as {h}x{w} images in {cols} columns", images.len())));
    }
    let n = images.len() / dim;
    let rows = n.div_ceil(cols);
    let cell = |size: usize| size as u32 + GUTTER;
    let mut picture =
        GrayImage::from_pixel(cols as u32 * cell(w) + GUTTER, rows as u32 * cell(h) + GUTTER, Luma([GUTTER_GREY]));
    for (i, image) in images.chunks(dim).enumerate() {
        let (x0, y0) = (GUTTER + (i % cols) as u32 * cell(w), GUTTER + (i / cols) as u32 * cell(h));
        for (j, &v) in image.iter().enumerate() {
            picture.put_pixel(x0 + (j % w) as u32, y0 + (j / w) as u32, Luma([grey(v)]));
        }
    }
    Ok(picture)
}

/// Inputs and what the model made of them: a row of inputs, then the row of their
/// reconstructions under it, `cols` pairs wide.
pub fn pairs(inputs: &[f32], outputs: &[f32], shape: [usize; 2], cols: usize) -> Result<GrayImage> {
    let dim = shape[0] * shape[1];
    if inputs.len() != outputs.len() || dim == 0 || cols == 0 {
        return Err(Error::Invalid(format!("{} inputs against {} outputs", inputs.len(), outputs.len())));
    }
    let blank = vec![0.0; dim];
    let mut interleaved = Vec::with_capacity(2 * inputs.len());
    for (ins, outs) in inputs.chunks(cols * dim).zip(outputs.chunks(cols * dim)) {
        for row in [ins, outs] {
            interleaved.extend_from_slice(row);
            // A short last row keeps the reconstructions under their inputs.
            for _ in row.len() / dim..cols {
                interleaved.extend_from_slice(&blank);
            }
        }
    }
    grid(&interleaved, shape, cols)
}

/// Columns for a near-square grid of `n` images.
pub fn square_columns(n: usize) -> usize {
    (n as f64).sqrt().ceil().max(1.0) as usize
}

/// Writes `picture` (grey or colour) as a PNG file (temp file, then rename).
pub fn save_png<P>(path: &Path, picture: &ImageBuffer<P, Vec<u8>>) -> Result<()>
where
    P: PixelWithColorType<Subpixel = u8>,
{
    let mut bytes = vec![];
    // Best compression: the pictures go into READMEs and run folders.
    image::codecs::png::PngEncoder::new_with_quality(&mut bytes, CompressionType::Best, FilterType::Adaptive)
        .write_image(picture.as_raw(), picture.width(), picture.height(), P::COLOR_TYPE)
        .map_err(|e| Error::Io(format!("encoding {} as PNG: {e}", path.display())))?;
    write_atomic(path, &bytes)
}

#[cfg(test)]
mod tests {
    use super::{grid, pairs};

    #[test]
    fn grid_places_each_image_in_its_cell() {
        // Three 2x3 images with distinct values, two columns: the third starts the second row.
        let images: Vec<f32> = (0..18).map(|i| i as f32 / 17.0).collect();
        let g = grid(&images, [2, 3], 2).unwrap();
        assert_eq!((g.width(), g.height()), (2 * 5 + 2, 2 * 4 + 2));
        assert_eq!(g.get_pixel(2, 2).0[0], 0); // image 0, pixel 0
        assert_eq!(g.get_pixel(2 + 5 + 2, 2 + 1).0[0], super::grey(11.0 / 17.0)); // image 1, (1, 2)
        assert_eq!(g.get_pixel(2, 2 + 4).0[0], super::grey(12.0 / 17.0)); // image 2, pixel 0
        assert_eq!(g.get_pixel(0, 0).0[0], super::GUTTER_GREY);
        assert!(grid(&images[..5], [2, 3], 2).is_err());
    }

    #[test]
    fn pairs_put_each_reconstruction_under_its_input() {
        let inputs = vec![1.0; 3 * 4];
        let outputs = vec![0.5; 3 * 4];
        let g = pairs(&inputs, &outputs, [2, 2], 2).unwrap();
        // Rows: inputs 0-1, outputs 0-1, input 2 + blank, output 2 + blank.
        assert_eq!(g.height(), 4 * 4 + 2);
        let at = |col: u32, row: u32| g.get_pixel(2 + col * 4, 2 + row * 4).0[0];
        assert_eq!((at(0, 0), at(1, 0), at(0, 1), at(1, 1)), (255, 255, 128, 128));
        assert_eq!((at(0, 2), at(1, 2), at(0, 3), at(1, 3)), (255, 0, 128, 0));
    }
}
