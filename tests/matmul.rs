//! The linear-layer matmuls on the GPU against the f64 CPU reference, for every kernel
//! variant, at shapes that are not multiples of the tiles, with outputs poisoned first.

mod common;

use common::{assert_close, gpu, poisoned, random};
use wgvae::kernels::activation::Activation;
use wgvae::kernels::matmul::{self, LinearShape, MatmulKernel};
use wgvae::reference::matmul as reference;

/// (rows, inputs, outputs): the odd shapes plus the model's.
const ANY_SHAPES: [[u32; 3]; 5] = [[1, 1, 1], [7, 13, 5], [128, 784, 400], [130, 401, 21], [3, 70, 129]];
/// Shapes the vec4 kernels take (inputs and outputs multiples of 4) that are still not tile
/// multiples (64 columns and 16 rows per workgroup).
const VEC4_SHAPES: [[u32; 3]; 5] = [[1, 4, 4], [7, 12, 8], [128, 784, 400], [130, 404, 20], [65, 36, 132]];

fn shapes(kernel: MatmulKernel) -> &'static [[u32; 3]] {
    if kernel == MatmulKernel::Vec4 { &VEC4_SHAPES } else { &ANY_SHAPES }
}

fn check_forward(kernel: MatmulKernel, act: Activation, bias: bool) {
    let Some(gpu) = gpu() else { return };
    for (t, &[m, k, n]) in shapes(kernel).iter().enumerate() {
        let s = LinearShape::new(m, k, n);
        let x = random((m * k) as usize, 10 + t as u64, -1.0, 1.0);
        // PyTorch's initial scale, 1/sqrt(inputs): pre-activations of order 1, where the
        // activations are not flat, so their error is the matmul's.
        let scale = 1.0 / (k as f32).sqrt();
        let w = random((n * k) as usize, 20 + t as u64, -scale, scale);
        let b = random(n as usize, 30 + t as u64, -1.0, 1.0);
        let (xg, wg, bg) = (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("b", &b).unwrap());
        let y = poisoned(gpu, (m * n) as usize);
        let d = matmul::linear_forward(gpu, &xg, &wg, bias.then_some(&bg), &y, s, act, kernel).unwrap();
        gpu.run(&[&d]).unwrap();
        let want = reference::linear_forward(&x, &w, bias.then_some(&b[..]), &s, act);
        assert_close(&format!("{kernel:?} forward {act:?} {m}x{k}x{n}"), &gpu.read(&y).unwrap(), &want, 1e-5);
    }
}

fn check_grads(kernel: MatmulKernel) {
    let Some(gpu) = gpu() else { return };
    for (t, &[m, k, n]) in shapes(kernel).iter().enumerate() {
        let s = LinearShape::new(m, k, n);
        let x = random((m * k) as usize, 40 + t as u64, -1.0, 1.0);
        let w = random((n * k) as usize, 50 + t as u64, -1.0, 1.0);
        let dz = random((m * n) as usize, 60 + t as u64, -1.0, 1.0);
        let (xg, wg, dzg) =
            (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("dz", &dz).unwrap());
        let dw = poisoned(gpu, (n * k) as usize);
        let dx = poisoned(gpu, (m * k) as usize);
        let a = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw, s, kernel).unwrap();
        let b = matmul::linear_grad_input(gpu, &dzg, &wg, &dx, s, kernel).unwrap();
        gpu.run(&[&a, &b]).unwrap();
        let tag = format!("{kernel:?} {m}x{k}x{n}");
        assert_close(&format!("{tag} dW"), &gpu.read(&dw).unwrap(), &reference::linear_grad_weight(&dz, &x, &s), 1e-5);
        assert_close(&format!("{tag} dX"), &gpu.read(&dx).unwrap(), &reference::linear_grad_input(&dz, &w, &s), 1e-5);
    }
}

fn check_batched(kernel: MatmulKernel) {
    let Some(gpu) = gpu() else { return };
    // k = 3 importance samples: X and Y per sample, W shared (stride 0) or per sample.
    let (batch, m, k, n) = (3u32, 9u32, 20u32, 12u32);
    for shared_w in [true, false] {
        let sw = if shared_w { 0 } else { n * k };
        let s = LinearShape::new(m, k, n).batched(batch, [m * k, sw, m * n]);
        let x = random((batch * m * k) as usize, 70, -1.0, 1.0);
        let w = random((batch * n * k) as usize, 71, -1.0, 1.0);
        let b = random(n as usize, 72, -1.0, 1.0);
        let (xg, wg, bg) = (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("b", &b).unwrap());
        let y = poisoned(gpu, (batch * m * n) as usize);
        let f = matmul::linear_forward(gpu, &xg, &wg, Some(&bg), &y, s, Activation::Tanh, kernel).unwrap();
        // Gradients per sample: dZ [batch, m, n], X [batch, m, k] -> dW [batch, n, k].
        let dz = random((batch * m * n) as usize, 73, -1.0, 1.0);
        let dzg = gpu.upload("dz", &dz).unwrap();
        let gw_shape = LinearShape::new(m, k, n).batched(batch, [m * n, m * k, n * k]);
        let dw = poisoned(gpu, (batch * n * k) as usize);
        let gw = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw, gw_shape, kernel).unwrap();
        let gx_shape = LinearShape::new(m, k, n).batched(batch, [m * n, sw, m * k]);
        let dx = poisoned(gpu, (batch * m * k) as usize);
        let gx = matmul::linear_grad_input(gpu, &dzg, &wg, &dx, gx_shape, kernel).unwrap();
        gpu.run(&[&f, &gw, &gx]).unwrap();
        let tag = format!("{kernel:?} batched shared_w={shared_w}");
        let want = reference::linear_forward(&x, &w, Some(&b), &s, Activation::Tanh);
        assert_close(&format!("{tag} Y"), &gpu.read(&y).unwrap(), &want, 1e-5);
        assert_close(
            &format!("{tag} dW"),
            &gpu.read(&dw).unwrap(),
            &reference::linear_grad_weight(&dz, &x, &gw_shape),
            1e-5,
        );
        assert_close(
            &format!("{tag} dX"),
            &gpu.read(&dx).unwrap(),
            &reference::linear_grad_input(&dz, &w, &gx_shape),
            1e-5,
        );
    }
}

#[test]
fn matmul_forward_vec4() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Vec4, act, true);
    }
    check_forward(MatmulKernel::Vec4, Activation::Identity, false);
}

#[test]
fn matmul_forward_strided() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Strided, act, true);
    }
    check_forward(MatmulKernel::Strided, Activation::Relu, false);
}

#[test]
fn matmul_forward_tiled() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Tiled, act, true);
    }
    check_forward(MatmulKernel::Tiled, Activation::Sigmoid, false);
}

#[test]
fn matmul_grads_vec4() {
    check_grads(MatmulKernel::Vec4);
}

#[test]
fn matmul_grads_strided() {
    check_grads(MatmulKernel::Strided);
}

#[test]
fn matmul_grads_tiled() {
    check_grads(MatmulKernel::Tiled);
}

#[test]
fn matmul_batched_every_kernel() {
    for kernel in [MatmulKernel::Vec4, MatmulKernel::Strided, MatmulKernel::Tiled, MatmulKernel::Auto] {
        check_batched(kernel);
    }
}

#[test]
fn matmul_auto_takes_any_shape() {
    check_forward(MatmulKernel::Auto, Activation::Softplus, true);
    check_grads(MatmulKernel::Auto);
}

#[test]
fn matmul_refuses_bad_shapes_with_a_message() {
    let Some(gpu) = gpu() else { return };
    let x = gpu.zeros::<f32>("x", 10).unwrap();
    let w = gpu.zeros::<f32>("w", 12).unwrap();
    let y = gpu.zeros::<f32>("y", 100).unwrap();
    let e =
        matmul::linear_forward(gpu, &x, &w, None, &y, LinearShape::new(4, 3, 4), Activation::Relu, MatmulKernel::Auto)
            .err()
            .expect("x is too small");
    assert!(e.to_string().contains("x holds 10 elements"), "{e}");
    let e =
        matmul::linear_forward(gpu, &x, &w, None, &y, LinearShape::new(2, 5, 2), Activation::Relu, MatmulKernel::Vec4)
            .err()
            .expect("5 inputs cannot be loaded as vec4");
    assert!(e.to_string().contains("multiples of 4"), "{e}");
    let e = matmul::linear_grad_input(gpu, &y, &w, &x, LinearShape::new(0, 3, 4), MatmulKernel::Auto).err().unwrap();
    assert!(e.to_string().contains("at least 1"), "{e}");
}
