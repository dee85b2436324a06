// Activation backward. Prepended: common/activation.wgsl, common/flat_index.wgsl.

struct ActivationParams {
    len: u32,
    act: u32,
    // LeakyReLU's negative slope (layer_activation_backward only).
    slope: f32,
}

@group(0) @binding(0) var<uniform> p: ActivationParams;
// What the forward kept: its output y (activation_backward) or its input z
// (layer_activation_backward).
@group(0) @binding(1) var<storage, read> kept: array<f32>;
@group(0) @binding(2) var<storage, read> dy_in: array<f32>;
@group(0) @binding(3) var<storage, read_write> dz_out: array<f32>;

// dz = dy * act'(z), with act' written in terms of the forward output y.
@compute @workgroup_size(64)
fn activation_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        dz_out[i] = dy_in[i] * act_grad_from_output(kept[i], p.act);
    }
}


// dz = dy * layer_act'(z), from the layer's input z.
@compute @workgroup_size(64)
fn layer_activation_backward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        dz_out[i] = dy_in[i] * layer_act_grad(kept[i], p.act, p.slope);
    }
}
