//! The decoder's likelihood p(x|z) in one place: its kinds, the layout of the decoder's outputs
//! it reads, the two-output head's mean and floors, whether log p(x|z) is a probability (and so
//! bits per dimension mean something), the data it expects, a draw from it, and the id the
//! kernels know it by. The other modules ask it rather than matching on it.
//!
//! Its WGSL sits together in shaders/likelihood/ (the ids, the discretized logistic, the
//! per-pixel gradients); the per-row sums live in the density kernels (density.wgsl and its
//! vec4 twin), and the f64 forms in `reference::{density, decoder}` (docs/math.md,
//! "Likelihoods"). docs/architecture.md lists the files a new likelihood touches.

use crate::kernels::{shader_source, wgsl_u32};

/// The ids as shaders/likelihood/ids.wgsl defines them.
const WGSL: &str = shader_source!("likelihood/ids.wgsl");
const BERNOULLI: u32 = wgsl_u32(WGSL, "LIKELIHOOD_BERNOULLI");
const GAUSSIAN: u32 = wgsl_u32(WGSL, "LIKELIHOOD_GAUSSIAN");
const LOGISTIC: u32 = wgsl_u32(WGSL, "LIKELIHOOD_LOGISTIC");

/// The default floor of the Gaussian decoder's log-variance: σ ≥ e^-2.5 ≈ 0.08 on [0, 1] data.
/// Without a floor the variance of always-black MNIST pixels shrinks until the loss is NaN.
pub const DEFAULT_LOGVAR_FLOOR: f32 = -5.0;

/// The default floor of the discretized logistic's log-scale: s ≥ e^-7, about a quarter of a
/// bin of 8-bit data on [0, 1] (PixelCNN++ floors its log-scale at −7 on [−1, 1]).
pub const DEFAULT_LOG_SCALE_FLOOR: f32 = -7.0;

/// The decoder's distribution over pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Likelihood {
    /// Independent Bernoulli per pixel, from logits (one decoder output per pixel).
    #[default]
    Bernoulli,
    /// Diagonal Gaussian per pixel, from (mean, log-variance) (two decoder outputs per pixel).
    Gaussian,
    /// Discretized logistic per subpixel (Salimans et al. 2017, one component), from (mean,
    /// log-scale): a probability for each of the 256 values of 8-bit data, so log p(x) is of
    /// the data themselves and bits per dimension compare with the literature.
    #[value(alias = "discretized-logistic")]
    Logistic,
}

/// The random numbers a draw from p(x|z) takes, one per value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawNoise {
    /// u ~ U(0, 1).
    Uniform,
    /// ε ~ N(0, 1).
    Normal,
}

impl Likelihood {
    /// Decoder outputs per data dimension: the Bernoulli's logit, or a location-scale
    /// likelihood's raw (mean | spread), the means of a row first, then its spreads.
    pub fn outputs_per_dim(self) -> u32 {
        if self.is_location_scale() { 2 } else { 1 }
    }

    /// Whether it has a location and a scale, which the two-output head
    /// ([`DecoderHead`]) makes from the decoder's raw outputs: the Gaussian (log σ²) and the
    /// discretized logistic (log s). The Bernoulli's one output is a logit.
    pub fn is_location_scale(self) -> bool {
        match self {
            Likelihood::Bernoulli => false,
            Likelihood::Gaussian | Likelihood::Logistic => true,
        }
    }

    /// The kernels' number for it (`likelihood` in the density and decoder-gradient kernels'
    /// parameters), as shaders/likelihood/ids.wgsl defines it.
    pub fn kernel_id(self) -> u32 {
        match self {
            Likelihood::Bernoulli => BERNOULLI,
            Likelihood::Gaussian => GAUSSIAN,
            Likelihood::Logistic => LOGISTIC,
        }
    }

    /// Whether log p(x|z) is the log of a probability of the data (so −log p(x) / (D ln 2) is
    /// bits per dimension): the discretized logistic always, the Bernoulli on binary data
    /// (binarized, or 0/255 images as they are); never the Gaussian, a density on [0, 1].
    pub fn is_mass_function(self, binary_data: bool) -> bool {
        self.no_bits_per_dim_reason(binary_data).is_none()
    }

    /// Why log p(x|z) is not a probability of the data, so that a run reports no bits per
    /// dimension; None where it is.
    pub fn no_bits_per_dim_reason(self, binary_data: bool) -> Option<&'static str> {
        match self {
            Likelihood::Gaussian => {
                Some("the Gaussian likelihood is a density on [0, 1], not a probability of the data")
            }
            Likelihood::Bernoulli if !binary_data => {
                Some("the Bernoulli on grey (not binary) values is a density on [0, 1], not a probability of the data")
            }
            Likelihood::Bernoulli | Likelihood::Logistic => None,
        }
    }

    /// Whether the data are binarized for it unless asked otherwise: the Bernoulli models 0/1
    /// pixels (dynamic binarization); the others model the values as they are.
    pub fn binarizes_by_default(self) -> bool {
        self == Likelihood::Bernoulli
    }

    /// The two-output head's mean by default: the Gaussian's through a sigmoid, so it stays on
    /// the data's [0, 1]; the discretized logistic's as it is (as PixelCNN++'s), so a mean past
    /// 0 or 1 can give the edge bins, black and white, a probability near 1.
    pub fn default_mean(self) -> GaussianMean {
        match self {
            Likelihood::Logistic => GaussianMean::Identity,
            Likelihood::Bernoulli | Likelihood::Gaussian => GaussianMean::Sigmoid,
        }
    }

    /// The floor of its log-scale, for the one likelihood that has a log-scale.
    pub fn default_log_scale_floor(self) -> Option<f32> {
        (self == Likelihood::Logistic).then_some(DEFAULT_LOG_SCALE_FLOOR)
    }

    /// The random numbers [`draw`](Self::draw) takes.
    pub fn draw_noise(self) -> DrawNoise {
        match self {
            Likelihood::Gaussian => DrawNoise::Normal,
            Likelihood::Bernoulli | Likelihood::Logistic => DrawNoise::Uniform,
        }
    }

    /// A value drawn from p(x_j|z) for display, given the head's `mean` (the Bernoulli's
    /// probability) and `log_spread` (log σ² or log s; unused by the Bernoulli), from one
    /// number of [`draw_noise`](Self::draw_noise): a Bernoulli pixel (0 or 1), a Gaussian value
    /// mean + σ·ε clamped to [0, 1], or the discretized logistic's 8-bit value
    /// mean + s·log(u / (1 − u)) to the nearest k / 255, the tails in the edge bins.
    pub fn draw(self, mean: f32, log_spread: f32, noise: f32) -> f32 {
        match self {
            Likelihood::Bernoulli => {
                if noise < mean {
                    1.0
                } else {
                    0.0
                }
            }
            Likelihood::Gaussian => (mean + (0.5 * log_spread).exp() * noise).clamp(0.0, 1.0),
            Likelihood::Logistic => {
                let v = mean + log_spread.exp() * (noise.ln() - (-noise).ln_1p());
                (v * 255.0).round().clamp(0.0, 255.0) / 255.0
            }
        }
    }
}

/// Bits per dimension of a log-likelihood of `nats` for data of `dim` values: −nats / (dim ln 2).
pub fn bits_per_dim(nats: f64, dim: usize) -> f64 {
    -nats / (dim as f64 * std::f64::consts::LN_2)
}

/// How a two-output decoder's raw outputs (a | s) become (mean | spread): the Gaussian's
/// (mean | log σ²), the discretized logistic's (mean | log s).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecoderHead {
    pub mean: GaussianMean,
    /// spread = floor + softplus(s − floor): a smooth floor on log σ² or log s.
    pub floor: f32,
}

/// The two-output decoders' mean from its raw output a.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GaussianMean {
    /// sigmoid(a): data in [0, 1] (images).
    #[default]
    Sigmoid,
    /// a itself: unbounded data (and the linear-Gaussian model with an exact likelihood).
    Identity,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_ids_are_distinct() {
        let ids = [Likelihood::Bernoulli, Likelihood::Gaussian, Likelihood::Logistic].map(Likelihood::kernel_id);
        assert!(ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2], "{ids:?}");
    }

    #[test]
    fn draws_follow_the_likelihood() {
        assert_eq!(Likelihood::Bernoulli.draw(0.3, 0.0, 0.29), 1.0);
        assert_eq!(Likelihood::Bernoulli.draw(0.3, 0.0, 0.31), 0.0);
        // σ = e^(0.5·ln 0.04) = 0.2.
        assert!((Likelihood::Gaussian.draw(0.5, 0.04f32.ln(), 1.0) - 0.7).abs() < 1e-6);
        assert_eq!(Likelihood::Gaussian.draw(0.9, 0.0, 3.0), 1.0);
        // u = 1/2 is the logistic's median: the mean's bin.
        assert_eq!(Likelihood::Logistic.draw(100.2 / 255.0, -3.0, 0.5), 100.0 / 255.0);
        assert_eq!(Likelihood::Logistic.draw(0.99, 0.0, 0.999), 1.0);
    }
}
