//! The reader of training_state.safetensors (what `--resume` continues from) on arbitrary
//! bytes: a state or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ =
        wgvae::train::state::TrainingState::from_bytes(data, std::path::Path::new("fuzz/training_state.safetensors"));
});
