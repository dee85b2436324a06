// Elementwise sums for residual blocks (docs/math.md, "Residual blocks"): the block's output
// y = a + b (its shortcut's and its body's), and in the backward the copies and the sum of
// the two branches' input gradients (the shortcut's written first, the body's added: a fixed
// order, so the same bits every run). Prepended: common/flat_index.wgsl.

struct ElementwiseParams {
    len: u32,
}

@group(0) @binding(0) var<uniform> p: ElementwiseParams;
@group(0) @binding(1) var<storage, read> a: array<f32>;
// Unread by copy and add_into.
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;

// y = a + b.
@compute @workgroup_size(64)
fn add(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        y[i] = a[i] + b[i];
    }
}

// y = a.
@compute @workgroup_size(64)
fn copy(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        y[i] = a[i];
    }
}

// y = y + a.
@compute @workgroup_size(64)
fn add_into(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        y[i] = y[i] + a[i];
    }
}
