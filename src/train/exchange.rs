//! The data-parallel step of one rank (docs/math.md, "Data-parallel gradients"): its share
//! forward and backward, the share's gradients and bound sums read back, every rank's gathered
//! in rank order, then summed on the GPU and Adam, so N ranks train the weights one process
//! does with `--chunk batch/N`.

use std::time::Duration;

use web_time::Instant;

use super::Trainer;
use super::metrics::{SHARE_METRICS, TRAIN_METRICS};
use crate::error::Result;
use crate::ranks::Ranks;

/// Where a data-parallel step's time goes beyond the share's own work, summed over the steps.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExchangeTimes {
    pub steps: u32,
    /// Waiting for this rank's share to finish on the GPU (its forward and backward, after
    /// the last step's sum and Adam).
    pub share: Duration,
    /// Copying its gradients back (the one read-back).
    pub read_back: Duration,
    /// The all-gather among the ranks (it includes waiting for the slowest).
    pub gather: Duration,
    /// Handing every rank's gradients to the GPU.
    pub upload: Duration,
    /// Bytes each rank sends per step.
    pub bytes_per_rank: usize,
}

impl Trainer<'_> {
    /// A data-parallel step: this rank's share forward and backward, its gradients and bound
    /// sums read back (one read-back), every rank's gathered with its wish to stop, the
    /// shares summed in rank order and Adam. Returns whether any rank wants to stop.
    pub(super) fn shared_step(&mut self, ranks: &dyn Ranks, stop: bool) -> Result<(wgpu::SubmissionIndex, bool)> {
        self.gpu.write(&self.metrics, SHARE_METRICS as usize, &[0.0; 3])?;
        let t0 = Instant::now();
        self.gpu.submit("training step (this rank's share)", self.step.gradient_launches())?;
        self.gpu.wait()?;
        let t1 = Instant::now();
        let mut outgoing = self.step.share_gradients();
        outgoing.push(&self.metrics);
        let mut mine = self.gpu.read_all(&outgoing)?;
        mine.push(if stop { 1.0 } else { 0.0 });
        let t2 = Instant::now();
        let all = ranks.all_gather(&mine)?;
        let t3 = Instant::now();
        let grads = self.step.share_len();
        let shares: Vec<&[f32]> = all.chunks(mine.len()).collect();
        let any_stop = shares.iter().any(|s| s[s.len() - 1] != 0.0);
        for share in &shares {
            let sums = &share[grads + SHARE_METRICS as usize..][..3];
            for (total, v) in self.shared_sums.iter_mut().zip(sums) {
                *total += v;
            }
        }
        self.gpu.write(&self.metrics, TRAIN_METRICS as usize, &self.shared_sums)?;
        let gradients: Vec<&[f32]> = shares.iter().map(|s| &s[..grads]).collect();
        self.step.set_received(self.gpu, &gradients)?;
        let e = &mut self.exchange;
        (e.share, e.read_back, e.gather) = (e.share + (t1 - t0), e.read_back + (t2 - t1), e.gather + (t3 - t2));
        e.upload += t3.elapsed();
        e.steps += 1;
        e.bytes_per_rank = 4 * mine.len();
        let submitted =
            self.gpu.submit("training step (the ranks' shares summed, Adam)", self.step.combine_launches())?;
        Ok((submitted, any_stop))
    }
}
