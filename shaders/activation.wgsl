// Activation forward and the bias gradient (one input, one output).
// Prepended: common/activation.wgsl, common/flat_index.wgsl.

struct ActivationParams {
    len: u32,
    act: u32,
    rows: u32,
    cols: u32,
}

@group(0) @binding(0) var<uniform> p: ActivationParams;

@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read_write> dst: array<f32>;

// y = act(z)
@compute @workgroup_size(64)
fn activation_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        dst[i] = act_forward(src[i], p.act);
    }
}

// db[col] = sum over rows of dz[row, col]. One invocation per column walks down the rows, so
// neighbouring invocations read neighbouring addresses.
@compute @workgroup_size(64)
fn bias_grad(@builtin(global_invocation_id) gid: vec3<u32>) {
    let col = gid.x;
    if (col >= p.cols) {
        return;
    }
    var sum = 0.0;
    for (var row = 0u; row < p.rows; row++) {
        sum += src[row * p.cols + col];
    }
    dst[col] = sum;
}
