// Reparameterized sampling of k samples per input: z = mu + exp(logvar / 2) * eps, eps the
// normal stream element of the flat index of z. Rows of z are ordered r = b * k + s.
// Prepended: philox.wgsl, common/flat_index.wgsl.

struct SampleParams {
    points: u32,
    samples: u32,
    latent: u32,
    seed: u32,
    stream: u32,
    offset: u32,
}

@group(0) @binding(0) var<uniform> p: SampleParams;
// The encoder's output, [points, 2 * latent]: mu in the first half of a row, logvar in the second.
@group(0) @binding(1) var<storage, read> enc: array<f32>;
@group(0) @binding(2) var<storage, read_write> z: array<f32>;
@group(0) @binding(3) var<storage, read_write> eps: array<f32>;

@compute @workgroup_size(64)
fn reparameterize(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let block = flat_index(gid, groups);
    let len = p.points * p.samples * p.latent;
    if (4u * block >= len) {
        return;
    }
    let n = rng_normal_block(RngKey(p.seed, p.stream, p.offset), block);
    for (var j = 0u; j < 4u; j++) {
        let e = 4u * block + j;
        if (e < len) {
            let row = e / p.latent;
            let i = e % p.latent;
            let b = row / p.samples;
            let mu = enc[b * 2u * p.latent + i];
            let logvar = enc[b * 2u * p.latent + p.latent + i];
            eps[e] = n[j];
            z[e] = mu + exp(0.5 * logvar) * n[j];
        }
    }
}
