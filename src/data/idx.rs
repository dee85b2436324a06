//! IDX files (MNIST's format): u8 images of rank 3 [N, H, W], raw or gzipped, with the labels
//! file that MNIST's names put beside them (rank 1 [N]).

use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Dataset, ReadOptions};
use crate::error::{Error, Result};

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const IDX_U8: u8 = 0x08;

fn idx_error(path: &Path, problem: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("IDX file {}: {problem}", path.display()))
}

/// `raw`, gunzipped when it starts with the gzip magic. The output vector grows with the data
/// that really decompresses, so no header field can make it allocate ahead of the data.
fn maybe_gunzip(raw: Vec<u8>, path: &Path) -> Result<Vec<u8>> {
    if !raw.starts_with(&GZIP_MAGIC) {
        return Ok(raw);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&raw[..])
        .read_to_end(&mut out)
        .map_err(|e| idx_error(path, format_args!("unreadable gzip data: {e}")))?;
    Ok(out)
}

fn read_idx(path: &Path, rank: u8) -> Result<(Vec<usize>, Vec<u8>)> {
    let raw = std::fs::read(path).map_err(|e| Error::Io(format!("reading {}: {e}", path.display())))?;
    parse_idx(raw, rank, path)
}

/// Parses the bytes of an IDX file of u8 (raw or gzipped) with the given rank; returns its
/// dimensions and its data, which has been checked to hold exactly the product of the
/// dimensions. `path` names the file in errors.
fn parse_idx(raw: Vec<u8>, rank: u8, path: &Path) -> Result<(Vec<usize>, Vec<u8>)> {
    let mut bytes = maybe_gunzip(raw, path)?;
    let Some(magic) = bytes.get(..4) else {
        return Err(idx_error(path, format_args!("{} bytes, too short for an IDX header", bytes.len())));
    };
    let (got, want) = (u32::from_be_bytes(magic.try_into().unwrap()), u32::from_be_bytes([0, 0, IDX_U8, rank]));
    if magic[..3] != [0, 0, IDX_U8] {
        return Err(idx_error(path, format_args!("bad magic {got:#010x}, expected {want:#010x} (u8 data)")));
    }
    if magic[3] != rank {
        return Err(idx_error(path, format_args!("magic {got:#010x} is rank {}, expected {want:#010x}", magic[3])));
    }
    let header = 4 + 4 * rank as usize;
    if bytes.len() < header {
        return Err(idx_error(path, format_args!("truncated header: {} bytes, need {header}", bytes.len())));
    }
    let dims: Vec<usize> =
        bytes[4..header].chunks_exact(4).map(|c| u32::from_be_bytes(c.try_into().unwrap()) as usize).collect();
    let shape = dims.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("x");
    if dims.contains(&0) {
        return Err(idx_error(path, format_args!("empty shape {shape}")));
    }
    // u128: a product of up to three u32 cannot overflow it, so a corrupt header cannot wrap.
    let need: u128 = dims.iter().map(|&d| d as u128).product();
    let have = (bytes.len() - header) as u128;
    if need > have {
        return Err(idx_error(path, format_args!("truncated: shape {shape} needs {need} data bytes, found {have}")));
    }
    if need < have {
        return Err(idx_error(
            path,
            format_args!("size mismatch: shape {shape} needs {need} data bytes, found {have}"),
        ));
    }
    bytes.drain(..header);
    Ok((dims, bytes))
}

pub(super) fn load(path: &Path) -> Result<Dataset> {
    let raw = std::fs::read(path).map_err(|e| Error::Io(format!("reading {}: {e}", path.display())))?;
    let set = from_bytes(raw, path)?;
    let count = set.count;
    let labels = match labels_beside(path) {
        None => None,
        Some(lpath) => {
            let (ldims, labels) = read_idx(&lpath, 1)?;
            if ldims[0] != count {
                return Err(idx_error(
                    &lpath,
                    format_args!("{} labels for {count} images in {}", ldims[0], path.display()),
                ));
            }
            Some(labels)
        }
    };
    Ok(Dataset { labels, ..set })
}

/// The labels of an IDX labels file's bytes (raw or gzipped), checked to be `count`; `source`
/// names it in errors.
pub(super) fn labels_from_bytes(bytes: Vec<u8>, count: usize, source: &Path) -> Result<Vec<u8>> {
    let (dims, labels) = parse_idx(bytes, 1, source)?;
    if dims[0] != count {
        return Err(idx_error(source, format_args!("{} labels for {count} images", dims[0])));
    }
    Ok(labels)
}

/// The labels file that the MNIST naming conventions put beside an images file, if it exists.
fn labels_beside(images: &Path) -> Option<PathBuf> {
    let name = images.file_name()?.to_str()?;
    let patterns = [("images-idx3", "labels-idx1"), ("images.idx3", "labels.idx1"), ("-images", "-labels")];
    let (from, to) = patterns.iter().find(|(from, _)| name.contains(from))?;
    let derived = name.replace(from, to);
    let base = derived.strip_suffix(".gz").unwrap_or(&derived);
    [base.to_string(), format!("{base}.gz")].into_iter().map(|n| images.with_file_name(n)).find(|p| p.is_file())
}

/// The images of an IDX images file's bytes (raw or gzipped), without labels; `source` names
/// it in errors and in the set.
pub(super) fn from_bytes(bytes: Vec<u8>, source: &Path) -> Result<Dataset> {
    let (dims, images) = parse_idx(bytes, 3, source)?;
    let (count, height, width) = (dims[0], dims[1], dims[2]);
    Ok(Dataset {
        images: images.into(),
        labels: None,
        count,
        channels: 1,
        height,
        width,
        source: source.to_path_buf(),
        read: ReadOptions::default(),
    })
}
