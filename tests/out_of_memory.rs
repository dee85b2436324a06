//! A device allocation that fails is reported as out of GPU memory, naming the adapter, not as
//! a panic, and leaves no file behind. On a software adapter the device's memory is the
//! process's own, so a limit on a child process's address space (RLIMIT_AS) makes its device
//! allocations fail while the machine has memory to spare: the test raises the limit step by
//! step from just above what starting the process takes until an allocation of the model's
//! buffers is the first thing to fail.

mod common;

#[cfg(target_os = "linux")]
#[test]
fn a_failed_device_allocation_is_reported_as_out_of_memory_naming_the_adapter() {
    use std::os::unix::process::CommandExt;
    use std::process::Command;

    let Some(gpu) = common::gpu() else { return };
    if !gpu.is_cpu() {
        // A hardware GPU's memory is not the process's address space: the limit cannot reach it.
        eprintln!("not run on {}: the address-space limit bounds only a software adapter's memory", gpu.info.name);
        return;
    }
    let mut outcomes = vec![];
    // Widths of 40,000: weights of 125 MB (under lavapipe's 128 MiB binding limit), 1.25 GB in
    // all with the gradients and Adam's moments, allocated one buffer at a time.
    for limit_mb in (1400u64..=3400).step_by(400) {
        let out_dir = std::env::temp_dir().join(format!("wgvae-oom-{}-{limit_mb}", std::process::id()));
        let mut command = Command::new(env!("CARGO_BIN_EXE_wgvae"));
        command.args(["train", "--hidden", "40000", "--epochs", "1", "--no-pictures", "--out"]).arg(&out_dir);
        let bytes = limit_mb << 20;
        // SAFETY: between fork and exec the closure only calls setrlimit, which is
        // async-signal-safe, and builds its error from errno.
        unsafe {
            command.pre_exec(move || {
                let limit = libc::rlimit { rlim_cur: bytes, rlim_max: bytes };
                if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let output = command.output().expect("wgvae starts");
        let err = String::from_utf8_lossy(&output.stderr).to_string();
        let files: Vec<String> = std::fs::read_dir(&out_dir)
            .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        let _ = std::fs::remove_dir_all(&out_dir);
        let out_of_memory = err.contains("out of GPU memory on") || err.contains("Out of memory)");
        if out_of_memory {
            assert!(!output.status.success(), "{err}");
            assert!(err.contains(&format!("\"{}\"", gpu.info.name)), "the adapter is named: {err}");
            assert!(err.contains("allocating buffer"), "what was being done is named: {err}");
            assert!(!err.contains("panicked"), "{err}");
            assert!(files.is_empty(), "a run that could not allocate its model wrote {files:?}");
            eprintln!("address space limited to {limit_mb} MB: {}", err.trim());
            return;
        }
        outcomes.push(format!("{limit_mb} MB: {}", err.lines().last().unwrap_or("(nothing on stderr)")));
    }
    panic!("no limit made a device allocation the first failure:\n{}", outcomes.join("\n"));
}
