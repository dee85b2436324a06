//! The CIFAR-10 and CIFAR-100 binary files: records of one label byte (CIFAR-10) or two
//! (CIFAR-100: coarse, then fine; the fine label is kept) followed by 3,072 bytes of pixels, the
//! red, green and blue 32 × 32 planes in turn: the layout of [`Dataset`] already. A file, or the
//! folder holding them (`cifar-10-batches-bin`: `data_batch_1.bin` … `data_batch_5.bin` for
//! training, `test_batch.bin` held out; `cifar-100-binary`: `train.bin`, `test.bin`).

use std::path::{Path, PathBuf};

use super::{Dataset, ReadOptions};
use crate::error::{Error, Result};

const SIDE: usize = 32;
const PIXELS: usize = 3 * SIDE * SIDE;

/// The two layouts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Cifar10,
    Cifar100,
}

impl Layout {
    fn label_bytes(self) -> usize {
        match self {
            Layout::Cifar10 => 1,
            Layout::Cifar100 => 2,
        }
    }

    fn record(self) -> usize {
        self.label_bytes() + PIXELS
    }

    /// The classes of the kept label (CIFAR-100's fine one), and of CIFAR-100's coarse one.
    fn classes(self) -> (u8, u8) {
        match self {
            Layout::Cifar10 => (10, 10),
            Layout::Cifar100 => (100, 20),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Layout::Cifar10 => "CIFAR-10",
            Layout::Cifar100 => "CIFAR-100",
        }
    }
}

fn error(path: &Path, problem: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("CIFAR file {}: {problem}", path.display()))
}

/// The layout of a file: by its name where it is one of the data sets' own, else by its size,
/// which must be a whole number of records of one layout and not of the other.
fn layout(path: &Path, len: usize) -> Result<Layout> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name == "test_batch.bin" || (name.starts_with("data_batch_") && name.ends_with(".bin")) {
        return Ok(Layout::Cifar10);
    }
    if name == "train.bin" || name == "test.bin" {
        return Ok(Layout::Cifar100);
    }
    let fits = |l: Layout| len > 0 && len.is_multiple_of(l.record());
    match (fits(Layout::Cifar10), fits(Layout::Cifar100)) {
        (true, false) => Ok(Layout::Cifar10),
        (false, true) => Ok(Layout::Cifar100),
        (true, true) => Err(error(
            path,
            format_args!(
                "{len} bytes is a whole number of both CIFAR-10 ({}-byte) and CIFAR-100 ({}-byte) records; \
                 name it data_batch_N.bin or train.bin to say which",
                Layout::Cifar10.record(),
                Layout::Cifar100.record()
            ),
        )),
        (false, false) => Err(error(
            path,
            format_args!(
                "{len} bytes is not a whole number of CIFAR-10 ({}-byte) or CIFAR-100 ({}-byte) records: truncated, \
                 or not a CIFAR file",
                Layout::Cifar10.record(),
                Layout::Cifar100.record()
            ),
        )),
    }
}

/// The images and labels of one file's bytes; `path` names it in errors and decides the layout
/// (see [`layout`]).
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Dataset> {
    let layout = layout(path, bytes.len())?;
    let record = layout.record();
    if bytes.is_empty() || !bytes.len().is_multiple_of(record) {
        return Err(error(
            path,
            format_args!(
                "{} bytes is {} whole {}-byte {} records and {} bytes more: truncated or damaged",
                bytes.len(),
                bytes.len() / record,
                record,
                layout.name(),
                bytes.len() % record
            ),
        ));
    }
    let count = bytes.len() / record;
    let (classes, coarse_classes) = layout.classes();
    let mut images = Vec::with_capacity(count * PIXELS);
    let mut labels = Vec::with_capacity(count);
    for (i, r) in bytes.chunks_exact(record).enumerate() {
        let (label_bytes, pixels) = r.split_at(layout.label_bytes());
        let label = *label_bytes.last().expect("at least one label byte");
        let coarse = label_bytes[0];
        if label >= classes || (layout == Layout::Cifar100 && coarse >= coarse_classes) {
            return Err(error(
                path,
                format_args!(
                    "record {i} has label {label_bytes:?}, outside {}'s {classes} classes: damaged, or not this layout",
                    layout.name()
                ),
            ));
        }
        labels.push(label);
        images.extend_from_slice(pixels);
    }
    Ok(Dataset {
        images: images.into(),
        labels: Some(labels),
        count,
        channels: 3,
        height: SIDE,
        width: SIDE,
        source: path.to_path_buf(),
        read: ReadOptions::default(),
    })
}

/// The files one after the other, as one set named `source`.
pub(super) fn load_files(source: &Path, files: &[PathBuf]) -> Result<Dataset> {
    let mut sets = Vec::with_capacity(files.len());
    for file in files {
        let bytes = std::fs::read(file).map_err(|e| Error::Io(format!("reading {}: {e}", file.display())))?;
        sets.push(from_bytes(&bytes, file)?);
    }
    let count = sets.iter().map(|s| s.count).sum();
    let images = sets.iter().flat_map(|s| s.images.iter().copied()).collect::<Vec<u8>>().into();
    let labels = sets.iter().flat_map(|s| s.labels.iter().flatten().copied()).collect();
    Ok(Dataset { images, labels: Some(labels), count, source: source.to_path_buf(), ..sets.swap_remove(0) })
}

/// The training files of a CIFAR folder (CIFAR-10's batches in name order, or CIFAR-100's
/// train.bin), or None where `dir` is not one.
pub(super) fn training_files(dir: &Path) -> Result<Option<Vec<PathBuf>>> {
    let io = |e: std::io::Error| Error::Io(format!("reading folder {}: {e}", dir.display()));
    let mut batches = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with("data_batch_") && name.ends_with(".bin") && path.is_file() {
            batches.push(path);
        }
    }
    batches.sort();
    if !batches.is_empty() {
        return Ok(Some(batches));
    }
    let train = dir.join("train.bin");
    Ok(train.is_file().then(|| vec![train]))
}

/// A CIFAR folder's held-out file, where `path` is such a folder and the file is there.
pub(super) fn test_file(path: &Path) -> Option<PathBuf> {
    let names = match training_files(path).ok()??.first()?.file_name()?.to_str()? {
        "train.bin" => "test.bin",
        _ => "test_batch.bin",
    };
    Some(path.join(names)).filter(|p| p.is_file())
}
