// The Gaussian mixture's M-step from its sufficient statistics, which a matmul computed
// (linear_grad_weight of the responsibilities R [N, K] and the features F = [x | x²] [N, 2D]:
// S = Rᵀ F [K, 2D] and the counts N_k = Σ_n r_nk as its row sums):
//   π_k = N_k / N,  μ_k = S1_k / N_k,  v_k = max(S2_k / N_k − μ_k², floor),
// written out as the mixture and as the next E-step's linear layer over F (see
// src/reference/mixture.rs, e_step_layer): row 4k of W = (μ_k / v_k | −1/(2 v_k)),
// b[4k] = log π_k − ½ Σ_j (log 2π v_kj + μ_kj² / v_kj). Rows 4k + 1..4k + 3 stay zero.
// Mirrors src/reference/mixture.rs. Prepended: common/flat_index.wgsl.

struct MixtureParams {
    components: u32,
    dim: u32,
    points: f32,
    var_floor: f32,
}

@group(0) @binding(0) var<uniform> p: MixtureParams;
@group(0) @binding(1) var<storage, read> stats: array<f32>;             // [K, 2D]
@group(0) @binding(2) var<storage, read> counts: array<f32>;            // [K]
@group(0) @binding(3) var<storage, read_write> means: array<f32>;       // [K, D]
@group(0) @binding(4) var<storage, read_write> variances: array<f32>;   // [K, D]
@group(0) @binding(5) var<storage, read_write> weights: array<f32>;     // [K]
@group(0) @binding(6) var<storage, read_write> layer_w: array<f32>;     // [4K, 2D]
@group(0) @binding(7) var<storage, read_write> layer_b: array<f32>;     // [4K]

const LOG_2PI: f32 = 1.8378770664093453;
// The smallest normal f32 (src/reference/mixture.rs, TINY): the floor of a count and of a
// weight, so an empty component stays finite (mean 0, variance at the floor, log π ≈ −87)
// where a denormal might be flushed to zero.
const TINY: f32 = 1.1754944e-38;

fn count(k: u32) -> f32 {
    return max(counts[k], TINY);
}

// One invocation per (component, pixel).
@compute @workgroup_size(64)
fn mixture_m_step(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    let d = p.dim;
    if (i >= p.components * d) {
        return;
    }
    let k = i / d;
    let j = i % d;
    let n = count(k);
    let mu = stats[k * 2u * d + j] / n;
    let v = max(stats[k * 2u * d + d + j] / n - mu * mu, p.var_floor);
    means[i] = mu;
    variances[i] = v;
    layer_w[4u * k * 2u * d + j] = mu / v;
    layer_w[4u * k * 2u * d + d + j] = -0.5 / v;
}

// One invocation per component, after mixture_m_step: the weight and the layer's bias.
@compute @workgroup_size(64)
fn mixture_bias(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let k = flat_index(gid, groups);
    if (k >= p.components) {
        return;
    }
    let d = p.dim;
    var constant = 0.0;
    for (var j = 0u; j < d; j++) {
        let mu = means[k * d + j];
        let v = variances[k * d + j];
        constant += LOG_2PI + log(v) + mu * mu / v;
    }
    let pi = max(counts[k] / p.points, TINY);
    weights[k] = pi;
    layer_b[4u * k] = log(pi) - 0.5 * constant;
}
