// The log-densities of each sample row r (data point b = r / k), in nats:
//   log p(x|z)  Bernoulli from logits, or diagonal Gaussian from (mean, logvar);
//   log p(z)    standard normal prior;
//   log q(z|x)  the encoder's diagonal Gaussian, through eps: (z - mu)^2 / sigma^2 = eps^2;
//   log w       log p(x|z) + log p(z) - log q(z|x).
// Written as out[r] = (log w, log p(x|z), log p(z), log q(z|x)). Mirrors src/reference/density.rs.
// Prepended: common/activation.wgsl (softplus), common/flat_index.wgsl, common/density_terms.wgsl.

@group(0) @binding(1) var<storage, read> x: array<f32>;       // [points, data_dim]
@group(0) @binding(2) var<storage, read> dec: array<f32>;     // [rows, data_dim] logits or [rows, 2 data_dim] mean | logvar

// sum_j x_j l_j - softplus(l_j)
fn bernoulli_log_likelihood(row: u32, b: u32) -> f32 {
    let d = p.data_dim;
    var sum = 0.0;
    for (var j = 0u; j < d; j++) {
        let l = dec[row * d + j];
        sum += x[b * d + j] * l - softplus(l);
    }
    return sum;
}

// -1/2 sum_j log 2pi + logvar_j + (x_j - mean_j)^2 exp(-logvar_j)
fn gaussian_log_likelihood(row: u32, b: u32) -> f32 {
    let d = p.data_dim;
    var sum = 0.0;
    for (var j = 0u; j < d; j++) {
        let mean = dec[row * 2u * d + j];
        let logvar = dec[row * 2u * d + d + j];
        let r = x[b * d + j] - mean;
        sum += LOG_2PI + logvar + r * r * exp(-logvar);
    }
    return -0.5 * sum;
}

@compute @workgroup_size(64)
fn log_densities(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    log_densities_of_row(flat_index(gid, groups));
}
