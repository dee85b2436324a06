//! A data set as the gather kernel reads it: all of it on the GPU (resident), or kept on the
//! host with each batch written into a window of the GPU's just before the launch that reads
//! it (streamed), for data sets larger than one storage binding or than the adapter should hold.
//!
//! The gather kernel takes image `index[p]` for the batch row at position p of the epoch's
//! order, and draws that row's binarization from p. Resident, `index` is the shuffled order
//! and the pixels are the whole set. Streamed, the window holds `window` images and `index[p]`
//! is p mod `window`: a batch starting at a multiple of `window` finds its images at slots 0, 1,
//! …, which [`GpuImages::stage`] fills from the host in the shuffled order. The kernel, its
//! positions and so its random numbers are the same either way, so both give the same bits.
//!
//! A write goes through wgpu's `Queue::write_buffer`: the bytes are copied into wgpu's staging
//! memory when it is called and the copy to the window runs at the head of the next submit, in
//! queue order after every earlier submit's reads of the window. The caller writes batch s + 1
//! while the GPU runs step s, so the upload is a batch ahead and a step is still one submit.

use super::Dataset;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, GpuBuffer};
use crate::kernels::gather::pack_pixels;

/// Where a forward pass reads its images: u8 pixels packed 4 to a u32, and the order.
pub struct DataBuffers<'a> {
    pub pixels: &'a GpuBuffer<u32>,
    pub images: u32,
    pub index: &'a GpuBuffer<u32>,
}

/// Whether a data set goes to the GPU whole or batch by batch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DataMode {
    /// Resident where the set fits one storage binding (and `WGVAE_RESIDENT_LIMIT` bytes, when
    /// set), else streamed.
    #[default]
    Auto,
    /// The whole set in one GPU buffer (refused, naming the limit, where it does not fit).
    Resident,
    /// Kept on the host, each batch written to the GPU ahead of its step.
    Stream,
}

/// The environment variable that lowers the bytes `auto` keeps resident (tests force
/// streaming with it; a user can keep a large set off a GPU that others share).
pub const RESIDENT_LIMIT_VAR: &str = "WGVAE_RESIDENT_LIMIT";

/// The data set's pixels and the index the gather kernel reads them by.
pub struct GpuImages<'d> {
    pixels: GpuBuffer<u32>,
    index: GpuBuffer<u32>,
    /// Streamed: the host's images, and the epoch's order that [`stage`](Self::stage) follows.
    streamed: Option<Streamed<'d>>,
    images: u32,
}

struct Streamed<'d> {
    data: &'d Dataset,
    order: Vec<u32>,
    window: u32,
}

impl<'d> GpuImages<'d> {
    /// `data` for batches at positions up to `positions` of an order, `window` images at a time
    /// (a streamed batch starts at a multiple of it); resident or streamed as `mode` and the
    /// adapter's limits decide. The order starts as 0, 1, 2, …
    pub fn new(
        gpu: &Gpu,
        data: &'d Dataset,
        positions: u32,
        window: u32,
        mode: DataMode,
        what: &str,
    ) -> Result<GpuImages<'d>> {
        let bytes = data.images.len() as u64;
        let stream = match mode {
            DataMode::Stream => true,
            DataMode::Resident => false,
            DataMode::Auto => bytes > resident_limit(gpu)?,
        };
        let order: Vec<u32> = (0..positions).map(|p| p % data.count.max(1) as u32).collect();
        if !stream {
            let pixels = gpu.upload(&format!("{what} images"), &pack_pixels(&data.images))?;
            let index = gpu.upload(&format!("{what} order"), &order)?;
            return Ok(GpuImages { pixels, index, streamed: None, images: data.count as u32 });
        }
        if window == 0 {
            return Err(Error::Invalid(format!("{what}: a streamed window of no images")));
        }
        let slots: Vec<u32> = (0..positions).map(|p| p % window).collect();
        let pixels =
            gpu.zeros::<u32>(&format!("{what} images (window)"), (window as usize * data.dim()).div_ceil(4))?;
        let index = gpu.upload(&format!("{what} window slots"), &slots)?;
        Ok(GpuImages { pixels, index, streamed: Some(Streamed { data, order, window }), images: window })
    }

    /// Whether batches are written to the GPU one by one.
    pub fn is_streamed(&self) -> bool {
        self.streamed.is_some()
    }

    /// What a forward pass's gather reads.
    pub fn buffers(&self) -> DataBuffers<'_> {
        DataBuffers { pixels: &self.pixels, images: self.images, index: &self.index }
    }

    /// The order in which positions take the images (an epoch's shuffle; padding allowed past
    /// the set's end). Resident, written to the GPU's index; streamed, kept for [`stage`].
    pub fn set_order(&mut self, gpu: &Gpu, order: &[u32]) -> Result<()> {
        match &mut self.streamed {
            None => gpu.write(&self.index, 0, order),
            Some(s) => {
                s.order.clear();
                s.order.extend_from_slice(order);
                Ok(())
            }
        }
    }

    /// Streamed: writes the images of positions `first..first + count` (a batch, `first` a
    /// multiple of the window) into the window, queued before the next submit. Resident:
    /// nothing to do.
    pub fn stage(&self, gpu: &Gpu, first: u32, count: u32) -> Result<()> {
        let Some(s) = &self.streamed else { return Ok(()) };
        if !first.is_multiple_of(s.window) || count > s.window || (first + count) as usize > s.order.len() {
            return Err(Error::Invalid(format!(
                "a streamed batch of {count} at position {first}: batches start at multiples of the window of {} \
                 within the order of {}",
                s.window,
                s.order.len()
            )));
        }
        let mut bytes = Vec::with_capacity(count as usize * s.data.dim());
        for &image in &s.order[first as usize..(first + count) as usize] {
            bytes.extend_from_slice(s.data.image(image as usize));
        }
        gpu.write(&self.pixels, 0, &pack_pixels(&bytes))
    }
}

/// The most bytes `auto` keeps resident: one storage binding (and buffer) of the adapter, or
/// less by `WGVAE_RESIDENT_LIMIT`.
fn resident_limit(gpu: &Gpu) -> Result<u64> {
    let binding = gpu.limits.max_storage_buffer_binding_size.min(gpu.limits.max_buffer_size);
    match std::env::var(RESIDENT_LIMIT_VAR) {
        Err(_) => Ok(binding),
        Ok(text) => match text.trim().parse::<u64>() {
            Ok(limit) => Ok(limit.min(binding)),
            Err(_) => Err(Error::Invalid(format!("{RESIDENT_LIMIT_VAR}={text}: a number of bytes"))),
        },
    }
}
