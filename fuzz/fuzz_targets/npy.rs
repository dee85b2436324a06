//! The NumPy readers (images and labels) on arbitrary bytes: a result, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = wgvae::data::npy::from_bytes(data, std::path::Path::new("fuzz.npy"));
    let _ = wgvae::data::npy::labels_from_bytes(data, std::path::Path::new("fuzz_labels.npy"));
});
