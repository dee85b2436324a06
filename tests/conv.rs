//! The convolution gathers (im2col, col2im) against their CPU references, and Conv2d and
//! ConvTranspose2d computed on the GPU as those gathers around the engine's matmuls (docs/math.md,
//! "Convolutions as matrix products") against convolutions computed directly from their definitions
//! in f64, forward and backward, whose own gradients are checked against finite differences. Random
//! inputs, sizes that are not multiples of anything, non-square images and kernels, odd channel
//! counts, both image layouts; every output poisoned with NaN first.

mod common;

use common::tolerance::{Budget, relative_to_largest};
use common::{assert_close, gpu, poisoned, random};
use wgvae::gpu::Gpu;
use wgvae::kernels::activation::Activation;
use wgvae::kernels::conv::{self, ImageLayout, Window};
use wgvae::kernels::matmul::{self, LinearShape, MatmulKernel};
use wgvae::reference::conv::{self as reference, ConvSizes};

const LAYOUTS: [ImageLayout; 2] = [ImageLayout::ChannelsFirst, ImageLayout::ChannelsLast];

/// Conv2d cases: batch, in and out channels, image (h, w), kernel, stride, padding.
type Conv2dCase = (u32, u32, u32, [u32; 2], [u32; 2], [u32; 2], [u32; 2]);
const CONV2D_CASES: [Conv2dCase; 6] = [
    // The conv preset's layers (4, 2, 1): on the digits, and on an odd non-square image.
    (2, 1, 32, [28, 28], [4, 4], [2, 2], [1, 1]),
    (3, 3, 5, [9, 10], [4, 4], [2, 2], [1, 1]),
    // Stride 1, padding 0, a non-square kernel.
    (2, 5, 3, [5, 8], [3, 2], [1, 1], [0, 0]),
    (2, 3, 7, [7, 6], [3, 3], [2, 2], [1, 1]),
    (2, 3, 4, [6, 7], [1, 1], [1, 1], [0, 0]),
    // Stride and padding that differ between the sides.
    (2, 2, 3, [7, 5], [3, 3], [2, 1], [2, 0]),
];

/// ConvTranspose2d cases: batch, in and out channels, input (h, w), kernel, stride, padding,
/// output padding.
type TransposeCase = (u32, u32, u32, [u32; 2], [u32; 2], [u32; 2], [u32; 2], [u32; 2]);
const TRANSPOSE_CASES: [TransposeCase; 5] = [
    // The conv preset's decoder (4, 2, 1): 7 → 14 with 32 → 1 channels, on odd sizes.
    (2, 32, 1, [7, 7], [4, 4], [2, 2], [1, 1], [0, 0]),
    (2, 5, 3, [4, 3], [4, 4], [2, 2], [1, 1], [0, 0]),
    (2, 3, 2, [3, 5], [3, 3], [2, 2], [1, 1], [1, 0]),
    // Stride 1, padding 0, a non-square kernel.
    (2, 3, 3, [5, 4], [3, 2], [1, 1], [0, 0], [0, 0]),
    (1, 2, 5, [3, 4], [3, 3], [2, 3], [0, 1], [1, 2]),
];

fn conv2d_window(case: &Conv2dCase, layout: ImageLayout) -> Window {
    let &(batch, channels, _, image, kernel, stride, padding) = case;
    Window::conv2d(batch, channels, image, kernel, stride, padding, layout).unwrap()
}

fn conv2d_sizes(case: &Conv2dCase) -> ConvSizes {
    let &(batch, c, o, image, kernel, stride, padding) = case;
    let us = |a: [u32; 2]| a.map(|v| v as usize);
    ConvSizes {
        batch: batch as usize,
        in_channels: c as usize,
        out_channels: o as usize,
        input: us(image),
        kernel: us(kernel),
        stride: us(stride),
        padding: us(padding),
        output_padding: [0, 0],
    }
}

fn transpose_sizes(case: &TransposeCase) -> ConvSizes {
    let &(batch, c, o, input, kernel, stride, padding, output_padding) = case;
    let us = |a: [u32; 2]| a.map(|v| v as usize);
    ConvSizes {
        batch: batch as usize,
        in_channels: c as usize,
        out_channels: o as usize,
        input: us(input),
        kernel: us(kernel),
        stride: us(stride),
        padding: us(padding),
        output_padding: us(output_padding),
    }
}

/// An NCHW batch in `layout`.
fn from_nchw<T: Copy>(x: &[T], [n, c, h, w]: [usize; 4], layout: ImageLayout) -> Vec<T> {
    match layout {
        ImageLayout::ChannelsFirst => x.to_vec(),
        ImageLayout::ChannelsLast => (0..n * h * w * c)
            .map(|e| {
                let (pixel, ch) = (e / c, e % c);
                x[(pixel / (h * w) * c + ch) * h * w + pixel % (h * w)]
            })
            .collect(),
    }
}

/// A batch in `layout` as NCHW.
fn to_nchw<T: Copy>(x: &[T], [n, c, h, w]: [usize; 4], layout: ImageLayout) -> Vec<T> {
    match layout {
        ImageLayout::ChannelsFirst => x.to_vec(),
        ImageLayout::ChannelsLast => (0..n * c * h * w)
            .map(|e| {
                let (nc, yx) = (e / (h * w), e % (h * w));
                x[((nc / c) * h * w + yx) * c + nc % c]
            })
            .collect(),
    }
}

fn f64s(v: &[f32]) -> Vec<f64> {
    v.iter().map(|&x| x as f64).collect()
}

/// Every value's absolute value, in f64: the inputs of a computation of the terms' magnitudes.
fn abs64(v: &[f32]) -> Vec<f64> {
    v.iter().map(|x| x.abs() as f64).collect()
}

/// The tolerance of `want` (f64) against its terms' `magnitude` under `budget`.
fn tol(budget: Budget, magnitude: &[f64], want: &[f64]) -> f64 {
    relative_to_largest(budget, &f32s(magnitude), &f32s(want))
}

fn f32s(v: &[f64]) -> Vec<f32> {
    v.iter().map(|&x| x as f32).collect()
}

fn launch(gpu: &Gpu, d: &wgvae::gpu::Dispatch) {
    gpu.run(&[d]).unwrap();
}

#[test]
fn im2col_matches_reference() {
    let Some(gpu) = gpu() else { return };
    for (k, case) in CONV2D_CASES.iter().enumerate() {
        for layout in LAYOUTS {
            let w = conv2d_window(case, layout);
            let image = random(w.image_len() as usize, 100 + k as u64, -1.0, 1.0);
            let col = poisoned(gpu, (w.rows() * w.cols()) as usize);
            launch(gpu, &conv::im2col(gpu, &w, &gpu.upload("image", &image).unwrap(), &col).unwrap());
            let got = gpu.read(&col).unwrap();
            let want = reference::im2col(&image, &w);
            assert_eq!(got.len(), want.len());
            let same = got.iter().zip(&want).all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(same, "im2col differs from its reference: {w:?}");
        }
    }
}

#[test]
fn col2im_matches_reference() {
    let Some(gpu) = gpu() else { return };
    for (k, case) in CONV2D_CASES.iter().enumerate() {
        for layout in LAYOUTS {
            let w = conv2d_window(case, layout);
            let col = random((w.rows() * w.cols()) as usize, 200 + k as u64, -1.0, 1.0);
            let bias = random(w.channels as usize, 300 + k as u64, -1.0, 1.0);
            let colg = gpu.upload("col", &col).unwrap();
            let biasg = gpu.upload("bias", &bias).unwrap();
            for (b, act) in [(None, Activation::Identity), (Some(&bias), Activation::Tanh)] {
                let image = poisoned(gpu, w.image_len() as usize);
                let d = conv::col2im(gpu, &w, &colg, b.map(|_| &biasg), act, &image).unwrap();
                launch(gpu, &d);
                let want = reference::col2im(&col, &w, b.map(|b| b.as_slice()), act);
                // A pixel sums the taps that cover it (at most kh·kw) and the bias, against their
                // magnitudes; then tanh of |z| ≤ that magnitude (two exps and a division).
                let taps = (case.4[0] * case.4[1]) as usize;
                let abs_bias: Vec<f32> = bias.iter().map(|v| v.abs()).collect();
                let col_abs: Vec<f32> = col.iter().map(|v| v.abs()).collect();
                let magnitude = reference::col2im(&col_abs, &w, b.map(|_| abs_bias.as_slice()), Activation::Identity);
                let z = magnitude.iter().fold(0.0f64, |m, &v| m.max(v as f64)).min(15.0);
                let tanh = Budget::exp(z).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0);
                let tol = relative_to_largest(Budget::sum(taps + 1), &magnitude, &want) + tanh.tol();
                assert_close(&format!("col2im {w:?} {act:?}"), &gpu.read(&image).unwrap(), &want, tol);
            }
        }
    }
}

/// Conv2d as im2col + linear_forward, and its backward as linear_grad_weight (with db),
/// linear_grad_input and col2im, against the direct convolution.
#[test]
fn conv2d_on_the_matmuls_matches_the_direct_convolution() {
    let Some(gpu) = gpu() else { return };
    let up = |name: &str, v: &[f32]| gpu.upload(name, v).unwrap();
    for (k, case) in CONV2D_CASES.iter().enumerate() {
        let s = conv2d_sizes(case);
        let ([ho, wo], out) = (s.conv_output(), s.out_channels);
        let x = random(s.batch * s.in_channels * s.input[0] * s.input[1], 400 + k as u64, -1.0, 1.0);
        let weight = random(out * (w_cols(&s)), 500 + k as u64, -0.5, 0.5);
        let bias = random(out, 600 + k as u64, -0.5, 0.5);
        let dy_nchw = random(s.batch * out * ho * wo, 700 + k as u64, -1.0, 1.0);
        let want_y = reference::conv2d_forward(&f64s(&x), &f64s(&weight), &f64s(&bias), &s);
        let (want_dx, want_dw, want_db) = reference::conv2d_backward(&f64s(&x), &f64s(&weight), &f64s(&dy_nchw), &s);
        // Each output against its terms' magnitudes (the same convolutions of absolute values):
        // the forward sums C·kh·kw products and the bias; dW and db sum over the N·Ho·Wo rows;
        // dx sums over the O outputs, then col2im over the kh·kw taps.
        let taps = s.kernel[0] * s.kernel[1];
        let magnitude_y = reference::conv2d_forward(&abs64(&x), &abs64(&weight), &abs64(&bias), &s);
        let (magnitude_dx, magnitude_dw, magnitude_db) =
            reference::conv2d_backward(&abs64(&x), &abs64(&weight), &abs64(&dy_nchw), &s);
        let tol_y = tol(Budget::sum(w_cols(&s) + 1), &magnitude_y, &want_y);
        let rows = Budget::sum(s.batch * ho * wo);
        let (tol_dw, tol_db) = (tol(rows, &magnitude_dw, &want_dw), tol(rows, &magnitude_db, &want_db));
        let tol_dx = tol(Budget::sum(out) + Budget::sum(taps), &magnitude_dx, &want_dx);
        let out_dims = [s.batch, out, ho, wo];
        let in_dims = [s.batch, s.in_channels, s.input[0], s.input[1]];
        for layout in LAYOUTS {
            let w = conv2d_window(case, layout);
            let (rows, cols) = (w.rows() as u32, w.cols() as u32);
            let shape = LinearShape::new(rows, cols, out as u32);
            let (xg, wg, bg) = (up("x", &from_nchw(&x, in_dims, layout)), up("w", &weight), up("b", &bias));
            let col = poisoned(gpu, (rows * cols) as usize);
            launch(gpu, &conv::im2col(gpu, &w, &xg, &col).unwrap());
            let y = poisoned(gpu, rows as usize * out);
            let kernel = MatmulKernel::Auto;
            launch(
                gpu,
                &matmul::linear_forward(gpu, &col, &wg, Some(&bg), &y, shape, Activation::Identity, kernel).unwrap(),
            );
            let y_nchw = to_nchw(&gpu.read(&y).unwrap(), out_dims, ImageLayout::ChannelsLast);
            assert_close(&format!("conv2d forward {case:?} {layout:?}"), &y_nchw, &f32s(&want_y), tol_y);

            let dy = up("dy", &from_nchw(&dy_nchw, out_dims, ImageLayout::ChannelsLast));
            let (dw, db) = (poisoned(gpu, weight.len()), poisoned(gpu, out));
            launch(gpu, &matmul::linear_grad_weight(gpu, &dy, &col, &dw, Some(&db), shape, kernel).unwrap());
            let dcol = poisoned(gpu, (rows * cols) as usize);
            launch(gpu, &matmul::linear_grad_input(gpu, &dy, &wg, &dcol, shape, kernel).unwrap());
            let dx = poisoned(gpu, x.len());
            launch(gpu, &conv::col2im(gpu, &w, &dcol, None, Activation::Identity, &dx).unwrap());
            let what = format!("{case:?} {layout:?}");
            assert_close(&format!("conv2d dW {what}"), &gpu.read(&dw).unwrap(), &f32s(&want_dw), tol_dw);
            assert_close(&format!("conv2d db {what}"), &gpu.read(&db).unwrap(), &f32s(&want_db), tol_db);
            let dx_nchw = to_nchw(&gpu.read(&dx).unwrap(), in_dims, layout);
            assert_close(&format!("conv2d dx {what}"), &dx_nchw, &f32s(&want_dx), tol_dx);
        }
    }
}

/// C kh kw: the columns of a Conv2d's flattened weight.
fn w_cols(s: &ConvSizes) -> usize {
    s.in_channels * s.kernel[0] * s.kernel[1]
}

/// ConvTranspose2d as linear_grad_input + col2im (bias and activation fused), and its backward
/// as im2col, linear_forward, linear_grad_weight and channel_sums, against the direct
/// transposed convolution.
#[test]
fn conv_transpose2d_on_the_matmuls_matches_the_direct_convolution() {
    let Some(gpu) = gpu() else { return };
    let up = |name: &str, v: &[f32]| gpu.upload(name, v).unwrap();
    for (k, case) in TRANSPOSE_CASES.iter().enumerate() {
        let &(batch, c, o, input, kernel, stride, padding, output_padding) = case;
        let s = transpose_sizes(case);
        let [ho, wo] = s.transpose_output();
        let okk = s.out_channels * s.kernel[0] * s.kernel[1];
        let x = random(s.batch * s.in_channels * s.input[0] * s.input[1], 800 + k as u64, -1.0, 1.0);
        let weight = random(s.in_channels * okk, 900 + k as u64, -0.5, 0.5);
        let bias = random(s.out_channels, 1000 + k as u64, -0.5, 0.5);
        let dy_nchw = random(s.batch * s.out_channels * ho * wo, 1100 + k as u64, -1.0, 1.0);
        let want_y = reference::conv_transpose2d_forward(&f64s(&x), &f64s(&weight), &f64s(&bias), &s);
        let (want_dx, want_dw, want_db) =
            reference::conv_transpose2d_backward(&f64s(&x), &f64s(&weight), &f64s(&dy_nchw), &s);
        // Against the terms' magnitudes: the forward sums C products, then col2im the kh·kw
        // taps and the bias; dx (im2col and a matmul) sums O·kh·kw products; dW and db sum over
        // the rows (N·H·W inputs, N·Ho·Wo outputs).
        let taps = s.kernel[0] * s.kernel[1];
        let magnitude_y = reference::conv_transpose2d_forward(&abs64(&x), &abs64(&weight), &abs64(&bias), &s);
        let (magnitude_dx, magnitude_dw, magnitude_db) =
            reference::conv_transpose2d_backward(&abs64(&x), &abs64(&weight), &abs64(&dy_nchw), &s);
        let tol_y = tol(Budget::sum(s.in_channels) + Budget::sum(taps + 1), &magnitude_y, &want_y);
        let tol_dx = tol(Budget::sum(okk), &magnitude_dx, &want_dx);
        let tol_dw = tol(Budget::sum(s.batch * s.input[0] * s.input[1]), &magnitude_dw, &want_dw);
        let tol_db = tol(Budget::sum(s.batch * ho * wo), &magnitude_db, &want_db);
        let in_dims = [s.batch, s.in_channels, s.input[0], s.input[1]];
        let out_dims = [s.batch, s.out_channels, ho, wo];
        // The input as matmul rows (one pixel a row: channels last), the weight as [C, O kh kw].
        let (xg, wg, bg) =
            (up("x", &from_nchw(&x, in_dims, ImageLayout::ChannelsLast)), up("w", &weight), up("b", &bias));
        for layout in LAYOUTS {
            let w = Window::conv_transpose2d(batch, o, input, kernel, stride, padding, output_padding, layout).unwrap();
            assert_eq!(w.image, [ho as u32, wo as u32]);
            let rows = w.rows() as u32;
            // [N H W, C] x [C, O kh kw]: the grad_input layout of a linear layer with C outputs.
            let shape = LinearShape::new(rows, okk as u32, c);
            let kernel = MatmulKernel::Auto;
            let p = poisoned(gpu, rows as usize * okk);
            launch(gpu, &matmul::linear_grad_input(gpu, &xg, &wg, &p, shape, kernel).unwrap());
            let y = poisoned(gpu, w.image_len() as usize);
            launch(gpu, &conv::col2im(gpu, &w, &p, Some(&bg), Activation::Identity, &y).unwrap());
            let what = format!("{case:?} {layout:?}");
            let y_nchw = to_nchw(&gpu.read(&y).unwrap(), out_dims, layout);
            assert_close(&format!("conv_transpose2d forward {what}"), &y_nchw, &f32s(&want_y), tol_y);

            let dy_flat = from_nchw(&dy_nchw, out_dims, layout);
            let dy = up("dy", &dy_flat);
            let dcol = poisoned(gpu, rows as usize * okk);
            launch(gpu, &conv::im2col(gpu, &w, &dy, &dcol).unwrap());
            let dx = poisoned(gpu, x.len());
            launch(
                gpu,
                &matmul::linear_forward(gpu, &dcol, &wg, None, &dx, shape, Activation::Identity, kernel).unwrap(),
            );
            let dw = poisoned(gpu, weight.len());
            launch(gpu, &matmul::linear_grad_weight(gpu, &xg, &dcol, &dw, None, shape, kernel).unwrap());
            let dx_nchw = to_nchw(&gpu.read(&dx).unwrap(), in_dims, ImageLayout::ChannelsLast);
            assert_close(&format!("conv_transpose2d dx {what}"), &dx_nchw, &f32s(&want_dx), tol_dx);
            assert_close(&format!("conv_transpose2d dW {what}"), &gpu.read(&dw).unwrap(), &f32s(&want_dw), tol_dw);
            let db = poisoned(gpu, s.out_channels);
            launch(gpu, &conv::channel_sums(gpu, &w, &dy, &db).unwrap());
            let sums = reference::channel_sums(&dy_flat, &w);
            assert_close(&format!("channel_sums {what}"), &gpu.read(&db).unwrap(), &sums, tol_db);
            assert_close(&format!("conv_transpose2d db {what}"), &gpu.read(&db).unwrap(), &f32s(&want_db), tol_db);
        }
    }
}

/// The direct references' gradients against central finite differences of L = Σ g · y in f64
/// (L is linear in each single input, so the differences are exact up to rounding).
#[test]
fn direct_convolution_gradients_match_finite_differences() {
    let conv = ConvSizes {
        batch: 2,
        in_channels: 2,
        out_channels: 3,
        input: [5, 4],
        kernel: [3, 2],
        stride: [2, 1],
        padding: [1, 0],
        output_padding: [0, 0],
    };
    let transpose = ConvSizes { input: [3, 2], output_padding: [1, 0], ..conv };
    type Forward = fn(&[f64], &[f64], &[f64], &ConvSizes) -> Vec<f64>;
    type Backward = fn(&[f64], &[f64], &[f64], &ConvSizes) -> (Vec<f64>, Vec<f64>, Vec<f64>);
    let layers: [(&str, ConvSizes, Forward, Backward, [usize; 2]); 2] = [
        ("conv2d", conv, reference::conv2d_forward, reference::conv2d_backward, conv.conv_output()),
        (
            "conv_transpose2d",
            transpose,
            reference::conv_transpose2d_forward,
            reference::conv_transpose2d_backward,
            transpose.transpose_output(),
        ),
    ];
    for (name, s, forward, backward, [ho, wo]) in layers {
        let f = |v: Vec<f32>| f64s(&v);
        let x = f(random(s.batch * s.in_channels * s.input[0] * s.input[1], 1, -1.0, 1.0));
        let weight = f(random(s.in_channels * s.out_channels * s.kernel[0] * s.kernel[1], 2, -1.0, 1.0));
        let bias = f(random(s.out_channels, 3, -1.0, 1.0));
        let g = f(random(s.batch * s.out_channels * ho * wo, 4, -1.0, 1.0));
        let loss =
            |x: &[f64], w: &[f64], b: &[f64]| forward(x, w, b, &s).iter().zip(&g).map(|(y, g)| y * g).sum::<f64>();
        let (dx, dw, db) = backward(&x, &weight, &g, &s);
        let h = 1e-3;
        let mut worst = 0.0f64;
        let mut check = |analytic: &[f64], which: usize| {
            for i in 0..analytic.len() {
                let (mut xs, mut ws, mut bs) = (x.clone(), weight.clone(), bias.clone());
                let param = |xs: &mut Vec<f64>, ws: &mut Vec<f64>, bs: &mut Vec<f64>, d: f64| {
                    [&mut *xs, &mut *ws, &mut *bs][which][i] += d;
                };
                param(&mut xs, &mut ws, &mut bs, h);
                let up = loss(&xs, &ws, &bs);
                param(&mut xs, &mut ws, &mut bs, -2.0 * h);
                let down = loss(&xs, &ws, &bs);
                let numeric = (up - down) / (2.0 * h);
                worst = worst.max((numeric - analytic[i]).abs() / analytic[i].abs().max(1.0));
            }
        };
        check(&dx, 0);
        check(&dw, 1);
        check(&db, 2);
        assert!(worst < 1e-9, "{name}: worst relative error {worst:e} against finite differences");
    }
}

#[test]
fn bad_convolution_shapes_are_refused_by_name() {
    let e = Window::conv2d(1, 3, [3, 3], [5, 5], [1, 1], [0, 0], ImageLayout::ChannelsFirst).unwrap_err();
    assert!(e.to_string().contains("Conv2d over 3x3x3") && e.to_string().contains("larger"), "{e}");
    let e = Window::conv2d(1, 3, [8, 8], [3, 3], [0, 1], [0, 0], ImageLayout::ChannelsFirst).unwrap_err();
    assert!(e.to_string().contains("at least 1"), "{e}");
    let e =
        Window::conv_transpose2d(1, 2, [4, 4], [4, 4], [2, 2], [1, 1], [2, 0], ImageLayout::ChannelsLast).unwrap_err();
    assert!(e.to_string().contains("output_padding must be smaller than the stride"), "{e}");
    let e =
        Window::conv_transpose2d(1, 2, [1, 1], [1, 1], [1, 1], [1, 1], [0, 0], ImageLayout::ChannelsLast).unwrap_err();
    assert!(e.to_string().contains("no output"), "{e}");
    let big = Window::conv2d(1 << 20, 64, [64, 64], [4, 4], [1, 1], [0, 0], ImageLayout::ChannelsLast).unwrap_err();
    assert!(big.to_string().contains("2^32"), "{big}");
}
