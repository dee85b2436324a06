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
        _ => unreachable!("an activation"),
    }
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
        Layer::ReLU | Layer::LeakyReLU { .. } | Layer::Tanh | Layer::SiLU => {
            x.iter().map(|&z| activation(layer, z).0).collect()
        }
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
        Layer::ReLU | Layer::LeakyReLU { .. } | Layer::Tanh | Layer::SiLU => {
            (x.iter().zip(dy).map(|(&z, g)| g * activation(layer, z).1).collect(), None)
        }
    }
}

/// A trunk's output on `x`, keeping every layer's input for [`trunk_backward`]: the inputs
/// of layers 0..n, then the output. `params[i]` is layer i's, None for layers without.
pub fn trunk_forward(
    layers: &[Layer],
    params: &[Option<Params64>],
    shapes: &[Shape],
    x: &[f64],
    input: Shape,
    rows: usize,
) -> Vec<Vec<f64>> {
    let mut acts = vec![x.to_vec()];
    for (i, layer) in layers.iter().enumerate() {
        let shape = if i == 0 { input } else { shapes[i - 1] };
        let y = forward(layer, params[i].as_ref(), acts.last().unwrap(), shape, rows);
        acts.push(y);
    }
    acts
}

/// Back through a trunk from dL/d(output): dL/d(input) and each layer's parameter gradients.
pub fn trunk_backward(
    layers: &[Layer],
    params: &[Option<Params64>],
    shapes: &[Shape],
    acts: &[Vec<f64>],
    dy: &[f64],
    input: Shape,
    rows: usize,
) -> (Vec<f64>, Vec<Option<Params64>>) {
    let mut grads = vec![None; layers.len()];
    let mut dy = dy.to_vec();
    for (i, layer) in layers.iter().enumerate().rev() {
        let shape = if i == 0 { input } else { shapes[i - 1] };
        let (dx, g) = backward(layer, params[i].as_ref(), &acts[i], &dy, shape, rows);
        grads[i] = g;
        dy = dx;
    }
    (dy, grads)
}
