// A batch gathered from the data set kept on the GPU as u8 pixels (4 to a u32), by an index
// buffer: x[b, j] = pixel(idx[offset + b], j) / 255, or with dynamic binarization
// x[b, j] ~ Bernoulli(pixel / 255), drawn from the uniform stream of row offset + b (the row's
// position in the index), element j: the same image at the same position binarizes the same
// way whatever the batch size.
// Each invocation handles 4 consecutive pixels of one row: one Philox block.
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
    let t = flat_index(gid, groups);
    let blocks = (p.dim + 3u) / 4u;
    if (t >= p.batch * blocks) {
        return;
    }
    // One division per invocation: integer division is emulated lane by lane on software
    // adapters.
    let b = t / blocks;
    let block = t - b * blocks;
    var bits = vec4<u32>(0u);
    if (p.binarize != 0u) {
        bits = rng_row_block(RngKey(p.seed, p.stream, p.rng_offset), block, p.offset + b, 0u);
    }
    let image = index[p.offset + b] * p.dim;
    for (var jj = 0u; jj < 4u; jj++) {
        let j = 4u * block + jj;
        if (j < p.dim) {
            let pix = image + j;
            let byte = (pixels[pix / 4u] >> (8u * (pix % 4u))) & 0xffu;
            if (p.binarize != 0u) {
                // u < byte / 255 with u = (2h + 1) / 2^24, h = bits >> 9, compared exactly in
                // integers: (2h + 1) * 255 < byte * 2^24 (both below 2^32).
                let h = bits[jj] >> 9u;
                x[b * p.dim + j] = select(0.0, 1.0, (2u * h + 1u) * 255u < (byte << 24u));
            } else {
                x[b * p.dim + j] = f32(byte) * (1.0 / 255.0);
            }
        }
    }
}
