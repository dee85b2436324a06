//! CPU reference of shaders/grad_norm.wgsl, in f64.

/// The global norm of the gradients (every tensor's values together), and the gradients scaled
/// in place by C / norm where the norm exceeds C (as PyTorch's clip_grad_norm_, without its
/// 1e-6). Returns the norm before clipping.
pub fn clip_grad_norm(tensors: &mut [&mut [f64]], max_norm: f64) -> f64 {
    let norm = tensors.iter().flat_map(|t| t.iter()).map(|g| g * g).sum::<f64>().sqrt();
    if norm > max_norm {
        let scale = max_norm / norm;
        for g in tensors.iter_mut().flat_map(|t| t.iter_mut()) {
            *g *= scale;
        }
    }
    norm
}
