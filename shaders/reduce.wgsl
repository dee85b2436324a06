// Batch reductions of the log-densities (density.wgsl's out: log w, log p(x|z), log p(z), log q)
// to per-point bounds, the backward weights, and scalar sums in the metrics buffer:
//   elbo_reduce: k = 1, analytic KL: elbo_b = log p(x|z_b) - KL(q(z|x_b) || p(z)); weight 1.
//   iwae_reduce: L_b = logsumexp_s(log w_bs) - log k; weights softmax_s(log w_bs), which are
//                dL_b / d log w_bs. With a KL weight beta != 1 (beta-VAE, warm-up; docs/math.md,
//                "The KL weight, warm-up and free bits") the weights are those of
//                log p(x|z) + beta (log p(z) - log q), what the step then follows, while L_b
//                stays the true bound (beta = 1).
// metrics[slot .. slot + 3] receive (sum of bounds, sum of KL, sum of log p(x|z)) over the batch,
// added to what is there when accumulate != 0, so a run's totals stay on the GPU until read.
// One workgroup: each invocation strides over points, then invocation 0 adds the partial sums.
// Mirrors src/reference/reduce.rs.

struct ReduceParams {
    points: u32,
    samples: u32,
    latent: u32,
    slot: u32,
    accumulate: u32,
    beta: f32,
}

@group(0) @binding(0) var<uniform> p: ReduceParams;
@group(0) @binding(1) var<storage, read> dens: array<vec4<f32>>;      // [points * samples]
@group(0) @binding(2) var<storage, read> enc: array<f32>;             // [points, 2 latent]
@group(0) @binding(3) var<storage, read_write> bound: array<f32>;     // [points]
@group(0) @binding(4) var<storage, read_write> weights: array<f32>;   // [points * samples]
@group(0) @binding(5) var<storage, read_write> metrics: array<f32>;

const THREADS: u32 = 64u;
var<workgroup> partial: array<vec3<f32>, THREADS>;

fn finish(lid: u32, sums: vec3<f32>) {
    partial[lid] = sums;
    workgroupBarrier();
    if (lid == 0u) {
        var total = vec3<f32>(0.0);
        for (var t = 0u; t < THREADS; t++) {
            total += partial[t];
        }
        if (p.accumulate != 0u) {
            total += vec3<f32>(metrics[p.slot], metrics[p.slot + 1u], metrics[p.slot + 2u]);
        }
        metrics[p.slot] = total.x;
        metrics[p.slot + 1u] = total.y;
        metrics[p.slot + 2u] = total.z;
    }
}

@compute @workgroup_size(64)
fn elbo_reduce(@builtin(local_invocation_index) lid: u32) {
    let d = p.latent;
    var sums = vec3<f32>(0.0);
    for (var b = lid; b < p.points; b += THREADS) {
        var kl = 0.0;
        for (var i = 0u; i < d; i++) {
            let mu = enc[b * 2u * d + i];
            let logvar = enc[b * 2u * d + d + i];
            kl += 1.0 + logvar - mu * mu - exp(logvar);
        }
        kl *= -0.5;
        let log_px = dens[b].y;
        bound[b] = log_px - kl;
        weights[b] = 1.0;
        sums += vec3<f32>(log_px - kl, kl, log_px);
    }
    finish(lid, sums);
}

// The log-weight the gradient follows: density.wgsl's log w itself at beta = 1 (the same bits
// as without a KL weight), else log p(x|z) + beta (log p(z) - log q).
fn weighted(d: vec4<f32>) -> f32 {
    if (p.beta == 1.0) {
        return d.x;
    }
    return d.y + p.beta * (d.z - d.w);
}

@compute @workgroup_size(64)
fn iwae_reduce(@builtin(local_invocation_index) lid: u32) {
    let k = p.samples;
    var sums = vec3<f32>(0.0);
    for (var b = lid; b < p.points; b += THREADS) {
        var m = dens[b * k].x;
        var mw = weighted(dens[b * k]);
        for (var s = 1u; s < k; s++) {
            m = max(m, dens[b * k + s].x);
            mw = max(mw, weighted(dens[b * k + s]));
        }
        var total = 0.0;
        var total_w = 0.0;
        var kl = 0.0;
        var log_px = 0.0;
        for (var s = 0u; s < k; s++) {
            let d = dens[b * k + s];
            total += exp(d.x - m);
            total_w += exp(weighted(d) - mw);
            kl += d.w - d.z;
            log_px += d.y;
        }
        for (var s = 0u; s < k; s++) {
            weights[b * k + s] = exp(weighted(dens[b * k + s]) - mw) / total_w;
        }
        let l = m + log(total) - log(f32(k));
        bound[b] = l;
        sums += vec3<f32>(l, kl / f32(k), log_px / f32(k));
    }
    finish(lid, sums);
}
