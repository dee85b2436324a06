//! CPU reference of shaders/reduce.wgsl and shaders/reduce_stream.wgsl, in f64.

/// KL(N(μ, diag e^logvar) ‖ N(0, I)).
pub fn kl_standard_normal(mu: &[f32], logvar: &[f32]) -> f64 {
    -0.5 * mu.iter().zip(logvar).map(|(&m, &lv)| 1.0 + lv as f64 - m as f64 * m as f64 - (lv as f64).exp()).sum::<f64>()
}

/// log Σ e^v, stable.
pub fn logsumexp(v: &[f64]) -> f64 {
    let m = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    m + v.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

/// The outputs of a batch reduction.
#[derive(Debug)]
pub struct Bound {
    pub bound: Vec<f32>,
    pub weights: Vec<f32>,
    /// (Σ bound, Σ KL, Σ log p(x|z)) over the batch.
    pub sums: [f64; 3],
}

/// ELBO with analytic KL; `dens` rows (log w, log p(x|z), log p(z), log q), one per point.
pub fn elbo(dens: &[f32], enc: &[f32], points: usize, latent: usize) -> Bound {
    let mut out = Bound { bound: vec![], weights: vec![1.0; points], sums: [0.0; 3] };
    for b in 0..points {
        let kl = kl_standard_normal(&enc[b * 2 * latent..][..latent], &enc[b * 2 * latent + latent..][..latent]);
        let log_px = dens[b * 4 + 1] as f64;
        out.bound.push((log_px - kl) as f32);
        out.sums[0] += log_px - kl;
        out.sums[1] += kl;
        out.sums[2] += log_px;
    }
    out
}

/// The k-sample importance-weighted bound and its softmax weights; with a KL weight `beta`
/// ≠ 1 the weights are those of log p(x|z) + β (log p(z) − log q), the bound still the true L_k.
pub fn iwae(dens: &[f32], points: usize, samples: usize, beta: f64) -> Bound {
    let mut out = Bound { bound: vec![], weights: vec![], sums: [0.0; 3] };
    for b in 0..points {
        let rows = &dens[b * samples * 4..][..samples * 4];
        let lw: Vec<f64> = rows.chunks(4).map(|r| r[0] as f64).collect();
        let lse = logsumexp(&lw);
        let weighted: Vec<f64> = match beta {
            1.0 => lw.clone(),
            _ => rows.chunks(4).map(|r| r[1] as f64 + beta * (r[2] as f64 - r[3] as f64)).collect(),
        };
        let lse_w = logsumexp(&weighted);
        out.weights.extend(weighted.iter().map(|v| (v - lse_w).exp() as f32));
        let l = lse - (samples as f64).ln();
        out.bound.push(l as f32);
        let k = samples as f64;
        out.sums[0] += l;
        out.sums[1] += rows.chunks(4).map(|r| r[3] as f64 - r[2] as f64).sum::<f64>() / k;
        out.sums[2] += rows.chunks(4).map(|r| r[1] as f64).sum::<f64>() / k;
    }
    out
}

/// One point's estimates from K samples.
#[derive(Clone, Debug, PartialEq)]
pub struct PointEstimates {
    /// log p̂ = logsumexp_i(v_i) − log K: the importance estimate of log p(x) (v = log w), or
    /// the naive one (v = log p(x|z), z from the prior).
    pub log_mean: f64,
    /// (Σ w)² / Σ w²: between 1 and K.
    pub ess: f64,
    /// The sample mean of log p(x|z).
    pub reconstruction: f64,
    /// L_k per group size: the mean over the K/k disjoint groups of k of logsumexp − log k.
    pub bounds: Vec<f64>,
}

/// What estimate_accumulate and the host's finish compute, straight from a point's K values
/// of the summed column `v` and of log p(x|z).
pub fn estimates(v: &[f64], log_px: &[f64], sizes: &[u32]) -> PointEstimates {
    let k = v.len() as f64;
    let m = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let s1: f64 = v.iter().map(|x| (x - m).exp()).sum();
    let s2: f64 = v.iter().map(|x| (2.0 * (x - m)).exp()).sum();
    let bounds = sizes
        .iter()
        .map(|&size| {
            let groups: Vec<f64> = v.chunks_exact(size as usize).map(|g| logsumexp(g) - (size as f64).ln()).collect();
            groups.iter().sum::<f64>() / groups.len() as f64
        })
        .collect();
    PointEstimates {
        log_mean: logsumexp(v) - k.ln(),
        ess: s1 * s1 / s2,
        reconstruction: log_px.iter().sum::<f64>() / k,
        bounds,
    }
}
