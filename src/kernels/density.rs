//! Per-sample log-densities: log p(x|z) (Bernoulli, Gaussian or discretized logistic), log p(z), log q(z|x), log w.

use bytemuck::{Pod, Zeroable};

use super::{check_len, shader_source};
use crate::error::Result;
use crate::gpu::{Dispatch, Gpu, GpuBuffer, Kernel, Slot, grid_1d};

pub const SOURCE_NAME: &str = "density";
pub const SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "common/discretized_logistic.wgsl",
    "common/flat_index.wgsl",
    "common/density_terms.wgsl",
    "density.wgsl"
);
pub const VEC4_NAME: &str = "density_vec4";
pub const VEC4_SOURCE: &str = shader_source!(
    "common/activation.wgsl",
    "common/discretized_logistic.wgsl",
    "common/flat_index.wgsl",
    "common/density_terms.wgsl",
    "density_vec4.wgsl"
);

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

impl Likelihood {
    /// Decoder outputs per data dimension.
    pub fn outputs_per_dim(self) -> u32 {
        match self {
            Likelihood::Bernoulli => 1,
            Likelihood::Gaussian | Likelihood::Logistic => 2,
        }
    }

    /// The kernels' number for it (`p.likelihood` in the WGSL).
    pub fn kernel_id(self) -> u32 {
        match self {
            Likelihood::Bernoulli => 0,
            Likelihood::Gaussian => 1,
            Likelihood::Logistic => 2,
        }
    }

    /// Whether log p(x|z) is the log of a probability of the data (so −log p(x) / (D ln 2) is
    /// bits per dimension): the discretized logistic always, the Bernoulli on binary data
    /// (binarized, or 0/255 images as they are); never the Gaussian, a density on [0, 1].
    pub fn is_mass_function(self, binary_data: bool) -> bool {
        match self {
            Likelihood::Bernoulli => binary_data,
            Likelihood::Gaussian => false,
            Likelihood::Logistic => true,
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

impl GaussianMean {
    /// The Gaussian's mean through a sigmoid, so it stays on the data's [0, 1]; the discretized
    /// logistic's as it is (as PixelCNN++'s), so a mean past 0 or 1 can give the edge bins,
    /// black and white, a probability near 1.
    pub fn default_for(likelihood: Likelihood) -> GaussianMean {
        match likelihood {
            Likelihood::Logistic => GaussianMean::Identity,
            _ => GaussianMean::Sigmoid,
        }
    }
}

/// Sizes of one batch of samples: `points` data points with `samples` draws each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SampleShape {
    pub points: u32,
    pub samples: u32,
    pub data_dim: u32,
    pub latent: u32,
}

impl SampleShape {
    pub fn rows(&self) -> u32 {
        self.points * self.samples
    }
}

#[repr(C)]
#[derive(Clone, Copy, Pod, Zeroable)]
struct Params {
    rows: u32,
    data_dim: u32,
    latent: u32,
    samples: u32,
    likelihood: u32,
    _pad: [u32; 3],
}

const SLOTS: &[Slot] = &[Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::Read, Slot::ReadWrite];
static LOG_DENSITIES: Kernel = Kernel { module: SOURCE_NAME, source: SOURCE, entry: "log_densities", slots: SLOTS };
static LOG_DENSITIES_VEC4: Kernel =
    Kernel { module: VEC4_NAME, source: VEC4_SOURCE, entry: "log_densities_vec4", slots: SLOTS };

/// For each sample row r (point r / samples), out[4r..4r+4] = (log w, log p(x|z), log p(z),
/// log q(z|x)). Inputs: x [points, data_dim]; dec [rows, data_dim·outputs_per_dim]; z and eps
/// [rows, latent]; enc [points, 2·latent] (μ | logvar).
#[allow(clippy::too_many_arguments)]
pub fn log_densities(
    gpu: &Gpu,
    x: &GpuBuffer<f32>,
    dec: &GpuBuffer<f32>,
    z: &GpuBuffer<f32>,
    eps: &GpuBuffer<f32>,
    enc: &GpuBuffer<f32>,
    out: &GpuBuffer<f32>,
    shape: SampleShape,
    likelihood: Likelihood,
) -> Result<Dispatch> {
    let rows = shape.rows() as u64;
    let (d, k) = (shape.data_dim as u64, shape.latent as u64);
    check_len("log_densities", "x", x, shape.points as u64 * d)?;
    check_len("log_densities", "dec", dec, rows * d * likelihood.outputs_per_dim() as u64)?;
    check_len("log_densities", "z", z, rows * k)?;
    check_len("log_densities", "eps", eps, rows * k)?;
    check_len("log_densities", "enc", enc, shape.points as u64 * 2 * k)?;
    check_len("log_densities", "out", out, rows * 4)?;
    let params = Params {
        rows: shape.rows(),
        data_dim: shape.data_dim,
        latent: shape.latent,
        samples: shape.samples,
        likelihood: likelihood.kernel_id(),
        _pad: [0; 3],
    };
    let buffers = [x.binding(), dec.binding(), z.binding(), eps.binding(), enc.binding(), out.binding()];
    // Four pixels to a load where the rows allow it (the same values, bit for bit).
    let kernel = if shape.data_dim.is_multiple_of(4) { &LOG_DENSITIES_VEC4 } else { &LOG_DENSITIES };
    gpu.dispatch(kernel, &params, &buffers, grid_1d(rows, 64))
}
