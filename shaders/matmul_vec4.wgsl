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
@compute @workgroup_size(8, 8)
fn linear_forward(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = gid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    var x_off: array<u32, 8>;
    var w_off: array<u32, 8>;
    for (var i = 0u; i < 8u; i++) {
        x_off[i] = gid.z * p.a_batch / 4u + min(r0 + i, p.rows - 1u) * d4;
        w_off[i] = gid.z * p.b_batch / 4u + min(c0 + i, p.cols - 1u) * d4;
    }
    // acc[2i + h] holds row r0 + i, columns c0 + 4h .. c0 + 4h + 3.
    var acc: array<vec4<f32>, 16>;
    for (var k = 0u; k < d4; k++) {
        var w: array<vec4<f32>, 8>;
        for (var j = 0u; j < 8u; j++) {
            w[j] = b4[w_off[j] + k];
        }
        for (var i = 0u; i < 8u; i++) {
            let x = a4[x_off[i] + k];
            acc[2u * i] += vec4<f32>(dot(x, w[0]), dot(x, w[1]), dot(x, w[2]), dot(x, w[3]));
            acc[2u * i + 1u] += vec4<f32>(dot(x, w[4]), dot(x, w[5]), dot(x, w[6]), dot(x, w[7]));
        }
    }
    let c_base = gid.z * p.c_batch;
    for (var i = 0u; i < 8u; i++) {
        let row = r0 + i;
        if (row < p.rows) {
            for (var j = 0u; j < 8u; j++) {
                let col = c0 + j;
                if (col < p.cols) {
                    c[c_base + row * p.cols + col] = epilogue(acc[2u * i + j / 4u][j % 4u], col);
                }
            }
        }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8, 8)
fn linear_grad_input(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = gid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let c4 = p.cols / 4u;
    let g0 = c0 / 4u;
    let g1 = min(g0 + 1u, c4 - 1u);
    let w_base = gid.z * p.b_batch / 4u;
    var dz_off: array<u32, 8>;
    for (var i = 0u; i < 8u; i++) {
        dz_off[i] = gid.z * p.a_batch / 4u + min(r0 + i, p.rows - 1u) * d4;
    }
    var acc: array<vec4<f32>, 16>;
    for (var k = 0u; k < d4; k++) {
        // w[2q + h]: row 4k + q of W, column group h.
        var w: array<vec4<f32>, 8>;
        for (var q = 0u; q < 4u; q++) {
            let row = w_base + (4u * k + q) * c4;
            w[2u * q] = b4[row + g0];
            w[2u * q + 1u] = b4[row + g1];
        }
        for (var i = 0u; i < 8u; i++) {
            let dz = a4[dz_off[i] + k];
            for (var q = 0u; q < 4u; q++) {
                acc[2u * i] = fma(vec4<f32>(dz[q]), w[2u * q], acc[2u * i]);
                acc[2u * i + 1u] = fma(vec4<f32>(dz[q]), w[2u * q + 1u], acc[2u * i + 1u]);
            }
        }
    }
    let c_base = gid.z * p.c_batch;
    for (var i = 0u; i < 8u; i++) {
        let row = r0 + i;
        if (row < p.rows) {
            for (var j = 0u; j < 8u; j++) {
                let col = c0 + j;
                if (col < p.cols) {
                    c[c_base + row * p.cols + col] = epilogue(acc[2u * i + j / 4u][j % 4u], col);
                }
            }
        }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8, 8)
fn linear_grad_weight(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = gid.y * 8u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let ra = r0 / 4u;
    let rb = min(ra + 1u, r4 - 1u);
    let ca = c0 / 4u;
    let cb = min(ca + 1u, c4 - 1u);
    let dz_base = gid.z * p.a_batch / 4u;
    let x_base = gid.z * p.b_batch / 4u;
    var acc: array<vec4<f32>, 16>;
    for (var m = 0u; m < p.depth; m++) {
        let dz = array<vec4<f32>, 2>(a4[dz_base + m * r4 + ra], a4[dz_base + m * r4 + rb]);
        let x0 = b4[x_base + m * c4 + ca];
        let x1 = b4[x_base + m * c4 + cb];
        for (var i = 0u; i < 8u; i++) {
            let s = vec4<f32>(dz[i / 4u][i % 4u]);
            acc[2u * i] = fma(s, x0, acc[2u * i]);
            acc[2u * i + 1u] = fma(s, x1, acc[2u * i + 1u]);
        }
    }
    let c_base = gid.z * p.c_batch;
    for (var i = 0u; i < 8u; i++) {
        let row = r0 + i;
        if (row < p.rows) {
            for (var j = 0u; j < 8u; j++) {
                let col = c0 + j;
                if (col < p.cols) {
                    c[c_base + row * p.cols + col] = epilogue(acc[2u * i + j / 4u][j % 4u], col);
                }
            }
        }
    }
}
