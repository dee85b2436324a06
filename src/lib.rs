//! wgvae: variational autoencoders trained with WGSL compute shaders through wgpu.
//!
//! - [`gpu`]: adapter choice, device, buffers, the kernel cache;
//! - [`kernels`]: each kernel family's WGSL and typed launchers;
//! - [`reference`]: the CPU reference of every kernel, which the tests compare against;
//! - [`bench`]: throughput measurements.

pub mod bench;
pub mod error;
pub mod gpu;
pub mod kernels;
pub mod reference;

pub use error::{Error, Result};
