//! The CIFAR reader on arbitrary bytes, by name (CIFAR-10, CIFAR-100) and by size: a result,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for name in ["data_batch_1.bin", "train.bin", "fuzz.bin"] {
        let _ = wgvae::data::cifar::from_bytes(data, std::path::Path::new(name));
    }
});
