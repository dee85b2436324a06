//! CPU reference of shaders/adam.wgsl, in f64.

use crate::kernels::adam::AdamConfig;

/// One Adam step (1-based `step`) in place.
pub fn adam(grad: &[f32], params: &mut [f32], m: &mut [f32], v: &mut [f32], step: u32, c: AdamConfig) {
    let (b1, b2) = (c.beta1 as f64, c.beta2 as f64);
    let (bc1, bc2) = (1.0 - b1.powi(step as i32), 1.0 - b2.powi(step as i32));
    for i in 0..params.len() {
        let g = grad[i] as f64;
        let m1 = b1 * m[i] as f64 + (1.0 - b1) * g;
        let v1 = b2 * v[i] as f64 + (1.0 - b2) * g * g;
        m[i] = m1 as f32;
        v[i] = v1 as f32;
        params[i] = (params[i] as f64 - c.lr as f64 * (m1 / bc1) / ((v1 / bc2).sqrt() + c.eps as f64)) as f32;
    }
}
