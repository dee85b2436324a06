// The two gathers that turn convolutions into the engine's matmuls (docs/math.md, "Convolutions as
// matrix products"). A window of kernel_h × kernel_w visits an image of `channels` × height ×
// width at grid_h × grid_w positions (stride, padding): for Conv2d the grid is its output, for
// ConvTranspose2d its input.
//   im2col: col[(n, i, j), (c, u, v)] = image[n, c, stride i + u - pad, stride j + v - pad]
//           (0 outside the image): a [batch grid_h grid_w, channels kernel_h kernel_w] matrix.
//   col2im: its adjoint, image[n, c, y, x] = act(bias[c] + the sum of col[(n, i, j), (c, u, v)]
//           over every (i, j, u, v) with stride i + u - pad = y and stride j + v - pad = x),
//           a gather per image element (no atomics, so the same bits every run), u then v
//           ascending.
// The image is addressed through element strides (n, c, y, x): channel-first (NCHW, PyTorch's
// and the data's layout) and channel-last (NHWC, the rows of a matmul) alike.
// Prepended: common/activation.wgsl, common/flat_index.wgsl.

struct ConvParams {
    batch: u32,
    channels: u32,
    height: u32,
    width: u32,
    grid_h: u32,
    grid_w: u32,
    kernel_h: u32,
    kernel_w: u32,
    stride_h: u32,
    stride_w: u32,
    pad_h: u32,
    pad_w: u32,
    stride_n: u32,
    stride_c: u32,
    stride_y: u32,
    stride_x: u32,
    has_bias: u32,
    act: u32,
}

@group(0) @binding(0) var<uniform> p: ConvParams;
@group(0) @binding(1) var<storage, read> src: array<f32>;
@group(0) @binding(2) var<storage, read> bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> dst: array<f32>;

// One invocation per row of col and channel: its kernel_h × kernel_w values, which lie side by
// side in col. (Per element, the integer divisions that locate it cost more than the copy on
// software adapters, which have no vector division.)
@compute @workgroup_size(64)
fn im2col(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    let cells = p.grid_h * p.grid_w;
    if (t >= p.batch * cells * p.channels) {
        return;
    }
    let row = t / p.channels;
    let c = t - row * p.channels;
    let n = row / cells;
    let ij = row - n * cells;
    let i = ij / p.grid_w;
    let j = ij - i * p.grid_w;
    let window = p.kernel_h * p.kernel_w;
    let out = row * p.channels * window + c * window;
    let image = n * p.stride_n + c * p.stride_c;
    // In i32: the padding makes the first rows and columns negative.
    let y0 = i32(p.stride_h * i) - i32(p.pad_h);
    let x0 = i32(p.stride_w * j) - i32(p.pad_w);
    for (var u = 0u; u < p.kernel_h; u++) {
        let y = y0 + i32(u);
        let inside_y = y >= 0 && y < i32(p.height);
        for (var v = 0u; v < p.kernel_w; v++) {
            let x = x0 + i32(v);
            var value = 0.0;
            if (inside_y && x >= 0 && x < i32(p.width)) {
                value = src[image + u32(y) * p.stride_y + u32(x) * p.stride_x];
            }
            dst[out + u * p.kernel_w + v] = value;
        }
    }
}

// One invocation per image element, in the order (n, c, y, x); written through the strides.
// The taps that reach (y, x) are u ≡ y + pad (mod stride), u = r, r + stride, … with grid row
// i = (y + pad − u) / stride falling by one each step: no division in the loops.
@compute @workgroup_size(64)
fn col2im(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    let plane = p.height * p.width;
    if (t >= p.batch * p.channels * plane) {
        return;
    }
    let nc = t / plane;
    let yx = t - nc * plane;
    let n = nc / p.channels;
    let c = nc - n * p.channels;
    let y = yx / p.width;
    let x = yx - y * p.width;
    let window = p.kernel_h * p.kernel_w;
    let cols = p.channels * window;
    let yu = y + p.pad_h;
    let xv = x + p.pad_w;
    let ru = yu % p.stride_h;
    let rv = xv % p.stride_w;
    let last_u = min(p.kernel_h, yu + 1u);
    let last_v = min(p.kernel_w, xv + 1u);
    let first_j = (xv - rv) / p.stride_w;
    var sum = 0.0;
    var i = (yu - ru) / p.stride_h;
    for (var u = ru; u < last_u; u += p.stride_h) {
        if (i < p.grid_h) {
            let base = (n * p.grid_h + i) * p.grid_w;
            var j = first_j;
            for (var v = rv; v < last_v; v += p.stride_w) {
                if (j < p.grid_w) {
                    sum += src[(base + j) * cols + c * window + u * p.kernel_w + v];
                }
                j -= 1u;
            }
        }
        i -= 1u;
    }
    if (p.has_bias != 0u) {
        sum += bias[c];
    }
    dst[n * p.stride_n + c * p.stride_c + y * p.stride_y + x * p.stride_x] = act_forward(sum, p.act);
}

// sums[c] = Σ over (n, y, x) of image[n, c, y, x] (a ConvTranspose2d's bias gradient): one
// invocation per channel, the images in order, each row by row.
@compute @workgroup_size(64)
fn channel_sums(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let c = flat_index(gid, groups);
    if (c >= p.channels) {
        return;
    }
    var sum = 0.0;
    for (var n = 0u; n < p.batch; n++) {
        for (var y = 0u; y < p.height; y++) {
            for (var x = 0u; x < p.width; x++) {
                sum += src[n * p.stride_n + c * p.stride_c + y * p.stride_y + x * p.stride_x];
            }
        }
    }
    dst[c] = sum;
}
