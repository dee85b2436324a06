//! What changes from one step to the next besides the batch: the KL weight β (β-VAE with a
//! linear warm-up) and the learning rate (a linear warm-up, then constant, cosine or step
//! decay). Both are functions of the step's index alone, so a resumed run takes the values an
//! uninterrupted one would at the same step; the step writes them into its launches' uniforms.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::Objective;

/// The KL term of the training objective (docs/math.md, "The KL weight, warm-up and free bits"):
/// its weight β, reached by a linear warm-up over the first `warmup_epochs`, and free bits λ per
/// latent dimension (ELBO).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct KlWeight {
    pub beta: f32,
    /// β rises linearly from 0 over this many epochs, step by step (0: β from the start).
    pub warmup_epochs: u32,
    /// Nats per latent dimension; 0: none.
    pub free_bits: f32,
}

impl Default for KlWeight {
    fn default() -> Self {
        KlWeight { beta: 1.0, warmup_epochs: 0, free_bits: 0.0 }
    }
}

impl KlWeight {
    /// β at step `step` (0-based) of a run of `steps_per_epoch` steps an epoch:
    /// B · min(1, t / T), T the warm-up's steps; exactly B after it.
    pub fn beta_at(&self, step: u64, steps_per_epoch: u32) -> f32 {
        let warmup = self.warmup_epochs as u64 * steps_per_epoch as u64;
        if step >= warmup {
            return self.beta;
        }
        (self.beta as f64 * step as f64 / warmup as f64) as f32
    }

    /// In words, for the run's header: None for the plain bound.
    pub fn describe(&self) -> Option<String> {
        if *self == KlWeight::default() {
            return None;
        }
        let mut text = format!("KL weight β {}", self.beta);
        if self.warmup_epochs > 0 {
            let epochs = if self.warmup_epochs == 1 { "epoch" } else { "epochs" };
            text += &format!(" reached over {} {epochs} from 0", self.warmup_epochs);
        }
        if self.free_bits > 0.0 {
            text += &format!(", free bits {} nats per latent dimension", self.free_bits);
        }
        Some(text)
    }

    /// Bad values, named, before any GPU work: the run is `epochs` long.
    pub fn check(&self, objective: Objective, epochs: u32) -> Result<()> {
        if !(self.beta >= 0.0 && self.beta.is_finite()) {
            return Err(Error::Invalid(format!("--beta {}: the KL weight is a number ≥ 0", self.beta)));
        }
        if self.warmup_epochs > epochs {
            return Err(Error::Invalid(format!(
                "--kl-warmup {}: the warm-up is longer than the run (--epochs {epochs})",
                self.warmup_epochs
            )));
        }
        if !(self.free_bits >= 0.0 && self.free_bits.is_finite()) {
            return Err(Error::Invalid(format!(
                "--free-bits {}: nats per latent dimension, a number ≥ 0",
                self.free_bits
            )));
        }
        if self.free_bits > 0.0 && objective != Objective::Elbo {
            return Err(Error::Invalid(format!(
                "--free-bits {} with --objective {objective:?}: free bits floor the ELBO's analytic KL term; the IWAE has none",
                self.free_bits
            )));
        }
        Ok(())
    }
}

/// How the learning rate decays after the warm-up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum LrDecay {
    #[default]
    Constant,
    /// From the base rate to `min_lr` along half a cosine, over the steps from the warm-up's
    /// end to the end of epoch `epochs`; `min_lr` after.
    Cosine { epochs: u32, min_lr: f32 },
    /// The base rate times `gamma` at the start of every `every_epochs`-th epoch.
    Step { every_epochs: u32, gamma: f32 },
}

/// The learning rate step by step: a linear warm-up from lr / W to lr over the first W steps,
/// multiplied into the decay.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LrSchedule {
    pub decay: LrDecay,
    pub warmup_steps: u32,
}

impl LrSchedule {
    /// The learning rate at step `step` (0-based) for the base rate `lr`. Constant without a
    /// warm-up is `lr` itself, to the bit.
    pub fn lr_at(&self, lr: f32, step: u64, steps_per_epoch: u32) -> f32 {
        let base = lr as f64;
        let w = self.warmup_steps as u64;
        let warm = if step < w { (step + 1) as f64 / w as f64 } else { 1.0 };
        let decayed = match self.decay {
            LrDecay::Constant => base,
            LrDecay::Cosine { epochs, min_lr } => {
                let span = (epochs as u64 * steps_per_epoch as u64).saturating_sub(w).max(1);
                let progress = (step.saturating_sub(w) as f64 / span as f64).min(1.0);
                let min = min_lr as f64;
                min + (base - min) * 0.5 * (1.0 + (std::f64::consts::PI * progress).cos())
            }
            LrDecay::Step { every_epochs, gamma } => {
                let epoch = step / steps_per_epoch.max(1) as u64;
                base * (gamma as f64).powi((epoch / every_epochs.max(1) as u64) as i32)
            }
        };
        (decayed * warm) as f32
    }

    /// In words, for the run's header: None for a constant rate.
    pub fn describe(&self) -> Option<String> {
        let decay = match self.decay {
            LrDecay::Constant if self.warmup_steps == 0 => return None,
            LrDecay::Constant => "constant".to_string(),
            LrDecay::Cosine { epochs: 1, min_lr } => format!("cosine decay to {min_lr} over 1 epoch"),
            LrDecay::Cosine { epochs, min_lr } => format!("cosine decay to {min_lr} over {epochs} epochs"),
            LrDecay::Step { every_epochs: 1, gamma } => format!("times {gamma} every epoch"),
            LrDecay::Step { every_epochs, gamma } => format!("times {gamma} every {every_epochs} epochs"),
        };
        Some(match self.warmup_steps {
            0 => format!("learning rate {decay}"),
            w => format!("learning rate {decay}, after a linear warm-up of {w} steps"),
        })
    }

    /// Bad values, named, before any GPU work, for the base rate `lr` and a run of `epochs`
    /// epochs of `steps_per_epoch` steps.
    pub fn check(&self, lr: f32, epochs: u32, steps_per_epoch: u32) -> Result<()> {
        let steps = epochs as u64 * steps_per_epoch as u64;
        if self.warmup_steps as u64 > steps {
            return Err(Error::Invalid(format!(
                "--warmup-steps {}: the warm-up is longer than the run ({epochs} epochs of {steps_per_epoch} steps)",
                self.warmup_steps
            )));
        }
        match self.decay {
            LrDecay::Constant => Ok(()),
            LrDecay::Cosine { epochs: 0, .. } => {
                Err(Error::Invalid("--lr-decay-epochs 0: the cosine decays over at least one epoch".into()))
            }
            LrDecay::Cosine { min_lr, .. } if !(min_lr >= 0.0 && min_lr <= lr) => {
                Err(Error::Invalid(format!("--lr-min {min_lr}: the cosine's floor is between 0 and --lr {lr}")))
            }
            LrDecay::Cosine { .. } => Ok(()),
            LrDecay::Step { every_epochs: 0, .. } => {
                Err(Error::Invalid("--lr-step-epochs 0: the rate steps down every N ≥ 1 epochs".into()))
            }
            LrDecay::Step { gamma, .. } if !(gamma > 0.0 && gamma <= 1.0) => {
                Err(Error::Invalid(format!("--lr-gamma {gamma}: the factor of each step down is in (0, 1]")))
            }
            LrDecay::Step { .. } => Ok(()),
        }
    }
}

/// Bad `--clip-grad-norm` values, before any GPU work.
pub fn check_clip(clip: Option<f32>) -> Result<()> {
    match clip {
        Some(c) if !(c > 0.0 && c.is_finite()) => {
            Err(Error::Invalid(format!("--clip-grad-norm {c}: the largest gradient norm is a positive number")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beta_rises_linearly_from_zero_over_the_warm_up_then_stays() {
        let kl = KlWeight { beta: 4.0, warmup_epochs: 2, free_bits: 0.0 };
        // 10 steps an epoch: 20 steps of warm-up.
        assert_eq!(kl.beta_at(0, 10), 0.0);
        assert_eq!(kl.beta_at(5, 10), 1.0);
        assert_eq!(kl.beta_at(19, 10), 3.8);
        assert_eq!(kl.beta_at(20, 10), 4.0);
        assert_eq!(kl.beta_at(1000, 10), 4.0);
        assert_eq!(KlWeight::default().beta_at(0, 10), 1.0);
    }

    #[test]
    fn learning_rates_follow_their_schedules() {
        let lr = 1e-3;
        let constant = LrSchedule::default();
        assert_eq!(constant.lr_at(lr, 0, 10), lr, "the bits of --lr");
        assert_eq!(constant.lr_at(lr, 12345, 10), lr);
        let warm = LrSchedule { warmup_steps: 4, ..Default::default() };
        let rates: Vec<f32> = (0..6).map(|t| warm.lr_at(lr, t, 10)).collect();
        let want = [2.5e-4, 5e-4, 7.5e-4, 1e-3, 1e-3, 1e-3];
        assert!(rates.iter().zip(want).all(|(r, w)| (r - w).abs() < 1e-10), "{rates:?}");
        // Cosine over 2 epochs of 10 steps after 4 warm-up steps: 16 steps of decay.
        let cosine = LrSchedule { decay: LrDecay::Cosine { epochs: 2, min_lr: 1e-4 }, warmup_steps: 4 };
        assert_eq!(cosine.lr_at(lr, 4, 10), lr);
        assert!((cosine.lr_at(lr, 12, 10) - 5.5e-4).abs() < 1e-9, "half way: the mean of lr and the floor");
        assert_eq!(cosine.lr_at(lr, 20, 10), 1e-4);
        assert_eq!(cosine.lr_at(lr, 500, 10), 1e-4, "the floor after the decay");
        let step = LrSchedule { decay: LrDecay::Step { every_epochs: 2, gamma: 0.5 }, warmup_steps: 0 };
        let per_epoch: Vec<f32> = (0..6).map(|e| step.lr_at(lr, e * 10 + 3, 10)).collect();
        let want = [1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4, 2.5e-4];
        assert!(per_epoch.iter().zip(want).all(|(r, w)| (r - w).abs() < 1e-10), "{per_epoch:?}");
    }

    #[test]
    fn bad_values_are_named() {
        let err = |r: Result<()>| r.unwrap_err().to_string();
        let kl = |beta, warmup_epochs, free_bits| KlWeight { beta, warmup_epochs, free_bits };
        assert!(err(kl(-1.0, 0, 0.0).check(Objective::Elbo, 5)).contains("--beta -1"));
        assert!(err(kl(f32::NAN, 0, 0.0).check(Objective::Elbo, 5)).contains("--beta NaN"));
        assert!(err(kl(1.0, 6, 0.0).check(Objective::Elbo, 5)).contains("--kl-warmup 6"));
        assert!(err(kl(1.0, 0, -0.5).check(Objective::Elbo, 5)).contains("--free-bits -0.5"));
        assert!(err(kl(1.0, 0, 0.5).check(Objective::Iwae, 5)).contains("the IWAE has none"));
        assert!(kl(0.0, 5, 0.5).check(Objective::Elbo, 5).is_ok(), "β = 0 and a warm-up as long as the run");
        let lr = |decay, warmup_steps| LrSchedule { decay, warmup_steps }.check(1e-3, 2, 10);
        assert!(err(lr(LrDecay::Constant, 21)).contains("--warmup-steps 21"));
        assert!(err(lr(LrDecay::Cosine { epochs: 0, min_lr: 0.0 }, 0)).contains("--lr-decay-epochs 0"));
        assert!(err(lr(LrDecay::Cosine { epochs: 2, min_lr: 0.1 }, 0)).contains("--lr-min 0.1"));
        assert!(err(lr(LrDecay::Step { every_epochs: 0, gamma: 0.5 }, 0)).contains("--lr-step-epochs 0"));
        assert!(err(lr(LrDecay::Step { every_epochs: 1, gamma: 0.0 }, 0)).contains("--lr-gamma 0"));
        assert!(err(check_clip(Some(0.0))).contains("--clip-grad-norm 0"));
        assert!(err(check_clip(Some(-2.0))).contains("--clip-grad-norm -2"));
        assert!(check_clip(Some(5.0)).is_ok() && check_clip(None).is_ok());
    }
}
