//! wgvae: variational autoencoders trained with WGSL compute shaders through wgpu.
//!
//! - [`gpu`]: adapter choice, device, buffers, the kernel cache;
//! - [`kernels`]: each kernel family's WGSL and typed launchers;
//! - [`reference`](mod@reference): the CPU reference of every kernel, which the tests compare
//!   against (`reference::vae`: the whole training step);
//! - [`model`]: the architecture, the likelihood, parameters, the checkpoint contract, the
//!   forward graph on the GPU (which training, evaluation and the benchmarks build), and the
//!   encoder and decoder on their own for the commands that look at a model;
//! - [`pictures`]: PNG grids of images; [`plots`]: charts (scatter, curves); [`encodings`]: the
//!   encodings `wgvae encode` writes; [`latent_map`]: the latent space as a picture;
//! - [`train`]: the options, the step's backward pass and Adam as GPU launches, the trainer,
//!   the data-parallel exchange and the `wgvae train` loop; [`ranks`]: what a data-parallel
//!   job's ranks offer;
//! - [`eval`](mod@eval): the estimators of log p(x): importance sampling, L_k, naive MC;
//! - [`data`]: IDX files, image folders and the bundled digits; [`files`]: atomic writes;
//! - [`bench`](mod@bench): throughput measurements;
//! - `mpi` (cargo feature `mpi`): the ranks of an MPI job, for data-parallel training.

pub mod bench;
pub mod data;
pub mod encodings;
pub mod error;
pub mod eval;
pub mod files;
pub mod gpu;
pub mod kernels;
pub mod latent_map;
pub mod mixture;
pub mod model;
#[cfg(feature = "mpi")]
pub mod mpi;
pub mod pictures;
pub mod plots;
pub mod ranks;
pub mod reference;
pub mod train;

pub use error::{Error, Result};
