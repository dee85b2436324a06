// Register-blocked matmuls for software adapters (lavapipe). Each invocation computes a block
// of 16 rows x 8 columns of C from vec4 loads, with no workgroup memory and no barriers:
// llvmpipe runs 8 invocations as SIMD lanes, turns a lane-varying load into a per-lane loop and
// each barrier into a coroutine switch. So the 16 rows come from the workgroup id (uniform across
// lanes: one load serves all 8) and only the 8 columns vary per lane. One entry point per layer
// layout, since the vec4 direction differs; each needs the dimensions it loads along to be
// multiples of 4 (src/kernels/matmul.rs checks, and falls back to matmul_strided otherwise).
// The entry points are generated, fully unrolled, by generate_matmul_vec4.py beside this file.
// Prepended: common/activation.wgsl, common/matmul_params.wgsl.

@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;

// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0.
@compute @workgroup_size(8)
fn linear_forward(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 16u;
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
    let x8 = xb + min(r0 + 8u, p.rows - 1u) * d4;
    let x9 = xb + min(r0 + 9u, p.rows - 1u) * d4;
    let x10 = xb + min(r0 + 10u, p.rows - 1u) * d4;
    let x11 = xb + min(r0 + 11u, p.rows - 1u) * d4;
    let x12 = xb + min(r0 + 12u, p.rows - 1u) * d4;
    let x13 = xb + min(r0 + 13u, p.rows - 1u) * d4;
    let x14 = xb + min(r0 + 14u, p.rows - 1u) * d4;
    let x15 = xb + min(r0 + 15u, p.rows - 1u) * d4;
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
    var acc8a = vec4<f32>(0.0);
    var acc8b = vec4<f32>(0.0);
    var acc9a = vec4<f32>(0.0);
    var acc9b = vec4<f32>(0.0);
    var acc10a = vec4<f32>(0.0);
    var acc10b = vec4<f32>(0.0);
    var acc11a = vec4<f32>(0.0);
    var acc11b = vec4<f32>(0.0);
    var acc12a = vec4<f32>(0.0);
    var acc12b = vec4<f32>(0.0);
    var acc13a = vec4<f32>(0.0);
    var acc13b = vec4<f32>(0.0);
    var acc14a = vec4<f32>(0.0);
    var acc14b = vec4<f32>(0.0);
    var acc15a = vec4<f32>(0.0);
    var acc15b = vec4<f32>(0.0);
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
        let xv8 = a4[x8 + k];
        acc8a += vec4<f32>(dot(xv8, wv0), dot(xv8, wv1), dot(xv8, wv2), dot(xv8, wv3));
        acc8b += vec4<f32>(dot(xv8, wv4), dot(xv8, wv5), dot(xv8, wv6), dot(xv8, wv7));
        let xv9 = a4[x9 + k];
        acc9a += vec4<f32>(dot(xv9, wv0), dot(xv9, wv1), dot(xv9, wv2), dot(xv9, wv3));
        acc9b += vec4<f32>(dot(xv9, wv4), dot(xv9, wv5), dot(xv9, wv6), dot(xv9, wv7));
        let xv10 = a4[x10 + k];
        acc10a += vec4<f32>(dot(xv10, wv0), dot(xv10, wv1), dot(xv10, wv2), dot(xv10, wv3));
        acc10b += vec4<f32>(dot(xv10, wv4), dot(xv10, wv5), dot(xv10, wv6), dot(xv10, wv7));
        let xv11 = a4[x11 + k];
        acc11a += vec4<f32>(dot(xv11, wv0), dot(xv11, wv1), dot(xv11, wv2), dot(xv11, wv3));
        acc11b += vec4<f32>(dot(xv11, wv4), dot(xv11, wv5), dot(xv11, wv6), dot(xv11, wv7));
        let xv12 = a4[x12 + k];
        acc12a += vec4<f32>(dot(xv12, wv0), dot(xv12, wv1), dot(xv12, wv2), dot(xv12, wv3));
        acc12b += vec4<f32>(dot(xv12, wv4), dot(xv12, wv5), dot(xv12, wv6), dot(xv12, wv7));
        let xv13 = a4[x13 + k];
        acc13a += vec4<f32>(dot(xv13, wv0), dot(xv13, wv1), dot(xv13, wv2), dot(xv13, wv3));
        acc13b += vec4<f32>(dot(xv13, wv4), dot(xv13, wv5), dot(xv13, wv6), dot(xv13, wv7));
        let xv14 = a4[x14 + k];
        acc14a += vec4<f32>(dot(xv14, wv0), dot(xv14, wv1), dot(xv14, wv2), dot(xv14, wv3));
        acc14b += vec4<f32>(dot(xv14, wv4), dot(xv14, wv5), dot(xv14, wv6), dot(xv14, wv7));
        let xv15 = a4[x15 + k];
        acc15a += vec4<f32>(dot(xv15, wv0), dot(xv15, wv1), dot(xv15, wv2), dot(xv15, wv3));
        acc15b += vec4<f32>(dot(xv15, wv4), dot(xv15, wv5), dot(xv15, wv6), dot(xv15, wv7));
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
    if (r0 + 8u < p.rows) {
        let row = c_base + (r0 + 8u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc8a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc8a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc8a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc8a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc8b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc8b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc8b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc8b.w, c0 + 7u); }
    }
    if (r0 + 9u < p.rows) {
        let row = c_base + (r0 + 9u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc9a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc9a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc9a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc9a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc9b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc9b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc9b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc9b.w, c0 + 7u); }
    }
    if (r0 + 10u < p.rows) {
        let row = c_base + (r0 + 10u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc10a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc10a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc10a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc10a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc10b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc10b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc10b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc10b.w, c0 + 7u); }
    }
    if (r0 + 11u < p.rows) {
        let row = c_base + (r0 + 11u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc11a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc11a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc11a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc11a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc11b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc11b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc11b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc11b.w, c0 + 7u); }
    }
    if (r0 + 12u < p.rows) {
        let row = c_base + (r0 + 12u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc12a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc12a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc12a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc12a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc12b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc12b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc12b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc12b.w, c0 + 7u); }
    }
    if (r0 + 13u < p.rows) {
        let row = c_base + (r0 + 13u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc13a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc13a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc13a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc13a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc13b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc13b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc13b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc13b.w, c0 + 7u); }
    }
    if (r0 + 14u < p.rows) {
        let row = c_base + (r0 + 14u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc14a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc14a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc14a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc14a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc14b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc14b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc14b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc14b.w, c0 + 7u); }
    }
    if (r0 + 15u < p.rows) {
        let row = c_base + (r0 + 15u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc15a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc15a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc15a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc15a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc15b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc15b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc15b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc15b.w, c0 + 7u); }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_input(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 16u;
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
    let z8 = zb + min(r0 + 8u, p.rows - 1u) * d4;
    let z9 = zb + min(r0 + 9u, p.rows - 1u) * d4;
    let z10 = zb + min(r0 + 10u, p.rows - 1u) * d4;
    let z11 = zb + min(r0 + 11u, p.rows - 1u) * d4;
    let z12 = zb + min(r0 + 12u, p.rows - 1u) * d4;
    let z13 = zb + min(r0 + 13u, p.rows - 1u) * d4;
    let z14 = zb + min(r0 + 14u, p.rows - 1u) * d4;
    let z15 = zb + min(r0 + 15u, p.rows - 1u) * d4;
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
    var acc8a = vec4<f32>(0.0);
    var acc8b = vec4<f32>(0.0);
    var acc9a = vec4<f32>(0.0);
    var acc9b = vec4<f32>(0.0);
    var acc10a = vec4<f32>(0.0);
    var acc10b = vec4<f32>(0.0);
    var acc11a = vec4<f32>(0.0);
    var acc11b = vec4<f32>(0.0);
    var acc12a = vec4<f32>(0.0);
    var acc12b = vec4<f32>(0.0);
    var acc13a = vec4<f32>(0.0);
    var acc13b = vec4<f32>(0.0);
    var acc14a = vec4<f32>(0.0);
    var acc14b = vec4<f32>(0.0);
    var acc15a = vec4<f32>(0.0);
    var acc15b = vec4<f32>(0.0);
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
        let zv8 = a4[z8 + k];
        acc8a = fma(vec4<f32>(zv8.x), wa0, acc8a);
        acc8b = fma(vec4<f32>(zv8.x), wb0, acc8b);
        acc8a = fma(vec4<f32>(zv8.y), wa1, acc8a);
        acc8b = fma(vec4<f32>(zv8.y), wb1, acc8b);
        acc8a = fma(vec4<f32>(zv8.z), wa2, acc8a);
        acc8b = fma(vec4<f32>(zv8.z), wb2, acc8b);
        acc8a = fma(vec4<f32>(zv8.w), wa3, acc8a);
        acc8b = fma(vec4<f32>(zv8.w), wb3, acc8b);
        let zv9 = a4[z9 + k];
        acc9a = fma(vec4<f32>(zv9.x), wa0, acc9a);
        acc9b = fma(vec4<f32>(zv9.x), wb0, acc9b);
        acc9a = fma(vec4<f32>(zv9.y), wa1, acc9a);
        acc9b = fma(vec4<f32>(zv9.y), wb1, acc9b);
        acc9a = fma(vec4<f32>(zv9.z), wa2, acc9a);
        acc9b = fma(vec4<f32>(zv9.z), wb2, acc9b);
        acc9a = fma(vec4<f32>(zv9.w), wa3, acc9a);
        acc9b = fma(vec4<f32>(zv9.w), wb3, acc9b);
        let zv10 = a4[z10 + k];
        acc10a = fma(vec4<f32>(zv10.x), wa0, acc10a);
        acc10b = fma(vec4<f32>(zv10.x), wb0, acc10b);
        acc10a = fma(vec4<f32>(zv10.y), wa1, acc10a);
        acc10b = fma(vec4<f32>(zv10.y), wb1, acc10b);
        acc10a = fma(vec4<f32>(zv10.z), wa2, acc10a);
        acc10b = fma(vec4<f32>(zv10.z), wb2, acc10b);
        acc10a = fma(vec4<f32>(zv10.w), wa3, acc10a);
        acc10b = fma(vec4<f32>(zv10.w), wb3, acc10b);
        let zv11 = a4[z11 + k];
        acc11a = fma(vec4<f32>(zv11.x), wa0, acc11a);
        acc11b = fma(vec4<f32>(zv11.x), wb0, acc11b);
        acc11a = fma(vec4<f32>(zv11.y), wa1, acc11a);
        acc11b = fma(vec4<f32>(zv11.y), wb1, acc11b);
        acc11a = fma(vec4<f32>(zv11.z), wa2, acc11a);
        acc11b = fma(vec4<f32>(zv11.z), wb2, acc11b);
        acc11a = fma(vec4<f32>(zv11.w), wa3, acc11a);
        acc11b = fma(vec4<f32>(zv11.w), wb3, acc11b);
        let zv12 = a4[z12 + k];
        acc12a = fma(vec4<f32>(zv12.x), wa0, acc12a);
        acc12b = fma(vec4<f32>(zv12.x), wb0, acc12b);
        acc12a = fma(vec4<f32>(zv12.y), wa1, acc12a);
        acc12b = fma(vec4<f32>(zv12.y), wb1, acc12b);
        acc12a = fma(vec4<f32>(zv12.z), wa2, acc12a);
        acc12b = fma(vec4<f32>(zv12.z), wb2, acc12b);
        acc12a = fma(vec4<f32>(zv12.w), wa3, acc12a);
        acc12b = fma(vec4<f32>(zv12.w), wb3, acc12b);
        let zv13 = a4[z13 + k];
        acc13a = fma(vec4<f32>(zv13.x), wa0, acc13a);
        acc13b = fma(vec4<f32>(zv13.x), wb0, acc13b);
        acc13a = fma(vec4<f32>(zv13.y), wa1, acc13a);
        acc13b = fma(vec4<f32>(zv13.y), wb1, acc13b);
        acc13a = fma(vec4<f32>(zv13.z), wa2, acc13a);
        acc13b = fma(vec4<f32>(zv13.z), wb2, acc13b);
        acc13a = fma(vec4<f32>(zv13.w), wa3, acc13a);
        acc13b = fma(vec4<f32>(zv13.w), wb3, acc13b);
        let zv14 = a4[z14 + k];
        acc14a = fma(vec4<f32>(zv14.x), wa0, acc14a);
        acc14b = fma(vec4<f32>(zv14.x), wb0, acc14b);
        acc14a = fma(vec4<f32>(zv14.y), wa1, acc14a);
        acc14b = fma(vec4<f32>(zv14.y), wb1, acc14b);
        acc14a = fma(vec4<f32>(zv14.z), wa2, acc14a);
        acc14b = fma(vec4<f32>(zv14.z), wb2, acc14b);
        acc14a = fma(vec4<f32>(zv14.w), wa3, acc14a);
        acc14b = fma(vec4<f32>(zv14.w), wb3, acc14b);
        let zv15 = a4[z15 + k];
        acc15a = fma(vec4<f32>(zv15.x), wa0, acc15a);
        acc15b = fma(vec4<f32>(zv15.x), wb0, acc15b);
        acc15a = fma(vec4<f32>(zv15.y), wa1, acc15a);
        acc15b = fma(vec4<f32>(zv15.y), wb1, acc15b);
        acc15a = fma(vec4<f32>(zv15.z), wa2, acc15a);
        acc15b = fma(vec4<f32>(zv15.z), wb2, acc15b);
        acc15a = fma(vec4<f32>(zv15.w), wa3, acc15a);
        acc15b = fma(vec4<f32>(zv15.w), wb3, acc15b);
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
    if (r0 + 8u < p.rows) {
        let row = c_base + (r0 + 8u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc8a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc8a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc8a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc8a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc8b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc8b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc8b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc8b.w, c0 + 7u); }
    }
    if (r0 + 9u < p.rows) {
        let row = c_base + (r0 + 9u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc9a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc9a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc9a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc9a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc9b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc9b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc9b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc9b.w, c0 + 7u); }
    }
    if (r0 + 10u < p.rows) {
        let row = c_base + (r0 + 10u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc10a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc10a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc10a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc10a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc10b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc10b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc10b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc10b.w, c0 + 7u); }
    }
    if (r0 + 11u < p.rows) {
        let row = c_base + (r0 + 11u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc11a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc11a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc11a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc11a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc11b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc11b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc11b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc11b.w, c0 + 7u); }
    }
    if (r0 + 12u < p.rows) {
        let row = c_base + (r0 + 12u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc12a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc12a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc12a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc12a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc12b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc12b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc12b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc12b.w, c0 + 7u); }
    }
    if (r0 + 13u < p.rows) {
        let row = c_base + (r0 + 13u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc13a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc13a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc13a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc13a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc13b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc13b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc13b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc13b.w, c0 + 7u); }
    }
    if (r0 + 14u < p.rows) {
        let row = c_base + (r0 + 14u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc14a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc14a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc14a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc14a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc14b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc14b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc14b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc14b.w, c0 + 7u); }
    }
    if (r0 + 15u < p.rows) {
        let row = c_base + (r0 + 15u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc15a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc15a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc15a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc15a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc15b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc15b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc15b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc15b.w, c0 + 7u); }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_weight(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 16u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let rg0 = min(r0 / 4u + 0u, r4 - 1u);
    let rg1 = min(r0 / 4u + 1u, r4 - 1u);
    let rg2 = min(r0 / 4u + 2u, r4 - 1u);
    let rg3 = min(r0 / 4u + 3u, r4 - 1u);
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
    var acc8a = vec4<f32>(0.0);
    var acc8b = vec4<f32>(0.0);
    var acc9a = vec4<f32>(0.0);
    var acc9b = vec4<f32>(0.0);
    var acc10a = vec4<f32>(0.0);
    var acc10b = vec4<f32>(0.0);
    var acc11a = vec4<f32>(0.0);
    var acc11b = vec4<f32>(0.0);
    var acc12a = vec4<f32>(0.0);
    var acc12b = vec4<f32>(0.0);
    var acc13a = vec4<f32>(0.0);
    var acc13b = vec4<f32>(0.0);
    var acc14a = vec4<f32>(0.0);
    var acc14b = vec4<f32>(0.0);
    var acc15a = vec4<f32>(0.0);
    var acc15b = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let zv0 = a4[zb + m * r4 + rg0];
        let zv1 = a4[zb + m * r4 + rg1];
        let zv2 = a4[zb + m * r4 + rg2];
        let zv3 = a4[zb + m * r4 + rg3];
        let xa = b4[xb + m * c4 + ca];
        let xc = b4[xb + m * c4 + cb];
        acc0a = fma(vec4<f32>(zv0.x), xa, acc0a);
        acc0b = fma(vec4<f32>(zv0.x), xc, acc0b);
        acc1a = fma(vec4<f32>(zv0.y), xa, acc1a);
        acc1b = fma(vec4<f32>(zv0.y), xc, acc1b);
        acc2a = fma(vec4<f32>(zv0.z), xa, acc2a);
        acc2b = fma(vec4<f32>(zv0.z), xc, acc2b);
        acc3a = fma(vec4<f32>(zv0.w), xa, acc3a);
        acc3b = fma(vec4<f32>(zv0.w), xc, acc3b);
        acc4a = fma(vec4<f32>(zv1.x), xa, acc4a);
        acc4b = fma(vec4<f32>(zv1.x), xc, acc4b);
        acc5a = fma(vec4<f32>(zv1.y), xa, acc5a);
        acc5b = fma(vec4<f32>(zv1.y), xc, acc5b);
        acc6a = fma(vec4<f32>(zv1.z), xa, acc6a);
        acc6b = fma(vec4<f32>(zv1.z), xc, acc6b);
        acc7a = fma(vec4<f32>(zv1.w), xa, acc7a);
        acc7b = fma(vec4<f32>(zv1.w), xc, acc7b);
        acc8a = fma(vec4<f32>(zv2.x), xa, acc8a);
        acc8b = fma(vec4<f32>(zv2.x), xc, acc8b);
        acc9a = fma(vec4<f32>(zv2.y), xa, acc9a);
        acc9b = fma(vec4<f32>(zv2.y), xc, acc9b);
        acc10a = fma(vec4<f32>(zv2.z), xa, acc10a);
        acc10b = fma(vec4<f32>(zv2.z), xc, acc10b);
        acc11a = fma(vec4<f32>(zv2.w), xa, acc11a);
        acc11b = fma(vec4<f32>(zv2.w), xc, acc11b);
        acc12a = fma(vec4<f32>(zv3.x), xa, acc12a);
        acc12b = fma(vec4<f32>(zv3.x), xc, acc12b);
        acc13a = fma(vec4<f32>(zv3.y), xa, acc13a);
        acc13b = fma(vec4<f32>(zv3.y), xc, acc13b);
        acc14a = fma(vec4<f32>(zv3.z), xa, acc14a);
        acc14b = fma(vec4<f32>(zv3.z), xc, acc14b);
        acc15a = fma(vec4<f32>(zv3.w), xa, acc15a);
        acc15b = fma(vec4<f32>(zv3.w), xc, acc15b);
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
    if (r0 + 8u < p.rows) {
        let row = c_base + (r0 + 8u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc8a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc8a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc8a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc8a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc8b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc8b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc8b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc8b.w, c0 + 7u); }
    }
    if (r0 + 9u < p.rows) {
        let row = c_base + (r0 + 9u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc9a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc9a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc9a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc9a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc9b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc9b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc9b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc9b.w, c0 + 7u); }
    }
    if (r0 + 10u < p.rows) {
        let row = c_base + (r0 + 10u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc10a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc10a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc10a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc10a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc10b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc10b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc10b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc10b.w, c0 + 7u); }
    }
    if (r0 + 11u < p.rows) {
        let row = c_base + (r0 + 11u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc11a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc11a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc11a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc11a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc11b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc11b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc11b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc11b.w, c0 + 7u); }
    }
    if (r0 + 12u < p.rows) {
        let row = c_base + (r0 + 12u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc12a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc12a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc12a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc12a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc12b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc12b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc12b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc12b.w, c0 + 7u); }
    }
    if (r0 + 13u < p.rows) {
        let row = c_base + (r0 + 13u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc13a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc13a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc13a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc13a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc13b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc13b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc13b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc13b.w, c0 + 7u); }
    }
    if (r0 + 14u < p.rows) {
        let row = c_base + (r0 + 14u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc14a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc14a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc14a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc14a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc14b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc14b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc14b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc14b.w, c0 + 7u); }
    }
    if (r0 + 15u < p.rows) {
        let row = c_base + (r0 + 15u) * p.cols;
        if (c0 + 0u < p.cols) { c[row + c0 + 0u] = epilogue(acc15a.x, c0 + 0u); }
        if (c0 + 1u < p.cols) { c[row + c0 + 1u] = epilogue(acc15a.y, c0 + 1u); }
        if (c0 + 2u < p.cols) { c[row + c0 + 2u] = epilogue(acc15a.z, c0 + 2u); }
        if (c0 + 3u < p.cols) { c[row + c0 + 3u] = epilogue(acc15a.w, c0 + 3u); }
        if (c0 + 4u < p.cols) { c[row + c0 + 4u] = epilogue(acc15b.x, c0 + 4u); }
        if (c0 + 5u < p.cols) { c[row + c0 + 5u] = epilogue(acc15b.y, c0 + 5u); }
        if (c0 + 6u < p.cols) { c[row + c0 + 6u] = epilogue(acc15b.z, c0 + 6u); }
        if (c0 + 7u < p.cols) { c[row + c0 + 7u] = epilogue(acc15b.w, c0 + 7u); }
    }
}
