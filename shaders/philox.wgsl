// Philox4x32-10 (Salmon et al. 2011), keyed by (seed, stream). A flat stream's counter is
// (block, offset, 0, 0); a row's stream (one image, or one sample of one image) is
// (block, offset, point, sample), so a row's numbers do not depend on how rows are batched.
// The u32 stream mirrors src/reference/rng.rs bit for bit, and the normals its f64 formula to a
// relative 1e-6 on any conformant driver. WGSL has no 64-bit integers, so the 32x32->64
// multiply is assembled from 16-bit halves. Prepended to every shader that draws numbers.

struct RngKey { seed: u32, stream: u32, offset: u32 }

fn philox_mulhilo(a: u32, b: u32) -> vec2<u32> {
    let al = a & 0xffffu;
    let ah = a >> 16u;
    let bl = b & 0xffffu;
    let bh = b >> 16u;
    let ll = al * bl;
    let lh = al * bh;
    let hl = ah * bl;
    let mid = (ll >> 16u) + (lh & 0xffffu) + (hl & 0xffffu);
    let hi = ah * bh + (lh >> 16u) + (hl >> 16u) + (mid >> 16u);
    return vec2<u32>(hi, a * b);
}

fn philox4x32_10(counter: vec4<u32>, key: vec2<u32>) -> vec4<u32> {
    var c = counter;
    var k = key;
    for (var round = 0u; round < 10u; round++) {
        let p0 = philox_mulhilo(0xD2511F53u, c.x);
        let p1 = philox_mulhilo(0xCD9E8D57u, c.z);
        c = vec4<u32>(p1.x ^ c.y ^ k.x, p1.y, p0.x ^ c.w ^ k.y, p0.y);
        k += vec2<u32>(0x9E3779B9u, 0xBB67AE85u);
    }
    return c;
}

fn rng_block(key: RngKey, block: u32) -> vec4<u32> {
    return rng_row_block(key, block, 0u, 0u);
}

fn rng_row_block(key: RngKey, block: u32, point: u32, sample: u32) -> vec4<u32> {
    return philox4x32_10(vec4<u32>(block, key.offset, point, sample), vec2<u32>(key.seed, key.stream));
}

// ((x >> 9) + 0.5) / 2^23: exact in f32, inside (0, 1).
fn rng_uniform(x: u32) -> f32 {
    return (f32(x >> 9u) + 0.5) * (1.0 / 8388608.0);
}

// Standard normals that mean the same on every driver (docs/math.md, "Random draws"): Box-Muller
// built only from operations whose WGSL accuracy is tight (add, multiply, compare, bit
// operations, one division and one sqrt). The built-in sin, cos and log are not used: WGSL lets
// sin and cos be 2^-11 off, and log 2^-21 absolute on [0.5, 2], far from a relative 1e-6.

// ln 2 split so that e * RNG_LN2_HI is exact for |e| < 128 (fdlibm's split).
const RNG_LN2_HI: f32 = 0.6931381225585938;
const RNG_LN2_LO: f32 = 9.058001523953862e-06;
const RNG_SQRT2: f32 = 1.4142135623730951;

// ln u for a normal positive f32 u: u = m 2^e with m in [sqrt(1/2), sqrt(2)) from the bits,
// ln m = 2 atanh(s), s = (m - 1) / (m + 1) in [-0.1716, 0.1716], the odd series through s^9
// (truncation under 2.3e-9 relative). m - 1 is exact (Sterbenz), so ln u stays relatively
// accurate near u = 1.
fn rng_log(u: f32) -> f32 {
    let bits = bitcast<u32>(u);
    var e = f32(i32(bits >> 23u) - 127);
    var m = bitcast<f32>((bits & 0x007fffffu) | 0x3f800000u);
    if (m > RNG_SQRT2) {
        m = 0.5 * m;
        e = e + 1.0;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let ln_m = s * (2.0 + s2 * (0.6666666666666666 + s2 * (0.4 + s2 * (0.2857142857142857 + s2 * 0.2222222222222222))));
    return e * RNG_LN2_HI + (e * RNG_LN2_LO + ln_m);
}

// (cos(pi a / 2), sin(pi a / 2)) for a in [0, 1/2]: Taylor series in a^2 through a^10 and
// a^11 (truncation under 1.2e-10 absolute).
fn rng_quarter_cos_sin(a: f32) -> vec2<f32> {
    let a2 = a * a;
    let c = 1.0 + a2 * (-1.2337005501361697 + a2 * (0.253669507901048 + a2 * (-0.020863480763352957
        + a2 * (0.0009192602748394263 + a2 * -2.5202042373060596e-05))));
    let s = a * (1.5707963267948966 + a2 * (-0.6459640975062462 + a2 * (0.07969262624616703
        + a2 * (-0.004681754135318687 + a2 * (0.00016044118478735975 + a2 * -3.598843235212084e-06)))));
    return vec2<f32>(c, s);
}

// (cos 2 pi u, sin 2 pi u) for u in [0, 1). t = 4u is exact, so the quadrant q = floor(t) and
// f = t - q are exact; past f = 1/2 the pair is taken from a = 1 - f (exact) and swapped, so
// each value near zero comes from the sine series and keeps its relative accuracy.
fn rng_cos_sin_turn(u: f32) -> vec2<f32> {
    let t = 4.0 * u;
    let q = floor(t);
    let f = t - q;
    var cs: vec2<f32>;
    if (f <= 0.5) {
        cs = rng_quarter_cos_sin(f);
    } else {
        cs = rng_quarter_cos_sin(1.0 - f).yx;
    }
    switch u32(q) {
        case 1u: { return vec2<f32>(-cs.y, cs.x); }
        case 2u: { return -cs; }
        case 3u: { return vec2<f32>(cs.y, -cs.x); }
        default: { return cs; }
    }
}

// Box-Muller: r = sqrt(-2 ln u0), angle 2 pi u1; (r cos, r sin).
fn rng_box_muller(x0: u32, x1: u32) -> vec2<f32> {
    let r = sqrt(-2.0 * rng_log(rng_uniform(x0)));
    return r * rng_cos_sin_turn(rng_uniform(x1));
}

fn rng_normals(x: vec4<u32>) -> vec4<f32> {
    return vec4<f32>(rng_box_muller(x.x, x.y), rng_box_muller(x.z, x.w));
}

fn rng_normal_block(key: RngKey, block: u32) -> vec4<f32> {
    return rng_normals(rng_block(key, block));
}
