//! The estimators of `wgvae eval` applied to the mixture, where log p(x) is known exactly:
//! importance sampling over the discrete z with a proposal q(k), and the ELBO with a q(k).
//! With q = the posterior p(k|x) every weight p(x, k)/q(k) equals p(x), so the importance
//! estimate is exact with any number of samples and the ELBO is tight; with any other q the
//! importance estimate of p(x) is unbiased but noisy (its log is low on average, by Jensen)
//! and the ELBO lies below log p(x) by KL(q ‖ p(k|x)).

use rand::{RngExt, SeedableRng};

use crate::reference::reduce::{estimates, logsumexp};

/// The proposals and variational distributions compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proposal {
    /// p(k | x): the exact posterior.
    Posterior,
    /// The prior p(k) = π_k: the naive Monte Carlo estimate of `wgvae eval`.
    Prior,
    /// 1/K for every component.
    Uniform,
    /// All mass on the most probable component (the hard assignment), for the ELBO.
    Hard,
}

impl Proposal {
    pub fn describe(self) -> &'static str {
        match self {
            Proposal::Posterior => "q = posterior p(k|x)",
            Proposal::Prior => "q = prior π (naive)",
            Proposal::Uniform => "q = uniform 1/K",
            Proposal::Hard => "q = one-hot at argmax p(k|x)",
        }
    }

    /// q(k) for one point with log p(x, k) = `log_joint` under weights `weights`.
    pub fn distribution(self, log_joint: &[f64], weights: &[f32]) -> Vec<f64> {
        let k = log_joint.len();
        match self {
            Proposal::Posterior => {
                let lse = logsumexp(log_joint);
                log_joint.iter().map(|v| (v - lse).exp()).collect()
            }
            Proposal::Prior => weights.iter().map(|&w| w as f64).collect(),
            Proposal::Uniform => vec![1.0 / k as f64; k],
            Proposal::Hard => {
                let best = (0..k).max_by(|&a, &b| log_joint[a].total_cmp(&log_joint[b])).expect("K ≥ 1");
                (0..k).map(|c| if c == best { 1.0 } else { 0.0 }).collect()
            }
        }
    }
}

/// Draws `samples` components from `q` and returns log w = log p(x, k) − log q(k) of each.
pub fn log_weights(log_joint: &[f64], q: &[f64], samples: usize, rng: &mut impl RngExt) -> Vec<f64> {
    (0..samples)
        .map(|_| {
            let mut u = rng.random::<f64>();
            let k = q
                .iter()
                .position(|&p| {
                    u -= p;
                    u < 0.0
                })
                .unwrap_or_else(|| q.iter().rposition(|&p| p > 0.0).expect("a distribution"));
            log_joint[k] - q[k].ln()
        })
        .collect()
}

/// E_q[log p(x, k) − log q(k)], exactly (a sum over the K components).
pub fn elbo(log_joint: &[f64], q: &[f64]) -> f64 {
    log_joint.iter().zip(q).filter(|(_, p)| **p > 0.0).map(|(l, &p)| p * (l - p.ln())).sum()
}

/// One estimator over a set of points: its mean, and its error against the exact log p(x).
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub what: String,
    pub mean: f64,
    /// Mean and standard deviation over the points of (estimate − log p(x)).
    pub error_mean: f64,
    pub error_sd: f64,
    /// The mean effective sample size (importance estimates only).
    pub ess: Option<f64>,
}

/// Every estimator on the points whose log p(x, k) are the rows of `log_joint` [N, K]:
/// the exact value, importance sampling with `samples` draws from each proposal, and the ELBO
/// of each q. The draws are seeded by `seed`.
pub fn compare(log_joint: &[f32], weights: &[f32], samples: usize, seed: u64) -> Vec<Comparison> {
    let k = weights.len();
    let rows: Vec<Vec<f64>> = log_joint.chunks_exact(k).map(|r| r.iter().map(|&v| v as f64).collect()).collect();
    let exact: Vec<f64> = rows.iter().map(|r| logsumexp(r)).collect();
    let summarize = |what: String, values: Vec<f64>, ess: Option<f64>| {
        let n = values.len() as f64;
        let errors: Vec<f64> = values.iter().zip(&exact).map(|(v, e)| v - e).collect();
        let error_mean = errors.iter().sum::<f64>() / n;
        let error_sd = (errors.iter().map(|e| (e - error_mean).powi(2)).sum::<f64>() / n).sqrt();
        Comparison { what, mean: values.iter().sum::<f64>() / n, error_mean, error_sd, ess }
    };
    let mut out = vec![summarize("exact log p(x) = log Σ_k π_k N(x; μ_k, v_k)".into(), exact.clone(), None)];
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    for proposal in [Proposal::Posterior, Proposal::Prior, Proposal::Uniform] {
        let (mut values, mut ess) = (vec![], 0.0);
        for row in &rows {
            let q = proposal.distribution(row, weights);
            let point = estimates(&log_weights(row, &q, samples, &mut rng), &[], &[]);
            values.push(point.log_mean);
            ess += point.ess;
        }
        let what = format!("importance sampling, {}, S = {samples}", proposal.describe());
        out.push(summarize(what, values, Some(ess / rows.len() as f64)));
    }
    for proposal in [Proposal::Posterior, Proposal::Prior, Proposal::Uniform, Proposal::Hard] {
        let values = rows.iter().map(|row| elbo(row, &proposal.distribution(row, weights))).collect();
        out.push(summarize(format!("ELBO, {}", proposal.describe()), values, None));
    }
    out
}
