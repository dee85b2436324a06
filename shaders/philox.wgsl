// Philox4x32-10 (Salmon et al. 2011), keyed by (seed, stream). A flat stream's counter is
// (block, offset, 0, 0); a row's stream (one image, or one sample of one image) is
// (block, offset, point, sample), so a row's numbers do not depend on how rows are batched.
// Mirrors src/reference/rng.rs bit for bit. WGSL has no 64-bit integers, so the 32x32->64
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

const PI: f32 = 3.14159265358979323846;

// Box-Muller with the angle in (-pi, pi), where GPU sin and cos are specified.
fn rng_box_muller(x0: u32, x1: u32) -> vec2<f32> {
    let r = sqrt(-2.0 * log(rng_uniform(x0)));
    let theta = PI * (2.0 * rng_uniform(x1) - 1.0);
    return vec2<f32>(r * cos(theta), r * sin(theta));
}

fn rng_normals(x: vec4<u32>) -> vec4<f32> {
    return vec4<f32>(rng_box_muller(x.x, x.y), rng_box_muller(x.z, x.w));
}

fn rng_normal_block(key: RngKey, block: u32) -> vec4<f32> {
    return rng_normals(rng_block(key, block));
}
