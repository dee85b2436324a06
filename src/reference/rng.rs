//! Philox4x32-10 (Salmon et al. 2011) and the uniforms and normals built from it, exactly as
//! shaders/philox.wgsl computes them: the u32 stream is bit-for-bit the GPU's.

const M0: u32 = 0xD251_1F53;
const M1: u32 = 0xCD9E_8D57;
const W0: u32 = 0x9E37_79B9;
const W1: u32 = 0xBB67_AE85;

fn mulhilo(a: u32, b: u32) -> (u32, u32) {
    let p = a as u64 * b as u64;
    ((p >> 32) as u32, p as u32)
}

/// Ten Philox rounds of `counter` under `key`.
pub fn philox4x32_10(counter: [u32; 4], key: [u32; 2]) -> [u32; 4] {
    let (mut c, mut k) = (counter, key);
    for _ in 0..10 {
        let (hi0, lo0) = mulhilo(M0, c[0]);
        let (hi1, lo1) = mulhilo(M1, c[2]);
        c = [hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0];
        k = [k[0].wrapping_add(W0), k[1].wrapping_add(W1)];
    }
    c
}

/// Where a random stream comes from: key (seed, stream), counter (block, offset, 0, 0).
/// `offset` lets a caller draw fresh numbers per step without changing the key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RngKey {
    pub seed: u32,
    pub stream: u32,
    pub offset: u32,
}

/// Every random stream wgvae draws from, by the id its keys carry: one list, so that no two uses
/// can share a stream (the compiler refuses equal discriminants). Changing an id changes the
/// numbers of every run that draws from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Dynamic binarization of the training batches.
    TrainBinarize = 1,
    /// The training step's ε.
    TrainEps = 2,
    /// The held-out ELBO's binarization and ε during training (`--eval-every` and each epoch).
    HeldOutBinarize = 3,
    HeldOutEps = 4,
    /// `wgvae eval`: binarization, the encoder's ε and the naive estimate's prior samples.
    EvalBinarize = 11,
    EvalEps = 12,
    EvalPrior = 13,
    /// Samples from the prior (pictures, `wgvae sample`) and pixels drawn from the decoder.
    PriorSamples = 21,
    DecoderDraws = 22,
    /// The latent mixture's samples: the component, then the normal.
    MixtureComponent = 23,
    MixtureNormal = 24,
}

impl Stream {
    /// The key of this stream under `seed`, at counter offset `offset`.
    pub const fn key(self, seed: u32, offset: u32) -> RngKey {
        RngKey { seed, stream: self as u32, offset }
    }
}

/// The 4 u32 of block `block` (elements 4·block .. 4·block + 3 of the stream).
pub fn block(key: RngKey, block: u32) -> [u32; 4] {
    row_block(key, block, 0, 0)
}

/// Block `block` of the stream of one row: data point `point`, sample `sample`. Keying rows
/// by (point, sample) makes their numbers independent of how rows are grouped into launches.
pub fn row_block(key: RngKey, block: u32, point: u32, sample: u32) -> [u32; 4] {
    philox4x32_10([block, key.offset, point, sample], [key.seed, key.stream])
}

/// Element `i` of the u32 stream.
pub fn u32_at(key: RngKey, i: u32) -> u32 {
    block(key, i / 4)[(i % 4) as usize]
}

/// A uniform in (0, 1) from the top 23 bits: ((x >> 9) + 0.5) / 2^23 is exact in f32, so it
/// is the same on every device and never 0 or 1 (log u stays finite).
pub fn uniform(x: u32) -> f32 {
    ((x >> 9) as f32 + 0.5) * (1.0 / 8_388_608.0)
}

/// Box–Muller on a pair of uniforms: r = sqrt(-2 ln u0), θ = 2π u1, (r cos θ, r sin θ),
/// computed in f64 from the exact f32 uniforms. The GPU evaluates the same formula with its own
/// logarithm and quarter-turn series (shaders/philox.wgsl, docs/math.md, "Random draws") from
/// operations whose accuracy WGSL pins, so its normals agree with these to a relative
/// [`NORMAL_RELATIVE_BOUND`] on every conformant driver.
pub fn box_muller(x0: u32, x1: u32) -> [f32; 2] {
    let r = (-2.0 * (uniform(x0) as f64).ln()).sqrt();
    let theta = std::f64::consts::TAU * uniform(x1) as f64;
    [(r * theta.cos()) as f32, (r * theta.sin()) as f32]
}

/// How far, relative to its own size, a GPU normal may be from [`box_muller`] on a conformant
/// driver, from the accuracies WGSL grants (in units of f32's ε = 2^-23, FMA contraction
/// allowed): ln u ≤ 5 (the division 2.5, the series and the sums 2.5), so sqrt(-2 ln u) ≤
/// 2.5 + 4.5 (sqrt is inherited from 1 / inverseSqrt: 2 + 2.5); the quarter-turn series ≤ 2;
/// the product 0.5; the final rounding of the f64 reference to f32 0.5. Total 12 ε.
pub const NORMAL_RELATIVE_BOUND: f64 = 12.0 * f32::EPSILON as f64;

/// The 4 standard normals of 4 u32: Box–Muller on (x0, x1) and on (x2, x3).
fn normals(x: [u32; 4]) -> [f32; 4] {
    let [n0, n1] = box_muller(x[0], x[1]);
    let [n2, n3] = box_muller(x[2], x[3]);
    [n0, n1, n2, n3]
}

/// The first `n` standard normals of the stream of row (`point`, `sample`).
pub fn row_normals(key: RngKey, point: u32, sample: u32, n: usize) -> Vec<f32> {
    (0..n as u32).map(|i| normals(row_block(key, i / 4, point, sample))[(i % 4) as usize]).collect()
}

/// Element `i` of the standard normal stream.
pub fn normal_at(key: RngKey, i: u32) -> f32 {
    normals(block(key, i / 4))[(i % 4) as usize]
}

/// Element `i` of the uniform stream.
pub fn uniform_at(key: RngKey, i: u32) -> f32 {
    uniform(u32_at(key, i))
}

/// The first `n` elements of each stream, as the GPU's rng kernels write them.
pub fn u32_stream(key: RngKey, n: usize) -> Vec<u32> {
    (0..n as u32).map(|i| u32_at(key, i)).collect()
}

pub fn uniform_stream(key: RngKey, n: usize) -> Vec<f32> {
    (0..n as u32).map(|i| uniform_at(key, i)).collect()
}

pub fn normal_stream(key: RngKey, n: usize) -> Vec<f32> {
    (0..n as u32).map(|i| normal_at(key, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random123_known_answers() {
        assert_eq!(philox4x32_10([0; 4], [0; 2]), [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
        assert_eq!(philox4x32_10([u32::MAX; 4], [u32::MAX; 2]), [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]);
        assert_eq!(
            philox4x32_10([0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344], [0xa4093822, 0x299f31d0]),
            [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]
        );
    }

    #[test]
    fn uniforms_stay_inside_the_open_interval() {
        assert!(uniform(0) > 0.0 && uniform(u32::MAX) < 1.0);
        assert_eq!(uniform(0), 0.5 / 8_388_608.0);
    }

    #[test]
    fn normals_have_unit_moments() {
        let n = normal_stream(RngKey { seed: 7, stream: 1, offset: 0 }, 200_000);
        let mean = n.iter().map(|&v| v as f64).sum::<f64>() / n.len() as f64;
        let var = n.iter().map(|&v| (v as f64 - mean).powi(2)).sum::<f64>() / n.len() as f64;
        assert!(mean.abs() < 0.01 && (var - 1.0).abs() < 0.01, "mean {mean} var {var}");
    }
}
