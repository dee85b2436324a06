//! Training: the GPU step graph ([`step`]) and the loop that feeds it.

pub mod step;
