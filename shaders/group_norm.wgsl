// GroupNorm's shared part (docs/math.md, "Group normalization"): the parameters and where the
// k-th value of an image's group lies. Each image's C channels form G groups of C/G channels;
// a group's n = (C/G)·H·W values are taken in (channel, row, column) order, always the same, so
// its sums come out the same bits every run and do not depend on the batch around the image.
// The image is addressed through element strides (n, c, y, x): channel-first or channel-last.
// Prepended: common/flat_index.wgsl. Appended: group_norm_forward.wgsl or
// group_norm_backward.wgsl.

struct GroupNormParams {
    batch: u32,
    channels: u32,
    groups: u32,
    height: u32,
    width: u32,
    eps: f32,
    _pad0: u32,
    _pad1: u32,
    // Element strides of (n, c, y, x).
    strides: vec4<u32>,
}

@group(0) @binding(0) var<uniform> p: GroupNormParams;

fn group_len() -> u32 {
    return p.channels / p.groups * p.height * p.width;
}

fn element(n: u32, c: u32, y: u32, x: u32) -> u32 {
    return n * p.strides.x + c * p.strides.y + y * p.strides.z + x * p.strides.w;
}

// The index of the k-th value of image n's group g.
fn group_element(n: u32, g: u32, k: u32) -> u32 {
    let plane = p.height * p.width;
    let yx = k % plane;
    return element(n, g * (p.channels / p.groups) + k / plane, yx / p.width, yx % p.width);
}

// The (n, c, y, x) of element t counted in that order.
fn position(t: u32) -> vec4<u32> {
    let plane = p.height * p.width;
    let nc = t / plane;
    let yx = t % plane;
    return vec4<u32>(nc / p.channels, nc % p.channels, yx / p.width, yx % p.width);
}
