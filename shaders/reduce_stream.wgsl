// The streaming estimators of evaluation: K samples per point (K = 5000 and beyond) arrive in
// chunks and are folded into a small per-point state, so no K-wide buffer is ever needed.
// State per point, 1 + groups vec4s:
//   [0]      (m, s1, s2, r): over every sample of column `column` (log w for the importance
//            estimate, log p(x|z) for the naive one), the running max m, s1 = sum e^(v - m),
//            s2 = sum e^(2 (v - m)) (for the effective sample size), and r = sum log p(x|z).
//   [1 + j]  (m, s, a, n) for group size k_j: samples are taken k_j at a time in order;
//            the open group's running max and sum, a = sum over finished groups of
//            logsumexp(group) - log k_j (the bound L_k_j's estimate, times the groups), and n the
//            open group's count. Samples from limit_j on (the last, incomplete group) are left out.
// Each sample updates (m, s) online: a larger v rescales the sum, so nothing overflows and no
// weight underflows to a denormal before it is rescaled. Samples from K = total on are ignored
// (the last chunk may be padded). One invocation per point.
// Mirrors src/reference/reduce.rs (estimates).

struct StreamParams {
    points: u32,
    chunk: u32,
    first_sample: u32,
    column: u32,
    first: u32,
    groups: u32,
    total: u32,
    _pad: u32,
    sizes: array<vec4<u32>, 2>,
    limits: array<vec4<u32>, 2>,
}

@group(0) @binding(0) var<uniform> p: StreamParams;
@group(0) @binding(1) var<storage, read> dens: array<vec4<f32>>;       // [points * chunk]
@group(0) @binding(2) var<storage, read_write> state: array<vec4<f32>>; // [points, 1 + groups]

// Below every finite value, so the first sample of a group replaces it (e^(EMPTY - v) = 0).
const EMPTY: f32 = -3.0e38;

@compute @workgroup_size(64)
fn estimate_accumulate(@builtin(global_invocation_id) gid: vec3<u32>) {
    let b = gid.x;
    if (b >= p.points) {
        return;
    }
    let slots = 1u + p.groups;
    var total = vec4<f32>(EMPTY, 0.0, 0.0, 0.0);
    var group: array<vec4<f32>, 8>;
    for (var j = 0u; j < p.groups; j++) {
        group[j] = vec4<f32>(EMPTY, 0.0, 0.0, 0.0);
    }
    if (p.first == 0u) {
        total = state[b * slots];
        for (var j = 0u; j < p.groups; j++) {
            group[j] = state[b * slots + 1u + j];
        }
    }
    // The last chunk may run past K: the samples beyond are drawn but not counted.
    let chunk = min(p.chunk, p.total - min(p.total, p.first_sample));
    for (var s = 0u; s < chunk; s++) {
        let d = dens[b * p.chunk + s];
        let v = d[p.column];
        if (v > total.x) {
            let c = exp(total.x - v);
            total = vec4<f32>(v, total.y * c + 1.0, total.z * c * c + 1.0, total.w);
        } else {
            let e = exp(v - total.x);
            total = vec4<f32>(total.x, total.y + e, total.z + e * e, total.w);
        }
        total.w += d.y;
        let index = p.first_sample + s;
        for (var j = 0u; j < p.groups; j++) {
            let size = p.sizes[j / 4u][j % 4u];
            if (index >= p.limits[j / 4u][j % 4u]) {
                continue;
            }
            var g = group[j];
            if (v > g.x) {
                g = vec4<f32>(v, g.y * exp(g.x - v) + 1.0, g.z, g.w + 1.0);
            } else {
                g = vec4<f32>(g.x, g.y + exp(v - g.x), g.z, g.w + 1.0);
            }
            if (u32(g.w) == size) {
                g = vec4<f32>(EMPTY, 0.0, g.z + g.x + log(g.y) - log(f32(size)), 0.0);
            }
            group[j] = g;
        }
    }
    state[b * slots] = total;
    for (var j = 0u; j < p.groups; j++) {
        state[b * slots + 1u + j] = group[j];
    }
}
