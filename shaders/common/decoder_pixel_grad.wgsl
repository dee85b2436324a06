// d loss / d (decoder raw outputs) for one pixel, shared by decoder_backward.wgsl and its vec4
// twin. c = -c_r/points is the row's scale (see decoder_backward.wgsl for the formulas).
// Needs common/activation.wgsl (sigmoid, softplus) and the kernel's GradParams `p`.

fn bernoulli_pixel_grad(c: f32, x: f32, logit: f32) -> f32 {
    return c * (x - sigmoid(logit));
}

// (d/da, d/ds) for the Gaussian head's raw mean a and raw log-variance s.
fn gaussian_pixel_grad(c: f32, x: f32, a: f32, s: f32) -> vec2<f32> {
    let identity = p.identity_mean != 0u;
    let mean = select(sigmoid(a), a, identity);
    let t = s - p.floor;
    let logvar = p.floor + softplus(t);
    let r = x - mean;
    let prec = exp(-logvar);
    return vec2<f32>(c * r * prec * select(mean * (1.0 - mean), 1.0, identity), c * 0.5 * (r * r * prec - 1.0) * sigmoid(t));
}
