//! Plain Rust CPU references of every kernel, one module per kernel family under the same
//! name as in [`crate::kernels`], accumulating in f64. Tests compare the GPU against these.

pub mod accumulate;
pub mod activation;
pub mod adam;
pub mod conv;
pub mod decoder;
pub mod density;
pub mod gather;
pub mod grad_norm;
pub mod layers;
pub mod matmul;
pub mod mixture;
pub mod reduce;
pub mod rng;
pub mod sample;
pub mod sample_backward;
pub mod vae;
