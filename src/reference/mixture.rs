//! CPU reference of the Gaussian mixture's EM (shaders/mixture.wgsl, and the matmul and
//! reduction launches the fit builds around it), in f64: the E-step straight from the
//! definition, Σ_j (x_j − μ_j)² / v_j, not from the expanded quadratic form the GPU uses.

use super::density::LOG_2PI;
use super::reduce::logsumexp;
use crate::mixture::Mixture;

/// log p(x_n, z = k) = log π_k + log N(x_n; μ_k, diag(v_k)), [N, K].
pub fn log_joint(x: &[f32], mixture: &Mixture) -> Vec<f64> {
    let d = mixture.dim;
    let mut out = vec![];
    for xn in x.chunks_exact(d) {
        for k in 0..mixture.components() {
            let (mu, var) = (&mixture.means[k * d..][..d], &mixture.variances[k * d..][..d]);
            let quad: f64 = (0..d)
                .map(|j| {
                    let r = xn[j] as f64 - mu[j] as f64;
                    LOG_2PI + (var[j] as f64).ln() + r * r / var[j] as f64
                })
                .sum();
            out.push((mixture.weights[k] as f64).ln() - 0.5 * quad);
        }
    }
    out
}

/// The E-step from log p(x_n, k) [N, K]: (log p(x_n) `[N]`, responsibilities p(k | x_n) [N, K]).
pub fn e_step(log_joint: &[f64], components: usize) -> (Vec<f64>, Vec<f64>) {
    let mut log_px = vec![];
    let mut resp = vec![];
    for row in log_joint.chunks_exact(components) {
        let lse = logsumexp(row);
        log_px.push(lse);
        resp.extend(row.iter().map(|v| (v - lse).exp()));
    }
    (log_px, resp)
}

/// The M-step's sufficient statistics: (S [K, 2D] = (Σ_n r_nk x_n | Σ_n r_nk x_n²), N_k `[K]`).
pub fn statistics(x: &[f32], resp: &[f64], dim: usize, components: usize) -> (Vec<f64>, Vec<f64>) {
    let mut s = vec![0.0; components * 2 * dim];
    let mut counts = vec![0.0; components];
    for (xn, rn) in x.chunks_exact(dim).zip(resp.chunks_exact(components)) {
        for k in 0..components {
            counts[k] += rn[k];
            for j in 0..dim {
                let v = xn[j] as f64;
                s[k * 2 * dim + j] += rn[k] * v;
                s[k * 2 * dim + dim + j] += rn[k] * v * v;
            }
        }
    }
    (s, counts)
}

/// The floor of a count and of a weight (the smallest normal f32), so an empty component stays
/// finite: mean 0, variance at the floor, log π ≈ −87.
pub const TINY: f64 = f32::MIN_POSITIVE as f64;

/// The M-step from the statistics of `points` points: π_k = N_k / N, μ_k = S1_k / N_k,
/// v_k = max(S2_k / N_k − μ_k², floor), as the kernel computes it.
pub fn m_step(stats: &[f32], counts: &[f32], points: usize, dim: usize, var_floor: f32) -> Mixture {
    let components = counts.len();
    let mut mixture = Mixture { dim, weights: vec![], means: vec![], variances: vec![] };
    for k in 0..components {
        let n = (counts[k] as f64).max(TINY);
        mixture.weights.push((counts[k] as f64 / points as f64).max(TINY) as f32);
        for j in 0..dim {
            let mu = stats[k * 2 * dim + j] as f64 / n;
            let second = stats[k * 2 * dim + dim + j] as f64 / n;
            mixture.means.push(mu as f32);
            mixture.variances.push((second - mu * mu).max(var_floor as f64) as f32);
        }
    }
    mixture
}

/// The components the GPU's buffers hold: K rounded up to a multiple of 4, so that the
/// M-step's matmul over the responsibilities [N, K] runs the vec4 kernels (4× the strided
/// kernel's speed on lavapipe at K = 10). The extra components have log p(x, k) = [`ABSENT`]
/// and so a responsibility of exactly 0.
pub fn padded_components(components: usize) -> usize {
    components.next_multiple_of(4)
}

/// log p(x, k) of a padding component: exp of it, less any real value, is 0 in f32, with no
/// infinity (which WGSL does not promise to carry).
pub const ABSENT: f32 = -1e30;

/// The E-step as one linear layer over the features [x | x²], for the padded components:
/// row 4k of W [4K', 2D] holds (μ_k / v_k | −1/(2 v_k)) and
/// `b[4k]` = log π_k − ½ Σ_j (log 2π v_kj + μ_kj² / v_kj), so (F Wᵀ + b)[n, 4k] = log p(x_n, k);
/// rows and biases 4k + 1..4k + 3 are zero, which lays the output out as the reduction's rows of
/// four (log w first); a padding component k ≥ K has a zero row and `b[4k]` = ABSENT.
pub fn e_step_layer(mixture: &Mixture) -> (Vec<f32>, Vec<f32>) {
    let (d, k) = (mixture.dim, mixture.components());
    let padded = padded_components(k);
    let mut w = vec![0.0f32; 4 * padded * 2 * d];
    let mut b = vec![0.0f32; 4 * padded];
    for c in k..padded {
        b[4 * c] = ABSENT;
    }
    for c in 0..k {
        let row = &mut w[4 * c * 2 * d..][..2 * d];
        let mut constant = 0.0f64;
        for j in 0..d {
            let (mu, var) = (mixture.means[c * d + j] as f64, mixture.variances[c * d + j] as f64);
            row[j] = (mu / var) as f32;
            row[d + j] = (-0.5 / var) as f32;
            constant += LOG_2PI + var.ln() + mu * mu / var;
        }
        b[4 * c] = ((mixture.weights[c] as f64).ln() - 0.5 * constant) as f32;
    }
    (w, b)
}

/// The features the E- and M-steps multiply: [x | x²] per point, [N, 2D].
pub fn features(x: &[f32], dim: usize) -> Vec<f32> {
    x.chunks_exact(dim).flat_map(|xn| xn.iter().copied().chain(xn.iter().map(|v| v * v))).collect()
}
