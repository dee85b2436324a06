// Through the reparameterized sample to the encoder's (mu | logvar), MATH.md section 5. For each
// point b and latent i, summed over its samples r, with dz the decoder path's d loss / dz,
// hse = 1/2 exp(logvar / 2) eps and c = weight_r / points:
//   ELBO (analytic KL):  d mu = dz + c mu,            d logvar = dz hse + c (exp(logvar) - 1) / 2
//   IWAE:                g = dz + c z (the prior's -z),
//                        d mu = g,                    d logvar = g hse - c / 2 (log q's -1/2)
// Mirrors src/reference/latent.rs. Prepended: common/flat_index.wgsl.

struct LatentParams {
    points: u32,
    samples: u32,
    latent: u32,
    objective: u32,   // 0 ELBO, 1 IWAE
    scale: f32,       // 1 / points
}

@group(0) @binding(0) var<uniform> p: LatentParams;
@group(0) @binding(1) var<storage, read> dz: array<f32>;             // [rows, latent]
@group(0) @binding(2) var<storage, read> z: array<f32>;              // [rows, latent]
@group(0) @binding(3) var<storage, read> eps: array<f32>;            // [rows, latent]
@group(0) @binding(4) var<storage, read> enc: array<f32>;            // [points, 2 latent]
@group(0) @binding(5) var<storage, read> weights: array<f32>;        // [rows]
@group(0) @binding(6) var<storage, read_write> denc: array<f32>;     // [points, 2 latent]

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
    var dmu = 0.0;
    var dlogvar = 0.0;
    for (var s = 0u; s < p.samples; s++) {
        let r = b * p.samples + s;
        let c = weights[r] * p.scale;
        let g = dz[r * k + i];
        let hse = half_sigma * eps[r * k + i];
        if (p.objective == 0u) {
            dmu += g + c * mu;
            dlogvar += g * hse + c * 0.5 * (exp(logvar) - 1.0);
        } else {
            let gz = g + c * z[r * k + i];
            dmu += gz;
            dlogvar += gz * hse - 0.5 * c;
        }
    }
    denc[b * 2u * k + i] = dmu;
    denc[b * 2u * k + k + i] = dlogvar;
}
