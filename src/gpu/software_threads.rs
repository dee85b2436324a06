//! Lavapipe's threads when several ranks of an MPI job share one machine. Each lavapipe
//! device starts one thread per CPU (`LP_NUM_THREADS` overrides it), so N ranks on one machine
//! would run N threads a core and lose time to each other (2 ranks on 2 cores, default model:
//! one thread a rank was never slower than two and up to 24% faster; BENCHMARKS.md). Hardware
//! adapters do not read the variable.

/// Mesa's variable for the number of lavapipe's rasterizer (and compute) threads.
pub const SOFTWARE_THREADS_VARIABLE: &str = "LP_NUM_THREADS";

/// The launchers' variables for the number of ranks on this machine: Open MPI's, MPICH's
/// (Hydra).
const LOCAL_RANKS_VARIABLES: &[&str] = &["OMPI_COMM_WORLD_LOCAL_SIZE", "MPI_LOCALNRANKS"];

/// Where a launcher put several ranks on this machine and `LP_NUM_THREADS` is unset, shares the
/// CPUs among them: each rank gets its share of the machine's CPUs, or the CPUs the launcher
/// bound it to where those are fewer. Returns the number set, if any.
///
/// # Safety
/// Sets an environment variable: call it before the process starts any thread (at the top of
/// `main`), as [`std::env::set_var`] requires.
pub unsafe fn share_among_local_ranks() -> Option<u32> {
    if std::env::var_os(SOFTWARE_THREADS_VARIABLE).is_some() {
        return None;
    }
    let local_ranks = LOCAL_RANKS_VARIABLES.iter().find_map(|v| std::env::var(v).ok()?.parse::<u32>().ok())?;
    let bound = std::thread::available_parallelism().map_or(1, |n| n.get() as u32);
    let threads = threads_per_rank(online_cpus().unwrap_or(bound), bound, local_ranks)?;
    // SAFETY: the caller guarantees no other thread exists yet.
    unsafe { std::env::set_var(SOFTWARE_THREADS_VARIABLE, threads.to_string()) };
    Some(threads)
}

/// Lavapipe threads for one of `local_ranks` ranks on a machine of `online` CPUs, this one bound
/// to `bound` of them: None where one rank has the machine to itself.
fn threads_per_rank(online: u32, bound: u32, local_ranks: u32) -> Option<u32> {
    if local_ranks <= 1 {
        return None;
    }
    // A binding narrower than the machine is the launcher's share already.
    Some(if bound < online { bound } else { (online / local_ranks).max(1) })
}

#[cfg(unix)]
fn online_cpus() -> Option<u32> {
    // SAFETY: sysconf reads a system constant.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    (n > 0).then_some(n as u32)
}

#[cfg(not(unix))]
fn online_cpus() -> Option<u32> {
    None
}

#[cfg(test)]
mod tests {
    use super::threads_per_rank;

    #[test]
    fn the_cpus_are_shared_among_the_ranks_on_a_machine() {
        assert_eq!(threads_per_rank(16, 16, 1), None, "one rank keeps lavapipe's default");
        assert_eq!(threads_per_rank(16, 16, 4), Some(4));
        assert_eq!(threads_per_rank(2, 2, 3), Some(1), "never fewer than one");
        assert_eq!(threads_per_rank(16, 16, 3), Some(5));
        assert_eq!(threads_per_rank(16, 2, 4), Some(2), "a launcher's binding is its share");
        assert_eq!(threads_per_rank(2, 1, 2), Some(1));
    }
}
