// log_densities (density.wgsl) for rows whose width is a multiple of 4: x and the decoder's
// outputs four pixels to a load (llvmpipe loads lane by lane: a quarter of the loops), summed
// one pixel after the other as the scalar kernel does, so the same bits.
// Prepended: common/activation.wgsl (softplus), likelihood/ids.wgsl,
// likelihood/discretized_logistic.wgsl, common/flat_index.wgsl, common/density_terms.wgsl.

@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;    // [points, data_dim / 4]
@group(0) @binding(2) var<storage, read> dec4: array<vec4<f32>>;  // logits or mean | logvar or log-scale, by 4

fn bernoulli_log_likelihood(row: u32, b: u32) -> f32 {
    let d4 = p.data_dim / 4u;
    var sum = 0.0;
    for (var j = 0u; j < d4; j++) {
        let l = dec4[row * d4 + j];
        let xv = x4[b * d4 + j];
        sum += xv.x * l.x - softplus(l.x);
        sum += xv.y * l.y - softplus(l.y);
        sum += xv.z * l.z - softplus(l.z);
        sum += xv.w * l.w - softplus(l.w);
    }
    return sum;
}

fn gaussian_log_likelihood(row: u32, b: u32) -> f32 {
    let d4 = p.data_dim / 4u;
    var sum = 0.0;
    for (var j = 0u; j < d4; j++) {
        let mean = dec4[row * 2u * d4 + j];
        let logvar = dec4[row * 2u * d4 + d4 + j];
        let r = x4[b * d4 + j] - mean;
        sum += LOG_2PI + logvar.x + r.x * r.x * exp(-logvar.x);
        sum += LOG_2PI + logvar.y + r.y * r.y * exp(-logvar.y);
        sum += LOG_2PI + logvar.z + r.z * r.z * exp(-logvar.z);
        sum += LOG_2PI + logvar.w + r.w * r.w * exp(-logvar.w);
    }
    return -0.5 * sum;
}

fn logistic_log_likelihood(row: u32, b: u32) -> f32 {
    let d4 = p.data_dim / 4u;
    let block4 = LOGISTIC_BLOCK / 4u;
    var sum = 0.0;
    for (var j0 = 0u; j0 < d4; j0 += block4) {
        var block = 0.0;
        for (var j = j0; j < min(j0 + block4, d4); j++) {
            let mean = dec4[row * 2u * d4 + j];
            let log_scale = dec4[row * 2u * d4 + d4 + j];
            let xv = x4[b * d4 + j];
            block += logistic_log_prob(xv.x, mean.x, log_scale.x);
            block += logistic_log_prob(xv.y, mean.y, log_scale.y);
            block += logistic_log_prob(xv.z, mean.z, log_scale.z);
            block += logistic_log_prob(xv.w, mean.w, log_scale.w);
        }
        sum += block;
    }
    return sum;
}

@compute @workgroup_size(64)
fn log_densities_vec4(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    log_densities_of_row(flat_index(gid, groups));
}
