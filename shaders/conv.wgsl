// The two gathers that turn convolutions into the engine's matmuls (MATH.md §8). A window of
// kernel_h × kernel_w visits an image of `channels` × height × width at grid_h × grid_w
// positions (stride, padding): for Conv2d the grid is its output, for ConvTranspose2d its input.
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

// One invocation per element of col.
@compute @workgroup_size(64)
fn im2col(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let t = flat_index(gid, groups);
    let window = p.kernel_h * p.kernel_w;
    let cols = p.channels * window;
    if (t >= p.batch * p.grid_h * p.grid_w * cols) {
        return;
    }
    let row = t / cols;
    let q = t - row * cols;
    let c = q / window;
    let uv = q - c * window;
    let u = uv / p.kernel_w;
    let v = uv - u * p.kernel_w;
    let cells = p.grid_h * p.grid_w;
    let n = row / cells;
    let ij = row - n * cells;
    let i = ij / p.grid_w;
    let j = ij - i * p.grid_w;
    // In i32: the padding makes the first rows and columns negative.
    let y = i32(p.stride_h * i + u) - i32(p.pad_h);
    let x = i32(p.stride_w * j + v) - i32(p.pad_w);
    var value = 0.0;
    if (y >= 0 && y < i32(p.height) && x >= 0 && x < i32(p.width)) {
        value = src[n * p.stride_n + c * p.stride_c + u32(y) * p.stride_y + u32(x) * p.stride_x];
    }
    dst[t] = value;
}

// One invocation per image element, in the order (n, c, y, x); written through the strides.
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
    var sum = 0.0;
    for (var u = 0u; u < p.kernel_h; u++) {
        // i = (y + pad - u) / stride, where that is a whole number in [0, grid_h).
        let yu = y + p.pad_h;
        if (yu < u) {
            break;
        }
        let si = yu - u;
        let i = si / p.stride_h;
        if (i * p.stride_h != si || i >= p.grid_h) {
            continue;
        }
        for (var v = 0u; v < p.kernel_w; v++) {
            let xv = x + p.pad_w;
            if (xv < v) {
                break;
            }
            let sj = xv - v;
            let j = sj / p.stride_w;
            if (j * p.stride_w != sj || j >= p.grid_w) {
                continue;
            }
            let row = (n * p.grid_h + i) * p.grid_w + j;
            sum += src[row * cols + c * window + u * p.kernel_w + v];
        }
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
