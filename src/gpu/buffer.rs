//! Typed storage buffers: upload, allocate, read back.

use std::marker::PhantomData;

use super::Gpu;
use crate::error::{Error, Result};

/// A storage buffer of `len` values of `T` (4-byte scalars: f32 or u32). A clone is another
/// handle to the same buffer (wgpu's buffers are reference-counted).
pub struct GpuBuffer<T> {
    pub buffer: wgpu::Buffer,
    len: usize,
    _elem: PhantomData<T>,
}

impl<T> Clone for GpuBuffer<T> {
    fn clone(&self) -> Self {
        GpuBuffer { buffer: self.buffer.clone(), len: self.len, _elem: PhantomData }
    }
}

impl<T: bytemuck::Pod> GpuBuffer<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn binding(&self) -> wgpu::BindingResource<'_> {
        self.buffer.as_entire_binding()
    }
}

const USAGE: wgpu::BufferUsages =
    wgpu::BufferUsages::STORAGE.union(wgpu::BufferUsages::COPY_SRC).union(wgpu::BufferUsages::COPY_DST);

/// Bytes for `len` elements, rounded up to whole vec4s: wgpu refuses empty bindings, copies
/// move whole words, and the vec4 kernels view buffers as arrays of vec4.
fn byte_size<T>(len: usize) -> u64 {
    ((len * size_of::<T>()) as u64).max(16).next_multiple_of(16)
}

impl Gpu {
    fn check_size(&self, label: &str, bytes: u64) -> Result<()> {
        let binding = self.limits.max_storage_buffer_binding_size;
        let buffer = self.limits.max_buffer_size;
        if bytes > binding.min(buffer) {
            return Err(Error::TooLarge(format!(
                "buffer {label} needs {bytes} bytes; \"{}\" binds at most {binding} bytes per storage buffer",
                self.info.name
            )));
        }
        Ok(())
    }

    /// A storage buffer holding `data`.
    pub fn upload<T: bytemuck::Pod>(&self, label: &str, data: &[T]) -> Result<GpuBuffer<T>> {
        let buffer = self.zeros::<T>(label, data.len())?;
        self.write(&buffer, 0, data)?;
        Ok(buffer)
    }

    /// A zero-filled storage buffer of `len` elements.
    pub fn zeros<T: bytemuck::Pod>(&self, label: &str, len: usize) -> Result<GpuBuffer<T>> {
        let size = byte_size::<T>(len);
        self.check_size(label, size)?;
        let buffer = self.checked(&format!("allocating buffer {label}"), || {
            self.device.create_buffer(&wgpu::BufferDescriptor {
                label: Some(label),
                size,
                usage: USAGE,
                mapped_at_creation: false,
            })
        })?;
        Ok(GpuBuffer { buffer, len, _elem: PhantomData })
    }

    /// Overwrites elements `offset..offset + data.len()` (queued before the next submit).
    pub fn write<T: bytemuck::Pod>(&self, buffer: &GpuBuffer<T>, offset: usize, data: &[T]) -> Result<()> {
        if offset + data.len() > buffer.len {
            return Err(Error::Invalid(format!(
                "write of {} elements at {offset} into a buffer of {}",
                data.len(),
                buffer.len
            )));
        }
        let bytes: &[u8] = bytemuck::cast_slice(data);
        let mut padded;
        let bytes = if bytes.len().is_multiple_of(4) {
            bytes
        } else {
            padded = bytes.to_vec();
            padded.resize(bytes.len().next_multiple_of(4), 0);
            &padded
        };
        if !bytes.is_empty() {
            self.queue.write_buffer(&buffer.buffer, (offset * size_of::<T>()) as u64, bytes);
        }
        Ok(())
    }

    /// Copies the buffer back to the host (waits for all queued work).
    pub fn read<T: bytemuck::Pod>(&self, buffer: &GpuBuffer<T>) -> Result<Vec<T>> {
        self.read_all(&[buffer])
    }

    /// [`read_all_async`](Self::read_all_async), blocking: the native host's edge.
    pub fn read_all<T: bytemuck::Pod>(&self, buffers: &[&GpuBuffer<T>]) -> Result<Vec<T>> {
        pollster::block_on(self.read_all_async(buffers))
    }

    /// Copies the buffer back to the host (after all queued work).
    pub async fn read_async<T: bytemuck::Pod>(&self, buffer: &GpuBuffer<T>) -> Result<Vec<T>> {
        self.read_all_async(&[buffer]).await
    }

    /// Copies the buffers back to the host one after the other, in one staging buffer and one
    /// wait (after all queued work). Natively the map's callback runs in the poll that waits for
    /// the queue; on the web polling does nothing and the browser runs it once control returns
    /// to it, which awaiting here does.
    pub async fn read_all_async<T: bytemuck::Pod>(&self, buffers: &[&GpuBuffer<T>]) -> Result<Vec<T>> {
        let sizes: Vec<u64> = buffers.iter().map(|b| byte_size::<T>(b.len)).collect();
        let staging = self.checked("reading buffers back", || {
            let staging = self.device.create_buffer(&wgpu::BufferDescriptor {
                label: Some("read-back"),
                size: sizes.iter().sum::<u64>().max(16),
                usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
                mapped_at_creation: false,
            });
            let mut encoder = self.device.create_command_encoder(&Default::default());
            let mut at = 0;
            for (buffer, &size) in buffers.iter().zip(&sizes) {
                encoder.copy_buffer_to_buffer(&buffer.buffer, 0, &staging, at, size);
                at += size;
            }
            self.queue.submit(Some(encoder.finish()));
            staging
        })?;
        let (mapped, done) = futures_channel::oneshot::channel();
        staging.map_async(wgpu::MapMode::Read, .., move |r| {
            let _ = mapped.send(r);
        });
        self.wait()?;
        done.await
            .map_err(|_| Error::Gpu("read-back never completed".into()))?
            .map_err(|e| Error::Gpu(format!("mapping a buffer for reading: {e}")))?;
        let mut data = Vec::with_capacity(buffers.iter().map(|b| b.len).sum());
        {
            let view = staging.get_mapped_range(..).map_err(|e| Error::Gpu(format!("mapped range: {e}")))?;
            let mut at = 0;
            for (buffer, &size) in buffers.iter().zip(&sizes) {
                let bytes = &view[at as usize..at as usize + buffer.len * size_of::<T>()];
                data.extend_from_slice(bytemuck::cast_slice::<u8, T>(bytes));
                at += size;
            }
        }
        staging.unmap();
        Ok(data)
    }
}

/// A read-back that never blocks: [`request`](Readback::request) queues a copy of a small
/// buffer, [`poll`](Readback::poll) hands the values over once the GPU has got there, so a
/// progress display can follow the GPU without stalling its queue.
pub struct Readback<T> {
    staging: wgpu::Buffer,
    len: usize,
    ready: std::sync::Arc<std::sync::atomic::AtomicU8>,
    _elem: PhantomData<T>,
}

const IDLE: u8 = 0;
const PENDING: u8 = 1;
const MAPPED: u8 = 2;
const FAILED: u8 = 3;

impl<T: bytemuck::Pod> Readback<T> {
    pub fn new(gpu: &Gpu, source: &GpuBuffer<T>) -> Readback<T> {
        let staging = gpu.device.create_buffer(&wgpu::BufferDescriptor {
            label: Some("readback"),
            size: byte_size::<T>(source.len),
            usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
            mapped_at_creation: false,
        });
        Readback { staging, len: source.len, ready: Default::default(), _elem: PhantomData }
    }

    /// Queues a copy of `source` behind the work submitted so far, unless one is in flight.
    pub fn request(&self, gpu: &Gpu, source: &GpuBuffer<T>) {
        use std::sync::atomic::Ordering;
        if self.ready.load(Ordering::Acquire) != IDLE {
            return;
        }
        let mut encoder = gpu.device.create_command_encoder(&Default::default());
        encoder.copy_buffer_to_buffer(&source.buffer, 0, &self.staging, 0, byte_size::<T>(self.len));
        gpu.queue.submit(Some(encoder.finish()));
        self.ready.store(PENDING, Ordering::Release);
        let ready = self.ready.clone();
        self.staging.map_async(wgpu::MapMode::Read, .., move |r| {
            ready.store(if r.is_ok() { MAPPED } else { FAILED }, Ordering::Release);
        });
    }

    /// The values of the last request if the GPU has delivered them (checks without waiting).
    pub fn poll(&self, gpu: &Gpu) -> Option<Vec<T>> {
        use std::sync::atomic::Ordering;
        let _ = gpu.device.poll(wgpu::PollType::Poll);
        match self.ready.load(Ordering::Acquire) {
            MAPPED => {
                let values = self
                    .staging
                    .get_mapped_range(..)
                    .ok()
                    .map(|view| bytemuck::cast_slice::<u8, T>(&view[..self.len * size_of::<T>()]).to_vec());
                self.staging.unmap();
                self.ready.store(IDLE, Ordering::Release);
                values
            }
            FAILED => {
                self.ready.store(IDLE, Ordering::Release);
                None
            }
            _ => None,
        }
    }
}
