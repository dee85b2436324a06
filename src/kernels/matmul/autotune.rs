//! `--kernel auto`'s matmul kernel measured on the adapter itself and cached on disk per
//! adapter: for a layout and shape, the fastest of the kernels that can run it (strided,
//! tiled, and the standard vec4 block where the shape allows vec4 loads), timed on random
//! operands. They all compute the same bits (tests/matmul.rs), so a choice changes the speed,
//! never a number.
//!
//! On hardware GPUs a shape is tuned the first time a launch needs it (pipelines compile in
//! milliseconds there; a few tenths of a second per model, once per adapter). On software
//! adapters a cold compilation of a vec4 block costs seconds, so `auto` keeps its measured rule
//! there unless `wgvae bench tune` has filled the cache.
//!
//! The cache: `matmul-autotune.json` in `$WGVAE_CACHE_DIR`, else `$XDG_CACHE_HOME/wgvae`, else
//! `~/.cache/wgvae`; entries keyed by the adapter, its driver, wgvae's version and the matmul
//! shaders, so a new driver or new kernels are measured again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use web_time::Instant;

use rand::{RngExt, SeedableRng};
use serde::{Deserialize, Serialize};

use super::vec4::{self, BlockSet, Flavour};
use super::{self as matmul, LinearOp, LinearShape, MatmulKernel};
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::gpu::Gpu;
use crate::kernels::activation::Activation;

pub const CACHE_FILE: &str = "matmul-autotune.json";
const CACHE_VERSION: u32 = 1;

/// One tuned shape: the kernel chosen and each candidate's milliseconds per launch.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tuning {
    pub op: LinearOp,
    pub rows: u32,
    pub inputs: u32,
    pub outputs: u32,
    pub kernel: MatmulKernel,
    pub millis: BTreeMap<String, f64>,
}

impl Tuning {
    fn is_for(&self, op: LinearOp, s: &LinearShape) -> bool {
        s.batch == 1 && (self.op, self.rows, self.inputs, self.outputs) == (op, s.rows, s.inputs, s.outputs)
    }
}

/// The cache file: tunings per adapter key.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CacheFile {
    pub format_version: u32,
    pub adapters: BTreeMap<String, Vec<Tuning>>,
}

/// Reads a cache file; a missing one is empty.
pub fn load(path: &Path) -> Result<CacheFile> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(CacheFile::default()),
        Err(e) => return Err(Error::Io(format!("reading {}: {e}", path.display()))),
    };
    let file: CacheFile =
        serde_json::from_str(&text).map_err(|e| Error::Invalid(format!("autotune cache {}: {e}", path.display())))?;
    if file.format_version != CACHE_VERSION {
        return Err(Error::Invalid(format!(
            "autotune cache {}: format version {} (this wgvae writes {CACHE_VERSION})",
            path.display(),
            file.format_version
        )));
    }
    Ok(file)
}

/// Writes a cache file atomically, creating its folder.
pub fn save(path: &Path, file: &CacheFile) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
    }
    let text = serde_json::to_string_pretty(file).map_err(|e| Error::Io(format!("{}: {e}", path.display())))?;
    write_atomic(path, text.as_bytes())
}

/// Where the cache lives for this user (None without a home folder).
pub fn default_path() -> Option<PathBuf> {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let dir = var("WGVAE_CACHE_DIR")
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("wgvae")))
        .or_else(|| var("HOME").map(|h| h.join(".cache").join("wgvae")))?;
    Some(dir.join(CACHE_FILE))
}

/// What a tuning is valid for: the adapter and driver, this wgvae and its matmul shaders.
pub fn adapter_key(gpu: &Gpu) -> String {
    let i = &gpu.info;
    // FNV-1a of the shaders (once: every launch built with `auto` asks): new kernels
    // invalidate old measurements.
    static HASH: OnceLock<u64> = OnceLock::new();
    let hash = HASH.get_or_init(|| {
        let standard = |flavour| vec4::module(BlockSet::Standard, flavour).1;
        std::iter::once(matmul::STRIDED_SOURCE)
            .chain(Flavour::ALL.map(standard))
            .flat_map(|s| s.bytes())
            .fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3))
    });
    format!(
        "{} [{:?}, {:04x}:{:04x}] {} {} | wgvae {} | shaders {hash:016x}",
        i.name,
        i.backend,
        i.vendor,
        i.device,
        i.driver,
        i.driver_info,
        env!("CARGO_PKG_VERSION")
    )
}

/// The tunings of this process: the cache file's, loaded once, and those measured since.
struct Known {
    path: Option<PathBuf>,
    file: CacheFile,
}

fn known() -> &'static Mutex<Known> {
    static KNOWN: OnceLock<Mutex<Known>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        let path = default_path();
        let file = match path.as_deref().map(load) {
            Some(Ok(file)) => file,
            Some(Err(e)) => {
                eprintln!("wgvae: ignoring {e}; it will be measured again and rewritten");
                CacheFile::default()
            }
            None => CacheFile::default(),
        };
        Mutex::new(Known { path, file })
    })
}

fn lock() -> std::sync::MutexGuard<'static, Known> {
    known().lock().unwrap_or_else(|p| p.into_inner())
}

/// The tuned kernel for `op` at this shape on this adapter, if measured.
pub fn lookup(gpu: &Gpu, op: LinearOp, s: &LinearShape) -> Option<MatmulKernel> {
    let known = lock();
    known.file.adapters.get(&adapter_key(gpu))?.iter().find(|t| t.is_for(op, s)).map(|t| t.kernel)
}

/// Adds a tuning to this process's table and, with `persist`, to the cache file.
pub fn remember(gpu: &Gpu, tuning: Tuning, persist: bool) -> Result<()> {
    let mut known = lock();
    let entries = known.file.adapters.entry(adapter_key(gpu)).or_default();
    let shape = LinearShape::new(tuning.rows, tuning.inputs, tuning.outputs);
    entries.retain(|t| !t.is_for(tuning.op, &shape));
    entries.push(tuning);
    known.file.format_version = CACHE_VERSION;
    match (&known.path, persist) {
        (Some(path), true) => save(path, &known.file),
        _ => Ok(()),
    }
}

/// The kernels that can run a layer of this shape.
pub fn candidates(s: &LinearShape) -> Vec<MatmulKernel> {
    let mut kernels = vec![MatmulKernel::Strided, MatmulKernel::Tiled];
    if matmul::vec4_fits(s) {
        kernels.push(MatmulKernel::Vec4);
    }
    kernels
}

/// Measures every candidate for `op` at `rows` × `inputs` × `outputs` (the median of 3
/// timings of a pass of launches long enough to see past the submit) and picks the fastest.
pub fn tune(gpu: &Gpu, op: LinearOp, [rows, inputs, outputs]: [u32; 3]) -> Result<Tuning> {
    let s = LinearShape::new(rows, inputs, outputs);
    let [m, k, n] = [rows, inputs, outputs].map(|v| v as usize);
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let mut random = |len: usize| -> Vec<f32> { (0..len).map(|_| rng.random_range(-1.0f32..1.0)).collect() };
    let (x, w, bias) =
        (gpu.upload("x", &random(m * k))?, gpu.upload("w", &random(n * k))?, gpu.upload("b", &random(n))?);
    let dz = gpu.upload("dz", &random(m * n))?;
    let out = gpu.zeros::<f32>("out", (m * n).max(n * k).max(m * k))?;
    let mut millis = BTreeMap::new();
    let mut best = (f64::INFINITY, MatmulKernel::Strided);
    for kernel in candidates(&s) {
        let launch = match op {
            LinearOp::Forward => matmul::linear_forward(gpu, &x, &w, Some(&bias), &out, s, Activation::Relu, kernel)?,
            LinearOp::GradWeight => matmul::linear_grad_weight(gpu, &dz, &x, &out, Some(&bias), s, kernel)?,
            LinearOp::GradInput => matmul::linear_grad_input(gpu, &dz, &w, &out, s, kernel)?,
        };
        launch.wait_compiled()?;
        let time = |launches: usize| -> Result<f64> {
            let t0 = Instant::now();
            gpu.run(&vec![&launch; launches])?;
            Ok(t0.elapsed().as_secs_f64() / launches as f64)
        };
        let first = time(1)?;
        let launches = ((0.005 / first.max(1e-7)).ceil() as usize).clamp(1, 200);
        let mut times = [time(launches)?, time(launches)?, time(launches)?];
        times.sort_by(f64::total_cmp);
        let ms = times[1] * 1e3;
        millis.insert(kernel.name().to_string(), ms);
        if ms < best.0 {
            best = (ms, kernel);
        }
    }
    Ok(Tuning { op, rows, inputs, outputs, kernel: best.1, millis })
}
