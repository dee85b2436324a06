//! NumPy `.npy` arrays of images: uint8 [N, H, W], [N, H, W, C] or [N, C, H, W] (the channel
//! axis is the one of at most 4 entries), or float32 in [0, 1] (kept as the nearest of the
//! 256 levels, which is what the models see of 8-bit data), C-ordered. Labels come from an
//! integer [N] array beside it: `labels.npy` beside `images.npy`, `X_labels.npy` (or
//! `X-labels.npy`, `X.labels.npy`) beside `X.npy`, as `wgvae data convert` writes them.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use npyz::{Endianness, NpyHeader, Order, TypeChar};

use super::pixels::Pixels;
use super::{Dataset, ReadOptions};
use crate::error::{Error, Result};

/// A channel axis has at most this many entries; image sides more.
const MAX_CHANNELS: u64 = 4;

fn error(path: &Path, problem: impl std::fmt::Display) -> Error {
    Error::Invalid(format!("NumPy file {}: {problem}", path.display()))
}

/// The element types read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Element {
    U8,
    F32,
    /// Labels: an integer of this many bytes, signed or not, little-endian.
    Int {
        bytes: usize,
        signed: bool,
    },
}

impl Element {
    fn size(self) -> usize {
        match self {
            Element::U8 => 1,
            Element::F32 => 4,
            Element::Int { bytes, .. } => bytes,
        }
    }
}

/// A parsed array: its shape, element type and data bytes, checked to hold exactly the shape.
struct Array<'a> {
    shape: Vec<u64>,
    element: Element,
    data: &'a [u8],
}

fn parse<'a>(bytes: &'a [u8], path: &Path) -> Result<Array<'a>> {
    let mut cursor = Cursor::new(bytes);
    let header = NpyHeader::from_reader(&mut cursor).map_err(|e| error(path, format_args!("bad header: {e}")))?;
    let data = &bytes[cursor.position() as usize..];
    if header.order() == Order::Fortran {
        return Err(error(path, "a Fortran-ordered array; save it with np.ascontiguousarray first"));
    }
    let dtype = header.dtype();
    let npyz::DType::Plain(t) = &dtype else {
        return Err(error(path, format_args!("dtype {}, expected uint8 or float32", dtype.descr())));
    };
    let little = matches!(t.endianness(), Endianness::Little | Endianness::Irrelevant);
    let size = t.size_field() as usize;
    let element = match (t.type_char(), size, little) {
        (TypeChar::Uint, 1, _) => Element::U8,
        (TypeChar::Float, 4, true) => Element::F32,
        (TypeChar::Uint | TypeChar::Int, 1 | 2 | 4 | 8, true) => {
            Element::Int { bytes: size, signed: t.type_char() == TypeChar::Int }
        }
        _ => return Err(error(path, format_args!("dtype {t}, expected uint8 or float32 (or integer labels)"))),
    };
    let shape = header.shape().to_vec();
    let text = shape.iter().map(u64::to_string).collect::<Vec<_>>().join("x");
    if shape.contains(&0) {
        return Err(error(path, format_args!("empty shape {text}")));
    }
    // u128: no product of a header's dimensions can wrap it silently.
    let need = shape.iter().try_fold(element.size() as u128, |n, &d| n.checked_mul(d as u128));
    let need = need.ok_or_else(|| error(path, format_args!("shape {text} is too large")))?;
    let have = data.len() as u128;
    if need != have {
        let what = if need > have { "truncated" } else { "size mismatch" };
        return Err(error(path, format_args!("{what}: shape {text} of {t} needs {need} data bytes, found {have}")));
    }
    Ok(Array { shape, element, data })
}

/// The images (and the labels beside them) of a `.npy` file. A uint8 array whose images are
/// channel planes ([N, H, W] or [N, C, H, W]) is mapped, not read: its bytes are the images as
/// wgvae keeps them, so a set larger than memory is paged in as batches read it.
pub(super) fn load(path: &Path) -> Result<Dataset> {
    let map = Pixels::map_file(path)?;
    let mut set = decode(&map, path, Some(&map))?;
    if let Some(labels_path) = labels_beside(path) {
        let bytes =
            std::fs::read(&labels_path).map_err(|e| Error::Io(format!("reading {}: {e}", labels_path.display())))?;
        let labels = labels_from_bytes(&bytes, &labels_path)?;
        if labels.len() != set.count {
            return Err(error(
                &labels_path,
                format_args!("{} labels for the {} images of {}", labels.len(), set.count, path.display()),
            ));
        }
        set.labels = Some(labels);
    }
    Ok(set)
}

/// [n, c, h, w] of an array's images, and whether its channels are last in memory.
fn layout(array: &Array, path: &Path) -> Result<([u64; 4], bool)> {
    let text = array.shape.iter().map(u64::to_string).collect::<Vec<_>>().join("x");
    Ok(match array.shape[..] {
        [n, h, w] => ([n, 1, h, w], false),
        [n, a, h, b] if b <= MAX_CHANNELS && a > MAX_CHANNELS => ([n, b, a, h], true),
        [n, c, h, w] if c <= MAX_CHANNELS && w > MAX_CHANNELS => ([n, c, h, w], false),
        [_, _, _, _] => {
            return Err(error(
                path,
                format_args!(
                    "shape {text}: which axis holds the channels? one of axes 1 and 3 must have at most \
                     {MAX_CHANNELS} entries and the other more"
                ),
            ));
        }
        _ => return Err(error(path, format_args!("shape {text}: images are [N, H, W], [N, H, W, C] or [N, C, H, W]"))),
    })
}

/// The images of a `.npy` file's bytes, without labels; `path` names it.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Dataset> {
    decode(bytes, path, None)
}

/// The images of `bytes`; where `map` is the mapped file that `bytes` are, uint8 channel
/// planes stay where they lie in it instead of being copied.
fn decode(bytes: &[u8], path: &Path, map: Option<&Arc<memmap2::Mmap>>) -> Result<Dataset> {
    let array = parse(bytes, path)?;
    let (dims, channels_last) = layout(&array, path)?;
    let [count, channels, height, width] = dims.map(|d| d as usize);
    let in_place = matches!(array.element, Element::U8) && !channels_last;
    if let (true, Some(map)) = (in_place, map) {
        let start = array.data.as_ptr() as usize - bytes.as_ptr() as usize;
        let images = Pixels::range(map.clone(), start, array.data.len());
        let read = ReadOptions::default();
        return Ok(Dataset { images, labels: None, count, channels, height, width, source: path.to_path_buf(), read });
    }
    let values: Vec<u8> = match array.element {
        Element::U8 => array.data.to_vec(),
        Element::F32 => {
            let mut out = Vec::with_capacity(array.data.len() / 4);
            for (i, b) in array.data.chunks_exact(4).enumerate() {
                let v = f32::from_le_bytes(b.try_into().expect("4 bytes"));
                if !(0.0..=1.0).contains(&v) {
                    return Err(error(
                        path,
                        format_args!("value {v} at element {i}: float32 images must lie in [0, 1]"),
                    ));
                }
                out.push((v * 255.0).round() as u8);
            }
            out
        }
        Element::Int { .. } => {
            return Err(error(path, "an integer array other than uint8: images are uint8 or float32"));
        }
    };
    let images = if channels_last { to_planes(&values, count, channels, height * width) } else { values };
    Ok(Dataset {
        images: images.into(),
        labels: None,
        count,
        channels,
        height,
        width,
        source: path.to_path_buf(),
        read: ReadOptions::default(),
    })
}

/// [N, H·W, C] → [N, C, H·W].
fn to_planes(values: &[u8], count: usize, channels: usize, plane: usize) -> Vec<u8> {
    let mut out = vec![0; values.len()];
    for n in 0..count {
        let (src, dst) = (&values[n * plane * channels..][..plane * channels], &mut out[n * plane * channels..]);
        for (p, pixel) in src.chunks_exact(channels).enumerate() {
            for (c, &v) in pixel.iter().enumerate() {
                dst[c * plane + p] = v;
            }
        }
    }
    out
}

/// The labels of a `.npy` file's bytes: integers [N] (or [N, 1]) from 0 to 255.
pub fn labels_from_bytes(bytes: &[u8], path: &Path) -> Result<Vec<u8>> {
    let array = parse(bytes, path)?;
    let Element::Int { bytes: size, signed } = array.element else {
        if array.element != Element::U8 {
            return Err(error(path, "labels must be integers"));
        }
        return labels_of(array, path, 1, false);
    };
    labels_of(array, path, size, signed)
}

fn labels_of(array: Array, path: &Path, size: usize, signed: bool) -> Result<Vec<u8>> {
    if !matches!(array.shape[..], [_] | [_, 1]) {
        let text = array.shape.iter().map(u64::to_string).collect::<Vec<_>>().join("x");
        return Err(error(path, format_args!("labels of shape {text}, expected [N]")));
    }
    array
        .data
        .chunks_exact(size)
        .enumerate()
        .map(|(i, b)| {
            let mut word = [0u8; 8];
            word[..size].copy_from_slice(b);
            // Sign-extend the narrower signed integers.
            if signed && b[size - 1] & 0x80 != 0 {
                word[size..].fill(0xff);
            }
            let v = i64::from_le_bytes(word);
            u8::try_from(v).map_err(|_| error(path, format_args!("label {v} at {i}: labels go from 0 to 255")))
        })
        .collect()
}

/// The labels file beside `images`, if one exists.
fn labels_beside(images: &Path) -> Option<PathBuf> {
    let stem = images.file_stem()?.to_str()?;
    let mut names = vec![format!("{stem}_labels.npy"), format!("{stem}-labels.npy"), format!("{stem}.labels.npy")];
    if let Some(prefix) = stem.strip_suffix("images") {
        names.insert(0, format!("{prefix}labels.npy"));
    }
    names.into_iter().map(|n| images.with_file_name(n)).find(|p| p.is_file())
}

/// The images as a uint8 .npy file: [N, C, H, W] (channel planes, PyTorch's order and the one
/// wgvae keeps, so [`load`] maps the file instead of copying it), or [N, H, W] for one channel;
/// what [`from_bytes`] reads back as the same set. (A set of more than 4 channels cannot be
/// told from one of 4-pixel-wide images, so it is refused.)
pub fn to_bytes(set: &Dataset) -> Result<Vec<u8>> {
    let [c, h, w] = set.shape();
    if c > MAX_CHANNELS as usize || (c > 1 && w <= MAX_CHANNELS as usize) {
        return Err(Error::Invalid(format!(
            "{}: {c}x{h}x{w} images, which a .npy file's reader could not tell apart from channels last",
            set.source.display()
        )));
    }
    let shape: Vec<u64> =
        if c == 1 { vec![set.count, h, w] } else { vec![set.count, c, h, w] }.into_iter().map(|d| d as u64).collect();
    write_u8(&shape, set.images.iter().copied())
}

/// Labels as a uint8 [N] .npy file.
pub fn labels_to_bytes(labels: &[u8]) -> Result<Vec<u8>> {
    write_u8(&[labels.len() as u64], labels.iter().copied())
}

fn write_u8(shape: &[u64], values: impl Iterator<Item = u8>) -> Result<Vec<u8>> {
    use npyz::WriterBuilder;
    let io = |e: std::io::Error| Error::Io(format!("encoding a .npy file: {e}"));
    let mut bytes = vec![];
    let mut writer =
        npyz::WriteOptions::<u8>::new().default_dtype().shape(shape).writer(&mut bytes).begin_nd().map_err(io)?;
    writer.extend(values).map_err(io)?;
    writer.finish().map_err(io)?;
    Ok(bytes)
}

/// Where [`Dataset::write_npy`] puts the labels of `images`: `X_labels.npy` beside `X.npy`.
pub fn labels_path(images: &Path) -> PathBuf {
    let stem = images.file_stem().and_then(|s| s.to_str()).unwrap_or("images");
    images.with_file_name(format!("{stem}_labels.npy"))
}
