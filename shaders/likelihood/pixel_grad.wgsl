// d loss / d (decoder raw outputs) for one pixel, shared by decoder_backward.wgsl and its vec4
// twin. c = -c_r/points is the row's scale (see decoder_backward.wgsl for the formulas).
// Needs common/activation.wgsl (sigmoid, softplus), likelihood/ids.wgsl,
// likelihood/discretized_logistic.wgsl and the kernel's GradParams `p`.

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

// (d/da, d/ds) for the discretized logistic's raw mean a and raw log-scale s, through the same
// head as the Gaussian's: mean = sigmoid(a) (or a), log-scale = floor + softplus(s - floor).
fn logistic_pixel_grad(c: f32, x: f32, a: f32, s: f32) -> vec2<f32> {
    let identity = p.identity_mean != 0u;
    let mean = select(sigmoid(a), a, identity);
    let t = s - p.floor;
    let g = logistic_log_prob_grad(x, mean, p.floor + softplus(t));
    return vec2<f32>(c * g.x * select(mean * (1.0 - mean), 1.0, identity), c * g.y * sigmoid(t));
}

// The two-output likelihoods' (d/da, d/ds): the Gaussian or the discretized logistic.
fn location_scale_pixel_grad(c: f32, x: f32, a: f32, s: f32) -> vec2<f32> {
    if (p.likelihood == LIKELIHOOD_GAUSSIAN) {
        return gaussian_pixel_grad(c, x, a, s);
    }
    return logistic_pixel_grad(c, x, a, s);
}
