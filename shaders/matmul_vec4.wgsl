// Register-blocked matmuls for software adapters (lavapipe). Each invocation computes a block
// of R rows x C columns of C (R x C in the entry point's name) from vec4 loads, with no workgroup
// memory and no barriers: llvmpipe runs the 8 invocations of a workgroup as the SIMD lanes of one
// vector, turns every storage load inside a loop into a loop over the lanes, and each barrier
// into a coroutine switch. So what counts is the number of components loaded per multiply-add:
// (R + C) vec4 per 4 R C of them for every layout. The rows come from the workgroup id and only
// the columns vary per lane. Every lane reads the same rows, and llvmpipe (Mesa 22.3) still
// loads them lane by lane, 8 times over: the subgroup flavour loads them one row per lane and
// broadcasts (subgroupBroadcast, a register shuffle), ceil(R / 8) loads instead of R, the same
// operations in the same order otherwise (same bits). One entry point per layer layout and
// block shape, since the vec4 direction differs; each needs the dimensions it loads and stores
// along to be multiples of 4 (src/kernels/matmul.rs checks, and falls back to matmul_strided
// otherwise). Stores go 4 columns at a time too, and the bias is loaded once per block: at
// short depths (the 20-wide latent layers) scalar stores and bias loads cost more than the sums.
// Generated, fully unrolled, by generate_matmul_vec4.py beside this file: do not edit by hand.
// Prepended: common/activation.wgsl, common/matmul_params.wgsl.

@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> bias4: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> out4: array<vec4<f32>>;

fn act4(z: vec4<f32>) -> vec4<f32> {
    return vec4<f32>(act_forward(z.x, p.act), act_forward(z.y, p.act), act_forward(z.z, p.act), act_forward(z.w, p.act));
}

// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_forward_16x8(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
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
    var s0_0 = 0.0; var s0_1 = 0.0; var s0_2 = 0.0; var s0_3 = 0.0; var s0_4 = 0.0; var s0_5 = 0.0; var s0_6 = 0.0; var s0_7 = 0.0;
    var s1_0 = 0.0; var s1_1 = 0.0; var s1_2 = 0.0; var s1_3 = 0.0; var s1_4 = 0.0; var s1_5 = 0.0; var s1_6 = 0.0; var s1_7 = 0.0;
    var s2_0 = 0.0; var s2_1 = 0.0; var s2_2 = 0.0; var s2_3 = 0.0; var s2_4 = 0.0; var s2_5 = 0.0; var s2_6 = 0.0; var s2_7 = 0.0;
    var s3_0 = 0.0; var s3_1 = 0.0; var s3_2 = 0.0; var s3_3 = 0.0; var s3_4 = 0.0; var s3_5 = 0.0; var s3_6 = 0.0; var s3_7 = 0.0;
    var s4_0 = 0.0; var s4_1 = 0.0; var s4_2 = 0.0; var s4_3 = 0.0; var s4_4 = 0.0; var s4_5 = 0.0; var s4_6 = 0.0; var s4_7 = 0.0;
    var s5_0 = 0.0; var s5_1 = 0.0; var s5_2 = 0.0; var s5_3 = 0.0; var s5_4 = 0.0; var s5_5 = 0.0; var s5_6 = 0.0; var s5_7 = 0.0;
    var s6_0 = 0.0; var s6_1 = 0.0; var s6_2 = 0.0; var s6_3 = 0.0; var s6_4 = 0.0; var s6_5 = 0.0; var s6_6 = 0.0; var s6_7 = 0.0;
    var s7_0 = 0.0; var s7_1 = 0.0; var s7_2 = 0.0; var s7_3 = 0.0; var s7_4 = 0.0; var s7_5 = 0.0; var s7_6 = 0.0; var s7_7 = 0.0;
    var s8_0 = 0.0; var s8_1 = 0.0; var s8_2 = 0.0; var s8_3 = 0.0; var s8_4 = 0.0; var s8_5 = 0.0; var s8_6 = 0.0; var s8_7 = 0.0;
    var s9_0 = 0.0; var s9_1 = 0.0; var s9_2 = 0.0; var s9_3 = 0.0; var s9_4 = 0.0; var s9_5 = 0.0; var s9_6 = 0.0; var s9_7 = 0.0;
    var s10_0 = 0.0; var s10_1 = 0.0; var s10_2 = 0.0; var s10_3 = 0.0; var s10_4 = 0.0; var s10_5 = 0.0; var s10_6 = 0.0; var s10_7 = 0.0;
    var s11_0 = 0.0; var s11_1 = 0.0; var s11_2 = 0.0; var s11_3 = 0.0; var s11_4 = 0.0; var s11_5 = 0.0; var s11_6 = 0.0; var s11_7 = 0.0;
    var s12_0 = 0.0; var s12_1 = 0.0; var s12_2 = 0.0; var s12_3 = 0.0; var s12_4 = 0.0; var s12_5 = 0.0; var s12_6 = 0.0; var s12_7 = 0.0;
    var s13_0 = 0.0; var s13_1 = 0.0; var s13_2 = 0.0; var s13_3 = 0.0; var s13_4 = 0.0; var s13_5 = 0.0; var s13_6 = 0.0; var s13_7 = 0.0;
    var s14_0 = 0.0; var s14_1 = 0.0; var s14_2 = 0.0; var s14_3 = 0.0; var s14_4 = 0.0; var s14_5 = 0.0; var s14_6 = 0.0; var s14_7 = 0.0;
    var s15_0 = 0.0; var s15_1 = 0.0; var s15_2 = 0.0; var s15_3 = 0.0; var s15_4 = 0.0; var s15_5 = 0.0; var s15_6 = 0.0; var s15_7 = 0.0;
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
        s0_0 = fma(xv0.w, wv0.w, fma(xv0.z, wv0.z, fma(xv0.y, wv0.y, fma(xv0.x, wv0.x, s0_0))));
        s0_1 = fma(xv0.w, wv1.w, fma(xv0.z, wv1.z, fma(xv0.y, wv1.y, fma(xv0.x, wv1.x, s0_1))));
        s0_2 = fma(xv0.w, wv2.w, fma(xv0.z, wv2.z, fma(xv0.y, wv2.y, fma(xv0.x, wv2.x, s0_2))));
        s0_3 = fma(xv0.w, wv3.w, fma(xv0.z, wv3.z, fma(xv0.y, wv3.y, fma(xv0.x, wv3.x, s0_3))));
        s0_4 = fma(xv0.w, wv4.w, fma(xv0.z, wv4.z, fma(xv0.y, wv4.y, fma(xv0.x, wv4.x, s0_4))));
        s0_5 = fma(xv0.w, wv5.w, fma(xv0.z, wv5.z, fma(xv0.y, wv5.y, fma(xv0.x, wv5.x, s0_5))));
        s0_6 = fma(xv0.w, wv6.w, fma(xv0.z, wv6.z, fma(xv0.y, wv6.y, fma(xv0.x, wv6.x, s0_6))));
        s0_7 = fma(xv0.w, wv7.w, fma(xv0.z, wv7.z, fma(xv0.y, wv7.y, fma(xv0.x, wv7.x, s0_7))));
        let xv1 = a4[x1 + k];
        s1_0 = fma(xv1.w, wv0.w, fma(xv1.z, wv0.z, fma(xv1.y, wv0.y, fma(xv1.x, wv0.x, s1_0))));
        s1_1 = fma(xv1.w, wv1.w, fma(xv1.z, wv1.z, fma(xv1.y, wv1.y, fma(xv1.x, wv1.x, s1_1))));
        s1_2 = fma(xv1.w, wv2.w, fma(xv1.z, wv2.z, fma(xv1.y, wv2.y, fma(xv1.x, wv2.x, s1_2))));
        s1_3 = fma(xv1.w, wv3.w, fma(xv1.z, wv3.z, fma(xv1.y, wv3.y, fma(xv1.x, wv3.x, s1_3))));
        s1_4 = fma(xv1.w, wv4.w, fma(xv1.z, wv4.z, fma(xv1.y, wv4.y, fma(xv1.x, wv4.x, s1_4))));
        s1_5 = fma(xv1.w, wv5.w, fma(xv1.z, wv5.z, fma(xv1.y, wv5.y, fma(xv1.x, wv5.x, s1_5))));
        s1_6 = fma(xv1.w, wv6.w, fma(xv1.z, wv6.z, fma(xv1.y, wv6.y, fma(xv1.x, wv6.x, s1_6))));
        s1_7 = fma(xv1.w, wv7.w, fma(xv1.z, wv7.z, fma(xv1.y, wv7.y, fma(xv1.x, wv7.x, s1_7))));
        let xv2 = a4[x2 + k];
        s2_0 = fma(xv2.w, wv0.w, fma(xv2.z, wv0.z, fma(xv2.y, wv0.y, fma(xv2.x, wv0.x, s2_0))));
        s2_1 = fma(xv2.w, wv1.w, fma(xv2.z, wv1.z, fma(xv2.y, wv1.y, fma(xv2.x, wv1.x, s2_1))));
        s2_2 = fma(xv2.w, wv2.w, fma(xv2.z, wv2.z, fma(xv2.y, wv2.y, fma(xv2.x, wv2.x, s2_2))));
        s2_3 = fma(xv2.w, wv3.w, fma(xv2.z, wv3.z, fma(xv2.y, wv3.y, fma(xv2.x, wv3.x, s2_3))));
        s2_4 = fma(xv2.w, wv4.w, fma(xv2.z, wv4.z, fma(xv2.y, wv4.y, fma(xv2.x, wv4.x, s2_4))));
        s2_5 = fma(xv2.w, wv5.w, fma(xv2.z, wv5.z, fma(xv2.y, wv5.y, fma(xv2.x, wv5.x, s2_5))));
        s2_6 = fma(xv2.w, wv6.w, fma(xv2.z, wv6.z, fma(xv2.y, wv6.y, fma(xv2.x, wv6.x, s2_6))));
        s2_7 = fma(xv2.w, wv7.w, fma(xv2.z, wv7.z, fma(xv2.y, wv7.y, fma(xv2.x, wv7.x, s2_7))));
        let xv3 = a4[x3 + k];
        s3_0 = fma(xv3.w, wv0.w, fma(xv3.z, wv0.z, fma(xv3.y, wv0.y, fma(xv3.x, wv0.x, s3_0))));
        s3_1 = fma(xv3.w, wv1.w, fma(xv3.z, wv1.z, fma(xv3.y, wv1.y, fma(xv3.x, wv1.x, s3_1))));
        s3_2 = fma(xv3.w, wv2.w, fma(xv3.z, wv2.z, fma(xv3.y, wv2.y, fma(xv3.x, wv2.x, s3_2))));
        s3_3 = fma(xv3.w, wv3.w, fma(xv3.z, wv3.z, fma(xv3.y, wv3.y, fma(xv3.x, wv3.x, s3_3))));
        s3_4 = fma(xv3.w, wv4.w, fma(xv3.z, wv4.z, fma(xv3.y, wv4.y, fma(xv3.x, wv4.x, s3_4))));
        s3_5 = fma(xv3.w, wv5.w, fma(xv3.z, wv5.z, fma(xv3.y, wv5.y, fma(xv3.x, wv5.x, s3_5))));
        s3_6 = fma(xv3.w, wv6.w, fma(xv3.z, wv6.z, fma(xv3.y, wv6.y, fma(xv3.x, wv6.x, s3_6))));
        s3_7 = fma(xv3.w, wv7.w, fma(xv3.z, wv7.z, fma(xv3.y, wv7.y, fma(xv3.x, wv7.x, s3_7))));
        let xv4 = a4[x4 + k];
        s4_0 = fma(xv4.w, wv0.w, fma(xv4.z, wv0.z, fma(xv4.y, wv0.y, fma(xv4.x, wv0.x, s4_0))));
        s4_1 = fma(xv4.w, wv1.w, fma(xv4.z, wv1.z, fma(xv4.y, wv1.y, fma(xv4.x, wv1.x, s4_1))));
        s4_2 = fma(xv4.w, wv2.w, fma(xv4.z, wv2.z, fma(xv4.y, wv2.y, fma(xv4.x, wv2.x, s4_2))));
        s4_3 = fma(xv4.w, wv3.w, fma(xv4.z, wv3.z, fma(xv4.y, wv3.y, fma(xv4.x, wv3.x, s4_3))));
        s4_4 = fma(xv4.w, wv4.w, fma(xv4.z, wv4.z, fma(xv4.y, wv4.y, fma(xv4.x, wv4.x, s4_4))));
        s4_5 = fma(xv4.w, wv5.w, fma(xv4.z, wv5.z, fma(xv4.y, wv5.y, fma(xv4.x, wv5.x, s4_5))));
        s4_6 = fma(xv4.w, wv6.w, fma(xv4.z, wv6.z, fma(xv4.y, wv6.y, fma(xv4.x, wv6.x, s4_6))));
        s4_7 = fma(xv4.w, wv7.w, fma(xv4.z, wv7.z, fma(xv4.y, wv7.y, fma(xv4.x, wv7.x, s4_7))));
        let xv5 = a4[x5 + k];
        s5_0 = fma(xv5.w, wv0.w, fma(xv5.z, wv0.z, fma(xv5.y, wv0.y, fma(xv5.x, wv0.x, s5_0))));
        s5_1 = fma(xv5.w, wv1.w, fma(xv5.z, wv1.z, fma(xv5.y, wv1.y, fma(xv5.x, wv1.x, s5_1))));
        s5_2 = fma(xv5.w, wv2.w, fma(xv5.z, wv2.z, fma(xv5.y, wv2.y, fma(xv5.x, wv2.x, s5_2))));
        s5_3 = fma(xv5.w, wv3.w, fma(xv5.z, wv3.z, fma(xv5.y, wv3.y, fma(xv5.x, wv3.x, s5_3))));
        s5_4 = fma(xv5.w, wv4.w, fma(xv5.z, wv4.z, fma(xv5.y, wv4.y, fma(xv5.x, wv4.x, s5_4))));
        s5_5 = fma(xv5.w, wv5.w, fma(xv5.z, wv5.z, fma(xv5.y, wv5.y, fma(xv5.x, wv5.x, s5_5))));
        s5_6 = fma(xv5.w, wv6.w, fma(xv5.z, wv6.z, fma(xv5.y, wv6.y, fma(xv5.x, wv6.x, s5_6))));
        s5_7 = fma(xv5.w, wv7.w, fma(xv5.z, wv7.z, fma(xv5.y, wv7.y, fma(xv5.x, wv7.x, s5_7))));
        let xv6 = a4[x6 + k];
        s6_0 = fma(xv6.w, wv0.w, fma(xv6.z, wv0.z, fma(xv6.y, wv0.y, fma(xv6.x, wv0.x, s6_0))));
        s6_1 = fma(xv6.w, wv1.w, fma(xv6.z, wv1.z, fma(xv6.y, wv1.y, fma(xv6.x, wv1.x, s6_1))));
        s6_2 = fma(xv6.w, wv2.w, fma(xv6.z, wv2.z, fma(xv6.y, wv2.y, fma(xv6.x, wv2.x, s6_2))));
        s6_3 = fma(xv6.w, wv3.w, fma(xv6.z, wv3.z, fma(xv6.y, wv3.y, fma(xv6.x, wv3.x, s6_3))));
        s6_4 = fma(xv6.w, wv4.w, fma(xv6.z, wv4.z, fma(xv6.y, wv4.y, fma(xv6.x, wv4.x, s6_4))));
        s6_5 = fma(xv6.w, wv5.w, fma(xv6.z, wv5.z, fma(xv6.y, wv5.y, fma(xv6.x, wv5.x, s6_5))));
        s6_6 = fma(xv6.w, wv6.w, fma(xv6.z, wv6.z, fma(xv6.y, wv6.y, fma(xv6.x, wv6.x, s6_6))));
        s6_7 = fma(xv6.w, wv7.w, fma(xv6.z, wv7.z, fma(xv6.y, wv7.y, fma(xv6.x, wv7.x, s6_7))));
        let xv7 = a4[x7 + k];
        s7_0 = fma(xv7.w, wv0.w, fma(xv7.z, wv0.z, fma(xv7.y, wv0.y, fma(xv7.x, wv0.x, s7_0))));
        s7_1 = fma(xv7.w, wv1.w, fma(xv7.z, wv1.z, fma(xv7.y, wv1.y, fma(xv7.x, wv1.x, s7_1))));
        s7_2 = fma(xv7.w, wv2.w, fma(xv7.z, wv2.z, fma(xv7.y, wv2.y, fma(xv7.x, wv2.x, s7_2))));
        s7_3 = fma(xv7.w, wv3.w, fma(xv7.z, wv3.z, fma(xv7.y, wv3.y, fma(xv7.x, wv3.x, s7_3))));
        s7_4 = fma(xv7.w, wv4.w, fma(xv7.z, wv4.z, fma(xv7.y, wv4.y, fma(xv7.x, wv4.x, s7_4))));
        s7_5 = fma(xv7.w, wv5.w, fma(xv7.z, wv5.z, fma(xv7.y, wv5.y, fma(xv7.x, wv5.x, s7_5))));
        s7_6 = fma(xv7.w, wv6.w, fma(xv7.z, wv6.z, fma(xv7.y, wv6.y, fma(xv7.x, wv6.x, s7_6))));
        s7_7 = fma(xv7.w, wv7.w, fma(xv7.z, wv7.z, fma(xv7.y, wv7.y, fma(xv7.x, wv7.x, s7_7))));
        let xv8 = a4[x8 + k];
        s8_0 = fma(xv8.w, wv0.w, fma(xv8.z, wv0.z, fma(xv8.y, wv0.y, fma(xv8.x, wv0.x, s8_0))));
        s8_1 = fma(xv8.w, wv1.w, fma(xv8.z, wv1.z, fma(xv8.y, wv1.y, fma(xv8.x, wv1.x, s8_1))));
        s8_2 = fma(xv8.w, wv2.w, fma(xv8.z, wv2.z, fma(xv8.y, wv2.y, fma(xv8.x, wv2.x, s8_2))));
        s8_3 = fma(xv8.w, wv3.w, fma(xv8.z, wv3.z, fma(xv8.y, wv3.y, fma(xv8.x, wv3.x, s8_3))));
        s8_4 = fma(xv8.w, wv4.w, fma(xv8.z, wv4.z, fma(xv8.y, wv4.y, fma(xv8.x, wv4.x, s8_4))));
        s8_5 = fma(xv8.w, wv5.w, fma(xv8.z, wv5.z, fma(xv8.y, wv5.y, fma(xv8.x, wv5.x, s8_5))));
        s8_6 = fma(xv8.w, wv6.w, fma(xv8.z, wv6.z, fma(xv8.y, wv6.y, fma(xv8.x, wv6.x, s8_6))));
        s8_7 = fma(xv8.w, wv7.w, fma(xv8.z, wv7.z, fma(xv8.y, wv7.y, fma(xv8.x, wv7.x, s8_7))));
        let xv9 = a4[x9 + k];
        s9_0 = fma(xv9.w, wv0.w, fma(xv9.z, wv0.z, fma(xv9.y, wv0.y, fma(xv9.x, wv0.x, s9_0))));
        s9_1 = fma(xv9.w, wv1.w, fma(xv9.z, wv1.z, fma(xv9.y, wv1.y, fma(xv9.x, wv1.x, s9_1))));
        s9_2 = fma(xv9.w, wv2.w, fma(xv9.z, wv2.z, fma(xv9.y, wv2.y, fma(xv9.x, wv2.x, s9_2))));
        s9_3 = fma(xv9.w, wv3.w, fma(xv9.z, wv3.z, fma(xv9.y, wv3.y, fma(xv9.x, wv3.x, s9_3))));
        s9_4 = fma(xv9.w, wv4.w, fma(xv9.z, wv4.z, fma(xv9.y, wv4.y, fma(xv9.x, wv4.x, s9_4))));
        s9_5 = fma(xv9.w, wv5.w, fma(xv9.z, wv5.z, fma(xv9.y, wv5.y, fma(xv9.x, wv5.x, s9_5))));
        s9_6 = fma(xv9.w, wv6.w, fma(xv9.z, wv6.z, fma(xv9.y, wv6.y, fma(xv9.x, wv6.x, s9_6))));
        s9_7 = fma(xv9.w, wv7.w, fma(xv9.z, wv7.z, fma(xv9.y, wv7.y, fma(xv9.x, wv7.x, s9_7))));
        let xv10 = a4[x10 + k];
        s10_0 = fma(xv10.w, wv0.w, fma(xv10.z, wv0.z, fma(xv10.y, wv0.y, fma(xv10.x, wv0.x, s10_0))));
        s10_1 = fma(xv10.w, wv1.w, fma(xv10.z, wv1.z, fma(xv10.y, wv1.y, fma(xv10.x, wv1.x, s10_1))));
        s10_2 = fma(xv10.w, wv2.w, fma(xv10.z, wv2.z, fma(xv10.y, wv2.y, fma(xv10.x, wv2.x, s10_2))));
        s10_3 = fma(xv10.w, wv3.w, fma(xv10.z, wv3.z, fma(xv10.y, wv3.y, fma(xv10.x, wv3.x, s10_3))));
        s10_4 = fma(xv10.w, wv4.w, fma(xv10.z, wv4.z, fma(xv10.y, wv4.y, fma(xv10.x, wv4.x, s10_4))));
        s10_5 = fma(xv10.w, wv5.w, fma(xv10.z, wv5.z, fma(xv10.y, wv5.y, fma(xv10.x, wv5.x, s10_5))));
        s10_6 = fma(xv10.w, wv6.w, fma(xv10.z, wv6.z, fma(xv10.y, wv6.y, fma(xv10.x, wv6.x, s10_6))));
        s10_7 = fma(xv10.w, wv7.w, fma(xv10.z, wv7.z, fma(xv10.y, wv7.y, fma(xv10.x, wv7.x, s10_7))));
        let xv11 = a4[x11 + k];
        s11_0 = fma(xv11.w, wv0.w, fma(xv11.z, wv0.z, fma(xv11.y, wv0.y, fma(xv11.x, wv0.x, s11_0))));
        s11_1 = fma(xv11.w, wv1.w, fma(xv11.z, wv1.z, fma(xv11.y, wv1.y, fma(xv11.x, wv1.x, s11_1))));
        s11_2 = fma(xv11.w, wv2.w, fma(xv11.z, wv2.z, fma(xv11.y, wv2.y, fma(xv11.x, wv2.x, s11_2))));
        s11_3 = fma(xv11.w, wv3.w, fma(xv11.z, wv3.z, fma(xv11.y, wv3.y, fma(xv11.x, wv3.x, s11_3))));
        s11_4 = fma(xv11.w, wv4.w, fma(xv11.z, wv4.z, fma(xv11.y, wv4.y, fma(xv11.x, wv4.x, s11_4))));
        s11_5 = fma(xv11.w, wv5.w, fma(xv11.z, wv5.z, fma(xv11.y, wv5.y, fma(xv11.x, wv5.x, s11_5))));
        s11_6 = fma(xv11.w, wv6.w, fma(xv11.z, wv6.z, fma(xv11.y, wv6.y, fma(xv11.x, wv6.x, s11_6))));
        s11_7 = fma(xv11.w, wv7.w, fma(xv11.z, wv7.z, fma(xv11.y, wv7.y, fma(xv11.x, wv7.x, s11_7))));
        let xv12 = a4[x12 + k];
        s12_0 = fma(xv12.w, wv0.w, fma(xv12.z, wv0.z, fma(xv12.y, wv0.y, fma(xv12.x, wv0.x, s12_0))));
        s12_1 = fma(xv12.w, wv1.w, fma(xv12.z, wv1.z, fma(xv12.y, wv1.y, fma(xv12.x, wv1.x, s12_1))));
        s12_2 = fma(xv12.w, wv2.w, fma(xv12.z, wv2.z, fma(xv12.y, wv2.y, fma(xv12.x, wv2.x, s12_2))));
        s12_3 = fma(xv12.w, wv3.w, fma(xv12.z, wv3.z, fma(xv12.y, wv3.y, fma(xv12.x, wv3.x, s12_3))));
        s12_4 = fma(xv12.w, wv4.w, fma(xv12.z, wv4.z, fma(xv12.y, wv4.y, fma(xv12.x, wv4.x, s12_4))));
        s12_5 = fma(xv12.w, wv5.w, fma(xv12.z, wv5.z, fma(xv12.y, wv5.y, fma(xv12.x, wv5.x, s12_5))));
        s12_6 = fma(xv12.w, wv6.w, fma(xv12.z, wv6.z, fma(xv12.y, wv6.y, fma(xv12.x, wv6.x, s12_6))));
        s12_7 = fma(xv12.w, wv7.w, fma(xv12.z, wv7.z, fma(xv12.y, wv7.y, fma(xv12.x, wv7.x, s12_7))));
        let xv13 = a4[x13 + k];
        s13_0 = fma(xv13.w, wv0.w, fma(xv13.z, wv0.z, fma(xv13.y, wv0.y, fma(xv13.x, wv0.x, s13_0))));
        s13_1 = fma(xv13.w, wv1.w, fma(xv13.z, wv1.z, fma(xv13.y, wv1.y, fma(xv13.x, wv1.x, s13_1))));
        s13_2 = fma(xv13.w, wv2.w, fma(xv13.z, wv2.z, fma(xv13.y, wv2.y, fma(xv13.x, wv2.x, s13_2))));
        s13_3 = fma(xv13.w, wv3.w, fma(xv13.z, wv3.z, fma(xv13.y, wv3.y, fma(xv13.x, wv3.x, s13_3))));
        s13_4 = fma(xv13.w, wv4.w, fma(xv13.z, wv4.z, fma(xv13.y, wv4.y, fma(xv13.x, wv4.x, s13_4))));
        s13_5 = fma(xv13.w, wv5.w, fma(xv13.z, wv5.z, fma(xv13.y, wv5.y, fma(xv13.x, wv5.x, s13_5))));
        s13_6 = fma(xv13.w, wv6.w, fma(xv13.z, wv6.z, fma(xv13.y, wv6.y, fma(xv13.x, wv6.x, s13_6))));
        s13_7 = fma(xv13.w, wv7.w, fma(xv13.z, wv7.z, fma(xv13.y, wv7.y, fma(xv13.x, wv7.x, s13_7))));
        let xv14 = a4[x14 + k];
        s14_0 = fma(xv14.w, wv0.w, fma(xv14.z, wv0.z, fma(xv14.y, wv0.y, fma(xv14.x, wv0.x, s14_0))));
        s14_1 = fma(xv14.w, wv1.w, fma(xv14.z, wv1.z, fma(xv14.y, wv1.y, fma(xv14.x, wv1.x, s14_1))));
        s14_2 = fma(xv14.w, wv2.w, fma(xv14.z, wv2.z, fma(xv14.y, wv2.y, fma(xv14.x, wv2.x, s14_2))));
        s14_3 = fma(xv14.w, wv3.w, fma(xv14.z, wv3.z, fma(xv14.y, wv3.y, fma(xv14.x, wv3.x, s14_3))));
        s14_4 = fma(xv14.w, wv4.w, fma(xv14.z, wv4.z, fma(xv14.y, wv4.y, fma(xv14.x, wv4.x, s14_4))));
        s14_5 = fma(xv14.w, wv5.w, fma(xv14.z, wv5.z, fma(xv14.y, wv5.y, fma(xv14.x, wv5.x, s14_5))));
        s14_6 = fma(xv14.w, wv6.w, fma(xv14.z, wv6.z, fma(xv14.y, wv6.y, fma(xv14.x, wv6.x, s14_6))));
        s14_7 = fma(xv14.w, wv7.w, fma(xv14.z, wv7.z, fma(xv14.y, wv7.y, fma(xv14.x, wv7.x, s14_7))));
        let xv15 = a4[x15 + k];
        s15_0 = fma(xv15.w, wv0.w, fma(xv15.z, wv0.z, fma(xv15.y, wv0.y, fma(xv15.x, wv0.x, s15_0))));
        s15_1 = fma(xv15.w, wv1.w, fma(xv15.z, wv1.z, fma(xv15.y, wv1.y, fma(xv15.x, wv1.x, s15_1))));
        s15_2 = fma(xv15.w, wv2.w, fma(xv15.z, wv2.z, fma(xv15.y, wv2.y, fma(xv15.x, wv2.x, s15_2))));
        s15_3 = fma(xv15.w, wv3.w, fma(xv15.z, wv3.z, fma(xv15.y, wv3.y, fma(xv15.x, wv3.x, s15_3))));
        s15_4 = fma(xv15.w, wv4.w, fma(xv15.z, wv4.z, fma(xv15.y, wv4.y, fma(xv15.x, wv4.x, s15_4))));
        s15_5 = fma(xv15.w, wv5.w, fma(xv15.z, wv5.z, fma(xv15.y, wv5.y, fma(xv15.x, wv5.x, s15_5))));
        s15_6 = fma(xv15.w, wv6.w, fma(xv15.z, wv6.z, fma(xv15.y, wv6.y, fma(xv15.x, wv6.x, s15_6))));
        s15_7 = fma(xv15.w, wv7.w, fma(xv15.z, wv7.z, fma(xv15.y, wv7.y, fma(xv15.x, wv7.x, s15_7))));
    }
    let c_base = gid.z * p.c_batch;
    var b0 = vec4<f32>(0.0);
    var b1 = vec4<f32>(0.0);
    if (p.has_bias != 0u) {
        b0 = bias4[min(c0 / 4u + 0u, p.cols / 4u - 1u)];
        b1 = bias4[min(c0 / 4u + 1u, p.cols / 4u - 1u)];
    }
    if (r0 + 0u < p.rows) {
        let o = (c_base + (r0 + 0u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s0_0, s0_1, s0_2, s0_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s0_4, s0_5, s0_6, s0_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 1u < p.rows) {
        let o = (c_base + (r0 + 1u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s1_0, s1_1, s1_2, s1_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s1_4, s1_5, s1_6, s1_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 2u < p.rows) {
        let o = (c_base + (r0 + 2u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s2_0, s2_1, s2_2, s2_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s2_4, s2_5, s2_6, s2_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 3u < p.rows) {
        let o = (c_base + (r0 + 3u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s3_0, s3_1, s3_2, s3_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s3_4, s3_5, s3_6, s3_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 4u < p.rows) {
        let o = (c_base + (r0 + 4u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s4_0, s4_1, s4_2, s4_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s4_4, s4_5, s4_6, s4_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 5u < p.rows) {
        let o = (c_base + (r0 + 5u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s5_0, s5_1, s5_2, s5_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s5_4, s5_5, s5_6, s5_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 6u < p.rows) {
        let o = (c_base + (r0 + 6u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s6_0, s6_1, s6_2, s6_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s6_4, s6_5, s6_6, s6_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 7u < p.rows) {
        let o = (c_base + (r0 + 7u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s7_0, s7_1, s7_2, s7_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s7_4, s7_5, s7_6, s7_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 8u < p.rows) {
        let o = (c_base + (r0 + 8u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s8_0, s8_1, s8_2, s8_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s8_4, s8_5, s8_6, s8_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 9u < p.rows) {
        let o = (c_base + (r0 + 9u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s9_0, s9_1, s9_2, s9_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s9_4, s9_5, s9_6, s9_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 10u < p.rows) {
        let o = (c_base + (r0 + 10u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s10_0, s10_1, s10_2, s10_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s10_4, s10_5, s10_6, s10_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 11u < p.rows) {
        let o = (c_base + (r0 + 11u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s11_0, s11_1, s11_2, s11_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s11_4, s11_5, s11_6, s11_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 12u < p.rows) {
        let o = (c_base + (r0 + 12u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s12_0, s12_1, s12_2, s12_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s12_4, s12_5, s12_6, s12_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 13u < p.rows) {
        let o = (c_base + (r0 + 13u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s13_0, s13_1, s13_2, s13_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s13_4, s13_5, s13_6, s13_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 14u < p.rows) {
        let o = (c_base + (r0 + 14u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s14_0, s14_1, s14_2, s14_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s14_4, s14_5, s14_6, s14_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 15u < p.rows) {
        let o = (c_base + (r0 + 15u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s15_0, s15_1, s15_2, s15_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s15_4, s15_5, s15_6, s15_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_input_16x8(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 16u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let c4 = p.cols / 4u;
    let g0 = min(c0 / 4u + 0u, c4 - 1u);
    let g1 = min(c0 / 4u + 1u, c4 - 1u);
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
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0);
    for (var k = 0u; k < d4; k++) {
        let w_row = wb + 4u * k * c4;
        let w0_0 = b4[w_row + 0u * c4 + g0];
        let w0_1 = b4[w_row + 0u * c4 + g1];
        let w1_0 = b4[w_row + 1u * c4 + g0];
        let w1_1 = b4[w_row + 1u * c4 + g1];
        let w2_0 = b4[w_row + 2u * c4 + g0];
        let w2_1 = b4[w_row + 2u * c4 + g1];
        let w3_0 = b4[w_row + 3u * c4 + g0];
        let w3_1 = b4[w_row + 3u * c4 + g1];
        let zv0 = a4[z0 + k];
        s0_0 = fma(vec4<f32>(zv0.w), w3_0, fma(vec4<f32>(zv0.z), w2_0, fma(vec4<f32>(zv0.y), w1_0, fma(vec4<f32>(zv0.x), w0_0, s0_0))));
        s0_1 = fma(vec4<f32>(zv0.w), w3_1, fma(vec4<f32>(zv0.z), w2_1, fma(vec4<f32>(zv0.y), w1_1, fma(vec4<f32>(zv0.x), w0_1, s0_1))));
        let zv1 = a4[z1 + k];
        s1_0 = fma(vec4<f32>(zv1.w), w3_0, fma(vec4<f32>(zv1.z), w2_0, fma(vec4<f32>(zv1.y), w1_0, fma(vec4<f32>(zv1.x), w0_0, s1_0))));
        s1_1 = fma(vec4<f32>(zv1.w), w3_1, fma(vec4<f32>(zv1.z), w2_1, fma(vec4<f32>(zv1.y), w1_1, fma(vec4<f32>(zv1.x), w0_1, s1_1))));
        let zv2 = a4[z2 + k];
        s2_0 = fma(vec4<f32>(zv2.w), w3_0, fma(vec4<f32>(zv2.z), w2_0, fma(vec4<f32>(zv2.y), w1_0, fma(vec4<f32>(zv2.x), w0_0, s2_0))));
        s2_1 = fma(vec4<f32>(zv2.w), w3_1, fma(vec4<f32>(zv2.z), w2_1, fma(vec4<f32>(zv2.y), w1_1, fma(vec4<f32>(zv2.x), w0_1, s2_1))));
        let zv3 = a4[z3 + k];
        s3_0 = fma(vec4<f32>(zv3.w), w3_0, fma(vec4<f32>(zv3.z), w2_0, fma(vec4<f32>(zv3.y), w1_0, fma(vec4<f32>(zv3.x), w0_0, s3_0))));
        s3_1 = fma(vec4<f32>(zv3.w), w3_1, fma(vec4<f32>(zv3.z), w2_1, fma(vec4<f32>(zv3.y), w1_1, fma(vec4<f32>(zv3.x), w0_1, s3_1))));
        let zv4 = a4[z4 + k];
        s4_0 = fma(vec4<f32>(zv4.w), w3_0, fma(vec4<f32>(zv4.z), w2_0, fma(vec4<f32>(zv4.y), w1_0, fma(vec4<f32>(zv4.x), w0_0, s4_0))));
        s4_1 = fma(vec4<f32>(zv4.w), w3_1, fma(vec4<f32>(zv4.z), w2_1, fma(vec4<f32>(zv4.y), w1_1, fma(vec4<f32>(zv4.x), w0_1, s4_1))));
        let zv5 = a4[z5 + k];
        s5_0 = fma(vec4<f32>(zv5.w), w3_0, fma(vec4<f32>(zv5.z), w2_0, fma(vec4<f32>(zv5.y), w1_0, fma(vec4<f32>(zv5.x), w0_0, s5_0))));
        s5_1 = fma(vec4<f32>(zv5.w), w3_1, fma(vec4<f32>(zv5.z), w2_1, fma(vec4<f32>(zv5.y), w1_1, fma(vec4<f32>(zv5.x), w0_1, s5_1))));
        let zv6 = a4[z6 + k];
        s6_0 = fma(vec4<f32>(zv6.w), w3_0, fma(vec4<f32>(zv6.z), w2_0, fma(vec4<f32>(zv6.y), w1_0, fma(vec4<f32>(zv6.x), w0_0, s6_0))));
        s6_1 = fma(vec4<f32>(zv6.w), w3_1, fma(vec4<f32>(zv6.z), w2_1, fma(vec4<f32>(zv6.y), w1_1, fma(vec4<f32>(zv6.x), w0_1, s6_1))));
        let zv7 = a4[z7 + k];
        s7_0 = fma(vec4<f32>(zv7.w), w3_0, fma(vec4<f32>(zv7.z), w2_0, fma(vec4<f32>(zv7.y), w1_0, fma(vec4<f32>(zv7.x), w0_0, s7_0))));
        s7_1 = fma(vec4<f32>(zv7.w), w3_1, fma(vec4<f32>(zv7.z), w2_1, fma(vec4<f32>(zv7.y), w1_1, fma(vec4<f32>(zv7.x), w0_1, s7_1))));
        let zv8 = a4[z8 + k];
        s8_0 = fma(vec4<f32>(zv8.w), w3_0, fma(vec4<f32>(zv8.z), w2_0, fma(vec4<f32>(zv8.y), w1_0, fma(vec4<f32>(zv8.x), w0_0, s8_0))));
        s8_1 = fma(vec4<f32>(zv8.w), w3_1, fma(vec4<f32>(zv8.z), w2_1, fma(vec4<f32>(zv8.y), w1_1, fma(vec4<f32>(zv8.x), w0_1, s8_1))));
        let zv9 = a4[z9 + k];
        s9_0 = fma(vec4<f32>(zv9.w), w3_0, fma(vec4<f32>(zv9.z), w2_0, fma(vec4<f32>(zv9.y), w1_0, fma(vec4<f32>(zv9.x), w0_0, s9_0))));
        s9_1 = fma(vec4<f32>(zv9.w), w3_1, fma(vec4<f32>(zv9.z), w2_1, fma(vec4<f32>(zv9.y), w1_1, fma(vec4<f32>(zv9.x), w0_1, s9_1))));
        let zv10 = a4[z10 + k];
        s10_0 = fma(vec4<f32>(zv10.w), w3_0, fma(vec4<f32>(zv10.z), w2_0, fma(vec4<f32>(zv10.y), w1_0, fma(vec4<f32>(zv10.x), w0_0, s10_0))));
        s10_1 = fma(vec4<f32>(zv10.w), w3_1, fma(vec4<f32>(zv10.z), w2_1, fma(vec4<f32>(zv10.y), w1_1, fma(vec4<f32>(zv10.x), w0_1, s10_1))));
        let zv11 = a4[z11 + k];
        s11_0 = fma(vec4<f32>(zv11.w), w3_0, fma(vec4<f32>(zv11.z), w2_0, fma(vec4<f32>(zv11.y), w1_0, fma(vec4<f32>(zv11.x), w0_0, s11_0))));
        s11_1 = fma(vec4<f32>(zv11.w), w3_1, fma(vec4<f32>(zv11.z), w2_1, fma(vec4<f32>(zv11.y), w1_1, fma(vec4<f32>(zv11.x), w0_1, s11_1))));
        let zv12 = a4[z12 + k];
        s12_0 = fma(vec4<f32>(zv12.w), w3_0, fma(vec4<f32>(zv12.z), w2_0, fma(vec4<f32>(zv12.y), w1_0, fma(vec4<f32>(zv12.x), w0_0, s12_0))));
        s12_1 = fma(vec4<f32>(zv12.w), w3_1, fma(vec4<f32>(zv12.z), w2_1, fma(vec4<f32>(zv12.y), w1_1, fma(vec4<f32>(zv12.x), w0_1, s12_1))));
        let zv13 = a4[z13 + k];
        s13_0 = fma(vec4<f32>(zv13.w), w3_0, fma(vec4<f32>(zv13.z), w2_0, fma(vec4<f32>(zv13.y), w1_0, fma(vec4<f32>(zv13.x), w0_0, s13_0))));
        s13_1 = fma(vec4<f32>(zv13.w), w3_1, fma(vec4<f32>(zv13.z), w2_1, fma(vec4<f32>(zv13.y), w1_1, fma(vec4<f32>(zv13.x), w0_1, s13_1))));
        let zv14 = a4[z14 + k];
        s14_0 = fma(vec4<f32>(zv14.w), w3_0, fma(vec4<f32>(zv14.z), w2_0, fma(vec4<f32>(zv14.y), w1_0, fma(vec4<f32>(zv14.x), w0_0, s14_0))));
        s14_1 = fma(vec4<f32>(zv14.w), w3_1, fma(vec4<f32>(zv14.z), w2_1, fma(vec4<f32>(zv14.y), w1_1, fma(vec4<f32>(zv14.x), w0_1, s14_1))));
        let zv15 = a4[z15 + k];
        s15_0 = fma(vec4<f32>(zv15.w), w3_0, fma(vec4<f32>(zv15.z), w2_0, fma(vec4<f32>(zv15.y), w1_0, fma(vec4<f32>(zv15.x), w0_0, s15_0))));
        s15_1 = fma(vec4<f32>(zv15.w), w3_1, fma(vec4<f32>(zv15.z), w2_1, fma(vec4<f32>(zv15.y), w1_1, fma(vec4<f32>(zv15.x), w0_1, s15_1))));
    }
    let c_base = gid.z * p.c_batch;
    if (r0 + 0u < p.rows) {
        let o = (c_base + (r0 + 0u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s0_0.x, s0_0.y, s0_0.z, s0_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s0_1.x, s0_1.y, s0_1.z, s0_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 1u < p.rows) {
        let o = (c_base + (r0 + 1u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s1_0.x, s1_0.y, s1_0.z, s1_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s1_1.x, s1_1.y, s1_1.z, s1_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 2u < p.rows) {
        let o = (c_base + (r0 + 2u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s2_0.x, s2_0.y, s2_0.z, s2_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s2_1.x, s2_1.y, s2_1.z, s2_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 3u < p.rows) {
        let o = (c_base + (r0 + 3u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s3_0.x, s3_0.y, s3_0.z, s3_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s3_1.x, s3_1.y, s3_1.z, s3_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 4u < p.rows) {
        let o = (c_base + (r0 + 4u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s4_0.x, s4_0.y, s4_0.z, s4_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s4_1.x, s4_1.y, s4_1.z, s4_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 5u < p.rows) {
        let o = (c_base + (r0 + 5u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s5_0.x, s5_0.y, s5_0.z, s5_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s5_1.x, s5_1.y, s5_1.z, s5_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 6u < p.rows) {
        let o = (c_base + (r0 + 6u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s6_0.x, s6_0.y, s6_0.z, s6_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s6_1.x, s6_1.y, s6_1.z, s6_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 7u < p.rows) {
        let o = (c_base + (r0 + 7u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s7_0.x, s7_0.y, s7_0.z, s7_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s7_1.x, s7_1.y, s7_1.z, s7_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 8u < p.rows) {
        let o = (c_base + (r0 + 8u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s8_0.x, s8_0.y, s8_0.z, s8_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s8_1.x, s8_1.y, s8_1.z, s8_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 9u < p.rows) {
        let o = (c_base + (r0 + 9u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s9_0.x, s9_0.y, s9_0.z, s9_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s9_1.x, s9_1.y, s9_1.z, s9_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 10u < p.rows) {
        let o = (c_base + (r0 + 10u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s10_0.x, s10_0.y, s10_0.z, s10_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s10_1.x, s10_1.y, s10_1.z, s10_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 11u < p.rows) {
        let o = (c_base + (r0 + 11u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s11_0.x, s11_0.y, s11_0.z, s11_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s11_1.x, s11_1.y, s11_1.z, s11_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 12u < p.rows) {
        let o = (c_base + (r0 + 12u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s12_0.x, s12_0.y, s12_0.z, s12_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s12_1.x, s12_1.y, s12_1.z, s12_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 13u < p.rows) {
        let o = (c_base + (r0 + 13u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s13_0.x, s13_0.y, s13_0.z, s13_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s13_1.x, s13_1.y, s13_1.z, s13_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 14u < p.rows) {
        let o = (c_base + (r0 + 14u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s14_0.x, s14_0.y, s14_0.z, s14_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s14_1.x, s14_1.y, s14_1.z, s14_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 15u < p.rows) {
        let o = (c_base + (r0 + 15u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s15_0.x, s15_0.y, s15_0.z, s15_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s15_1.x, s15_1.y, s15_1.z, s15_1.w);
            out4[o + 1u] = act4(z);
        }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_weight_32x8(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 32u;
    if (c0 >= p.cols || r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let rg0 = min(r0 / 4u + 0u, r4 - 1u);
    let rg1 = min(r0 / 4u + 1u, r4 - 1u);
    let rg2 = min(r0 / 4u + 2u, r4 - 1u);
    let rg3 = min(r0 / 4u + 3u, r4 - 1u);
    let rg4 = min(r0 / 4u + 4u, r4 - 1u);
    let rg5 = min(r0 / 4u + 5u, r4 - 1u);
    let rg6 = min(r0 / 4u + 6u, r4 - 1u);
    let rg7 = min(r0 / 4u + 7u, r4 - 1u);
    let cg0 = min(c0 / 4u + 0u, c4 - 1u);
    let cg1 = min(c0 / 4u + 1u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let xb = gid.z * p.b_batch / 4u;
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0);
    var s16_0 = vec4<f32>(0.0); var s16_1 = vec4<f32>(0.0);
    var s17_0 = vec4<f32>(0.0); var s17_1 = vec4<f32>(0.0);
    var s18_0 = vec4<f32>(0.0); var s18_1 = vec4<f32>(0.0);
    var s19_0 = vec4<f32>(0.0); var s19_1 = vec4<f32>(0.0);
    var s20_0 = vec4<f32>(0.0); var s20_1 = vec4<f32>(0.0);
    var s21_0 = vec4<f32>(0.0); var s21_1 = vec4<f32>(0.0);
    var s22_0 = vec4<f32>(0.0); var s22_1 = vec4<f32>(0.0);
    var s23_0 = vec4<f32>(0.0); var s23_1 = vec4<f32>(0.0);
    var s24_0 = vec4<f32>(0.0); var s24_1 = vec4<f32>(0.0);
    var s25_0 = vec4<f32>(0.0); var s25_1 = vec4<f32>(0.0);
    var s26_0 = vec4<f32>(0.0); var s26_1 = vec4<f32>(0.0);
    var s27_0 = vec4<f32>(0.0); var s27_1 = vec4<f32>(0.0);
    var s28_0 = vec4<f32>(0.0); var s28_1 = vec4<f32>(0.0);
    var s29_0 = vec4<f32>(0.0); var s29_1 = vec4<f32>(0.0);
    var s30_0 = vec4<f32>(0.0); var s30_1 = vec4<f32>(0.0);
    var s31_0 = vec4<f32>(0.0); var s31_1 = vec4<f32>(0.0);
    let sums = p.row_sums != 0u && wid.x == 0u;
    var sb0 = vec4<f32>(0.0); var sb1 = vec4<f32>(0.0); var sb2 = vec4<f32>(0.0); var sb3 = vec4<f32>(0.0); var sb4 = vec4<f32>(0.0); var sb5 = vec4<f32>(0.0); var sb6 = vec4<f32>(0.0); var sb7 = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let zm = zb + m * r4;
        let xm = xb + m * c4;
        let zv0 = a4[zm + rg0];
        let zv1 = a4[zm + rg1];
        let zv2 = a4[zm + rg2];
        let zv3 = a4[zm + rg3];
        let zv4 = a4[zm + rg4];
        let zv5 = a4[zm + rg5];
        let zv6 = a4[zm + rg6];
        let zv7 = a4[zm + rg7];
        let xv0 = b4[xm + cg0];
        let xv1 = b4[xm + cg1];
        s0_0 = fma(vec4<f32>(zv0.x), xv0, s0_0);
        s0_1 = fma(vec4<f32>(zv0.x), xv1, s0_1);
        s1_0 = fma(vec4<f32>(zv0.y), xv0, s1_0);
        s1_1 = fma(vec4<f32>(zv0.y), xv1, s1_1);
        s2_0 = fma(vec4<f32>(zv0.z), xv0, s2_0);
        s2_1 = fma(vec4<f32>(zv0.z), xv1, s2_1);
        s3_0 = fma(vec4<f32>(zv0.w), xv0, s3_0);
        s3_1 = fma(vec4<f32>(zv0.w), xv1, s3_1);
        s4_0 = fma(vec4<f32>(zv1.x), xv0, s4_0);
        s4_1 = fma(vec4<f32>(zv1.x), xv1, s4_1);
        s5_0 = fma(vec4<f32>(zv1.y), xv0, s5_0);
        s5_1 = fma(vec4<f32>(zv1.y), xv1, s5_1);
        s6_0 = fma(vec4<f32>(zv1.z), xv0, s6_0);
        s6_1 = fma(vec4<f32>(zv1.z), xv1, s6_1);
        s7_0 = fma(vec4<f32>(zv1.w), xv0, s7_0);
        s7_1 = fma(vec4<f32>(zv1.w), xv1, s7_1);
        s8_0 = fma(vec4<f32>(zv2.x), xv0, s8_0);
        s8_1 = fma(vec4<f32>(zv2.x), xv1, s8_1);
        s9_0 = fma(vec4<f32>(zv2.y), xv0, s9_0);
        s9_1 = fma(vec4<f32>(zv2.y), xv1, s9_1);
        s10_0 = fma(vec4<f32>(zv2.z), xv0, s10_0);
        s10_1 = fma(vec4<f32>(zv2.z), xv1, s10_1);
        s11_0 = fma(vec4<f32>(zv2.w), xv0, s11_0);
        s11_1 = fma(vec4<f32>(zv2.w), xv1, s11_1);
        s12_0 = fma(vec4<f32>(zv3.x), xv0, s12_0);
        s12_1 = fma(vec4<f32>(zv3.x), xv1, s12_1);
        s13_0 = fma(vec4<f32>(zv3.y), xv0, s13_0);
        s13_1 = fma(vec4<f32>(zv3.y), xv1, s13_1);
        s14_0 = fma(vec4<f32>(zv3.z), xv0, s14_0);
        s14_1 = fma(vec4<f32>(zv3.z), xv1, s14_1);
        s15_0 = fma(vec4<f32>(zv3.w), xv0, s15_0);
        s15_1 = fma(vec4<f32>(zv3.w), xv1, s15_1);
        s16_0 = fma(vec4<f32>(zv4.x), xv0, s16_0);
        s16_1 = fma(vec4<f32>(zv4.x), xv1, s16_1);
        s17_0 = fma(vec4<f32>(zv4.y), xv0, s17_0);
        s17_1 = fma(vec4<f32>(zv4.y), xv1, s17_1);
        s18_0 = fma(vec4<f32>(zv4.z), xv0, s18_0);
        s18_1 = fma(vec4<f32>(zv4.z), xv1, s18_1);
        s19_0 = fma(vec4<f32>(zv4.w), xv0, s19_0);
        s19_1 = fma(vec4<f32>(zv4.w), xv1, s19_1);
        s20_0 = fma(vec4<f32>(zv5.x), xv0, s20_0);
        s20_1 = fma(vec4<f32>(zv5.x), xv1, s20_1);
        s21_0 = fma(vec4<f32>(zv5.y), xv0, s21_0);
        s21_1 = fma(vec4<f32>(zv5.y), xv1, s21_1);
        s22_0 = fma(vec4<f32>(zv5.z), xv0, s22_0);
        s22_1 = fma(vec4<f32>(zv5.z), xv1, s22_1);
        s23_0 = fma(vec4<f32>(zv5.w), xv0, s23_0);
        s23_1 = fma(vec4<f32>(zv5.w), xv1, s23_1);
        s24_0 = fma(vec4<f32>(zv6.x), xv0, s24_0);
        s24_1 = fma(vec4<f32>(zv6.x), xv1, s24_1);
        s25_0 = fma(vec4<f32>(zv6.y), xv0, s25_0);
        s25_1 = fma(vec4<f32>(zv6.y), xv1, s25_1);
        s26_0 = fma(vec4<f32>(zv6.z), xv0, s26_0);
        s26_1 = fma(vec4<f32>(zv6.z), xv1, s26_1);
        s27_0 = fma(vec4<f32>(zv6.w), xv0, s27_0);
        s27_1 = fma(vec4<f32>(zv6.w), xv1, s27_1);
        s28_0 = fma(vec4<f32>(zv7.x), xv0, s28_0);
        s28_1 = fma(vec4<f32>(zv7.x), xv1, s28_1);
        s29_0 = fma(vec4<f32>(zv7.y), xv0, s29_0);
        s29_1 = fma(vec4<f32>(zv7.y), xv1, s29_1);
        s30_0 = fma(vec4<f32>(zv7.z), xv0, s30_0);
        s30_1 = fma(vec4<f32>(zv7.z), xv1, s30_1);
        s31_0 = fma(vec4<f32>(zv7.w), xv0, s31_0);
        s31_1 = fma(vec4<f32>(zv7.w), xv1, s31_1);
        if (sums) {
            sb0 += zv0;
            sb1 += zv1;
            sb2 += zv2;
            sb3 += zv3;
            sb4 += zv4;
            sb5 += zv5;
            sb6 += zv6;
            sb7 += zv7;
        }
    }
    if (sums && gid.x == 0u) {
        if (r0 + 0u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 0u] = sb0; }
        if (r0 + 4u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 1u] = sb1; }
        if (r0 + 8u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 2u] = sb2; }
        if (r0 + 12u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 3u] = sb3; }
        if (r0 + 16u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 4u] = sb4; }
        if (r0 + 20u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 5u] = sb5; }
        if (r0 + 24u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 6u] = sb6; }
        if (r0 + 28u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 7u] = sb7; }
    }
    let c_base = gid.z * p.c_batch;
    if (r0 + 0u < p.rows) {
        let o = (c_base + (r0 + 0u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s0_0.x, s0_0.y, s0_0.z, s0_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s0_1.x, s0_1.y, s0_1.z, s0_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 1u < p.rows) {
        let o = (c_base + (r0 + 1u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s1_0.x, s1_0.y, s1_0.z, s1_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s1_1.x, s1_1.y, s1_1.z, s1_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 2u < p.rows) {
        let o = (c_base + (r0 + 2u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s2_0.x, s2_0.y, s2_0.z, s2_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s2_1.x, s2_1.y, s2_1.z, s2_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 3u < p.rows) {
        let o = (c_base + (r0 + 3u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s3_0.x, s3_0.y, s3_0.z, s3_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s3_1.x, s3_1.y, s3_1.z, s3_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 4u < p.rows) {
        let o = (c_base + (r0 + 4u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s4_0.x, s4_0.y, s4_0.z, s4_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s4_1.x, s4_1.y, s4_1.z, s4_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 5u < p.rows) {
        let o = (c_base + (r0 + 5u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s5_0.x, s5_0.y, s5_0.z, s5_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s5_1.x, s5_1.y, s5_1.z, s5_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 6u < p.rows) {
        let o = (c_base + (r0 + 6u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s6_0.x, s6_0.y, s6_0.z, s6_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s6_1.x, s6_1.y, s6_1.z, s6_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 7u < p.rows) {
        let o = (c_base + (r0 + 7u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s7_0.x, s7_0.y, s7_0.z, s7_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s7_1.x, s7_1.y, s7_1.z, s7_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 8u < p.rows) {
        let o = (c_base + (r0 + 8u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s8_0.x, s8_0.y, s8_0.z, s8_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s8_1.x, s8_1.y, s8_1.z, s8_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 9u < p.rows) {
        let o = (c_base + (r0 + 9u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s9_0.x, s9_0.y, s9_0.z, s9_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s9_1.x, s9_1.y, s9_1.z, s9_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 10u < p.rows) {
        let o = (c_base + (r0 + 10u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s10_0.x, s10_0.y, s10_0.z, s10_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s10_1.x, s10_1.y, s10_1.z, s10_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 11u < p.rows) {
        let o = (c_base + (r0 + 11u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s11_0.x, s11_0.y, s11_0.z, s11_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s11_1.x, s11_1.y, s11_1.z, s11_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 12u < p.rows) {
        let o = (c_base + (r0 + 12u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s12_0.x, s12_0.y, s12_0.z, s12_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s12_1.x, s12_1.y, s12_1.z, s12_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 13u < p.rows) {
        let o = (c_base + (r0 + 13u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s13_0.x, s13_0.y, s13_0.z, s13_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s13_1.x, s13_1.y, s13_1.z, s13_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 14u < p.rows) {
        let o = (c_base + (r0 + 14u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s14_0.x, s14_0.y, s14_0.z, s14_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s14_1.x, s14_1.y, s14_1.z, s14_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 15u < p.rows) {
        let o = (c_base + (r0 + 15u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s15_0.x, s15_0.y, s15_0.z, s15_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s15_1.x, s15_1.y, s15_1.z, s15_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 16u < p.rows) {
        let o = (c_base + (r0 + 16u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s16_0.x, s16_0.y, s16_0.z, s16_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s16_1.x, s16_1.y, s16_1.z, s16_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 17u < p.rows) {
        let o = (c_base + (r0 + 17u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s17_0.x, s17_0.y, s17_0.z, s17_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s17_1.x, s17_1.y, s17_1.z, s17_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 18u < p.rows) {
        let o = (c_base + (r0 + 18u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s18_0.x, s18_0.y, s18_0.z, s18_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s18_1.x, s18_1.y, s18_1.z, s18_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 19u < p.rows) {
        let o = (c_base + (r0 + 19u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s19_0.x, s19_0.y, s19_0.z, s19_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s19_1.x, s19_1.y, s19_1.z, s19_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 20u < p.rows) {
        let o = (c_base + (r0 + 20u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s20_0.x, s20_0.y, s20_0.z, s20_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s20_1.x, s20_1.y, s20_1.z, s20_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 21u < p.rows) {
        let o = (c_base + (r0 + 21u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s21_0.x, s21_0.y, s21_0.z, s21_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s21_1.x, s21_1.y, s21_1.z, s21_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 22u < p.rows) {
        let o = (c_base + (r0 + 22u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s22_0.x, s22_0.y, s22_0.z, s22_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s22_1.x, s22_1.y, s22_1.z, s22_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 23u < p.rows) {
        let o = (c_base + (r0 + 23u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s23_0.x, s23_0.y, s23_0.z, s23_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s23_1.x, s23_1.y, s23_1.z, s23_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 24u < p.rows) {
        let o = (c_base + (r0 + 24u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s24_0.x, s24_0.y, s24_0.z, s24_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s24_1.x, s24_1.y, s24_1.z, s24_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 25u < p.rows) {
        let o = (c_base + (r0 + 25u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s25_0.x, s25_0.y, s25_0.z, s25_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s25_1.x, s25_1.y, s25_1.z, s25_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 26u < p.rows) {
        let o = (c_base + (r0 + 26u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s26_0.x, s26_0.y, s26_0.z, s26_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s26_1.x, s26_1.y, s26_1.z, s26_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 27u < p.rows) {
        let o = (c_base + (r0 + 27u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s27_0.x, s27_0.y, s27_0.z, s27_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s27_1.x, s27_1.y, s27_1.z, s27_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 28u < p.rows) {
        let o = (c_base + (r0 + 28u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s28_0.x, s28_0.y, s28_0.z, s28_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s28_1.x, s28_1.y, s28_1.z, s28_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 29u < p.rows) {
        let o = (c_base + (r0 + 29u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s29_0.x, s29_0.y, s29_0.z, s29_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s29_1.x, s29_1.y, s29_1.z, s29_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 30u < p.rows) {
        let o = (c_base + (r0 + 30u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s30_0.x, s30_0.y, s30_0.z, s30_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s30_1.x, s30_1.y, s30_1.z, s30_1.w);
            out4[o + 1u] = act4(z);
        }
    }
    if (r0 + 31u < p.rows) {
        let o = (c_base + (r0 + 31u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s31_0.x, s31_0.y, s31_0.z, s31_0.w);
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s31_1.x, s31_1.y, s31_1.z, s31_1.w);
            out4[o + 1u] = act4(z);
        }
    }
}
