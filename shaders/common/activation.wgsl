// Activations by id, shared by the matmul epilogue and the activation kernels; mirrors
// src/reference/activation.rs. The ids are defined here alone: src/kernels/activation.rs reads
// them from this file when it is compiled (a missing one is a build error).
// The backward needs only the forward's output y, so layers keep y and never the pre-activation.

const ACT_IDENTITY: u32 = 0u;
const ACT_RELU: u32 = 1u;
const ACT_TANH: u32 = 2u;
const ACT_SIGMOID: u32 = 3u;
const ACT_SOFTPLUS: u32 = 4u;
// The layers' activations that only run as launches of their own (src/model/trunk.rs).
const ACT_LEAKY_RELU: u32 = 5u;
const ACT_SILU: u32 = 6u;
const ACT_GELU: u32 = 7u;

// log(1 + t) for t > -1 without losing the small t (WGSL has no log1p): the rounding of 1 + t
// is undone by t / (u - 1) (Goldberg 1991, after Kahan).
fn log_1p(t: f32) -> f32 {
    let u = 1.0 + t;
    if (u == 1.0) {
        return t;
    }
    return log(u) * (t / (u - 1.0));
}

// softplus(z) = log(1 + e^z) = max(z, 0) + log1p(e^-|z|): never overflows.
fn softplus(z: f32) -> f32 {
    return max(z, 0.0) + log_1p(exp(-abs(z)));
}

fn sigmoid(z: f32) -> f32 {
    return 1.0 / (1.0 + exp(-z));
}

// erfc(x) for x ≥ 0 to a relative error below 1.2e-7 (Numerical Recipes' erfcc, a Chebyshev fit
// in t = 1 / (1 + x/2)); WGSL has no erf. Relative accuracy in the tail is what GELU's negative
// side needs, where Φ(z) is tiny.
fn erfc_nonnegative(x: f32) -> f32 {
    let t = 1.0 / (1.0 + 0.5 * x);
    let poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
        + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    return t * exp(-x * x + poly);
}

// Φ(z), the standard normal's distribution function: ½ erfc(−z/√2), through the tail's side.
fn normal_cdf(z: f32) -> f32 {
    let tail = 0.5 * erfc_nonnegative(abs(z) * 0.70710678);
    return select(1.0 - tail, tail, z < 0.0);
}

// φ(z), the standard normal's density.
fn normal_pdf(z: f32) -> f32 {
    return 0.39894228 * exp(-0.5 * z * z);
}

fn act_forward(z: f32, act: u32) -> f32 {
    switch act {
        case ACT_RELU: { return max(z, 0.0); }
        // tanh(±15) is ±1 in f32; the clamp keeps drivers that build tanh from exp finite.
        case ACT_TANH: { return tanh(clamp(z, -15.0, 15.0)); }
        case ACT_SIGMOID: { return sigmoid(z); }
        case ACT_SOFTPLUS: { return softplus(z); }
        default: { return z; }
    }
}

// d act / dz written in terms of y = act(z).
fn act_grad_from_output(y: f32, act: u32) -> f32 {
    switch act {
        case ACT_RELU: { return select(0.0, 1.0, y > 0.0); }
        case ACT_TANH: { return 1.0 - y * y; }
        case ACT_SIGMOID: { return y * (1.0 - y); }
        case ACT_SOFTPLUS: { return 1.0 - exp(-y); }
        default: { return 1.0; }
    }
}

// An activation layer's output from its input: ReLU, Tanh, LeakyReLU with `slope`, SiLU
// z·sigmoid(z), GELU z·Φ(z) (PyTorch's exact form, approximate='none').
fn layer_act(z: f32, act: u32, slope: f32) -> f32 {
    switch act {
        case ACT_LEAKY_RELU: { return select(slope * z, z, z > 0.0); }
        case ACT_SILU: { return z * sigmoid(z); }
        case ACT_GELU: { return z * normal_cdf(z); }
        default: { return act_forward(z, act); }
    }
}

// d layer_act / dz from the input z: SiLU's and GELU's derivatives need z, not the output.
fn layer_act_grad(z: f32, act: u32, slope: f32) -> f32 {
    switch act {
        case ACT_RELU: { return select(0.0, 1.0, z > 0.0); }
        case ACT_TANH: {
            let t = tanh(clamp(z, -15.0, 15.0));
            return 1.0 - t * t;
        }
        case ACT_LEAKY_RELU: { return select(slope, 1.0, z > 0.0); }
        case ACT_SILU: {
            let s = sigmoid(z);
            return s * (1.0 + z * (1.0 - s));
        }
        case ACT_GELU: { return normal_cdf(z) + z * normal_pdf(z); }
        default: { return 1.0; }
    }
}
