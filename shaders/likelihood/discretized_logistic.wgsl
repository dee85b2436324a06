// The discretized logistic of one subpixel (docs/math.md, "The discretized logistic and bits per
// dimension"; Salimans et al. 2017, one component): x = k / 255 for k in 0..255, mean m,
// log-scale l, half-bin h = 1 / 510,
//   a = (x + h - m) e^-l,  b = (x - h - m) e^-l,
//   log P = log sigmoid(a)                                 (k = 0: the bin takes the lower tail)
//         = log sigmoid(-b)                                (k = 255: the upper tail)
//         = log sigmoid(a) + log sigmoid(-b) + log1mexp(a - b)   (otherwise)
// The last is sigmoid(a) - sigmoid(b) without subtracting two numbers near 1; a - b is taken
// as 2h e^-l, never as the difference. Gradients, with s(t) = sigmoid(t):
//   k = 0:    d/dm = -e^-l s(-a),             d/dl = -a s(-a)
//   k = 255:  d/dm =  e^-l s(b),              d/dl =  b s(b)
//   else:     d/dm = -e^-l (s(-a) - s(b)),   d/dl = -a s(-a) + b s(b) - (a - b) / expm1(a - b)
// Mirrors src/reference/density.rs. Needs common/activation.wgsl (softplus, sigmoid, log_1p).

const HALF_BIN: f32 = 0.00196078431372549;  // 1 / 510

// e^d - 1 without losing the small d (WGSL has no expm1): below |d| = 0.7 its Taylor series
// to d^10 / 10! (truncation under 1e-9 relative), which unlike Kahan's (u - 1) d / log(u)
// does not lean on the adapter's exp and log being accurate next to 1 (llvmpipe's are not
// to f32 precision there).
fn exp_m1(d: f32) -> f32 {
    if (abs(d) >= 0.7) {
        return exp(d) - 1.0;
    }
    var t = 1.0 / 3628800.0;
    t = t * d + 1.0 / 362880.0;
    t = t * d + 1.0 / 40320.0;
    t = t * d + 1.0 / 5040.0;
    t = t * d + 1.0 / 720.0;
    t = t * d + 1.0 / 120.0;
    t = t * d + 1.0 / 24.0;
    t = t * d + 1.0 / 6.0;
    t = t * d + 0.5;
    t = t * d + 1.0;
    return t * d;
}

// log(1 - e^-d) for d > 0 (Maechler 2012: through expm1 below ln 2, log1p above).
fn log1mexp(d: f32) -> f32 {
    if (d < 0.6931471805599453) {
        return log(-exp_m1(-d));
    }
    return log_1p(-exp(-d));
}

// Which bin x = k / 255 is: 0 for k = 0, 2 for k = 255, 1 between.
fn logistic_bin(x: f32) -> u32 {
    let k = x * 255.0;
    return select(select(1u, 2u, k > 254.5), 0u, k < 0.5);
}

fn logistic_log_prob(x: f32, m: f32, l: f32) -> f32 {
    let inv_s = exp(-l);
    let r = x - m;  // first: exact when x and m are close (Sterbenz), where a and b are small
    let a = (r + HALF_BIN) * inv_s;
    let b = (r - HALF_BIN) * inv_s;
    switch logistic_bin(x) {
        case 0u: { return -softplus(-a); }
        case 2u: { return -softplus(b); }
        default: { return -softplus(-a) - softplus(b) + log1mexp(2.0 * HALF_BIN * inv_s); }
    }
}

// (d log P / dm, d log P / dl).
fn logistic_log_prob_grad(x: f32, m: f32, l: f32) -> vec2<f32> {
    let inv_s = exp(-l);
    let r = x - m;  // first: exact when x and m are close (Sterbenz), where a and b are small
    let a = (r + HALF_BIN) * inv_s;
    let b = (r - HALF_BIN) * inv_s;
    let sa = sigmoid(-a);
    let sb = sigmoid(b);
    switch logistic_bin(x) {
        case 0u: { return vec2<f32>(-inv_s * sa, -a * sa); }
        case 2u: { return vec2<f32>(inv_s * sb, b * sb); }
        default: {
            let d = 2.0 * HALF_BIN * inv_s;
            return vec2<f32>(-inv_s * (sa - sb), -a * sa + b * sb - d / exp_m1(d));
        }
    }
}

// The logistic's log P is about -5.5 nats a subpixel or less, so a 3,072-value CIFAR image sums
// to -17,000 or below, where one f32 ulp is 0.002: a plain running sum's error grows with every
// addition and goes into the IWAE weights (their softmax sees differences of log w). The
// kernels sum blocks of 16 subpixels first and then the blocks, which keeps most additions
// small. (Kahan's compensated sum is no use here: Mesa simplifies (t - s) - y to 0.)
const LOGISTIC_BLOCK: u32 = 16u;
