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
// z·sigmoid(z).
fn layer_act(z: f32, act: u32, slope: f32) -> f32 {
    switch act {
        case ACT_LEAKY_RELU: { return select(slope * z, z, z > 0.0); }
        case ACT_SILU: { return z * sigmoid(z); }
        default: { return act_forward(z, act); }
    }
}

// d layer_act / dz from the input z: SiLU's derivative needs z, not the output.
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
        default: { return 1.0; }
    }
}
