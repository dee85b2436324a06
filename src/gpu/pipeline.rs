//! Kernels by name: each shader module, bind-group layout and pipeline is created once and
//! cached, so building a launch costs a uniform slot and one bind group.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use super::Gpu;
use super::uniforms::{UniformPool, UniformSlot};
use super::warm_up::{
    WarmUpDevice, WarmUpGate, disk_shader_cache_enabled, launch_once, open_warm_up_device, warm_up_block,
};
use crate::error::{Error, Result};

/// What a binding after the parameter uniform (always binding 0) holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    Read,
    ReadWrite,
}

/// A WGSL entry point and the storage buffers it binds, in binding order from 1.
#[derive(Debug)]
pub struct Kernel {
    /// The shader family, e.g. "matmul" for shaders/matmul.wgsl.
    pub module: &'static str,
    pub source: &'static str,
    pub entry: &'static str,
    pub slots: &'static [Slot],
}

/// A compute pipeline with the bind-group layout its launches bind against. The pipeline is
/// created on a thread of its own (shader translation, and on llvmpipe its NIR passes: up to
/// seconds for the large unrolled matmuls), so building a step's launches creates its pipelines
/// in parallel; the first submit waits. `compiled` is set once the pipeline is ready to run
/// without a stall (see [`Compile`]).
struct PipelineEntry {
    kernel: &'static Kernel,
    layout: Arc<wgpu::BindGroupLayout>,
    compiled: OnceLock<std::result::Result<wgpu::ComputePipeline, String>>,
}

/// When a pipeline counts as ready.
///
/// llvmpipe compiles a shader to machine code at its first launch, on the queue's thread, and
/// keeps the result in Mesa's on-disk shader cache: an unrolled 16×8 matmul takes 1.5 s, the
/// large blocks up to 35 s, and every step queued behind that launch waits. A pipeline that a
/// quicker-compiling kernel stands in for is therefore first launched on a second device of the
/// same adapter (the warm-up device), off the training queue; only then is it ready, and its
/// first launch on the training device finds the machine code in the disk cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Compile {
    /// Ready once created.
    Direct,
    /// Ready once created and launched on the warm-up device (`low_priority`: at the lowest
    /// CPU priority, for kernels that are only an improvement on their stand-in).
    WarmUp { low_priority: bool },
}
type CachedPipeline = Arc<PipelineEntry>;
type CachedModule = OnceLock<std::result::Result<wgpu::ShaderModule, String>>;

#[derive(Default)]
pub(crate) struct KernelCache {
    modules: Mutex<HashMap<&'static str, Arc<CachedModule>>>,
    layouts: Mutex<HashMap<Vec<Slot>, Arc<wgpu::BindGroupLayout>>>,
    pipelines: Mutex<HashMap<(&'static str, &'static str), CachedPipeline>>,
    /// The warm-up devices, normal and low priority, each opened by the first pipeline that
    /// needs it (None if it could not be). Two, because llvmpipe compiles on the device's queue
    /// thread, which takes the priority of the thread that opened the device.
    warm_up: Arc<[OnceLock<Option<WarmUpDevice>>; 2]>,
    warm_up_gate: Arc<WarmUpGate>,
    /// Set by the first submission, which starts [`Gpu::warm_up_from_the_end`].
    first_submission: AtomicBool,
    uniforms: Arc<UniformPool>,
}

/// The layout every kernel binds against: its parameters as a uniform at binding 0, then its
/// storage buffers.
pub(super) fn bind_group_layout(device: &wgpu::Device, slots: &[Slot]) -> wgpu::BindGroupLayout {
    let storage = |binding: u32, read_only: bool| wgpu::BindGroupLayoutEntry {
        binding,
        visibility: wgpu::ShaderStages::COMPUTE,
        ty: wgpu::BindingType::Buffer {
            ty: wgpu::BufferBindingType::Storage { read_only },
            has_dynamic_offset: false,
            min_binding_size: None,
        },
        count: None,
    };
    let mut entries = vec![wgpu::BindGroupLayoutEntry {
        binding: 0,
        visibility: wgpu::ShaderStages::COMPUTE,
        ty: wgpu::BindingType::Buffer {
            ty: wgpu::BufferBindingType::Uniform,
            has_dynamic_offset: false,
            min_binding_size: None,
        },
        count: None,
    }];
    entries.extend(slots.iter().enumerate().map(|(i, s)| storage(i as u32 + 1, *s == Slot::Read)));
    device.create_bind_group_layout(&wgpu::BindGroupLayoutDescriptor { label: None, entries: &entries })
}

/// What an error scope caught around some work: out of memory, invalid.
pub(crate) struct Caught {
    pub out_of_memory: Option<wgpu::Error>,
    pub invalid: Option<wgpu::Error>,
}

/// Runs `work` inside out-of-memory and validation error scopes (they are per thread) and pops
/// them. On the web a pop is a promise that settles only once control returns to the browser,
/// which no synchronous caller can wait for: there no scope is pushed, and what goes wrong
/// reaches the device's uncaptured-error handler, which the next submit reads.
pub(crate) fn scoped<T>(device: &wgpu::Device, work: impl FnOnce() -> T) -> (T, Caught) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let oom = device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let validation = device.push_error_scope(wgpu::ErrorFilter::Validation);
        let value = work();
        let invalid = pollster::block_on(validation.pop());
        let out_of_memory = pollster::block_on(oom.pop());
        (value, Caught { out_of_memory, invalid })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = device;
        (work(), Caught { out_of_memory: None, invalid: None })
    }
}

/// Runs `work` on a thread of its own; on the web, which gives this program no threads, at once.
#[cfg(not(target_arch = "wasm32"))]
fn in_background(work: impl FnOnce() + Send + 'static) {
    std::thread::spawn(work);
}

#[cfg(target_arch = "wasm32")]
fn in_background(work: impl FnOnce() + 'static) {
    work()
}

/// Parses a WGSL module, with the errors it raises.
pub(super) fn create_module(
    device: &wgpu::Device,
    label: &str,
    source: &str,
) -> std::result::Result<wgpu::ShaderModule, wgpu::Error> {
    let (module, caught) = scoped(device, || {
        device.create_shader_module(wgpu::ShaderModuleDescriptor {
            label: Some(label),
            source: wgpu::ShaderSource::Wgsl(source.into()),
        })
    });
    match caught.out_of_memory.or(caught.invalid) {
        Some(e) => Err(e),
        None => Ok(module),
    }
}

/// Creates a compute pipeline, with the errors it raises.
pub(super) fn create_pipeline(
    device: &wgpu::Device,
    module: &wgpu::ShaderModule,
    layout: &wgpu::BindGroupLayout,
    entry_point: &str,
) -> std::result::Result<wgpu::ComputePipeline, wgpu::Error> {
    let (pipeline, caught) = scoped(device, || {
        let pipeline_layout = device.create_pipeline_layout(&wgpu::PipelineLayoutDescriptor {
            label: Some(entry_point),
            bind_group_layouts: &[Some(layout)],
            immediate_size: 0,
        });
        device.create_compute_pipeline(&wgpu::ComputePipelineDescriptor {
            label: Some(entry_point),
            layout: Some(&pipeline_layout),
            module,
            entry_point: Some(entry_point),
            compilation_options: Default::default(),
            cache: None,
        })
    });
    match caught.out_of_memory.or(caught.invalid) {
        Some(e) => Err(e),
        None => Ok(pipeline),
    }
}

/// One recorded-ready launch: a cached pipeline, its bind group and the grid size. Build it
/// once, record it into as many passes as needed.
pub struct Dispatch {
    pub name: &'static str,
    pipeline: CachedPipeline,
    bind_group: wgpu::BindGroup,
    workgroups: [u32; 3],
    /// The parameter uniform's slot and its current bytes, for the values that change per step.
    uniform: UniformSlot,
    params: Vec<u8>,
    /// Kernels that compute the same, bit for bit, and compile faster, each with its grid,
    /// quickest last: the best ready one is recorded while the kernel's own pipeline is not, so
    /// no step waits for a large unrolled kernel's JIT.
    fallbacks: Vec<(CachedPipeline, [u32; 3])>,
    warm_up_gate: Arc<WarmUpGate>,
}

impl Dispatch {
    /// The pipeline to record and its grid: the first ready of the kernel's own and its
    /// fallbacks, else the quickest, waited for.
    fn compiled(&self) -> Result<(&wgpu::ComputePipeline, [u32; 3])> {
        let mut candidates = std::iter::once((&self.pipeline, self.workgroups))
            .chain(self.fallbacks.iter().map(|(p, grid)| (p, *grid)))
            .peekable();
        while let Some((entry, grid)) = candidates.next() {
            if candidates.peek().is_none() || entry.compiled.get().is_some() {
                let pipeline = entry.compiled.wait().as_ref().map_err(|e| Error::Gpu(e.clone()))?;
                return Ok((pipeline, grid));
            }
        }
        unreachable!("the kernel's own pipeline is always a candidate")
    }

    /// Waits until the launch's own pipeline (not a fallback) is compiled: for measurements of
    /// the steady state.
    pub fn wait_compiled(&self) -> Result<()> {
        self.warm_up_gate.open();
        self.pipeline.compiled.wait().as_ref().map(|_| ()).map_err(|e| Error::Gpu(e.clone()))
    }

    fn record(&self, pass: &mut wgpu::ComputePass<'_>, pipeline: &wgpu::ComputePipeline, [x, y, z]: [u32; 3]) {
        pass.set_pipeline(pipeline);
        pass.set_bind_group(0, &self.bind_group, &[]);
        pass.dispatch_workgroups(x, y, z);
    }
}

/// What a pipeline thread needs to launch its kernel once on a warm-up device.
struct WarmUp {
    devices: Arc<[OnceLock<Option<WarmUpDevice>>; 2]>,
    gate: Arc<WarmUpGate>,
    adapter: wgpu::Adapter,
    features: wgpu::Features,
    low_priority: bool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
impl Gpu {
    /// Whether kernels are compiled on a warm-up device before the training device runs them
    /// (see [`Compile`]): on software adapters with Mesa's disk shader cache enabled.
    fn warms_up_kernels(&self) -> bool {
        cfg!(not(target_arch = "wasm32")) && self.is_cpu() && disk_shader_cache_enabled()
    }

    /// The slot of `kernel`'s shader module: the first pipeline thread that needs it parses
    /// it (the large matmul module is 650 KB of WGSL, 0.5 s), the others wait for it.
    fn module(&self, kernel: &Kernel) -> Arc<CachedModule> {
        lock(&self.kernels.modules).entry(kernel.module).or_default().clone()
    }

    fn layout(&self, slots: &[Slot]) -> Arc<wgpu::BindGroupLayout> {
        let mut layouts = lock(&self.kernels.layouts);
        layouts.entry(slots.to_vec()).or_insert_with(|| Arc::new(bind_group_layout(&self.device, slots))).clone()
    }

    /// The cached pipeline of `kernel`, its compilation started if new.
    fn pipeline(&self, kernel: &'static Kernel, compile: Compile) -> Result<CachedPipeline> {
        let key = (kernel.module, kernel.entry);
        if let Some(p) = lock(&self.kernels.pipelines).get(&key) {
            return Ok(p.clone());
        }
        let module = self.module(kernel);
        let layout = self.layout(kernel.slots);
        let entry = Arc::new(PipelineEntry { kernel, layout: layout.clone(), compiled: OnceLock::new() });
        let (device, target, what) =
            (self.device.clone(), entry.clone(), format!("creating pipeline {}::{}", kernel.module, kernel.entry));
        let (entry_point, source, module_name) = (kernel.entry, kernel.source, kernel.module);
        let warm_up = match compile {
            Compile::WarmUp { low_priority } if self.warms_up_kernels() => Some(WarmUp {
                devices: self.kernels.warm_up.clone(),
                gate: self.kernels.warm_up_gate.clone(),
                adapter: self.adapter.clone(),
                features: self.features,
                low_priority,
            }),
            _ => None,
        };
        in_background(move || {
            if let Some(w) = &warm_up {
                if w.low_priority {
                    lower_this_thread_priority();
                }
                // A stand-in runs until this pipeline is ready: creating it (lavapipe's NIR
                // passes, 0.1-0.4 s for a block) waits too, leaving the cores to the first step.
                w.gate.wait();
            }
            let result = module
                .get_or_init(|| {
                    create_module(&device, module_name, source)
                        .map_err(|e| format!("compiling shader {module_name}.wgsl: {e}"))
                })
                .clone()
                .and_then(|m| create_pipeline(&device, &m, &layout, entry_point).map_err(|e| format!("{what}: {e}")));
            if let (Ok(_), Some(w)) = (&result, warm_up) {
                // A failed warm-up only costs the stall it was to avoid.
                let device =
                    w.devices[w.low_priority as usize].get_or_init(|| open_warm_up_device(&w.adapter, w.features));
                if let Some((device, queue)) = device {
                    warm_up_block(&w.gate, device, queue, kernel);
                }
            }
            let _ = target.compiled.set(result);
        });
        lock(&self.kernels.pipelines).insert(key, entry.clone());
        Ok(entry)
    }

    /// Builds a launch of `kernel` with `params` as its uniform (binding 0) and `buffers` bound
    /// in order from binding 1.
    pub fn dispatch<P: bytemuck::Pod>(
        &self,
        kernel: &'static Kernel,
        params: &P,
        buffers: &[wgpu::BindingResource<'_>],
        workgroups: [u32; 3],
    ) -> Result<Dispatch> {
        self.launch(kernel, Compile::Direct, &[], params, buffers, workgroups)
    }

    /// Like [`dispatch`](Self::dispatch), with fallbacks, quickest to compile last: each a
    /// kernel over its grid, with the same bindings and parameters, computing the same values bit for
    /// bit (tests check each pairing). It is compiled first and runs until `kernel`, compiled
    /// in the background, is ready: so a large unrolled kernel's JIT never holds up a step.
    pub(crate) fn dispatch_with_fallback<P: bytemuck::Pod>(
        &self,
        kernel: &'static Kernel,
        compile: Compile,
        fallbacks: &[(&'static Kernel, [u32; 3], Compile)],
        params: &P,
        buffers: &[wgpu::BindingResource<'_>],
        workgroups: [u32; 3],
    ) -> Result<Dispatch> {
        if let Some((f, ..)) = fallbacks.iter().find(|f| f.0.slots != kernel.slots) {
            return Err(Error::Gpu(format!("{}: fallback {} binds other buffers", kernel.entry, f.entry)));
        }
        self.launch(kernel, compile, fallbacks, params, buffers, workgroups)
    }

    fn launch<P: bytemuck::Pod>(
        &self,
        kernel: &'static Kernel,
        compile: Compile,
        fallbacks: &[(&'static Kernel, [u32; 3], Compile)],
        params: &P,
        buffers: &[wgpu::BindingResource<'_>],
        workgroups: [u32; 3],
    ) -> Result<Dispatch> {
        if buffers.len() != kernel.slots.len() {
            return Err(Error::Gpu(format!(
                "{}::{} binds {} buffers, {} given",
                kernel.module,
                kernel.entry,
                kernel.slots.len(),
                buffers.len()
            )));
        }
        let max = self.limits.max_compute_workgroups_per_dimension;
        let grids = std::iter::once((kernel, workgroups)).chain(fallbacks.iter().map(|&(k, grid, _)| (k, grid)));
        for (k, grid) in grids {
            if grid.iter().any(|&w| w > max) {
                return Err(Error::TooLarge(format!(
                    "{}::{} needs a grid of {grid:?} workgroups; this adapter allows {max} per dimension",
                    k.module, k.entry
                )));
            }
        }
        let fallbacks = fallbacks
            .iter()
            .map(|&(k, grid, compile)| Ok((self.pipeline(k, compile)?, grid)))
            .collect::<Result<Vec<_>>>()?;
        let pipeline = self.pipeline(kernel, compile)?;
        let uniform = self.kernels.uniforms.allocate(&self.device, bytemuck::bytes_of(params))?;
        let bind_group = self.checked(&format!("binding buffers for {}::{}", kernel.module, kernel.entry), || {
            let mut entries = vec![wgpu::BindGroupEntry { binding: 0, resource: uniform.binding() }];
            entries.extend(
                buffers
                    .iter()
                    .enumerate()
                    .map(|(i, r)| wgpu::BindGroupEntry { binding: i as u32 + 1, resource: r.clone() }),
            );
            self.device.create_bind_group(&wgpu::BindGroupDescriptor {
                label: Some(kernel.entry),
                layout: &pipeline.layout,
                entries: &entries,
            })
        })?;
        let params = bytemuck::bytes_of(params).to_vec();
        let warm_up_gate = self.kernels.warm_up_gate.clone();
        Ok(Dispatch { name: kernel.entry, pipeline, bind_group, workgroups, uniform, params, fallbacks, warm_up_gate })
    }

    /// Changes a launch's parameters in place (sent with the next submit, so a step never
    /// waits on the host): `P` must be the type the launch was built with.
    pub(crate) fn update_params<P: bytemuck::Pod>(
        &self,
        dispatch: &mut Dispatch,
        edit: impl FnOnce(&mut P),
    ) -> Result<()> {
        if dispatch.params.len() != size_of::<P>() {
            return Err(Error::Gpu(format!(
                "{}: parameters of {} bytes, not {}",
                dispatch.name,
                dispatch.params.len(),
                size_of::<P>()
            )));
        }
        let mut params: P = bytemuck::pod_read_unaligned(&dispatch.params);
        edit(&mut params);
        dispatch.params.copy_from_slice(bytemuck::bytes_of(&params));
        dispatch.uniform.write(&dispatch.params);
        Ok(())
    }

    /// The GPU time of each launch in milliseconds, from timestamps written at the start and
    /// end of a compute pass per launch (all in one submit, waited for); None where the adapter
    /// has no timestamp queries.
    pub fn time_launches(&self, dispatches: &[&Dispatch]) -> Result<Option<Vec<f64>>> {
        if !self.features.contains(wgpu::Features::TIMESTAMP_QUERY) || dispatches.is_empty() {
            return Ok(None);
        }
        let launches = dispatches.iter().map(|d| d.compiled().map(|p| (*d, p))).collect::<Result<Vec<_>>>()?;
        self.kernels.uniforms.flush(&self.queue);
        let queries = 2 * dispatches.len() as u32;
        // Each timestamp is a u64, read back as two u32.
        let ticks = self.zeros::<u32>("timestamps", 2 * queries as usize)?;
        self.checked("timing launches with timestamp queries", || {
            let set = self.device.create_query_set(&wgpu::QuerySetDescriptor {
                label: Some("launch timestamps"),
                ty: wgpu::QueryType::Timestamp,
                count: queries,
            });
            let resolved = self.device.create_buffer(&wgpu::BufferDescriptor {
                label: Some("resolved timestamps"),
                size: 8 * queries as u64,
                usage: wgpu::BufferUsages::QUERY_RESOLVE | wgpu::BufferUsages::COPY_SRC,
                mapped_at_creation: false,
            });
            let mut encoder = self.device.create_command_encoder(&Default::default());
            for (i, (d, (pipeline, workgroups))) in launches.iter().enumerate() {
                let mut pass = encoder.begin_compute_pass(&wgpu::ComputePassDescriptor {
                    label: Some(d.name),
                    timestamp_writes: Some(wgpu::ComputePassTimestampWrites {
                        query_set: &set,
                        beginning_of_pass_write_index: Some(2 * i as u32),
                        end_of_pass_write_index: Some(2 * i as u32 + 1),
                    }),
                });
                d.record(&mut pass, pipeline, *workgroups);
            }
            encoder.resolve_query_set(&set, 0..queries, &resolved, 0);
            encoder.copy_buffer_to_buffer(&resolved, 0, &ticks.buffer, 0, 8 * queries as u64);
            self.queue.submit(Some(encoder.finish()));
        })?;
        let words = self.read(&ticks)?;
        let tick = |q: usize| words[2 * q] as u64 | (words[2 * q + 1] as u64) << 32;
        let nanos_per_tick = self.queue.get_timestamp_period() as f64;
        Ok(Some(
            (0..dispatches.len())
                .map(|i| tick(2 * i + 1).saturating_sub(tick(2 * i)) as f64 * nanos_per_tick * 1e-6)
                .collect(),
        ))
    }

    /// Records `dispatches` into one compute pass of one command buffer, submits it and waits.
    pub fn run(&self, dispatches: &[&Dispatch]) -> Result<()> {
        self.submit("running kernels", dispatches.iter().copied())?;
        self.wait()
    }

    /// Records `dispatches` into one compute pass of one command buffer and submits it without
    /// waiting; `what` names the work in errors.
    pub fn submit<'a>(
        &self,
        what: &str,
        dispatches: impl IntoIterator<Item = &'a Dispatch>,
    ) -> Result<wgpu::SubmissionIndex> {
        let launches = dispatches.into_iter().map(|d| d.compiled().map(|p| (d, p))).collect::<Result<Vec<_>>>()?;
        self.kernels.uniforms.flush(&self.queue);
        // No error scopes here: popping them waited on the busy queue, 70 – 600 µs a step on
        // lavapipe. What goes wrong reaches the device's uncaptured-error handler at once
        // (wgpu validates on the calling thread) and is picked up right after.
        let mut encoder = self.device.create_command_encoder(&Default::default());
        {
            let mut pass = encoder.begin_compute_pass(&Default::default());
            for (d, (pipeline, workgroups)) in &launches {
                d.record(&mut pass, pipeline, *workgroups);
            }
        }
        if self.warms_up_kernels() && !self.kernels.first_submission.swap(true, Ordering::Relaxed) {
            self.warm_up_from_the_end(&launches);
        }
        let index = self.queue.submit(Some(encoder.finish()));
        if !self.kernels.warm_up_gate.is_open() {
            let gate = self.kernels.warm_up_gate.clone();
            self.queue.on_submitted_work_done(move || gate.open());
        }
        self.take_uncaptured(what)?;
        Ok(index)
    }

    /// The process's first submission: llvmpipe compiles each of its kernels at its first
    /// launch, one after the other on the queue's thread, while the other cores wait (0.9 s for
    /// a training step on a cold cache). A thread launches the same kernels with the same
    /// parameters on the warm-up device in the opposite order (by first launch, the last
    /// first), until the submission has run: the two meet about halfway, and the training queue
    /// finds the later half in the disk cache.
    fn warm_up_from_the_end(&self, launches: &[(&Dispatch, (&wgpu::ComputePipeline, [u32; 3]))]) {
        // Per kernel, in order of first launch, the parameters it runs with (lavapipe compiles
        // a variant per value of some of them: see shaders/matmul.wgsl).
        let mut kernels: Vec<(&'static Kernel, Vec<Vec<u8>>)> = vec![];
        for (d, (pipeline, _)) in launches {
            let Some(entry) = std::iter::once(&d.pipeline)
                .chain(d.fallbacks.iter().map(|(p, _)| p))
                .find(|e| e.compiled.get().and_then(|c| c.as_ref().ok()).is_some_and(|p| p == *pipeline))
            else {
                continue;
            };
            match kernels.iter_mut().find(|(k, _)| std::ptr::eq(*k, entry.kernel)) {
                Some((_, params)) if !params.contains(&d.params) => params.push(d.params.clone()),
                Some(_) => {}
                None => kernels.push((entry.kernel, vec![d.params.clone()])),
            }
        }
        let (devices, gate) = (self.kernels.warm_up.clone(), self.kernels.warm_up_gate.clone());
        let (adapter, features) = (self.adapter.clone(), self.features);
        in_background(move || {
            let Some((device, queue)) = devices[0].get_or_init(|| open_warm_up_device(&adapter, features)) else {
                return;
            };
            for (kernel, params) in kernels.iter().rev().flat_map(|(k, ps)| ps.iter().map(move |p| (*k, p))) {
                if gate.is_open() {
                    break;
                }
                launch_once(device, queue, kernel, params);
            }
        });
    }
}

/// Drops the calling thread to the lowest CPU priority (Linux keeps a nice value per thread;
/// elsewhere this would renice the whole process, so it does nothing there).
fn lower_this_thread_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its arguments; `0` names the calling thread on Linux.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 19);
    }
}

/// A grid of `threads` invocations in workgroups of `size`, folded into y when x would pass
/// the per-dimension limit; shaders rebuild the flat index from `num_workgroups`.
pub fn grid_1d(threads: u64, size: u32) -> [u32; 3] {
    let groups = threads.div_ceil(size as u64).max(1);
    const MAX_X: u64 = 65535;
    if groups <= MAX_X {
        [groups as u32, 1, 1]
    } else {
        let y = groups.div_ceil(MAX_X);
        [groups.div_ceil(y) as u32, y as u32, 1]
    }
}

/// A grid of `x` workgroups per row and one row of workgroups per row of data: y, then z once
/// y reaches the per-dimension limit (shaders take row = id.y + id.z · num_workgroups.y).
pub fn grid_rows(rows: u64, x: u32) -> [u32; 3] {
    const MAX: u64 = 65535;
    let rows = rows.max(1);
    let z = rows.div_ceil(MAX);
    [x.max(1), rows.div_ceil(z) as u32, z as u32]
}

#[cfg(test)]
mod tests {
    use super::{grid_1d, grid_rows};

    #[test]
    fn grid_rows_covers_every_row_within_the_limit() {
        assert_eq!(grid_rows(640, 4), [4, 640, 1]);
        for rows in [65535u64, 65536, 5000 * 500] {
            let [_, y, z] = grid_rows(rows, 1);
            assert!(y <= 65535 && z <= 65535 && y as u64 * z as u64 >= rows, "{rows}: {y}x{z}");
        }
    }

    #[test]
    fn grid_1d_covers_every_thread_within_the_limit() {
        assert_eq!(grid_1d(0, 64), [1, 1, 1]);
        assert_eq!(grid_1d(65, 64), [2, 1, 1]);
        for threads in [64 * 65535, 64 * 65535 + 1, 50_000_000u64 * 4] {
            let [x, y, z] = grid_1d(threads, 64);
            assert!(x <= 65535 && y <= 65535 && z == 1);
            assert!(x as u64 * y as u64 * 64 >= threads, "{threads}: {x}x{y}");
        }
    }
}
