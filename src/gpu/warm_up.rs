//! The warm-up device: a second device of the training device's adapter on which kernels are
//! launched once before the training device runs them (see [`Compile`](super::pipeline::Compile)):
//! llvmpipe compiles a shader to machine code at its first launch, on the launching queue's
//! thread, and keeps the result in Mesa's disk shader cache, where the training device then
//! finds it instead of stalling its steps for the compilation.

use std::sync::{Condvar, Mutex};
use std::time::Duration;

use web_time::Instant;

use super::pipeline::{Kernel, bind_group_layout, create_module, create_pipeline};

pub(crate) type WarmUpDevice = (wgpu::Device, wgpu::Queue);

/// Holds the block warm-ups (their pipelines' creation on the training device included) back
/// until the training device's first submission has run (or a caller waits for a kernel to be
/// compiled): on a cold cache that first work compiles its own kernels on the queue thread, and
/// anything else on a 2-core machine slows it (BENCHMARKS.md); the warm-up of that submission's
/// own kernels ([`Gpu::warm_up_from_the_end`](super::Gpu)) runs until the gate opens. A timeout
/// bounds the wait for a process that never submits.
#[derive(Default)]
pub(crate) struct WarmUpGate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl WarmUpGate {
    const TIMEOUT: Duration = Duration::from_secs(3);

    pub(crate) fn open(&self) {
        *self.open.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.opened.notify_all();
    }

    pub(crate) fn is_open(&self) -> bool {
        *self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn wait(&self) {
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        let _ = self.opened.wait_timeout_while(open, Self::TIMEOUT, |open| !*open);
    }
}

/// Mesa's switch for its on-disk shader cache; without the cache a warm-up on another device
/// leaves nothing for the training device to find.
pub(crate) fn disk_shader_cache_enabled() -> bool {
    !matches!(
        std::env::var("MESA_SHADER_CACHE_DISABLE").unwrap_or_default().to_ascii_lowercase().as_str(),
        "1" | "true" | "yes"
    )
}

/// A second device like the training device: the same features and limits, so the shaders
/// it compiles are the same bytes and share their disk cache entries.
pub(crate) fn open_warm_up_device(adapter: &wgpu::Adapter, features: wgpu::Features) -> Option<WarmUpDevice> {
    let descriptor = wgpu::DeviceDescriptor {
        label: Some("wgvae warm-up"),
        required_features: features,
        required_limits: adapter.limits(),
        ..Default::default()
    };
    pollster::block_on(adapter.request_device(&descriptor)).ok()
}

/// Launches `kernel` once on `device` over small placeholder buffers with `params` as its
/// uniform, so the driver compiles it and stores the machine code in its disk cache, and waits
/// for it. Returns how long the launch took: seconds when it compiled, milliseconds when it
/// found the kernel in the cache.
///
/// lavapipe specializes a shader on the uniform values its branches and loop bounds read, so
/// a warm-up meant for one launch passes that launch's parameters (reads past the placeholders
/// are clamped, as for any launch). Parameters of all 0 compiled nothing on llvmpipe; the
/// block warm-ups pass all 1 (a 1×1 shape).
pub(crate) fn launch_once(device: &wgpu::Device, queue: &wgpu::Queue, kernel: &Kernel, params: &[u8]) -> Duration {
    let start = Instant::now();
    let Ok(module) = create_module(device, kernel.entry, kernel.source) else { return start.elapsed() };
    let layout = bind_group_layout(device, kernel.slots);
    let Ok(pipeline) = create_pipeline(device, &module, &layout, kernel.entry) else { return start.elapsed() };
    let scope = device.push_error_scope(wgpu::ErrorFilter::Validation);
    let buffer = |usage| {
        device.create_buffer(&wgpu::BufferDescriptor { label: None, size: 256, usage, mapped_at_creation: false })
    };
    let uniform = buffer(wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST);
    let mut bytes = params[..params.len().min(256)].to_vec();
    bytes.resize(bytes.len().next_multiple_of(4), 0);
    queue.write_buffer(&uniform, 0, &bytes);
    let storage: Vec<wgpu::Buffer> = kernel.slots.iter().map(|_| buffer(wgpu::BufferUsages::STORAGE)).collect();
    let mut entries = vec![wgpu::BindGroupEntry { binding: 0, resource: uniform.as_entire_binding() }];
    entries.extend(
        storage
            .iter()
            .enumerate()
            .map(|(i, b)| wgpu::BindGroupEntry { binding: i as u32 + 1, resource: b.as_entire_binding() }),
    );
    let bind_group =
        device.create_bind_group(&wgpu::BindGroupDescriptor { label: None, layout: &layout, entries: &entries });
    let mut encoder = device.create_command_encoder(&Default::default());
    {
        let mut pass = encoder.begin_compute_pass(&Default::default());
        pass.set_pipeline(&pipeline);
        pass.set_bind_group(0, &bind_group, &[]);
        pass.dispatch_workgroups(1, 1, 1);
    }
    let launched = Instant::now();
    queue.submit(Some(encoder.finish()));
    let _ = device.poll(wgpu::PollType::wait_indefinitely());
    let _ = pollster::block_on(scope.pop());
    launched.elapsed()
}

/// Launches a pipeline's kernel once on the warm-up device after the gate opens (see
/// [`Compile`](super::pipeline::Compile)), and after a compilation gives Mesa's disk-cache
/// writer (a queue of its own) time to store the entry before the training device looks for it:
/// a miss would compile there, stalling its steps.
pub(crate) fn warm_up_block(gate: &WarmUpGate, device: &wgpu::Device, queue: &wgpu::Queue, kernel: &Kernel) {
    gate.wait();
    if launch_once(device, queue, kernel, bytemuck::cast_slice(&[1u32; 64])) > Duration::from_millis(50) {
        std::thread::sleep(Duration::from_millis(500));
    }
}
