//! Folders of PNG/JPEG pictures: the pictures in the folder itself, in name order, without
//! labels; or, where it holds none, one subfolder per class (torchvision's ImageFolder layout),
//! the subfolders' names sorted giving the labels 0, 1, … Pictures keep their colour (three
//! channels; grayscale pictures one); [`ReadOptions`] converts to grayscale and crops and
//! resizes to a square. Decoding runs on every core, with a progress bar on a terminal.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use image::DynamicImage;

use super::{Dataset, ReadOptions, describe_shape, extension, fit, from_picture};
use crate::error::{Error, Result};

/// Labels are u8.
const MAX_CLASSES: usize = 256;

/// Below this many pictures no progress bar is drawn.
const PROGRESS_FROM: usize = 2000;

pub(super) fn load(dir: &Path, options: ReadOptions) -> Result<Dataset> {
    let (files, labels) = list(dir)?;
    let pictures = decode_all(&files, options);
    let mut images = Vec::new();
    let mut first: Option<(&Path, [usize; 3])> = None;
    for (path, picture) in files.iter().zip(pictures) {
        let (bytes, shape) = picture?;
        match first {
            None => {
                images.reserve(files.len() * bytes.len());
                first = Some((path, shape));
            }
            Some((first_path, first_shape)) if shape != first_shape => {
                return Err(mismatch(path, shape, first_path, first_shape));
            }
            Some(_) => {}
        }
        images.extend_from_slice(&bytes);
    }
    let [channels, height, width] = first.expect("list() finds at least one picture").1;
    Ok(Dataset {
        images: images.into(),
        labels,
        count: files.len(),
        channels,
        height,
        width,
        source: dir.to_path_buf(),
        read: ReadOptions::default(),
    })
}

/// Two pictures that cannot be in one data set, by what differs.
fn mismatch(path: &Path, shape: [usize; 3], first_path: &Path, first_shape: [usize; 3]) -> Error {
    let (a, b) = (describe_shape(shape), describe_shape(first_shape));
    let fix = if shape[0] != first_shape[0] {
        "all pictures of a data set must be colour, or all grayscale (--grayscale makes every picture one channel)"
    } else {
        "all pictures of a data set must be the same size (--image-size S crops and resizes every picture to S x S)"
    };
    Error::Invalid(format!("image {}: {a}, but {} is {b}; {fix}", path.display(), first_path.display()))
}

fn is_image_name(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("png" | "jpg" | "jpeg"))
}

/// The pictures directly in `dir`, in name order (the same order on every file system).
fn pictures_in(dir: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let io = |e: std::io::Error| Error::Io(format!("reading folder {}: {e}", dir.display()));
    let (mut files, mut folders) = (Vec::new(), Vec::new());
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() && is_image_name(&path) {
            files.push(path);
        } else if path.is_dir() {
            folders.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    folders.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok((files, folders))
}

/// The pictures of `dir` and, for the class layout, their labels.
fn list(dir: &Path) -> Result<(Vec<PathBuf>, Option<Vec<u8>>)> {
    let (files, folders) = pictures_in(dir)?;
    if !files.is_empty() {
        return Ok((files, None));
    }
    let mut classes = Vec::new();
    for folder in folders {
        let (pictures, _) = pictures_in(&folder)?;
        if !pictures.is_empty() {
            classes.push(pictures);
        }
    }
    if classes.is_empty() {
        return Err(Error::Invalid(format!(
            "image folder {}: no .png, .jpg or .jpeg files, in it or in subfolders of it",
            dir.display()
        )));
    }
    if classes.len() > MAX_CLASSES {
        return Err(Error::Invalid(format!(
            "image folder {}: {} class subfolders, labels go up to {MAX_CLASSES}",
            dir.display(),
            classes.len()
        )));
    }
    let labels = classes.iter().enumerate().flat_map(|(i, c)| std::iter::repeat_n(i as u8, c.len())).collect();
    Ok((classes.concat(), Some(labels)))
}

fn decode(path: &Path, options: ReadOptions) -> Result<(Vec<u8>, [usize; 3])> {
    let picture: DynamicImage = image::ImageReader::open(path)
        .and_then(|r| r.with_guessed_format())
        .map_err(|e| Error::Io(format!("reading image {}: {e}", path.display())))?
        .decode()
        .map_err(|e| Error::Invalid(format!("image {}: cannot decode: {e}", path.display())))?;
    Ok(from_picture(&fit(picture, options)))
}

/// Every file decoded, in order, on every core: contiguous runs of files per thread.
fn decode_all(files: &[PathBuf], options: ReadOptions) -> Vec<Result<(Vec<u8>, [usize; 3])>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len()).max(1);
    let done = AtomicUsize::new(0);
    let bar = (files.len() >= PROGRESS_FROM).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("decoding {pos}/{len} pictures {wide_bar} {eta}")
                .expect("a valid template"),
        );
        bar
    });
    let per_thread = files.len().div_ceil(threads);
    let results = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(per_thread)
            .map(|chunk| {
                let (done, bar) = (&done, &bar);
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|path| {
                            let decoded = decode(path, options);
                            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                            if let Some(bar) = bar {
                                bar.set_position(n as u64);
                            }
                            decoded
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a decoding thread panicked")).collect()
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    results
}
