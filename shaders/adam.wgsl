// Adam (Kingma & Ba 2014) with bias correction at step t (1-based), on the two tensors of a
// layer (weight and bias) in one launch:
// m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
// theta -= lr (m c1) / (sqrt(v c2) + eps), c1 = 1 / (1 - b1^t), c2 = 1 / (1 - b2^t).
// The corrections come from the host, computed in f64 per step: WGSL's pow(b2, t) may be a few
// ULP off, which 1 - b2^t (about t / 1000) turns into a relative error of thousands of ULP
// that differs between drivers. Mirrors src/reference/adam.rs. Prepended: common/flat_index.wgsl.

struct AdamParams {
    len_a: u32,
    len_b: u32,
    lr: f32,
    beta1: f32,
    beta2: f32,
    eps: f32,
    correction1: f32,
    correction2: f32,
}

@group(0) @binding(0) var<uniform> p: AdamParams;
// Viewed as vec4s: buffers are allocated in whole vec4s (src/gpu/buffer.rs) and their padding
// is zero, which Adam leaves at zero (g = m = v = 0 gives a zero update); four values per
// invocation quarter the per-invocation cost that dominates on software adapters.
@group(0) @binding(1) var<storage, read> grad_a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> param_a: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> m_a: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> v_a: array<vec4<f32>>;
@group(0) @binding(5) var<storage, read> grad_b: array<vec4<f32>>;
@group(0) @binding(6) var<storage, read_write> param_b: array<vec4<f32>>;
@group(0) @binding(7) var<storage, read_write> m_b: array<vec4<f32>>;
@group(0) @binding(8) var<storage, read_write> v_b: array<vec4<f32>>;

struct Moments {
    step: vec4<f32>,
    m: vec4<f32>,
    v: vec4<f32>,
}

fn update(g: vec4<f32>, m: vec4<f32>, v: vec4<f32>) -> Moments {
    let m1 = p.beta1 * m + (1.0 - p.beta1) * g;
    let v1 = p.beta2 * v + (1.0 - p.beta2) * g * g;
    let m_hat = m1 * p.correction1;
    let v_hat = v1 * p.correction2;
    return Moments(p.lr * m_hat / (sqrt(v_hat) + p.eps), m1, v1);
}

// Invocations 0 .. len_a/4 update tensor a, the next len_b/4 tensor b.
@compute @workgroup_size(64)
fn adam(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    let blocks_a = (p.len_a + 3u) / 4u;
    if (i < blocks_a) {
        let u = update(grad_a[i], m_a[i], v_a[i]);
        m_a[i] = u.m;
        v_a[i] = u.v;
        param_a[i] -= u.step;
        return;
    }
    let j = i - blocks_a;
    if (4u * j >= p.len_b) {
        return;
    }
    let u = update(grad_b[j], m_b[j], v_b[j]);
    m_b[j] = u.m;
    v_b[j] = u.v;
    param_b[j] -= u.step;
}
