// Reparameterized sampling of k samples per input: z = mu + exp(logvar / 2) * eps. Rows of z
// are ordered r = b * k + s; row r's eps is the normal stream of row (point_base + b,
// sample_base + s), element i, so a sample's eps does not depend on how points and samples
// are split into launches (evaluation draws K = 5000 samples in chunks).
// Each invocation draws one Philox block: 4 consecutive latent dimensions of one row.
// Prepended: philox.wgsl, common/flat_index.wgsl.

struct SampleParams {
    points: u32,
    samples: u32,
    latent: u32,
    seed: u32,
    stream: u32,
    offset: u32,
    point_base: u32,
    sample_base: u32,
}

@group(0) @binding(0) var<uniform> p: SampleParams;
// The encoder's output, [points, 2 * latent]: mu in the first half of a row, logvar in the second.
@group(0) @binding(1) var<storage, read> enc: array<f32>;
@group(0) @binding(2) var<storage, read_write> z: array<f32>;
@group(0) @binding(3) var<storage, read_write> eps: array<f32>;

@compute @workgroup_size(64)
fn reparameterize(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    let blocks = (p.latent + 3u) / 4u;
    if (t >= p.points * p.samples * blocks) {
        return;
    }
    let row = t / blocks;
    let block = t - row * blocks;
    let b = row / p.samples;
    let s = row - b * p.samples;
    let key = RngKey(p.seed, p.stream, p.offset);
    let n = rng_normals(rng_row_block(key, block, p.point_base + b, p.sample_base + s));
    for (var j = 0u; j < 4u; j++) {
        let i = 4u * block + j;
        if (i < p.latent) {
            let e = row * p.latent + i;
            let mu = enc[b * 2u * p.latent + i];
            let logvar = enc[b * 2u * p.latent + p.latent + i];
            eps[e] = n[j];
            z[e] = mu + exp(0.5 * logvar) * n[j];
        }
    }
}
