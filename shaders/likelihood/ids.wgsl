// The decoder likelihoods' ids, what `likelihood` in the density and decoder-gradient kernels'
// parameters holds. Defined here only: the Rust side reads them from this file
// (model::likelihood::Likelihood::kernel_id).
const LIKELIHOOD_BERNOULLI: u32 = 0u;
const LIKELIHOOD_GAUSSIAN: u32 = 1u;
const LIKELIHOOD_LOGISTIC: u32 = 2u;
