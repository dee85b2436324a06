//! Training images: the bundled MNIST split, any IDX file, or a folder of PNG/JPEG images.
//!
//! Everything is kept as u8 (a quarter of the memory of f32); the trainer scales a batch to
//! [0, 1] as it uploads it. Loading checks every size against the bytes actually present before
//! it allocates, so a corrupt or hostile file gives an error naming it, never a panic or an
//! absurd allocation.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::ModelConfig;

/// A set of same-sized grayscale images as u8, with optional labels.
#[derive(Clone)]
pub struct Dataset {
    /// `count` images of `height * width` bytes each, row-major, one after the other.
    pub images: Vec<u8>,
    /// One label per image, when the source has them (an IDX labels file beside the images).
    pub labels: Option<Vec<u8>>,
    pub count: usize,
    pub height: usize,
    pub width: usize,
    /// Where the images came from, for messages and for the run's record.
    pub source: PathBuf,
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const IDX_U8: u8 = 0x08;

impl Dataset {
    /// Checks the images have the shape `config`'s model takes; `what` names the data set.
    pub fn check_shape(&self, config: &ModelConfig, what: &str) -> Result<()> {
        let [channels, ..] = config.input();
        if channels != 1 {
            return Err(Error::Invalid(format!(
                "{what} {}: grayscale images (1 channel), the model takes {channels} channels",
                self.source.display()
            )));
        }
        self.check_image_shape(config.image_shape(), what)
    }

    /// Checks the images are [height, width] = `shape`; `what` names the data set.
    pub fn check_image_shape(&self, shape: [usize; 2], what: &str) -> Result<()> {
        if [self.height, self.width] != shape {
            return Err(Error::Invalid(format!(
                "{what} {}: images are {}x{}, the model takes {}x{}",
                self.source.display(),
                self.height,
                self.width,
                shape[0],
                shape[1]
            )));
        }
        Ok(())
    }

    /// The images of an IDX images file's bytes (raw or gzipped), without labels; `source`
    /// names it in errors and in the set.
    pub fn from_idx_bytes(bytes: Vec<u8>, source: &Path) -> Result<Dataset> {
        let (dims, images) = parse_idx(bytes, 3, source)?;
        let (count, height, width) = (dims[0], dims[1], dims[2]);
        Ok(Dataset { images, labels: None, count, height, width, source: source.to_path_buf() })
    }

    /// Pixels per image: the length of the vector the model sees.
    pub fn dim(&self) -> usize {
        self.height * self.width
    }

    /// Image `i`; panics when `i >= count`, like slice indexing.
    pub fn image(&self, i: usize) -> &[u8] {
        let dim = self.dim();
        &self.images[i * dim..(i + 1) * dim]
    }

    /// An IDX images file (raw or .gz, detected by the gzip magic bytes, not the name) with the
    /// labels file beside it when present, or a folder of PNG/JPEG images.
    pub fn load(path: &Path) -> Result<Dataset> {
        let meta = std::fs::metadata(path).map_err(|e| Error::Io(format!("data set {}: {e}", path.display())))?;
        if meta.is_dir() { load_folder(path) } else { load_idx_images(path) }
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

fn load_idx_images(path: &Path) -> Result<Dataset> {
    let raw = std::fs::read(path).map_err(|e| Error::Io(format!("reading {}: {e}", path.display())))?;
    let set = Dataset::from_idx_bytes(raw, path)?;
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

/// The labels file that the MNIST naming conventions put beside an images file, if it exists.
fn labels_beside(images: &Path) -> Option<PathBuf> {
    let name = images.file_name()?.to_str()?;
    let patterns = [("images-idx3", "labels-idx1"), ("images.idx3", "labels.idx1"), ("-images", "-labels")];
    let (from, to) = patterns.iter().find(|(from, _)| name.contains(from))?;
    let derived = name.replace(from, to);
    let base = derived.strip_suffix(".gz").unwrap_or(&derived);
    [base.to_string(), format!("{base}.gz")].into_iter().map(|n| images.with_file_name(n)).find(|p| p.is_file())
}

fn is_image_name(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("png" | "jpg" | "jpeg"))
}

fn load_folder(dir: &Path) -> Result<Dataset> {
    let io = |e: std::io::Error| Error::Io(format!("reading folder {}: {e}", dir.display()));
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() && is_image_name(&path) {
            files.push(path);
        }
    }
    // Name order, so that image i is the same image on every file system and every run.
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    let Some(first) = files.first() else {
        return Err(Error::Invalid(format!("image folder {}: no .png, .jpg or .jpeg files", dir.display())));
    };
    let mut images = Vec::new();
    let (mut height, mut width) = (0, 0);
    for (i, path) in files.iter().enumerate() {
        let decoded = image::ImageReader::open(path)
            .and_then(|r| r.with_guessed_format())
            .map_err(|e| Error::Io(format!("reading image {}: {e}", path.display())))?
            .decode()
            .map_err(|e| Error::Invalid(format!("image {}: cannot decode: {e}", path.display())))?
            .to_luma8();
        let (w, h) = (decoded.width() as usize, decoded.height() as usize);
        if i == 0 {
            (height, width) = (h, w);
            images.reserve(files.len() * h * w);
        } else if (h, w) != (height, width) {
            return Err(Error::Invalid(format!(
                "image {}: size {w}x{h}, but {} is {width}x{height}; all images of a folder must be the same size",
                path.display(),
                first.display()
            )));
        }
        images.extend_from_slice(decoded.as_raw());
    }
    Ok(Dataset { images, labels: None, count: files.len(), height, width, source: dir.to_path_buf() })
}
