//! Tolerances derived from the accuracy WGSL grants each operation (docs/math.md, "Tolerances
//! of GPU-against-reference tests"), so that a comparison holds on any conformant driver, not
//! only on the one it was written on. A budget counts ε = 2^-23 (f32's machine epsilon),
//! relative to the scale of the compared values; terms add along the path a value takes.

use std::ops::Add;

/// f32's machine epsilon, 2^-23.
pub const EPS: f64 = f32::EPSILON as f64;

/// An error budget in units of [`EPS`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Budget(pub f64);

impl Budget {
    /// One correctly rounded add, subtract or multiply (WGSL requires these), or the
    /// reference's own rounding of its f64 result to f32: half an ε.
    pub const ROUNDING: Budget = Budget(0.5);
    /// x / y: 2.5 ULP.
    pub const DIVISION: Budget = Budget(2.5);
    /// sqrt, defined as 1 / inverseSqrt: 2 + 2.5 ULP.
    pub const SQRT: Budget = Budget(4.5);
    /// log(x) outside [0.5, 2]: 3 ULP; inside, 2^-21 absolute, which is 4 ε of a result compared
    /// at a scale of 1 or more (every log-density here).
    pub const LOG: Budget = Budget(4.0);

    /// exp(x) for |x| ≤ `max_abs`: 3 + 2|x| ULP.
    pub fn exp(max_abs: f64) -> Budget {
        Budget(3.0 + 2.0 * max_abs)
    }

    /// A sum of `n` f32 terms, relative to the sum of their magnitudes. Its worst case, n − 1
    /// roundings, is far from what rounding does to data; Higham and Mary (SIAM J. Sci.
    /// Comput. 2019) bound it by λ √n u (u = ε/2) with probability at least 1 − 2n·exp(−λ²/2)
    /// for independent rounding errors. λ = 6 (failure under 1e-4 at n = 1000): 3 √n ε.
    pub fn sum(n: usize) -> Budget {
        Budget(3.0 * (n.max(1) as f64).sqrt())
    }

    /// `count` steps of this budget in a chain.
    pub fn times(self, count: f64) -> Budget {
        Budget(self.0 * count)
    }

    /// The relative tolerance this budget allows.
    pub fn tol(self) -> f64 {
        self.0 * EPS
    }
}

impl Add for Budget {
    type Output = Budget;
    fn add(self, other: Budget) -> Budget {
        Budget(self.0 + other.0)
    }
}

/// The relative tolerance of a comparison against the largest reference value, for values that
/// are sums: `budget` bounds each value's error relative to the sum of its terms' magnitudes,
/// `magnitude` holds those sums (the same computation on the inputs' absolute values), so the
/// error is at most budget · max(magnitude), and the comparison divides by max |reference|.
/// Sums of terms of both signs cancel, and the tolerance grows by as much as they do.
pub fn relative_to_largest(budget: Budget, magnitude: &[f32], reference: &[f32]) -> f64 {
    let largest = |v: &[f32]| v.iter().fold(0.0f64, |m, &x| m.max(x.abs() as f64));
    budget.tol() * largest(magnitude) / largest(reference).max(f64::MIN_POSITIVE)
}

/// Every value's absolute value: the inputs of a `magnitude` computation.
pub fn abs(values: &[f32]) -> Vec<f32> {
    values.iter().map(|v| v.abs()).collect()
}

/// tanh of |z| ≤ `max_abs` (clamped at 15 by the shaders), the worst activation: WGSL's tanh
/// is inherited from two exps and a division.
pub fn tanh(max_abs: f64) -> Budget {
    Budget::exp(max_abs.min(15.0)).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0)
}

/// GELU forward and backward (from its input), relative: Φ(z) through erfc(x), x = |z|/√2 ≤
/// 4.25 for |z| ≤ 6. exp's argument −x² + p(t) is off by x²'s three roundings scaled by x² ≤ 18
/// and the 9-step Horner sum's 18 roundings of terms up to 2, which is that relative error in
/// exp's value; then exp's own (|argument| ≤ 20), t's division, the fit's 1.2e-7 (1 ε) and two
/// roundings. The forward multiplies by z (one rounding); the backward adds z φ(z), φ's exp
/// (|argument| ≤ 18) off by z²'s roundings (18 · 1.5 ε), and three roundings.
pub fn gelu() -> (Budget, Budget) {
    let argument = Budget::ROUNDING.times(3.0 * 18.0) + Budget::ROUNDING.times(18.0 * 2.0);
    let erfc = argument + Budget::exp(20.0) + Budget::DIVISION + Budget(1.0) + Budget::ROUNDING.times(2.0);
    let pdf = Budget::ROUNDING.times(3.0 * 18.0) + Budget::exp(18.0) + Budget::ROUNDING.times(3.0);
    (erfc + Budget::ROUNDING, erfc + pdf + Budget::ROUNDING.times(3.0))
}

/// GroupNorm forward and backward, relative to the largest output, for groups of `n` values and
/// `per_channel` values of a channel over the batch. Forward: the mean's sum of n and its
/// division, the deviations' squares summed (n), the variance's division and eps, 1/√ (WGSL's
/// inverseSqrt, 2 ULP), then the subtraction, two multiplies and the add (the normalized values
/// are O(1), so the mean's error stays relative to them). Backward: the forward's statistics,
/// two more group sums of n with their divisions, dx's three terms; dγ and dβ sum `per_channel`
/// products.
pub fn group_norm(n: usize, per_channel: usize) -> (Budget, Budget) {
    let stats = Budget::sum(n).times(2.0) + Budget::DIVISION.times(2.0) + Budget(2.0) + Budget::ROUNDING.times(3.0);
    let forward = stats + Budget::ROUNDING.times(4.0);
    let backward = stats
        + Budget::sum(n).times(2.0)
        + Budget::DIVISION.times(2.0)
        + Budget::sum(per_channel)
        + Budget::ROUNDING.times(8.0);
    (forward, backward)
}

/// A chain of layers taken as well conditioned (relative errors add, not multiply), each given
/// as (fan-in, outputs, rows its weight gradient sums over): its forward sum over the fan-in and
/// the bias, its backward sums over its outputs (to its input) and over those rows (dW, db),
/// and a tanh after it.
pub fn layer_chain(layers: impl IntoIterator<Item = (usize, usize, usize)>) -> Budget {
    layers.into_iter().fold(Budget(0.0), |b, (fan_in, outputs, rows)| {
        b + Budget::sum(fan_in + 1) + Budget::sum(outputs) + Budget::sum(rows) + tanh(15.0)
    })
}

/// One subpixel's discretized-logistic log P, relative to itself: log σ(a) + log σ(−b) +
/// log1mexp, two softplus of |a|, |b| (whose exp values vanish past 30, so exp(30) bounds what
/// reaches the sum; the log1p's log and division each), a Taylor expm1 and a log, about a dozen
/// roundings. The worst of the likelihoods' per-pixel terms.
pub fn logistic_subpixel() -> Budget {
    (Budget::exp(30.0) + Budget::LOG + Budget::DIVISION).times(2.0) + Budget::LOG + Budget::ROUNDING.times(12.0)
}
