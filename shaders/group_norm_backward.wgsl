// GroupNorm backward from dL/dy, recomputing x̂ = (x − mean)/√(var + eps) from the input and
// the forward's statistics: per (image, group) the means of gh = γ_c g and of gh x̂; then
// dx = (gh − mean(gh) − x̂ mean(gh x̂)) / √(var + eps); and per channel dγ_c = Σ g x̂ and
// dβ_c = Σ g over the batch and the positions, in (image, row, column) order.
// Prepended: common/flat_index.wgsl, group_norm.wgsl.

@group(0) @binding(1) var<storage, read> x: array<f32>;
@group(0) @binding(2) var<storage, read> dy: array<f32>;
@group(0) @binding(3) var<storage, read> gamma: array<f32>;
@group(0) @binding(4) var<storage, read> stats: array<f32>;
// (mean(gh), mean(gh x̂)) per (image, group).
@group(0) @binding(5) var<storage, read_write> means: array<f32>;
@group(0) @binding(6) var<storage, read_write> dx: array<f32>;
@group(0) @binding(7) var<storage, read_write> dgamma: array<f32>;
@group(0) @binding(8) var<storage, read_write> dbeta: array<f32>;

fn channel_of_group(g: u32, k: u32) -> u32 {
    return g * (p.channels / p.groups) + k / (p.height * p.width);
}

// One invocation per (image, group).
@compute @workgroup_size(64)
fn group_grad_means(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.groups) {
        return;
    }
    let n = t / p.groups;
    let g = t % p.groups;
    let len = group_len();
    let mean = stats[2u * t];
    let rstd = stats[2u * t + 1u];
    var gh_sum = 0.0;
    var gh_xhat_sum = 0.0;
    for (var k = 0u; k < len; k++) {
        let i = group_element(n, g, k);
        let gh = gamma[channel_of_group(g, k)] * dy[i];
        gh_sum += gh;
        gh_xhat_sum += gh * ((x[i] - mean) * rstd);
    }
    means[2u * t] = gh_sum / f32(len);
    means[2u * t + 1u] = gh_xhat_sum / f32(len);
}

// One invocation per element.
@compute @workgroup_size(64)
fn group_grad_input(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.channels * p.height * p.width) {
        return;
    }
    let at = position(t);
    let s = 2u * (at.x * p.groups + at.y / (p.channels / p.groups));
    let i = element(at.x, at.y, at.z, at.w);
    let xhat = (x[i] - stats[s]) * stats[s + 1u];
    dx[i] = stats[s + 1u] * (gamma[at.y] * dy[i] - means[s] - xhat * means[s + 1u]);
}

// One invocation per channel.
@compute @workgroup_size(64)
fn group_grad_params(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let c = flat_index(gid, groups);
    if (c >= p.channels) {
        return;
    }
    let g = c / (p.channels / p.groups);
    var g_xhat = 0.0;
    var g_sum = 0.0;
    for (var n = 0u; n < p.batch; n++) {
        let s = 2u * (n * p.groups + g);
        for (var yy = 0u; yy < p.height; yy++) {
            for (var xx = 0u; xx < p.width; xx++) {
                let i = element(n, c, yy, xx);
                g_xhat += dy[i] * ((x[i] - stats[s]) * stats[s + 1u]);
                g_sum += dy[i];
            }
        }
    }
    dgamma[c] = g_xhat;
    dbeta[c] = g_sum;
}
