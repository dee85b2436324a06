// Activation forward (one input, one output).
// Prepended: common/activation.wgsl, common/flat_index.wgsl.

struct ActivationParams {
    len: u32,
    act: u32,
    // LeakyReLU's negative slope (layer_activation_forward only).
    slope: f32,
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

// y = layer_act(z): an activation layer that runs as a launch of its own.
@compute @workgroup_size(64)
fn layer_activation_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (i < p.len) {
        dst[i] = layer_act(src[i], p.act, p.slope);
    }
}
