// GroupNorm forward: each (image, group)'s mean and 1/√(var + eps) (two passes: the variance
// of the deviations, not E[x²] − mean², which cancels), then y = γ_c (x − mean)/√(var + eps)
// + β_c. Prepended: common/flat_index.wgsl, group_norm.wgsl.

@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> gamma: array<f32>;
@group(0) @binding(3) var<storage, read> beta: array<f32>;
// (mean, 1/√(var + eps)) per (image, group), image-major.
@group(0) @binding(4) var<storage, read_write> stats: array<f32>;
@group(0) @binding(5) var<storage, read_write> y: array<f32>;

// One invocation per (image, group).
@compute @workgroup_size(64)
fn group_stats(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.groups) {
        return;
    }
    let n = t / p.groups;
    let g = t % p.groups;
    let len = group_len();
    var sum = 0.0;
    for (var k = 0u; k < len; k++) {
        sum += x[group_element(n, g, k)];
    }
    let mean = sum / f32(len);
    var squares = 0.0;
    for (var k = 0u; k < len; k++) {
        let d = x[group_element(n, g, k)] - mean;
        squares += d * d;
    }
    stats[2u * t] = mean;
    stats[2u * t + 1u] = inverseSqrt(squares / f32(len) + p.eps);
}

// One invocation per element.
@compute @workgroup_size(64)
fn group_normalize(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.channels * p.height * p.width) {
        return;
    }
    let at = position(t);
    let s = 2u * (at.x * p.groups + at.y / (p.channels / p.groups));
    let i = element(at.x, at.y, at.z, at.w);
    y[i] = gamma[at.y] * ((x[i] - stats[s]) * stats[s + 1u]) + beta[at.y];
}
