// A batch gathered from the data set kept on the GPU as u8 pixels (4 to a u32), by an index
// buffer: x[b, j] = pixel(idx[offset + b], j) / 255, or with dynamic binarization
// x[b, j] ~ Bernoulli(pixel / 255), drawn from the uniform stream at the flat index b * dim + j.
// Each invocation handles one Philox block: 4 consecutive outputs.
// Prepended: philox.wgsl, common/flat_index.wgsl.

struct GatherParams {
    batch: u32,
    dim: u32,
    offset: u32,
    binarize: u32,
    seed: u32,
    stream: u32,
    rng_offset: u32,
}

@group(0) @binding(0) var<uniform> p: GatherParams;
@group(0) @binding(1) var<storage, read> pixels: array<u32>;
@group(0) @binding(2) var<storage, read> index: array<u32>;
@group(0) @binding(3) var<storage, read_write> x: array<f32>;

@compute @workgroup_size(64)
fn gather(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let block = flat_index(gid, groups);
    let len = p.batch * p.dim;
    if (4u * block >= len) {
        return;
    }
    var bits = vec4<u32>(0u);
    if (p.binarize != 0u) {
        bits = rng_block(RngKey(p.seed, p.stream, p.rng_offset), block);
    }
    // One division per invocation, then the (image, pixel) pair steps along: integer
    // division is emulated lane by lane on software adapters.
    var b = (4u * block) / p.dim;
    var col = 4u * block - b * p.dim;
    for (var j = 0u; j < 4u; j++) {
        let e = 4u * block + j;
        if (e < len) {
            let pix = index[p.offset + b] * p.dim + col;
            let byte = (pixels[pix / 4u] >> (8u * (pix % 4u))) & 0xffu;
            if (p.binarize != 0u) {
                // u < byte / 255 with u = (2h + 1) / 2^24, h = bits >> 9, compared exactly in
                // integers: (2h + 1) * 255 < byte * 2^24 (both below 2^32).
                let h = bits[j] >> 9u;
                x[e] = select(0.0, 1.0, (2u * h + 1u) * 255u < (byte << 24u));
            } else {
                x[e] = f32(byte) * (1.0 / 255.0);
            }
        }
        col += 1u;
        if (col == p.dim) {
            col = 0u;
            b += 1u;
        }
    }
}
