//! The bytes of a data set's images: owned, or a range of a memory-mapped file whose bytes are
//! already the images as wgvae keeps them (a uint8 `.npy` of [N, H, W] or [N, C, H, W]), so a
//! set larger than memory is paged in as batches read it instead of copied in whole.

use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use crate::error::{Error, Result};

#[derive(Clone)]
pub enum Pixels {
    Owned(Vec<u8>),
    Mapped { map: Arc<memmap2::Mmap>, start: usize, len: usize },
}

impl Pixels {
    /// The file at `path` mapped read-only, for [`Pixels::range`].
    pub fn map_file(path: &Path) -> Result<Arc<memmap2::Mmap>> {
        let file = std::fs::File::open(path).map_err(|e| Error::Io(format!("reading {}: {e}", path.display())))?;
        // SAFETY: the map is read-only and private to this process; like any reader that reads
        // a file lazily, a run whose file another program rewrites meanwhile sees the new bytes.
        let map = unsafe { memmap2::Mmap::map(&file) }
            .map_err(|e| Error::Io(format!("mapping {} into memory: {e}", path.display())))?;
        Ok(Arc::new(map))
    }

    /// Bytes `start..start + len` of a mapped file (checked by the caller against its size).
    pub fn range(map: Arc<memmap2::Mmap>, start: usize, len: usize) -> Pixels {
        assert!(start + len <= map.len(), "a range of a mapped file within it");
        Pixels::Mapped { map, start, len }
    }

    /// Whether the bytes are read from a mapped file rather than held in memory.
    pub fn is_mapped(&self) -> bool {
        matches!(self, Pixels::Mapped { .. })
    }
}

impl Deref for Pixels {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Pixels::Owned(v) => v,
            Pixels::Mapped { map, start, len } => &map[*start..*start + *len],
        }
    }
}

impl From<Vec<u8>> for Pixels {
    fn from(v: Vec<u8>) -> Pixels {
        Pixels::Owned(v)
    }
}

/// Equal when the bytes are, wherever they live.
impl PartialEq for Pixels {
    fn eq(&self, other: &Pixels) -> bool {
        **self == **other
    }
}

/// The kind and size, not the bytes (a data set's are millions).
impl std::fmt::Debug for Pixels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = if self.is_mapped() { "mapped" } else { "in memory" };
        write!(f, "Pixels({} bytes {kind}, first {:?})", self.len(), &self[..self.len().min(8)])
    }
}
