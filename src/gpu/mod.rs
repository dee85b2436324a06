//! The GPU engine: context (adapter choice, device, error scopes), typed buffers, and the
//! kernel cache with its launches.

mod buffer;
mod context;
mod pipeline;
mod uniforms;
mod warm_up;

pub use buffer::{GpuBuffer, Readback};
pub use context::{AdapterEntry, AdapterRequest, Backend, Gpu, describe, list_adapters};
pub(crate) use pipeline::Compile;
pub use pipeline::{Dispatch, Kernel, Slot, grid_1d, grid_rows};
