//! The gathers that make convolutions matmuls (docs/math.md, "Convolutions as matrix products"):
//! [`im2col`] lays every position of a kernel window over an image out as a row, so that a
//! Conv2d is one linear layer over those
//! rows; [`col2im`], its adjoint, sums rows back into an image (a gather per image element, no
//! atomics), with an optional bias and activation, for Conv2d's dX and ConvTranspose2d's output.
//!
//! Conv2d(C → O, weight [O, C, kh, kw]) on NCHW or NHWC input X:
//! - forward: `im2col(X) → Col` [N Ho Wo, C kh kw]; `linear_forward(Col, W [O, C kh kw], b, act)`
//!   → Y [N Ho Wo, O] (NHWC);
//! - backward from dY [N Ho Wo, O]: `linear_grad_weight(dY, Col)` → dW and db;
//!   `linear_grad_input(dY, W)` → dCol; `col2im(dCol)` → dX.
//!
//! ConvTranspose2d(C → O, weight [C, O, kh, kw]) on X [N H W, C] (NHWC), the adjoint of a Conv2d
//! from the output back to the input:
//! - forward: `linear_grad_input(X, W [C, O kh kw])` → P [N H W, O kh kw]; `col2im(P, b, act)`
//!   → Y [N, O, Ho, Wo] in either layout;
//! - backward from dY: `im2col(dY)` → dCol [N H W, O kh kw]; `linear_forward(dCol, W)` → dX
//!   [N H W, C]; `linear_grad_weight(X, dCol)` → dW [C, O kh kw]; [`channel_sums`] of dY → db.
//!
//! tests/conv.rs runs both layers this way against direct convolutions in f64.

use bytemuck::{Pod, Zeroable};

use super::activation::Activation;
use super::{check_len, shader_source};
use crate::error::{Error, Result};
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "conv";
pub const SOURCE: &str = shader_source!("common/activation.wgsl", "common/flat_index.wgsl", "conv.wgsl");

/// The source, the bias (col2im; a placeholder for im2col), the destination.
const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::ReadWrite];
static IM2COL: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "im2col", slots: SLOTS };
static COL2IM: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "col2im", slots: SLOTS };
static CHANNEL_SUMS: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "channel_sums", slots: SLOTS };

/// How an image batch lies in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageLayout {
    /// [N, C, H, W]: PyTorch's layout and the data's.
    ChannelsFirst,
    /// [N, H, W, C]: the rows of a matmul, one pixel a row; what the conv layers' matmuls write.
    ChannelsLast,
}

impl ImageLayout {
    /// Element strides of (image, channel, row, column) of images of `channels` × `h` × `w`.
    pub fn strides(self, channels: u64, [h, w]: [u64; 2]) -> [u64; 4] {
        let c = channels;
        match self {
            ImageLayout::ChannelsFirst => [c * h * w, h * w, w, 1],
            ImageLayout::ChannelsLast => [h * w * c, 1, w * c, c],
        }
    }
}

/// Where a kernel window visits an image batch: `batch` images of `channels` × `image` (height,
/// width) in `layout`, at `grid` (rows, columns) positions `stride` apart, starting `padding`
/// before the first pixel. For a Conv2d the grid is its output; for a ConvTranspose2d, its input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub batch: u32,
    pub channels: u32,
    pub image: [u32; 2],
    pub grid: [u32; 2],
    pub kernel: [u32; 2],
    pub stride: [u32; 2],
    pub padding: [u32; 2],
    pub layout: ImageLayout,
}

impl Window {
    /// The window of a Conv2d over its input (`channels` × `image`): the grid is its output,
    /// floor((side + 2 padding − kernel) / stride) + 1 per side. An error names the shapes
    /// where a side comes out empty or a zero stride or kernel is asked for.
    pub fn conv2d(
        batch: u32,
        channels: u32,
        image: [u32; 2],
        kernel: [u32; 2],
        stride: [u32; 2],
        padding: [u32; 2],
        layout: ImageLayout,
    ) -> Result<Window> {
        let invalid = |why: &str| {
            Error::Invalid(format!(
                "Conv2d over {channels}x{}x{} with kernel {kernel:?}, stride {stride:?}, padding {padding:?}: {why}",
                image[0], image[1]
            ))
        };
        if kernel.contains(&0) || stride.contains(&0) || channels == 0 || batch == 0 {
            return Err(invalid("kernel, stride, channels and batch must be at least 1"));
        }
        let side = |d: usize| {
            let padded = image[d] as u64 + 2 * padding[d] as u64;
            (padded >= kernel[d] as u64).then(|| ((padded - kernel[d] as u64) / stride[d] as u64 + 1) as u32)
        };
        let (Some(h), Some(w)) = (side(0), side(1)) else {
            return Err(invalid("the kernel is larger than the padded image"));
        };
        let window = Window { batch, channels, image, grid: [h, w], kernel, stride, padding, layout };
        window.check_size()?;
        Ok(window)
    }

    /// The window of a ConvTranspose2d with input side `input` (its grid) and `out_channels`
    /// outputs: the image it writes is (input − 1) stride − 2 padding + kernel + output_padding
    /// per side. As in PyTorch, output_padding must be below the stride.
    #[allow(clippy::too_many_arguments)]
    pub fn conv_transpose2d(
        batch: u32,
        out_channels: u32,
        input: [u32; 2],
        kernel: [u32; 2],
        stride: [u32; 2],
        padding: [u32; 2],
        output_padding: [u32; 2],
        layout: ImageLayout,
    ) -> Result<Window> {
        let invalid = |why: &str| {
            Error::Invalid(format!(
                "ConvTranspose2d from {}x{} to {out_channels} channels with kernel {kernel:?}, stride {stride:?}, \
                 padding {padding:?}, output_padding {output_padding:?}: {why}",
                input[0], input[1]
            ))
        };
        if kernel.contains(&0) || stride.contains(&0) || input.contains(&0) || out_channels == 0 || batch == 0 {
            return Err(invalid("kernel, stride, input side, channels and batch must be at least 1"));
        }
        if (0..2).any(|d| output_padding[d] >= stride[d]) {
            return Err(invalid("output_padding must be smaller than the stride"));
        }
        let side = |d: usize| {
            let full = (input[d] as i64 - 1) * stride[d] as i64 + kernel[d] as i64 + output_padding[d] as i64;
            let side = full - 2 * padding[d] as i64;
            (1..=u32::MAX as i64).contains(&side).then_some(side as u32)
        };
        let (Some(h), Some(w)) = (side(0), side(1)) else {
            return Err(invalid("the padding leaves no output"));
        };
        let window =
            Window { batch, channels: out_channels, image: [h, w], grid: input, kernel, stride, padding, layout };
        window.check_size()?;
        Ok(window)
    }

    /// Rows of the column matrix: one per image and grid position.
    pub fn rows(&self) -> u64 {
        self.batch as u64 * self.grid[0] as u64 * self.grid[1] as u64
    }

    /// Columns of the column matrix: one per channel and window offset.
    pub fn cols(&self) -> u64 {
        self.channels as u64 * self.kernel[0] as u64 * self.kernel[1] as u64
    }

    /// Elements of the image batch.
    pub fn image_len(&self) -> u64 {
        self.batch as u64 * self.channels as u64 * self.image[0] as u64 * self.image[1] as u64
    }

    /// Element strides of (image, channel, row, column) in the layout.
    pub fn strides(&self) -> [u64; 4] {
        self.layout.strides(self.channels as u64, self.image.map(u64::from))
    }

    /// The kernels index with u32: the column matrix and the image must stay below 2^32 elements.
    fn check_size(&self) -> Result<()> {
        let col = self.rows() * self.cols();
        if col > u32::MAX as u64 || self.image_len() > u32::MAX as u64 {
            return Err(Error::TooLarge(format!(
                "a convolution's column matrix of {} x {} (or its image of {} elements) passes 2^32 elements: \
                 use a smaller batch (--chunk)",
                self.rows(),
                self.cols(),
                self.image_len()
            )));
        }
        Ok(())
    }

    fn params(&self, bias: bool, act: Activation) -> Params {
        let [sn, sc, sy, sx] = self.strides().map(|s| s as u32);
        Params {
            batch: self.batch,
            channels: self.channels,
            height: self.image[0],
            width: self.image[1],
            grid_h: self.grid[0],
            grid_w: self.grid[1],
            kernel_h: self.kernel[0],
            kernel_w: self.kernel[1],
            stride_h: self.stride[0],
            stride_w: self.stride[1],
            pad_h: self.padding[0],
            pad_w: self.padding[1],
            stride_n: sn,
            stride_c: sc,
            stride_y: sy,
            stride_x: sx,
            has_bias: bias as u32,
            act: act.id(),
            _pad: [0; 2],
        }
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    batch: u32,
    channels: u32,
    height: u32,
    width: u32,
    grid_h: u32,
    grid_w: u32,
    kernel_h: u32,
    kernel_w: u32,
    stride_h: u32,
    stride_w: u32,
    pad_h: u32,
    pad_w: u32,
    stride_n: u32,
    stride_c: u32,
    stride_y: u32,
    stride_x: u32,
    has_bias: u32,
    act: u32,
    _pad: [u32; 2],
}

/// `col[(n, i, j), (c, u, v)] = image[n, c, stride i + u − pad, stride j + v − pad]` (0 outside
/// the image): the [`Window::rows`] × [`Window::cols`] column matrix, row-major.
pub fn im2col(gpu: &Gpu, window: &Window, image: &GpuBuffer<f32>, col: &GpuBuffer<f32>) -> Result<Dispatch> {
    check_len("im2col", "image", image, window.image_len())?;
    check_len("im2col", "col", col, window.rows() * window.cols())?;
    let params = window.params(false, Activation::Identity);
    let buffers = [image.binding(), gpu.placeholder.as_entire_binding(), col.binding()];
    gpu.dispatch(&IM2COL, &params, &buffers, grid_1d(window.rows() * window.channels as u64, 64))
}

/// `image[n, c, y, x] = act(bias[c] + Σ col[(n, i, j), (c, u, v)])` over the (i, j, u, v) that
/// land on (y, x): the adjoint of [`im2col`], then the bias and activation where given.
pub fn col2im(
    gpu: &Gpu,
    window: &Window,
    col: &GpuBuffer<f32>,
    bias: Option<&GpuBuffer<f32>>,
    act: Activation,
    image: &GpuBuffer<f32>,
) -> Result<Dispatch> {
    check_len("col2im", "col", col, window.rows() * window.cols())?;
    check_len("col2im", "image", image, window.image_len())?;
    if let Some(b) = bias {
        check_len("col2im", "bias", b, window.channels as u64)?;
    }
    let params = window.params(bias.is_some(), act);
    let bias = bias.map_or(gpu.placeholder.as_entire_binding(), |b| b.binding());
    gpu.dispatch(&COL2IM, &params, &[col.binding(), bias, image.binding()], grid_1d(window.image_len(), 64))
}

/// `sums[c] = Σ_{n, y, x} image[n, c, y, x]` for every channel of the window's image: a
/// ConvTranspose2d's bias gradient from dY.
pub fn channel_sums(gpu: &Gpu, window: &Window, image: &GpuBuffer<f32>, sums: &GpuBuffer<f32>) -> Result<Dispatch> {
    check_len("channel_sums", "image", image, window.image_len())?;
    check_len("channel_sums", "sums", sums, window.channels as u64)?;
    let params = window.params(false, Activation::Identity);
    let buffers = [image.binding(), gpu.placeholder.as_entire_binding(), sums.binding()];
    gpu.dispatch(&CHANNEL_SUMS, &params, &buffers, grid_1d(window.channels as u64, 64))
}
