//! The ranks of a data-parallel job as the trainer sees them: its own place and one collective,
//! the all-gather. Each rank computes the gradient of its share of the global batch (docs/math.md,
//! "Data-parallel gradients"); the shares, gathered in rank order, are summed on every rank by
//! the kernel that sums one process's chunks, so N ranks train the weights of one process with
//! `--chunk batch/N`, bit for bit, whatever order the transport moves the bytes in. The MPI
//! implementation is `crate::mpi` (cargo feature `mpi`); the trait keeps the trainer free of it.

use crate::error::Result;

pub trait Ranks {
    /// This rank, from 0.
    fn rank(&self) -> u32;
    /// The ranks of the job.
    fn size(&self) -> u32;
    /// Every rank's `mine` (all of the same length), one after the other in rank order, on
    /// every rank. Collective: every rank calls it, in the same order.
    fn all_gather(&self, mine: &[f32]) -> Result<Vec<f32>>;
}
