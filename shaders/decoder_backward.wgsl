// The start of the backward pass: d loss / d (decoder raw outputs) for
// loss = -(1/points) sum_b J_b, with c_r = dJ_b / d log w_r the reduction's weight of row r:
//   Bernoulli (logits l):  -c_r/points (x - sigmoid(l))
//   Gaussian (a | s), through decoder_head.wgsl's mean = sigmoid(a) (or a), logvar = floor + softplus(s - floor):
//     a: -c_r/points (x - mean) exp(-logvar) mean (1 - mean)   (without the last two factors for mean = a)
//     s: -c_r/points 1/2 ((x - mean)^2 exp(-logvar) - 1) sigmoid(s - floor)
//   Discretized logistic (a | s), the same head with log-scale for logvar:
//     a: -c_r/points d log P / d mean  mean (1 - mean);   s: -c_r/points d log P / d log-scale  sigmoid(s - floor)
//     (likelihood/discretized_logistic.wgsl has d log P)
// The head is recomputed from the raw outputs: d logvar / d s from logvar alone would cancel.
// Mirrors src/reference/decoder.rs. Prepended: common/activation.wgsl, likelihood/ids.wgsl,
// likelihood/discretized_logistic.wgsl, likelihood/grad_params.wgsl, likelihood/pixel_grad.wgsl.

@group(0) @binding(1) var<storage, read> x: array<f32>;              // [points, data_dim]
@group(0) @binding(2) var<storage, read> raw: array<f32>;            // logits [rows, D] or (a | s) [rows, 2D]
@group(0) @binding(3) var<storage, read> weights: array<f32>;        // [rows]
@group(0) @binding(4) var<storage, read_write> grad: array<f32>;     // like dec

// A 2-D grid: x runs over blocks of four pixels of a row, y (and z past 65535) over rows, so
// no invocation divides by the row width: integer division is emulated lane by lane on
// software adapters and cost more than the arithmetic here.
const PIXELS_PER_INVOCATION: u32 = 16u;

@compute @workgroup_size(64)
fn decoder_output_grad(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let row = gid.y + gid.z * groups.y;
    let d = p.data_dim;
    if (row >= p.rows) {
        return;
    }
    let xrow = (row / p.samples) * d;
    let c = -weights[row] * p.scale;
    for (var q = 0u; q < PIXELS_PER_INVOCATION; q++) {
        let j = PIXELS_PER_INVOCATION * gid.x + q;
        if (j >= d) {
            return;
        }
        let xv = x[xrow + j];
        if (p.likelihood == LIKELIHOOD_BERNOULLI) {
            let e = row * d + j;
            grad[e] = bernoulli_pixel_grad(c, xv, raw[e]);
        } else {
            let a = row * 2u * d + j;
            let g = location_scale_pixel_grad(c, xv, raw[a], raw[a + d]);
            grad[a] = g.x;
            grad[a + d] = g.y;
        }
    }
}
