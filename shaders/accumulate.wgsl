// Gradient accumulation over the chunks of a batch too large for one pass, on the two tensors
// of a layer (weight and bias) in one launch: sum = (first ? 0 : sum) + scale g, with
// scale = 1 / chunks, so the sum of the chunks' mean gradients is the batch's mean gradient.
// Mirrors src/reference/accumulate.rs. Prepended: common/flat_index.wgsl.

struct AccumulateParams {
    len_a: u32,
    len_b: u32,
    scale: f32,
    first: u32,
}

@group(0) @binding(0) var<uniform> p: AccumulateParams;
// vec4s over whole buffers, as in adam.wgsl: the zero padding stays zero.
@group(0) @binding(1) var<storage, read> grad_a: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> sum_a: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read> grad_b: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> sum_b: array<vec4<f32>>;

// select, not a product with 0: the first chunk overwrites whatever the last step left.
fn accumulated(sum: vec4<f32>, g: vec4<f32>) -> vec4<f32> {
    return select(sum, vec4<f32>(0.0), p.first != 0u) + p.scale * g;
}

@compute @workgroup_size(64)
fn accumulate(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = flat_index(gid, groups);
    let blocks_a = (p.len_a + 3u) / 4u;
    if (i < blocks_a) {
        sum_a[i] = accumulated(sum_a[i], grad_a[i]);
        return;
    }
    let j = i - blocks_a;
    if (4u * j >= p.len_b) {
        return;
    }
    sum_b[j] = accumulated(sum_b[j], grad_b[j]);
}
