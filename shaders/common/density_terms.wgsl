// What the two log_densities kernels share (density.wgsl, density_vec4.wgsl): the parameters,
// the latent bindings, and the work of one row but the sum over pixels, which each kernel file
// defines for its own view of x and the decoder's outputs (bernoulli_log_likelihood,
// gaussian_log_likelihood and logistic_log_likelihood).

struct DensityParams {
    rows: u32,
    data_dim: u32,
    latent: u32,
    samples: u32,
    likelihood: u32,
}

@group(0) @binding(0) var<uniform> p: DensityParams;
@group(0) @binding(3) var<storage, read> z: array<f32>;       // [rows, latent]
@group(0) @binding(4) var<storage, read> eps: array<f32>;     // [rows, latent]
@group(0) @binding(5) var<storage, read> enc: array<f32>;     // [points, 2 latent] mu | logvar
@group(0) @binding(6) var<storage, read_write> out: array<vec4<f32>>;

const LOG_2PI: f32 = 1.8378770664093453;

// out[row] = (log w, log p(x|z), log p(z), log q(z|x)) for point b = row / samples.
fn log_densities_of_row(row: u32) {
    if (row >= p.rows) {
        return;
    }
    let b = row / p.samples;
    var log_px: f32;
    if (p.likelihood == LIKELIHOOD_BERNOULLI) {
        log_px = bernoulli_log_likelihood(row, b);
    } else if (p.likelihood == LIKELIHOOD_GAUSSIAN) {
        log_px = gaussian_log_likelihood(row, b);
    } else {
        log_px = logistic_log_likelihood(row, b);
    }
    let k = p.latent;
    var prior = 0.0;
    var posterior = 0.0;
    for (var i = 0u; i < k; i++) {
        let zi = z[row * k + i];
        let e = eps[row * k + i];
        prior += LOG_2PI + zi * zi;
        posterior += LOG_2PI + enc[b * 2u * k + k + i] + e * e;
    }
    let log_pz = -0.5 * prior;
    let log_q = -0.5 * posterior;
    out[row] = vec4<f32>(log_px + log_pz - log_q, log_px, log_pz, log_q);
}
