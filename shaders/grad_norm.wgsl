// Gradient clipping by the global norm (as PyTorch's clip_grad_norm_): ||g||^2 is the sum of
// squares over every layer's weight and bias gradients, and where ||g|| > C every gradient is
// scaled by C / ||g|| in place, before Adam reads it. No atomics: sum_squares runs as one
// workgroup per layer and leaves that layer's partial sum; clip adds the partials in layer
// order, so every run, chunk split and rank gets the same bits. The first layer's clip also
// keeps the epoch's statistics after the partials: the sum of the norms before clipping and
// the number of steps clipped. Mirrors src/reference/grad_norm.rs. Prepended:
// common/flat_index.wgsl.

struct NormParams {
    len_a: u32,
    len_b: u32,
    layer: u32,
    layers: u32,
    max_norm: f32,
}

@group(0) @binding(0) var<uniform> p: NormParams;
// vec4s over whole buffers, as in adam.wgsl: the zero padding adds nothing and stays zero.
@group(0) @binding(1) var<storage, read_write> grad_a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> grad_b: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> partials: array<f32>;   // [layers + 2]

const THREADS: u32 = 64u;
var<workgroup> part: array<f32, THREADS>;

@compute @workgroup_size(64)
fn sum_squares(@builtin(local_invocation_index) lid: u32) {
    let blocks_a = (p.len_a + 3u) / 4u;
    let blocks_b = (p.len_b + 3u) / 4u;
    var s = 0.0;
    for (var i = lid; i < blocks_a; i += THREADS) {
        s += dot(grad_a[i], grad_a[i]);
    }
    for (var j = lid; j < blocks_b; j += THREADS) {
        s += dot(grad_b[j], grad_b[j]);
    }
    part[lid] = s;
    workgroupBarrier();
    if (lid == 0u) {
        var total = 0.0;
        for (var t = 0u; t < THREADS; t++) {
            total += part[t];
        }
        partials[p.layer] = total;
    }
}

@compute @workgroup_size(64)
fn clip(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    var total = 0.0;
    for (var l = 0u; l < p.layers; l++) {
        total += partials[l];
    }
    let norm = sqrt(total);
    let i = flat_index(gid, groups);
    if (p.layer == 0u && i == 0u) {
        partials[p.layers] += norm;
        partials[p.layers + 1u] += select(0.0, 1.0, norm > p.max_norm);
    }
    if (norm <= p.max_norm) {
        return;
    }
    let scale = p.max_norm / norm;
    let blocks_a = (p.len_a + 3u) / 4u;
    if (i < blocks_a) {
        grad_a[i] *= scale;
        return;
    }
    let j = i - blocks_a;
    if (4u * j >= p.len_b) {
        return;
    }
    grad_b[j] *= scale;
}
