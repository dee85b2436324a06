// Adam (Kingma & Ba 2014) with bias correction from the step count t (1-based):
// m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
// theta -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps). Mirrors src/reference/adam.rs.
// Prepended: common/flat_index.wgsl.

struct AdamParams {
    len: u32,
    step: u32,
    lr: f32,
    beta1: f32,
    beta2: f32,
    eps: f32,
}

@group(0) @binding(0) var<uniform> p: AdamParams;
// Viewed as vec4s: buffers are allocated in whole vec4s (src/gpu/buffer.rs) and their padding
// is zero, which Adam leaves at zero (g = m = v = 0 gives a zero update); four values per
// invocation quarter the per-invocation cost that dominates on software adapters.
@group(0) @binding(1) var<storage, read> grad: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> param: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> m: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> v: array<vec4<f32>>;

@compute @workgroup_size(64)
fn adam(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    if (4u * i >= p.len) {
        return;
    }
    let t = f32(p.step);
    let g = grad[i];
    let m1 = p.beta1 * m[i] + (1.0 - p.beta1) * g;
    let v1 = p.beta2 * v[i] + (1.0 - p.beta2) * g * g;
    m[i] = m1;
    v[i] = v1;
    let m_hat = m1 / (1.0 - pow(p.beta1, t));
    let v_hat = v1 / (1.0 - pow(p.beta2, t));
    param[i] -= p.lr * m_hat / (sqrt(v_hat) + p.eps);
}
