//! The one error type of the library: every message names the thing and the problem.

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No usable adapter; the message says how to get one.
    #[error("{0}")]
    NoAdapter(String),
    /// A wgpu error (validation, out of memory, lost device), with what was being done.
    #[error("GPU error: {0}")]
    Gpu(String),
    /// A size the adapter's limits cannot hold.
    #[error("too large for this adapter: {0}")]
    TooLarge(String),
    /// A shape or option that makes no sense, caught before any GPU work.
    #[error("invalid {0}")]
    Invalid(String),
    /// Training produced non-finite numbers.
    #[error("training diverged: {0}")]
    Diverged(String),
    /// A run stopped on request, its state saved; the message says how to continue it.
    #[error("interrupted: {0}")]
    Interrupted(String),
    /// A file that could not be read or written, with its path.
    #[error("{0}")]
    Io(String),
}

pub type Result<T> = std::result::Result<T, Error>;
