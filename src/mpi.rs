//! The ranks of an MPI job (cargo feature `mpi`, through rsmpi): `mpirun -n N wgvae train …`
//! (or `srun`) starts N processes, and each finds its place here. MPI starts only where a
//! launcher started the process, so the same binary still runs alone.

use mpi::topology::{Communicator, SimpleCommunicator};
use mpi::traits::*;

use crate::error::{Error, Result};
use crate::ranks::Ranks;

/// Variables an MPI launcher sets in every process it starts: Open MPI's, MPICH's (Hydra), and
/// PMI/PMIx's (Slurm's srun).
const LAUNCHER_VARIABLES: &[&str] = &["OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMI_RANK", "PMIX_RANK"];

pub struct MpiRanks {
    /// Finalizes MPI when dropped.
    _universe: mpi::environment::Universe,
    world: SimpleCommunicator,
    rank: u32,
    size: u32,
    local_rank: u32,
    host: String,
}

impl MpiRanks {
    /// The job this process is a rank of, where an MPI launcher started it; None otherwise.
    pub fn from_launcher() -> Result<Option<MpiRanks>> {
        if !LAUNCHER_VARIABLES.iter().any(|v| std::env::var_os(v).is_some()) {
            return Ok(None);
        }
        let universe = mpi::initialize().ok_or_else(|| Error::Invalid("MPI was initialized twice".into()))?;
        let world = universe.world();
        // The ranks that share this machine, in rank order: a rank's place among them picks
        // its adapter.
        let local_rank = world.split_shared(world.rank()).rank() as u32;
        let host = mpi::environment::processor_name().unwrap_or_else(|_| "an unnamed host".into());
        let (rank, size) = (world.rank() as u32, world.size() as u32);
        Ok(Some(MpiRanks { _universe: universe, world, rank, size, local_rank, host }))
    }

    /// This rank's place among the ranks on its machine.
    pub fn local_rank(&self) -> u32 {
        self.local_rank
    }

    pub fn host(&self) -> &str {
        &self.host
    }

    /// Ends every rank of the job (MPI_Abort): what a rank does when it cannot go on, so that
    /// no other waits for it in a collective.
    pub fn abort(&self, code: i32) -> ! {
        self.world.abort(code)
    }
}

impl Ranks for MpiRanks {
    fn rank(&self) -> u32 {
        self.rank
    }

    fn size(&self) -> u32 {
        self.size
    }

    fn all_gather(&self, mine: &[f32]) -> Result<Vec<f32>> {
        let mut all = vec![0f32; mine.len() * self.size as usize];
        self.world.all_gather_into(mine, &mut all[..]);
        Ok(all)
    }
}
