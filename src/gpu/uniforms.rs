//! Every launch's parameter uniform, in a slot of a few shared buffers with a copy on the host.
//! A training step changes the parameters of several launches (the batch's offsets and random
//! keys; every layer's Adam launch: its bias corrections and learning rate; the KL weight β of
//! the reductions and the latent gradient); with a buffer per launch each would be a
//! `write_buffer` call, 40–70 µs of host time per step on lavapipe for six. Here changes only
//! touch the host copy and each submit sends what changed in one write per buffer.

use std::num::NonZeroU64;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};

/// Bytes per shared buffer: 256 slots.
const CHUNK_BYTES: u64 = 64 * 1024;
/// Bytes per slot, at least: room for any kernel's parameters (the largest are 64 bytes).
const SLOT_BYTES: u64 = 256;

struct Chunk {
    buffer: wgpu::Buffer,
    host: Vec<u8>,
    /// Bytes of the host copy the GPU has not seen yet.
    dirty: Option<Range<u64>>,
}

#[derive(Default)]
struct Pool {
    chunks: Vec<Chunk>,
    /// Slots of dropped launches, for reuse.
    free: Vec<(usize, u64)>,
    /// Where the next never-used slot goes in the last chunk.
    next: u64,
}

/// The shared uniform buffers of one device.
#[derive(Default)]
pub(crate) struct UniformPool {
    pool: Mutex<Pool>,
}

/// One launch's slot: which buffer, where, and how many bytes its parameters take. Released to
/// the pool when dropped.
pub(crate) struct UniformSlot {
    pool: Arc<UniformPool>,
    chunk: usize,
    offset: u64,
    size: u64,
    buffer: wgpu::Buffer,
}

impl UniformPool {
    fn lock(&self) -> std::sync::MutexGuard<'_, Pool> {
        self.pool.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A slot holding `bytes`, sent to the GPU at the next [`flush`](Self::flush).
    pub(crate) fn allocate(self: &Arc<Self>, device: &wgpu::Device, bytes: &[u8]) -> Result<UniformSlot> {
        let stride = SLOT_BYTES.next_multiple_of(device.limits().min_uniform_buffer_offset_alignment as u64);
        let size = (bytes.len() as u64).next_multiple_of(16);
        if size > stride {
            return Err(Error::Gpu(format!("parameters of {size} bytes do not fit a {stride}-byte uniform slot")));
        }
        let mut pool = self.lock();
        let (chunk, offset) = match pool.free.pop() {
            Some(slot) => slot,
            None => {
                if pool.chunks.is_empty() || pool.next + stride > CHUNK_BYTES {
                    let buffer = device.create_buffer(&wgpu::BufferDescriptor {
                        label: Some("launch parameters"),
                        size: CHUNK_BYTES,
                        usage: wgpu::BufferUsages::UNIFORM | wgpu::BufferUsages::COPY_DST,
                        mapped_at_creation: false,
                    });
                    pool.chunks.push(Chunk { buffer, host: vec![0; CHUNK_BYTES as usize], dirty: None });
                    pool.next = 0;
                }
                let offset = pool.next;
                pool.next += stride;
                (pool.chunks.len() - 1, offset)
            }
        };
        let buffer = pool.chunks[chunk].buffer.clone();
        drop(pool);
        let slot = UniformSlot { pool: self.clone(), chunk, offset, size, buffer };
        slot.write(bytes);
        Ok(slot)
    }

    /// Sends every changed slot to the GPU: one write per shared buffer, queued before the
    /// next submit.
    pub(crate) fn flush(&self, queue: &wgpu::Queue) {
        let mut pool = self.lock();
        for chunk in &mut pool.chunks {
            if let Some(range) = chunk.dirty.take() {
                queue.write_buffer(&chunk.buffer, range.start, &chunk.host[range.start as usize..range.end as usize]);
            }
        }
    }
}

impl UniformSlot {
    /// Sets the slot's bytes in the host copy; the next flush sends them.
    pub(crate) fn write(&self, bytes: &[u8]) {
        let mut pool = self.pool.lock();
        let chunk = &mut pool.chunks[self.chunk];
        let start = self.offset as usize;
        chunk.host[start..start + bytes.len()].copy_from_slice(bytes);
        let range = self.offset..self.offset + self.size;
        chunk.dirty = Some(match chunk.dirty.take() {
            Some(d) => d.start.min(range.start)..d.end.max(range.end),
            None => range,
        });
    }

    pub(crate) fn binding(&self) -> wgpu::BindingResource<'_> {
        wgpu::BindingResource::Buffer(wgpu::BufferBinding {
            buffer: &self.buffer,
            offset: self.offset,
            size: NonZeroU64::new(self.size),
        })
    }
}

impl Drop for UniformSlot {
    fn drop(&mut self) {
        self.pool.lock().free.push((self.chunk, self.offset));
    }
}
