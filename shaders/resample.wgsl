// Average pooling and nearest-neighbour upsampling by an integer factor f (docs/math.md,
// "Pooling and upsampling"), as two gathers between a fine image [n, c, fine_h, fine_w] and a
// coarse one [n, c, coarse_h, coarse_w], coarse = floor(fine / f):
//   pool:   coarse[n, c, i, j] = scale · Σ_{a, b < f} fine[n, c, f i + a, f j + b]
//           (a then b ascending: the same bits every run);
//   spread: fine[n, c, y, x] = scale · coarse[n, c, y / f, x / f] where y < f coarse_h and
//           x < f coarse_w, else 0 (the rows and columns a floor dropped).
// AvgPool2d is pool with scale 1/f², its backward spread with 1/f²; Upsample is spread with
// scale 1, its backward pool with 1. Both images are addressed through element strides (n, c, y,
// x), so either layout, channel-first or channel-last, is read and written in place.
// Prepended: common/flat_index.wgsl.

struct ResampleParams {
    batch: u32,
    channels: u32,
    coarse_h: u32,
    coarse_w: u32,
    fine_h: u32,
    fine_w: u32,
    factor: u32,
    scale: f32,
    // Element strides of (n, c, y, x) in the coarse image, then in the fine one.
    coarse_strides: vec4<u32>,
    fine_strides: vec4<u32>,
}

@group(0) @binding(0) var<uniform> p: ResampleParams;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read_write> dst: array<f32>;

// The (n, c, y, x) of element t of an image of `height` × `width`, counted in that order.
fn position(t: u32, height: u32, width: u32) -> vec4<u32> {
    let x = t % width;
    let y = (t / width) % height;
    let nc = t / (width * height);
    return vec4<u32>(nc / p.channels, nc % p.channels, y, x);
}

// The index of element `at` (n, c, y, x) through `strides` (WGSL's dot takes no u32 on every
// backend).
fn index(at: vec4<u32>, strides: vec4<u32>) -> u32 {
    return at.x * strides.x + at.y * strides.y + at.z * strides.z + at.w * strides.w;
}

// One invocation per coarse element: the sum of its f × f fine elements.
@compute @workgroup_size(64)
fn pool(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.channels * p.coarse_h * p.coarse_w) {
        return;
    }
    let at = position(t, p.coarse_h, p.coarse_w);
    let fs = p.fine_strides;
    let corner = at.x * fs.x + at.y * fs.y + p.factor * (at.z * fs.z + at.w * fs.w);
    var sum = 0.0;
    for (var a = 0u; a < p.factor; a++) {
        for (var b = 0u; b < p.factor; b++) {
            sum += src[corner + a * fs.z + b * fs.w];
        }
    }
    dst[index(at, p.coarse_strides)] = p.scale * sum;
}

// One invocation per fine element: its coarse element's value, scaled (0 past the coarse grid).
@compute @workgroup_size(64)
fn spread(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    if (t >= p.batch * p.channels * p.fine_h * p.fine_w) {
        return;
    }
    let at = position(t, p.fine_h, p.fine_w);
    var value = 0.0;
    if (at.z < p.factor * p.coarse_h && at.w < p.factor * p.coarse_w) {
        let coarse = vec4<u32>(at.x, at.y, at.z / p.factor, at.w / p.factor);
        value = p.scale * src[index(coarse, p.coarse_strides)];
    }
    dst[index(at, p.fine_strides)] = value;
}
