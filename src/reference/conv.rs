//! CPU reference of shaders/conv.wgsl (im2col, col2im), and the convolutions themselves computed
//! directly from their definitions (docs/math.md, "Convolutions as matrix products") in f64,
//! forward and backward, against which the GPU's matmul formulation is tested.

use super::activation::act_forward;
use crate::kernels::activation::Activation;
use crate::kernels::conv::Window;

/// The element of `image` at (n, c, y, x) where (y, x) is inside the image, through the
/// window's layout.
fn offset(w: &Window, n: usize, c: usize, y: usize, x: usize) -> usize {
    let [sn, sc, sy, sx] = w.strides().map(|s| s as usize);
    n * sn + c * sc + y * sy + x * sx
}

/// The image position of window offset `u` at grid position `i` along dimension `d`, if inside.
fn position(w: &Window, d: usize, i: usize, u: usize) -> Option<usize> {
    let at = (w.stride[d] as usize * i + u).checked_sub(w.padding[d] as usize)?;
    (at < w.image[d] as usize).then_some(at)
}

/// What the im2col kernel writes: the `[rows, cols]` column matrix.
pub fn im2col(image: &[f32], w: &Window) -> Vec<f32> {
    let [kh, kw] = w.kernel.map(|k| k as usize);
    let mut col = Vec::with_capacity((w.rows() * w.cols()) as usize);
    for n in 0..w.batch as usize {
        for i in 0..w.grid[0] as usize {
            for j in 0..w.grid[1] as usize {
                for c in 0..w.channels as usize {
                    for u in 0..kh {
                        for v in 0..kw {
                            col.push(match (position(w, 0, i, u), position(w, 1, j, v)) {
                                (Some(y), Some(x)) => image[offset(w, n, c, y, x)],
                                _ => 0.0,
                            });
                        }
                    }
                }
            }
        }
    }
    col
}

/// What the col2im kernel writes: every image element the sum of the column entries that
/// land on it, plus the bias of its channel, through the activation.
pub fn col2im(col: &[f32], w: &Window, bias: Option<&[f32]>, act: Activation) -> Vec<f32> {
    let [kh, kw] = w.kernel.map(|k| k as usize);
    let cols = w.cols() as usize;
    let mut sums = vec![0.0f64; w.image_len() as usize];
    for n in 0..w.batch as usize {
        for i in 0..w.grid[0] as usize {
            for j in 0..w.grid[1] as usize {
                let row = (n * w.grid[0] as usize + i) * w.grid[1] as usize + j;
                for c in 0..w.channels as usize {
                    for u in 0..kh {
                        for v in 0..kw {
                            if let (Some(y), Some(x)) = (position(w, 0, i, u), position(w, 1, j, v)) {
                                sums[offset(w, n, c, y, x)] += col[row * cols + (c * kh + u) * kw + v] as f64;
                            }
                        }
                    }
                }
            }
        }
    }
    let channel_of = |e: usize| {
        let [_, sc, ..] = w.strides().map(|s| s as usize);
        (e / sc) % w.channels as usize
    };
    sums.iter()
        .enumerate()
        .map(|(e, &s)| act_forward(s + bias.map_or(0.0, |b| b[channel_of(e)] as f64), act) as f32)
        .collect()
}

/// What the channel_sums kernel writes: each channel's sum over the batch and the image.
pub fn channel_sums(image: &[f32], w: &Window) -> Vec<f32> {
    let mut sums = vec![0.0f64; w.channels as usize];
    for n in 0..w.batch as usize {
        for (c, sum) in sums.iter_mut().enumerate() {
            for y in 0..w.image[0] as usize {
                for x in 0..w.image[1] as usize {
                    *sum += image[offset(w, n, c, y, x)] as f64;
                }
            }
        }
    }
    sums.iter().map(|&s| s as f32).collect()
}

/// A convolution's sizes, for the direct references: NCHW images, weights in PyTorch's layouts.
#[derive(Clone, Copy, Debug)]
pub struct ConvSizes {
    pub batch: usize,
    pub in_channels: usize,
    pub out_channels: usize,
    /// The input's height and width.
    pub input: [usize; 2],
    pub kernel: [usize; 2],
    pub stride: [usize; 2],
    pub padding: [usize; 2],
    /// ConvTranspose2d only.
    pub output_padding: [usize; 2],
}

impl ConvSizes {
    /// Conv2d's output side: floor((side + 2 padding − kernel) / stride) + 1.
    pub fn conv_output(&self) -> [usize; 2] {
        [0, 1].map(|d| (self.input[d] + 2 * self.padding[d] - self.kernel[d]) / self.stride[d] + 1)
    }

    /// ConvTranspose2d's output side: (side − 1) stride − 2 padding + kernel + output_padding.
    pub fn transpose_output(&self) -> [usize; 2] {
        [0, 1].map(|d| {
            (self.input[d] - 1) * self.stride[d] + self.kernel[d] + self.output_padding[d] - 2 * self.padding[d]
        })
    }

    /// The input position a Conv2d's output (i, j) reads at window offset (u, v) (and a
    /// ConvTranspose2d's input (i, j) writes to), if inside the image of side `side`.
    fn tap(&self, side: [usize; 2], [i, j]: [usize; 2], [u, v]: [usize; 2]) -> Option<[usize; 2]> {
        let y = (self.stride[0] * i + u).checked_sub(self.padding[0])?;
        let x = (self.stride[1] * j + v).checked_sub(self.padding[1])?;
        (y < side[0] && x < side[1]).then_some([y, x])
    }
}

/// Every (n, grid position, window offset, image position) of a window over `side` at `grid`.
fn taps(
    s: &ConvSizes,
    grid: [usize; 2],
    side: [usize; 2],
    mut f: impl FnMut(usize, [usize; 2], [usize; 2], [usize; 2]),
) {
    for n in 0..s.batch {
        for i in 0..grid[0] {
            for j in 0..grid[1] {
                for u in 0..s.kernel[0] {
                    for v in 0..s.kernel[1] {
                        if let Some(yx) = s.tap(side, [i, j], [u, v]) {
                            f(n, [i, j], [u, v], yx);
                        }
                    }
                }
            }
        }
    }
}

/// Conv2d from its definition: `y[n, o, i, j] = b[o] + Σ_{c,u,v} W[o, c, u, v] x[n, c, s i + u − p,
/// s j + v − p]`; x `[N, C, H, W]`, W `[O, C, kh, kw]`, y `[N, O, Ho, Wo]`.
pub fn conv2d_forward(x: &[f64], weight: &[f64], bias: &[f64], s: &ConvSizes) -> Vec<f64> {
    let ([h, w], [ho, wo], [kh, kw]) = (s.input, s.conv_output(), s.kernel);
    let (ci, co) = (s.in_channels, s.out_channels);
    let mut y = vec![0.0; s.batch * co * ho * wo];
    for n in 0..s.batch {
        for o in 0..co {
            for i in 0..ho * wo {
                y[(n * co + o) * ho * wo + i] = bias[o];
            }
        }
    }
    taps(s, [ho, wo], [h, w], |n, [i, j], [u, v], [yy, xx]| {
        for o in 0..co {
            for c in 0..ci {
                y[((n * co + o) * ho + i) * wo + j] +=
                    weight[((o * ci + c) * kh + u) * kw + v] * x[((n * ci + c) * h + yy) * w + xx];
            }
        }
    });
    y
}

/// Conv2d's gradients from its definition, given dL/dy: (dx, dW, db).
pub fn conv2d_backward(x: &[f64], weight: &[f64], dy: &[f64], s: &ConvSizes) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let ([h, w], [ho, wo], [kh, kw]) = (s.input, s.conv_output(), s.kernel);
    let (ci, co) = (s.in_channels, s.out_channels);
    let (mut dx, mut dw, mut db) = (vec![0.0; x.len()], vec![0.0; weight.len()], vec![0.0; co]);
    for n in 0..s.batch {
        for o in 0..co {
            db[o] += dy[(n * co + o) * ho * wo..(n * co + o + 1) * ho * wo].iter().sum::<f64>();
        }
    }
    taps(s, [ho, wo], [h, w], |n, [i, j], [u, v], [yy, xx]| {
        for o in 0..co {
            let g = dy[((n * co + o) * ho + i) * wo + j];
            for c in 0..ci {
                let (wi, xi) = (((o * ci + c) * kh + u) * kw + v, ((n * ci + c) * h + yy) * w + xx);
                dw[wi] += g * x[xi];
                dx[xi] += g * weight[wi];
            }
        }
    });
    (dx, dw, db)
}

/// ConvTranspose2d from its definition: every input `x[n, c, i, j]` adds `W[c, o, u, v] x[n, c, i, j]`
/// to `y[n, o, s i + u − p, s j + v − p]`; x `[N, C, H, W]`, W `[C, O, kh, kw]`, y `[N, O, Ho, Wo]`.
pub fn conv_transpose2d_forward(x: &[f64], weight: &[f64], bias: &[f64], s: &ConvSizes) -> Vec<f64> {
    let ([h, w], [ho, wo], [kh, kw]) = (s.input, s.transpose_output(), s.kernel);
    let (ci, co) = (s.in_channels, s.out_channels);
    let mut y = vec![0.0; s.batch * co * ho * wo];
    for n in 0..s.batch {
        for o in 0..co {
            for i in 0..ho * wo {
                y[(n * co + o) * ho * wo + i] = bias[o];
            }
        }
    }
    taps(s, [h, w], [ho, wo], |n, [i, j], [u, v], [yy, xx]| {
        for c in 0..ci {
            for o in 0..co {
                y[((n * co + o) * ho + yy) * wo + xx] +=
                    weight[((c * co + o) * kh + u) * kw + v] * x[((n * ci + c) * h + i) * w + j];
            }
        }
    });
    y
}

/// ConvTranspose2d's gradients from its definition, given dL/dy: (dx, dW, db).
pub fn conv_transpose2d_backward(
    x: &[f64],
    weight: &[f64],
    dy: &[f64],
    s: &ConvSizes,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let ([h, w], [ho, wo], [kh, kw]) = (s.input, s.transpose_output(), s.kernel);
    let (ci, co) = (s.in_channels, s.out_channels);
    let (mut dx, mut dw, mut db) = (vec![0.0; x.len()], vec![0.0; weight.len()], vec![0.0; co]);
    for n in 0..s.batch {
        for o in 0..co {
            db[o] += dy[(n * co + o) * ho * wo..(n * co + o + 1) * ho * wo].iter().sum::<f64>();
        }
    }
    taps(s, [h, w], [ho, wo], |n, [i, j], [u, v], [yy, xx]| {
        for c in 0..ci {
            let xi = ((n * ci + c) * h + i) * w + j;
            for o in 0..co {
                let (wi, g) = (((c * co + o) * kh + u) * kw + v, dy[((n * co + o) * ho + yy) * wo + xx]);
                dw[wi] += g * x[xi];
                dx[xi] += g * weight[wi];
            }
        }
    });
    (dx, dw, db)
}
