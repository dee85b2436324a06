//! A private runtime directory for processes started without one. Mesa's window-system code
//! (libwayland, loaded by the Vulkan and GL drivers even for compute) prints "error:
//! XDG_RUNTIME_DIR is invalid or not set in the environment." at every instance it opens when
//! the variable is missing: on a fresh machine or over ssh every wgvae command would start with
//! two such lines, which read as a failure though nothing failed.

use std::path::PathBuf;

pub const RUNTIME_DIR_VARIABLE: &str = "XDG_RUNTIME_DIR";

/// The directory made for this process; removed when dropped.
pub struct RuntimeDir {
    path: PathBuf,
}

impl RuntimeDir {
    /// Where `XDG_RUNTIME_DIR` is unset or not an absolute path (what libwayland checks), makes
    /// a directory only this user can enter under the temporary directory and points the
    /// variable at it. None where the variable was fine, or the directory could not be made
    /// (then Mesa's warning is all that is lost).
    ///
    /// # Safety
    /// Sets an environment variable: call it before the process starts any thread (at the top
    /// of `main`), as [`std::env::set_var`] requires.
    pub unsafe fn for_this_process() -> Option<RuntimeDir> {
        let set = std::env::var_os(RUNTIME_DIR_VARIABLE).is_some_and(|v| PathBuf::from(v).is_absolute());
        if set {
            return None;
        }
        let path = make_private_dir()?;
        // SAFETY: the caller guarantees no other thread exists yet.
        unsafe { std::env::set_var(RUNTIME_DIR_VARIABLE, &path) };
        Some(RuntimeDir { path })
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

impl Drop for RuntimeDir {
    fn drop(&mut self) {
        // Nothing of wgvae's is written there; libwayland only looks for a socket in it.
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A new directory `wgvae-runtime-<pid>[-n]` with mode 0700 under the temporary directory.
fn make_private_dir() -> Option<PathBuf> {
    let base = std::env::temp_dir().join(format!("wgvae-runtime-{}", std::process::id()));
    (0..100).find_map(|n| {
        let path = if n == 0 { base.clone() } else { PathBuf::from(format!("{}-{n}", base.display())) };
        #[cfg_attr(not(unix), allow(unused_mut))]
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&path).ok().map(|_| path)
    })
}
