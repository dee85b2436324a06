//! Every layer kind of [`crate::model::architecture`] forward and backward in f64, on a batch
//! of `rows` inputs in PyTorch's layout (NCHW for images): the CPU reference the layered
//! training step will be built from, each kind's backward beside its forward. The
//! convolutions come from [`super::conv`]'s direct definitions.

use super::activation::sigmoid;
use super::conv::{self, ConvSizes};
use crate::model::architecture::{Layer, Pair, Shape};

/// A layer's weight (PyTorch's layout, flattened) and bias.
pub type Params64 = (Vec<f64>, Vec<f64>);

/// The sizes of a convolution layer on `rows` inputs of shape `input`.
fn conv_sizes(layer: &Layer, input: Shape, rows: usize) -> ConvSizes {
    let Shape::Image { height, width, .. } = input else { unreachable!("shapes are checked first") };
    let (in_channels, out_channels, Pair(kernel), Pair(stride), Pair(padding), Pair(output_padding)) = match *layer {
        Layer::Conv2d { in_channels, out_channels, kernel_size, stride, padding } => {
            (in_channels, out_channels, kernel_size, stride, padding, Pair([0, 0]))
        }
        Layer::ConvTranspose2d { in_channels, out_channels, kernel_size, stride, padding, output_padding } => {
            (in_channels, out_channels, kernel_size, stride, padding, output_padding)
        }
        _ => unreachable!("a convolution"),
    };
    ConvSizes {
        batch: rows,
        in_channels,
        out_channels,
        input: [height, width],
        kernel,
        stride,
        padding,
        output_padding,
    }
}

/// The activations' values and derivatives at z.
fn activation(layer: &Layer, z: f64) -> (f64, f64) {
    match *layer {
        Layer::ReLU => (z.max(0.0), if z > 0.0 { 1.0 } else { 0.0 }),
        Layer::LeakyReLU { negative_slope } => {
            let a = negative_slope as f64;
            if z > 0.0 { (z, 1.0) } else { (a * z, a) }
        }
        Layer::Tanh => (z.tanh(), 1.0 - z.tanh().powi(2)),
        // silu(z) = z σ(z); its derivative σ(z) (1 + z (1 − σ(z))).
        Layer::SiLU => {
            let s = sigmoid(z);
            (z * s, s * (1.0 + z * (1.0 - s)))
        }
        // gelu(z) = z Φ(z); its derivative Φ(z) + z φ(z). Φ through libm's erfc (musl's,
        // correct to about an ULP of f64), on the tail's side as the kernel takes it.
        Layer::GELU => {
            let tail = 0.5 * libm::erfc(z.abs() / std::f64::consts::SQRT_2);
            let cdf = if z < 0.0 { tail } else { 1.0 - tail };
            let pdf = (-0.5 * z * z).exp() / (2.0 * std::f64::consts::PI).sqrt();
            (z * cdf, cdf + z * pdf)
        }
        _ => unreachable!("an activation"),
    }
}

/// The coarse side of each fine pixel (y, x) under a factor `f` on `input` ([C, H, W] images),
/// None for the rows and columns past f · floor(side / f): the pairs (fine index, coarse index)
/// of every image of a batch of `rows`, NCHW.
fn coarse_of(input: Shape, rows: usize, f: usize) -> impl Iterator<Item = (usize, Option<usize>)> {
    let Shape::Image { channels, height, width } = input else { unreachable!("shapes are checked first") };
    let (ch, cw) = (height / f, width / f);
    (0..rows * channels).flat_map(move |nc| {
        (0..height).flat_map(move |y| {
            (0..width).map(move |x| {
                let fine = (nc * height + y) * width + x;
                let coarse = (y < f * ch && x < f * cw).then(|| (nc * ch + y / f) * cw + x / f);
                (fine, coarse)
            })
        })
    })
}

/// AvgPool2d(f) of `x` (fine, `input`): each window's mean; and Upsample(f)'s backward, the
/// sum of each pixel's copies' gradients, with `scale` 1.
fn pool(x: &[f64], input: Shape, rows: usize, f: usize, scale: f64) -> Vec<f64> {
    let Shape::Image { channels, height, width } = input else { unreachable!("shapes are checked first") };
    let mut y = vec![0.0; rows * channels * (height / f) * (width / f)];
    for (fine, coarse) in coarse_of(input, rows, f) {
        if let Some(c) = coarse {
            y[c] += scale * x[fine];
        }
    }
    y
}

/// Upsample(f) of `x` (coarse) to `fine_shape`: each pixel's copies; and AvgPool2d(f)'s
/// backward, with `scale` 1/f² (0 for the pixels the pooling dropped).
fn spread(x: &[f64], fine_shape: Shape, rows: usize, f: usize, scale: f64) -> Vec<f64> {
    let mut y = vec![0.0; rows * fine_shape.len()];
    for (fine, coarse) in coarse_of(fine_shape, rows, f) {
        y[fine] = coarse.map_or(0.0, |c| scale * x[c]);
    }
    y
}

/// GroupNorm's groups of NCHW images: for each image and group, the range of its values (the
/// group's channels lie side by side) and its first channel.
fn groups(input: Shape, rows: usize, num_groups: usize) -> impl Iterator<Item = (std::ops::Range<usize>, usize)> {
    let Shape::Image { channels, height, width } = input else { unreachable!("shapes are checked first") };
    let per_group = channels / num_groups * height * width;
    (0..rows * num_groups)
        .map(move |ng| (ng * per_group..(ng + 1) * per_group, (ng % num_groups) * channels / num_groups))
}

/// One group's mean and 1/√(var + eps), the variance biased (divided by n), as PyTorch's.
fn group_stats(x: &[f64], eps: f64) -> (f64, f64) {
    let n = x.len() as f64;
    let mean = x.iter().sum::<f64>() / n;
    let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    (mean, 1.0 / (var + eps).sqrt())
}

/// GroupNorm of NCHW `x`: per image and group x̂ = (x − mean) / √(var + eps), then γ_c x̂ + β_c
/// (1 and 0 without parameters).
fn group_norm(
    x: &[f64],
    params: Option<&Params64>,
    input: Shape,
    rows: usize,
    num_groups: usize,
    eps: f64,
) -> Vec<f64> {
    let Shape::Image { height, width, .. } = input else { unreachable!("shapes are checked first") };
    let plane = height * width;
    let mut y = vec![0.0; x.len()];
    for (range, first_channel) in groups(input, rows, num_groups) {
        let (mean, rstd) = group_stats(&x[range.clone()], eps);
        for (k, i) in range.enumerate() {
            let c = first_channel + k / plane;
            let (gamma, beta) = params.map_or((1.0, 0.0), |(w, b)| (w[c], b[c]));
            y[i] = gamma * (x[i] - mean) * rstd + beta;
        }
    }
    y
}

/// GroupNorm's backward from dL/dy (docs/math.md, "Group normalization"): per group, with
/// gh = γ_c g, dx = (gh − mean(gh) − x̂ mean(gh x̂)) / √(var + eps); dγ_c = Σ g x̂, dβ_c = Σ g.
fn group_norm_backward(
    x: &[f64],
    params: Option<&Params64>,
    dy: &[f64],
    input: Shape,
    rows: usize,
    num_groups: usize,
    eps: f64,
) -> (Vec<f64>, Option<Params64>) {
    let Shape::Image { channels, height, width } = input else { unreachable!("shapes are checked first") };
    let plane = height * width;
    let (mut dx, mut dgamma, mut dbeta) = (vec![0.0; x.len()], vec![0.0; channels], vec![0.0; channels]);
    for (range, first_channel) in groups(input, rows, num_groups) {
        let (mean, rstd) = group_stats(&x[range.clone()], eps);
        let n = range.len() as f64;
        let channel = |k: usize| first_channel + k / plane;
        let gamma = |c: usize| params.map_or(1.0, |(w, _)| w[c]);
        let xhat = |i: usize| (x[i] - mean) * rstd;
        let (mut m1, mut m2) = (0.0, 0.0);
        for (k, i) in range.clone().enumerate() {
            let gh = gamma(channel(k)) * dy[i];
            m1 += gh / n;
            m2 += gh * xhat(i) / n;
            dgamma[channel(k)] += dy[i] * xhat(i);
            dbeta[channel(k)] += dy[i];
        }
        for (k, i) in range.enumerate() {
            dx[i] = rstd * (gamma(channel(k)) * dy[i] - m1 - xhat(i) * m2);
        }
    }
    (dx, params.map(|_| (dgamma, dbeta)))
}

/// Upsample's output shape on `input`.
fn upsampled(input: Shape, f: usize) -> Shape {
    let Shape::Image { channels, height, width } = input else { unreachable!("shapes are checked first") };
    Shape::Image { channels, height: height * f, width: width * f }
}

/// The layer's output on `x` (`rows` inputs of shape `input`).
pub fn forward(layer: &Layer, params: Option<&Params64>, x: &[f64], input: Shape, rows: usize) -> Vec<f64> {
    match *layer {
        Layer::Linear { in_features: k, out_features: n } => {
            let (w, b) = params.expect("a Linear layer has parameters");
            let mut y = vec![0.0; rows * n];
            for r in 0..rows {
                for j in 0..n {
                    y[r * n + j] = b[j] + (0..k).map(|i| x[r * k + i] * w[j * k + i]).sum::<f64>();
                }
            }
            y
        }
        Layer::Conv2d { .. } => {
            let (w, b) = params.expect("a Conv2d layer has parameters");
            conv::conv2d_forward(x, w, b, &conv_sizes(layer, input, rows))
        }
        Layer::ConvTranspose2d { .. } => {
            let (w, b) = params.expect("a ConvTranspose2d layer has parameters");
            conv::conv_transpose2d_forward(x, w, b, &conv_sizes(layer, input, rows))
        }
        // The same values in the same (channel-major) order.
        Layer::Flatten | Layer::Unflatten { .. } => x.to_vec(),
        Layer::ReLU | Layer::LeakyReLU { .. } | Layer::Tanh | Layer::SiLU | Layer::GELU => {
            x.iter().map(|&z| activation(layer, z).0).collect()
        }
        Layer::AvgPool2d { kernel_size: f, .. } => pool(x, input, rows, f, 1.0 / (f * f) as f64),
        Layer::Upsample { scale_factor: f, .. } => {
            // Each fine pixel reads its coarse one: the spread of the coarse input.
            spread(x, upsampled(input, f), rows, f, 1.0)
        }
        Layer::GroupNorm { num_groups, eps, .. } => group_norm(x, params, input, rows, num_groups, eps as f64),
        Layer::Residual { .. } => unreachable!("a Residual runs in a trunk (trunk_forward)"),
    }
}

/// From dL/dy and the layer's input `x`: dL/dx, and dL/d(weight, bias) for layers with
/// parameters.
pub fn backward(
    layer: &Layer,
    params: Option<&Params64>,
    x: &[f64],
    dy: &[f64],
    input: Shape,
    rows: usize,
) -> (Vec<f64>, Option<Params64>) {
    match *layer {
        Layer::Linear { in_features: k, out_features: n } => {
            let (w, _) = params.expect("a Linear layer has parameters");
            let (mut dx, mut dw, mut db) = (vec![0.0; rows * k], vec![0.0; n * k], vec![0.0; n]);
            for r in 0..rows {
                for j in 0..n {
                    let g = dy[r * n + j];
                    db[j] += g;
                    for i in 0..k {
                        dw[j * k + i] += g * x[r * k + i];
                        dx[r * k + i] += g * w[j * k + i];
                    }
                }
            }
            (dx, Some((dw, db)))
        }
        Layer::Conv2d { .. } => {
            let (w, _) = params.expect("a Conv2d layer has parameters");
            let (dx, dw, db) = conv::conv2d_backward(x, w, dy, &conv_sizes(layer, input, rows));
            (dx, Some((dw, db)))
        }
        Layer::ConvTranspose2d { .. } => {
            let (w, _) = params.expect("a ConvTranspose2d layer has parameters");
            let (dx, dw, db) = conv::conv_transpose2d_backward(x, w, dy, &conv_sizes(layer, input, rows));
            (dx, Some((dw, db)))
        }
        Layer::Flatten | Layer::Unflatten { .. } => (dy.to_vec(), None),
        Layer::ReLU | Layer::LeakyReLU { .. } | Layer::Tanh | Layer::SiLU | Layer::GELU => {
            (x.iter().zip(dy).map(|(&z, g)| g * activation(layer, z).1).collect(), None)
        }
        // dL/dx[fine] = dL/dy[coarse] / f² (0 where the window dropped the pixel).
        Layer::AvgPool2d { kernel_size: f, .. } => (spread(dy, input, rows, f, 1.0 / (f * f) as f64), None),
        // dL/dx[coarse] = the sum of its f² copies' dL/dy.
        Layer::Upsample { scale_factor: f, .. } => (pool(dy, upsampled(input, f), rows, f, 1.0), None),
        Layer::GroupNorm { num_groups, eps, .. } => {
            group_norm_backward(x, params, dy, input, rows, num_groups, eps as f64)
        }
        Layer::Residual { .. } => unreachable!("a Residual runs in a trunk (trunk_backward)"),
    }
}

/// A trunk's output on `x`, keeping every layer's input for [`trunk_backward`]: the inputs
/// of layers 0..n, then the output. `params` holds a slot per layer in [`Layer::flatten`]'s
/// order (a Residual's own, then its body's and its shortcut's), None for layers without.
pub fn trunk_forward(
    layers: &[Layer],
    params: &[Option<Params64>],
    shapes: &[Shape],
    x: &[f64],
    input: Shape,
    rows: usize,
) -> Vec<Vec<f64>> {
    let mut acts = vec![x.to_vec()];
    let mut slot = 0;
    for (i, layer) in layers.iter().enumerate() {
        let shape = if i == 0 { input } else { shapes[i - 1] };
        let slots = &params[slot..slot + layer.slot_count()];
        let y = match layer {
            Layer::Residual { body, shortcut } => {
                let (body_slots, shortcut_slots) = slots[1..].split_at(Layer::flatten(body).len());
                let branch = |layers: &[Layer], slots: &[Option<Params64>]| {
                    let shapes = Layer::chain_shapes(layers, shape).expect("shapes are checked first");
                    trunk_forward(layers, slots, &shapes, acts.last().unwrap(), shape, rows).pop().unwrap()
                };
                // shortcut(x) + body(x).
                let through = branch(shortcut, shortcut_slots);
                through.iter().zip(branch(body, body_slots)).map(|(s, b)| s + b).collect()
            }
            _ => forward(layer, slots[0].as_ref(), acts.last().unwrap(), shape, rows),
        };
        acts.push(y);
        slot += layer.slot_count();
    }
    acts
}

/// Back through a trunk from dL/d(output): dL/d(input) and each slot's parameter gradients
/// (in [`Layer::flatten`]'s order, as `params`). A Residual's input gradient is its
/// shortcut's plus its body's (the identity shortcut passes dL/d(output) through).
pub fn trunk_backward(
    layers: &[Layer],
    params: &[Option<Params64>],
    shapes: &[Shape],
    acts: &[Vec<f64>],
    dy: &[f64],
    input: Shape,
    rows: usize,
) -> (Vec<f64>, Vec<Option<Params64>>) {
    let mut grads = vec![None; params.len()];
    let mut dy = dy.to_vec();
    let mut end = params.len();
    for (i, layer) in layers.iter().enumerate().rev() {
        let shape = if i == 0 { input } else { shapes[i - 1] };
        let start = end - layer.slot_count();
        let slots = &params[start..end];
        dy = match layer {
            Layer::Residual { body, shortcut } => {
                let split = 1 + Layer::flatten(body).len();
                let branch = |layers: &[Layer], slots: &[Option<Params64>], grads: &mut [Option<Params64>]| {
                    let shapes = Layer::chain_shapes(layers, shape).expect("shapes are checked first");
                    let acts = trunk_forward(layers, slots, &shapes, &acts[i], shape, rows);
                    let (dx, g) = trunk_backward(layers, slots, &shapes, &acts, &dy, shape, rows);
                    grads.clone_from_slice(&g);
                    dx
                };
                let (body_grads, shortcut_grads) = grads[start + 1..end].split_at_mut(split - 1);
                let through = branch(shortcut, &slots[split..], shortcut_grads);
                let inside = branch(body, &slots[1..split], body_grads);
                through.iter().zip(inside).map(|(s, b)| s + b).collect()
            }
            _ => {
                let (dx, g) = backward(layer, slots[0].as_ref(), &acts[i], &dy, shape, rows);
                grads[start] = g;
                dx
            }
        };
        end = start;
    }
    (dy, grads)
}
