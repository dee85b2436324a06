//! The checkpoint reader on arbitrary bytes: config.json's text up to the first NUL byte, then
//! model.safetensors. A model or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, weights) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let _ = wgvae::model::checkpoint::from_bytes(&String::from_utf8_lossy(text), weights, std::path::Path::new("fuzz"));
});
