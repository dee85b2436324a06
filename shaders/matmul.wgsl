// Matmul for any shape and layout, reading A and B through their strides.
//   matmul_strided: 4x4 outputs per invocation, no workgroup memory (software adapters, for
//                   shapes the vec4 blocks of src/kernels/matmul/vec4.rs cannot take).
//   matmul_tiled:   64x64 tiles staged through workgroup memory, 4x4 outputs per invocation
//                   (hardware GPUs).
// Prepended: common/activation.wgsl, common/matmul_params.wgsl.

@group(0) @binding(1) var<storage, read> a: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> c: array<f32>;

// lavapipe (Mesa 22.3) specializes a shader on the uniform values that its branches and loop
// bounds read alone, and does it again at every launch (clone, optimize, look up or compile):
// 1-2 ms a launch, 0.15 s each time the values change on a cold cache. Each such value is read
// through `opaque`, which the driver cannot fold, so the kernel compiles once.
fn opaque(v: u32) -> u32 {
    return select(0u, v, arrayLength(&c) != 0u);
}

fn epilogue(acc: f32, col: u32) -> f32 {
    var z = acc;
    if (opaque(p.has_bias) != 0u) {
        z += bias[col];
    }
    return act_forward(z, opaque(p.act));
}

@compute @workgroup_size(8, 8)
fn matmul_strided(@builtin(global_invocation_id) gid: vec3<u32>) {
    let c0 = gid.x * 4u;
    let r0 = gid.y * 4u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let a_base = gid.z * p.a_batch;
    let b_base = gid.z * p.b_batch;
    // Clamped rows and columns read valid memory; their results are never stored.
    var a_off: array<u32, 4>;
    var b_off: array<u32, 4>;
    for (var i = 0u; i < 4u; i++) {
        a_off[i] = a_base + min(r0 + i, p.rows - 1u) * p.a_row;
        b_off[i] = b_base + min(c0 + i, p.cols - 1u) * p.b_col;
    }
    // The first column of invocations also sums its rows of A (see MatmulParams.row_sums).
    let sums = opaque(p.row_sums) != 0u && gid.x == 0u;
    var a_sum = vec4<f32>(0.0);
    var acc: array<vec4<f32>, 4>;
    let depth = opaque(p.depth);
    for (var r = 0u; r < depth; r++) {
        let ar = r * p.a_depth;
        let br = r * p.b_depth;
        let av = vec4<f32>(a[a_off[0] + ar], a[a_off[1] + ar], a[a_off[2] + ar], a[a_off[3] + ar]);
        let bv = vec4<f32>(b[b_off[0] + br], b[b_off[1] + br], b[b_off[2] + br], b[b_off[3] + br]);
        for (var i = 0u; i < 4u; i++) {
            acc[i] = fma(vec4<f32>(av[i]), bv, acc[i]);
        }
        if (sums) {
            a_sum += av;
        }
    }
    if (sums) {
        for (var i = 0u; i < 4u; i++) {
            if (r0 + i < p.rows) {
                bias[gid.z * p.rows + r0 + i] = a_sum[i];
            }
        }
    }
    let c_base = gid.z * p.c_batch;
    for (var i = 0u; i < 4u; i++) {
        let row = r0 + i;
        if (row < p.rows) {
            for (var j = 0u; j < 4u; j++) {
                let col = c0 + j;
                if (col < p.cols) {
                    c[c_base + row * p.cols + col] = epilogue(acc[i][j], col);
                }
            }
        }
    }
}

const TILE: u32 = 64u;
const TILE_DEPTH: u32 = 16u;
var<workgroup> a_tile: array<f32, 1024>; // [TILE_DEPTH][TILE]
var<workgroup> b_tile: array<f32, 1024>; // [TILE_DEPTH][TILE]

@compute @workgroup_size(16, 16)
fn matmul_tiled(
    @builtin(local_invocation_id) lid: vec3<u32>,
    @builtin(local_invocation_index) lidx: u32,
    @builtin(workgroup_id) wid: vec3<u32>,
) {
    let row_base = wid.y * TILE;
    let col_base = wid.x * TILE;
    let a_base = wid.z * p.a_batch;
    let b_base = wid.z * p.b_batch;
    // Neighbouring invocations load neighbouring addresses: along depth when that stride is 1,
    // otherwise along rows (columns for B).
    let a_rows_fast = opaque(p.a_depth) != 1u;
    let b_cols_fast = opaque(p.b_col) == 1u;
    // The first column of invocations of the first column of tiles also sums its rows of A
    // (see MatmulParams.row_sums).
    let sums = opaque(p.row_sums) != 0u && wid.x == 0u && lid.x == 0u;
    var a_sum = vec4<f32>(0.0);
    var acc: array<vec4<f32>, 4>;
    let depth = opaque(p.depth);
    for (var d0 = 0u; d0 < depth; d0 += TILE_DEPTH) {
        for (var i = 0u; i < 4u; i++) {
            let e = lidx + i * 256u;
            var r: u32;
            var d: u32;
            if (a_rows_fast) {
                r = e % TILE;
                d = e / TILE;
            } else {
                r = e / TILE_DEPTH;
                d = e % TILE_DEPTH;
            }
            let gr = row_base + r;
            let gd = d0 + d;
            var v = 0.0;
            if (gr < p.rows && gd < p.depth) {
                v = a[a_base + gr * p.a_row + gd * p.a_depth];
            }
            a_tile[d * TILE + r] = v;
        }
        for (var i = 0u; i < 4u; i++) {
            let e = lidx + i * 256u;
            var col: u32;
            var d: u32;
            if (b_cols_fast) {
                col = e % TILE;
                d = e / TILE;
            } else {
                col = e / TILE_DEPTH;
                d = e % TILE_DEPTH;
            }
            let gc = col_base + col;
            let gd = d0 + d;
            var v = 0.0;
            if (gc < p.cols && gd < p.depth) {
                v = b[b_base + gd * p.b_depth + gc * p.b_col];
            }
            b_tile[d * TILE + col] = v;
        }
        workgroupBarrier();
        for (var d = 0u; d < TILE_DEPTH; d++) {
            let av = vec4<f32>(
                a_tile[d * TILE + lid.y],
                a_tile[d * TILE + lid.y + 16u],
                a_tile[d * TILE + lid.y + 32u],
                a_tile[d * TILE + lid.y + 48u],
            );
            let bv = vec4<f32>(
                b_tile[d * TILE + lid.x],
                b_tile[d * TILE + lid.x + 16u],
                b_tile[d * TILE + lid.x + 32u],
                b_tile[d * TILE + lid.x + 48u],
            );
            for (var i = 0u; i < 4u; i++) {
                acc[i] = fma(vec4<f32>(av[i]), bv, acc[i]);
            }
            if (sums) {
                a_sum += av;
            }
        }
        workgroupBarrier();
    }
    if (sums) {
        for (var i = 0u; i < 4u; i++) {
            let row = row_base + lid.y + 16u * i;
            if (row < p.rows) {
                bias[wid.z * p.rows + row] = a_sum[i];
            }
        }
    }
    let c_base = wid.z * p.c_batch;
    for (var i = 0u; i < 4u; i++) {
        let row = row_base + lid.y + 16u * i;
        if (row < p.rows) {
            for (var j = 0u; j < 4u; j++) {
                let col = col_base + lid.x + 16u * j;
                if (col < p.cols) {
                    c[c_base + row * p.cols + col] = epilogue(acc[i][j], col);
                }
            }
        }
    }
}
