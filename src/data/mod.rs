//! Training images and their readers: the bundled MNIST split, IDX files ([`idx`]), folders of
//! PNG/JPEG images, flat or one subfolder per class ([`folder`]), the CIFAR-10 and CIFAR-100
//! binary files ([`cifar`]) and NumPy arrays ([`npy`]).
//!
//! Every image is kept as u8, C × H × W (channel planes, PyTorch's layout), a quarter of the
//! memory of f32; the trainer scales a batch to [0, 1] as it uploads it. Grayscale is one
//! channel, colour three (RGB). Loading checks every size against the bytes actually present
//! before it allocates, so a corrupt or hostile file gives an error naming it, never a panic or
//! an absurd allocation.

pub mod cifar;
pub mod folder;
pub mod gpu_images;
pub mod idx;
pub mod npy;
pub mod pixels;

use std::path::{Path, PathBuf};

use image::{DynamicImage, GrayImage, RgbImage};

use crate::error::{Error, Result};
use crate::model::ModelConfig;
use pixels::Pixels;

/// A set of same-sized images as u8, with optional labels.
#[derive(Clone)]
pub struct Dataset {
    /// `count` images of `channels * height * width` bytes each, one after the other, each as
    /// its channel planes in order (R, G, B for colour), each plane row-major; in memory, or
    /// mapped from a file that holds them so.
    pub images: Pixels,
    /// One label per image, when the source has them (an IDX labels file beside the images, a
    /// CIFAR record's label, a labels .npy beside the images, a class subfolder's index).
    pub labels: Option<Vec<u8>>,
    pub count: usize,
    /// 1 (grayscale) or 3 (RGB) for images read from pictures; any count from a .npy file.
    pub channels: usize,
    pub height: usize,
    pub width: usize,
    /// Where the images came from, for messages and for the run's record.
    pub source: PathBuf,
    /// How they were read from there (recorded with a run, so that a resumed run reads the same).
    pub read: ReadOptions,
}

/// How a reader turns its source into a data set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ReadOptions {
    /// Colour images converted to one channel (luma, Rec. 709 weights, as the image crate's).
    pub grayscale: bool,
    /// Each image centre-cropped to a square and resized to this side (Lanczos-3), so that
    /// pictures of mixed sizes make one data set.
    pub image_size: Option<u32>,
}

impl Dataset {
    /// Checks the images have the shape `config`'s model takes; `what` names the data set.
    pub fn check_shape(&self, config: &ModelConfig, what: &str) -> Result<()> {
        self.check_image_shape(config.input(), what)
    }

    /// Checks the images are [channels, height, width] = `shape`; `what` names the data set.
    pub fn check_image_shape(&self, shape: [usize; 3], what: &str) -> Result<()> {
        if self.shape() != shape {
            let [c, h, w] = shape;
            return Err(Error::Invalid(format!(
                "{what} {}: images are {}, the model takes {}",
                self.source.display(),
                describe_shape(self.shape()),
                describe_shape([c, h, w])
            )));
        }
        Ok(())
    }

    /// [channels, height, width].
    pub fn shape(&self) -> [usize; 3] {
        [self.channels, self.height, self.width]
    }

    /// The images of an IDX images file's bytes (raw or gzipped), without labels; `source`
    /// names it in errors and in the set.
    pub fn from_idx_bytes(bytes: Vec<u8>, source: &Path) -> Result<Dataset> {
        idx::from_bytes(bytes, source)
    }

    /// [`from_idx_bytes`](Self::from_idx_bytes) with the labels of an IDX labels file's bytes
    /// (where there are no files to find them beside: the page compiles the bundled digits in).
    pub fn from_idx_bytes_with_labels(images: Vec<u8>, labels: Vec<u8>, source: &Path) -> Result<Dataset> {
        let set = idx::from_bytes(images, source)?;
        let labels = idx::labels_from_bytes(labels, set.count, source)?;
        Ok(Dataset { labels: Some(labels), ..set })
    }

    /// Images `range` (and their labels) as a set of their own, in memory.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Dataset {
        let dim = self.dim();
        Dataset {
            images: self.images[range.start * dim..range.end * dim].to_vec().into(),
            labels: self.labels.as_ref().map(|l| l[range.clone()].to_vec()),
            count: range.len(),
            channels: self.channels,
            height: self.height,
            width: self.width,
            source: self.source.clone(),
            read: self.read,
        }
    }

    /// Values per image, C·H·W: the length of the vector the model sees.
    pub fn dim(&self) -> usize {
        self.channels * self.height * self.width
    }

    /// Whether every pixel is 0 or 255: binary images, on which a Bernoulli decoder is a
    /// probability of the data (so bits per dimension apply) with no binarization.
    pub fn is_binary(&self) -> bool {
        self.images[..self.count * self.dim()].iter().all(|&p| p == 0 || p == 255)
    }

    /// Image `i`; panics when `i >= count`, like slice indexing.
    pub fn image(&self, i: usize) -> &[u8] {
        let dim = self.dim();
        &self.images[i * dim..(i + 1) * dim]
    }

    /// [`Dataset::load_with`] with the default options.
    pub fn load(path: &Path) -> Result<Dataset> {
        Dataset::load_with(path, ReadOptions::default())
    }

    /// Reads `path` by what it is: a folder of CIFAR binary files (its training files), another
    /// folder (images, or subfolders of images as classes), a `.npy` file, a CIFAR `.bin` file,
    /// else an IDX images file (raw or .gz, detected by the gzip magic bytes, not the name) with
    /// the labels file beside it when present.
    pub fn load_with(path: &Path, options: ReadOptions) -> Result<Dataset> {
        let meta = std::fs::metadata(path).map_err(|e| Error::Io(format!("data set {}: {e}", path.display())))?;
        let set = if meta.is_dir() {
            match cifar::training_files(path)? {
                Some(files) => cifar::load_files(path, &files)?.transformed(options)?,
                None => folder::load(path, options)?,
            }
        } else {
            match extension(path).as_deref() {
                Some("npy") => npy::load(path)?,
                Some("bin") => cifar::load_files(path, &[path.to_path_buf()])?,
                _ => idx::load(path)?,
            }
            .transformed(options)?
        };
        Ok(Dataset { read: options, ..set })
    }

    /// The held-out images that belong with `path` when only it is given: a CIFAR folder's test
    /// file.
    pub fn held_out_beside(path: &Path) -> Option<PathBuf> {
        cifar::test_file(path)
    }

    pub fn bundled_train() -> Result<Dataset> {
        Dataset::load(&Dataset::bundled_train_path())
    }

    pub fn bundled_test() -> Result<Dataset> {
        Dataset::load(&Dataset::bundled_test_path())
    }

    /// The 9,000 training digits shipped in data/ (see data/README.md for their making).
    pub fn bundled_train_path() -> PathBuf {
        bundled_dir().join("mnist-train-images-idx3-ubyte.gz")
    }

    /// The 1,000 held-out digits shipped in data/, never seen in training.
    pub fn bundled_test_path() -> PathBuf {
        bundled_dir().join("mnist-test-images-idx3-ubyte.gz")
    }

    /// Writes the set as a uint8 `.npy` file at `path` ([N, C, H, W], or [N, H, W] for one
    /// channel: wgvae's own layout, which it maps without a copy when it reads it back) and its labels, if any, as `X_labels.npy` beside it, each atomically; returns
    /// the labels' path when written.
    pub fn write_npy(&self, path: &Path) -> Result<Option<PathBuf>> {
        if extension(path).as_deref() != Some("npy") {
            return Err(Error::Invalid(format!("{}: the output is a .npy file", path.display())));
        }
        crate::files::write_atomic(path, &npy::to_bytes(self)?)?;
        let Some(labels) = &self.labels else { return Ok(None) };
        let labels_path = npy::labels_path(path);
        crate::files::write_atomic(&labels_path, &npy::labels_to_bytes(labels)?)?;
        Ok(Some(labels_path))
    }

    /// The set after `options` (grayscale, then the square resize), as the folder reader
    /// applies them to each picture it decodes.
    pub fn transformed(self, options: ReadOptions) -> Result<Dataset> {
        let grey = options.grayscale && self.channels != 1;
        if !grey && options.image_size.is_none() {
            return Ok(Dataset { read: options, ..self });
        }
        if self.channels != 1 && self.channels != 3 {
            return Err(Error::Invalid(format!(
                "data set {}: {} channels; --grayscale and --image-size take 1 or 3",
                self.source.display(),
                self.channels
            )));
        }
        let mut images = Vec::new();
        let mut shape = self.shape();
        for i in 0..self.count {
            let bytes;
            (bytes, shape) = from_picture(&fit(to_picture(self.image(i), self.shape()), options));
            images.extend_from_slice(&bytes);
        }
        let [channels, height, width] = shape;
        Ok(Dataset { images: images.into(), channels, height, width, read: options, ..self })
    }
}

/// "1x28x28 (grayscale)", "3x32x32 (RGB)".
pub fn describe_shape([c, h, w]: [usize; 3]) -> String {
    let kind = match c {
        1 => " (grayscale)",
        3 => " (RGB)",
        _ => "",
    };
    format!("{c}x{h}x{w}{kind}")
}

/// A picture under `options`: luma where grayscale is asked for, then centre-cropped to a
/// square and resized where a size is.
pub(crate) fn fit(picture: DynamicImage, options: ReadOptions) -> DynamicImage {
    let picture = if options.grayscale && picture.color().has_color() {
        DynamicImage::ImageLuma8(picture.to_luma8())
    } else {
        picture
    };
    let Some(side) = options.image_size else { return picture };
    let (w, h) = (picture.width(), picture.height());
    let square = w.min(h);
    let cropped = picture.crop_imm((w - square) / 2, (h - square) / 2, square, square);
    if square == side {
        return cropped;
    }
    cropped.resize_exact(side, side, image::imageops::FilterType::Lanczos3)
}

/// One image of `shape` (C × H × W planes, C = 1 or 3) as a picture.
pub(crate) fn to_picture(planes: &[u8], [c, h, w]: [usize; 3]) -> DynamicImage {
    let (wu, hu) = (w as u32, h as u32);
    if c == 1 {
        return DynamicImage::ImageLuma8(GrayImage::from_raw(wu, hu, planes.to_vec()).expect("one plane"));
    }
    let plane = h * w;
    let interleaved = (0..plane).flat_map(|p| (0..3).map(move |k| planes[k * plane + p])).collect();
    DynamicImage::ImageRgb8(RgbImage::from_raw(wu, hu, interleaved).expect("three planes"))
}

/// A picture's bytes as C × H × W planes (luma pictures one plane, any other three, RGB) and
/// that shape.
pub(crate) fn from_picture(picture: &DynamicImage) -> (Vec<u8>, [usize; 3]) {
    let (w, h) = (picture.width() as usize, picture.height() as usize);
    if !picture.color().has_color() {
        return (picture.to_luma8().into_raw(), [1, h, w]);
    }
    let rgb = picture.to_rgb8();
    let raw = rgb.as_raw();
    let planes = (0..3).flat_map(|k| raw.iter().skip(k).step_by(3).copied()).collect();
    (planes, [3, h, w])
}

fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

/// Where the bundled digits are: `$WGVAE_DATA_DIR` where set (binaries copied to a machine
/// without the repository, as bench/gpu_check.sh's pack does), else the repository's data/.
fn bundled_dir() -> PathBuf {
    match std::env::var_os(DATA_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
    }
}

/// Names the folder holding the bundled digits, for binaries run away from the repository.
pub const DATA_DIR_VARIABLE: &str = "WGVAE_DATA_DIR";
