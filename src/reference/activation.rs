//! CPU reference of shaders/activation.wgsl and the matmul epilogue, in f64.

use crate::kernels::activation::Activation;

pub fn softplus(z: f64) -> f64 {
    z.max(0.0) + (-z.abs()).exp().ln_1p()
}

pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

pub fn act_forward(z: f64, act: Activation) -> f64 {
    match act {
        Activation::Identity => z,
        Activation::Relu => z.max(0.0),
        Activation::Tanh => z.tanh(),
        Activation::Sigmoid => sigmoid(z),
        Activation::Softplus => softplus(z),
    }
}

/// d act / dz in terms of y = act(z).
pub fn act_grad_from_output(y: f64, act: Activation) -> f64 {
    match act {
        Activation::Identity => 1.0,
        Activation::Relu => {
            if y > 0.0 {
                1.0
            } else {
                0.0
            }
        }
        Activation::Tanh => 1.0 - y * y,
        Activation::Sigmoid => y * (1.0 - y),
        Activation::Softplus => -(-y).exp_m1(),
    }
}

pub fn forward(z: &[f32], act: Activation) -> Vec<f32> {
    z.iter().map(|&v| act_forward(v as f64, act) as f32).collect()
}

pub fn backward(y: &[f32], dy: &[f32], act: Activation) -> Vec<f32> {
    y.iter().zip(dy).map(|(&y, &g)| (g as f64 * act_grad_from_output(y as f64, act)) as f32).collect()
}
