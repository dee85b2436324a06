//! Trunks of layers on the GPU (src/model/trunk.rs: matmuls with fused activations, im2col,
//! col2im, the permutations between layouts) against the CPU reference of every layer
//! (reference/layers.rs) in f64: the output, d input, and every layer's dW and db, on random
//! inputs and weights, odd sizes, outputs poisoned with NaN.

mod common;

use common::tolerance::{self, Budget};
use common::{assert_close, conv, deconv, gpu, random};
use wgvae::kernels::matmul::MatmulKernel;
use wgvae::model::architecture::{Architecture, Layer, Shape};
use wgvae::model::trunk::{LayerBuffers, Trunk, TrunkBackward};
use wgvae::reference::layers::{Params64, trunk_backward, trunk_forward};

/// A small conv VAE on 1 × 10 × 9 images, with every layout change a trunk makes: 10×9 → 5×4
/// (4, 2, 1) ReLU → 3×2 (3, 1, 0) Tanh, Flatten, Linear(30, 7) ReLU; the decoder Linear(4,
/// 24) ReLU, Unflatten(4, 3, 2), ConvTranspose2d → 6×4 (4, 2, 1) ReLU, Conv2d (1, 1, 0) Tanh,
/// ConvTranspose2d → 10×9 (2, 2×3, 1) to 1 channel.
fn small_conv() -> Architecture {
    Architecture {
        input: [1, 10, 9],
        encoder: vec![
            conv(1, 3, [4, 4], [2, 2], [1, 1]),
            Layer::ReLU,
            conv(3, 5, [3, 3], [1, 1], [0, 0]),
            Layer::Tanh,
            Layer::Flatten,
            Layer::Linear { in_features: 30, out_features: 7 },
            Layer::ReLU,
        ],
        latent: 4,
        decoder: vec![
            Layer::Linear { in_features: 4, out_features: 24 },
            Layer::ReLU,
            Layer::Unflatten { unflattened_size: [4, 3, 2] },
            deconv(4, 3, [4, 4], [2, 2], [1, 1], [0, 0]),
            Layer::ReLU,
            conv(3, 3, [1, 1], [1, 1], [0, 0]),
            Layer::Tanh,
            // 6×4 → 10×9: 5·2 − 2 + 2 = 10, 3·3 − 2 + 2 = 9.
            deconv(3, 1, [2, 2], [2, 3], [1, 1], [0, 0]),
        ],
    }
}

fn f64s(v: &[f32]) -> Vec<f64> {
    v.iter().map(|&x| x as f64).collect()
}

fn f32s(v: &[f64]) -> Vec<f32> {
    v.iter().map(|&x| x as f32).collect()
}

/// Every layer of a trunk from `input`, a Residual's own layers after it, each with its output
/// shape.
fn flat_shapes(layers: &[Layer], input: Shape) -> Vec<(&Layer, Shape)> {
    let shapes = Layer::chain_shapes(layers, input).unwrap();
    let inputs = std::iter::once(input).chain(shapes.iter().copied());
    let mut out = vec![];
    for ((layer, out_shape), in_shape) in layers.iter().zip(&shapes).zip(inputs) {
        out.push((layer, *out_shape));
        if let Layer::Residual { body, shortcut } = layer {
            out.extend(flat_shapes(body, in_shape));
            out.extend(flat_shapes(shortcut, in_shape));
        }
    }
    out
}

/// The error budget of a trunk against the f64 reference: the chain of its layers
/// ([`tolerance::layer_chain`]; a weight's gradient sums over the rows times the positions of
/// the layer's output, at most rows × its length), a Residual's inside it.
fn trunk_budget(layers: &[Layer], input: Shape, rows: usize) -> Budget {
    let flat = flat_shapes(layers, input);
    let weighted = flat.iter().filter_map(|(layer, out)| {
        let (weight, outputs) = layer.parameter_shapes()?;
        Some((weight.iter().product::<usize>() / outputs, outputs, rows * out.len()))
    });
    // The layers whose error is not a matmul's and a tanh's, which the chain allows each
    // parameter layer: GELU's backward, GroupNorm's sums, a pooling's sum of its window and its
    // scale, and a residual block's sum.
    let others = flat.iter().map(|(layer, out)| match **layer {
        Layer::GELU => tolerance::gelu().1,
        Layer::GroupNorm { num_groups, num_channels, .. } => {
            tolerance::group_norm(out.len() / num_groups, rows * out.len() / num_channels).1
        }
        Layer::AvgPool2d { kernel_size: f, .. } | Layer::Upsample { scale_factor: f, .. } => {
            Budget::sum(f * f) + Budget::ROUNDING
        }
        Layer::Residual { .. } => Budget::ROUNDING.times(2.0),
        _ => Budget(0.0),
    });
    others.fold(tolerance::layer_chain(weighted), |a, b| a + b)
}

/// Runs one trunk forward and backward on the GPU and on the CPU and compares everything.
fn check_trunk(name: &str, layers: &[Layer], shapes: &[Shape], input: Shape, rows: usize, seed: u64) {
    let Some(gpu) = gpu() else { return };
    let mut next = seed;
    let mut draw = |n: usize, scale: f32| {
        next += 1;
        random(n, next, -scale, scale)
    };
    let flat = Layer::flatten(layers);
    let host: Vec<Option<(Vec<f32>, Vec<f32>)>> =
        flat.iter().map(|l| l.parameter_shapes().map(|(w, b)| (draw(w.iter().product(), 0.5), draw(b, 0.5)))).collect();
    let params: Vec<Option<LayerBuffers>> = host
        .iter()
        .map(|p| p.as_ref().map(|(w, b)| (gpu.upload("w", w).unwrap(), gpu.upload("b", b).unwrap())))
        .collect();
    let x = draw(rows * input.len(), 1.0);
    let xg = gpu.upload("x", &x).unwrap();
    for kernel in [MatmulKernel::Auto, MatmulKernel::Strided] {
        let trunk = Trunk::build(gpu, layers, shapes, &params, &xg, input, rows as u32, kernel).unwrap();
        let backward = TrunkBackward::build(gpu, &trunk, layers, &params, &xg, true, kernel).unwrap();
        let out_len = trunk.output(&xg).len();
        let dy = draw(out_len, 1.0);
        gpu.write(&backward.dy, 0, &dy).unwrap();
        // Everything the launches write starts as NaN.
        for b in
            trunk.written().chain(backward.dx.as_ref()).chain(backward.grads.iter().flatten().flat_map(|(w, b)| [w, b]))
        {
            gpu.write(b, 0, &vec![f32::NAN; b.len()]).unwrap();
        }
        gpu.run(&trunk.forward.iter().chain(&backward.launches).collect::<Vec<_>>()).unwrap();

        let p64: Vec<Option<Params64>> = host.iter().map(|p| p.as_ref().map(|(w, b)| (f64s(w), f64s(b)))).collect();
        let acts = trunk_forward(layers, &p64, shapes, &f64s(&x), input, rows);
        let (dx, grads) = trunk_backward(layers, &p64, shapes, &acts, &f64s(&dy), input, rows);
        let what = format!("{name} ({kernel:?})");
        let tol = trunk_budget(layers, input, rows).tol();
        assert_close(
            &format!("{what} output"),
            &gpu.read(trunk.output(&xg)).unwrap(),
            &f32s(acts.last().unwrap()),
            tol,
        );
        assert_close(&format!("{what} dx"), &gpu.read(backward.dx.as_ref().unwrap()).unwrap(), &f32s(&dx), tol);
        for (l, (got, want)) in backward.grads.iter().zip(&grads).enumerate() {
            assert_eq!(got.is_some(), want.is_some(), "{what}: layer {l} has parameters on one side only");
            if let (Some((dw, db)), Some((w64, b64))) = (got, want) {
                let kind = flat[l].type_name();
                assert_close(&format!("{what} layer {l} ({kind}) dW"), &gpu.read(dw).unwrap(), &f32s(w64), tol);
                assert_close(&format!("{what} layer {l} ({kind}) db"), &gpu.read(db).unwrap(), &f32s(b64), tol);
            }
        }
    }
}

#[test]
fn conv_trunks_match_the_layer_references() {
    let a = small_conv();
    let shapes = a.shapes(1).unwrap();
    let [c, h, w] = a.input;
    let image = Shape::Image { channels: c, height: h, width: w };
    check_trunk("encoder", &a.encoder, &shapes.encoder, image, 3, 10);
    check_trunk("decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent), 5, 20);
}

/// AvgPool2d, GroupNorm and a residual block with a projection shortcut in the matmuls'
/// channels-last layout (with a floor), Upsample and a residual block with the identity
/// shortcut in channel-first around a body that ends channels-last, GELU and SiLU: the pooling
/// conv VAE the gradient tests use.
#[test]
fn pooling_and_upsampling_trunks_match_the_layer_references() {
    let a = common::pooling_conv(1);
    let shapes = a.shapes(1).unwrap();
    let [c, h, w] = a.input;
    let image = Shape::Image { channels: c, height: h, width: w };
    check_trunk("pooling conv encoder", &a.encoder, &shapes.encoder, image, 3, 90);
    check_trunk("pooling conv decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent), 2, 95);
}

/// A residual block on the trunk's own input (flat values, the identity shortcut): its input
/// gradient is the body's plus dL/dy.
#[test]
fn a_residual_block_on_the_trunk_input_matches_the_layer_reference() {
    let layers = vec![
        Layer::Residual {
            body: vec![
                Layer::Linear { in_features: 5, out_features: 7 },
                Layer::ReLU,
                Layer::Linear { in_features: 7, out_features: 5 },
            ],
            shortcut: vec![],
        },
        Layer::Linear { in_features: 5, out_features: 4 },
    ];
    let shapes = Layer::chain_shapes(&layers, Shape::Flat(5)).unwrap();
    check_trunk("flat residual", &layers, &shapes, Shape::Flat(5), 6, 100);
}

#[test]
fn the_conv_preset_s_trunks_match_the_layer_references() {
    let a = Architecture::conv([1, 28, 28], [8, 12], 24, 5, Layer::ReLU, 2).unwrap();
    let shapes = a.shapes(2).unwrap();
    let image = Shape::Image { channels: 1, height: 28, width: 28 };
    check_trunk("conv preset encoder", &a.encoder, &shapes.encoder, image, 3, 30);
    check_trunk("conv preset decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent), 3, 40);
}

#[test]
fn mlp_trunks_match_the_layer_references() {
    let a = Architecture::mlp([1, 7, 5], &[12, 8], 3, Layer::Tanh, 1);
    let shapes = a.shapes(1).unwrap();
    let image = Shape::Image { channels: 1, height: 7, width: 5 };
    check_trunk("mlp encoder", &a.encoder, &shapes.encoder, image, 6, 50);
    check_trunk("mlp decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent), 6, 60);
}

/// LeakyReLU, SiLU and GELU (launches of their own), Tanh and ReLU fused, non-square kernels and
/// output padding: the tiny conv VAE the gradient tests use.
#[test]
fn tiny_conv_trunks_with_every_activation_match_the_layer_references() {
    for outputs in [1, 2] {
        let a = common::tiny_conv(outputs);
        let shapes = a.shapes(outputs).unwrap();
        let [c, h, w] = a.input;
        let image = Shape::Image { channels: c, height: h, width: w };
        check_trunk("tiny conv encoder", &a.encoder, &shapes.encoder, image, 3, 70);
        check_trunk("tiny conv decoder", &a.decoder, &shapes.decoder, Shape::Flat(a.latent), 4, 80 + outputs as u64);
    }
}
