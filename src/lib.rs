//! wgvae: variational autoencoders trained with WGSL compute shaders through wgpu.
//!
//! - [`gpu`]: adapter choice, device, buffers, the kernel cache;
//! - [`kernels`]: each kernel family's WGSL and typed launchers;
//! - [`reference`]: the CPU reference of every kernel, which the tests compare against;
//! - [`bench`]: throughput measurements.

pub mod bench;
pub mod data;
pub mod error;
pub mod files;
pub mod gpu;
pub mod kernels;
pub mod model;
pub mod reference;
pub mod train;

pub use error::{Error, Result};
