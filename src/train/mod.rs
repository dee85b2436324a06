//! Training: the options and their checks ([`options`]), the step on the GPU ([`step`]), the
//! [`Trainer`] that feeds it ([`trainer`]), the exchange between data-parallel ranks
//! ([`exchange`]), the held-out ELBO ([`held_out`]), the numbers of a run and metrics.csv
//! ([`metrics`]), the schedules of β and the learning rate ([`schedule`]), the saved state a
//! run resumes from ([`state`]), its pictures ([`pictures`]) and the `wgvae train` loop
//! ([`run`]).

pub mod exchange;
pub mod held_out;
pub mod metrics;
pub mod options;
pub mod pictures;
pub mod run;
pub mod schedule;
pub mod state;
pub mod step;
pub mod trainer;

pub use metrics::BoundMeans;
pub use options::TrainOptions;
pub use trainer::Trainer;
