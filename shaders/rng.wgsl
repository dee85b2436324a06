// The random streams themselves: u32, uniform in (0, 1), standard normal. Element i comes from
// Philox block i / 4, so each invocation draws one block and writes its 4 elements.
// Prepended: philox.wgsl, common/flat_index.wgsl.

struct RngParams {
    seed: u32,
    stream: u32,
    offset: u32,
    len: u32,
}

@group(0) @binding(0) var<uniform> p: RngParams;
// f32 results are stored as their bits, so one binding serves all three kernels.
@group(0) @binding(1) var<storage, read_write> out: array<u32>;

const KIND_U32: u32 = 0u;
const KIND_UNIFORM: u32 = 1u;
const KIND_NORMAL: u32 = 2u;

fn fill(block: u32, kind: u32) {
    let key = RngKey(p.seed, p.stream, p.offset);
    var v: vec4<u32>;
    switch kind {
        case 1u: {
            let x = rng_block(key, block);
            v = bitcast<vec4<u32>>(vec4<f32>(rng_uniform(x.x), rng_uniform(x.y), rng_uniform(x.z), rng_uniform(x.w)));
        }
        case 2u: {
            v = bitcast<vec4<u32>>(rng_normal_block(key, block));
        }
        default: {
            v = rng_block(key, block);
        }
    }
    for (var j = 0u; j < 4u; j++) {
        let i = 4u * block + j;
        if (i < p.len) {
            out[i] = v[j];
        }
    }
}

@compute @workgroup_size(64)
fn rng_u32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    fill(flat_index(gid, groups), KIND_U32);
}

@compute @workgroup_size(64)
fn rng_uniform_f32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    fill(flat_index(gid, groups), KIND_UNIFORM);
}

@compute @workgroup_size(64)
fn rng_normal_f32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    fill(flat_index(gid, groups), KIND_NORMAL);
}
