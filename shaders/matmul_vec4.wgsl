// Register-blocked matmuls for software adapters (lavapipe): each invocation computes an 8x8
// block of C from vec4 loads, with no workgroup memory and no barriers. llvmpipe runs 8
// invocations as SIMD lanes, turns each lane's load into a scalar loop and each barrier into
// a coroutine switch, so the win is many FMAs per load. One entry point per layer layout,
// since the vec4 direction differs; each needs the dimensions it loads along to be multiples
// of 4 (src/kernels/matmul.rs checks, and falls back to matmul_strided otherwise).
// Prepended: common/activation.wgsl, common/matmul_params.wgsl.

@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;

// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0.
@compute @workgroup_size(8)
fn linear_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let xb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let x0 = xb + min(r0 + 0u, p.rows - 1u) * d4;
    let x1 = xb + min(r0 + 1u, p.rows - 1u) * d4;
    let x2 = xb + min(r0 + 2u, p.rows - 1u) * d4;
    let x3 = xb + min(r0 + 3u, p.rows - 1u) * d4;
    let x4 = xb + min(r0 + 4u, p.rows - 1u) * d4;
    let x5 = xb + min(r0 + 5u, p.rows - 1u) * d4;
    let x6 = xb + min(r0 + 6u, p.rows - 1u) * d4;
    let x7 = xb + min(r0 + 7u, p.rows - 1u) * d4;
    let w0 = wb + min(c0 + 0u, p.cols - 1u) * d4;
    let w1 = wb + min(c0 + 1u, p.cols - 1u) * d4;
    let w2 = wb + min(c0 + 2u, p.cols - 1u) * d4;
    let w3 = wb + min(c0 + 3u, p.cols - 1u) * d4;
    let w4 = wb + min(c0 + 4u, p.cols - 1u) * d4;
    let w5 = wb + min(c0 + 5u, p.cols - 1u) * d4;
    let w6 = wb + min(c0 + 6u, p.cols - 1u) * d4;
    let w7 = wb + min(c0 + 7u, p.cols - 1u) * d4;
    var acc0a = vec4<f32>(0.0);
    var acc0b = vec4<f32>(0.0);
    var acc1a = vec4<f32>(0.0);
    var acc1b = vec4<f32>(0.0);
    var acc2a = vec4<f32>(0.0);
    var acc2b = vec4<f32>(0.0);
    var acc3a = vec4<f32>(0.0);
    var acc3b = vec4<f32>(0.0);
    var acc4a = vec4<f32>(0.0);
    var acc4b = vec4<f32>(0.0);
    var acc5a = vec4<f32>(0.0);
    var acc5b = vec4<f32>(0.0);
    var acc6a = vec4<f32>(0.0);
    var acc6b = vec4<f32>(0.0);
    var acc7a = vec4<f32>(0.0);
    var acc7b = vec4<f32>(0.0);
    for (var k = 0u; k < d4; k++) {
        let wv0 = b4[w0 + k];
        let wv1 = b4[w1 + k];
        let wv2 = b4[w2 + k];
        let wv3 = b4[w3 + k];
        let wv4 = b4[w4 + k];
        let wv5 = b4[w5 + k];
        let wv6 = b4[w6 + k];
        let wv7 = b4[w7 + k];
        let xv0 = a4[x0 + k];
        acc0a += vec4<f32>(dot(xv0, wv0), dot(xv0, wv1), dot(xv0, wv2), dot(xv0, wv3));
        acc0b += vec4<f32>(dot(xv0, wv4), dot(xv0, wv5), dot(xv0, wv6), dot(xv0, wv7));
        let xv1 = a4[x1 + k];
        acc1a += vec4<f32>(dot(xv1, wv0), dot(xv1, wv1), dot(xv1, wv2), dot(xv1, wv3));
        acc1b += vec4<f32>(dot(xv1, wv4), dot(xv1, wv5), dot(xv1, wv6), dot(xv1, wv7));
        let xv2 = a4[x2 + k];
        acc2a += vec4<f32>(dot(xv2, wv0), dot(xv2, wv1), dot(xv2, wv2), dot(xv2, wv3));
        acc2b += vec4<f32>(dot(xv2, wv4), dot(xv2, wv5), dot(xv2, wv6), dot(xv2, wv7));
        let xv3 = a4[x3 + k];
        acc3a += vec4<f32>(dot(xv3, wv0), dot(xv3, wv1), dot(xv3, wv2), dot(xv3, wv3));
        acc3b += vec4<f32>(dot(xv3, wv4), dot(xv3, wv5), dot(xv3, wv6), dot(xv3, wv7));
        let xv4 = a4[x4 + k];
        acc4a += vec4<f32>(dot(xv4, wv0), dot(xv4, wv1), dot(xv4, wv2), dot(xv4, wv3));
        acc4b += vec4<f32>(dot(xv4, wv4), dot(xv4, wv5), dot(xv4, wv6), dot(xv4, wv7));
        let xv5 = a4[x5 + k];
        acc5a += vec4<f32>(dot(xv5, wv0), dot(xv5, wv1), dot(xv5, wv2), dot(xv5, wv3));
        acc5b += vec4<f32>(dot(xv5, wv4), dot(xv5, wv5), dot(xv5, wv6), dot(xv5, wv7));
        let xv6 = a4[x6 + k];
        acc6a += vec4<f32>(dot(xv6, wv0), dot(xv6, wv1), dot(xv6, wv2), dot(xv6, wv3));
        acc6b += vec4<f32>(dot(xv6, wv4), dot(xv6, wv5), dot(xv6, wv6), dot(xv6, wv7));
        let xv7 = a4[x7 + k];
        acc7a += vec4<f32>(dot(xv7, wv0), dot(xv7, wv1), dot(xv7, wv2), dot(xv7, wv3));
        acc7b += vec4<f32>(dot(xv7, wv4), dot(xv7, wv5), dot(xv7, wv6), dot(xv7, wv7));
    }
    let c_base = gid.z * p.c_batch;
    if (r0 + 0u < p.rows) {
        let row = c_base + (r0 + 0u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc0a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc0a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc0a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc0a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc0b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc0b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc0b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc0b.w, c0 + 7u); }
    }
    if (r0 + 1u < p.rows) {
        let row = c_base + (r0 + 1u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc1a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc1a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc1a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc1a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc1b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc1b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc1b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc1b.w, c0 + 7u); }
    }
    if (r0 + 2u < p.rows) {
        let row = c_base + (r0 + 2u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc2a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc2a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc2a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc2a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc2b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc2b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc2b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc2b.w, c0 + 7u); }
    }
    if (r0 + 3u < p.rows) {
        let row = c_base + (r0 + 3u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc3a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc3a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc3a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc3a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc3b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc3b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc3b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc3b.w, c0 + 7u); }
    }
    if (r0 + 4u < p.rows) {
        let row = c_base + (r0 + 4u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc4a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc4a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc4a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc4a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc4b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc4b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc4b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc4b.w, c0 + 7u); }
    }
    if (r0 + 5u < p.rows) {
        let row = c_base + (r0 + 5u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc5a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc5a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc5a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc5a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc5b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc5b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc5b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc5b.w, c0 + 7u); }
    }
    if (r0 + 6u < p.rows) {
        let row = c_base + (r0 + 6u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc6a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc6a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc6a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc6a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc6b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc6b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc6b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc6b.w, c0 + 7u); }
    }
    if (r0 + 7u < p.rows) {
        let row = c_base + (r0 + 7u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc7a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc7a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc7a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc7a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc7b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc7b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc7b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc7b.w, c0 + 7u); }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_input(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let c4 = p.cols / 4u;
    let g0 = c0 / 4u;
    let g1 = min(g0 + 1u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let z0 = zb + min(r0 + 0u, p.rows - 1u) * d4;
    let z1 = zb + min(r0 + 1u, p.rows - 1u) * d4;
    let z2 = zb + min(r0 + 2u, p.rows - 1u) * d4;
    let z3 = zb + min(r0 + 3u, p.rows - 1u) * d4;
    let z4 = zb + min(r0 + 4u, p.rows - 1u) * d4;
    let z5 = zb + min(r0 + 5u, p.rows - 1u) * d4;
    let z6 = zb + min(r0 + 6u, p.rows - 1u) * d4;
    let z7 = zb + min(r0 + 7u, p.rows - 1u) * d4;
    var acc0a = vec4<f32>(0.0);
    var acc0b = vec4<f32>(0.0);
    var acc1a = vec4<f32>(0.0);
    var acc1b = vec4<f32>(0.0);
    var acc2a = vec4<f32>(0.0);
    var acc2b = vec4<f32>(0.0);
    var acc3a = vec4<f32>(0.0);
    var acc3b = vec4<f32>(0.0);
    var acc4a = vec4<f32>(0.0);
    var acc4b = vec4<f32>(0.0);
    var acc5a = vec4<f32>(0.0);
    var acc5b = vec4<f32>(0.0);
    var acc6a = vec4<f32>(0.0);
    var acc6b = vec4<f32>(0.0);
    var acc7a = vec4<f32>(0.0);
    var acc7b = vec4<f32>(0.0);
    for (var k = 0u; k < d4; k++) {
        let w_row = wb + 4u * k * c4;
        let wa0 = b4[w_row + 0u * c4 + g0];
        let wb0 = b4[w_row + 0u * c4 + g1];
        let wa1 = b4[w_row + 1u * c4 + g0];
        let wb1 = b4[w_row + 1u * c4 + g1];
        let wa2 = b4[w_row + 2u * c4 + g0];
        let wb2 = b4[w_row + 2u * c4 + g1];
        let wa3 = b4[w_row + 3u * c4 + g0];
        let wb3 = b4[w_row + 3u * c4 + g1];
        let zv0 = a4[z0 + k];
        acc0a = fma(vec4<f32>(zv0.x), wa0, acc0a);
        acc0b = fma(vec4<f32>(zv0.x), wb0, acc0b);
        acc0a = fma(vec4<f32>(zv0.y), wa1, acc0a);
        acc0b = fma(vec4<f32>(zv0.y), wb1, acc0b);
        acc0a = fma(vec4<f32>(zv0.z), wa2, acc0a);
        acc0b = fma(vec4<f32>(zv0.z), wb2, acc0b);
        acc0a = fma(vec4<f32>(zv0.w), wa3, acc0a);
        acc0b = fma(vec4<f32>(zv0.w), wb3, acc0b);
        let zv1 = a4[z1 + k];
        acc1a = fma(vec4<f32>(zv1.x), wa0, acc1a);
        acc1b = fma(vec4<f32>(zv1.x), wb0, acc1b);
        acc1a = fma(vec4<f32>(zv1.y), wa1, acc1a);
        acc1b = fma(vec4<f32>(zv1.y), wb1, acc1b);
        acc1a = fma(vec4<f32>(zv1.z), wa2, acc1a);
        acc1b = fma(vec4<f32>(zv1.z), wb2, acc1b);
        acc1a = fma(vec4<f32>(zv1.w), wa3, acc1a);
        acc1b = fma(vec4<f32>(zv1.w), wb3, acc1b);
        let zv2 = a4[z2 + k];
        acc2a = fma(vec4<f32>(zv2.x), wa0, acc2a);
        acc2b = fma(vec4<f32>(zv2.x), wb0, acc2b);
        acc2a = fma(vec4<f32>(zv2.y), wa1, acc2a);
        acc2b = fma(vec4<f32>(zv2.y), wb1, acc2b);
        acc2a = fma(vec4<f32>(zv2.z), wa2, acc2a);
        acc2b = fma(vec4<f32>(zv2.z), wb2, acc2b);
        acc2a = fma(vec4<f32>(zv2.w), wa3, acc2a);
        acc2b = fma(vec4<f32>(zv2.w), wb3, acc2b);
        let zv3 = a4[z3 + k];
        acc3a = fma(vec4<f32>(zv3.x), wa0, acc3a);
        acc3b = fma(vec4<f32>(zv3.x), wb0, acc3b);
        acc3a = fma(vec4<f32>(zv3.y), wa1, acc3a);
        acc3b = fma(vec4<f32>(zv3.y), wb1, acc3b);
        acc3a = fma(vec4<f32>(zv3.z), wa2, acc3a);
        acc3b = fma(vec4<f32>(zv3.z), wb2, acc3b);
        acc3a = fma(vec4<f32>(zv3.w), wa3, acc3a);
        acc3b = fma(vec4<f32>(zv3.w), wb3, acc3b);
        let zv4 = a4[z4 + k];
        acc4a = fma(vec4<f32>(zv4.x), wa0, acc4a);
        acc4b = fma(vec4<f32>(zv4.x), wb0, acc4b);
        acc4a = fma(vec4<f32>(zv4.y), wa1, acc4a);
        acc4b = fma(vec4<f32>(zv4.y), wb1, acc4b);
        acc4a = fma(vec4<f32>(zv4.z), wa2, acc4a);
        acc4b = fma(vec4<f32>(zv4.z), wb2, acc4b);
        acc4a = fma(vec4<f32>(zv4.w), wa3, acc4a);
        acc4b = fma(vec4<f32>(zv4.w), wb3, acc4b);
        let zv5 = a4[z5 + k];
        acc5a = fma(vec4<f32>(zv5.x), wa0, acc5a);
        acc5b = fma(vec4<f32>(zv5.x), wb0, acc5b);
        acc5a = fma(vec4<f32>(zv5.y), wa1, acc5a);
        acc5b = fma(vec4<f32>(zv5.y), wb1, acc5b);
        acc5a = fma(vec4<f32>(zv5.z), wa2, acc5a);
        acc5b = fma(vec4<f32>(zv5.z), wb2, acc5b);
        acc5a = fma(vec4<f32>(zv5.w), wa3, acc5a);
        acc5b = fma(vec4<f32>(zv5.w), wb3, acc5b);
        let zv6 = a4[z6 + k];
        acc6a = fma(vec4<f32>(zv6.x), wa0, acc6a);
        acc6b = fma(vec4<f32>(zv6.x), wb0, acc6b);
        acc6a = fma(vec4<f32>(zv6.y), wa1, acc6a);
        acc6b = fma(vec4<f32>(zv6.y), wb1, acc6b);
        acc6a = fma(vec4<f32>(zv6.z), wa2, acc6a);
        acc6b = fma(vec4<f32>(zv6.z), wb2, acc6b);
        acc6a = fma(vec4<f32>(zv6.w), wa3, acc6a);
        acc6b = fma(vec4<f32>(zv6.w), wb3, acc6b);
        let zv7 = a4[z7 + k];
        acc7a = fma(vec4<f32>(zv7.x), wa0, acc7a);
        acc7b = fma(vec4<f32>(zv7.x), wb0, acc7b);
        acc7a = fma(vec4<f32>(zv7.y), wa1, acc7a);
        acc7b = fma(vec4<f32>(zv7.y), wb1, acc7b);
        acc7a = fma(vec4<f32>(zv7.z), wa2, acc7a);
        acc7b = fma(vec4<f32>(zv7.z), wb2, acc7b);
        acc7a = fma(vec4<f32>(zv7.w), wa3, acc7a);
        acc7b = fma(vec4<f32>(zv7.w), wb3, acc7b);
    }
    let c_base = gid.z * p.c_batch;
    if (r0 + 0u < p.rows) {
        let row = c_base + (r0 + 0u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc0a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc0a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc0a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc0a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc0b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc0b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc0b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc0b.w, c0 + 7u); }
    }
    if (r0 + 1u < p.rows) {
        let row = c_base + (r0 + 1u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc1a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc1a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc1a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc1a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc1b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc1b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc1b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc1b.w, c0 + 7u); }
    }
    if (r0 + 2u < p.rows) {
        let row = c_base + (r0 + 2u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc2a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc2a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc2a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc2a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc2b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc2b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc2b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc2b.w, c0 + 7u); }
    }
    if (r0 + 3u < p.rows) {
        let row = c_base + (r0 + 3u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc3a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc3a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc3a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc3a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc3b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc3b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc3b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc3b.w, c0 + 7u); }
    }
    if (r0 + 4u < p.rows) {
        let row = c_base + (r0 + 4u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc4a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc4a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc4a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc4a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc4b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc4b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc4b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc4b.w, c0 + 7u); }
    }
    if (r0 + 5u < p.rows) {
        let row = c_base + (r0 + 5u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc5a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc5a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc5a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc5a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc5b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc5b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc5b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc5b.w, c0 + 7u); }
    }
    if (r0 + 6u < p.rows) {
        let row = c_base + (r0 + 6u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc6a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc6a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc6a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc6a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc6b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc6b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc6b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc6b.w, c0 + 7u); }
    }
    if (r0 + 7u < p.rows) {
        let row = c_base + (r0 + 7u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc7a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc7a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc7a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc7a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc7b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc7b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc7b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc7b.w, c0 + 7u); }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_weight(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let ra = r0 / 4u;
    let rb = min(ra + 1u, r4 - 1u);
    let ca = c0 / 4u;
    let cb = min(ca + 1u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let xb = gid.z * p.b_batch / 4u;
    var acc0a = vec4<f32>(0.0);
    var acc0b = vec4<f32>(0.0);
    var acc1a = vec4<f32>(0.0);
    var acc1b = vec4<f32>(0.0);
    var acc2a = vec4<f32>(0.0);
    var acc2b = vec4<f32>(0.0);
    var acc3a = vec4<f32>(0.0);
    var acc3b = vec4<f32>(0.0);
    var acc4a = vec4<f32>(0.0);
    var acc4b = vec4<f32>(0.0);
    var acc5a = vec4<f32>(0.0);
    var acc5b = vec4<f32>(0.0);
    var acc6a = vec4<f32>(0.0);
    var acc6b = vec4<f32>(0.0);
    var acc7a = vec4<f32>(0.0);
    var acc7b = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let za = a4[zb + m * r4 + ra];
        let zz = a4[zb + m * r4 + rb];
        let xa = b4[xb + m * c4 + ca];
        let xc = b4[xb + m * c4 + cb];
        acc0a = fma(vec4<f32>(za.x), xa, acc0a);
        acc0b = fma(vec4<f32>(za.x), xc, acc0b);
        acc1a = fma(vec4<f32>(za.y), xa, acc1a);
        acc1b = fma(vec4<f32>(za.y), xc, acc1b);
        acc2a = fma(vec4<f32>(za.z), xa, acc2a);
        acc2b = fma(vec4<f32>(za.z), xc, acc2b);
        acc3a = fma(vec4<f32>(za.w), xa, acc3a);
        acc3b = fma(vec4<f32>(za.w), xc, acc3b);
        acc4a = fma(vec4<f32>(zz.x), xa, acc4a);
        acc4b = fma(vec4<f32>(zz.x), xc, acc4b);
        acc5a = fma(vec4<f32>(zz.y), xa, acc5a);
        acc5b = fma(vec4<f32>(zz.y), xc, acc5b);
        acc6a = fma(vec4<f32>(zz.z), xa, acc6a);
        acc6b = fma(vec4<f32>(zz.z), xc, acc6b);
        acc7a = fma(vec4<f32>(zz.w), xa, acc7a);
        acc7b = fma(vec4<f32>(zz.w), xc, acc7b);
    }
    let c_base = gid.z * p.c_batch;
    if (r0 + 0u < p.rows) {
        let row = c_base + (r0 + 0u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc0a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc0a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc0a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc0a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc0b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc0b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc0b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc0b.w, c0 + 7u); }
    }
    if (r0 + 1u < p.rows) {
        let row = c_base + (r0 + 1u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc1a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc1a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc1a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc1a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc1b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc1b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc1b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc1b.w, c0 + 7u); }
    }
    if (r0 + 2u < p.rows) {
        let row = c_base + (r0 + 2u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc2a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc2a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc2a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc2a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc2b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc2b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc2b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc2b.w, c0 + 7u); }
    }
    if (r0 + 3u < p.rows) {
        let row = c_base + (r0 + 3u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc3a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc3a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc3a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc3a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc3b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc3b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc3b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc3b.w, c0 + 7u); }
    }
    if (r0 + 4u < p.rows) {
        let row = c_base + (r0 + 4u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc4a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc4a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc4a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc4a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc4b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc4b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc4b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc4b.w, c0 + 7u); }
    }
    if (r0 + 5u < p.rows) {
        let row = c_base + (r0 + 5u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc5a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc5a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc5a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc5a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc5b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc5b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc5b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc5b.w, c0 + 7u); }
    }
    if (r0 + 6u < p.rows) {
        let row = c_base + (r0 + 6u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc6a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc6a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc6a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc6a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc6b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc6b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc6b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc6b.w, c0 + 7u); }
    }
    if (r0 + 7u < p.rows) {
        let row = c_base + (r0 + 7u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc7a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc7a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc7a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc7a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc7b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc7b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc7b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc7b.w, c0 + 7u); }
    }
}
