// The two-output decoders' head: raw outputs (a | s) per row to (mean | spread) with
//   mean = sigmoid(a)                      (pixels live in [0, 1]), or a (identity_mean != 0),
//   spread = floor + softplus(s - floor)   (a smooth floor: the variance of always-black pixels
//                                           would otherwise shrink until the loss is NaN),
// the spread being the Gaussian's log-variance or the discretized logistic's log-scale.
// Mirrors src/reference/decoder.rs. Prepended: common/activation.wgsl, common/flat_index.wgsl.

struct HeadParams {
    rows: u32,
    data_dim: u32,
    floor: f32,
    identity_mean: u32,
}

@group(0) @binding(0) var<uniform> p: HeadParams;
@group(0) @binding(1) var<storage, read> raw: array<f32>;           // [rows, 2 data_dim]
@group(0) @binding(2) var<storage, read_write> dec: array<f32>;     // [rows, 2 data_dim]

@compute @workgroup_size(64)
fn location_scale_head(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let e = flat_index(gid, groups);
    if (e >= p.rows * p.data_dim) {
        return;
    }
    let row = e / p.data_dim;
    let j = e % p.data_dim;
    let a = row * 2u * p.data_dim + j;
    let s = a + p.data_dim;
    dec[a] = select(sigmoid(raw[a]), raw[a], p.identity_mean != 0u);
    dec[s] = p.floor + softplus(raw[s] - p.floor);
}
