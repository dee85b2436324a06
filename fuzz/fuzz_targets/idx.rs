//! The IDX reader (raw or gzipped) on arbitrary bytes: a dataset or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = wgvae::data::Dataset::from_idx_bytes(data.to_vec(), std::path::Path::new("fuzz-images-idx3-ubyte"));
});
