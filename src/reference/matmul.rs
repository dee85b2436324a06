//! CPU reference of the linear-layer matmuls (src/kernels/matmul/mod.rs), accumulated in f64.

use super::activation::act_forward;
use crate::kernels::activation::Activation;
use crate::kernels::matmul::LinearShape;

/// `Y[b] = act(X[b] W[b]ᵀ + bias)`.
pub fn linear_forward(x: &[f32], w: &[f32], bias: Option<&[f32]>, s: &LinearShape, act: Activation) -> Vec<f32> {
    let (m, k, n) = (s.rows as usize, s.inputs as usize, s.outputs as usize);
    let [sx, sw, sy] = s.batch_strides.map(|v| v as usize);
    let mut y = vec![0f32; (s.batch as usize - 1) * sy + m * n];
    for b in 0..s.batch as usize {
        for i in 0..m {
            let xr = &x[b * sx + i * k..][..k];
            for j in 0..n {
                let wr = &w[b * sw + j * k..][..k];
                let dot: f64 = xr.iter().zip(wr).map(|(&a, &c)| a as f64 * c as f64).sum();
                let z = dot + bias.map_or(0.0, |bb| bb[j] as f64);
                y[b * sy + i * n + j] = act_forward(z, act) as f32;
            }
        }
    }
    y
}

/// `db[b] = Σ_rows dZ[b]`: the bias gradient that `linear_grad_weight` writes beside dW.
pub fn linear_grad_bias(dz: &[f32], s: &LinearShape) -> Vec<f32> {
    let (m, n) = (s.rows as usize, s.outputs as usize);
    let sz = s.batch_strides[0] as usize;
    (0..s.batch as usize)
        .flat_map(|b| (0..n).map(move |j| (0..m).map(|i| dz[b * sz + i * n + j] as f64).sum::<f64>() as f32))
        .collect()
}

/// `dW[b] = dZ[b]ᵀ X[b]`.
pub fn linear_grad_weight(dz: &[f32], x: &[f32], s: &LinearShape) -> Vec<f32> {
    let (m, k, n) = (s.rows as usize, s.inputs as usize, s.outputs as usize);
    let [sz, sx, sw] = s.batch_strides.map(|v| v as usize);
    let mut dw = vec![0f32; (s.batch as usize - 1) * sw + n * k];
    for b in 0..s.batch as usize {
        let mut acc = vec![0f64; n * k];
        for i in 0..m {
            for j in 0..n {
                let g = dz[b * sz + i * n + j] as f64;
                for (a, &xv) in acc[j * k..][..k].iter_mut().zip(&x[b * sx + i * k..][..k]) {
                    *a += g * xv as f64;
                }
            }
        }
        for (o, a) in dw[b * sw..][..n * k].iter_mut().zip(acc) {
            *o = a as f32;
        }
    }
    dw
}

/// `dX[b] = dZ[b] W[b]`.
pub fn linear_grad_input(dz: &[f32], w: &[f32], s: &LinearShape) -> Vec<f32> {
    let (m, k, n) = (s.rows as usize, s.inputs as usize, s.outputs as usize);
    let [sz, sw, sx] = s.batch_strides.map(|v| v as usize);
    let mut dx = vec![0f32; (s.batch as usize - 1) * sx + m * k];
    for b in 0..s.batch as usize {
        for i in 0..m {
            let mut acc = vec![0f64; k];
            for j in 0..n {
                let g = dz[b * sz + i * n + j] as f64;
                for (a, &wv) in acc.iter_mut().zip(&w[b * sw + j * k..][..k]) {
                    *a += g * wv as f64;
                }
            }
            for (o, a) in dx[b * sx + i * k..][..k].iter_mut().zip(acc) {
                *o = a as f32;
            }
        }
    }
    dx
}
