// Free bits (Kingma et al. 2016; docs/math.md, "The KL weight, warm-up and free bits"): the ELBO's
// KL term becomes sum_j max(lambda, KL_j), KL_j the batch's mean KL of latent dimension j,
//   KL_j(x) = -1/2 (1 + logvar_j - mu_j^2 - exp(logvar_j)).
// A dimension held at the floor lambda gets no KL gradient: mask[j] = 0 there, else 1, which
// sample_backward.wgsl multiplies into the KL's gradient. One invocation per dimension sums its
// points in order. Mirrors src/reference/sample_backward.rs (free_bits_mask).

struct FreeBitsParams {
    points: u32,
    latent: u32,
    lambda: f32,
}

@group(0) @binding(0) var<uniform> p: FreeBitsParams;
@group(0) @binding(1) var<storage, read> enc: array<f32>;           // [points, 2 latent]
@group(0) @binding(2) var<storage, read_write> mask: array<f32>;    // [latent]

@compute @workgroup_size(64)
fn free_bits_mask(@builtin(global_invocation_id) gid: vec3<u32>) {
    let j = gid.x;
    let d = p.latent;
    if (j >= d) {
        return;
    }
    var kl = 0.0;
    for (var b = 0u; b < p.points; b++) {
        let mu = enc[b * 2u * d + j];
        let logvar = enc[b * 2u * d + d + j];
        kl += -0.5 * (1.0 + logvar - mu * mu - exp(logvar));
    }
    mask[j] = select(0.0, 1.0, kl / f32(p.points) > p.lambda);
}
