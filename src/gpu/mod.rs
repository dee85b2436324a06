//! The GPU engine: context (adapter choice, device, error scopes), typed buffers, and the
//! kernel cache with its launches.

mod buffer;
mod context;
mod pipeline;
mod runtime_dir;
pub mod software_threads;
mod uniforms;
mod warm_up;

pub use buffer::{GpuBuffer, Readback};
pub use context::{
    ADAPTER_NAME_VARIABLE, AdapterEntry, AdapterRequest, BACKEND_VARIABLE, Backend, DeviceLimits, Gpu, LIMITS_VARIABLE,
    describe, list_adapters,
};
pub(crate) use pipeline::Compile;
pub use pipeline::{Dispatch, Kernel, Slot, grid_1d, grid_rows};
pub use runtime_dir::{RUNTIME_DIR_VARIABLE, RuntimeDir};
