//! CPU reference of shaders/accumulate.wgsl.

/// `sum = (first ? 0 : sum) + scale · grad`, in place (f32, as the kernel: one multiply-add).
pub fn accumulate(grad: &[f32], sum: &mut [f32], scale: f32, first: bool) {
    for (s, &g) in sum.iter_mut().zip(grad) {
        *s = if first { 0.0 } else { *s } + scale * g;
    }
}
