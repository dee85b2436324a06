//! The held-out ELBO the trainer reports each epoch: the held-out set on the GPU, the forward
//! passes that cover it, and the same binarization and ε at every call so that epochs compare
//! on equal terms. Data-parallel, the batches are dealt to the ranks and their sums added in
//! batch order, so the number is the one process's.

use super::Trainer;
use super::metrics::{BoundMeans, EVAL_METRICS};
use super::options::TrainOptions;
use crate::data::Dataset;
use crate::data::gpu_images::GpuImages;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, GpuBuffer};
use crate::kernels::sample::SampleOrigin;
use crate::model::forward::{BoundSpec, ForwardPass, Proposal};
use crate::model::gpu_params::GpuParams;
use crate::model::{ModelConfig, Objective};
use crate::reference::rng::Stream;

/// The held-out set on the GPU and the forward passes that cover it (a remainder pass when
/// the batch does not divide it).
pub(super) struct Evaluation<'d> {
    data: GpuImages<'d>,
    passes: Vec<(ForwardPass, u32)>,
    images: u32,
}

const EVAL_BATCH: u32 = 500;

impl Trainer<'_> {
    /// The held-out ELBO (one sample per image, analytic KL) with the same binarization and ε
    /// at every call, so epochs compare on equal terms. None without held-out data.
    pub async fn evaluate(&mut self) -> Result<Option<BoundMeans>> {
        let Some(eval) = &mut self.eval else { return Ok(None) };
        // Data-parallel: batch b on rank b mod ranks, each batch's sums read back on its own.
        let (rank, size) = self.ranks.map_or((0, 1), |r| (r.rank(), r.size()));
        let mut totals = vec![];
        self.gpu.write(&self.metrics, EVAL_METRICS as usize, &[0.0; 3])?;
        let seed = self.options.seed;
        let (mut offset, mut batch) = (0, 0);
        for (pass, batches) in &mut eval.passes {
            for _ in 0..*batches {
                if batch % size == rank {
                    let binarize = Stream::HeldOutBinarize.key(seed, batch);
                    let eps = Stream::HeldOutEps.key(seed, batch);
                    let index = eval.data.buffers().index;
                    eval.data.stage(self.gpu, offset, pass.shape.points)?;
                    pass.set_batch(self.gpu, index, offset, binarize, eps, SampleOrigin::default())?;
                    self.gpu.submit("held-out evaluation", pass.launches())?;
                    if self.ranks.is_some() {
                        let sums = self.gpu.read_async(&self.metrics).await?;
                        totals.extend_from_slice(&sums[EVAL_METRICS as usize..][..3]);
                        self.gpu.write(&self.metrics, EVAL_METRICS as usize, &[0.0; 3])?;
                    }
                } else {
                    totals.extend_from_slice(&[0.0; 3]);
                }
                offset += pass.shape.points;
                batch += 1;
            }
        }
        let sums = match self.ranks {
            None => {
                let sums = self.gpu.read_async(&self.metrics).await?;
                [0, 1, 2].map(|k| sums[EVAL_METRICS as usize + k])
            }
            // Every batch's sums from its rank, added in batch order as one process's GPU adds
            // them (an f32 addition is the same everywhere), so the held-out ELBO is the same.
            Some(ranks) => {
                let all = ranks.all_gather(&totals)?;
                let mut sums = [0f32; 3];
                for b in 0..batch {
                    let from = &all[(b % size) as usize * totals.len() + 3 * b as usize..][..3];
                    for (s, v) in sums.iter_mut().zip(from) {
                        *s += v;
                    }
                }
                sums
            }
        };
        Ok(Some(BoundMeans::from_sums(&sums, eval.images as u64)))
    }
}

impl<'d> Evaluation<'d> {
    pub(super) fn build(
        gpu: &Gpu,
        config: &ModelConfig,
        options: &TrainOptions,
        params: &GpuParams,
        test: &'d Dataset,
        metrics: &GpuBuffer<f32>,
    ) -> Result<Evaluation<'d>> {
        test.check_shape(config, "held-out data")?;
        let images = test.count as u32;
        if images == 0 {
            return Err(Error::Invalid(format!("held-out data {}: no images", test.source.display())));
        }
        let full = EVAL_BATCH.min(images);
        let data = GpuImages::new(gpu, test, images, full, options.data_mode, "held-out")?;
        let mut passes = vec![];
        for (points, batches) in [(full, images / full), (images % full, 1)] {
            if points == 0 {
                continue;
            }
            let pass = ForwardPass::build(
                gpu,
                config,
                params,
                data.buffers(),
                points,
                1,
                1,
                Proposal::Encoder,
                Some(BoundSpec { objective: Objective::Elbo, metrics, slot: EVAL_METRICS }),
                options.binarize,
                options.kernel,
            )?;
            passes.push((pass, batches));
        }
        Ok(Evaluation { data, passes, images })
    }
}
