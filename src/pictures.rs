//! Pictures as PNG files: grids of images (samples, reconstructions, the decoded manifold),
//! and the writing of any picture, atomically.

use std::path::Path;

use image::codecs::png::{CompressionType, FilterType};
use image::{DynamicImage, GrayImage, ImageBuffer, ImageEncoder, Luma, PixelWithColorType, Rgb, RgbImage};

use crate::error::{Error, Result};
use crate::files::write_atomic;

/// Pixels between neighbouring images, and their grey: white-on-black digits stay apart.
const GUTTER: u32 = 2;
const GUTTER_GREY: u8 = 128;

/// A value in [0, 1] as a grey level (outside: clamped).
fn grey(v: f32) -> u8 {
    (v.clamp(0.0, 1.0) * 255.0).round() as u8
}

/// Images of `shape` ([channels, height, width]: 1 channel grey, 3 RGB; values in [0, 1], each
/// image its channel planes in turn, each row-major) in a grid of `cols` columns, left to right
/// then top to bottom, with grey gutters: a grey picture for one channel, a colour one for three.
pub fn grid(images: &[f32], shape: [usize; 3], cols: usize) -> Result<DynamicImage> {
    let [c, h, w] = shape;
    let (plane, dim) = (h * w, c * h * w);
    if !matches!(c, 1 | 3) {
        return Err(Error::Invalid(format!("a picture of {c}-channel images: pictures take 1 (grey) or 3 (RGB)")));
    }
    if dim == 0 || cols == 0 || images.is_empty() || !images.len().is_multiple_of(dim) {
        return Err(Error::Invalid(format!(
            "a grid of {} values as {c}x{h}x{w} images in {cols} columns",
            images.len()
        )));
    }
    let n = images.len() / dim;
    let rows = n.div_ceil(cols);
    let cell = |size: usize| size as u32 + GUTTER;
    let (width, height) = (cols as u32 * cell(w) + GUTTER, rows as u32 * cell(h) + GUTTER);
    let origin = |i: usize| (GUTTER + (i % cols) as u32 * cell(w), GUTTER + (i / cols) as u32 * cell(h));
    if c == 1 {
        let mut picture = GrayImage::from_pixel(width, height, Luma([GUTTER_GREY]));
        for (i, image) in images.chunks(dim).enumerate() {
            let (x0, y0) = origin(i);
            for (j, &v) in image.iter().enumerate() {
                picture.put_pixel(x0 + (j % w) as u32, y0 + (j / w) as u32, Luma([grey(v)]));
            }
        }
        return Ok(DynamicImage::ImageLuma8(picture));
    }
    let mut picture = RgbImage::from_pixel(width, height, Rgb([GUTTER_GREY; 3]));
    for (i, image) in images.chunks(dim).enumerate() {
        let (x0, y0) = origin(i);
        for j in 0..plane {
            let rgb = [0, 1, 2].map(|k| grey(image[k * plane + j]));
            picture.put_pixel(x0 + (j % w) as u32, y0 + (j / w) as u32, Rgb(rgb));
        }
    }
    Ok(DynamicImage::ImageRgb8(picture))
}

/// Inputs and what the model made of them: a row of inputs, then the row of their
/// reconstructions under it, `cols` pairs wide.
pub fn pairs(inputs: &[f32], outputs: &[f32], shape: [usize; 3], cols: usize) -> Result<DynamicImage> {
    let dim = shape.iter().product::<usize>();
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

/// Writes a grid (grey or colour) as a PNG file (temp file, then rename).
pub fn save_picture(path: &Path, picture: &DynamicImage) -> Result<()> {
    match picture {
        DynamicImage::ImageLuma8(grey) => save_png(path, grey),
        other => save_png(path, &other.to_rgb8()),
    }
}

#[cfg(test)]
mod tests {
    use super::{grid, pairs};
    use image::DynamicImage;

    #[test]
    fn grid_places_each_image_in_its_cell() {
        // Three 2x3 images with distinct values, two columns: the third starts the second row.
        let images: Vec<f32> = (0..18).map(|i| i as f32 / 17.0).collect();
        let g = grid(&images, [1, 2, 3], 2).unwrap().to_luma8();
        assert_eq!((g.width(), g.height()), (2 * 5 + 2, 2 * 4 + 2));
        assert_eq!(g.get_pixel(2, 2).0[0], 0); // image 0, pixel 0
        assert_eq!(g.get_pixel(2 + 5 + 2, 2 + 1).0[0], super::grey(11.0 / 17.0)); // image 1, (1, 2)
        assert_eq!(g.get_pixel(2, 2 + 4).0[0], super::grey(12.0 / 17.0)); // image 2, pixel 0
        assert_eq!(g.get_pixel(0, 0).0[0], super::GUTTER_GREY);
        assert!(grid(&images[..5], [1, 2, 3], 2).is_err());
    }

    #[test]
    fn pairs_put_each_reconstruction_under_its_input() {
        let inputs = vec![1.0; 3 * 4];
        let outputs = vec![0.5; 3 * 4];
        let g = pairs(&inputs, &outputs, [1, 2, 2], 2).unwrap().to_luma8();
        // Rows: inputs 0-1, outputs 0-1, input 2 + blank, output 2 + blank.
        assert_eq!(g.height(), 4 * 4 + 2);
        let at = |col: u32, row: u32| g.get_pixel(2 + col * 4, 2 + row * 4).0[0];
        assert_eq!((at(0, 0), at(1, 0), at(0, 1), at(1, 1)), (255, 255, 128, 128));
        assert_eq!((at(0, 2), at(1, 2), at(0, 3), at(1, 3)), (255, 0, 128, 0));
    }

    #[test]
    fn colour_grids_put_each_plane_in_its_channel() {
        // Two 1x2 RGB images: image 0 red then green, image 1 blue then white.
        let images = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0, /* image 1 */ 0.0, 1.0, 0.0, 1.0, 1.0, 1.0];
        let g = grid(&images, [3, 1, 2], 2).unwrap();
        let DynamicImage::ImageRgb8(g) = g else { panic!("a colour picture") };
        assert_eq!((g.width(), g.height()), (2 * 4 + 2, 3 + 2));
        assert_eq!(g.get_pixel(2, 2).0, [255, 0, 0]);
        assert_eq!(g.get_pixel(3, 2).0, [0, 255, 0]);
        assert_eq!(g.get_pixel(6, 2).0, [0, 0, 255]);
        assert_eq!(g.get_pixel(7, 2).0, [255, 255, 255]);
        assert_eq!(g.get_pixel(0, 0).0, [super::GUTTER_GREY; 3]);
        assert!(grid(&images[..6], [2, 1, 3], 1).is_err());
    }
}
