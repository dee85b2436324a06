// The log-densities of each sample row r (data point b = r / k), in nats:
//   log p(x|z)  Bernoulli from logits, diagonal Gaussian from (mean, logvar), or discretized
//               logistic from (mean, log-scale);
//   log p(z)    standard normal prior;
//   log q(z|x)  the encoder's diagonal Gaussian, through eps: (z - mu)^2 / sigma^2 = eps^2;
//   log w       log p(x|z) + log p(z) - log q(z|x).
// Written as out[r] = (log w, log p(x|z), log p(z), log q(z|x)). Mirrors src/reference/density.rs.
// Prepended: common/activation.wgsl (softplus), likelihood/ids.wgsl,
// likelihood/discretized_logistic.wgsl, common/flat_index.wgsl, common/density_terms.wgsl.

@group(0) @binding(1) var<storage, read> x: array<f32>;       // [points, data_dim]
@group(0) @binding(2) var<storage, read> dec: array<f32>;     // [rows, data_dim] logits or [rows, 2 data_dim] mean | logvar or log-scale

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

// sum_j log P(x_j), the discretized logistic of (mean_j, log-scale_j), in blocks of
// LOGISTIC_BLOCK pixels (likelihood/discretized_logistic.wgsl says why)
fn logistic_log_likelihood(row: u32, b: u32) -> f32 {
    let d = p.data_dim;
    var sum = 0.0;
    for (var j0 = 0u; j0 < d; j0 += LOGISTIC_BLOCK) {
        var block = 0.0;
        for (var j = j0; j < min(j0 + LOGISTIC_BLOCK, d); j++) {
            block += logistic_log_prob(x[b * d + j], dec[row * 2u * d + j], dec[row * 2u * d + d + j]);
        }
        sum += block;
    }
    return sum;
}

@compute @workgroup_size(64)
fn log_densities(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    log_densities_of_row(flat_index(gid, groups));
}
