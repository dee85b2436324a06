//! A run's numbers: the GPU's buffer of bound sums and where each use of it writes
//! ([`TRAIN_METRICS`], …), the per-image means made from them ([`BoundMeans`]), and one
//! epoch's record as printed and written to metrics.csv ([`EpochRecord`]; its columns are a
//! contract, README "Outputs").

use std::fmt::Write as _;

/// The metrics buffer: (Σ bound, Σ KL, Σ log p(x|z)) of training batches at 0..3 and of
/// held-out batches at 4..7.
pub const TRAIN_METRICS: u32 = 0;
pub const EVAL_METRICS: u32 = 4;
/// Data-parallel: this rank's share of the step, before the ranks' shares are combined.
pub const SHARE_METRICS: u32 = 8;
pub const METRICS_LEN: usize = 12;

/// Means per image, over the batches seen, of the bound, the KL and log p(x|z) (nats).
#[derive(Clone, Copy, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoundMeans {
    pub bound: f64,
    pub kl: f64,
    pub log_px: f64,
}

impl BoundMeans {
    pub(super) fn from_sums(sums: &[f32], images: u64) -> BoundMeans {
        let n = images.max(1) as f64;
        BoundMeans { bound: sums[0] as f64 / n, kl: sums[1] as f64 / n, log_px: sums[2] as f64 / n }
    }
}

pub const METRICS_FILE: &str = "metrics.csv";

/// One epoch's numbers, as printed and as written to metrics.csv.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct EpochRecord {
    pub epoch: u32,
    /// Training means per image over the epoch's batches (the bound the run optimises).
    pub train: BoundMeans,
    /// The held-out ELBO and its parts, per image.
    pub heldout: Option<BoundMeans>,
    /// The held-out importance estimate of log p(x) per image, in the epochs it was computed.
    pub heldout_log_likelihood: Option<f64>,
    /// Training time of the epoch, without the evaluation.
    pub seconds: f64,
    pub images_per_second: f64,
    /// The KL weight and the learning rate of the epoch's last step (1 and the base rate in
    /// records from before they could change).
    #[serde(default = "one")]
    pub beta: f64,
    #[serde(default)]
    pub lr: Option<f64>,
    /// With clipping: the epoch's mean gradient norm before clipping, and the share of its
    /// steps that clipping scaled.
    #[serde(default)]
    pub grad_norm: Option<f64>,
    #[serde(default)]
    pub clipped: Option<f64>,
}

fn one() -> f64 {
    1.0
}

pub fn csv(records: &[EpochRecord]) -> String {
    let mut csv = String::from(
        "epoch,train_loss,train_kl,train_log_px,heldout_elbo,heldout_kl,heldout_log_px,heldout_log_likelihood,seconds,images_per_second,beta,lr,grad_norm,clipped\n",
    );
    for r in records {
        let (e, k, l) = r.heldout.map_or((f64::NAN, f64::NAN, f64::NAN), |h| (h.bound, h.kl, h.log_px));
        let ll = r.heldout_log_likelihood.unwrap_or(f64::NAN);
        // β and the rate as the f32s the step used, in their shortest form.
        let lr = r.lr.map_or("NaN".to_string(), |lr| format!("{:e}", lr as f32));
        let (g, c) = (r.grad_norm.unwrap_or(f64::NAN), r.clipped.unwrap_or(f64::NAN));
        let _ = writeln!(
            csv,
            "{},{:.6},{:.6},{:.6},{e:.6},{k:.6},{l:.6},{ll:.6},{:.3},{:.1},{},{lr},{g:.6},{c:.6}",
            r.epoch, -r.train.bound, r.train.kl, r.train.log_px, r.seconds, r.images_per_second, r.beta as f32
        );
    }
    csv
}
