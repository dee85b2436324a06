// Through the reparameterized sample to the encoder's (mu | logvar), docs/math.md,
// "Gradients" and "The KL weight, warm-up and free bits".
// For each point b and latent i, summed over its samples r, with dz the decoder path's
// d loss / dz, hse = 1/2 exp(logvar / 2) eps, c = weight_r / points and the KL weight beta:
//   ELBO (analytic KL):  s = c beta mask_i (mask: free_bits.wgsl's, all ones without free bits)
//                        d mu = dz + s mu,            d logvar = dz hse + s (exp(logvar) - 1) / 2
//   IWAE:                s = c beta, g = dz + s z (the prior's -z, weighted),
//                        d mu = g,                    d logvar = g hse - s / 2 (log q's -1/2)
// With beta = 1 and mask 1, s is c to the bit (products with 1 are exact).
// Mirrors src/reference/sample_backward.rs. Prepended: common/flat_index.wgsl.

struct LatentParams {
    points: u32,
    samples: u32,
    latent: u32,
    objective: u32,   // 0 ELBO, 1 IWAE
    scale: f32,       // 1 / points
    beta: f32,        // the KL weight (this step's, under a warm-up)
}

@group(0) @binding(0) var<uniform> p: LatentParams;
@group(0) @binding(1) var<storage, read> dz: array<f32>;             // [rows, latent]
@group(0) @binding(2) var<storage, read> z: array<f32>;              // [rows, latent]
@group(0) @binding(3) var<storage, read> eps: array<f32>;            // [rows, latent]
@group(0) @binding(4) var<storage, read> enc: array<f32>;            // [points, 2 latent]
@group(0) @binding(5) var<storage, read> weights: array<f32>;        // [rows]
@group(0) @binding(6) var<storage, read_write> denc: array<f32>;     // [points, 2 latent]
@group(0) @binding(7) var<storage, read> kl_mask: array<f32>;        // [latent]

@compute @workgroup_size(64)
fn latent_grad(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let e = flat_index(gid, groups);
    let k = p.latent;
    if (e >= p.points * k) {
        return;
    }
    let b = e / k;
    let i = e % k;
    let mu = enc[b * 2u * k + i];
    let logvar = enc[b * 2u * k + k + i];
    let half_sigma = 0.5 * exp(0.5 * logvar);
    let mask = kl_mask[i];
    var dmu = 0.0;
    var dlogvar = 0.0;
    for (var s = 0u; s < p.samples; s++) {
        let r = b * p.samples + s;
        let c = weights[r] * p.scale * p.beta;
        let g = dz[r * k + i];
        let hse = half_sigma * eps[r * k + i];
        if (p.objective == 0u) {
            let cm = c * mask;
            dmu += g + cm * mu;
            dlogvar += g * hse + cm * 0.5 * (exp(logvar) - 1.0);
        } else {
            let gz = g + c * z[r * k + i];
            dmu += gz;
            dlogvar += gz * hse - 0.5 * c;
        }
    }
    denc[b * 2u * k + i] = dmu;
    denc[b * 2u * k + k + i] = dlogvar;
}
