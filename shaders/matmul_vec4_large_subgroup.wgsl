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
fn linear_forward_32x12(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 12u;
    let r0 = wid.y * 32u;
    if (r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let xb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let xl0 = xb + min(r0 + 0u + lane, p.rows - 1u) * d4;
    let xl1 = xb + min(r0 + 8u + lane, p.rows - 1u) * d4;
    let xl2 = xb + min(r0 + 16u + lane, p.rows - 1u) * d4;
    let xl3 = xb + min(r0 + 24u + lane, p.rows - 1u) * d4;
    let w0 = wb + min(c0 + 0u, p.cols - 1u) * d4;
    let w1 = wb + min(c0 + 1u, p.cols - 1u) * d4;
    let w2 = wb + min(c0 + 2u, p.cols - 1u) * d4;
    let w3 = wb + min(c0 + 3u, p.cols - 1u) * d4;
    let w4 = wb + min(c0 + 4u, p.cols - 1u) * d4;
    let w5 = wb + min(c0 + 5u, p.cols - 1u) * d4;
    let w6 = wb + min(c0 + 6u, p.cols - 1u) * d4;
    let w7 = wb + min(c0 + 7u, p.cols - 1u) * d4;
    let w8 = wb + min(c0 + 8u, p.cols - 1u) * d4;
    let w9 = wb + min(c0 + 9u, p.cols - 1u) * d4;
    let w10 = wb + min(c0 + 10u, p.cols - 1u) * d4;
    let w11 = wb + min(c0 + 11u, p.cols - 1u) * d4;
    var s0_0 = 0.0; var s0_1 = 0.0; var s0_2 = 0.0; var s0_3 = 0.0; var s0_4 = 0.0; var s0_5 = 0.0; var s0_6 = 0.0; var s0_7 = 0.0; var s0_8 = 0.0; var s0_9 = 0.0; var s0_10 = 0.0; var s0_11 = 0.0;
    var s1_0 = 0.0; var s1_1 = 0.0; var s1_2 = 0.0; var s1_3 = 0.0; var s1_4 = 0.0; var s1_5 = 0.0; var s1_6 = 0.0; var s1_7 = 0.0; var s1_8 = 0.0; var s1_9 = 0.0; var s1_10 = 0.0; var s1_11 = 0.0;
    var s2_0 = 0.0; var s2_1 = 0.0; var s2_2 = 0.0; var s2_3 = 0.0; var s2_4 = 0.0; var s2_5 = 0.0; var s2_6 = 0.0; var s2_7 = 0.0; var s2_8 = 0.0; var s2_9 = 0.0; var s2_10 = 0.0; var s2_11 = 0.0;
    var s3_0 = 0.0; var s3_1 = 0.0; var s3_2 = 0.0; var s3_3 = 0.0; var s3_4 = 0.0; var s3_5 = 0.0; var s3_6 = 0.0; var s3_7 = 0.0; var s3_8 = 0.0; var s3_9 = 0.0; var s3_10 = 0.0; var s3_11 = 0.0;
    var s4_0 = 0.0; var s4_1 = 0.0; var s4_2 = 0.0; var s4_3 = 0.0; var s4_4 = 0.0; var s4_5 = 0.0; var s4_6 = 0.0; var s4_7 = 0.0; var s4_8 = 0.0; var s4_9 = 0.0; var s4_10 = 0.0; var s4_11 = 0.0;
    var s5_0 = 0.0; var s5_1 = 0.0; var s5_2 = 0.0; var s5_3 = 0.0; var s5_4 = 0.0; var s5_5 = 0.0; var s5_6 = 0.0; var s5_7 = 0.0; var s5_8 = 0.0; var s5_9 = 0.0; var s5_10 = 0.0; var s5_11 = 0.0;
    var s6_0 = 0.0; var s6_1 = 0.0; var s6_2 = 0.0; var s6_3 = 0.0; var s6_4 = 0.0; var s6_5 = 0.0; var s6_6 = 0.0; var s6_7 = 0.0; var s6_8 = 0.0; var s6_9 = 0.0; var s6_10 = 0.0; var s6_11 = 0.0;
    var s7_0 = 0.0; var s7_1 = 0.0; var s7_2 = 0.0; var s7_3 = 0.0; var s7_4 = 0.0; var s7_5 = 0.0; var s7_6 = 0.0; var s7_7 = 0.0; var s7_8 = 0.0; var s7_9 = 0.0; var s7_10 = 0.0; var s7_11 = 0.0;
    var s8_0 = 0.0; var s8_1 = 0.0; var s8_2 = 0.0; var s8_3 = 0.0; var s8_4 = 0.0; var s8_5 = 0.0; var s8_6 = 0.0; var s8_7 = 0.0; var s8_8 = 0.0; var s8_9 = 0.0; var s8_10 = 0.0; var s8_11 = 0.0;
    var s9_0 = 0.0; var s9_1 = 0.0; var s9_2 = 0.0; var s9_3 = 0.0; var s9_4 = 0.0; var s9_5 = 0.0; var s9_6 = 0.0; var s9_7 = 0.0; var s9_8 = 0.0; var s9_9 = 0.0; var s9_10 = 0.0; var s9_11 = 0.0;
    var s10_0 = 0.0; var s10_1 = 0.0; var s10_2 = 0.0; var s10_3 = 0.0; var s10_4 = 0.0; var s10_5 = 0.0; var s10_6 = 0.0; var s10_7 = 0.0; var s10_8 = 0.0; var s10_9 = 0.0; var s10_10 = 0.0; var s10_11 = 0.0;
    var s11_0 = 0.0; var s11_1 = 0.0; var s11_2 = 0.0; var s11_3 = 0.0; var s11_4 = 0.0; var s11_5 = 0.0; var s11_6 = 0.0; var s11_7 = 0.0; var s11_8 = 0.0; var s11_9 = 0.0; var s11_10 = 0.0; var s11_11 = 0.0;
    var s12_0 = 0.0; var s12_1 = 0.0; var s12_2 = 0.0; var s12_3 = 0.0; var s12_4 = 0.0; var s12_5 = 0.0; var s12_6 = 0.0; var s12_7 = 0.0; var s12_8 = 0.0; var s12_9 = 0.0; var s12_10 = 0.0; var s12_11 = 0.0;
    var s13_0 = 0.0; var s13_1 = 0.0; var s13_2 = 0.0; var s13_3 = 0.0; var s13_4 = 0.0; var s13_5 = 0.0; var s13_6 = 0.0; var s13_7 = 0.0; var s13_8 = 0.0; var s13_9 = 0.0; var s13_10 = 0.0; var s13_11 = 0.0;
    var s14_0 = 0.0; var s14_1 = 0.0; var s14_2 = 0.0; var s14_3 = 0.0; var s14_4 = 0.0; var s14_5 = 0.0; var s14_6 = 0.0; var s14_7 = 0.0; var s14_8 = 0.0; var s14_9 = 0.0; var s14_10 = 0.0; var s14_11 = 0.0;
    var s15_0 = 0.0; var s15_1 = 0.0; var s15_2 = 0.0; var s15_3 = 0.0; var s15_4 = 0.0; var s15_5 = 0.0; var s15_6 = 0.0; var s15_7 = 0.0; var s15_8 = 0.0; var s15_9 = 0.0; var s15_10 = 0.0; var s15_11 = 0.0;
    var s16_0 = 0.0; var s16_1 = 0.0; var s16_2 = 0.0; var s16_3 = 0.0; var s16_4 = 0.0; var s16_5 = 0.0; var s16_6 = 0.0; var s16_7 = 0.0; var s16_8 = 0.0; var s16_9 = 0.0; var s16_10 = 0.0; var s16_11 = 0.0;
    var s17_0 = 0.0; var s17_1 = 0.0; var s17_2 = 0.0; var s17_3 = 0.0; var s17_4 = 0.0; var s17_5 = 0.0; var s17_6 = 0.0; var s17_7 = 0.0; var s17_8 = 0.0; var s17_9 = 0.0; var s17_10 = 0.0; var s17_11 = 0.0;
    var s18_0 = 0.0; var s18_1 = 0.0; var s18_2 = 0.0; var s18_3 = 0.0; var s18_4 = 0.0; var s18_5 = 0.0; var s18_6 = 0.0; var s18_7 = 0.0; var s18_8 = 0.0; var s18_9 = 0.0; var s18_10 = 0.0; var s18_11 = 0.0;
    var s19_0 = 0.0; var s19_1 = 0.0; var s19_2 = 0.0; var s19_3 = 0.0; var s19_4 = 0.0; var s19_5 = 0.0; var s19_6 = 0.0; var s19_7 = 0.0; var s19_8 = 0.0; var s19_9 = 0.0; var s19_10 = 0.0; var s19_11 = 0.0;
    var s20_0 = 0.0; var s20_1 = 0.0; var s20_2 = 0.0; var s20_3 = 0.0; var s20_4 = 0.0; var s20_5 = 0.0; var s20_6 = 0.0; var s20_7 = 0.0; var s20_8 = 0.0; var s20_9 = 0.0; var s20_10 = 0.0; var s20_11 = 0.0;
    var s21_0 = 0.0; var s21_1 = 0.0; var s21_2 = 0.0; var s21_3 = 0.0; var s21_4 = 0.0; var s21_5 = 0.0; var s21_6 = 0.0; var s21_7 = 0.0; var s21_8 = 0.0; var s21_9 = 0.0; var s21_10 = 0.0; var s21_11 = 0.0;
    var s22_0 = 0.0; var s22_1 = 0.0; var s22_2 = 0.0; var s22_3 = 0.0; var s22_4 = 0.0; var s22_5 = 0.0; var s22_6 = 0.0; var s22_7 = 0.0; var s22_8 = 0.0; var s22_9 = 0.0; var s22_10 = 0.0; var s22_11 = 0.0;
    var s23_0 = 0.0; var s23_1 = 0.0; var s23_2 = 0.0; var s23_3 = 0.0; var s23_4 = 0.0; var s23_5 = 0.0; var s23_6 = 0.0; var s23_7 = 0.0; var s23_8 = 0.0; var s23_9 = 0.0; var s23_10 = 0.0; var s23_11 = 0.0;
    var s24_0 = 0.0; var s24_1 = 0.0; var s24_2 = 0.0; var s24_3 = 0.0; var s24_4 = 0.0; var s24_5 = 0.0; var s24_6 = 0.0; var s24_7 = 0.0; var s24_8 = 0.0; var s24_9 = 0.0; var s24_10 = 0.0; var s24_11 = 0.0;
    var s25_0 = 0.0; var s25_1 = 0.0; var s25_2 = 0.0; var s25_3 = 0.0; var s25_4 = 0.0; var s25_5 = 0.0; var s25_6 = 0.0; var s25_7 = 0.0; var s25_8 = 0.0; var s25_9 = 0.0; var s25_10 = 0.0; var s25_11 = 0.0;
    var s26_0 = 0.0; var s26_1 = 0.0; var s26_2 = 0.0; var s26_3 = 0.0; var s26_4 = 0.0; var s26_5 = 0.0; var s26_6 = 0.0; var s26_7 = 0.0; var s26_8 = 0.0; var s26_9 = 0.0; var s26_10 = 0.0; var s26_11 = 0.0;
    var s27_0 = 0.0; var s27_1 = 0.0; var s27_2 = 0.0; var s27_3 = 0.0; var s27_4 = 0.0; var s27_5 = 0.0; var s27_6 = 0.0; var s27_7 = 0.0; var s27_8 = 0.0; var s27_9 = 0.0; var s27_10 = 0.0; var s27_11 = 0.0;
    var s28_0 = 0.0; var s28_1 = 0.0; var s28_2 = 0.0; var s28_3 = 0.0; var s28_4 = 0.0; var s28_5 = 0.0; var s28_6 = 0.0; var s28_7 = 0.0; var s28_8 = 0.0; var s28_9 = 0.0; var s28_10 = 0.0; var s28_11 = 0.0;
    var s29_0 = 0.0; var s29_1 = 0.0; var s29_2 = 0.0; var s29_3 = 0.0; var s29_4 = 0.0; var s29_5 = 0.0; var s29_6 = 0.0; var s29_7 = 0.0; var s29_8 = 0.0; var s29_9 = 0.0; var s29_10 = 0.0; var s29_11 = 0.0;
    var s30_0 = 0.0; var s30_1 = 0.0; var s30_2 = 0.0; var s30_3 = 0.0; var s30_4 = 0.0; var s30_5 = 0.0; var s30_6 = 0.0; var s30_7 = 0.0; var s30_8 = 0.0; var s30_9 = 0.0; var s30_10 = 0.0; var s30_11 = 0.0;
    var s31_0 = 0.0; var s31_1 = 0.0; var s31_2 = 0.0; var s31_3 = 0.0; var s31_4 = 0.0; var s31_5 = 0.0; var s31_6 = 0.0; var s31_7 = 0.0; var s31_8 = 0.0; var s31_9 = 0.0; var s31_10 = 0.0; var s31_11 = 0.0;
    for (var k = 0u; k < d4; k++) {
        let wv0 = b4[w0 + k];
        let wv1 = b4[w1 + k];
        let wv2 = b4[w2 + k];
        let wv3 = b4[w3 + k];
        let wv4 = b4[w4 + k];
        let wv5 = b4[w5 + k];
        let wv6 = b4[w6 + k];
        let wv7 = b4[w7 + k];
        let wv8 = b4[w8 + k];
        let wv9 = b4[w9 + k];
        let wv10 = b4[w10 + k];
        let wv11 = b4[w11 + k];
        let xvg0 = a4[xl0 + k];
        let xv0 = subgroupBroadcast(xvg0, 0u);
        s0_0 = fma(xv0.w, wv0.w, fma(xv0.z, wv0.z, fma(xv0.y, wv0.y, fma(xv0.x, wv0.x, s0_0))));
        s0_1 = fma(xv0.w, wv1.w, fma(xv0.z, wv1.z, fma(xv0.y, wv1.y, fma(xv0.x, wv1.x, s0_1))));
        s0_2 = fma(xv0.w, wv2.w, fma(xv0.z, wv2.z, fma(xv0.y, wv2.y, fma(xv0.x, wv2.x, s0_2))));
        s0_3 = fma(xv0.w, wv3.w, fma(xv0.z, wv3.z, fma(xv0.y, wv3.y, fma(xv0.x, wv3.x, s0_3))));
        s0_4 = fma(xv0.w, wv4.w, fma(xv0.z, wv4.z, fma(xv0.y, wv4.y, fma(xv0.x, wv4.x, s0_4))));
        s0_5 = fma(xv0.w, wv5.w, fma(xv0.z, wv5.z, fma(xv0.y, wv5.y, fma(xv0.x, wv5.x, s0_5))));
        s0_6 = fma(xv0.w, wv6.w, fma(xv0.z, wv6.z, fma(xv0.y, wv6.y, fma(xv0.x, wv6.x, s0_6))));
        s0_7 = fma(xv0.w, wv7.w, fma(xv0.z, wv7.z, fma(xv0.y, wv7.y, fma(xv0.x, wv7.x, s0_7))));
        s0_8 = fma(xv0.w, wv8.w, fma(xv0.z, wv8.z, fma(xv0.y, wv8.y, fma(xv0.x, wv8.x, s0_8))));
        s0_9 = fma(xv0.w, wv9.w, fma(xv0.z, wv9.z, fma(xv0.y, wv9.y, fma(xv0.x, wv9.x, s0_9))));
        s0_10 = fma(xv0.w, wv10.w, fma(xv0.z, wv10.z, fma(xv0.y, wv10.y, fma(xv0.x, wv10.x, s0_10))));
        s0_11 = fma(xv0.w, wv11.w, fma(xv0.z, wv11.z, fma(xv0.y, wv11.y, fma(xv0.x, wv11.x, s0_11))));
        let xv1 = subgroupBroadcast(xvg0, 1u);
        s1_0 = fma(xv1.w, wv0.w, fma(xv1.z, wv0.z, fma(xv1.y, wv0.y, fma(xv1.x, wv0.x, s1_0))));
        s1_1 = fma(xv1.w, wv1.w, fma(xv1.z, wv1.z, fma(xv1.y, wv1.y, fma(xv1.x, wv1.x, s1_1))));
        s1_2 = fma(xv1.w, wv2.w, fma(xv1.z, wv2.z, fma(xv1.y, wv2.y, fma(xv1.x, wv2.x, s1_2))));
        s1_3 = fma(xv1.w, wv3.w, fma(xv1.z, wv3.z, fma(xv1.y, wv3.y, fma(xv1.x, wv3.x, s1_3))));
        s1_4 = fma(xv1.w, wv4.w, fma(xv1.z, wv4.z, fma(xv1.y, wv4.y, fma(xv1.x, wv4.x, s1_4))));
        s1_5 = fma(xv1.w, wv5.w, fma(xv1.z, wv5.z, fma(xv1.y, wv5.y, fma(xv1.x, wv5.x, s1_5))));
        s1_6 = fma(xv1.w, wv6.w, fma(xv1.z, wv6.z, fma(xv1.y, wv6.y, fma(xv1.x, wv6.x, s1_6))));
        s1_7 = fma(xv1.w, wv7.w, fma(xv1.z, wv7.z, fma(xv1.y, wv7.y, fma(xv1.x, wv7.x, s1_7))));
        s1_8 = fma(xv1.w, wv8.w, fma(xv1.z, wv8.z, fma(xv1.y, wv8.y, fma(xv1.x, wv8.x, s1_8))));
        s1_9 = fma(xv1.w, wv9.w, fma(xv1.z, wv9.z, fma(xv1.y, wv9.y, fma(xv1.x, wv9.x, s1_9))));
        s1_10 = fma(xv1.w, wv10.w, fma(xv1.z, wv10.z, fma(xv1.y, wv10.y, fma(xv1.x, wv10.x, s1_10))));
        s1_11 = fma(xv1.w, wv11.w, fma(xv1.z, wv11.z, fma(xv1.y, wv11.y, fma(xv1.x, wv11.x, s1_11))));
        let xv2 = subgroupBroadcast(xvg0, 2u);
        s2_0 = fma(xv2.w, wv0.w, fma(xv2.z, wv0.z, fma(xv2.y, wv0.y, fma(xv2.x, wv0.x, s2_0))));
        s2_1 = fma(xv2.w, wv1.w, fma(xv2.z, wv1.z, fma(xv2.y, wv1.y, fma(xv2.x, wv1.x, s2_1))));
        s2_2 = fma(xv2.w, wv2.w, fma(xv2.z, wv2.z, fma(xv2.y, wv2.y, fma(xv2.x, wv2.x, s2_2))));
        s2_3 = fma(xv2.w, wv3.w, fma(xv2.z, wv3.z, fma(xv2.y, wv3.y, fma(xv2.x, wv3.x, s2_3))));
        s2_4 = fma(xv2.w, wv4.w, fma(xv2.z, wv4.z, fma(xv2.y, wv4.y, fma(xv2.x, wv4.x, s2_4))));
        s2_5 = fma(xv2.w, wv5.w, fma(xv2.z, wv5.z, fma(xv2.y, wv5.y, fma(xv2.x, wv5.x, s2_5))));
        s2_6 = fma(xv2.w, wv6.w, fma(xv2.z, wv6.z, fma(xv2.y, wv6.y, fma(xv2.x, wv6.x, s2_6))));
        s2_7 = fma(xv2.w, wv7.w, fma(xv2.z, wv7.z, fma(xv2.y, wv7.y, fma(xv2.x, wv7.x, s2_7))));
        s2_8 = fma(xv2.w, wv8.w, fma(xv2.z, wv8.z, fma(xv2.y, wv8.y, fma(xv2.x, wv8.x, s2_8))));
        s2_9 = fma(xv2.w, wv9.w, fma(xv2.z, wv9.z, fma(xv2.y, wv9.y, fma(xv2.x, wv9.x, s2_9))));
        s2_10 = fma(xv2.w, wv10.w, fma(xv2.z, wv10.z, fma(xv2.y, wv10.y, fma(xv2.x, wv10.x, s2_10))));
        s2_11 = fma(xv2.w, wv11.w, fma(xv2.z, wv11.z, fma(xv2.y, wv11.y, fma(xv2.x, wv11.x, s2_11))));
        let xv3 = subgroupBroadcast(xvg0, 3u);
        s3_0 = fma(xv3.w, wv0.w, fma(xv3.z, wv0.z, fma(xv3.y, wv0.y, fma(xv3.x, wv0.x, s3_0))));
        s3_1 = fma(xv3.w, wv1.w, fma(xv3.z, wv1.z, fma(xv3.y, wv1.y, fma(xv3.x, wv1.x, s3_1))));
        s3_2 = fma(xv3.w, wv2.w, fma(xv3.z, wv2.z, fma(xv3.y, wv2.y, fma(xv3.x, wv2.x, s3_2))));
        s3_3 = fma(xv3.w, wv3.w, fma(xv3.z, wv3.z, fma(xv3.y, wv3.y, fma(xv3.x, wv3.x, s3_3))));
        s3_4 = fma(xv3.w, wv4.w, fma(xv3.z, wv4.z, fma(xv3.y, wv4.y, fma(xv3.x, wv4.x, s3_4))));
        s3_5 = fma(xv3.w, wv5.w, fma(xv3.z, wv5.z, fma(xv3.y, wv5.y, fma(xv3.x, wv5.x, s3_5))));
        s3_6 = fma(xv3.w, wv6.w, fma(xv3.z, wv6.z, fma(xv3.y, wv6.y, fma(xv3.x, wv6.x, s3_6))));
        s3_7 = fma(xv3.w, wv7.w, fma(xv3.z, wv7.z, fma(xv3.y, wv7.y, fma(xv3.x, wv7.x, s3_7))));
        s3_8 = fma(xv3.w, wv8.w, fma(xv3.z, wv8.z, fma(xv3.y, wv8.y, fma(xv3.x, wv8.x, s3_8))));
        s3_9 = fma(xv3.w, wv9.w, fma(xv3.z, wv9.z, fma(xv3.y, wv9.y, fma(xv3.x, wv9.x, s3_9))));
        s3_10 = fma(xv3.w, wv10.w, fma(xv3.z, wv10.z, fma(xv3.y, wv10.y, fma(xv3.x, wv10.x, s3_10))));
        s3_11 = fma(xv3.w, wv11.w, fma(xv3.z, wv11.z, fma(xv3.y, wv11.y, fma(xv3.x, wv11.x, s3_11))));
        let xv4 = subgroupBroadcast(xvg0, 4u);
        s4_0 = fma(xv4.w, wv0.w, fma(xv4.z, wv0.z, fma(xv4.y, wv0.y, fma(xv4.x, wv0.x, s4_0))));
        s4_1 = fma(xv4.w, wv1.w, fma(xv4.z, wv1.z, fma(xv4.y, wv1.y, fma(xv4.x, wv1.x, s4_1))));
        s4_2 = fma(xv4.w, wv2.w, fma(xv4.z, wv2.z, fma(xv4.y, wv2.y, fma(xv4.x, wv2.x, s4_2))));
        s4_3 = fma(xv4.w, wv3.w, fma(xv4.z, wv3.z, fma(xv4.y, wv3.y, fma(xv4.x, wv3.x, s4_3))));
        s4_4 = fma(xv4.w, wv4.w, fma(xv4.z, wv4.z, fma(xv4.y, wv4.y, fma(xv4.x, wv4.x, s4_4))));
        s4_5 = fma(xv4.w, wv5.w, fma(xv4.z, wv5.z, fma(xv4.y, wv5.y, fma(xv4.x, wv5.x, s4_5))));
        s4_6 = fma(xv4.w, wv6.w, fma(xv4.z, wv6.z, fma(xv4.y, wv6.y, fma(xv4.x, wv6.x, s4_6))));
        s4_7 = fma(xv4.w, wv7.w, fma(xv4.z, wv7.z, fma(xv4.y, wv7.y, fma(xv4.x, wv7.x, s4_7))));
        s4_8 = fma(xv4.w, wv8.w, fma(xv4.z, wv8.z, fma(xv4.y, wv8.y, fma(xv4.x, wv8.x, s4_8))));
        s4_9 = fma(xv4.w, wv9.w, fma(xv4.z, wv9.z, fma(xv4.y, wv9.y, fma(xv4.x, wv9.x, s4_9))));
        s4_10 = fma(xv4.w, wv10.w, fma(xv4.z, wv10.z, fma(xv4.y, wv10.y, fma(xv4.x, wv10.x, s4_10))));
        s4_11 = fma(xv4.w, wv11.w, fma(xv4.z, wv11.z, fma(xv4.y, wv11.y, fma(xv4.x, wv11.x, s4_11))));
        let xv5 = subgroupBroadcast(xvg0, 5u);
        s5_0 = fma(xv5.w, wv0.w, fma(xv5.z, wv0.z, fma(xv5.y, wv0.y, fma(xv5.x, wv0.x, s5_0))));
        s5_1 = fma(xv5.w, wv1.w, fma(xv5.z, wv1.z, fma(xv5.y, wv1.y, fma(xv5.x, wv1.x, s5_1))));
        s5_2 = fma(xv5.w, wv2.w, fma(xv5.z, wv2.z, fma(xv5.y, wv2.y, fma(xv5.x, wv2.x, s5_2))));
        s5_3 = fma(xv5.w, wv3.w, fma(xv5.z, wv3.z, fma(xv5.y, wv3.y, fma(xv5.x, wv3.x, s5_3))));
        s5_4 = fma(xv5.w, wv4.w, fma(xv5.z, wv4.z, fma(xv5.y, wv4.y, fma(xv5.x, wv4.x, s5_4))));
        s5_5 = fma(xv5.w, wv5.w, fma(xv5.z, wv5.z, fma(xv5.y, wv5.y, fma(xv5.x, wv5.x, s5_5))));
        s5_6 = fma(xv5.w, wv6.w, fma(xv5.z, wv6.z, fma(xv5.y, wv6.y, fma(xv5.x, wv6.x, s5_6))));
        s5_7 = fma(xv5.w, wv7.w, fma(xv5.z, wv7.z, fma(xv5.y, wv7.y, fma(xv5.x, wv7.x, s5_7))));
        s5_8 = fma(xv5.w, wv8.w, fma(xv5.z, wv8.z, fma(xv5.y, wv8.y, fma(xv5.x, wv8.x, s5_8))));
        s5_9 = fma(xv5.w, wv9.w, fma(xv5.z, wv9.z, fma(xv5.y, wv9.y, fma(xv5.x, wv9.x, s5_9))));
        s5_10 = fma(xv5.w, wv10.w, fma(xv5.z, wv10.z, fma(xv5.y, wv10.y, fma(xv5.x, wv10.x, s5_10))));
        s5_11 = fma(xv5.w, wv11.w, fma(xv5.z, wv11.z, fma(xv5.y, wv11.y, fma(xv5.x, wv11.x, s5_11))));
        let xv6 = subgroupBroadcast(xvg0, 6u);
        s6_0 = fma(xv6.w, wv0.w, fma(xv6.z, wv0.z, fma(xv6.y, wv0.y, fma(xv6.x, wv0.x, s6_0))));
        s6_1 = fma(xv6.w, wv1.w, fma(xv6.z, wv1.z, fma(xv6.y, wv1.y, fma(xv6.x, wv1.x, s6_1))));
        s6_2 = fma(xv6.w, wv2.w, fma(xv6.z, wv2.z, fma(xv6.y, wv2.y, fma(xv6.x, wv2.x, s6_2))));
        s6_3 = fma(xv6.w, wv3.w, fma(xv6.z, wv3.z, fma(xv6.y, wv3.y, fma(xv6.x, wv3.x, s6_3))));
        s6_4 = fma(xv6.w, wv4.w, fma(xv6.z, wv4.z, fma(xv6.y, wv4.y, fma(xv6.x, wv4.x, s6_4))));
        s6_5 = fma(xv6.w, wv5.w, fma(xv6.z, wv5.z, fma(xv6.y, wv5.y, fma(xv6.x, wv5.x, s6_5))));
        s6_6 = fma(xv6.w, wv6.w, fma(xv6.z, wv6.z, fma(xv6.y, wv6.y, fma(xv6.x, wv6.x, s6_6))));
        s6_7 = fma(xv6.w, wv7.w, fma(xv6.z, wv7.z, fma(xv6.y, wv7.y, fma(xv6.x, wv7.x, s6_7))));
        s6_8 = fma(xv6.w, wv8.w, fma(xv6.z, wv8.z, fma(xv6.y, wv8.y, fma(xv6.x, wv8.x, s6_8))));
        s6_9 = fma(xv6.w, wv9.w, fma(xv6.z, wv9.z, fma(xv6.y, wv9.y, fma(xv6.x, wv9.x, s6_9))));
        s6_10 = fma(xv6.w, wv10.w, fma(xv6.z, wv10.z, fma(xv6.y, wv10.y, fma(xv6.x, wv10.x, s6_10))));
        s6_11 = fma(xv6.w, wv11.w, fma(xv6.z, wv11.z, fma(xv6.y, wv11.y, fma(xv6.x, wv11.x, s6_11))));
        let xv7 = subgroupBroadcast(xvg0, 7u);
        s7_0 = fma(xv7.w, wv0.w, fma(xv7.z, wv0.z, fma(xv7.y, wv0.y, fma(xv7.x, wv0.x, s7_0))));
        s7_1 = fma(xv7.w, wv1.w, fma(xv7.z, wv1.z, fma(xv7.y, wv1.y, fma(xv7.x, wv1.x, s7_1))));
        s7_2 = fma(xv7.w, wv2.w, fma(xv7.z, wv2.z, fma(xv7.y, wv2.y, fma(xv7.x, wv2.x, s7_2))));
        s7_3 = fma(xv7.w, wv3.w, fma(xv7.z, wv3.z, fma(xv7.y, wv3.y, fma(xv7.x, wv3.x, s7_3))));
        s7_4 = fma(xv7.w, wv4.w, fma(xv7.z, wv4.z, fma(xv7.y, wv4.y, fma(xv7.x, wv4.x, s7_4))));
        s7_5 = fma(xv7.w, wv5.w, fma(xv7.z, wv5.z, fma(xv7.y, wv5.y, fma(xv7.x, wv5.x, s7_5))));
        s7_6 = fma(xv7.w, wv6.w, fma(xv7.z, wv6.z, fma(xv7.y, wv6.y, fma(xv7.x, wv6.x, s7_6))));
        s7_7 = fma(xv7.w, wv7.w, fma(xv7.z, wv7.z, fma(xv7.y, wv7.y, fma(xv7.x, wv7.x, s7_7))));
        s7_8 = fma(xv7.w, wv8.w, fma(xv7.z, wv8.z, fma(xv7.y, wv8.y, fma(xv7.x, wv8.x, s7_8))));
        s7_9 = fma(xv7.w, wv9.w, fma(xv7.z, wv9.z, fma(xv7.y, wv9.y, fma(xv7.x, wv9.x, s7_9))));
        s7_10 = fma(xv7.w, wv10.w, fma(xv7.z, wv10.z, fma(xv7.y, wv10.y, fma(xv7.x, wv10.x, s7_10))));
        s7_11 = fma(xv7.w, wv11.w, fma(xv7.z, wv11.z, fma(xv7.y, wv11.y, fma(xv7.x, wv11.x, s7_11))));
        let xvg1 = a4[xl1 + k];
        let xv8 = subgroupBroadcast(xvg1, 0u);
        s8_0 = fma(xv8.w, wv0.w, fma(xv8.z, wv0.z, fma(xv8.y, wv0.y, fma(xv8.x, wv0.x, s8_0))));
        s8_1 = fma(xv8.w, wv1.w, fma(xv8.z, wv1.z, fma(xv8.y, wv1.y, fma(xv8.x, wv1.x, s8_1))));
        s8_2 = fma(xv8.w, wv2.w, fma(xv8.z, wv2.z, fma(xv8.y, wv2.y, fma(xv8.x, wv2.x, s8_2))));
        s8_3 = fma(xv8.w, wv3.w, fma(xv8.z, wv3.z, fma(xv8.y, wv3.y, fma(xv8.x, wv3.x, s8_3))));
        s8_4 = fma(xv8.w, wv4.w, fma(xv8.z, wv4.z, fma(xv8.y, wv4.y, fma(xv8.x, wv4.x, s8_4))));
        s8_5 = fma(xv8.w, wv5.w, fma(xv8.z, wv5.z, fma(xv8.y, wv5.y, fma(xv8.x, wv5.x, s8_5))));
        s8_6 = fma(xv8.w, wv6.w, fma(xv8.z, wv6.z, fma(xv8.y, wv6.y, fma(xv8.x, wv6.x, s8_6))));
        s8_7 = fma(xv8.w, wv7.w, fma(xv8.z, wv7.z, fma(xv8.y, wv7.y, fma(xv8.x, wv7.x, s8_7))));
        s8_8 = fma(xv8.w, wv8.w, fma(xv8.z, wv8.z, fma(xv8.y, wv8.y, fma(xv8.x, wv8.x, s8_8))));
        s8_9 = fma(xv8.w, wv9.w, fma(xv8.z, wv9.z, fma(xv8.y, wv9.y, fma(xv8.x, wv9.x, s8_9))));
        s8_10 = fma(xv8.w, wv10.w, fma(xv8.z, wv10.z, fma(xv8.y, wv10.y, fma(xv8.x, wv10.x, s8_10))));
        s8_11 = fma(xv8.w, wv11.w, fma(xv8.z, wv11.z, fma(xv8.y, wv11.y, fma(xv8.x, wv11.x, s8_11))));
        let xv9 = subgroupBroadcast(xvg1, 1u);
        s9_0 = fma(xv9.w, wv0.w, fma(xv9.z, wv0.z, fma(xv9.y, wv0.y, fma(xv9.x, wv0.x, s9_0))));
        s9_1 = fma(xv9.w, wv1.w, fma(xv9.z, wv1.z, fma(xv9.y, wv1.y, fma(xv9.x, wv1.x, s9_1))));
        s9_2 = fma(xv9.w, wv2.w, fma(xv9.z, wv2.z, fma(xv9.y, wv2.y, fma(xv9.x, wv2.x, s9_2))));
        s9_3 = fma(xv9.w, wv3.w, fma(xv9.z, wv3.z, fma(xv9.y, wv3.y, fma(xv9.x, wv3.x, s9_3))));
        s9_4 = fma(xv9.w, wv4.w, fma(xv9.z, wv4.z, fma(xv9.y, wv4.y, fma(xv9.x, wv4.x, s9_4))));
        s9_5 = fma(xv9.w, wv5.w, fma(xv9.z, wv5.z, fma(xv9.y, wv5.y, fma(xv9.x, wv5.x, s9_5))));
        s9_6 = fma(xv9.w, wv6.w, fma(xv9.z, wv6.z, fma(xv9.y, wv6.y, fma(xv9.x, wv6.x, s9_6))));
        s9_7 = fma(xv9.w, wv7.w, fma(xv9.z, wv7.z, fma(xv9.y, wv7.y, fma(xv9.x, wv7.x, s9_7))));
        s9_8 = fma(xv9.w, wv8.w, fma(xv9.z, wv8.z, fma(xv9.y, wv8.y, fma(xv9.x, wv8.x, s9_8))));
        s9_9 = fma(xv9.w, wv9.w, fma(xv9.z, wv9.z, fma(xv9.y, wv9.y, fma(xv9.x, wv9.x, s9_9))));
        s9_10 = fma(xv9.w, wv10.w, fma(xv9.z, wv10.z, fma(xv9.y, wv10.y, fma(xv9.x, wv10.x, s9_10))));
        s9_11 = fma(xv9.w, wv11.w, fma(xv9.z, wv11.z, fma(xv9.y, wv11.y, fma(xv9.x, wv11.x, s9_11))));
        let xv10 = subgroupBroadcast(xvg1, 2u);
        s10_0 = fma(xv10.w, wv0.w, fma(xv10.z, wv0.z, fma(xv10.y, wv0.y, fma(xv10.x, wv0.x, s10_0))));
        s10_1 = fma(xv10.w, wv1.w, fma(xv10.z, wv1.z, fma(xv10.y, wv1.y, fma(xv10.x, wv1.x, s10_1))));
        s10_2 = fma(xv10.w, wv2.w, fma(xv10.z, wv2.z, fma(xv10.y, wv2.y, fma(xv10.x, wv2.x, s10_2))));
        s10_3 = fma(xv10.w, wv3.w, fma(xv10.z, wv3.z, fma(xv10.y, wv3.y, fma(xv10.x, wv3.x, s10_3))));
        s10_4 = fma(xv10.w, wv4.w, fma(xv10.z, wv4.z, fma(xv10.y, wv4.y, fma(xv10.x, wv4.x, s10_4))));
        s10_5 = fma(xv10.w, wv5.w, fma(xv10.z, wv5.z, fma(xv10.y, wv5.y, fma(xv10.x, wv5.x, s10_5))));
        s10_6 = fma(xv10.w, wv6.w, fma(xv10.z, wv6.z, fma(xv10.y, wv6.y, fma(xv10.x, wv6.x, s10_6))));
        s10_7 = fma(xv10.w, wv7.w, fma(xv10.z, wv7.z, fma(xv10.y, wv7.y, fma(xv10.x, wv7.x, s10_7))));
        s10_8 = fma(xv10.w, wv8.w, fma(xv10.z, wv8.z, fma(xv10.y, wv8.y, fma(xv10.x, wv8.x, s10_8))));
        s10_9 = fma(xv10.w, wv9.w, fma(xv10.z, wv9.z, fma(xv10.y, wv9.y, fma(xv10.x, wv9.x, s10_9))));
        s10_10 = fma(xv10.w, wv10.w, fma(xv10.z, wv10.z, fma(xv10.y, wv10.y, fma(xv10.x, wv10.x, s10_10))));
        s10_11 = fma(xv10.w, wv11.w, fma(xv10.z, wv11.z, fma(xv10.y, wv11.y, fma(xv10.x, wv11.x, s10_11))));
        let xv11 = subgroupBroadcast(xvg1, 3u);
        s11_0 = fma(xv11.w, wv0.w, fma(xv11.z, wv0.z, fma(xv11.y, wv0.y, fma(xv11.x, wv0.x, s11_0))));
        s11_1 = fma(xv11.w, wv1.w, fma(xv11.z, wv1.z, fma(xv11.y, wv1.y, fma(xv11.x, wv1.x, s11_1))));
        s11_2 = fma(xv11.w, wv2.w, fma(xv11.z, wv2.z, fma(xv11.y, wv2.y, fma(xv11.x, wv2.x, s11_2))));
        s11_3 = fma(xv11.w, wv3.w, fma(xv11.z, wv3.z, fma(xv11.y, wv3.y, fma(xv11.x, wv3.x, s11_3))));
        s11_4 = fma(xv11.w, wv4.w, fma(xv11.z, wv4.z, fma(xv11.y, wv4.y, fma(xv11.x, wv4.x, s11_4))));
        s11_5 = fma(xv11.w, wv5.w, fma(xv11.z, wv5.z, fma(xv11.y, wv5.y, fma(xv11.x, wv5.x, s11_5))));
        s11_6 = fma(xv11.w, wv6.w, fma(xv11.z, wv6.z, fma(xv11.y, wv6.y, fma(xv11.x, wv6.x, s11_6))));
        s11_7 = fma(xv11.w, wv7.w, fma(xv11.z, wv7.z, fma(xv11.y, wv7.y, fma(xv11.x, wv7.x, s11_7))));
        s11_8 = fma(xv11.w, wv8.w, fma(xv11.z, wv8.z, fma(xv11.y, wv8.y, fma(xv11.x, wv8.x, s11_8))));
        s11_9 = fma(xv11.w, wv9.w, fma(xv11.z, wv9.z, fma(xv11.y, wv9.y, fma(xv11.x, wv9.x, s11_9))));
        s11_10 = fma(xv11.w, wv10.w, fma(xv11.z, wv10.z, fma(xv11.y, wv10.y, fma(xv11.x, wv10.x, s11_10))));
        s11_11 = fma(xv11.w, wv11.w, fma(xv11.z, wv11.z, fma(xv11.y, wv11.y, fma(xv11.x, wv11.x, s11_11))));
        let xv12 = subgroupBroadcast(xvg1, 4u);
        s12_0 = fma(xv12.w, wv0.w, fma(xv12.z, wv0.z, fma(xv12.y, wv0.y, fma(xv12.x, wv0.x, s12_0))));
        s12_1 = fma(xv12.w, wv1.w, fma(xv12.z, wv1.z, fma(xv12.y, wv1.y, fma(xv12.x, wv1.x, s12_1))));
        s12_2 = fma(xv12.w, wv2.w, fma(xv12.z, wv2.z, fma(xv12.y, wv2.y, fma(xv12.x, wv2.x, s12_2))));
        s12_3 = fma(xv12.w, wv3.w, fma(xv12.z, wv3.z, fma(xv12.y, wv3.y, fma(xv12.x, wv3.x, s12_3))));
        s12_4 = fma(xv12.w, wv4.w, fma(xv12.z, wv4.z, fma(xv12.y, wv4.y, fma(xv12.x, wv4.x, s12_4))));
        s12_5 = fma(xv12.w, wv5.w, fma(xv12.z, wv5.z, fma(xv12.y, wv5.y, fma(xv12.x, wv5.x, s12_5))));
        s12_6 = fma(xv12.w, wv6.w, fma(xv12.z, wv6.z, fma(xv12.y, wv6.y, fma(xv12.x, wv6.x, s12_6))));
        s12_7 = fma(xv12.w, wv7.w, fma(xv12.z, wv7.z, fma(xv12.y, wv7.y, fma(xv12.x, wv7.x, s12_7))));
        s12_8 = fma(xv12.w, wv8.w, fma(xv12.z, wv8.z, fma(xv12.y, wv8.y, fma(xv12.x, wv8.x, s12_8))));
        s12_9 = fma(xv12.w, wv9.w, fma(xv12.z, wv9.z, fma(xv12.y, wv9.y, fma(xv12.x, wv9.x, s12_9))));
        s12_10 = fma(xv12.w, wv10.w, fma(xv12.z, wv10.z, fma(xv12.y, wv10.y, fma(xv12.x, wv10.x, s12_10))));
        s12_11 = fma(xv12.w, wv11.w, fma(xv12.z, wv11.z, fma(xv12.y, wv11.y, fma(xv12.x, wv11.x, s12_11))));
        let xv13 = subgroupBroadcast(xvg1, 5u);
        s13_0 = fma(xv13.w, wv0.w, fma(xv13.z, wv0.z, fma(xv13.y, wv0.y, fma(xv13.x, wv0.x, s13_0))));
        s13_1 = fma(xv13.w, wv1.w, fma(xv13.z, wv1.z, fma(xv13.y, wv1.y, fma(xv13.x, wv1.x, s13_1))));
        s13_2 = fma(xv13.w, wv2.w, fma(xv13.z, wv2.z, fma(xv13.y, wv2.y, fma(xv13.x, wv2.x, s13_2))));
        s13_3 = fma(xv13.w, wv3.w, fma(xv13.z, wv3.z, fma(xv13.y, wv3.y, fma(xv13.x, wv3.x, s13_3))));
        s13_4 = fma(xv13.w, wv4.w, fma(xv13.z, wv4.z, fma(xv13.y, wv4.y, fma(xv13.x, wv4.x, s13_4))));
        s13_5 = fma(xv13.w, wv5.w, fma(xv13.z, wv5.z, fma(xv13.y, wv5.y, fma(xv13.x, wv5.x, s13_5))));
        s13_6 = fma(xv13.w, wv6.w, fma(xv13.z, wv6.z, fma(xv13.y, wv6.y, fma(xv13.x, wv6.x, s13_6))));
        s13_7 = fma(xv13.w, wv7.w, fma(xv13.z, wv7.z, fma(xv13.y, wv7.y, fma(xv13.x, wv7.x, s13_7))));
        s13_8 = fma(xv13.w, wv8.w, fma(xv13.z, wv8.z, fma(xv13.y, wv8.y, fma(xv13.x, wv8.x, s13_8))));
        s13_9 = fma(xv13.w, wv9.w, fma(xv13.z, wv9.z, fma(xv13.y, wv9.y, fma(xv13.x, wv9.x, s13_9))));
        s13_10 = fma(xv13.w, wv10.w, fma(xv13.z, wv10.z, fma(xv13.y, wv10.y, fma(xv13.x, wv10.x, s13_10))));
        s13_11 = fma(xv13.w, wv11.w, fma(xv13.z, wv11.z, fma(xv13.y, wv11.y, fma(xv13.x, wv11.x, s13_11))));
        let xv14 = subgroupBroadcast(xvg1, 6u);
        s14_0 = fma(xv14.w, wv0.w, fma(xv14.z, wv0.z, fma(xv14.y, wv0.y, fma(xv14.x, wv0.x, s14_0))));
        s14_1 = fma(xv14.w, wv1.w, fma(xv14.z, wv1.z, fma(xv14.y, wv1.y, fma(xv14.x, wv1.x, s14_1))));
        s14_2 = fma(xv14.w, wv2.w, fma(xv14.z, wv2.z, fma(xv14.y, wv2.y, fma(xv14.x, wv2.x, s14_2))));
        s14_3 = fma(xv14.w, wv3.w, fma(xv14.z, wv3.z, fma(xv14.y, wv3.y, fma(xv14.x, wv3.x, s14_3))));
        s14_4 = fma(xv14.w, wv4.w, fma(xv14.z, wv4.z, fma(xv14.y, wv4.y, fma(xv14.x, wv4.x, s14_4))));
        s14_5 = fma(xv14.w, wv5.w, fma(xv14.z, wv5.z, fma(xv14.y, wv5.y, fma(xv14.x, wv5.x, s14_5))));
        s14_6 = fma(xv14.w, wv6.w, fma(xv14.z, wv6.z, fma(xv14.y, wv6.y, fma(xv14.x, wv6.x, s14_6))));
        s14_7 = fma(xv14.w, wv7.w, fma(xv14.z, wv7.z, fma(xv14.y, wv7.y, fma(xv14.x, wv7.x, s14_7))));
        s14_8 = fma(xv14.w, wv8.w, fma(xv14.z, wv8.z, fma(xv14.y, wv8.y, fma(xv14.x, wv8.x, s14_8))));
        s14_9 = fma(xv14.w, wv9.w, fma(xv14.z, wv9.z, fma(xv14.y, wv9.y, fma(xv14.x, wv9.x, s14_9))));
        s14_10 = fma(xv14.w, wv10.w, fma(xv14.z, wv10.z, fma(xv14.y, wv10.y, fma(xv14.x, wv10.x, s14_10))));
        s14_11 = fma(xv14.w, wv11.w, fma(xv14.z, wv11.z, fma(xv14.y, wv11.y, fma(xv14.x, wv11.x, s14_11))));
        let xv15 = subgroupBroadcast(xvg1, 7u);
        s15_0 = fma(xv15.w, wv0.w, fma(xv15.z, wv0.z, fma(xv15.y, wv0.y, fma(xv15.x, wv0.x, s15_0))));
        s15_1 = fma(xv15.w, wv1.w, fma(xv15.z, wv1.z, fma(xv15.y, wv1.y, fma(xv15.x, wv1.x, s15_1))));
        s15_2 = fma(xv15.w, wv2.w, fma(xv15.z, wv2.z, fma(xv15.y, wv2.y, fma(xv15.x, wv2.x, s15_2))));
        s15_3 = fma(xv15.w, wv3.w, fma(xv15.z, wv3.z, fma(xv15.y, wv3.y, fma(xv15.x, wv3.x, s15_3))));
        s15_4 = fma(xv15.w, wv4.w, fma(xv15.z, wv4.z, fma(xv15.y, wv4.y, fma(xv15.x, wv4.x, s15_4))));
        s15_5 = fma(xv15.w, wv5.w, fma(xv15.z, wv5.z, fma(xv15.y, wv5.y, fma(xv15.x, wv5.x, s15_5))));
        s15_6 = fma(xv15.w, wv6.w, fma(xv15.z, wv6.z, fma(xv15.y, wv6.y, fma(xv15.x, wv6.x, s15_6))));
        s15_7 = fma(xv15.w, wv7.w, fma(xv15.z, wv7.z, fma(xv15.y, wv7.y, fma(xv15.x, wv7.x, s15_7))));
        s15_8 = fma(xv15.w, wv8.w, fma(xv15.z, wv8.z, fma(xv15.y, wv8.y, fma(xv15.x, wv8.x, s15_8))));
        s15_9 = fma(xv15.w, wv9.w, fma(xv15.z, wv9.z, fma(xv15.y, wv9.y, fma(xv15.x, wv9.x, s15_9))));
        s15_10 = fma(xv15.w, wv10.w, fma(xv15.z, wv10.z, fma(xv15.y, wv10.y, fma(xv15.x, wv10.x, s15_10))));
        s15_11 = fma(xv15.w, wv11.w, fma(xv15.z, wv11.z, fma(xv15.y, wv11.y, fma(xv15.x, wv11.x, s15_11))));
        let xvg2 = a4[xl2 + k];
        let xv16 = subgroupBroadcast(xvg2, 0u);
        s16_0 = fma(xv16.w, wv0.w, fma(xv16.z, wv0.z, fma(xv16.y, wv0.y, fma(xv16.x, wv0.x, s16_0))));
        s16_1 = fma(xv16.w, wv1.w, fma(xv16.z, wv1.z, fma(xv16.y, wv1.y, fma(xv16.x, wv1.x, s16_1))));
        s16_2 = fma(xv16.w, wv2.w, fma(xv16.z, wv2.z, fma(xv16.y, wv2.y, fma(xv16.x, wv2.x, s16_2))));
        s16_3 = fma(xv16.w, wv3.w, fma(xv16.z, wv3.z, fma(xv16.y, wv3.y, fma(xv16.x, wv3.x, s16_3))));
        s16_4 = fma(xv16.w, wv4.w, fma(xv16.z, wv4.z, fma(xv16.y, wv4.y, fma(xv16.x, wv4.x, s16_4))));
        s16_5 = fma(xv16.w, wv5.w, fma(xv16.z, wv5.z, fma(xv16.y, wv5.y, fma(xv16.x, wv5.x, s16_5))));
        s16_6 = fma(xv16.w, wv6.w, fma(xv16.z, wv6.z, fma(xv16.y, wv6.y, fma(xv16.x, wv6.x, s16_6))));
        s16_7 = fma(xv16.w, wv7.w, fma(xv16.z, wv7.z, fma(xv16.y, wv7.y, fma(xv16.x, wv7.x, s16_7))));
        s16_8 = fma(xv16.w, wv8.w, fma(xv16.z, wv8.z, fma(xv16.y, wv8.y, fma(xv16.x, wv8.x, s16_8))));
        s16_9 = fma(xv16.w, wv9.w, fma(xv16.z, wv9.z, fma(xv16.y, wv9.y, fma(xv16.x, wv9.x, s16_9))));
        s16_10 = fma(xv16.w, wv10.w, fma(xv16.z, wv10.z, fma(xv16.y, wv10.y, fma(xv16.x, wv10.x, s16_10))));
        s16_11 = fma(xv16.w, wv11.w, fma(xv16.z, wv11.z, fma(xv16.y, wv11.y, fma(xv16.x, wv11.x, s16_11))));
        let xv17 = subgroupBroadcast(xvg2, 1u);
        s17_0 = fma(xv17.w, wv0.w, fma(xv17.z, wv0.z, fma(xv17.y, wv0.y, fma(xv17.x, wv0.x, s17_0))));
        s17_1 = fma(xv17.w, wv1.w, fma(xv17.z, wv1.z, fma(xv17.y, wv1.y, fma(xv17.x, wv1.x, s17_1))));
        s17_2 = fma(xv17.w, wv2.w, fma(xv17.z, wv2.z, fma(xv17.y, wv2.y, fma(xv17.x, wv2.x, s17_2))));
        s17_3 = fma(xv17.w, wv3.w, fma(xv17.z, wv3.z, fma(xv17.y, wv3.y, fma(xv17.x, wv3.x, s17_3))));
        s17_4 = fma(xv17.w, wv4.w, fma(xv17.z, wv4.z, fma(xv17.y, wv4.y, fma(xv17.x, wv4.x, s17_4))));
        s17_5 = fma(xv17.w, wv5.w, fma(xv17.z, wv5.z, fma(xv17.y, wv5.y, fma(xv17.x, wv5.x, s17_5))));
        s17_6 = fma(xv17.w, wv6.w, fma(xv17.z, wv6.z, fma(xv17.y, wv6.y, fma(xv17.x, wv6.x, s17_6))));
        s17_7 = fma(xv17.w, wv7.w, fma(xv17.z, wv7.z, fma(xv17.y, wv7.y, fma(xv17.x, wv7.x, s17_7))));
        s17_8 = fma(xv17.w, wv8.w, fma(xv17.z, wv8.z, fma(xv17.y, wv8.y, fma(xv17.x, wv8.x, s17_8))));
        s17_9 = fma(xv17.w, wv9.w, fma(xv17.z, wv9.z, fma(xv17.y, wv9.y, fma(xv17.x, wv9.x, s17_9))));
        s17_10 = fma(xv17.w, wv10.w, fma(xv17.z, wv10.z, fma(xv17.y, wv10.y, fma(xv17.x, wv10.x, s17_10))));
        s17_11 = fma(xv17.w, wv11.w, fma(xv17.z, wv11.z, fma(xv17.y, wv11.y, fma(xv17.x, wv11.x, s17_11))));
        let xv18 = subgroupBroadcast(xvg2, 2u);
        s18_0 = fma(xv18.w, wv0.w, fma(xv18.z, wv0.z, fma(xv18.y, wv0.y, fma(xv18.x, wv0.x, s18_0))));
        s18_1 = fma(xv18.w, wv1.w, fma(xv18.z, wv1.z, fma(xv18.y, wv1.y, fma(xv18.x, wv1.x, s18_1))));
        s18_2 = fma(xv18.w, wv2.w, fma(xv18.z, wv2.z, fma(xv18.y, wv2.y, fma(xv18.x, wv2.x, s18_2))));
        s18_3 = fma(xv18.w, wv3.w, fma(xv18.z, wv3.z, fma(xv18.y, wv3.y, fma(xv18.x, wv3.x, s18_3))));
        s18_4 = fma(xv18.w, wv4.w, fma(xv18.z, wv4.z, fma(xv18.y, wv4.y, fma(xv18.x, wv4.x, s18_4))));
        s18_5 = fma(xv18.w, wv5.w, fma(xv18.z, wv5.z, fma(xv18.y, wv5.y, fma(xv18.x, wv5.x, s18_5))));
        s18_6 = fma(xv18.w, wv6.w, fma(xv18.z, wv6.z, fma(xv18.y, wv6.y, fma(xv18.x, wv6.x, s18_6))));
        s18_7 = fma(xv18.w, wv7.w, fma(xv18.z, wv7.z, fma(xv18.y, wv7.y, fma(xv18.x, wv7.x, s18_7))));
        s18_8 = fma(xv18.w, wv8.w, fma(xv18.z, wv8.z, fma(xv18.y, wv8.y, fma(xv18.x, wv8.x, s18_8))));
        s18_9 = fma(xv18.w, wv9.w, fma(xv18.z, wv9.z, fma(xv18.y, wv9.y, fma(xv18.x, wv9.x, s18_9))));
        s18_10 = fma(xv18.w, wv10.w, fma(xv18.z, wv10.z, fma(xv18.y, wv10.y, fma(xv18.x, wv10.x, s18_10))));
        s18_11 = fma(xv18.w, wv11.w, fma(xv18.z, wv11.z, fma(xv18.y, wv11.y, fma(xv18.x, wv11.x, s18_11))));
        let xv19 = subgroupBroadcast(xvg2, 3u);
        s19_0 = fma(xv19.w, wv0.w, fma(xv19.z, wv0.z, fma(xv19.y, wv0.y, fma(xv19.x, wv0.x, s19_0))));
        s19_1 = fma(xv19.w, wv1.w, fma(xv19.z, wv1.z, fma(xv19.y, wv1.y, fma(xv19.x, wv1.x, s19_1))));
        s19_2 = fma(xv19.w, wv2.w, fma(xv19.z, wv2.z, fma(xv19.y, wv2.y, fma(xv19.x, wv2.x, s19_2))));
        s19_3 = fma(xv19.w, wv3.w, fma(xv19.z, wv3.z, fma(xv19.y, wv3.y, fma(xv19.x, wv3.x, s19_3))));
        s19_4 = fma(xv19.w, wv4.w, fma(xv19.z, wv4.z, fma(xv19.y, wv4.y, fma(xv19.x, wv4.x, s19_4))));
        s19_5 = fma(xv19.w, wv5.w, fma(xv19.z, wv5.z, fma(xv19.y, wv5.y, fma(xv19.x, wv5.x, s19_5))));
        s19_6 = fma(xv19.w, wv6.w, fma(xv19.z, wv6.z, fma(xv19.y, wv6.y, fma(xv19.x, wv6.x, s19_6))));
        s19_7 = fma(xv19.w, wv7.w, fma(xv19.z, wv7.z, fma(xv19.y, wv7.y, fma(xv19.x, wv7.x, s19_7))));
        s19_8 = fma(xv19.w, wv8.w, fma(xv19.z, wv8.z, fma(xv19.y, wv8.y, fma(xv19.x, wv8.x, s19_8))));
        s19_9 = fma(xv19.w, wv9.w, fma(xv19.z, wv9.z, fma(xv19.y, wv9.y, fma(xv19.x, wv9.x, s19_9))));
        s19_10 = fma(xv19.w, wv10.w, fma(xv19.z, wv10.z, fma(xv19.y, wv10.y, fma(xv19.x, wv10.x, s19_10))));
        s19_11 = fma(xv19.w, wv11.w, fma(xv19.z, wv11.z, fma(xv19.y, wv11.y, fma(xv19.x, wv11.x, s19_11))));
        let xv20 = subgroupBroadcast(xvg2, 4u);
        s20_0 = fma(xv20.w, wv0.w, fma(xv20.z, wv0.z, fma(xv20.y, wv0.y, fma(xv20.x, wv0.x, s20_0))));
        s20_1 = fma(xv20.w, wv1.w, fma(xv20.z, wv1.z, fma(xv20.y, wv1.y, fma(xv20.x, wv1.x, s20_1))));
        s20_2 = fma(xv20.w, wv2.w, fma(xv20.z, wv2.z, fma(xv20.y, wv2.y, fma(xv20.x, wv2.x, s20_2))));
        s20_3 = fma(xv20.w, wv3.w, fma(xv20.z, wv3.z, fma(xv20.y, wv3.y, fma(xv20.x, wv3.x, s20_3))));
        s20_4 = fma(xv20.w, wv4.w, fma(xv20.z, wv4.z, fma(xv20.y, wv4.y, fma(xv20.x, wv4.x, s20_4))));
        s20_5 = fma(xv20.w, wv5.w, fma(xv20.z, wv5.z, fma(xv20.y, wv5.y, fma(xv20.x, wv5.x, s20_5))));
        s20_6 = fma(xv20.w, wv6.w, fma(xv20.z, wv6.z, fma(xv20.y, wv6.y, fma(xv20.x, wv6.x, s20_6))));
        s20_7 = fma(xv20.w, wv7.w, fma(xv20.z, wv7.z, fma(xv20.y, wv7.y, fma(xv20.x, wv7.x, s20_7))));
        s20_8 = fma(xv20.w, wv8.w, fma(xv20.z, wv8.z, fma(xv20.y, wv8.y, fma(xv20.x, wv8.x, s20_8))));
        s20_9 = fma(xv20.w, wv9.w, fma(xv20.z, wv9.z, fma(xv20.y, wv9.y, fma(xv20.x, wv9.x, s20_9))));
        s20_10 = fma(xv20.w, wv10.w, fma(xv20.z, wv10.z, fma(xv20.y, wv10.y, fma(xv20.x, wv10.x, s20_10))));
        s20_11 = fma(xv20.w, wv11.w, fma(xv20.z, wv11.z, fma(xv20.y, wv11.y, fma(xv20.x, wv11.x, s20_11))));
        let xv21 = subgroupBroadcast(xvg2, 5u);
        s21_0 = fma(xv21.w, wv0.w, fma(xv21.z, wv0.z, fma(xv21.y, wv0.y, fma(xv21.x, wv0.x, s21_0))));
        s21_1 = fma(xv21.w, wv1.w, fma(xv21.z, wv1.z, fma(xv21.y, wv1.y, fma(xv21.x, wv1.x, s21_1))));
        s21_2 = fma(xv21.w, wv2.w, fma(xv21.z, wv2.z, fma(xv21.y, wv2.y, fma(xv21.x, wv2.x, s21_2))));
        s21_3 = fma(xv21.w, wv3.w, fma(xv21.z, wv3.z, fma(xv21.y, wv3.y, fma(xv21.x, wv3.x, s21_3))));
        s21_4 = fma(xv21.w, wv4.w, fma(xv21.z, wv4.z, fma(xv21.y, wv4.y, fma(xv21.x, wv4.x, s21_4))));
        s21_5 = fma(xv21.w, wv5.w, fma(xv21.z, wv5.z, fma(xv21.y, wv5.y, fma(xv21.x, wv5.x, s21_5))));
        s21_6 = fma(xv21.w, wv6.w, fma(xv21.z, wv6.z, fma(xv21.y, wv6.y, fma(xv21.x, wv6.x, s21_6))));
        s21_7 = fma(xv21.w, wv7.w, fma(xv21.z, wv7.z, fma(xv21.y, wv7.y, fma(xv21.x, wv7.x, s21_7))));
        s21_8 = fma(xv21.w, wv8.w, fma(xv21.z, wv8.z, fma(xv21.y, wv8.y, fma(xv21.x, wv8.x, s21_8))));
        s21_9 = fma(xv21.w, wv9.w, fma(xv21.z, wv9.z, fma(xv21.y, wv9.y, fma(xv21.x, wv9.x, s21_9))));
        s21_10 = fma(xv21.w, wv10.w, fma(xv21.z, wv10.z, fma(xv21.y, wv10.y, fma(xv21.x, wv10.x, s21_10))));
        s21_11 = fma(xv21.w, wv11.w, fma(xv21.z, wv11.z, fma(xv21.y, wv11.y, fma(xv21.x, wv11.x, s21_11))));
        let xv22 = subgroupBroadcast(xvg2, 6u);
        s22_0 = fma(xv22.w, wv0.w, fma(xv22.z, wv0.z, fma(xv22.y, wv0.y, fma(xv22.x, wv0.x, s22_0))));
        s22_1 = fma(xv22.w, wv1.w, fma(xv22.z, wv1.z, fma(xv22.y, wv1.y, fma(xv22.x, wv1.x, s22_1))));
        s22_2 = fma(xv22.w, wv2.w, fma(xv22.z, wv2.z, fma(xv22.y, wv2.y, fma(xv22.x, wv2.x, s22_2))));
        s22_3 = fma(xv22.w, wv3.w, fma(xv22.z, wv3.z, fma(xv22.y, wv3.y, fma(xv22.x, wv3.x, s22_3))));
        s22_4 = fma(xv22.w, wv4.w, fma(xv22.z, wv4.z, fma(xv22.y, wv4.y, fma(xv22.x, wv4.x, s22_4))));
        s22_5 = fma(xv22.w, wv5.w, fma(xv22.z, wv5.z, fma(xv22.y, wv5.y, fma(xv22.x, wv5.x, s22_5))));
        s22_6 = fma(xv22.w, wv6.w, fma(xv22.z, wv6.z, fma(xv22.y, wv6.y, fma(xv22.x, wv6.x, s22_6))));
        s22_7 = fma(xv22.w, wv7.w, fma(xv22.z, wv7.z, fma(xv22.y, wv7.y, fma(xv22.x, wv7.x, s22_7))));
        s22_8 = fma(xv22.w, wv8.w, fma(xv22.z, wv8.z, fma(xv22.y, wv8.y, fma(xv22.x, wv8.x, s22_8))));
        s22_9 = fma(xv22.w, wv9.w, fma(xv22.z, wv9.z, fma(xv22.y, wv9.y, fma(xv22.x, wv9.x, s22_9))));
        s22_10 = fma(xv22.w, wv10.w, fma(xv22.z, wv10.z, fma(xv22.y, wv10.y, fma(xv22.x, wv10.x, s22_10))));
        s22_11 = fma(xv22.w, wv11.w, fma(xv22.z, wv11.z, fma(xv22.y, wv11.y, fma(xv22.x, wv11.x, s22_11))));
        let xv23 = subgroupBroadcast(xvg2, 7u);
        s23_0 = fma(xv23.w, wv0.w, fma(xv23.z, wv0.z, fma(xv23.y, wv0.y, fma(xv23.x, wv0.x, s23_0))));
        s23_1 = fma(xv23.w, wv1.w, fma(xv23.z, wv1.z, fma(xv23.y, wv1.y, fma(xv23.x, wv1.x, s23_1))));
        s23_2 = fma(xv23.w, wv2.w, fma(xv23.z, wv2.z, fma(xv23.y, wv2.y, fma(xv23.x, wv2.x, s23_2))));
        s23_3 = fma(xv23.w, wv3.w, fma(xv23.z, wv3.z, fma(xv23.y, wv3.y, fma(xv23.x, wv3.x, s23_3))));
        s23_4 = fma(xv23.w, wv4.w, fma(xv23.z, wv4.z, fma(xv23.y, wv4.y, fma(xv23.x, wv4.x, s23_4))));
        s23_5 = fma(xv23.w, wv5.w, fma(xv23.z, wv5.z, fma(xv23.y, wv5.y, fma(xv23.x, wv5.x, s23_5))));
        s23_6 = fma(xv23.w, wv6.w, fma(xv23.z, wv6.z, fma(xv23.y, wv6.y, fma(xv23.x, wv6.x, s23_6))));
        s23_7 = fma(xv23.w, wv7.w, fma(xv23.z, wv7.z, fma(xv23.y, wv7.y, fma(xv23.x, wv7.x, s23_7))));
        s23_8 = fma(xv23.w, wv8.w, fma(xv23.z, wv8.z, fma(xv23.y, wv8.y, fma(xv23.x, wv8.x, s23_8))));
        s23_9 = fma(xv23.w, wv9.w, fma(xv23.z, wv9.z, fma(xv23.y, wv9.y, fma(xv23.x, wv9.x, s23_9))));
        s23_10 = fma(xv23.w, wv10.w, fma(xv23.z, wv10.z, fma(xv23.y, wv10.y, fma(xv23.x, wv10.x, s23_10))));
        s23_11 = fma(xv23.w, wv11.w, fma(xv23.z, wv11.z, fma(xv23.y, wv11.y, fma(xv23.x, wv11.x, s23_11))));
        let xvg3 = a4[xl3 + k];
        let xv24 = subgroupBroadcast(xvg3, 0u);
        s24_0 = fma(xv24.w, wv0.w, fma(xv24.z, wv0.z, fma(xv24.y, wv0.y, fma(xv24.x, wv0.x, s24_0))));
        s24_1 = fma(xv24.w, wv1.w, fma(xv24.z, wv1.z, fma(xv24.y, wv1.y, fma(xv24.x, wv1.x, s24_1))));
        s24_2 = fma(xv24.w, wv2.w, fma(xv24.z, wv2.z, fma(xv24.y, wv2.y, fma(xv24.x, wv2.x, s24_2))));
        s24_3 = fma(xv24.w, wv3.w, fma(xv24.z, wv3.z, fma(xv24.y, wv3.y, fma(xv24.x, wv3.x, s24_3))));
        s24_4 = fma(xv24.w, wv4.w, fma(xv24.z, wv4.z, fma(xv24.y, wv4.y, fma(xv24.x, wv4.x, s24_4))));
        s24_5 = fma(xv24.w, wv5.w, fma(xv24.z, wv5.z, fma(xv24.y, wv5.y, fma(xv24.x, wv5.x, s24_5))));
        s24_6 = fma(xv24.w, wv6.w, fma(xv24.z, wv6.z, fma(xv24.y, wv6.y, fma(xv24.x, wv6.x, s24_6))));
        s24_7 = fma(xv24.w, wv7.w, fma(xv24.z, wv7.z, fma(xv24.y, wv7.y, fma(xv24.x, wv7.x, s24_7))));
        s24_8 = fma(xv24.w, wv8.w, fma(xv24.z, wv8.z, fma(xv24.y, wv8.y, fma(xv24.x, wv8.x, s24_8))));
        s24_9 = fma(xv24.w, wv9.w, fma(xv24.z, wv9.z, fma(xv24.y, wv9.y, fma(xv24.x, wv9.x, s24_9))));
        s24_10 = fma(xv24.w, wv10.w, fma(xv24.z, wv10.z, fma(xv24.y, wv10.y, fma(xv24.x, wv10.x, s24_10))));
        s24_11 = fma(xv24.w, wv11.w, fma(xv24.z, wv11.z, fma(xv24.y, wv11.y, fma(xv24.x, wv11.x, s24_11))));
        let xv25 = subgroupBroadcast(xvg3, 1u);
        s25_0 = fma(xv25.w, wv0.w, fma(xv25.z, wv0.z, fma(xv25.y, wv0.y, fma(xv25.x, wv0.x, s25_0))));
        s25_1 = fma(xv25.w, wv1.w, fma(xv25.z, wv1.z, fma(xv25.y, wv1.y, fma(xv25.x, wv1.x, s25_1))));
        s25_2 = fma(xv25.w, wv2.w, fma(xv25.z, wv2.z, fma(xv25.y, wv2.y, fma(xv25.x, wv2.x, s25_2))));
        s25_3 = fma(xv25.w, wv3.w, fma(xv25.z, wv3.z, fma(xv25.y, wv3.y, fma(xv25.x, wv3.x, s25_3))));
        s25_4 = fma(xv25.w, wv4.w, fma(xv25.z, wv4.z, fma(xv25.y, wv4.y, fma(xv25.x, wv4.x, s25_4))));
        s25_5 = fma(xv25.w, wv5.w, fma(xv25.z, wv5.z, fma(xv25.y, wv5.y, fma(xv25.x, wv5.x, s25_5))));
        s25_6 = fma(xv25.w, wv6.w, fma(xv25.z, wv6.z, fma(xv25.y, wv6.y, fma(xv25.x, wv6.x, s25_6))));
        s25_7 = fma(xv25.w, wv7.w, fma(xv25.z, wv7.z, fma(xv25.y, wv7.y, fma(xv25.x, wv7.x, s25_7))));
        s25_8 = fma(xv25.w, wv8.w, fma(xv25.z, wv8.z, fma(xv25.y, wv8.y, fma(xv25.x, wv8.x, s25_8))));
        s25_9 = fma(xv25.w, wv9.w, fma(xv25.z, wv9.z, fma(xv25.y, wv9.y, fma(xv25.x, wv9.x, s25_9))));
        s25_10 = fma(xv25.w, wv10.w, fma(xv25.z, wv10.z, fma(xv25.y, wv10.y, fma(xv25.x, wv10.x, s25_10))));
        s25_11 = fma(xv25.w, wv11.w, fma(xv25.z, wv11.z, fma(xv25.y, wv11.y, fma(xv25.x, wv11.x, s25_11))));
        let xv26 = subgroupBroadcast(xvg3, 2u);
        s26_0 = fma(xv26.w, wv0.w, fma(xv26.z, wv0.z, fma(xv26.y, wv0.y, fma(xv26.x, wv0.x, s26_0))));
        s26_1 = fma(xv26.w, wv1.w, fma(xv26.z, wv1.z, fma(xv26.y, wv1.y, fma(xv26.x, wv1.x, s26_1))));
        s26_2 = fma(xv26.w, wv2.w, fma(xv26.z, wv2.z, fma(xv26.y, wv2.y, fma(xv26.x, wv2.x, s26_2))));
        s26_3 = fma(xv26.w, wv3.w, fma(xv26.z, wv3.z, fma(xv26.y, wv3.y, fma(xv26.x, wv3.x, s26_3))));
        s26_4 = fma(xv26.w, wv4.w, fma(xv26.z, wv4.z, fma(xv26.y, wv4.y, fma(xv26.x, wv4.x, s26_4))));
        s26_5 = fma(xv26.w, wv5.w, fma(xv26.z, wv5.z, fma(xv26.y, wv5.y, fma(xv26.x, wv5.x, s26_5))));
        s26_6 = fma(xv26.w, wv6.w, fma(xv26.z, wv6.z, fma(xv26.y, wv6.y, fma(xv26.x, wv6.x, s26_6))));
        s26_7 = fma(xv26.w, wv7.w, fma(xv26.z, wv7.z, fma(xv26.y, wv7.y, fma(xv26.x, wv7.x, s26_7))));
        s26_8 = fma(xv26.w, wv8.w, fma(xv26.z, wv8.z, fma(xv26.y, wv8.y, fma(xv26.x, wv8.x, s26_8))));
        s26_9 = fma(xv26.w, wv9.w, fma(xv26.z, wv9.z, fma(xv26.y, wv9.y, fma(xv26.x, wv9.x, s26_9))));
        s26_10 = fma(xv26.w, wv10.w, fma(xv26.z, wv10.z, fma(xv26.y, wv10.y, fma(xv26.x, wv10.x, s26_10))));
        s26_11 = fma(xv26.w, wv11.w, fma(xv26.z, wv11.z, fma(xv26.y, wv11.y, fma(xv26.x, wv11.x, s26_11))));
        let xv27 = subgroupBroadcast(xvg3, 3u);
        s27_0 = fma(xv27.w, wv0.w, fma(xv27.z, wv0.z, fma(xv27.y, wv0.y, fma(xv27.x, wv0.x, s27_0))));
        s27_1 = fma(xv27.w, wv1.w, fma(xv27.z, wv1.z, fma(xv27.y, wv1.y, fma(xv27.x, wv1.x, s27_1))));
        s27_2 = fma(xv27.w, wv2.w, fma(xv27.z, wv2.z, fma(xv27.y, wv2.y, fma(xv27.x, wv2.x, s27_2))));
        s27_3 = fma(xv27.w, wv3.w, fma(xv27.z, wv3.z, fma(xv27.y, wv3.y, fma(xv27.x, wv3.x, s27_3))));
        s27_4 = fma(xv27.w, wv4.w, fma(xv27.z, wv4.z, fma(xv27.y, wv4.y, fma(xv27.x, wv4.x, s27_4))));
        s27_5 = fma(xv27.w, wv5.w, fma(xv27.z, wv5.z, fma(xv27.y, wv5.y, fma(xv27.x, wv5.x, s27_5))));
        s27_6 = fma(xv27.w, wv6.w, fma(xv27.z, wv6.z, fma(xv27.y, wv6.y, fma(xv27.x, wv6.x, s27_6))));
        s27_7 = fma(xv27.w, wv7.w, fma(xv27.z, wv7.z, fma(xv27.y, wv7.y, fma(xv27.x, wv7.x, s27_7))));
        s27_8 = fma(xv27.w, wv8.w, fma(xv27.z, wv8.z, fma(xv27.y, wv8.y, fma(xv27.x, wv8.x, s27_8))));
        s27_9 = fma(xv27.w, wv9.w, fma(xv27.z, wv9.z, fma(xv27.y, wv9.y, fma(xv27.x, wv9.x, s27_9))));
        s27_10 = fma(xv27.w, wv10.w, fma(xv27.z, wv10.z, fma(xv27.y, wv10.y, fma(xv27.x, wv10.x, s27_10))));
        s27_11 = fma(xv27.w, wv11.w, fma(xv27.z, wv11.z, fma(xv27.y, wv11.y, fma(xv27.x, wv11.x, s27_11))));
        let xv28 = subgroupBroadcast(xvg3, 4u);
        s28_0 = fma(xv28.w, wv0.w, fma(xv28.z, wv0.z, fma(xv28.y, wv0.y, fma(xv28.x, wv0.x, s28_0))));
        s28_1 = fma(xv28.w, wv1.w, fma(xv28.z, wv1.z, fma(xv28.y, wv1.y, fma(xv28.x, wv1.x, s28_1))));
        s28_2 = fma(xv28.w, wv2.w, fma(xv28.z, wv2.z, fma(xv28.y, wv2.y, fma(xv28.x, wv2.x, s28_2))));
        s28_3 = fma(xv28.w, wv3.w, fma(xv28.z, wv3.z, fma(xv28.y, wv3.y, fma(xv28.x, wv3.x, s28_3))));
        s28_4 = fma(xv28.w, wv4.w, fma(xv28.z, wv4.z, fma(xv28.y, wv4.y, fma(xv28.x, wv4.x, s28_4))));
        s28_5 = fma(xv28.w, wv5.w, fma(xv28.z, wv5.z, fma(xv28.y, wv5.y, fma(xv28.x, wv5.x, s28_5))));
        s28_6 = fma(xv28.w, wv6.w, fma(xv28.z, wv6.z, fma(xv28.y, wv6.y, fma(xv28.x, wv6.x, s28_6))));
        s28_7 = fma(xv28.w, wv7.w, fma(xv28.z, wv7.z, fma(xv28.y, wv7.y, fma(xv28.x, wv7.x, s28_7))));
        s28_8 = fma(xv28.w, wv8.w, fma(xv28.z, wv8.z, fma(xv28.y, wv8.y, fma(xv28.x, wv8.x, s28_8))));
        s28_9 = fma(xv28.w, wv9.w, fma(xv28.z, wv9.z, fma(xv28.y, wv9.y, fma(xv28.x, wv9.x, s28_9))));
        s28_10 = fma(xv28.w, wv10.w, fma(xv28.z, wv10.z, fma(xv28.y, wv10.y, fma(xv28.x, wv10.x, s28_10))));
        s28_11 = fma(xv28.w, wv11.w, fma(xv28.z, wv11.z, fma(xv28.y, wv11.y, fma(xv28.x, wv11.x, s28_11))));
        let xv29 = subgroupBroadcast(xvg3, 5u);
        s29_0 = fma(xv29.w, wv0.w, fma(xv29.z, wv0.z, fma(xv29.y, wv0.y, fma(xv29.x, wv0.x, s29_0))));
        s29_1 = fma(xv29.w, wv1.w, fma(xv29.z, wv1.z, fma(xv29.y, wv1.y, fma(xv29.x, wv1.x, s29_1))));
        s29_2 = fma(xv29.w, wv2.w, fma(xv29.z, wv2.z, fma(xv29.y, wv2.y, fma(xv29.x, wv2.x, s29_2))));
        s29_3 = fma(xv29.w, wv3.w, fma(xv29.z, wv3.z, fma(xv29.y, wv3.y, fma(xv29.x, wv3.x, s29_3))));
        s29_4 = fma(xv29.w, wv4.w, fma(xv29.z, wv4.z, fma(xv29.y, wv4.y, fma(xv29.x, wv4.x, s29_4))));
        s29_5 = fma(xv29.w, wv5.w, fma(xv29.z, wv5.z, fma(xv29.y, wv5.y, fma(xv29.x, wv5.x, s29_5))));
        s29_6 = fma(xv29.w, wv6.w, fma(xv29.z, wv6.z, fma(xv29.y, wv6.y, fma(xv29.x, wv6.x, s29_6))));
        s29_7 = fma(xv29.w, wv7.w, fma(xv29.z, wv7.z, fma(xv29.y, wv7.y, fma(xv29.x, wv7.x, s29_7))));
        s29_8 = fma(xv29.w, wv8.w, fma(xv29.z, wv8.z, fma(xv29.y, wv8.y, fma(xv29.x, wv8.x, s29_8))));
        s29_9 = fma(xv29.w, wv9.w, fma(xv29.z, wv9.z, fma(xv29.y, wv9.y, fma(xv29.x, wv9.x, s29_9))));
        s29_10 = fma(xv29.w, wv10.w, fma(xv29.z, wv10.z, fma(xv29.y, wv10.y, fma(xv29.x, wv10.x, s29_10))));
        s29_11 = fma(xv29.w, wv11.w, fma(xv29.z, wv11.z, fma(xv29.y, wv11.y, fma(xv29.x, wv11.x, s29_11))));
        let xv30 = subgroupBroadcast(xvg3, 6u);
        s30_0 = fma(xv30.w, wv0.w, fma(xv30.z, wv0.z, fma(xv30.y, wv0.y, fma(xv30.x, wv0.x, s30_0))));
        s30_1 = fma(xv30.w, wv1.w, fma(xv30.z, wv1.z, fma(xv30.y, wv1.y, fma(xv30.x, wv1.x, s30_1))));
        s30_2 = fma(xv30.w, wv2.w, fma(xv30.z, wv2.z, fma(xv30.y, wv2.y, fma(xv30.x, wv2.x, s30_2))));
        s30_3 = fma(xv30.w, wv3.w, fma(xv30.z, wv3.z, fma(xv30.y, wv3.y, fma(xv30.x, wv3.x, s30_3))));
        s30_4 = fma(xv30.w, wv4.w, fma(xv30.z, wv4.z, fma(xv30.y, wv4.y, fma(xv30.x, wv4.x, s30_4))));
        s30_5 = fma(xv30.w, wv5.w, fma(xv30.z, wv5.z, fma(xv30.y, wv5.y, fma(xv30.x, wv5.x, s30_5))));
        s30_6 = fma(xv30.w, wv6.w, fma(xv30.z, wv6.z, fma(xv30.y, wv6.y, fma(xv30.x, wv6.x, s30_6))));
        s30_7 = fma(xv30.w, wv7.w, fma(xv30.z, wv7.z, fma(xv30.y, wv7.y, fma(xv30.x, wv7.x, s30_7))));
        s30_8 = fma(xv30.w, wv8.w, fma(xv30.z, wv8.z, fma(xv30.y, wv8.y, fma(xv30.x, wv8.x, s30_8))));
        s30_9 = fma(xv30.w, wv9.w, fma(xv30.z, wv9.z, fma(xv30.y, wv9.y, fma(xv30.x, wv9.x, s30_9))));
        s30_10 = fma(xv30.w, wv10.w, fma(xv30.z, wv10.z, fma(xv30.y, wv10.y, fma(xv30.x, wv10.x, s30_10))));
        s30_11 = fma(xv30.w, wv11.w, fma(xv30.z, wv11.z, fma(xv30.y, wv11.y, fma(xv30.x, wv11.x, s30_11))));
        let xv31 = subgroupBroadcast(xvg3, 7u);
        s31_0 = fma(xv31.w, wv0.w, fma(xv31.z, wv0.z, fma(xv31.y, wv0.y, fma(xv31.x, wv0.x, s31_0))));
        s31_1 = fma(xv31.w, wv1.w, fma(xv31.z, wv1.z, fma(xv31.y, wv1.y, fma(xv31.x, wv1.x, s31_1))));
        s31_2 = fma(xv31.w, wv2.w, fma(xv31.z, wv2.z, fma(xv31.y, wv2.y, fma(xv31.x, wv2.x, s31_2))));
        s31_3 = fma(xv31.w, wv3.w, fma(xv31.z, wv3.z, fma(xv31.y, wv3.y, fma(xv31.x, wv3.x, s31_3))));
        s31_4 = fma(xv31.w, wv4.w, fma(xv31.z, wv4.z, fma(xv31.y, wv4.y, fma(xv31.x, wv4.x, s31_4))));
        s31_5 = fma(xv31.w, wv5.w, fma(xv31.z, wv5.z, fma(xv31.y, wv5.y, fma(xv31.x, wv5.x, s31_5))));
        s31_6 = fma(xv31.w, wv6.w, fma(xv31.z, wv6.z, fma(xv31.y, wv6.y, fma(xv31.x, wv6.x, s31_6))));
        s31_7 = fma(xv31.w, wv7.w, fma(xv31.z, wv7.z, fma(xv31.y, wv7.y, fma(xv31.x, wv7.x, s31_7))));
        s31_8 = fma(xv31.w, wv8.w, fma(xv31.z, wv8.z, fma(xv31.y, wv8.y, fma(xv31.x, wv8.x, s31_8))));
        s31_9 = fma(xv31.w, wv9.w, fma(xv31.z, wv9.z, fma(xv31.y, wv9.y, fma(xv31.x, wv9.x, s31_9))));
        s31_10 = fma(xv31.w, wv10.w, fma(xv31.z, wv10.z, fma(xv31.y, wv10.y, fma(xv31.x, wv10.x, s31_10))));
        s31_11 = fma(xv31.w, wv11.w, fma(xv31.z, wv11.z, fma(xv31.y, wv11.y, fma(xv31.x, wv11.x, s31_11))));
    }
    let c_base = gid.z * p.c_batch;
    var b0 = vec4<f32>(0.0);
    var b1 = vec4<f32>(0.0);
    var b2 = vec4<f32>(0.0);
    if (p.has_bias != 0u) {
        b0 = bias4[min(c0 / 4u + 0u, p.cols / 4u - 1u)];
        b1 = bias4[min(c0 / 4u + 1u, p.cols / 4u - 1u)];
        b2 = bias4[min(c0 / 4u + 2u, p.cols / 4u - 1u)];
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_8, s0_9, s0_10, s0_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_8, s1_9, s1_10, s1_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_8, s2_9, s2_10, s2_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_8, s3_9, s3_10, s3_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_8, s4_9, s4_10, s4_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_8, s5_9, s5_10, s5_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_8, s6_9, s6_10, s6_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_8, s7_9, s7_10, s7_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_8, s8_9, s8_10, s8_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_8, s9_9, s9_10, s9_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_8, s10_9, s10_10, s10_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_8, s11_9, s11_10, s11_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_8, s12_9, s12_10, s12_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_8, s13_9, s13_10, s13_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_8, s14_9, s14_10, s14_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_8, s15_9, s15_10, s15_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 16u < p.rows) {
        let o = (c_base + (r0 + 16u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s16_0, s16_1, s16_2, s16_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s16_4, s16_5, s16_6, s16_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s16_8, s16_9, s16_10, s16_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 17u < p.rows) {
        let o = (c_base + (r0 + 17u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s17_0, s17_1, s17_2, s17_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s17_4, s17_5, s17_6, s17_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s17_8, s17_9, s17_10, s17_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 18u < p.rows) {
        let o = (c_base + (r0 + 18u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s18_0, s18_1, s18_2, s18_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s18_4, s18_5, s18_6, s18_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s18_8, s18_9, s18_10, s18_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 19u < p.rows) {
        let o = (c_base + (r0 + 19u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s19_0, s19_1, s19_2, s19_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s19_4, s19_5, s19_6, s19_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s19_8, s19_9, s19_10, s19_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 20u < p.rows) {
        let o = (c_base + (r0 + 20u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s20_0, s20_1, s20_2, s20_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s20_4, s20_5, s20_6, s20_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s20_8, s20_9, s20_10, s20_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 21u < p.rows) {
        let o = (c_base + (r0 + 21u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s21_0, s21_1, s21_2, s21_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s21_4, s21_5, s21_6, s21_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s21_8, s21_9, s21_10, s21_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 22u < p.rows) {
        let o = (c_base + (r0 + 22u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s22_0, s22_1, s22_2, s22_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s22_4, s22_5, s22_6, s22_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s22_8, s22_9, s22_10, s22_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 23u < p.rows) {
        let o = (c_base + (r0 + 23u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s23_0, s23_1, s23_2, s23_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s23_4, s23_5, s23_6, s23_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s23_8, s23_9, s23_10, s23_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 24u < p.rows) {
        let o = (c_base + (r0 + 24u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s24_0, s24_1, s24_2, s24_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s24_4, s24_5, s24_6, s24_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s24_8, s24_9, s24_10, s24_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 25u < p.rows) {
        let o = (c_base + (r0 + 25u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s25_0, s25_1, s25_2, s25_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s25_4, s25_5, s25_6, s25_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s25_8, s25_9, s25_10, s25_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 26u < p.rows) {
        let o = (c_base + (r0 + 26u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s26_0, s26_1, s26_2, s26_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s26_4, s26_5, s26_6, s26_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s26_8, s26_9, s26_10, s26_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 27u < p.rows) {
        let o = (c_base + (r0 + 27u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s27_0, s27_1, s27_2, s27_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s27_4, s27_5, s27_6, s27_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s27_8, s27_9, s27_10, s27_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 28u < p.rows) {
        let o = (c_base + (r0 + 28u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s28_0, s28_1, s28_2, s28_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s28_4, s28_5, s28_6, s28_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s28_8, s28_9, s28_10, s28_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 29u < p.rows) {
        let o = (c_base + (r0 + 29u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s29_0, s29_1, s29_2, s29_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s29_4, s29_5, s29_6, s29_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s29_8, s29_9, s29_10, s29_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 30u < p.rows) {
        let o = (c_base + (r0 + 30u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s30_0, s30_1, s30_2, s30_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s30_4, s30_5, s30_6, s30_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s30_8, s30_9, s30_10, s30_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
    if (r0 + 31u < p.rows) {
        let o = (c_base + (r0 + 31u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s31_0, s31_1, s31_2, s31_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s31_4, s31_5, s31_6, s31_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s31_8, s31_9, s31_10, s31_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
    }
}

// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_forward_32x16(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 16u;
    let r0 = wid.y * 32u;
    if (r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let xb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let xl0 = xb + min(r0 + 0u + lane, p.rows - 1u) * d4;
    let xl1 = xb + min(r0 + 8u + lane, p.rows - 1u) * d4;
    let xl2 = xb + min(r0 + 16u + lane, p.rows - 1u) * d4;
    let xl3 = xb + min(r0 + 24u + lane, p.rows - 1u) * d4;
    let w0 = wb + min(c0 + 0u, p.cols - 1u) * d4;
    let w1 = wb + min(c0 + 1u, p.cols - 1u) * d4;
    let w2 = wb + min(c0 + 2u, p.cols - 1u) * d4;
    let w3 = wb + min(c0 + 3u, p.cols - 1u) * d4;
    let w4 = wb + min(c0 + 4u, p.cols - 1u) * d4;
    let w5 = wb + min(c0 + 5u, p.cols - 1u) * d4;
    let w6 = wb + min(c0 + 6u, p.cols - 1u) * d4;
    let w7 = wb + min(c0 + 7u, p.cols - 1u) * d4;
    let w8 = wb + min(c0 + 8u, p.cols - 1u) * d4;
    let w9 = wb + min(c0 + 9u, p.cols - 1u) * d4;
    let w10 = wb + min(c0 + 10u, p.cols - 1u) * d4;
    let w11 = wb + min(c0 + 11u, p.cols - 1u) * d4;
    let w12 = wb + min(c0 + 12u, p.cols - 1u) * d4;
    let w13 = wb + min(c0 + 13u, p.cols - 1u) * d4;
    let w14 = wb + min(c0 + 14u, p.cols - 1u) * d4;
    let w15 = wb + min(c0 + 15u, p.cols - 1u) * d4;
    var s0_0 = 0.0; var s0_1 = 0.0; var s0_2 = 0.0; var s0_3 = 0.0; var s0_4 = 0.0; var s0_5 = 0.0; var s0_6 = 0.0; var s0_7 = 0.0; var s0_8 = 0.0; var s0_9 = 0.0; var s0_10 = 0.0; var s0_11 = 0.0; var s0_12 = 0.0; var s0_13 = 0.0; var s0_14 = 0.0; var s0_15 = 0.0;
    var s1_0 = 0.0; var s1_1 = 0.0; var s1_2 = 0.0; var s1_3 = 0.0; var s1_4 = 0.0; var s1_5 = 0.0; var s1_6 = 0.0; var s1_7 = 0.0; var s1_8 = 0.0; var s1_9 = 0.0; var s1_10 = 0.0; var s1_11 = 0.0; var s1_12 = 0.0; var s1_13 = 0.0; var s1_14 = 0.0; var s1_15 = 0.0;
    var s2_0 = 0.0; var s2_1 = 0.0; var s2_2 = 0.0; var s2_3 = 0.0; var s2_4 = 0.0; var s2_5 = 0.0; var s2_6 = 0.0; var s2_7 = 0.0; var s2_8 = 0.0; var s2_9 = 0.0; var s2_10 = 0.0; var s2_11 = 0.0; var s2_12 = 0.0; var s2_13 = 0.0; var s2_14 = 0.0; var s2_15 = 0.0;
    var s3_0 = 0.0; var s3_1 = 0.0; var s3_2 = 0.0; var s3_3 = 0.0; var s3_4 = 0.0; var s3_5 = 0.0; var s3_6 = 0.0; var s3_7 = 0.0; var s3_8 = 0.0; var s3_9 = 0.0; var s3_10 = 0.0; var s3_11 = 0.0; var s3_12 = 0.0; var s3_13 = 0.0; var s3_14 = 0.0; var s3_15 = 0.0;
    var s4_0 = 0.0; var s4_1 = 0.0; var s4_2 = 0.0; var s4_3 = 0.0; var s4_4 = 0.0; var s4_5 = 0.0; var s4_6 = 0.0; var s4_7 = 0.0; var s4_8 = 0.0; var s4_9 = 0.0; var s4_10 = 0.0; var s4_11 = 0.0; var s4_12 = 0.0; var s4_13 = 0.0; var s4_14 = 0.0; var s4_15 = 0.0;
    var s5_0 = 0.0; var s5_1 = 0.0; var s5_2 = 0.0; var s5_3 = 0.0; var s5_4 = 0.0; var s5_5 = 0.0; var s5_6 = 0.0; var s5_7 = 0.0; var s5_8 = 0.0; var s5_9 = 0.0; var s5_10 = 0.0; var s5_11 = 0.0; var s5_12 = 0.0; var s5_13 = 0.0; var s5_14 = 0.0; var s5_15 = 0.0;
    var s6_0 = 0.0; var s6_1 = 0.0; var s6_2 = 0.0; var s6_3 = 0.0; var s6_4 = 0.0; var s6_5 = 0.0; var s6_6 = 0.0; var s6_7 = 0.0; var s6_8 = 0.0; var s6_9 = 0.0; var s6_10 = 0.0; var s6_11 = 0.0; var s6_12 = 0.0; var s6_13 = 0.0; var s6_14 = 0.0; var s6_15 = 0.0;
    var s7_0 = 0.0; var s7_1 = 0.0; var s7_2 = 0.0; var s7_3 = 0.0; var s7_4 = 0.0; var s7_5 = 0.0; var s7_6 = 0.0; var s7_7 = 0.0; var s7_8 = 0.0; var s7_9 = 0.0; var s7_10 = 0.0; var s7_11 = 0.0; var s7_12 = 0.0; var s7_13 = 0.0; var s7_14 = 0.0; var s7_15 = 0.0;
    var s8_0 = 0.0; var s8_1 = 0.0; var s8_2 = 0.0; var s8_3 = 0.0; var s8_4 = 0.0; var s8_5 = 0.0; var s8_6 = 0.0; var s8_7 = 0.0; var s8_8 = 0.0; var s8_9 = 0.0; var s8_10 = 0.0; var s8_11 = 0.0; var s8_12 = 0.0; var s8_13 = 0.0; var s8_14 = 0.0; var s8_15 = 0.0;
    var s9_0 = 0.0; var s9_1 = 0.0; var s9_2 = 0.0; var s9_3 = 0.0; var s9_4 = 0.0; var s9_5 = 0.0; var s9_6 = 0.0; var s9_7 = 0.0; var s9_8 = 0.0; var s9_9 = 0.0; var s9_10 = 0.0; var s9_11 = 0.0; var s9_12 = 0.0; var s9_13 = 0.0; var s9_14 = 0.0; var s9_15 = 0.0;
    var s10_0 = 0.0; var s10_1 = 0.0; var s10_2 = 0.0; var s10_3 = 0.0; var s10_4 = 0.0; var s10_5 = 0.0; var s10_6 = 0.0; var s10_7 = 0.0; var s10_8 = 0.0; var s10_9 = 0.0; var s10_10 = 0.0; var s10_11 = 0.0; var s10_12 = 0.0; var s10_13 = 0.0; var s10_14 = 0.0; var s10_15 = 0.0;
    var s11_0 = 0.0; var s11_1 = 0.0; var s11_2 = 0.0; var s11_3 = 0.0; var s11_4 = 0.0; var s11_5 = 0.0; var s11_6 = 0.0; var s11_7 = 0.0; var s11_8 = 0.0; var s11_9 = 0.0; var s11_10 = 0.0; var s11_11 = 0.0; var s11_12 = 0.0; var s11_13 = 0.0; var s11_14 = 0.0; var s11_15 = 0.0;
    var s12_0 = 0.0; var s12_1 = 0.0; var s12_2 = 0.0; var s12_3 = 0.0; var s12_4 = 0.0; var s12_5 = 0.0; var s12_6 = 0.0; var s12_7 = 0.0; var s12_8 = 0.0; var s12_9 = 0.0; var s12_10 = 0.0; var s12_11 = 0.0; var s12_12 = 0.0; var s12_13 = 0.0; var s12_14 = 0.0; var s12_15 = 0.0;
    var s13_0 = 0.0; var s13_1 = 0.0; var s13_2 = 0.0; var s13_3 = 0.0; var s13_4 = 0.0; var s13_5 = 0.0; var s13_6 = 0.0; var s13_7 = 0.0; var s13_8 = 0.0; var s13_9 = 0.0; var s13_10 = 0.0; var s13_11 = 0.0; var s13_12 = 0.0; var s13_13 = 0.0; var s13_14 = 0.0; var s13_15 = 0.0;
    var s14_0 = 0.0; var s14_1 = 0.0; var s14_2 = 0.0; var s14_3 = 0.0; var s14_4 = 0.0; var s14_5 = 0.0; var s14_6 = 0.0; var s14_7 = 0.0; var s14_8 = 0.0; var s14_9 = 0.0; var s14_10 = 0.0; var s14_11 = 0.0; var s14_12 = 0.0; var s14_13 = 0.0; var s14_14 = 0.0; var s14_15 = 0.0;
    var s15_0 = 0.0; var s15_1 = 0.0; var s15_2 = 0.0; var s15_3 = 0.0; var s15_4 = 0.0; var s15_5 = 0.0; var s15_6 = 0.0; var s15_7 = 0.0; var s15_8 = 0.0; var s15_9 = 0.0; var s15_10 = 0.0; var s15_11 = 0.0; var s15_12 = 0.0; var s15_13 = 0.0; var s15_14 = 0.0; var s15_15 = 0.0;
    var s16_0 = 0.0; var s16_1 = 0.0; var s16_2 = 0.0; var s16_3 = 0.0; var s16_4 = 0.0; var s16_5 = 0.0; var s16_6 = 0.0; var s16_7 = 0.0; var s16_8 = 0.0; var s16_9 = 0.0; var s16_10 = 0.0; var s16_11 = 0.0; var s16_12 = 0.0; var s16_13 = 0.0; var s16_14 = 0.0; var s16_15 = 0.0;
    var s17_0 = 0.0; var s17_1 = 0.0; var s17_2 = 0.0; var s17_3 = 0.0; var s17_4 = 0.0; var s17_5 = 0.0; var s17_6 = 0.0; var s17_7 = 0.0; var s17_8 = 0.0; var s17_9 = 0.0; var s17_10 = 0.0; var s17_11 = 0.0; var s17_12 = 0.0; var s17_13 = 0.0; var s17_14 = 0.0; var s17_15 = 0.0;
    var s18_0 = 0.0; var s18_1 = 0.0; var s18_2 = 0.0; var s18_3 = 0.0; var s18_4 = 0.0; var s18_5 = 0.0; var s18_6 = 0.0; var s18_7 = 0.0; var s18_8 = 0.0; var s18_9 = 0.0; var s18_10 = 0.0; var s18_11 = 0.0; var s18_12 = 0.0; var s18_13 = 0.0; var s18_14 = 0.0; var s18_15 = 0.0;
    var s19_0 = 0.0; var s19_1 = 0.0; var s19_2 = 0.0; var s19_3 = 0.0; var s19_4 = 0.0; var s19_5 = 0.0; var s19_6 = 0.0; var s19_7 = 0.0; var s19_8 = 0.0; var s19_9 = 0.0; var s19_10 = 0.0; var s19_11 = 0.0; var s19_12 = 0.0; var s19_13 = 0.0; var s19_14 = 0.0; var s19_15 = 0.0;
    var s20_0 = 0.0; var s20_1 = 0.0; var s20_2 = 0.0; var s20_3 = 0.0; var s20_4 = 0.0; var s20_5 = 0.0; var s20_6 = 0.0; var s20_7 = 0.0; var s20_8 = 0.0; var s20_9 = 0.0; var s20_10 = 0.0; var s20_11 = 0.0; var s20_12 = 0.0; var s20_13 = 0.0; var s20_14 = 0.0; var s20_15 = 0.0;
    var s21_0 = 0.0; var s21_1 = 0.0; var s21_2 = 0.0; var s21_3 = 0.0; var s21_4 = 0.0; var s21_5 = 0.0; var s21_6 = 0.0; var s21_7 = 0.0; var s21_8 = 0.0; var s21_9 = 0.0; var s21_10 = 0.0; var s21_11 = 0.0; var s21_12 = 0.0; var s21_13 = 0.0; var s21_14 = 0.0; var s21_15 = 0.0;
    var s22_0 = 0.0; var s22_1 = 0.0; var s22_2 = 0.0; var s22_3 = 0.0; var s22_4 = 0.0; var s22_5 = 0.0; var s22_6 = 0.0; var s22_7 = 0.0; var s22_8 = 0.0; var s22_9 = 0.0; var s22_10 = 0.0; var s22_11 = 0.0; var s22_12 = 0.0; var s22_13 = 0.0; var s22_14 = 0.0; var s22_15 = 0.0;
    var s23_0 = 0.0; var s23_1 = 0.0; var s23_2 = 0.0; var s23_3 = 0.0; var s23_4 = 0.0; var s23_5 = 0.0; var s23_6 = 0.0; var s23_7 = 0.0; var s23_8 = 0.0; var s23_9 = 0.0; var s23_10 = 0.0; var s23_11 = 0.0; var s23_12 = 0.0; var s23_13 = 0.0; var s23_14 = 0.0; var s23_15 = 0.0;
    var s24_0 = 0.0; var s24_1 = 0.0; var s24_2 = 0.0; var s24_3 = 0.0; var s24_4 = 0.0; var s24_5 = 0.0; var s24_6 = 0.0; var s24_7 = 0.0; var s24_8 = 0.0; var s24_9 = 0.0; var s24_10 = 0.0; var s24_11 = 0.0; var s24_12 = 0.0; var s24_13 = 0.0; var s24_14 = 0.0; var s24_15 = 0.0;
    var s25_0 = 0.0; var s25_1 = 0.0; var s25_2 = 0.0; var s25_3 = 0.0; var s25_4 = 0.0; var s25_5 = 0.0; var s25_6 = 0.0; var s25_7 = 0.0; var s25_8 = 0.0; var s25_9 = 0.0; var s25_10 = 0.0; var s25_11 = 0.0; var s25_12 = 0.0; var s25_13 = 0.0; var s25_14 = 0.0; var s25_15 = 0.0;
    var s26_0 = 0.0; var s26_1 = 0.0; var s26_2 = 0.0; var s26_3 = 0.0; var s26_4 = 0.0; var s26_5 = 0.0; var s26_6 = 0.0; var s26_7 = 0.0; var s26_8 = 0.0; var s26_9 = 0.0; var s26_10 = 0.0; var s26_11 = 0.0; var s26_12 = 0.0; var s26_13 = 0.0; var s26_14 = 0.0; var s26_15 = 0.0;
    var s27_0 = 0.0; var s27_1 = 0.0; var s27_2 = 0.0; var s27_3 = 0.0; var s27_4 = 0.0; var s27_5 = 0.0; var s27_6 = 0.0; var s27_7 = 0.0; var s27_8 = 0.0; var s27_9 = 0.0; var s27_10 = 0.0; var s27_11 = 0.0; var s27_12 = 0.0; var s27_13 = 0.0; var s27_14 = 0.0; var s27_15 = 0.0;
    var s28_0 = 0.0; var s28_1 = 0.0; var s28_2 = 0.0; var s28_3 = 0.0; var s28_4 = 0.0; var s28_5 = 0.0; var s28_6 = 0.0; var s28_7 = 0.0; var s28_8 = 0.0; var s28_9 = 0.0; var s28_10 = 0.0; var s28_11 = 0.0; var s28_12 = 0.0; var s28_13 = 0.0; var s28_14 = 0.0; var s28_15 = 0.0;
    var s29_0 = 0.0; var s29_1 = 0.0; var s29_2 = 0.0; var s29_3 = 0.0; var s29_4 = 0.0; var s29_5 = 0.0; var s29_6 = 0.0; var s29_7 = 0.0; var s29_8 = 0.0; var s29_9 = 0.0; var s29_10 = 0.0; var s29_11 = 0.0; var s29_12 = 0.0; var s29_13 = 0.0; var s29_14 = 0.0; var s29_15 = 0.0;
    var s30_0 = 0.0; var s30_1 = 0.0; var s30_2 = 0.0; var s30_3 = 0.0; var s30_4 = 0.0; var s30_5 = 0.0; var s30_6 = 0.0; var s30_7 = 0.0; var s30_8 = 0.0; var s30_9 = 0.0; var s30_10 = 0.0; var s30_11 = 0.0; var s30_12 = 0.0; var s30_13 = 0.0; var s30_14 = 0.0; var s30_15 = 0.0;
    var s31_0 = 0.0; var s31_1 = 0.0; var s31_2 = 0.0; var s31_3 = 0.0; var s31_4 = 0.0; var s31_5 = 0.0; var s31_6 = 0.0; var s31_7 = 0.0; var s31_8 = 0.0; var s31_9 = 0.0; var s31_10 = 0.0; var s31_11 = 0.0; var s31_12 = 0.0; var s31_13 = 0.0; var s31_14 = 0.0; var s31_15 = 0.0;
    for (var k = 0u; k < d4; k++) {
        let wv0 = b4[w0 + k];
        let wv1 = b4[w1 + k];
        let wv2 = b4[w2 + k];
        let wv3 = b4[w3 + k];
        let wv4 = b4[w4 + k];
        let wv5 = b4[w5 + k];
        let wv6 = b4[w6 + k];
        let wv7 = b4[w7 + k];
        let wv8 = b4[w8 + k];
        let wv9 = b4[w9 + k];
        let wv10 = b4[w10 + k];
        let wv11 = b4[w11 + k];
        let wv12 = b4[w12 + k];
        let wv13 = b4[w13 + k];
        let wv14 = b4[w14 + k];
        let wv15 = b4[w15 + k];
        let xvg0 = a4[xl0 + k];
        let xv0 = subgroupBroadcast(xvg0, 0u);
        s0_0 = fma(xv0.w, wv0.w, fma(xv0.z, wv0.z, fma(xv0.y, wv0.y, fma(xv0.x, wv0.x, s0_0))));
        s0_1 = fma(xv0.w, wv1.w, fma(xv0.z, wv1.z, fma(xv0.y, wv1.y, fma(xv0.x, wv1.x, s0_1))));
        s0_2 = fma(xv0.w, wv2.w, fma(xv0.z, wv2.z, fma(xv0.y, wv2.y, fma(xv0.x, wv2.x, s0_2))));
        s0_3 = fma(xv0.w, wv3.w, fma(xv0.z, wv3.z, fma(xv0.y, wv3.y, fma(xv0.x, wv3.x, s0_3))));
        s0_4 = fma(xv0.w, wv4.w, fma(xv0.z, wv4.z, fma(xv0.y, wv4.y, fma(xv0.x, wv4.x, s0_4))));
        s0_5 = fma(xv0.w, wv5.w, fma(xv0.z, wv5.z, fma(xv0.y, wv5.y, fma(xv0.x, wv5.x, s0_5))));
        s0_6 = fma(xv0.w, wv6.w, fma(xv0.z, wv6.z, fma(xv0.y, wv6.y, fma(xv0.x, wv6.x, s0_6))));
        s0_7 = fma(xv0.w, wv7.w, fma(xv0.z, wv7.z, fma(xv0.y, wv7.y, fma(xv0.x, wv7.x, s0_7))));
        s0_8 = fma(xv0.w, wv8.w, fma(xv0.z, wv8.z, fma(xv0.y, wv8.y, fma(xv0.x, wv8.x, s0_8))));
        s0_9 = fma(xv0.w, wv9.w, fma(xv0.z, wv9.z, fma(xv0.y, wv9.y, fma(xv0.x, wv9.x, s0_9))));
        s0_10 = fma(xv0.w, wv10.w, fma(xv0.z, wv10.z, fma(xv0.y, wv10.y, fma(xv0.x, wv10.x, s0_10))));
        s0_11 = fma(xv0.w, wv11.w, fma(xv0.z, wv11.z, fma(xv0.y, wv11.y, fma(xv0.x, wv11.x, s0_11))));
        s0_12 = fma(xv0.w, wv12.w, fma(xv0.z, wv12.z, fma(xv0.y, wv12.y, fma(xv0.x, wv12.x, s0_12))));
        s0_13 = fma(xv0.w, wv13.w, fma(xv0.z, wv13.z, fma(xv0.y, wv13.y, fma(xv0.x, wv13.x, s0_13))));
        s0_14 = fma(xv0.w, wv14.w, fma(xv0.z, wv14.z, fma(xv0.y, wv14.y, fma(xv0.x, wv14.x, s0_14))));
        s0_15 = fma(xv0.w, wv15.w, fma(xv0.z, wv15.z, fma(xv0.y, wv15.y, fma(xv0.x, wv15.x, s0_15))));
        let xv1 = subgroupBroadcast(xvg0, 1u);
        s1_0 = fma(xv1.w, wv0.w, fma(xv1.z, wv0.z, fma(xv1.y, wv0.y, fma(xv1.x, wv0.x, s1_0))));
        s1_1 = fma(xv1.w, wv1.w, fma(xv1.z, wv1.z, fma(xv1.y, wv1.y, fma(xv1.x, wv1.x, s1_1))));
        s1_2 = fma(xv1.w, wv2.w, fma(xv1.z, wv2.z, fma(xv1.y, wv2.y, fma(xv1.x, wv2.x, s1_2))));
        s1_3 = fma(xv1.w, wv3.w, fma(xv1.z, wv3.z, fma(xv1.y, wv3.y, fma(xv1.x, wv3.x, s1_3))));
        s1_4 = fma(xv1.w, wv4.w, fma(xv1.z, wv4.z, fma(xv1.y, wv4.y, fma(xv1.x, wv4.x, s1_4))));
        s1_5 = fma(xv1.w, wv5.w, fma(xv1.z, wv5.z, fma(xv1.y, wv5.y, fma(xv1.x, wv5.x, s1_5))));
        s1_6 = fma(xv1.w, wv6.w, fma(xv1.z, wv6.z, fma(xv1.y, wv6.y, fma(xv1.x, wv6.x, s1_6))));
        s1_7 = fma(xv1.w, wv7.w, fma(xv1.z, wv7.z, fma(xv1.y, wv7.y, fma(xv1.x, wv7.x, s1_7))));
        s1_8 = fma(xv1.w, wv8.w, fma(xv1.z, wv8.z, fma(xv1.y, wv8.y, fma(xv1.x, wv8.x, s1_8))));
        s1_9 = fma(xv1.w, wv9.w, fma(xv1.z, wv9.z, fma(xv1.y, wv9.y, fma(xv1.x, wv9.x, s1_9))));
        s1_10 = fma(xv1.w, wv10.w, fma(xv1.z, wv10.z, fma(xv1.y, wv10.y, fma(xv1.x, wv10.x, s1_10))));
        s1_11 = fma(xv1.w, wv11.w, fma(xv1.z, wv11.z, fma(xv1.y, wv11.y, fma(xv1.x, wv11.x, s1_11))));
        s1_12 = fma(xv1.w, wv12.w, fma(xv1.z, wv12.z, fma(xv1.y, wv12.y, fma(xv1.x, wv12.x, s1_12))));
        s1_13 = fma(xv1.w, wv13.w, fma(xv1.z, wv13.z, fma(xv1.y, wv13.y, fma(xv1.x, wv13.x, s1_13))));
        s1_14 = fma(xv1.w, wv14.w, fma(xv1.z, wv14.z, fma(xv1.y, wv14.y, fma(xv1.x, wv14.x, s1_14))));
        s1_15 = fma(xv1.w, wv15.w, fma(xv1.z, wv15.z, fma(xv1.y, wv15.y, fma(xv1.x, wv15.x, s1_15))));
        let xv2 = subgroupBroadcast(xvg0, 2u);
        s2_0 = fma(xv2.w, wv0.w, fma(xv2.z, wv0.z, fma(xv2.y, wv0.y, fma(xv2.x, wv0.x, s2_0))));
        s2_1 = fma(xv2.w, wv1.w, fma(xv2.z, wv1.z, fma(xv2.y, wv1.y, fma(xv2.x, wv1.x, s2_1))));
        s2_2 = fma(xv2.w, wv2.w, fma(xv2.z, wv2.z, fma(xv2.y, wv2.y, fma(xv2.x, wv2.x, s2_2))));
        s2_3 = fma(xv2.w, wv3.w, fma(xv2.z, wv3.z, fma(xv2.y, wv3.y, fma(xv2.x, wv3.x, s2_3))));
        s2_4 = fma(xv2.w, wv4.w, fma(xv2.z, wv4.z, fma(xv2.y, wv4.y, fma(xv2.x, wv4.x, s2_4))));
        s2_5 = fma(xv2.w, wv5.w, fma(xv2.z, wv5.z, fma(xv2.y, wv5.y, fma(xv2.x, wv5.x, s2_5))));
        s2_6 = fma(xv2.w, wv6.w, fma(xv2.z, wv6.z, fma(xv2.y, wv6.y, fma(xv2.x, wv6.x, s2_6))));
        s2_7 = fma(xv2.w, wv7.w, fma(xv2.z, wv7.z, fma(xv2.y, wv7.y, fma(xv2.x, wv7.x, s2_7))));
        s2_8 = fma(xv2.w, wv8.w, fma(xv2.z, wv8.z, fma(xv2.y, wv8.y, fma(xv2.x, wv8.x, s2_8))));
        s2_9 = fma(xv2.w, wv9.w, fma(xv2.z, wv9.z, fma(xv2.y, wv9.y, fma(xv2.x, wv9.x, s2_9))));
        s2_10 = fma(xv2.w, wv10.w, fma(xv2.z, wv10.z, fma(xv2.y, wv10.y, fma(xv2.x, wv10.x, s2_10))));
        s2_11 = fma(xv2.w, wv11.w, fma(xv2.z, wv11.z, fma(xv2.y, wv11.y, fma(xv2.x, wv11.x, s2_11))));
        s2_12 = fma(xv2.w, wv12.w, fma(xv2.z, wv12.z, fma(xv2.y, wv12.y, fma(xv2.x, wv12.x, s2_12))));
        s2_13 = fma(xv2.w, wv13.w, fma(xv2.z, wv13.z, fma(xv2.y, wv13.y, fma(xv2.x, wv13.x, s2_13))));
        s2_14 = fma(xv2.w, wv14.w, fma(xv2.z, wv14.z, fma(xv2.y, wv14.y, fma(xv2.x, wv14.x, s2_14))));
        s2_15 = fma(xv2.w, wv15.w, fma(xv2.z, wv15.z, fma(xv2.y, wv15.y, fma(xv2.x, wv15.x, s2_15))));
        let xv3 = subgroupBroadcast(xvg0, 3u);
        s3_0 = fma(xv3.w, wv0.w, fma(xv3.z, wv0.z, fma(xv3.y, wv0.y, fma(xv3.x, wv0.x, s3_0))));
        s3_1 = fma(xv3.w, wv1.w, fma(xv3.z, wv1.z, fma(xv3.y, wv1.y, fma(xv3.x, wv1.x, s3_1))));
        s3_2 = fma(xv3.w, wv2.w, fma(xv3.z, wv2.z, fma(xv3.y, wv2.y, fma(xv3.x, wv2.x, s3_2))));
        s3_3 = fma(xv3.w, wv3.w, fma(xv3.z, wv3.z, fma(xv3.y, wv3.y, fma(xv3.x, wv3.x, s3_3))));
        s3_4 = fma(xv3.w, wv4.w, fma(xv3.z, wv4.z, fma(xv3.y, wv4.y, fma(xv3.x, wv4.x, s3_4))));
        s3_5 = fma(xv3.w, wv5.w, fma(xv3.z, wv5.z, fma(xv3.y, wv5.y, fma(xv3.x, wv5.x, s3_5))));
        s3_6 = fma(xv3.w, wv6.w, fma(xv3.z, wv6.z, fma(xv3.y, wv6.y, fma(xv3.x, wv6.x, s3_6))));
        s3_7 = fma(xv3.w, wv7.w, fma(xv3.z, wv7.z, fma(xv3.y, wv7.y, fma(xv3.x, wv7.x, s3_7))));
        s3_8 = fma(xv3.w, wv8.w, fma(xv3.z, wv8.z, fma(xv3.y, wv8.y, fma(xv3.x, wv8.x, s3_8))));
        s3_9 = fma(xv3.w, wv9.w, fma(xv3.z, wv9.z, fma(xv3.y, wv9.y, fma(xv3.x, wv9.x, s3_9))));
        s3_10 = fma(xv3.w, wv10.w, fma(xv3.z, wv10.z, fma(xv3.y, wv10.y, fma(xv3.x, wv10.x, s3_10))));
        s3_11 = fma(xv3.w, wv11.w, fma(xv3.z, wv11.z, fma(xv3.y, wv11.y, fma(xv3.x, wv11.x, s3_11))));
        s3_12 = fma(xv3.w, wv12.w, fma(xv3.z, wv12.z, fma(xv3.y, wv12.y, fma(xv3.x, wv12.x, s3_12))));
        s3_13 = fma(xv3.w, wv13.w, fma(xv3.z, wv13.z, fma(xv3.y, wv13.y, fma(xv3.x, wv13.x, s3_13))));
        s3_14 = fma(xv3.w, wv14.w, fma(xv3.z, wv14.z, fma(xv3.y, wv14.y, fma(xv3.x, wv14.x, s3_14))));
        s3_15 = fma(xv3.w, wv15.w, fma(xv3.z, wv15.z, fma(xv3.y, wv15.y, fma(xv3.x, wv15.x, s3_15))));
        let xv4 = subgroupBroadcast(xvg0, 4u);
        s4_0 = fma(xv4.w, wv0.w, fma(xv4.z, wv0.z, fma(xv4.y, wv0.y, fma(xv4.x, wv0.x, s4_0))));
        s4_1 = fma(xv4.w, wv1.w, fma(xv4.z, wv1.z, fma(xv4.y, wv1.y, fma(xv4.x, wv1.x, s4_1))));
        s4_2 = fma(xv4.w, wv2.w, fma(xv4.z, wv2.z, fma(xv4.y, wv2.y, fma(xv4.x, wv2.x, s4_2))));
        s4_3 = fma(xv4.w, wv3.w, fma(xv4.z, wv3.z, fma(xv4.y, wv3.y, fma(xv4.x, wv3.x, s4_3))));
        s4_4 = fma(xv4.w, wv4.w, fma(xv4.z, wv4.z, fma(xv4.y, wv4.y, fma(xv4.x, wv4.x, s4_4))));
        s4_5 = fma(xv4.w, wv5.w, fma(xv4.z, wv5.z, fma(xv4.y, wv5.y, fma(xv4.x, wv5.x, s4_5))));
        s4_6 = fma(xv4.w, wv6.w, fma(xv4.z, wv6.z, fma(xv4.y, wv6.y, fma(xv4.x, wv6.x, s4_6))));
        s4_7 = fma(xv4.w, wv7.w, fma(xv4.z, wv7.z, fma(xv4.y, wv7.y, fma(xv4.x, wv7.x, s4_7))));
        s4_8 = fma(xv4.w, wv8.w, fma(xv4.z, wv8.z, fma(xv4.y, wv8.y, fma(xv4.x, wv8.x, s4_8))));
        s4_9 = fma(xv4.w, wv9.w, fma(xv4.z, wv9.z, fma(xv4.y, wv9.y, fma(xv4.x, wv9.x, s4_9))));
        s4_10 = fma(xv4.w, wv10.w, fma(xv4.z, wv10.z, fma(xv4.y, wv10.y, fma(xv4.x, wv10.x, s4_10))));
        s4_11 = fma(xv4.w, wv11.w, fma(xv4.z, wv11.z, fma(xv4.y, wv11.y, fma(xv4.x, wv11.x, s4_11))));
        s4_12 = fma(xv4.w, wv12.w, fma(xv4.z, wv12.z, fma(xv4.y, wv12.y, fma(xv4.x, wv12.x, s4_12))));
        s4_13 = fma(xv4.w, wv13.w, fma(xv4.z, wv13.z, fma(xv4.y, wv13.y, fma(xv4.x, wv13.x, s4_13))));
        s4_14 = fma(xv4.w, wv14.w, fma(xv4.z, wv14.z, fma(xv4.y, wv14.y, fma(xv4.x, wv14.x, s4_14))));
        s4_15 = fma(xv4.w, wv15.w, fma(xv4.z, wv15.z, fma(xv4.y, wv15.y, fma(xv4.x, wv15.x, s4_15))));
        let xv5 = subgroupBroadcast(xvg0, 5u);
        s5_0 = fma(xv5.w, wv0.w, fma(xv5.z, wv0.z, fma(xv5.y, wv0.y, fma(xv5.x, wv0.x, s5_0))));
        s5_1 = fma(xv5.w, wv1.w, fma(xv5.z, wv1.z, fma(xv5.y, wv1.y, fma(xv5.x, wv1.x, s5_1))));
        s5_2 = fma(xv5.w, wv2.w, fma(xv5.z, wv2.z, fma(xv5.y, wv2.y, fma(xv5.x, wv2.x, s5_2))));
        s5_3 = fma(xv5.w, wv3.w, fma(xv5.z, wv3.z, fma(xv5.y, wv3.y, fma(xv5.x, wv3.x, s5_3))));
        s5_4 = fma(xv5.w, wv4.w, fma(xv5.z, wv4.z, fma(xv5.y, wv4.y, fma(xv5.x, wv4.x, s5_4))));
        s5_5 = fma(xv5.w, wv5.w, fma(xv5.z, wv5.z, fma(xv5.y, wv5.y, fma(xv5.x, wv5.x, s5_5))));
        s5_6 = fma(xv5.w, wv6.w, fma(xv5.z, wv6.z, fma(xv5.y, wv6.y, fma(xv5.x, wv6.x, s5_6))));
        s5_7 = fma(xv5.w, wv7.w, fma(xv5.z, wv7.z, fma(xv5.y, wv7.y, fma(xv5.x, wv7.x, s5_7))));
        s5_8 = fma(xv5.w, wv8.w, fma(xv5.z, wv8.z, fma(xv5.y, wv8.y, fma(xv5.x, wv8.x, s5_8))));
        s5_9 = fma(xv5.w, wv9.w, fma(xv5.z, wv9.z, fma(xv5.y, wv9.y, fma(xv5.x, wv9.x, s5_9))));
        s5_10 = fma(xv5.w, wv10.w, fma(xv5.z, wv10.z, fma(xv5.y, wv10.y, fma(xv5.x, wv10.x, s5_10))));
        s5_11 = fma(xv5.w, wv11.w, fma(xv5.z, wv11.z, fma(xv5.y, wv11.y, fma(xv5.x, wv11.x, s5_11))));
        s5_12 = fma(xv5.w, wv12.w, fma(xv5.z, wv12.z, fma(xv5.y, wv12.y, fma(xv5.x, wv12.x, s5_12))));
        s5_13 = fma(xv5.w, wv13.w, fma(xv5.z, wv13.z, fma(xv5.y, wv13.y, fma(xv5.x, wv13.x, s5_13))));
        s5_14 = fma(xv5.w, wv14.w, fma(xv5.z, wv14.z, fma(xv5.y, wv14.y, fma(xv5.x, wv14.x, s5_14))));
        s5_15 = fma(xv5.w, wv15.w, fma(xv5.z, wv15.z, fma(xv5.y, wv15.y, fma(xv5.x, wv15.x, s5_15))));
        let xv6 = subgroupBroadcast(xvg0, 6u);
        s6_0 = fma(xv6.w, wv0.w, fma(xv6.z, wv0.z, fma(xv6.y, wv0.y, fma(xv6.x, wv0.x, s6_0))));
        s6_1 = fma(xv6.w, wv1.w, fma(xv6.z, wv1.z, fma(xv6.y, wv1.y, fma(xv6.x, wv1.x, s6_1))));
        s6_2 = fma(xv6.w, wv2.w, fma(xv6.z, wv2.z, fma(xv6.y, wv2.y, fma(xv6.x, wv2.x, s6_2))));
        s6_3 = fma(xv6.w, wv3.w, fma(xv6.z, wv3.z, fma(xv6.y, wv3.y, fma(xv6.x, wv3.x, s6_3))));
        s6_4 = fma(xv6.w, wv4.w, fma(xv6.z, wv4.z, fma(xv6.y, wv4.y, fma(xv6.x, wv4.x, s6_4))));
        s6_5 = fma(xv6.w, wv5.w, fma(xv6.z, wv5.z, fma(xv6.y, wv5.y, fma(xv6.x, wv5.x, s6_5))));
        s6_6 = fma(xv6.w, wv6.w, fma(xv6.z, wv6.z, fma(xv6.y, wv6.y, fma(xv6.x, wv6.x, s6_6))));
        s6_7 = fma(xv6.w, wv7.w, fma(xv6.z, wv7.z, fma(xv6.y, wv7.y, fma(xv6.x, wv7.x, s6_7))));
        s6_8 = fma(xv6.w, wv8.w, fma(xv6.z, wv8.z, fma(xv6.y, wv8.y, fma(xv6.x, wv8.x, s6_8))));
        s6_9 = fma(xv6.w, wv9.w, fma(xv6.z, wv9.z, fma(xv6.y, wv9.y, fma(xv6.x, wv9.x, s6_9))));
        s6_10 = fma(xv6.w, wv10.w, fma(xv6.z, wv10.z, fma(xv6.y, wv10.y, fma(xv6.x, wv10.x, s6_10))));
        s6_11 = fma(xv6.w, wv11.w, fma(xv6.z, wv11.z, fma(xv6.y, wv11.y, fma(xv6.x, wv11.x, s6_11))));
        s6_12 = fma(xv6.w, wv12.w, fma(xv6.z, wv12.z, fma(xv6.y, wv12.y, fma(xv6.x, wv12.x, s6_12))));
        s6_13 = fma(xv6.w, wv13.w, fma(xv6.z, wv13.z, fma(xv6.y, wv13.y, fma(xv6.x, wv13.x, s6_13))));
        s6_14 = fma(xv6.w, wv14.w, fma(xv6.z, wv14.z, fma(xv6.y, wv14.y, fma(xv6.x, wv14.x, s6_14))));
        s6_15 = fma(xv6.w, wv15.w, fma(xv6.z, wv15.z, fma(xv6.y, wv15.y, fma(xv6.x, wv15.x, s6_15))));
        let xv7 = subgroupBroadcast(xvg0, 7u);
        s7_0 = fma(xv7.w, wv0.w, fma(xv7.z, wv0.z, fma(xv7.y, wv0.y, fma(xv7.x, wv0.x, s7_0))));
        s7_1 = fma(xv7.w, wv1.w, fma(xv7.z, wv1.z, fma(xv7.y, wv1.y, fma(xv7.x, wv1.x, s7_1))));
        s7_2 = fma(xv7.w, wv2.w, fma(xv7.z, wv2.z, fma(xv7.y, wv2.y, fma(xv7.x, wv2.x, s7_2))));
        s7_3 = fma(xv7.w, wv3.w, fma(xv7.z, wv3.z, fma(xv7.y, wv3.y, fma(xv7.x, wv3.x, s7_3))));
        s7_4 = fma(xv7.w, wv4.w, fma(xv7.z, wv4.z, fma(xv7.y, wv4.y, fma(xv7.x, wv4.x, s7_4))));
        s7_5 = fma(xv7.w, wv5.w, fma(xv7.z, wv5.z, fma(xv7.y, wv5.y, fma(xv7.x, wv5.x, s7_5))));
        s7_6 = fma(xv7.w, wv6.w, fma(xv7.z, wv6.z, fma(xv7.y, wv6.y, fma(xv7.x, wv6.x, s7_6))));
        s7_7 = fma(xv7.w, wv7.w, fma(xv7.z, wv7.z, fma(xv7.y, wv7.y, fma(xv7.x, wv7.x, s7_7))));
        s7_8 = fma(xv7.w, wv8.w, fma(xv7.z, wv8.z, fma(xv7.y, wv8.y, fma(xv7.x, wv8.x, s7_8))));
        s7_9 = fma(xv7.w, wv9.w, fma(xv7.z, wv9.z, fma(xv7.y, wv9.y, fma(xv7.x, wv9.x, s7_9))));
        s7_10 = fma(xv7.w, wv10.w, fma(xv7.z, wv10.z, fma(xv7.y, wv10.y, fma(xv7.x, wv10.x, s7_10))));
        s7_11 = fma(xv7.w, wv11.w, fma(xv7.z, wv11.z, fma(xv7.y, wv11.y, fma(xv7.x, wv11.x, s7_11))));
        s7_12 = fma(xv7.w, wv12.w, fma(xv7.z, wv12.z, fma(xv7.y, wv12.y, fma(xv7.x, wv12.x, s7_12))));
        s7_13 = fma(xv7.w, wv13.w, fma(xv7.z, wv13.z, fma(xv7.y, wv13.y, fma(xv7.x, wv13.x, s7_13))));
        s7_14 = fma(xv7.w, wv14.w, fma(xv7.z, wv14.z, fma(xv7.y, wv14.y, fma(xv7.x, wv14.x, s7_14))));
        s7_15 = fma(xv7.w, wv15.w, fma(xv7.z, wv15.z, fma(xv7.y, wv15.y, fma(xv7.x, wv15.x, s7_15))));
        let xvg1 = a4[xl1 + k];
        let xv8 = subgroupBroadcast(xvg1, 0u);
        s8_0 = fma(xv8.w, wv0.w, fma(xv8.z, wv0.z, fma(xv8.y, wv0.y, fma(xv8.x, wv0.x, s8_0))));
        s8_1 = fma(xv8.w, wv1.w, fma(xv8.z, wv1.z, fma(xv8.y, wv1.y, fma(xv8.x, wv1.x, s8_1))));
        s8_2 = fma(xv8.w, wv2.w, fma(xv8.z, wv2.z, fma(xv8.y, wv2.y, fma(xv8.x, wv2.x, s8_2))));
        s8_3 = fma(xv8.w, wv3.w, fma(xv8.z, wv3.z, fma(xv8.y, wv3.y, fma(xv8.x, wv3.x, s8_3))));
        s8_4 = fma(xv8.w, wv4.w, fma(xv8.z, wv4.z, fma(xv8.y, wv4.y, fma(xv8.x, wv4.x, s8_4))));
        s8_5 = fma(xv8.w, wv5.w, fma(xv8.z, wv5.z, fma(xv8.y, wv5.y, fma(xv8.x, wv5.x, s8_5))));
        s8_6 = fma(xv8.w, wv6.w, fma(xv8.z, wv6.z, fma(xv8.y, wv6.y, fma(xv8.x, wv6.x, s8_6))));
        s8_7 = fma(xv8.w, wv7.w, fma(xv8.z, wv7.z, fma(xv8.y, wv7.y, fma(xv8.x, wv7.x, s8_7))));
        s8_8 = fma(xv8.w, wv8.w, fma(xv8.z, wv8.z, fma(xv8.y, wv8.y, fma(xv8.x, wv8.x, s8_8))));
        s8_9 = fma(xv8.w, wv9.w, fma(xv8.z, wv9.z, fma(xv8.y, wv9.y, fma(xv8.x, wv9.x, s8_9))));
        s8_10 = fma(xv8.w, wv10.w, fma(xv8.z, wv10.z, fma(xv8.y, wv10.y, fma(xv8.x, wv10.x, s8_10))));
        s8_11 = fma(xv8.w, wv11.w, fma(xv8.z, wv11.z, fma(xv8.y, wv11.y, fma(xv8.x, wv11.x, s8_11))));
        s8_12 = fma(xv8.w, wv12.w, fma(xv8.z, wv12.z, fma(xv8.y, wv12.y, fma(xv8.x, wv12.x, s8_12))));
        s8_13 = fma(xv8.w, wv13.w, fma(xv8.z, wv13.z, fma(xv8.y, wv13.y, fma(xv8.x, wv13.x, s8_13))));
        s8_14 = fma(xv8.w, wv14.w, fma(xv8.z, wv14.z, fma(xv8.y, wv14.y, fma(xv8.x, wv14.x, s8_14))));
        s8_15 = fma(xv8.w, wv15.w, fma(xv8.z, wv15.z, fma(xv8.y, wv15.y, fma(xv8.x, wv15.x, s8_15))));
        let xv9 = subgroupBroadcast(xvg1, 1u);
        s9_0 = fma(xv9.w, wv0.w, fma(xv9.z, wv0.z, fma(xv9.y, wv0.y, fma(xv9.x, wv0.x, s9_0))));
        s9_1 = fma(xv9.w, wv1.w, fma(xv9.z, wv1.z, fma(xv9.y, wv1.y, fma(xv9.x, wv1.x, s9_1))));
        s9_2 = fma(xv9.w, wv2.w, fma(xv9.z, wv2.z, fma(xv9.y, wv2.y, fma(xv9.x, wv2.x, s9_2))));
        s9_3 = fma(xv9.w, wv3.w, fma(xv9.z, wv3.z, fma(xv9.y, wv3.y, fma(xv9.x, wv3.x, s9_3))));
        s9_4 = fma(xv9.w, wv4.w, fma(xv9.z, wv4.z, fma(xv9.y, wv4.y, fma(xv9.x, wv4.x, s9_4))));
        s9_5 = fma(xv9.w, wv5.w, fma(xv9.z, wv5.z, fma(xv9.y, wv5.y, fma(xv9.x, wv5.x, s9_5))));
        s9_6 = fma(xv9.w, wv6.w, fma(xv9.z, wv6.z, fma(xv9.y, wv6.y, fma(xv9.x, wv6.x, s9_6))));
        s9_7 = fma(xv9.w, wv7.w, fma(xv9.z, wv7.z, fma(xv9.y, wv7.y, fma(xv9.x, wv7.x, s9_7))));
        s9_8 = fma(xv9.w, wv8.w, fma(xv9.z, wv8.z, fma(xv9.y, wv8.y, fma(xv9.x, wv8.x, s9_8))));
        s9_9 = fma(xv9.w, wv9.w, fma(xv9.z, wv9.z, fma(xv9.y, wv9.y, fma(xv9.x, wv9.x, s9_9))));
        s9_10 = fma(xv9.w, wv10.w, fma(xv9.z, wv10.z, fma(xv9.y, wv10.y, fma(xv9.x, wv10.x, s9_10))));
        s9_11 = fma(xv9.w, wv11.w, fma(xv9.z, wv11.z, fma(xv9.y, wv11.y, fma(xv9.x, wv11.x, s9_11))));
        s9_12 = fma(xv9.w, wv12.w, fma(xv9.z, wv12.z, fma(xv9.y, wv12.y, fma(xv9.x, wv12.x, s9_12))));
        s9_13 = fma(xv9.w, wv13.w, fma(xv9.z, wv13.z, fma(xv9.y, wv13.y, fma(xv9.x, wv13.x, s9_13))));
        s9_14 = fma(xv9.w, wv14.w, fma(xv9.z, wv14.z, fma(xv9.y, wv14.y, fma(xv9.x, wv14.x, s9_14))));
        s9_15 = fma(xv9.w, wv15.w, fma(xv9.z, wv15.z, fma(xv9.y, wv15.y, fma(xv9.x, wv15.x, s9_15))));
        let xv10 = subgroupBroadcast(xvg1, 2u);
        s10_0 = fma(xv10.w, wv0.w, fma(xv10.z, wv0.z, fma(xv10.y, wv0.y, fma(xv10.x, wv0.x, s10_0))));
        s10_1 = fma(xv10.w, wv1.w, fma(xv10.z, wv1.z, fma(xv10.y, wv1.y, fma(xv10.x, wv1.x, s10_1))));
        s10_2 = fma(xv10.w, wv2.w, fma(xv10.z, wv2.z, fma(xv10.y, wv2.y, fma(xv10.x, wv2.x, s10_2))));
        s10_3 = fma(xv10.w, wv3.w, fma(xv10.z, wv3.z, fma(xv10.y, wv3.y, fma(xv10.x, wv3.x, s10_3))));
        s10_4 = fma(xv10.w, wv4.w, fma(xv10.z, wv4.z, fma(xv10.y, wv4.y, fma(xv10.x, wv4.x, s10_4))));
        s10_5 = fma(xv10.w, wv5.w, fma(xv10.z, wv5.z, fma(xv10.y, wv5.y, fma(xv10.x, wv5.x, s10_5))));
        s10_6 = fma(xv10.w, wv6.w, fma(xv10.z, wv6.z, fma(xv10.y, wv6.y, fma(xv10.x, wv6.x, s10_6))));
        s10_7 = fma(xv10.w, wv7.w, fma(xv10.z, wv7.z, fma(xv10.y, wv7.y, fma(xv10.x, wv7.x, s10_7))));
        s10_8 = fma(xv10.w, wv8.w, fma(xv10.z, wv8.z, fma(xv10.y, wv8.y, fma(xv10.x, wv8.x, s10_8))));
        s10_9 = fma(xv10.w, wv9.w, fma(xv10.z, wv9.z, fma(xv10.y, wv9.y, fma(xv10.x, wv9.x, s10_9))));
        s10_10 = fma(xv10.w, wv10.w, fma(xv10.z, wv10.z, fma(xv10.y, wv10.y, fma(xv10.x, wv10.x, s10_10))));
        s10_11 = fma(xv10.w, wv11.w, fma(xv10.z, wv11.z, fma(xv10.y, wv11.y, fma(xv10.x, wv11.x, s10_11))));
        s10_12 = fma(xv10.w, wv12.w, fma(xv10.z, wv12.z, fma(xv10.y, wv12.y, fma(xv10.x, wv12.x, s10_12))));
        s10_13 = fma(xv10.w, wv13.w, fma(xv10.z, wv13.z, fma(xv10.y, wv13.y, fma(xv10.x, wv13.x, s10_13))));
        s10_14 = fma(xv10.w, wv14.w, fma(xv10.z, wv14.z, fma(xv10.y, wv14.y, fma(xv10.x, wv14.x, s10_14))));
        s10_15 = fma(xv10.w, wv15.w, fma(xv10.z, wv15.z, fma(xv10.y, wv15.y, fma(xv10.x, wv15.x, s10_15))));
        let xv11 = subgroupBroadcast(xvg1, 3u);
        s11_0 = fma(xv11.w, wv0.w, fma(xv11.z, wv0.z, fma(xv11.y, wv0.y, fma(xv11.x, wv0.x, s11_0))));
        s11_1 = fma(xv11.w, wv1.w, fma(xv11.z, wv1.z, fma(xv11.y, wv1.y, fma(xv11.x, wv1.x, s11_1))));
        s11_2 = fma(xv11.w, wv2.w, fma(xv11.z, wv2.z, fma(xv11.y, wv2.y, fma(xv11.x, wv2.x, s11_2))));
        s11_3 = fma(xv11.w, wv3.w, fma(xv11.z, wv3.z, fma(xv11.y, wv3.y, fma(xv11.x, wv3.x, s11_3))));
        s11_4 = fma(xv11.w, wv4.w, fma(xv11.z, wv4.z, fma(xv11.y, wv4.y, fma(xv11.x, wv4.x, s11_4))));
        s11_5 = fma(xv11.w, wv5.w, fma(xv11.z, wv5.z, fma(xv11.y, wv5.y, fma(xv11.x, wv5.x, s11_5))));
        s11_6 = fma(xv11.w, wv6.w, fma(xv11.z, wv6.z, fma(xv11.y, wv6.y, fma(xv11.x, wv6.x, s11_6))));
        s11_7 = fma(xv11.w, wv7.w, fma(xv11.z, wv7.z, fma(xv11.y, wv7.y, fma(xv11.x, wv7.x, s11_7))));
        s11_8 = fma(xv11.w, wv8.w, fma(xv11.z, wv8.z, fma(xv11.y, wv8.y, fma(xv11.x, wv8.x, s11_8))));
        s11_9 = fma(xv11.w, wv9.w, fma(xv11.z, wv9.z, fma(xv11.y, wv9.y, fma(xv11.x, wv9.x, s11_9))));
        s11_10 = fma(xv11.w, wv10.w, fma(xv11.z, wv10.z, fma(xv11.y, wv10.y, fma(xv11.x, wv10.x, s11_10))));
        s11_11 = fma(xv11.w, wv11.w, fma(xv11.z, wv11.z, fma(xv11.y, wv11.y, fma(xv11.x, wv11.x, s11_11))));
        s11_12 = fma(xv11.w, wv12.w, fma(xv11.z, wv12.z, fma(xv11.y, wv12.y, fma(xv11.x, wv12.x, s11_12))));
        s11_13 = fma(xv11.w, wv13.w, fma(xv11.z, wv13.z, fma(xv11.y, wv13.y, fma(xv11.x, wv13.x, s11_13))));
        s11_14 = fma(xv11.w, wv14.w, fma(xv11.z, wv14.z, fma(xv11.y, wv14.y, fma(xv11.x, wv14.x, s11_14))));
        s11_15 = fma(xv11.w, wv15.w, fma(xv11.z, wv15.z, fma(xv11.y, wv15.y, fma(xv11.x, wv15.x, s11_15))));
        let xv12 = subgroupBroadcast(xvg1, 4u);
        s12_0 = fma(xv12.w, wv0.w, fma(xv12.z, wv0.z, fma(xv12.y, wv0.y, fma(xv12.x, wv0.x, s12_0))));
        s12_1 = fma(xv12.w, wv1.w, fma(xv12.z, wv1.z, fma(xv12.y, wv1.y, fma(xv12.x, wv1.x, s12_1))));
        s12_2 = fma(xv12.w, wv2.w, fma(xv12.z, wv2.z, fma(xv12.y, wv2.y, fma(xv12.x, wv2.x, s12_2))));
        s12_3 = fma(xv12.w, wv3.w, fma(xv12.z, wv3.z, fma(xv12.y, wv3.y, fma(xv12.x, wv3.x, s12_3))));
        s12_4 = fma(xv12.w, wv4.w, fma(xv12.z, wv4.z, fma(xv12.y, wv4.y, fma(xv12.x, wv4.x, s12_4))));
        s12_5 = fma(xv12.w, wv5.w, fma(xv12.z, wv5.z, fma(xv12.y, wv5.y, fma(xv12.x, wv5.x, s12_5))));
        s12_6 = fma(xv12.w, wv6.w, fma(xv12.z, wv6.z, fma(xv12.y, wv6.y, fma(xv12.x, wv6.x, s12_6))));
        s12_7 = fma(xv12.w, wv7.w, fma(xv12.z, wv7.z, fma(xv12.y, wv7.y, fma(xv12.x, wv7.x, s12_7))));
        s12_8 = fma(xv12.w, wv8.w, fma(xv12.z, wv8.z, fma(xv12.y, wv8.y, fma(xv12.x, wv8.x, s12_8))));
        s12_9 = fma(xv12.w, wv9.w, fma(xv12.z, wv9.z, fma(xv12.y, wv9.y, fma(xv12.x, wv9.x, s12_9))));
        s12_10 = fma(xv12.w, wv10.w, fma(xv12.z, wv10.z, fma(xv12.y, wv10.y, fma(xv12.x, wv10.x, s12_10))));
        s12_11 = fma(xv12.w, wv11.w, fma(xv12.z, wv11.z, fma(xv12.y, wv11.y, fma(xv12.x, wv11.x, s12_11))));
        s12_12 = fma(xv12.w, wv12.w, fma(xv12.z, wv12.z, fma(xv12.y, wv12.y, fma(xv12.x, wv12.x, s12_12))));
        s12_13 = fma(xv12.w, wv13.w, fma(xv12.z, wv13.z, fma(xv12.y, wv13.y, fma(xv12.x, wv13.x, s12_13))));
        s12_14 = fma(xv12.w, wv14.w, fma(xv12.z, wv14.z, fma(xv12.y, wv14.y, fma(xv12.x, wv14.x, s12_14))));
        s12_15 = fma(xv12.w, wv15.w, fma(xv12.z, wv15.z, fma(xv12.y, wv15.y, fma(xv12.x, wv15.x, s12_15))));
        let xv13 = subgroupBroadcast(xvg1, 5u);
        s13_0 = fma(xv13.w, wv0.w, fma(xv13.z, wv0.z, fma(xv13.y, wv0.y, fma(xv13.x, wv0.x, s13_0))));
        s13_1 = fma(xv13.w, wv1.w, fma(xv13.z, wv1.z, fma(xv13.y, wv1.y, fma(xv13.x, wv1.x, s13_1))));
        s13_2 = fma(xv13.w, wv2.w, fma(xv13.z, wv2.z, fma(xv13.y, wv2.y, fma(xv13.x, wv2.x, s13_2))));
        s13_3 = fma(xv13.w, wv3.w, fma(xv13.z, wv3.z, fma(xv13.y, wv3.y, fma(xv13.x, wv3.x, s13_3))));
        s13_4 = fma(xv13.w, wv4.w, fma(xv13.z, wv4.z, fma(xv13.y, wv4.y, fma(xv13.x, wv4.x, s13_4))));
        s13_5 = fma(xv13.w, wv5.w, fma(xv13.z, wv5.z, fma(xv13.y, wv5.y, fma(xv13.x, wv5.x, s13_5))));
        s13_6 = fma(xv13.w, wv6.w, fma(xv13.z, wv6.z, fma(xv13.y, wv6.y, fma(xv13.x, wv6.x, s13_6))));
        s13_7 = fma(xv13.w, wv7.w, fma(xv13.z, wv7.z, fma(xv13.y, wv7.y, fma(xv13.x, wv7.x, s13_7))));
        s13_8 = fma(xv13.w, wv8.w, fma(xv13.z, wv8.z, fma(xv13.y, wv8.y, fma(xv13.x, wv8.x, s13_8))));
        s13_9 = fma(xv13.w, wv9.w, fma(xv13.z, wv9.z, fma(xv13.y, wv9.y, fma(xv13.x, wv9.x, s13_9))));
        s13_10 = fma(xv13.w, wv10.w, fma(xv13.z, wv10.z, fma(xv13.y, wv10.y, fma(xv13.x, wv10.x, s13_10))));
        s13_11 = fma(xv13.w, wv11.w, fma(xv13.z, wv11.z, fma(xv13.y, wv11.y, fma(xv13.x, wv11.x, s13_11))));
        s13_12 = fma(xv13.w, wv12.w, fma(xv13.z, wv12.z, fma(xv13.y, wv12.y, fma(xv13.x, wv12.x, s13_12))));
        s13_13 = fma(xv13.w, wv13.w, fma(xv13.z, wv13.z, fma(xv13.y, wv13.y, fma(xv13.x, wv13.x, s13_13))));
        s13_14 = fma(xv13.w, wv14.w, fma(xv13.z, wv14.z, fma(xv13.y, wv14.y, fma(xv13.x, wv14.x, s13_14))));
        s13_15 = fma(xv13.w, wv15.w, fma(xv13.z, wv15.z, fma(xv13.y, wv15.y, fma(xv13.x, wv15.x, s13_15))));
        let xv14 = subgroupBroadcast(xvg1, 6u);
        s14_0 = fma(xv14.w, wv0.w, fma(xv14.z, wv0.z, fma(xv14.y, wv0.y, fma(xv14.x, wv0.x, s14_0))));
        s14_1 = fma(xv14.w, wv1.w, fma(xv14.z, wv1.z, fma(xv14.y, wv1.y, fma(xv14.x, wv1.x, s14_1))));
        s14_2 = fma(xv14.w, wv2.w, fma(xv14.z, wv2.z, fma(xv14.y, wv2.y, fma(xv14.x, wv2.x, s14_2))));
        s14_3 = fma(xv14.w, wv3.w, fma(xv14.z, wv3.z, fma(xv14.y, wv3.y, fma(xv14.x, wv3.x, s14_3))));
        s14_4 = fma(xv14.w, wv4.w, fma(xv14.z, wv4.z, fma(xv14.y, wv4.y, fma(xv14.x, wv4.x, s14_4))));
        s14_5 = fma(xv14.w, wv5.w, fma(xv14.z, wv5.z, fma(xv14.y, wv5.y, fma(xv14.x, wv5.x, s14_5))));
        s14_6 = fma(xv14.w, wv6.w, fma(xv14.z, wv6.z, fma(xv14.y, wv6.y, fma(xv14.x, wv6.x, s14_6))));
        s14_7 = fma(xv14.w, wv7.w, fma(xv14.z, wv7.z, fma(xv14.y, wv7.y, fma(xv14.x, wv7.x, s14_7))));
        s14_8 = fma(xv14.w, wv8.w, fma(xv14.z, wv8.z, fma(xv14.y, wv8.y, fma(xv14.x, wv8.x, s14_8))));
        s14_9 = fma(xv14.w, wv9.w, fma(xv14.z, wv9.z, fma(xv14.y, wv9.y, fma(xv14.x, wv9.x, s14_9))));
        s14_10 = fma(xv14.w, wv10.w, fma(xv14.z, wv10.z, fma(xv14.y, wv10.y, fma(xv14.x, wv10.x, s14_10))));
        s14_11 = fma(xv14.w, wv11.w, fma(xv14.z, wv11.z, fma(xv14.y, wv11.y, fma(xv14.x, wv11.x, s14_11))));
        s14_12 = fma(xv14.w, wv12.w, fma(xv14.z, wv12.z, fma(xv14.y, wv12.y, fma(xv14.x, wv12.x, s14_12))));
        s14_13 = fma(xv14.w, wv13.w, fma(xv14.z, wv13.z, fma(xv14.y, wv13.y, fma(xv14.x, wv13.x, s14_13))));
        s14_14 = fma(xv14.w, wv14.w, fma(xv14.z, wv14.z, fma(xv14.y, wv14.y, fma(xv14.x, wv14.x, s14_14))));
        s14_15 = fma(xv14.w, wv15.w, fma(xv14.z, wv15.z, fma(xv14.y, wv15.y, fma(xv14.x, wv15.x, s14_15))));
        let xv15 = subgroupBroadcast(xvg1, 7u);
        s15_0 = fma(xv15.w, wv0.w, fma(xv15.z, wv0.z, fma(xv15.y, wv0.y, fma(xv15.x, wv0.x, s15_0))));
        s15_1 = fma(xv15.w, wv1.w, fma(xv15.z, wv1.z, fma(xv15.y, wv1.y, fma(xv15.x, wv1.x, s15_1))));
        s15_2 = fma(xv15.w, wv2.w, fma(xv15.z, wv2.z, fma(xv15.y, wv2.y, fma(xv15.x, wv2.x, s15_2))));
        s15_3 = fma(xv15.w, wv3.w, fma(xv15.z, wv3.z, fma(xv15.y, wv3.y, fma(xv15.x, wv3.x, s15_3))));
        s15_4 = fma(xv15.w, wv4.w, fma(xv15.z, wv4.z, fma(xv15.y, wv4.y, fma(xv15.x, wv4.x, s15_4))));
        s15_5 = fma(xv15.w, wv5.w, fma(xv15.z, wv5.z, fma(xv15.y, wv5.y, fma(xv15.x, wv5.x, s15_5))));
        s15_6 = fma(xv15.w, wv6.w, fma(xv15.z, wv6.z, fma(xv15.y, wv6.y, fma(xv15.x, wv6.x, s15_6))));
        s15_7 = fma(xv15.w, wv7.w, fma(xv15.z, wv7.z, fma(xv15.y, wv7.y, fma(xv15.x, wv7.x, s15_7))));
        s15_8 = fma(xv15.w, wv8.w, fma(xv15.z, wv8.z, fma(xv15.y, wv8.y, fma(xv15.x, wv8.x, s15_8))));
        s15_9 = fma(xv15.w, wv9.w, fma(xv15.z, wv9.z, fma(xv15.y, wv9.y, fma(xv15.x, wv9.x, s15_9))));
        s15_10 = fma(xv15.w, wv10.w, fma(xv15.z, wv10.z, fma(xv15.y, wv10.y, fma(xv15.x, wv10.x, s15_10))));
        s15_11 = fma(xv15.w, wv11.w, fma(xv15.z, wv11.z, fma(xv15.y, wv11.y, fma(xv15.x, wv11.x, s15_11))));
        s15_12 = fma(xv15.w, wv12.w, fma(xv15.z, wv12.z, fma(xv15.y, wv12.y, fma(xv15.x, wv12.x, s15_12))));
        s15_13 = fma(xv15.w, wv13.w, fma(xv15.z, wv13.z, fma(xv15.y, wv13.y, fma(xv15.x, wv13.x, s15_13))));
        s15_14 = fma(xv15.w, wv14.w, fma(xv15.z, wv14.z, fma(xv15.y, wv14.y, fma(xv15.x, wv14.x, s15_14))));
        s15_15 = fma(xv15.w, wv15.w, fma(xv15.z, wv15.z, fma(xv15.y, wv15.y, fma(xv15.x, wv15.x, s15_15))));
        let xvg2 = a4[xl2 + k];
        let xv16 = subgroupBroadcast(xvg2, 0u);
        s16_0 = fma(xv16.w, wv0.w, fma(xv16.z, wv0.z, fma(xv16.y, wv0.y, fma(xv16.x, wv0.x, s16_0))));
        s16_1 = fma(xv16.w, wv1.w, fma(xv16.z, wv1.z, fma(xv16.y, wv1.y, fma(xv16.x, wv1.x, s16_1))));
        s16_2 = fma(xv16.w, wv2.w, fma(xv16.z, wv2.z, fma(xv16.y, wv2.y, fma(xv16.x, wv2.x, s16_2))));
        s16_3 = fma(xv16.w, wv3.w, fma(xv16.z, wv3.z, fma(xv16.y, wv3.y, fma(xv16.x, wv3.x, s16_3))));
        s16_4 = fma(xv16.w, wv4.w, fma(xv16.z, wv4.z, fma(xv16.y, wv4.y, fma(xv16.x, wv4.x, s16_4))));
        s16_5 = fma(xv16.w, wv5.w, fma(xv16.z, wv5.z, fma(xv16.y, wv5.y, fma(xv16.x, wv5.x, s16_5))));
        s16_6 = fma(xv16.w, wv6.w, fma(xv16.z, wv6.z, fma(xv16.y, wv6.y, fma(xv16.x, wv6.x, s16_6))));
        s16_7 = fma(xv16.w, wv7.w, fma(xv16.z, wv7.z, fma(xv16.y, wv7.y, fma(xv16.x, wv7.x, s16_7))));
        s16_8 = fma(xv16.w, wv8.w, fma(xv16.z, wv8.z, fma(xv16.y, wv8.y, fma(xv16.x, wv8.x, s16_8))));
        s16_9 = fma(xv16.w, wv9.w, fma(xv16.z, wv9.z, fma(xv16.y, wv9.y, fma(xv16.x, wv9.x, s16_9))));
        s16_10 = fma(xv16.w, wv10.w, fma(xv16.z, wv10.z, fma(xv16.y, wv10.y, fma(xv16.x, wv10.x, s16_10))));
        s16_11 = fma(xv16.w, wv11.w, fma(xv16.z, wv11.z, fma(xv16.y, wv11.y, fma(xv16.x, wv11.x, s16_11))));
        s16_12 = fma(xv16.w, wv12.w, fma(xv16.z, wv12.z, fma(xv16.y, wv12.y, fma(xv16.x, wv12.x, s16_12))));
        s16_13 = fma(xv16.w, wv13.w, fma(xv16.z, wv13.z, fma(xv16.y, wv13.y, fma(xv16.x, wv13.x, s16_13))));
        s16_14 = fma(xv16.w, wv14.w, fma(xv16.z, wv14.z, fma(xv16.y, wv14.y, fma(xv16.x, wv14.x, s16_14))));
        s16_15 = fma(xv16.w, wv15.w, fma(xv16.z, wv15.z, fma(xv16.y, wv15.y, fma(xv16.x, wv15.x, s16_15))));
        let xv17 = subgroupBroadcast(xvg2, 1u);
        s17_0 = fma(xv17.w, wv0.w, fma(xv17.z, wv0.z, fma(xv17.y, wv0.y, fma(xv17.x, wv0.x, s17_0))));
        s17_1 = fma(xv17.w, wv1.w, fma(xv17.z, wv1.z, fma(xv17.y, wv1.y, fma(xv17.x, wv1.x, s17_1))));
        s17_2 = fma(xv17.w, wv2.w, fma(xv17.z, wv2.z, fma(xv17.y, wv2.y, fma(xv17.x, wv2.x, s17_2))));
        s17_3 = fma(xv17.w, wv3.w, fma(xv17.z, wv3.z, fma(xv17.y, wv3.y, fma(xv17.x, wv3.x, s17_3))));
        s17_4 = fma(xv17.w, wv4.w, fma(xv17.z, wv4.z, fma(xv17.y, wv4.y, fma(xv17.x, wv4.x, s17_4))));
        s17_5 = fma(xv17.w, wv5.w, fma(xv17.z, wv5.z, fma(xv17.y, wv5.y, fma(xv17.x, wv5.x, s17_5))));
        s17_6 = fma(xv17.w, wv6.w, fma(xv17.z, wv6.z, fma(xv17.y, wv6.y, fma(xv17.x, wv6.x, s17_6))));
        s17_7 = fma(xv17.w, wv7.w, fma(xv17.z, wv7.z, fma(xv17.y, wv7.y, fma(xv17.x, wv7.x, s17_7))));
        s17_8 = fma(xv17.w, wv8.w, fma(xv17.z, wv8.z, fma(xv17.y, wv8.y, fma(xv17.x, wv8.x, s17_8))));
        s17_9 = fma(xv17.w, wv9.w, fma(xv17.z, wv9.z, fma(xv17.y, wv9.y, fma(xv17.x, wv9.x, s17_9))));
        s17_10 = fma(xv17.w, wv10.w, fma(xv17.z, wv10.z, fma(xv17.y, wv10.y, fma(xv17.x, wv10.x, s17_10))));
        s17_11 = fma(xv17.w, wv11.w, fma(xv17.z, wv11.z, fma(xv17.y, wv11.y, fma(xv17.x, wv11.x, s17_11))));
        s17_12 = fma(xv17.w, wv12.w, fma(xv17.z, wv12.z, fma(xv17.y, wv12.y, fma(xv17.x, wv12.x, s17_12))));
        s17_13 = fma(xv17.w, wv13.w, fma(xv17.z, wv13.z, fma(xv17.y, wv13.y, fma(xv17.x, wv13.x, s17_13))));
        s17_14 = fma(xv17.w, wv14.w, fma(xv17.z, wv14.z, fma(xv17.y, wv14.y, fma(xv17.x, wv14.x, s17_14))));
        s17_15 = fma(xv17.w, wv15.w, fma(xv17.z, wv15.z, fma(xv17.y, wv15.y, fma(xv17.x, wv15.x, s17_15))));
        let xv18 = subgroupBroadcast(xvg2, 2u);
        s18_0 = fma(xv18.w, wv0.w, fma(xv18.z, wv0.z, fma(xv18.y, wv0.y, fma(xv18.x, wv0.x, s18_0))));
        s18_1 = fma(xv18.w, wv1.w, fma(xv18.z, wv1.z, fma(xv18.y, wv1.y, fma(xv18.x, wv1.x, s18_1))));
        s18_2 = fma(xv18.w, wv2.w, fma(xv18.z, wv2.z, fma(xv18.y, wv2.y, fma(xv18.x, wv2.x, s18_2))));
        s18_3 = fma(xv18.w, wv3.w, fma(xv18.z, wv3.z, fma(xv18.y, wv3.y, fma(xv18.x, wv3.x, s18_3))));
        s18_4 = fma(xv18.w, wv4.w, fma(xv18.z, wv4.z, fma(xv18.y, wv4.y, fma(xv18.x, wv4.x, s18_4))));
        s18_5 = fma(xv18.w, wv5.w, fma(xv18.z, wv5.z, fma(xv18.y, wv5.y, fma(xv18.x, wv5.x, s18_5))));
        s18_6 = fma(xv18.w, wv6.w, fma(xv18.z, wv6.z, fma(xv18.y, wv6.y, fma(xv18.x, wv6.x, s18_6))));
        s18_7 = fma(xv18.w, wv7.w, fma(xv18.z, wv7.z, fma(xv18.y, wv7.y, fma(xv18.x, wv7.x, s18_7))));
        s18_8 = fma(xv18.w, wv8.w, fma(xv18.z, wv8.z, fma(xv18.y, wv8.y, fma(xv18.x, wv8.x, s18_8))));
        s18_9 = fma(xv18.w, wv9.w, fma(xv18.z, wv9.z, fma(xv18.y, wv9.y, fma(xv18.x, wv9.x, s18_9))));
        s18_10 = fma(xv18.w, wv10.w, fma(xv18.z, wv10.z, fma(xv18.y, wv10.y, fma(xv18.x, wv10.x, s18_10))));
        s18_11 = fma(xv18.w, wv11.w, fma(xv18.z, wv11.z, fma(xv18.y, wv11.y, fma(xv18.x, wv11.x, s18_11))));
        s18_12 = fma(xv18.w, wv12.w, fma(xv18.z, wv12.z, fma(xv18.y, wv12.y, fma(xv18.x, wv12.x, s18_12))));
        s18_13 = fma(xv18.w, wv13.w, fma(xv18.z, wv13.z, fma(xv18.y, wv13.y, fma(xv18.x, wv13.x, s18_13))));
        s18_14 = fma(xv18.w, wv14.w, fma(xv18.z, wv14.z, fma(xv18.y, wv14.y, fma(xv18.x, wv14.x, s18_14))));
        s18_15 = fma(xv18.w, wv15.w, fma(xv18.z, wv15.z, fma(xv18.y, wv15.y, fma(xv18.x, wv15.x, s18_15))));
        let xv19 = subgroupBroadcast(xvg2, 3u);
        s19_0 = fma(xv19.w, wv0.w, fma(xv19.z, wv0.z, fma(xv19.y, wv0.y, fma(xv19.x, wv0.x, s19_0))));
        s19_1 = fma(xv19.w, wv1.w, fma(xv19.z, wv1.z, fma(xv19.y, wv1.y, fma(xv19.x, wv1.x, s19_1))));
        s19_2 = fma(xv19.w, wv2.w, fma(xv19.z, wv2.z, fma(xv19.y, wv2.y, fma(xv19.x, wv2.x, s19_2))));
        s19_3 = fma(xv19.w, wv3.w, fma(xv19.z, wv3.z, fma(xv19.y, wv3.y, fma(xv19.x, wv3.x, s19_3))));
        s19_4 = fma(xv19.w, wv4.w, fma(xv19.z, wv4.z, fma(xv19.y, wv4.y, fma(xv19.x, wv4.x, s19_4))));
        s19_5 = fma(xv19.w, wv5.w, fma(xv19.z, wv5.z, fma(xv19.y, wv5.y, fma(xv19.x, wv5.x, s19_5))));
        s19_6 = fma(xv19.w, wv6.w, fma(xv19.z, wv6.z, fma(xv19.y, wv6.y, fma(xv19.x, wv6.x, s19_6))));
        s19_7 = fma(xv19.w, wv7.w, fma(xv19.z, wv7.z, fma(xv19.y, wv7.y, fma(xv19.x, wv7.x, s19_7))));
        s19_8 = fma(xv19.w, wv8.w, fma(xv19.z, wv8.z, fma(xv19.y, wv8.y, fma(xv19.x, wv8.x, s19_8))));
        s19_9 = fma(xv19.w, wv9.w, fma(xv19.z, wv9.z, fma(xv19.y, wv9.y, fma(xv19.x, wv9.x, s19_9))));
        s19_10 = fma(xv19.w, wv10.w, fma(xv19.z, wv10.z, fma(xv19.y, wv10.y, fma(xv19.x, wv10.x, s19_10))));
        s19_11 = fma(xv19.w, wv11.w, fma(xv19.z, wv11.z, fma(xv19.y, wv11.y, fma(xv19.x, wv11.x, s19_11))));
        s19_12 = fma(xv19.w, wv12.w, fma(xv19.z, wv12.z, fma(xv19.y, wv12.y, fma(xv19.x, wv12.x, s19_12))));
        s19_13 = fma(xv19.w, wv13.w, fma(xv19.z, wv13.z, fma(xv19.y, wv13.y, fma(xv19.x, wv13.x, s19_13))));
        s19_14 = fma(xv19.w, wv14.w, fma(xv19.z, wv14.z, fma(xv19.y, wv14.y, fma(xv19.x, wv14.x, s19_14))));
        s19_15 = fma(xv19.w, wv15.w, fma(xv19.z, wv15.z, fma(xv19.y, wv15.y, fma(xv19.x, wv15.x, s19_15))));
        let xv20 = subgroupBroadcast(xvg2, 4u);
        s20_0 = fma(xv20.w, wv0.w, fma(xv20.z, wv0.z, fma(xv20.y, wv0.y, fma(xv20.x, wv0.x, s20_0))));
        s20_1 = fma(xv20.w, wv1.w, fma(xv20.z, wv1.z, fma(xv20.y, wv1.y, fma(xv20.x, wv1.x, s20_1))));
        s20_2 = fma(xv20.w, wv2.w, fma(xv20.z, wv2.z, fma(xv20.y, wv2.y, fma(xv20.x, wv2.x, s20_2))));
        s20_3 = fma(xv20.w, wv3.w, fma(xv20.z, wv3.z, fma(xv20.y, wv3.y, fma(xv20.x, wv3.x, s20_3))));
        s20_4 = fma(xv20.w, wv4.w, fma(xv20.z, wv4.z, fma(xv20.y, wv4.y, fma(xv20.x, wv4.x, s20_4))));
        s20_5 = fma(xv20.w, wv5.w, fma(xv20.z, wv5.z, fma(xv20.y, wv5.y, fma(xv20.x, wv5.x, s20_5))));
        s20_6 = fma(xv20.w, wv6.w, fma(xv20.z, wv6.z, fma(xv20.y, wv6.y, fma(xv20.x, wv6.x, s20_6))));
        s20_7 = fma(xv20.w, wv7.w, fma(xv20.z, wv7.z, fma(xv20.y, wv7.y, fma(xv20.x, wv7.x, s20_7))));
        s20_8 = fma(xv20.w, wv8.w, fma(xv20.z, wv8.z, fma(xv20.y, wv8.y, fma(xv20.x, wv8.x, s20_8))));
        s20_9 = fma(xv20.w, wv9.w, fma(xv20.z, wv9.z, fma(xv20.y, wv9.y, fma(xv20.x, wv9.x, s20_9))));
        s20_10 = fma(xv20.w, wv10.w, fma(xv20.z, wv10.z, fma(xv20.y, wv10.y, fma(xv20.x, wv10.x, s20_10))));
        s20_11 = fma(xv20.w, wv11.w, fma(xv20.z, wv11.z, fma(xv20.y, wv11.y, fma(xv20.x, wv11.x, s20_11))));
        s20_12 = fma(xv20.w, wv12.w, fma(xv20.z, wv12.z, fma(xv20.y, wv12.y, fma(xv20.x, wv12.x, s20_12))));
        s20_13 = fma(xv20.w, wv13.w, fma(xv20.z, wv13.z, fma(xv20.y, wv13.y, fma(xv20.x, wv13.x, s20_13))));
        s20_14 = fma(xv20.w, wv14.w, fma(xv20.z, wv14.z, fma(xv20.y, wv14.y, fma(xv20.x, wv14.x, s20_14))));
        s20_15 = fma(xv20.w, wv15.w, fma(xv20.z, wv15.z, fma(xv20.y, wv15.y, fma(xv20.x, wv15.x, s20_15))));
        let xv21 = subgroupBroadcast(xvg2, 5u);
        s21_0 = fma(xv21.w, wv0.w, fma(xv21.z, wv0.z, fma(xv21.y, wv0.y, fma(xv21.x, wv0.x, s21_0))));
        s21_1 = fma(xv21.w, wv1.w, fma(xv21.z, wv1.z, fma(xv21.y, wv1.y, fma(xv21.x, wv1.x, s21_1))));
        s21_2 = fma(xv21.w, wv2.w, fma(xv21.z, wv2.z, fma(xv21.y, wv2.y, fma(xv21.x, wv2.x, s21_2))));
        s21_3 = fma(xv21.w, wv3.w, fma(xv21.z, wv3.z, fma(xv21.y, wv3.y, fma(xv21.x, wv3.x, s21_3))));
        s21_4 = fma(xv21.w, wv4.w, fma(xv21.z, wv4.z, fma(xv21.y, wv4.y, fma(xv21.x, wv4.x, s21_4))));
        s21_5 = fma(xv21.w, wv5.w, fma(xv21.z, wv5.z, fma(xv21.y, wv5.y, fma(xv21.x, wv5.x, s21_5))));
        s21_6 = fma(xv21.w, wv6.w, fma(xv21.z, wv6.z, fma(xv21.y, wv6.y, fma(xv21.x, wv6.x, s21_6))));
        s21_7 = fma(xv21.w, wv7.w, fma(xv21.z, wv7.z, fma(xv21.y, wv7.y, fma(xv21.x, wv7.x, s21_7))));
        s21_8 = fma(xv21.w, wv8.w, fma(xv21.z, wv8.z, fma(xv21.y, wv8.y, fma(xv21.x, wv8.x, s21_8))));
        s21_9 = fma(xv21.w, wv9.w, fma(xv21.z, wv9.z, fma(xv21.y, wv9.y, fma(xv21.x, wv9.x, s21_9))));
        s21_10 = fma(xv21.w, wv10.w, fma(xv21.z, wv10.z, fma(xv21.y, wv10.y, fma(xv21.x, wv10.x, s21_10))));
        s21_11 = fma(xv21.w, wv11.w, fma(xv21.z, wv11.z, fma(xv21.y, wv11.y, fma(xv21.x, wv11.x, s21_11))));
        s21_12 = fma(xv21.w, wv12.w, fma(xv21.z, wv12.z, fma(xv21.y, wv12.y, fma(xv21.x, wv12.x, s21_12))));
        s21_13 = fma(xv21.w, wv13.w, fma(xv21.z, wv13.z, fma(xv21.y, wv13.y, fma(xv21.x, wv13.x, s21_13))));
        s21_14 = fma(xv21.w, wv14.w, fma(xv21.z, wv14.z, fma(xv21.y, wv14.y, fma(xv21.x, wv14.x, s21_14))));
        s21_15 = fma(xv21.w, wv15.w, fma(xv21.z, wv15.z, fma(xv21.y, wv15.y, fma(xv21.x, wv15.x, s21_15))));
        let xv22 = subgroupBroadcast(xvg2, 6u);
        s22_0 = fma(xv22.w, wv0.w, fma(xv22.z, wv0.z, fma(xv22.y, wv0.y, fma(xv22.x, wv0.x, s22_0))));
        s22_1 = fma(xv22.w, wv1.w, fma(xv22.z, wv1.z, fma(xv22.y, wv1.y, fma(xv22.x, wv1.x, s22_1))));
        s22_2 = fma(xv22.w, wv2.w, fma(xv22.z, wv2.z, fma(xv22.y, wv2.y, fma(xv22.x, wv2.x, s22_2))));
        s22_3 = fma(xv22.w, wv3.w, fma(xv22.z, wv3.z, fma(xv22.y, wv3.y, fma(xv22.x, wv3.x, s22_3))));
        s22_4 = fma(xv22.w, wv4.w, fma(xv22.z, wv4.z, fma(xv22.y, wv4.y, fma(xv22.x, wv4.x, s22_4))));
        s22_5 = fma(xv22.w, wv5.w, fma(xv22.z, wv5.z, fma(xv22.y, wv5.y, fma(xv22.x, wv5.x, s22_5))));
        s22_6 = fma(xv22.w, wv6.w, fma(xv22.z, wv6.z, fma(xv22.y, wv6.y, fma(xv22.x, wv6.x, s22_6))));
        s22_7 = fma(xv22.w, wv7.w, fma(xv22.z, wv7.z, fma(xv22.y, wv7.y, fma(xv22.x, wv7.x, s22_7))));
        s22_8 = fma(xv22.w, wv8.w, fma(xv22.z, wv8.z, fma(xv22.y, wv8.y, fma(xv22.x, wv8.x, s22_8))));
        s22_9 = fma(xv22.w, wv9.w, fma(xv22.z, wv9.z, fma(xv22.y, wv9.y, fma(xv22.x, wv9.x, s22_9))));
        s22_10 = fma(xv22.w, wv10.w, fma(xv22.z, wv10.z, fma(xv22.y, wv10.y, fma(xv22.x, wv10.x, s22_10))));
        s22_11 = fma(xv22.w, wv11.w, fma(xv22.z, wv11.z, fma(xv22.y, wv11.y, fma(xv22.x, wv11.x, s22_11))));
        s22_12 = fma(xv22.w, wv12.w, fma(xv22.z, wv12.z, fma(xv22.y, wv12.y, fma(xv22.x, wv12.x, s22_12))));
        s22_13 = fma(xv22.w, wv13.w, fma(xv22.z, wv13.z, fma(xv22.y, wv13.y, fma(xv22.x, wv13.x, s22_13))));
        s22_14 = fma(xv22.w, wv14.w, fma(xv22.z, wv14.z, fma(xv22.y, wv14.y, fma(xv22.x, wv14.x, s22_14))));
        s22_15 = fma(xv22.w, wv15.w, fma(xv22.z, wv15.z, fma(xv22.y, wv15.y, fma(xv22.x, wv15.x, s22_15))));
        let xv23 = subgroupBroadcast(xvg2, 7u);
        s23_0 = fma(xv23.w, wv0.w, fma(xv23.z, wv0.z, fma(xv23.y, wv0.y, fma(xv23.x, wv0.x, s23_0))));
        s23_1 = fma(xv23.w, wv1.w, fma(xv23.z, wv1.z, fma(xv23.y, wv1.y, fma(xv23.x, wv1.x, s23_1))));
        s23_2 = fma(xv23.w, wv2.w, fma(xv23.z, wv2.z, fma(xv23.y, wv2.y, fma(xv23.x, wv2.x, s23_2))));
        s23_3 = fma(xv23.w, wv3.w, fma(xv23.z, wv3.z, fma(xv23.y, wv3.y, fma(xv23.x, wv3.x, s23_3))));
        s23_4 = fma(xv23.w, wv4.w, fma(xv23.z, wv4.z, fma(xv23.y, wv4.y, fma(xv23.x, wv4.x, s23_4))));
        s23_5 = fma(xv23.w, wv5.w, fma(xv23.z, wv5.z, fma(xv23.y, wv5.y, fma(xv23.x, wv5.x, s23_5))));
        s23_6 = fma(xv23.w, wv6.w, fma(xv23.z, wv6.z, fma(xv23.y, wv6.y, fma(xv23.x, wv6.x, s23_6))));
        s23_7 = fma(xv23.w, wv7.w, fma(xv23.z, wv7.z, fma(xv23.y, wv7.y, fma(xv23.x, wv7.x, s23_7))));
        s23_8 = fma(xv23.w, wv8.w, fma(xv23.z, wv8.z, fma(xv23.y, wv8.y, fma(xv23.x, wv8.x, s23_8))));
        s23_9 = fma(xv23.w, wv9.w, fma(xv23.z, wv9.z, fma(xv23.y, wv9.y, fma(xv23.x, wv9.x, s23_9))));
        s23_10 = fma(xv23.w, wv10.w, fma(xv23.z, wv10.z, fma(xv23.y, wv10.y, fma(xv23.x, wv10.x, s23_10))));
        s23_11 = fma(xv23.w, wv11.w, fma(xv23.z, wv11.z, fma(xv23.y, wv11.y, fma(xv23.x, wv11.x, s23_11))));
        s23_12 = fma(xv23.w, wv12.w, fma(xv23.z, wv12.z, fma(xv23.y, wv12.y, fma(xv23.x, wv12.x, s23_12))));
        s23_13 = fma(xv23.w, wv13.w, fma(xv23.z, wv13.z, fma(xv23.y, wv13.y, fma(xv23.x, wv13.x, s23_13))));
        s23_14 = fma(xv23.w, wv14.w, fma(xv23.z, wv14.z, fma(xv23.y, wv14.y, fma(xv23.x, wv14.x, s23_14))));
        s23_15 = fma(xv23.w, wv15.w, fma(xv23.z, wv15.z, fma(xv23.y, wv15.y, fma(xv23.x, wv15.x, s23_15))));
        let xvg3 = a4[xl3 + k];
        let xv24 = subgroupBroadcast(xvg3, 0u);
        s24_0 = fma(xv24.w, wv0.w, fma(xv24.z, wv0.z, fma(xv24.y, wv0.y, fma(xv24.x, wv0.x, s24_0))));
        s24_1 = fma(xv24.w, wv1.w, fma(xv24.z, wv1.z, fma(xv24.y, wv1.y, fma(xv24.x, wv1.x, s24_1))));
        s24_2 = fma(xv24.w, wv2.w, fma(xv24.z, wv2.z, fma(xv24.y, wv2.y, fma(xv24.x, wv2.x, s24_2))));
        s24_3 = fma(xv24.w, wv3.w, fma(xv24.z, wv3.z, fma(xv24.y, wv3.y, fma(xv24.x, wv3.x, s24_3))));
        s24_4 = fma(xv24.w, wv4.w, fma(xv24.z, wv4.z, fma(xv24.y, wv4.y, fma(xv24.x, wv4.x, s24_4))));
        s24_5 = fma(xv24.w, wv5.w, fma(xv24.z, wv5.z, fma(xv24.y, wv5.y, fma(xv24.x, wv5.x, s24_5))));
        s24_6 = fma(xv24.w, wv6.w, fma(xv24.z, wv6.z, fma(xv24.y, wv6.y, fma(xv24.x, wv6.x, s24_6))));
        s24_7 = fma(xv24.w, wv7.w, fma(xv24.z, wv7.z, fma(xv24.y, wv7.y, fma(xv24.x, wv7.x, s24_7))));
        s24_8 = fma(xv24.w, wv8.w, fma(xv24.z, wv8.z, fma(xv24.y, wv8.y, fma(xv24.x, wv8.x, s24_8))));
        s24_9 = fma(xv24.w, wv9.w, fma(xv24.z, wv9.z, fma(xv24.y, wv9.y, fma(xv24.x, wv9.x, s24_9))));
        s24_10 = fma(xv24.w, wv10.w, fma(xv24.z, wv10.z, fma(xv24.y, wv10.y, fma(xv24.x, wv10.x, s24_10))));
        s24_11 = fma(xv24.w, wv11.w, fma(xv24.z, wv11.z, fma(xv24.y, wv11.y, fma(xv24.x, wv11.x, s24_11))));
        s24_12 = fma(xv24.w, wv12.w, fma(xv24.z, wv12.z, fma(xv24.y, wv12.y, fma(xv24.x, wv12.x, s24_12))));
        s24_13 = fma(xv24.w, wv13.w, fma(xv24.z, wv13.z, fma(xv24.y, wv13.y, fma(xv24.x, wv13.x, s24_13))));
        s24_14 = fma(xv24.w, wv14.w, fma(xv24.z, wv14.z, fma(xv24.y, wv14.y, fma(xv24.x, wv14.x, s24_14))));
        s24_15 = fma(xv24.w, wv15.w, fma(xv24.z, wv15.z, fma(xv24.y, wv15.y, fma(xv24.x, wv15.x, s24_15))));
        let xv25 = subgroupBroadcast(xvg3, 1u);
        s25_0 = fma(xv25.w, wv0.w, fma(xv25.z, wv0.z, fma(xv25.y, wv0.y, fma(xv25.x, wv0.x, s25_0))));
        s25_1 = fma(xv25.w, wv1.w, fma(xv25.z, wv1.z, fma(xv25.y, wv1.y, fma(xv25.x, wv1.x, s25_1))));
        s25_2 = fma(xv25.w, wv2.w, fma(xv25.z, wv2.z, fma(xv25.y, wv2.y, fma(xv25.x, wv2.x, s25_2))));
        s25_3 = fma(xv25.w, wv3.w, fma(xv25.z, wv3.z, fma(xv25.y, wv3.y, fma(xv25.x, wv3.x, s25_3))));
        s25_4 = fma(xv25.w, wv4.w, fma(xv25.z, wv4.z, fma(xv25.y, wv4.y, fma(xv25.x, wv4.x, s25_4))));
        s25_5 = fma(xv25.w, wv5.w, fma(xv25.z, wv5.z, fma(xv25.y, wv5.y, fma(xv25.x, wv5.x, s25_5))));
        s25_6 = fma(xv25.w, wv6.w, fma(xv25.z, wv6.z, fma(xv25.y, wv6.y, fma(xv25.x, wv6.x, s25_6))));
        s25_7 = fma(xv25.w, wv7.w, fma(xv25.z, wv7.z, fma(xv25.y, wv7.y, fma(xv25.x, wv7.x, s25_7))));
        s25_8 = fma(xv25.w, wv8.w, fma(xv25.z, wv8.z, fma(xv25.y, wv8.y, fma(xv25.x, wv8.x, s25_8))));
        s25_9 = fma(xv25.w, wv9.w, fma(xv25.z, wv9.z, fma(xv25.y, wv9.y, fma(xv25.x, wv9.x, s25_9))));
        s25_10 = fma(xv25.w, wv10.w, fma(xv25.z, wv10.z, fma(xv25.y, wv10.y, fma(xv25.x, wv10.x, s25_10))));
        s25_11 = fma(xv25.w, wv11.w, fma(xv25.z, wv11.z, fma(xv25.y, wv11.y, fma(xv25.x, wv11.x, s25_11))));
        s25_12 = fma(xv25.w, wv12.w, fma(xv25.z, wv12.z, fma(xv25.y, wv12.y, fma(xv25.x, wv12.x, s25_12))));
        s25_13 = fma(xv25.w, wv13.w, fma(xv25.z, wv13.z, fma(xv25.y, wv13.y, fma(xv25.x, wv13.x, s25_13))));
        s25_14 = fma(xv25.w, wv14.w, fma(xv25.z, wv14.z, fma(xv25.y, wv14.y, fma(xv25.x, wv14.x, s25_14))));
        s25_15 = fma(xv25.w, wv15.w, fma(xv25.z, wv15.z, fma(xv25.y, wv15.y, fma(xv25.x, wv15.x, s25_15))));
        let xv26 = subgroupBroadcast(xvg3, 2u);
        s26_0 = fma(xv26.w, wv0.w, fma(xv26.z, wv0.z, fma(xv26.y, wv0.y, fma(xv26.x, wv0.x, s26_0))));
        s26_1 = fma(xv26.w, wv1.w, fma(xv26.z, wv1.z, fma(xv26.y, wv1.y, fma(xv26.x, wv1.x, s26_1))));
        s26_2 = fma(xv26.w, wv2.w, fma(xv26.z, wv2.z, fma(xv26.y, wv2.y, fma(xv26.x, wv2.x, s26_2))));
        s26_3 = fma(xv26.w, wv3.w, fma(xv26.z, wv3.z, fma(xv26.y, wv3.y, fma(xv26.x, wv3.x, s26_3))));
        s26_4 = fma(xv26.w, wv4.w, fma(xv26.z, wv4.z, fma(xv26.y, wv4.y, fma(xv26.x, wv4.x, s26_4))));
        s26_5 = fma(xv26.w, wv5.w, fma(xv26.z, wv5.z, fma(xv26.y, wv5.y, fma(xv26.x, wv5.x, s26_5))));
        s26_6 = fma(xv26.w, wv6.w, fma(xv26.z, wv6.z, fma(xv26.y, wv6.y, fma(xv26.x, wv6.x, s26_6))));
        s26_7 = fma(xv26.w, wv7.w, fma(xv26.z, wv7.z, fma(xv26.y, wv7.y, fma(xv26.x, wv7.x, s26_7))));
        s26_8 = fma(xv26.w, wv8.w, fma(xv26.z, wv8.z, fma(xv26.y, wv8.y, fma(xv26.x, wv8.x, s26_8))));
        s26_9 = fma(xv26.w, wv9.w, fma(xv26.z, wv9.z, fma(xv26.y, wv9.y, fma(xv26.x, wv9.x, s26_9))));
        s26_10 = fma(xv26.w, wv10.w, fma(xv26.z, wv10.z, fma(xv26.y, wv10.y, fma(xv26.x, wv10.x, s26_10))));
        s26_11 = fma(xv26.w, wv11.w, fma(xv26.z, wv11.z, fma(xv26.y, wv11.y, fma(xv26.x, wv11.x, s26_11))));
        s26_12 = fma(xv26.w, wv12.w, fma(xv26.z, wv12.z, fma(xv26.y, wv12.y, fma(xv26.x, wv12.x, s26_12))));
        s26_13 = fma(xv26.w, wv13.w, fma(xv26.z, wv13.z, fma(xv26.y, wv13.y, fma(xv26.x, wv13.x, s26_13))));
        s26_14 = fma(xv26.w, wv14.w, fma(xv26.z, wv14.z, fma(xv26.y, wv14.y, fma(xv26.x, wv14.x, s26_14))));
        s26_15 = fma(xv26.w, wv15.w, fma(xv26.z, wv15.z, fma(xv26.y, wv15.y, fma(xv26.x, wv15.x, s26_15))));
        let xv27 = subgroupBroadcast(xvg3, 3u);
        s27_0 = fma(xv27.w, wv0.w, fma(xv27.z, wv0.z, fma(xv27.y, wv0.y, fma(xv27.x, wv0.x, s27_0))));
        s27_1 = fma(xv27.w, wv1.w, fma(xv27.z, wv1.z, fma(xv27.y, wv1.y, fma(xv27.x, wv1.x, s27_1))));
        s27_2 = fma(xv27.w, wv2.w, fma(xv27.z, wv2.z, fma(xv27.y, wv2.y, fma(xv27.x, wv2.x, s27_2))));
        s27_3 = fma(xv27.w, wv3.w, fma(xv27.z, wv3.z, fma(xv27.y, wv3.y, fma(xv27.x, wv3.x, s27_3))));
        s27_4 = fma(xv27.w, wv4.w, fma(xv27.z, wv4.z, fma(xv27.y, wv4.y, fma(xv27.x, wv4.x, s27_4))));
        s27_5 = fma(xv27.w, wv5.w, fma(xv27.z, wv5.z, fma(xv27.y, wv5.y, fma(xv27.x, wv5.x, s27_5))));
        s27_6 = fma(xv27.w, wv6.w, fma(xv27.z, wv6.z, fma(xv27.y, wv6.y, fma(xv27.x, wv6.x, s27_6))));
        s27_7 = fma(xv27.w, wv7.w, fma(xv27.z, wv7.z, fma(xv27.y, wv7.y, fma(xv27.x, wv7.x, s27_7))));
        s27_8 = fma(xv27.w, wv8.w, fma(xv27.z, wv8.z, fma(xv27.y, wv8.y, fma(xv27.x, wv8.x, s27_8))));
        s27_9 = fma(xv27.w, wv9.w, fma(xv27.z, wv9.z, fma(xv27.y, wv9.y, fma(xv27.x, wv9.x, s27_9))));
        s27_10 = fma(xv27.w, wv10.w, fma(xv27.z, wv10.z, fma(xv27.y, wv10.y, fma(xv27.x, wv10.x, s27_10))));
        s27_11 = fma(xv27.w, wv11.w, fma(xv27.z, wv11.z, fma(xv27.y, wv11.y, fma(xv27.x, wv11.x, s27_11))));
        s27_12 = fma(xv27.w, wv12.w, fma(xv27.z, wv12.z, fma(xv27.y, wv12.y, fma(xv27.x, wv12.x, s27_12))));
        s27_13 = fma(xv27.w, wv13.w, fma(xv27.z, wv13.z, fma(xv27.y, wv13.y, fma(xv27.x, wv13.x, s27_13))));
        s27_14 = fma(xv27.w, wv14.w, fma(xv27.z, wv14.z, fma(xv27.y, wv14.y, fma(xv27.x, wv14.x, s27_14))));
        s27_15 = fma(xv27.w, wv15.w, fma(xv27.z, wv15.z, fma(xv27.y, wv15.y, fma(xv27.x, wv15.x, s27_15))));
        let xv28 = subgroupBroadcast(xvg3, 4u);
        s28_0 = fma(xv28.w, wv0.w, fma(xv28.z, wv0.z, fma(xv28.y, wv0.y, fma(xv28.x, wv0.x, s28_0))));
        s28_1 = fma(xv28.w, wv1.w, fma(xv28.z, wv1.z, fma(xv28.y, wv1.y, fma(xv28.x, wv1.x, s28_1))));
        s28_2 = fma(xv28.w, wv2.w, fma(xv28.z, wv2.z, fma(xv28.y, wv2.y, fma(xv28.x, wv2.x, s28_2))));
        s28_3 = fma(xv28.w, wv3.w, fma(xv28.z, wv3.z, fma(xv28.y, wv3.y, fma(xv28.x, wv3.x, s28_3))));
        s28_4 = fma(xv28.w, wv4.w, fma(xv28.z, wv4.z, fma(xv28.y, wv4.y, fma(xv28.x, wv4.x, s28_4))));
        s28_5 = fma(xv28.w, wv5.w, fma(xv28.z, wv5.z, fma(xv28.y, wv5.y, fma(xv28.x, wv5.x, s28_5))));
        s28_6 = fma(xv28.w, wv6.w, fma(xv28.z, wv6.z, fma(xv28.y, wv6.y, fma(xv28.x, wv6.x, s28_6))));
        s28_7 = fma(xv28.w, wv7.w, fma(xv28.z, wv7.z, fma(xv28.y, wv7.y, fma(xv28.x, wv7.x, s28_7))));
        s28_8 = fma(xv28.w, wv8.w, fma(xv28.z, wv8.z, fma(xv28.y, wv8.y, fma(xv28.x, wv8.x, s28_8))));
        s28_9 = fma(xv28.w, wv9.w, fma(xv28.z, wv9.z, fma(xv28.y, wv9.y, fma(xv28.x, wv9.x, s28_9))));
        s28_10 = fma(xv28.w, wv10.w, fma(xv28.z, wv10.z, fma(xv28.y, wv10.y, fma(xv28.x, wv10.x, s28_10))));
        s28_11 = fma(xv28.w, wv11.w, fma(xv28.z, wv11.z, fma(xv28.y, wv11.y, fma(xv28.x, wv11.x, s28_11))));
        s28_12 = fma(xv28.w, wv12.w, fma(xv28.z, wv12.z, fma(xv28.y, wv12.y, fma(xv28.x, wv12.x, s28_12))));
        s28_13 = fma(xv28.w, wv13.w, fma(xv28.z, wv13.z, fma(xv28.y, wv13.y, fma(xv28.x, wv13.x, s28_13))));
        s28_14 = fma(xv28.w, wv14.w, fma(xv28.z, wv14.z, fma(xv28.y, wv14.y, fma(xv28.x, wv14.x, s28_14))));
        s28_15 = fma(xv28.w, wv15.w, fma(xv28.z, wv15.z, fma(xv28.y, wv15.y, fma(xv28.x, wv15.x, s28_15))));
        let xv29 = subgroupBroadcast(xvg3, 5u);
        s29_0 = fma(xv29.w, wv0.w, fma(xv29.z, wv0.z, fma(xv29.y, wv0.y, fma(xv29.x, wv0.x, s29_0))));
        s29_1 = fma(xv29.w, wv1.w, fma(xv29.z, wv1.z, fma(xv29.y, wv1.y, fma(xv29.x, wv1.x, s29_1))));
        s29_2 = fma(xv29.w, wv2.w, fma(xv29.z, wv2.z, fma(xv29.y, wv2.y, fma(xv29.x, wv2.x, s29_2))));
        s29_3 = fma(xv29.w, wv3.w, fma(xv29.z, wv3.z, fma(xv29.y, wv3.y, fma(xv29.x, wv3.x, s29_3))));
        s29_4 = fma(xv29.w, wv4.w, fma(xv29.z, wv4.z, fma(xv29.y, wv4.y, fma(xv29.x, wv4.x, s29_4))));
        s29_5 = fma(xv29.w, wv5.w, fma(xv29.z, wv5.z, fma(xv29.y, wv5.y, fma(xv29.x, wv5.x, s29_5))));
        s29_6 = fma(xv29.w, wv6.w, fma(xv29.z, wv6.z, fma(xv29.y, wv6.y, fma(xv29.x, wv6.x, s29_6))));
        s29_7 = fma(xv29.w, wv7.w, fma(xv29.z, wv7.z, fma(xv29.y, wv7.y, fma(xv29.x, wv7.x, s29_7))));
        s29_8 = fma(xv29.w, wv8.w, fma(xv29.z, wv8.z, fma(xv29.y, wv8.y, fma(xv29.x, wv8.x, s29_8))));
        s29_9 = fma(xv29.w, wv9.w, fma(xv29.z, wv9.z, fma(xv29.y, wv9.y, fma(xv29.x, wv9.x, s29_9))));
        s29_10 = fma(xv29.w, wv10.w, fma(xv29.z, wv10.z, fma(xv29.y, wv10.y, fma(xv29.x, wv10.x, s29_10))));
        s29_11 = fma(xv29.w, wv11.w, fma(xv29.z, wv11.z, fma(xv29.y, wv11.y, fma(xv29.x, wv11.x, s29_11))));
        s29_12 = fma(xv29.w, wv12.w, fma(xv29.z, wv12.z, fma(xv29.y, wv12.y, fma(xv29.x, wv12.x, s29_12))));
        s29_13 = fma(xv29.w, wv13.w, fma(xv29.z, wv13.z, fma(xv29.y, wv13.y, fma(xv29.x, wv13.x, s29_13))));
        s29_14 = fma(xv29.w, wv14.w, fma(xv29.z, wv14.z, fma(xv29.y, wv14.y, fma(xv29.x, wv14.x, s29_14))));
        s29_15 = fma(xv29.w, wv15.w, fma(xv29.z, wv15.z, fma(xv29.y, wv15.y, fma(xv29.x, wv15.x, s29_15))));
        let xv30 = subgroupBroadcast(xvg3, 6u);
        s30_0 = fma(xv30.w, wv0.w, fma(xv30.z, wv0.z, fma(xv30.y, wv0.y, fma(xv30.x, wv0.x, s30_0))));
        s30_1 = fma(xv30.w, wv1.w, fma(xv30.z, wv1.z, fma(xv30.y, wv1.y, fma(xv30.x, wv1.x, s30_1))));
        s30_2 = fma(xv30.w, wv2.w, fma(xv30.z, wv2.z, fma(xv30.y, wv2.y, fma(xv30.x, wv2.x, s30_2))));
        s30_3 = fma(xv30.w, wv3.w, fma(xv30.z, wv3.z, fma(xv30.y, wv3.y, fma(xv30.x, wv3.x, s30_3))));
        s30_4 = fma(xv30.w, wv4.w, fma(xv30.z, wv4.z, fma(xv30.y, wv4.y, fma(xv30.x, wv4.x, s30_4))));
        s30_5 = fma(xv30.w, wv5.w, fma(xv30.z, wv5.z, fma(xv30.y, wv5.y, fma(xv30.x, wv5.x, s30_5))));
        s30_6 = fma(xv30.w, wv6.w, fma(xv30.z, wv6.z, fma(xv30.y, wv6.y, fma(xv30.x, wv6.x, s30_6))));
        s30_7 = fma(xv30.w, wv7.w, fma(xv30.z, wv7.z, fma(xv30.y, wv7.y, fma(xv30.x, wv7.x, s30_7))));
        s30_8 = fma(xv30.w, wv8.w, fma(xv30.z, wv8.z, fma(xv30.y, wv8.y, fma(xv30.x, wv8.x, s30_8))));
        s30_9 = fma(xv30.w, wv9.w, fma(xv30.z, wv9.z, fma(xv30.y, wv9.y, fma(xv30.x, wv9.x, s30_9))));
        s30_10 = fma(xv30.w, wv10.w, fma(xv30.z, wv10.z, fma(xv30.y, wv10.y, fma(xv30.x, wv10.x, s30_10))));
        s30_11 = fma(xv30.w, wv11.w, fma(xv30.z, wv11.z, fma(xv30.y, wv11.y, fma(xv30.x, wv11.x, s30_11))));
        s30_12 = fma(xv30.w, wv12.w, fma(xv30.z, wv12.z, fma(xv30.y, wv12.y, fma(xv30.x, wv12.x, s30_12))));
        s30_13 = fma(xv30.w, wv13.w, fma(xv30.z, wv13.z, fma(xv30.y, wv13.y, fma(xv30.x, wv13.x, s30_13))));
        s30_14 = fma(xv30.w, wv14.w, fma(xv30.z, wv14.z, fma(xv30.y, wv14.y, fma(xv30.x, wv14.x, s30_14))));
        s30_15 = fma(xv30.w, wv15.w, fma(xv30.z, wv15.z, fma(xv30.y, wv15.y, fma(xv30.x, wv15.x, s30_15))));
        let xv31 = subgroupBroadcast(xvg3, 7u);
        s31_0 = fma(xv31.w, wv0.w, fma(xv31.z, wv0.z, fma(xv31.y, wv0.y, fma(xv31.x, wv0.x, s31_0))));
        s31_1 = fma(xv31.w, wv1.w, fma(xv31.z, wv1.z, fma(xv31.y, wv1.y, fma(xv31.x, wv1.x, s31_1))));
        s31_2 = fma(xv31.w, wv2.w, fma(xv31.z, wv2.z, fma(xv31.y, wv2.y, fma(xv31.x, wv2.x, s31_2))));
        s31_3 = fma(xv31.w, wv3.w, fma(xv31.z, wv3.z, fma(xv31.y, wv3.y, fma(xv31.x, wv3.x, s31_3))));
        s31_4 = fma(xv31.w, wv4.w, fma(xv31.z, wv4.z, fma(xv31.y, wv4.y, fma(xv31.x, wv4.x, s31_4))));
        s31_5 = fma(xv31.w, wv5.w, fma(xv31.z, wv5.z, fma(xv31.y, wv5.y, fma(xv31.x, wv5.x, s31_5))));
        s31_6 = fma(xv31.w, wv6.w, fma(xv31.z, wv6.z, fma(xv31.y, wv6.y, fma(xv31.x, wv6.x, s31_6))));
        s31_7 = fma(xv31.w, wv7.w, fma(xv31.z, wv7.z, fma(xv31.y, wv7.y, fma(xv31.x, wv7.x, s31_7))));
        s31_8 = fma(xv31.w, wv8.w, fma(xv31.z, wv8.z, fma(xv31.y, wv8.y, fma(xv31.x, wv8.x, s31_8))));
        s31_9 = fma(xv31.w, wv9.w, fma(xv31.z, wv9.z, fma(xv31.y, wv9.y, fma(xv31.x, wv9.x, s31_9))));
        s31_10 = fma(xv31.w, wv10.w, fma(xv31.z, wv10.z, fma(xv31.y, wv10.y, fma(xv31.x, wv10.x, s31_10))));
        s31_11 = fma(xv31.w, wv11.w, fma(xv31.z, wv11.z, fma(xv31.y, wv11.y, fma(xv31.x, wv11.x, s31_11))));
        s31_12 = fma(xv31.w, wv12.w, fma(xv31.z, wv12.z, fma(xv31.y, wv12.y, fma(xv31.x, wv12.x, s31_12))));
        s31_13 = fma(xv31.w, wv13.w, fma(xv31.z, wv13.z, fma(xv31.y, wv13.y, fma(xv31.x, wv13.x, s31_13))));
        s31_14 = fma(xv31.w, wv14.w, fma(xv31.z, wv14.z, fma(xv31.y, wv14.y, fma(xv31.x, wv14.x, s31_14))));
        s31_15 = fma(xv31.w, wv15.w, fma(xv31.z, wv15.z, fma(xv31.y, wv15.y, fma(xv31.x, wv15.x, s31_15))));
    }
    let c_base = gid.z * p.c_batch;
    var b0 = vec4<f32>(0.0);
    var b1 = vec4<f32>(0.0);
    var b2 = vec4<f32>(0.0);
    var b3 = vec4<f32>(0.0);
    if (p.has_bias != 0u) {
        b0 = bias4[min(c0 / 4u + 0u, p.cols / 4u - 1u)];
        b1 = bias4[min(c0 / 4u + 1u, p.cols / 4u - 1u)];
        b2 = bias4[min(c0 / 4u + 2u, p.cols / 4u - 1u)];
        b3 = bias4[min(c0 / 4u + 3u, p.cols / 4u - 1u)];
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_8, s0_9, s0_10, s0_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_12, s0_13, s0_14, s0_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_8, s1_9, s1_10, s1_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_12, s1_13, s1_14, s1_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_8, s2_9, s2_10, s2_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_12, s2_13, s2_14, s2_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_8, s3_9, s3_10, s3_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_12, s3_13, s3_14, s3_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_8, s4_9, s4_10, s4_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_12, s4_13, s4_14, s4_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_8, s5_9, s5_10, s5_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_12, s5_13, s5_14, s5_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_8, s6_9, s6_10, s6_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_12, s6_13, s6_14, s6_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_8, s7_9, s7_10, s7_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_12, s7_13, s7_14, s7_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_8, s8_9, s8_10, s8_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_12, s8_13, s8_14, s8_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_8, s9_9, s9_10, s9_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_12, s9_13, s9_14, s9_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_8, s10_9, s10_10, s10_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_12, s10_13, s10_14, s10_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_8, s11_9, s11_10, s11_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_12, s11_13, s11_14, s11_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_8, s12_9, s12_10, s12_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_12, s12_13, s12_14, s12_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_8, s13_9, s13_10, s13_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_12, s13_13, s13_14, s13_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_8, s14_9, s14_10, s14_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_12, s14_13, s14_14, s14_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_8, s15_9, s15_10, s15_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_12, s15_13, s15_14, s15_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 16u < p.rows) {
        let o = (c_base + (r0 + 16u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s16_0, s16_1, s16_2, s16_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s16_4, s16_5, s16_6, s16_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s16_8, s16_9, s16_10, s16_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s16_12, s16_13, s16_14, s16_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 17u < p.rows) {
        let o = (c_base + (r0 + 17u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s17_0, s17_1, s17_2, s17_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s17_4, s17_5, s17_6, s17_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s17_8, s17_9, s17_10, s17_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s17_12, s17_13, s17_14, s17_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 18u < p.rows) {
        let o = (c_base + (r0 + 18u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s18_0, s18_1, s18_2, s18_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s18_4, s18_5, s18_6, s18_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s18_8, s18_9, s18_10, s18_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s18_12, s18_13, s18_14, s18_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 19u < p.rows) {
        let o = (c_base + (r0 + 19u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s19_0, s19_1, s19_2, s19_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s19_4, s19_5, s19_6, s19_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s19_8, s19_9, s19_10, s19_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s19_12, s19_13, s19_14, s19_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 20u < p.rows) {
        let o = (c_base + (r0 + 20u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s20_0, s20_1, s20_2, s20_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s20_4, s20_5, s20_6, s20_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s20_8, s20_9, s20_10, s20_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s20_12, s20_13, s20_14, s20_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 21u < p.rows) {
        let o = (c_base + (r0 + 21u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s21_0, s21_1, s21_2, s21_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s21_4, s21_5, s21_6, s21_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s21_8, s21_9, s21_10, s21_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s21_12, s21_13, s21_14, s21_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 22u < p.rows) {
        let o = (c_base + (r0 + 22u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s22_0, s22_1, s22_2, s22_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s22_4, s22_5, s22_6, s22_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s22_8, s22_9, s22_10, s22_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s22_12, s22_13, s22_14, s22_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 23u < p.rows) {
        let o = (c_base + (r0 + 23u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s23_0, s23_1, s23_2, s23_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s23_4, s23_5, s23_6, s23_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s23_8, s23_9, s23_10, s23_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s23_12, s23_13, s23_14, s23_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 24u < p.rows) {
        let o = (c_base + (r0 + 24u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s24_0, s24_1, s24_2, s24_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s24_4, s24_5, s24_6, s24_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s24_8, s24_9, s24_10, s24_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s24_12, s24_13, s24_14, s24_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 25u < p.rows) {
        let o = (c_base + (r0 + 25u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s25_0, s25_1, s25_2, s25_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s25_4, s25_5, s25_6, s25_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s25_8, s25_9, s25_10, s25_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s25_12, s25_13, s25_14, s25_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 26u < p.rows) {
        let o = (c_base + (r0 + 26u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s26_0, s26_1, s26_2, s26_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s26_4, s26_5, s26_6, s26_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s26_8, s26_9, s26_10, s26_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s26_12, s26_13, s26_14, s26_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 27u < p.rows) {
        let o = (c_base + (r0 + 27u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s27_0, s27_1, s27_2, s27_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s27_4, s27_5, s27_6, s27_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s27_8, s27_9, s27_10, s27_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s27_12, s27_13, s27_14, s27_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 28u < p.rows) {
        let o = (c_base + (r0 + 28u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s28_0, s28_1, s28_2, s28_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s28_4, s28_5, s28_6, s28_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s28_8, s28_9, s28_10, s28_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s28_12, s28_13, s28_14, s28_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 29u < p.rows) {
        let o = (c_base + (r0 + 29u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s29_0, s29_1, s29_2, s29_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s29_4, s29_5, s29_6, s29_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s29_8, s29_9, s29_10, s29_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s29_12, s29_13, s29_14, s29_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 30u < p.rows) {
        let o = (c_base + (r0 + 30u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s30_0, s30_1, s30_2, s30_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s30_4, s30_5, s30_6, s30_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s30_8, s30_9, s30_10, s30_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s30_12, s30_13, s30_14, s30_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
    if (r0 + 31u < p.rows) {
        let o = (c_base + (r0 + 31u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s31_0, s31_1, s31_2, s31_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s31_4, s31_5, s31_6, s31_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s31_8, s31_9, s31_10, s31_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s31_12, s31_13, s31_14, s31_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
    }
}

// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_forward_32x24(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 24u;
    let r0 = wid.y * 32u;
    if (r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let xb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let xl0 = xb + min(r0 + 0u + lane, p.rows - 1u) * d4;
    let xl1 = xb + min(r0 + 8u + lane, p.rows - 1u) * d4;
    let xl2 = xb + min(r0 + 16u + lane, p.rows - 1u) * d4;
    let xl3 = xb + min(r0 + 24u + lane, p.rows - 1u) * d4;
    let w0 = wb + min(c0 + 0u, p.cols - 1u) * d4;
    let w1 = wb + min(c0 + 1u, p.cols - 1u) * d4;
    let w2 = wb + min(c0 + 2u, p.cols - 1u) * d4;
    let w3 = wb + min(c0 + 3u, p.cols - 1u) * d4;
    let w4 = wb + min(c0 + 4u, p.cols - 1u) * d4;
    let w5 = wb + min(c0 + 5u, p.cols - 1u) * d4;
    let w6 = wb + min(c0 + 6u, p.cols - 1u) * d4;
    let w7 = wb + min(c0 + 7u, p.cols - 1u) * d4;
    let w8 = wb + min(c0 + 8u, p.cols - 1u) * d4;
    let w9 = wb + min(c0 + 9u, p.cols - 1u) * d4;
    let w10 = wb + min(c0 + 10u, p.cols - 1u) * d4;
    let w11 = wb + min(c0 + 11u, p.cols - 1u) * d4;
    let w12 = wb + min(c0 + 12u, p.cols - 1u) * d4;
    let w13 = wb + min(c0 + 13u, p.cols - 1u) * d4;
    let w14 = wb + min(c0 + 14u, p.cols - 1u) * d4;
    let w15 = wb + min(c0 + 15u, p.cols - 1u) * d4;
    let w16 = wb + min(c0 + 16u, p.cols - 1u) * d4;
    let w17 = wb + min(c0 + 17u, p.cols - 1u) * d4;
    let w18 = wb + min(c0 + 18u, p.cols - 1u) * d4;
    let w19 = wb + min(c0 + 19u, p.cols - 1u) * d4;
    let w20 = wb + min(c0 + 20u, p.cols - 1u) * d4;
    let w21 = wb + min(c0 + 21u, p.cols - 1u) * d4;
    let w22 = wb + min(c0 + 22u, p.cols - 1u) * d4;
    let w23 = wb + min(c0 + 23u, p.cols - 1u) * d4;
    var s0_0 = 0.0; var s0_1 = 0.0; var s0_2 = 0.0; var s0_3 = 0.0; var s0_4 = 0.0; var s0_5 = 0.0; var s0_6 = 0.0; var s0_7 = 0.0; var s0_8 = 0.0; var s0_9 = 0.0; var s0_10 = 0.0; var s0_11 = 0.0; var s0_12 = 0.0; var s0_13 = 0.0; var s0_14 = 0.0; var s0_15 = 0.0; var s0_16 = 0.0; var s0_17 = 0.0; var s0_18 = 0.0; var s0_19 = 0.0; var s0_20 = 0.0; var s0_21 = 0.0; var s0_22 = 0.0; var s0_23 = 0.0;
    var s1_0 = 0.0; var s1_1 = 0.0; var s1_2 = 0.0; var s1_3 = 0.0; var s1_4 = 0.0; var s1_5 = 0.0; var s1_6 = 0.0; var s1_7 = 0.0; var s1_8 = 0.0; var s1_9 = 0.0; var s1_10 = 0.0; var s1_11 = 0.0; var s1_12 = 0.0; var s1_13 = 0.0; var s1_14 = 0.0; var s1_15 = 0.0; var s1_16 = 0.0; var s1_17 = 0.0; var s1_18 = 0.0; var s1_19 = 0.0; var s1_20 = 0.0; var s1_21 = 0.0; var s1_22 = 0.0; var s1_23 = 0.0;
    var s2_0 = 0.0; var s2_1 = 0.0; var s2_2 = 0.0; var s2_3 = 0.0; var s2_4 = 0.0; var s2_5 = 0.0; var s2_6 = 0.0; var s2_7 = 0.0; var s2_8 = 0.0; var s2_9 = 0.0; var s2_10 = 0.0; var s2_11 = 0.0; var s2_12 = 0.0; var s2_13 = 0.0; var s2_14 = 0.0; var s2_15 = 0.0; var s2_16 = 0.0; var s2_17 = 0.0; var s2_18 = 0.0; var s2_19 = 0.0; var s2_20 = 0.0; var s2_21 = 0.0; var s2_22 = 0.0; var s2_23 = 0.0;
    var s3_0 = 0.0; var s3_1 = 0.0; var s3_2 = 0.0; var s3_3 = 0.0; var s3_4 = 0.0; var s3_5 = 0.0; var s3_6 = 0.0; var s3_7 = 0.0; var s3_8 = 0.0; var s3_9 = 0.0; var s3_10 = 0.0; var s3_11 = 0.0; var s3_12 = 0.0; var s3_13 = 0.0; var s3_14 = 0.0; var s3_15 = 0.0; var s3_16 = 0.0; var s3_17 = 0.0; var s3_18 = 0.0; var s3_19 = 0.0; var s3_20 = 0.0; var s3_21 = 0.0; var s3_22 = 0.0; var s3_23 = 0.0;
    var s4_0 = 0.0; var s4_1 = 0.0; var s4_2 = 0.0; var s4_3 = 0.0; var s4_4 = 0.0; var s4_5 = 0.0; var s4_6 = 0.0; var s4_7 = 0.0; var s4_8 = 0.0; var s4_9 = 0.0; var s4_10 = 0.0; var s4_11 = 0.0; var s4_12 = 0.0; var s4_13 = 0.0; var s4_14 = 0.0; var s4_15 = 0.0; var s4_16 = 0.0; var s4_17 = 0.0; var s4_18 = 0.0; var s4_19 = 0.0; var s4_20 = 0.0; var s4_21 = 0.0; var s4_22 = 0.0; var s4_23 = 0.0;
    var s5_0 = 0.0; var s5_1 = 0.0; var s5_2 = 0.0; var s5_3 = 0.0; var s5_4 = 0.0; var s5_5 = 0.0; var s5_6 = 0.0; var s5_7 = 0.0; var s5_8 = 0.0; var s5_9 = 0.0; var s5_10 = 0.0; var s5_11 = 0.0; var s5_12 = 0.0; var s5_13 = 0.0; var s5_14 = 0.0; var s5_15 = 0.0; var s5_16 = 0.0; var s5_17 = 0.0; var s5_18 = 0.0; var s5_19 = 0.0; var s5_20 = 0.0; var s5_21 = 0.0; var s5_22 = 0.0; var s5_23 = 0.0;
    var s6_0 = 0.0; var s6_1 = 0.0; var s6_2 = 0.0; var s6_3 = 0.0; var s6_4 = 0.0; var s6_5 = 0.0; var s6_6 = 0.0; var s6_7 = 0.0; var s6_8 = 0.0; var s6_9 = 0.0; var s6_10 = 0.0; var s6_11 = 0.0; var s6_12 = 0.0; var s6_13 = 0.0; var s6_14 = 0.0; var s6_15 = 0.0; var s6_16 = 0.0; var s6_17 = 0.0; var s6_18 = 0.0; var s6_19 = 0.0; var s6_20 = 0.0; var s6_21 = 0.0; var s6_22 = 0.0; var s6_23 = 0.0;
    var s7_0 = 0.0; var s7_1 = 0.0; var s7_2 = 0.0; var s7_3 = 0.0; var s7_4 = 0.0; var s7_5 = 0.0; var s7_6 = 0.0; var s7_7 = 0.0; var s7_8 = 0.0; var s7_9 = 0.0; var s7_10 = 0.0; var s7_11 = 0.0; var s7_12 = 0.0; var s7_13 = 0.0; var s7_14 = 0.0; var s7_15 = 0.0; var s7_16 = 0.0; var s7_17 = 0.0; var s7_18 = 0.0; var s7_19 = 0.0; var s7_20 = 0.0; var s7_21 = 0.0; var s7_22 = 0.0; var s7_23 = 0.0;
    var s8_0 = 0.0; var s8_1 = 0.0; var s8_2 = 0.0; var s8_3 = 0.0; var s8_4 = 0.0; var s8_5 = 0.0; var s8_6 = 0.0; var s8_7 = 0.0; var s8_8 = 0.0; var s8_9 = 0.0; var s8_10 = 0.0; var s8_11 = 0.0; var s8_12 = 0.0; var s8_13 = 0.0; var s8_14 = 0.0; var s8_15 = 0.0; var s8_16 = 0.0; var s8_17 = 0.0; var s8_18 = 0.0; var s8_19 = 0.0; var s8_20 = 0.0; var s8_21 = 0.0; var s8_22 = 0.0; var s8_23 = 0.0;
    var s9_0 = 0.0; var s9_1 = 0.0; var s9_2 = 0.0; var s9_3 = 0.0; var s9_4 = 0.0; var s9_5 = 0.0; var s9_6 = 0.0; var s9_7 = 0.0; var s9_8 = 0.0; var s9_9 = 0.0; var s9_10 = 0.0; var s9_11 = 0.0; var s9_12 = 0.0; var s9_13 = 0.0; var s9_14 = 0.0; var s9_15 = 0.0; var s9_16 = 0.0; var s9_17 = 0.0; var s9_18 = 0.0; var s9_19 = 0.0; var s9_20 = 0.0; var s9_21 = 0.0; var s9_22 = 0.0; var s9_23 = 0.0;
    var s10_0 = 0.0; var s10_1 = 0.0; var s10_2 = 0.0; var s10_3 = 0.0; var s10_4 = 0.0; var s10_5 = 0.0; var s10_6 = 0.0; var s10_7 = 0.0; var s10_8 = 0.0; var s10_9 = 0.0; var s10_10 = 0.0; var s10_11 = 0.0; var s10_12 = 0.0; var s10_13 = 0.0; var s10_14 = 0.0; var s10_15 = 0.0; var s10_16 = 0.0; var s10_17 = 0.0; var s10_18 = 0.0; var s10_19 = 0.0; var s10_20 = 0.0; var s10_21 = 0.0; var s10_22 = 0.0; var s10_23 = 0.0;
    var s11_0 = 0.0; var s11_1 = 0.0; var s11_2 = 0.0; var s11_3 = 0.0; var s11_4 = 0.0; var s11_5 = 0.0; var s11_6 = 0.0; var s11_7 = 0.0; var s11_8 = 0.0; var s11_9 = 0.0; var s11_10 = 0.0; var s11_11 = 0.0; var s11_12 = 0.0; var s11_13 = 0.0; var s11_14 = 0.0; var s11_15 = 0.0; var s11_16 = 0.0; var s11_17 = 0.0; var s11_18 = 0.0; var s11_19 = 0.0; var s11_20 = 0.0; var s11_21 = 0.0; var s11_22 = 0.0; var s11_23 = 0.0;
    var s12_0 = 0.0; var s12_1 = 0.0; var s12_2 = 0.0; var s12_3 = 0.0; var s12_4 = 0.0; var s12_5 = 0.0; var s12_6 = 0.0; var s12_7 = 0.0; var s12_8 = 0.0; var s12_9 = 0.0; var s12_10 = 0.0; var s12_11 = 0.0; var s12_12 = 0.0; var s12_13 = 0.0; var s12_14 = 0.0; var s12_15 = 0.0; var s12_16 = 0.0; var s12_17 = 0.0; var s12_18 = 0.0; var s12_19 = 0.0; var s12_20 = 0.0; var s12_21 = 0.0; var s12_22 = 0.0; var s12_23 = 0.0;
    var s13_0 = 0.0; var s13_1 = 0.0; var s13_2 = 0.0; var s13_3 = 0.0; var s13_4 = 0.0; var s13_5 = 0.0; var s13_6 = 0.0; var s13_7 = 0.0; var s13_8 = 0.0; var s13_9 = 0.0; var s13_10 = 0.0; var s13_11 = 0.0; var s13_12 = 0.0; var s13_13 = 0.0; var s13_14 = 0.0; var s13_15 = 0.0; var s13_16 = 0.0; var s13_17 = 0.0; var s13_18 = 0.0; var s13_19 = 0.0; var s13_20 = 0.0; var s13_21 = 0.0; var s13_22 = 0.0; var s13_23 = 0.0;
    var s14_0 = 0.0; var s14_1 = 0.0; var s14_2 = 0.0; var s14_3 = 0.0; var s14_4 = 0.0; var s14_5 = 0.0; var s14_6 = 0.0; var s14_7 = 0.0; var s14_8 = 0.0; var s14_9 = 0.0; var s14_10 = 0.0; var s14_11 = 0.0; var s14_12 = 0.0; var s14_13 = 0.0; var s14_14 = 0.0; var s14_15 = 0.0; var s14_16 = 0.0; var s14_17 = 0.0; var s14_18 = 0.0; var s14_19 = 0.0; var s14_20 = 0.0; var s14_21 = 0.0; var s14_22 = 0.0; var s14_23 = 0.0;
    var s15_0 = 0.0; var s15_1 = 0.0; var s15_2 = 0.0; var s15_3 = 0.0; var s15_4 = 0.0; var s15_5 = 0.0; var s15_6 = 0.0; var s15_7 = 0.0; var s15_8 = 0.0; var s15_9 = 0.0; var s15_10 = 0.0; var s15_11 = 0.0; var s15_12 = 0.0; var s15_13 = 0.0; var s15_14 = 0.0; var s15_15 = 0.0; var s15_16 = 0.0; var s15_17 = 0.0; var s15_18 = 0.0; var s15_19 = 0.0; var s15_20 = 0.0; var s15_21 = 0.0; var s15_22 = 0.0; var s15_23 = 0.0;
    var s16_0 = 0.0; var s16_1 = 0.0; var s16_2 = 0.0; var s16_3 = 0.0; var s16_4 = 0.0; var s16_5 = 0.0; var s16_6 = 0.0; var s16_7 = 0.0; var s16_8 = 0.0; var s16_9 = 0.0; var s16_10 = 0.0; var s16_11 = 0.0; var s16_12 = 0.0; var s16_13 = 0.0; var s16_14 = 0.0; var s16_15 = 0.0; var s16_16 = 0.0; var s16_17 = 0.0; var s16_18 = 0.0; var s16_19 = 0.0; var s16_20 = 0.0; var s16_21 = 0.0; var s16_22 = 0.0; var s16_23 = 0.0;
    var s17_0 = 0.0; var s17_1 = 0.0; var s17_2 = 0.0; var s17_3 = 0.0; var s17_4 = 0.0; var s17_5 = 0.0; var s17_6 = 0.0; var s17_7 = 0.0; var s17_8 = 0.0; var s17_9 = 0.0; var s17_10 = 0.0; var s17_11 = 0.0; var s17_12 = 0.0; var s17_13 = 0.0; var s17_14 = 0.0; var s17_15 = 0.0; var s17_16 = 0.0; var s17_17 = 0.0; var s17_18 = 0.0; var s17_19 = 0.0; var s17_20 = 0.0; var s17_21 = 0.0; var s17_22 = 0.0; var s17_23 = 0.0;
    var s18_0 = 0.0; var s18_1 = 0.0; var s18_2 = 0.0; var s18_3 = 0.0; var s18_4 = 0.0; var s18_5 = 0.0; var s18_6 = 0.0; var s18_7 = 0.0; var s18_8 = 0.0; var s18_9 = 0.0; var s18_10 = 0.0; var s18_11 = 0.0; var s18_12 = 0.0; var s18_13 = 0.0; var s18_14 = 0.0; var s18_15 = 0.0; var s18_16 = 0.0; var s18_17 = 0.0; var s18_18 = 0.0; var s18_19 = 0.0; var s18_20 = 0.0; var s18_21 = 0.0; var s18_22 = 0.0; var s18_23 = 0.0;
    var s19_0 = 0.0; var s19_1 = 0.0; var s19_2 = 0.0; var s19_3 = 0.0; var s19_4 = 0.0; var s19_5 = 0.0; var s19_6 = 0.0; var s19_7 = 0.0; var s19_8 = 0.0; var s19_9 = 0.0; var s19_10 = 0.0; var s19_11 = 0.0; var s19_12 = 0.0; var s19_13 = 0.0; var s19_14 = 0.0; var s19_15 = 0.0; var s19_16 = 0.0; var s19_17 = 0.0; var s19_18 = 0.0; var s19_19 = 0.0; var s19_20 = 0.0; var s19_21 = 0.0; var s19_22 = 0.0; var s19_23 = 0.0;
    var s20_0 = 0.0; var s20_1 = 0.0; var s20_2 = 0.0; var s20_3 = 0.0; var s20_4 = 0.0; var s20_5 = 0.0; var s20_6 = 0.0; var s20_7 = 0.0; var s20_8 = 0.0; var s20_9 = 0.0; var s20_10 = 0.0; var s20_11 = 0.0; var s20_12 = 0.0; var s20_13 = 0.0; var s20_14 = 0.0; var s20_15 = 0.0; var s20_16 = 0.0; var s20_17 = 0.0; var s20_18 = 0.0; var s20_19 = 0.0; var s20_20 = 0.0; var s20_21 = 0.0; var s20_22 = 0.0; var s20_23 = 0.0;
    var s21_0 = 0.0; var s21_1 = 0.0; var s21_2 = 0.0; var s21_3 = 0.0; var s21_4 = 0.0; var s21_5 = 0.0; var s21_6 = 0.0; var s21_7 = 0.0; var s21_8 = 0.0; var s21_9 = 0.0; var s21_10 = 0.0; var s21_11 = 0.0; var s21_12 = 0.0; var s21_13 = 0.0; var s21_14 = 0.0; var s21_15 = 0.0; var s21_16 = 0.0; var s21_17 = 0.0; var s21_18 = 0.0; var s21_19 = 0.0; var s21_20 = 0.0; var s21_21 = 0.0; var s21_22 = 0.0; var s21_23 = 0.0;
    var s22_0 = 0.0; var s22_1 = 0.0; var s22_2 = 0.0; var s22_3 = 0.0; var s22_4 = 0.0; var s22_5 = 0.0; var s22_6 = 0.0; var s22_7 = 0.0; var s22_8 = 0.0; var s22_9 = 0.0; var s22_10 = 0.0; var s22_11 = 0.0; var s22_12 = 0.0; var s22_13 = 0.0; var s22_14 = 0.0; var s22_15 = 0.0; var s22_16 = 0.0; var s22_17 = 0.0; var s22_18 = 0.0; var s22_19 = 0.0; var s22_20 = 0.0; var s22_21 = 0.0; var s22_22 = 0.0; var s22_23 = 0.0;
    var s23_0 = 0.0; var s23_1 = 0.0; var s23_2 = 0.0; var s23_3 = 0.0; var s23_4 = 0.0; var s23_5 = 0.0; var s23_6 = 0.0; var s23_7 = 0.0; var s23_8 = 0.0; var s23_9 = 0.0; var s23_10 = 0.0; var s23_11 = 0.0; var s23_12 = 0.0; var s23_13 = 0.0; var s23_14 = 0.0; var s23_15 = 0.0; var s23_16 = 0.0; var s23_17 = 0.0; var s23_18 = 0.0; var s23_19 = 0.0; var s23_20 = 0.0; var s23_21 = 0.0; var s23_22 = 0.0; var s23_23 = 0.0;
    var s24_0 = 0.0; var s24_1 = 0.0; var s24_2 = 0.0; var s24_3 = 0.0; var s24_4 = 0.0; var s24_5 = 0.0; var s24_6 = 0.0; var s24_7 = 0.0; var s24_8 = 0.0; var s24_9 = 0.0; var s24_10 = 0.0; var s24_11 = 0.0; var s24_12 = 0.0; var s24_13 = 0.0; var s24_14 = 0.0; var s24_15 = 0.0; var s24_16 = 0.0; var s24_17 = 0.0; var s24_18 = 0.0; var s24_19 = 0.0; var s24_20 = 0.0; var s24_21 = 0.0; var s24_22 = 0.0; var s24_23 = 0.0;
    var s25_0 = 0.0; var s25_1 = 0.0; var s25_2 = 0.0; var s25_3 = 0.0; var s25_4 = 0.0; var s25_5 = 0.0; var s25_6 = 0.0; var s25_7 = 0.0; var s25_8 = 0.0; var s25_9 = 0.0; var s25_10 = 0.0; var s25_11 = 0.0; var s25_12 = 0.0; var s25_13 = 0.0; var s25_14 = 0.0; var s25_15 = 0.0; var s25_16 = 0.0; var s25_17 = 0.0; var s25_18 = 0.0; var s25_19 = 0.0; var s25_20 = 0.0; var s25_21 = 0.0; var s25_22 = 0.0; var s25_23 = 0.0;
    var s26_0 = 0.0; var s26_1 = 0.0; var s26_2 = 0.0; var s26_3 = 0.0; var s26_4 = 0.0; var s26_5 = 0.0; var s26_6 = 0.0; var s26_7 = 0.0; var s26_8 = 0.0; var s26_9 = 0.0; var s26_10 = 0.0; var s26_11 = 0.0; var s26_12 = 0.0; var s26_13 = 0.0; var s26_14 = 0.0; var s26_15 = 0.0; var s26_16 = 0.0; var s26_17 = 0.0; var s26_18 = 0.0; var s26_19 = 0.0; var s26_20 = 0.0; var s26_21 = 0.0; var s26_22 = 0.0; var s26_23 = 0.0;
    var s27_0 = 0.0; var s27_1 = 0.0; var s27_2 = 0.0; var s27_3 = 0.0; var s27_4 = 0.0; var s27_5 = 0.0; var s27_6 = 0.0; var s27_7 = 0.0; var s27_8 = 0.0; var s27_9 = 0.0; var s27_10 = 0.0; var s27_11 = 0.0; var s27_12 = 0.0; var s27_13 = 0.0; var s27_14 = 0.0; var s27_15 = 0.0; var s27_16 = 0.0; var s27_17 = 0.0; var s27_18 = 0.0; var s27_19 = 0.0; var s27_20 = 0.0; var s27_21 = 0.0; var s27_22 = 0.0; var s27_23 = 0.0;
    var s28_0 = 0.0; var s28_1 = 0.0; var s28_2 = 0.0; var s28_3 = 0.0; var s28_4 = 0.0; var s28_5 = 0.0; var s28_6 = 0.0; var s28_7 = 0.0; var s28_8 = 0.0; var s28_9 = 0.0; var s28_10 = 0.0; var s28_11 = 0.0; var s28_12 = 0.0; var s28_13 = 0.0; var s28_14 = 0.0; var s28_15 = 0.0; var s28_16 = 0.0; var s28_17 = 0.0; var s28_18 = 0.0; var s28_19 = 0.0; var s28_20 = 0.0; var s28_21 = 0.0; var s28_22 = 0.0; var s28_23 = 0.0;
    var s29_0 = 0.0; var s29_1 = 0.0; var s29_2 = 0.0; var s29_3 = 0.0; var s29_4 = 0.0; var s29_5 = 0.0; var s29_6 = 0.0; var s29_7 = 0.0; var s29_8 = 0.0; var s29_9 = 0.0; var s29_10 = 0.0; var s29_11 = 0.0; var s29_12 = 0.0; var s29_13 = 0.0; var s29_14 = 0.0; var s29_15 = 0.0; var s29_16 = 0.0; var s29_17 = 0.0; var s29_18 = 0.0; var s29_19 = 0.0; var s29_20 = 0.0; var s29_21 = 0.0; var s29_22 = 0.0; var s29_23 = 0.0;
    var s30_0 = 0.0; var s30_1 = 0.0; var s30_2 = 0.0; var s30_3 = 0.0; var s30_4 = 0.0; var s30_5 = 0.0; var s30_6 = 0.0; var s30_7 = 0.0; var s30_8 = 0.0; var s30_9 = 0.0; var s30_10 = 0.0; var s30_11 = 0.0; var s30_12 = 0.0; var s30_13 = 0.0; var s30_14 = 0.0; var s30_15 = 0.0; var s30_16 = 0.0; var s30_17 = 0.0; var s30_18 = 0.0; var s30_19 = 0.0; var s30_20 = 0.0; var s30_21 = 0.0; var s30_22 = 0.0; var s30_23 = 0.0;
    var s31_0 = 0.0; var s31_1 = 0.0; var s31_2 = 0.0; var s31_3 = 0.0; var s31_4 = 0.0; var s31_5 = 0.0; var s31_6 = 0.0; var s31_7 = 0.0; var s31_8 = 0.0; var s31_9 = 0.0; var s31_10 = 0.0; var s31_11 = 0.0; var s31_12 = 0.0; var s31_13 = 0.0; var s31_14 = 0.0; var s31_15 = 0.0; var s31_16 = 0.0; var s31_17 = 0.0; var s31_18 = 0.0; var s31_19 = 0.0; var s31_20 = 0.0; var s31_21 = 0.0; var s31_22 = 0.0; var s31_23 = 0.0;
    for (var k = 0u; k < d4; k++) {
        let wv0 = b4[w0 + k];
        let wv1 = b4[w1 + k];
        let wv2 = b4[w2 + k];
        let wv3 = b4[w3 + k];
        let wv4 = b4[w4 + k];
        let wv5 = b4[w5 + k];
        let wv6 = b4[w6 + k];
        let wv7 = b4[w7 + k];
        let wv8 = b4[w8 + k];
        let wv9 = b4[w9 + k];
        let wv10 = b4[w10 + k];
        let wv11 = b4[w11 + k];
        let wv12 = b4[w12 + k];
        let wv13 = b4[w13 + k];
        let wv14 = b4[w14 + k];
        let wv15 = b4[w15 + k];
        let wv16 = b4[w16 + k];
        let wv17 = b4[w17 + k];
        let wv18 = b4[w18 + k];
        let wv19 = b4[w19 + k];
        let wv20 = b4[w20 + k];
        let wv21 = b4[w21 + k];
        let wv22 = b4[w22 + k];
        let wv23 = b4[w23 + k];
        let xvg0 = a4[xl0 + k];
        let xv0 = subgroupBroadcast(xvg0, 0u);
        s0_0 = fma(xv0.w, wv0.w, fma(xv0.z, wv0.z, fma(xv0.y, wv0.y, fma(xv0.x, wv0.x, s0_0))));
        s0_1 = fma(xv0.w, wv1.w, fma(xv0.z, wv1.z, fma(xv0.y, wv1.y, fma(xv0.x, wv1.x, s0_1))));
        s0_2 = fma(xv0.w, wv2.w, fma(xv0.z, wv2.z, fma(xv0.y, wv2.y, fma(xv0.x, wv2.x, s0_2))));
        s0_3 = fma(xv0.w, wv3.w, fma(xv0.z, wv3.z, fma(xv0.y, wv3.y, fma(xv0.x, wv3.x, s0_3))));
        s0_4 = fma(xv0.w, wv4.w, fma(xv0.z, wv4.z, fma(xv0.y, wv4.y, fma(xv0.x, wv4.x, s0_4))));
        s0_5 = fma(xv0.w, wv5.w, fma(xv0.z, wv5.z, fma(xv0.y, wv5.y, fma(xv0.x, wv5.x, s0_5))));
        s0_6 = fma(xv0.w, wv6.w, fma(xv0.z, wv6.z, fma(xv0.y, wv6.y, fma(xv0.x, wv6.x, s0_6))));
        s0_7 = fma(xv0.w, wv7.w, fma(xv0.z, wv7.z, fma(xv0.y, wv7.y, fma(xv0.x, wv7.x, s0_7))));
        s0_8 = fma(xv0.w, wv8.w, fma(xv0.z, wv8.z, fma(xv0.y, wv8.y, fma(xv0.x, wv8.x, s0_8))));
        s0_9 = fma(xv0.w, wv9.w, fma(xv0.z, wv9.z, fma(xv0.y, wv9.y, fma(xv0.x, wv9.x, s0_9))));
        s0_10 = fma(xv0.w, wv10.w, fma(xv0.z, wv10.z, fma(xv0.y, wv10.y, fma(xv0.x, wv10.x, s0_10))));
        s0_11 = fma(xv0.w, wv11.w, fma(xv0.z, wv11.z, fma(xv0.y, wv11.y, fma(xv0.x, wv11.x, s0_11))));
        s0_12 = fma(xv0.w, wv12.w, fma(xv0.z, wv12.z, fma(xv0.y, wv12.y, fma(xv0.x, wv12.x, s0_12))));
        s0_13 = fma(xv0.w, wv13.w, fma(xv0.z, wv13.z, fma(xv0.y, wv13.y, fma(xv0.x, wv13.x, s0_13))));
        s0_14 = fma(xv0.w, wv14.w, fma(xv0.z, wv14.z, fma(xv0.y, wv14.y, fma(xv0.x, wv14.x, s0_14))));
        s0_15 = fma(xv0.w, wv15.w, fma(xv0.z, wv15.z, fma(xv0.y, wv15.y, fma(xv0.x, wv15.x, s0_15))));
        s0_16 = fma(xv0.w, wv16.w, fma(xv0.z, wv16.z, fma(xv0.y, wv16.y, fma(xv0.x, wv16.x, s0_16))));
        s0_17 = fma(xv0.w, wv17.w, fma(xv0.z, wv17.z, fma(xv0.y, wv17.y, fma(xv0.x, wv17.x, s0_17))));
        s0_18 = fma(xv0.w, wv18.w, fma(xv0.z, wv18.z, fma(xv0.y, wv18.y, fma(xv0.x, wv18.x, s0_18))));
        s0_19 = fma(xv0.w, wv19.w, fma(xv0.z, wv19.z, fma(xv0.y, wv19.y, fma(xv0.x, wv19.x, s0_19))));
        s0_20 = fma(xv0.w, wv20.w, fma(xv0.z, wv20.z, fma(xv0.y, wv20.y, fma(xv0.x, wv20.x, s0_20))));
        s0_21 = fma(xv0.w, wv21.w, fma(xv0.z, wv21.z, fma(xv0.y, wv21.y, fma(xv0.x, wv21.x, s0_21))));
        s0_22 = fma(xv0.w, wv22.w, fma(xv0.z, wv22.z, fma(xv0.y, wv22.y, fma(xv0.x, wv22.x, s0_22))));
        s0_23 = fma(xv0.w, wv23.w, fma(xv0.z, wv23.z, fma(xv0.y, wv23.y, fma(xv0.x, wv23.x, s0_23))));
        let xv1 = subgroupBroadcast(xvg0, 1u);
        s1_0 = fma(xv1.w, wv0.w, fma(xv1.z, wv0.z, fma(xv1.y, wv0.y, fma(xv1.x, wv0.x, s1_0))));
        s1_1 = fma(xv1.w, wv1.w, fma(xv1.z, wv1.z, fma(xv1.y, wv1.y, fma(xv1.x, wv1.x, s1_1))));
        s1_2 = fma(xv1.w, wv2.w, fma(xv1.z, wv2.z, fma(xv1.y, wv2.y, fma(xv1.x, wv2.x, s1_2))));
        s1_3 = fma(xv1.w, wv3.w, fma(xv1.z, wv3.z, fma(xv1.y, wv3.y, fma(xv1.x, wv3.x, s1_3))));
        s1_4 = fma(xv1.w, wv4.w, fma(xv1.z, wv4.z, fma(xv1.y, wv4.y, fma(xv1.x, wv4.x, s1_4))));
        s1_5 = fma(xv1.w, wv5.w, fma(xv1.z, wv5.z, fma(xv1.y, wv5.y, fma(xv1.x, wv5.x, s1_5))));
        s1_6 = fma(xv1.w, wv6.w, fma(xv1.z, wv6.z, fma(xv1.y, wv6.y, fma(xv1.x, wv6.x, s1_6))));
        s1_7 = fma(xv1.w, wv7.w, fma(xv1.z, wv7.z, fma(xv1.y, wv7.y, fma(xv1.x, wv7.x, s1_7))));
        s1_8 = fma(xv1.w, wv8.w, fma(xv1.z, wv8.z, fma(xv1.y, wv8.y, fma(xv1.x, wv8.x, s1_8))));
        s1_9 = fma(xv1.w, wv9.w, fma(xv1.z, wv9.z, fma(xv1.y, wv9.y, fma(xv1.x, wv9.x, s1_9))));
        s1_10 = fma(xv1.w, wv10.w, fma(xv1.z, wv10.z, fma(xv1.y, wv10.y, fma(xv1.x, wv10.x, s1_10))));
        s1_11 = fma(xv1.w, wv11.w, fma(xv1.z, wv11.z, fma(xv1.y, wv11.y, fma(xv1.x, wv11.x, s1_11))));
        s1_12 = fma(xv1.w, wv12.w, fma(xv1.z, wv12.z, fma(xv1.y, wv12.y, fma(xv1.x, wv12.x, s1_12))));
        s1_13 = fma(xv1.w, wv13.w, fma(xv1.z, wv13.z, fma(xv1.y, wv13.y, fma(xv1.x, wv13.x, s1_13))));
        s1_14 = fma(xv1.w, wv14.w, fma(xv1.z, wv14.z, fma(xv1.y, wv14.y, fma(xv1.x, wv14.x, s1_14))));
        s1_15 = fma(xv1.w, wv15.w, fma(xv1.z, wv15.z, fma(xv1.y, wv15.y, fma(xv1.x, wv15.x, s1_15))));
        s1_16 = fma(xv1.w, wv16.w, fma(xv1.z, wv16.z, fma(xv1.y, wv16.y, fma(xv1.x, wv16.x, s1_16))));
        s1_17 = fma(xv1.w, wv17.w, fma(xv1.z, wv17.z, fma(xv1.y, wv17.y, fma(xv1.x, wv17.x, s1_17))));
        s1_18 = fma(xv1.w, wv18.w, fma(xv1.z, wv18.z, fma(xv1.y, wv18.y, fma(xv1.x, wv18.x, s1_18))));
        s1_19 = fma(xv1.w, wv19.w, fma(xv1.z, wv19.z, fma(xv1.y, wv19.y, fma(xv1.x, wv19.x, s1_19))));
        s1_20 = fma(xv1.w, wv20.w, fma(xv1.z, wv20.z, fma(xv1.y, wv20.y, fma(xv1.x, wv20.x, s1_20))));
        s1_21 = fma(xv1.w, wv21.w, fma(xv1.z, wv21.z, fma(xv1.y, wv21.y, fma(xv1.x, wv21.x, s1_21))));
        s1_22 = fma(xv1.w, wv22.w, fma(xv1.z, wv22.z, fma(xv1.y, wv22.y, fma(xv1.x, wv22.x, s1_22))));
        s1_23 = fma(xv1.w, wv23.w, fma(xv1.z, wv23.z, fma(xv1.y, wv23.y, fma(xv1.x, wv23.x, s1_23))));
        let xv2 = subgroupBroadcast(xvg0, 2u);
        s2_0 = fma(xv2.w, wv0.w, fma(xv2.z, wv0.z, fma(xv2.y, wv0.y, fma(xv2.x, wv0.x, s2_0))));
        s2_1 = fma(xv2.w, wv1.w, fma(xv2.z, wv1.z, fma(xv2.y, wv1.y, fma(xv2.x, wv1.x, s2_1))));
        s2_2 = fma(xv2.w, wv2.w, fma(xv2.z, wv2.z, fma(xv2.y, wv2.y, fma(xv2.x, wv2.x, s2_2))));
        s2_3 = fma(xv2.w, wv3.w, fma(xv2.z, wv3.z, fma(xv2.y, wv3.y, fma(xv2.x, wv3.x, s2_3))));
        s2_4 = fma(xv2.w, wv4.w, fma(xv2.z, wv4.z, fma(xv2.y, wv4.y, fma(xv2.x, wv4.x, s2_4))));
        s2_5 = fma(xv2.w, wv5.w, fma(xv2.z, wv5.z, fma(xv2.y, wv5.y, fma(xv2.x, wv5.x, s2_5))));
        s2_6 = fma(xv2.w, wv6.w, fma(xv2.z, wv6.z, fma(xv2.y, wv6.y, fma(xv2.x, wv6.x, s2_6))));
        s2_7 = fma(xv2.w, wv7.w, fma(xv2.z, wv7.z, fma(xv2.y, wv7.y, fma(xv2.x, wv7.x, s2_7))));
        s2_8 = fma(xv2.w, wv8.w, fma(xv2.z, wv8.z, fma(xv2.y, wv8.y, fma(xv2.x, wv8.x, s2_8))));
        s2_9 = fma(xv2.w, wv9.w, fma(xv2.z, wv9.z, fma(xv2.y, wv9.y, fma(xv2.x, wv9.x, s2_9))));
        s2_10 = fma(xv2.w, wv10.w, fma(xv2.z, wv10.z, fma(xv2.y, wv10.y, fma(xv2.x, wv10.x, s2_10))));
        s2_11 = fma(xv2.w, wv11.w, fma(xv2.z, wv11.z, fma(xv2.y, wv11.y, fma(xv2.x, wv11.x, s2_11))));
        s2_12 = fma(xv2.w, wv12.w, fma(xv2.z, wv12.z, fma(xv2.y, wv12.y, fma(xv2.x, wv12.x, s2_12))));
        s2_13 = fma(xv2.w, wv13.w, fma(xv2.z, wv13.z, fma(xv2.y, wv13.y, fma(xv2.x, wv13.x, s2_13))));
        s2_14 = fma(xv2.w, wv14.w, fma(xv2.z, wv14.z, fma(xv2.y, wv14.y, fma(xv2.x, wv14.x, s2_14))));
        s2_15 = fma(xv2.w, wv15.w, fma(xv2.z, wv15.z, fma(xv2.y, wv15.y, fma(xv2.x, wv15.x, s2_15))));
        s2_16 = fma(xv2.w, wv16.w, fma(xv2.z, wv16.z, fma(xv2.y, wv16.y, fma(xv2.x, wv16.x, s2_16))));
        s2_17 = fma(xv2.w, wv17.w, fma(xv2.z, wv17.z, fma(xv2.y, wv17.y, fma(xv2.x, wv17.x, s2_17))));
        s2_18 = fma(xv2.w, wv18.w, fma(xv2.z, wv18.z, fma(xv2.y, wv18.y, fma(xv2.x, wv18.x, s2_18))));
        s2_19 = fma(xv2.w, wv19.w, fma(xv2.z, wv19.z, fma(xv2.y, wv19.y, fma(xv2.x, wv19.x, s2_19))));
        s2_20 = fma(xv2.w, wv20.w, fma(xv2.z, wv20.z, fma(xv2.y, wv20.y, fma(xv2.x, wv20.x, s2_20))));
        s2_21 = fma(xv2.w, wv21.w, fma(xv2.z, wv21.z, fma(xv2.y, wv21.y, fma(xv2.x, wv21.x, s2_21))));
        s2_22 = fma(xv2.w, wv22.w, fma(xv2.z, wv22.z, fma(xv2.y, wv22.y, fma(xv2.x, wv22.x, s2_22))));
        s2_23 = fma(xv2.w, wv23.w, fma(xv2.z, wv23.z, fma(xv2.y, wv23.y, fma(xv2.x, wv23.x, s2_23))));
        let xv3 = subgroupBroadcast(xvg0, 3u);
        s3_0 = fma(xv3.w, wv0.w, fma(xv3.z, wv0.z, fma(xv3.y, wv0.y, fma(xv3.x, wv0.x, s3_0))));
        s3_1 = fma(xv3.w, wv1.w, fma(xv3.z, wv1.z, fma(xv3.y, wv1.y, fma(xv3.x, wv1.x, s3_1))));
        s3_2 = fma(xv3.w, wv2.w, fma(xv3.z, wv2.z, fma(xv3.y, wv2.y, fma(xv3.x, wv2.x, s3_2))));
        s3_3 = fma(xv3.w, wv3.w, fma(xv3.z, wv3.z, fma(xv3.y, wv3.y, fma(xv3.x, wv3.x, s3_3))));
        s3_4 = fma(xv3.w, wv4.w, fma(xv3.z, wv4.z, fma(xv3.y, wv4.y, fma(xv3.x, wv4.x, s3_4))));
        s3_5 = fma(xv3.w, wv5.w, fma(xv3.z, wv5.z, fma(xv3.y, wv5.y, fma(xv3.x, wv5.x, s3_5))));
        s3_6 = fma(xv3.w, wv6.w, fma(xv3.z, wv6.z, fma(xv3.y, wv6.y, fma(xv3.x, wv6.x, s3_6))));
        s3_7 = fma(xv3.w, wv7.w, fma(xv3.z, wv7.z, fma(xv3.y, wv7.y, fma(xv3.x, wv7.x, s3_7))));
        s3_8 = fma(xv3.w, wv8.w, fma(xv3.z, wv8.z, fma(xv3.y, wv8.y, fma(xv3.x, wv8.x, s3_8))));
        s3_9 = fma(xv3.w, wv9.w, fma(xv3.z, wv9.z, fma(xv3.y, wv9.y, fma(xv3.x, wv9.x, s3_9))));
        s3_10 = fma(xv3.w, wv10.w, fma(xv3.z, wv10.z, fma(xv3.y, wv10.y, fma(xv3.x, wv10.x, s3_10))));
        s3_11 = fma(xv3.w, wv11.w, fma(xv3.z, wv11.z, fma(xv3.y, wv11.y, fma(xv3.x, wv11.x, s3_11))));
        s3_12 = fma(xv3.w, wv12.w, fma(xv3.z, wv12.z, fma(xv3.y, wv12.y, fma(xv3.x, wv12.x, s3_12))));
        s3_13 = fma(xv3.w, wv13.w, fma(xv3.z, wv13.z, fma(xv3.y, wv13.y, fma(xv3.x, wv13.x, s3_13))));
        s3_14 = fma(xv3.w, wv14.w, fma(xv3.z, wv14.z, fma(xv3.y, wv14.y, fma(xv3.x, wv14.x, s3_14))));
        s3_15 = fma(xv3.w, wv15.w, fma(xv3.z, wv15.z, fma(xv3.y, wv15.y, fma(xv3.x, wv15.x, s3_15))));
        s3_16 = fma(xv3.w, wv16.w, fma(xv3.z, wv16.z, fma(xv3.y, wv16.y, fma(xv3.x, wv16.x, s3_16))));
        s3_17 = fma(xv3.w, wv17.w, fma(xv3.z, wv17.z, fma(xv3.y, wv17.y, fma(xv3.x, wv17.x, s3_17))));
        s3_18 = fma(xv3.w, wv18.w, fma(xv3.z, wv18.z, fma(xv3.y, wv18.y, fma(xv3.x, wv18.x, s3_18))));
        s3_19 = fma(xv3.w, wv19.w, fma(xv3.z, wv19.z, fma(xv3.y, wv19.y, fma(xv3.x, wv19.x, s3_19))));
        s3_20 = fma(xv3.w, wv20.w, fma(xv3.z, wv20.z, fma(xv3.y, wv20.y, fma(xv3.x, wv20.x, s3_20))));
        s3_21 = fma(xv3.w, wv21.w, fma(xv3.z, wv21.z, fma(xv3.y, wv21.y, fma(xv3.x, wv21.x, s3_21))));
        s3_22 = fma(xv3.w, wv22.w, fma(xv3.z, wv22.z, fma(xv3.y, wv22.y, fma(xv3.x, wv22.x, s3_22))));
        s3_23 = fma(xv3.w, wv23.w, fma(xv3.z, wv23.z, fma(xv3.y, wv23.y, fma(xv3.x, wv23.x, s3_23))));
        let xv4 = subgroupBroadcast(xvg0, 4u);
        s4_0 = fma(xv4.w, wv0.w, fma(xv4.z, wv0.z, fma(xv4.y, wv0.y, fma(xv4.x, wv0.x, s4_0))));
        s4_1 = fma(xv4.w, wv1.w, fma(xv4.z, wv1.z, fma(xv4.y, wv1.y, fma(xv4.x, wv1.x, s4_1))));
        s4_2 = fma(xv4.w, wv2.w, fma(xv4.z, wv2.z, fma(xv4.y, wv2.y, fma(xv4.x, wv2.x, s4_2))));
        s4_3 = fma(xv4.w, wv3.w, fma(xv4.z, wv3.z, fma(xv4.y, wv3.y, fma(xv4.x, wv3.x, s4_3))));
        s4_4 = fma(xv4.w, wv4.w, fma(xv4.z, wv4.z, fma(xv4.y, wv4.y, fma(xv4.x, wv4.x, s4_4))));
        s4_5 = fma(xv4.w, wv5.w, fma(xv4.z, wv5.z, fma(xv4.y, wv5.y, fma(xv4.x, wv5.x, s4_5))));
        s4_6 = fma(xv4.w, wv6.w, fma(xv4.z, wv6.z, fma(xv4.y, wv6.y, fma(xv4.x, wv6.x, s4_6))));
        s4_7 = fma(xv4.w, wv7.w, fma(xv4.z, wv7.z, fma(xv4.y, wv7.y, fma(xv4.x, wv7.x, s4_7))));
        s4_8 = fma(xv4.w, wv8.w, fma(xv4.z, wv8.z, fma(xv4.y, wv8.y, fma(xv4.x, wv8.x, s4_8))));
        s4_9 = fma(xv4.w, wv9.w, fma(xv4.z, wv9.z, fma(xv4.y, wv9.y, fma(xv4.x, wv9.x, s4_9))));
        s4_10 = fma(xv4.w, wv10.w, fma(xv4.z, wv10.z, fma(xv4.y, wv10.y, fma(xv4.x, wv10.x, s4_10))));
        s4_11 = fma(xv4.w, wv11.w, fma(xv4.z, wv11.z, fma(xv4.y, wv11.y, fma(xv4.x, wv11.x, s4_11))));
        s4_12 = fma(xv4.w, wv12.w, fma(xv4.z, wv12.z, fma(xv4.y, wv12.y, fma(xv4.x, wv12.x, s4_12))));
        s4_13 = fma(xv4.w, wv13.w, fma(xv4.z, wv13.z, fma(xv4.y, wv13.y, fma(xv4.x, wv13.x, s4_13))));
        s4_14 = fma(xv4.w, wv14.w, fma(xv4.z, wv14.z, fma(xv4.y, wv14.y, fma(xv4.x, wv14.x, s4_14))));
        s4_15 = fma(xv4.w, wv15.w, fma(xv4.z, wv15.z, fma(xv4.y, wv15.y, fma(xv4.x, wv15.x, s4_15))));
        s4_16 = fma(xv4.w, wv16.w, fma(xv4.z, wv16.z, fma(xv4.y, wv16.y, fma(xv4.x, wv16.x, s4_16))));
        s4_17 = fma(xv4.w, wv17.w, fma(xv4.z, wv17.z, fma(xv4.y, wv17.y, fma(xv4.x, wv17.x, s4_17))));
        s4_18 = fma(xv4.w, wv18.w, fma(xv4.z, wv18.z, fma(xv4.y, wv18.y, fma(xv4.x, wv18.x, s4_18))));
        s4_19 = fma(xv4.w, wv19.w, fma(xv4.z, wv19.z, fma(xv4.y, wv19.y, fma(xv4.x, wv19.x, s4_19))));
        s4_20 = fma(xv4.w, wv20.w, fma(xv4.z, wv20.z, fma(xv4.y, wv20.y, fma(xv4.x, wv20.x, s4_20))));
        s4_21 = fma(xv4.w, wv21.w, fma(xv4.z, wv21.z, fma(xv4.y, wv21.y, fma(xv4.x, wv21.x, s4_21))));
        s4_22 = fma(xv4.w, wv22.w, fma(xv4.z, wv22.z, fma(xv4.y, wv22.y, fma(xv4.x, wv22.x, s4_22))));
        s4_23 = fma(xv4.w, wv23.w, fma(xv4.z, wv23.z, fma(xv4.y, wv23.y, fma(xv4.x, wv23.x, s4_23))));
        let xv5 = subgroupBroadcast(xvg0, 5u);
        s5_0 = fma(xv5.w, wv0.w, fma(xv5.z, wv0.z, fma(xv5.y, wv0.y, fma(xv5.x, wv0.x, s5_0))));
        s5_1 = fma(xv5.w, wv1.w, fma(xv5.z, wv1.z, fma(xv5.y, wv1.y, fma(xv5.x, wv1.x, s5_1))));
        s5_2 = fma(xv5.w, wv2.w, fma(xv5.z, wv2.z, fma(xv5.y, wv2.y, fma(xv5.x, wv2.x, s5_2))));
        s5_3 = fma(xv5.w, wv3.w, fma(xv5.z, wv3.z, fma(xv5.y, wv3.y, fma(xv5.x, wv3.x, s5_3))));
        s5_4 = fma(xv5.w, wv4.w, fma(xv5.z, wv4.z, fma(xv5.y, wv4.y, fma(xv5.x, wv4.x, s5_4))));
        s5_5 = fma(xv5.w, wv5.w, fma(xv5.z, wv5.z, fma(xv5.y, wv5.y, fma(xv5.x, wv5.x, s5_5))));
        s5_6 = fma(xv5.w, wv6.w, fma(xv5.z, wv6.z, fma(xv5.y, wv6.y, fma(xv5.x, wv6.x, s5_6))));
        s5_7 = fma(xv5.w, wv7.w, fma(xv5.z, wv7.z, fma(xv5.y, wv7.y, fma(xv5.x, wv7.x, s5_7))));
        s5_8 = fma(xv5.w, wv8.w, fma(xv5.z, wv8.z, fma(xv5.y, wv8.y, fma(xv5.x, wv8.x, s5_8))));
        s5_9 = fma(xv5.w, wv9.w, fma(xv5.z, wv9.z, fma(xv5.y, wv9.y, fma(xv5.x, wv9.x, s5_9))));
        s5_10 = fma(xv5.w, wv10.w, fma(xv5.z, wv10.z, fma(xv5.y, wv10.y, fma(xv5.x, wv10.x, s5_10))));
        s5_11 = fma(xv5.w, wv11.w, fma(xv5.z, wv11.z, fma(xv5.y, wv11.y, fma(xv5.x, wv11.x, s5_11))));
        s5_12 = fma(xv5.w, wv12.w, fma(xv5.z, wv12.z, fma(xv5.y, wv12.y, fma(xv5.x, wv12.x, s5_12))));
        s5_13 = fma(xv5.w, wv13.w, fma(xv5.z, wv13.z, fma(xv5.y, wv13.y, fma(xv5.x, wv13.x, s5_13))));
        s5_14 = fma(xv5.w, wv14.w, fma(xv5.z, wv14.z, fma(xv5.y, wv14.y, fma(xv5.x, wv14.x, s5_14))));
        s5_15 = fma(xv5.w, wv15.w, fma(xv5.z, wv15.z, fma(xv5.y, wv15.y, fma(xv5.x, wv15.x, s5_15))));
        s5_16 = fma(xv5.w, wv16.w, fma(xv5.z, wv16.z, fma(xv5.y, wv16.y, fma(xv5.x, wv16.x, s5_16))));
        s5_17 = fma(xv5.w, wv17.w, fma(xv5.z, wv17.z, fma(xv5.y, wv17.y, fma(xv5.x, wv17.x, s5_17))));
        s5_18 = fma(xv5.w, wv18.w, fma(xv5.z, wv18.z, fma(xv5.y, wv18.y, fma(xv5.x, wv18.x, s5_18))));
        s5_19 = fma(xv5.w, wv19.w, fma(xv5.z, wv19.z, fma(xv5.y, wv19.y, fma(xv5.x, wv19.x, s5_19))));
        s5_20 = fma(xv5.w, wv20.w, fma(xv5.z, wv20.z, fma(xv5.y, wv20.y, fma(xv5.x, wv20.x, s5_20))));
        s5_21 = fma(xv5.w, wv21.w, fma(xv5.z, wv21.z, fma(xv5.y, wv21.y, fma(xv5.x, wv21.x, s5_21))));
        s5_22 = fma(xv5.w, wv22.w, fma(xv5.z, wv22.z, fma(xv5.y, wv22.y, fma(xv5.x, wv22.x, s5_22))));
        s5_23 = fma(xv5.w, wv23.w, fma(xv5.z, wv23.z, fma(xv5.y, wv23.y, fma(xv5.x, wv23.x, s5_23))));
        let xv6 = subgroupBroadcast(xvg0, 6u);
        s6_0 = fma(xv6.w, wv0.w, fma(xv6.z, wv0.z, fma(xv6.y, wv0.y, fma(xv6.x, wv0.x, s6_0))));
        s6_1 = fma(xv6.w, wv1.w, fma(xv6.z, wv1.z, fma(xv6.y, wv1.y, fma(xv6.x, wv1.x, s6_1))));
        s6_2 = fma(xv6.w, wv2.w, fma(xv6.z, wv2.z, fma(xv6.y, wv2.y, fma(xv6.x, wv2.x, s6_2))));
        s6_3 = fma(xv6.w, wv3.w, fma(xv6.z, wv3.z, fma(xv6.y, wv3.y, fma(xv6.x, wv3.x, s6_3))));
        s6_4 = fma(xv6.w, wv4.w, fma(xv6.z, wv4.z, fma(xv6.y, wv4.y, fma(xv6.x, wv4.x, s6_4))));
        s6_5 = fma(xv6.w, wv5.w, fma(xv6.z, wv5.z, fma(xv6.y, wv5.y, fma(xv6.x, wv5.x, s6_5))));
        s6_6 = fma(xv6.w, wv6.w, fma(xv6.z, wv6.z, fma(xv6.y, wv6.y, fma(xv6.x, wv6.x, s6_6))));
        s6_7 = fma(xv6.w, wv7.w, fma(xv6.z, wv7.z, fma(xv6.y, wv7.y, fma(xv6.x, wv7.x, s6_7))));
        s6_8 = fma(xv6.w, wv8.w, fma(xv6.z, wv8.z, fma(xv6.y, wv8.y, fma(xv6.x, wv8.x, s6_8))));
        s6_9 = fma(xv6.w, wv9.w, fma(xv6.z, wv9.z, fma(xv6.y, wv9.y, fma(xv6.x, wv9.x, s6_9))));
        s6_10 = fma(xv6.w, wv10.w, fma(xv6.z, wv10.z, fma(xv6.y, wv10.y, fma(xv6.x, wv10.x, s6_10))));
        s6_11 = fma(xv6.w, wv11.w, fma(xv6.z, wv11.z, fma(xv6.y, wv11.y, fma(xv6.x, wv11.x, s6_11))));
        s6_12 = fma(xv6.w, wv12.w, fma(xv6.z, wv12.z, fma(xv6.y, wv12.y, fma(xv6.x, wv12.x, s6_12))));
        s6_13 = fma(xv6.w, wv13.w, fma(xv6.z, wv13.z, fma(xv6.y, wv13.y, fma(xv6.x, wv13.x, s6_13))));
        s6_14 = fma(xv6.w, wv14.w, fma(xv6.z, wv14.z, fma(xv6.y, wv14.y, fma(xv6.x, wv14.x, s6_14))));
        s6_15 = fma(xv6.w, wv15.w, fma(xv6.z, wv15.z, fma(xv6.y, wv15.y, fma(xv6.x, wv15.x, s6_15))));
        s6_16 = fma(xv6.w, wv16.w, fma(xv6.z, wv16.z, fma(xv6.y, wv16.y, fma(xv6.x, wv16.x, s6_16))));
        s6_17 = fma(xv6.w, wv17.w, fma(xv6.z, wv17.z, fma(xv6.y, wv17.y, fma(xv6.x, wv17.x, s6_17))));
        s6_18 = fma(xv6.w, wv18.w, fma(xv6.z, wv18.z, fma(xv6.y, wv18.y, fma(xv6.x, wv18.x, s6_18))));
        s6_19 = fma(xv6.w, wv19.w, fma(xv6.z, wv19.z, fma(xv6.y, wv19.y, fma(xv6.x, wv19.x, s6_19))));
        s6_20 = fma(xv6.w, wv20.w, fma(xv6.z, wv20.z, fma(xv6.y, wv20.y, fma(xv6.x, wv20.x, s6_20))));
        s6_21 = fma(xv6.w, wv21.w, fma(xv6.z, wv21.z, fma(xv6.y, wv21.y, fma(xv6.x, wv21.x, s6_21))));
        s6_22 = fma(xv6.w, wv22.w, fma(xv6.z, wv22.z, fma(xv6.y, wv22.y, fma(xv6.x, wv22.x, s6_22))));
        s6_23 = fma(xv6.w, wv23.w, fma(xv6.z, wv23.z, fma(xv6.y, wv23.y, fma(xv6.x, wv23.x, s6_23))));
        let xv7 = subgroupBroadcast(xvg0, 7u);
        s7_0 = fma(xv7.w, wv0.w, fma(xv7.z, wv0.z, fma(xv7.y, wv0.y, fma(xv7.x, wv0.x, s7_0))));
        s7_1 = fma(xv7.w, wv1.w, fma(xv7.z, wv1.z, fma(xv7.y, wv1.y, fma(xv7.x, wv1.x, s7_1))));
        s7_2 = fma(xv7.w, wv2.w, fma(xv7.z, wv2.z, fma(xv7.y, wv2.y, fma(xv7.x, wv2.x, s7_2))));
        s7_3 = fma(xv7.w, wv3.w, fma(xv7.z, wv3.z, fma(xv7.y, wv3.y, fma(xv7.x, wv3.x, s7_3))));
        s7_4 = fma(xv7.w, wv4.w, fma(xv7.z, wv4.z, fma(xv7.y, wv4.y, fma(xv7.x, wv4.x, s7_4))));
        s7_5 = fma(xv7.w, wv5.w, fma(xv7.z, wv5.z, fma(xv7.y, wv5.y, fma(xv7.x, wv5.x, s7_5))));
        s7_6 = fma(xv7.w, wv6.w, fma(xv7.z, wv6.z, fma(xv7.y, wv6.y, fma(xv7.x, wv6.x, s7_6))));
        s7_7 = fma(xv7.w, wv7.w, fma(xv7.z, wv7.z, fma(xv7.y, wv7.y, fma(xv7.x, wv7.x, s7_7))));
        s7_8 = fma(xv7.w, wv8.w, fma(xv7.z, wv8.z, fma(xv7.y, wv8.y, fma(xv7.x, wv8.x, s7_8))));
        s7_9 = fma(xv7.w, wv9.w, fma(xv7.z, wv9.z, fma(xv7.y, wv9.y, fma(xv7.x, wv9.x, s7_9))));
        s7_10 = fma(xv7.w, wv10.w, fma(xv7.z, wv10.z, fma(xv7.y, wv10.y, fma(xv7.x, wv10.x, s7_10))));
        s7_11 = fma(xv7.w, wv11.w, fma(xv7.z, wv11.z, fma(xv7.y, wv11.y, fma(xv7.x, wv11.x, s7_11))));
        s7_12 = fma(xv7.w, wv12.w, fma(xv7.z, wv12.z, fma(xv7.y, wv12.y, fma(xv7.x, wv12.x, s7_12))));
        s7_13 = fma(xv7.w, wv13.w, fma(xv7.z, wv13.z, fma(xv7.y, wv13.y, fma(xv7.x, wv13.x, s7_13))));
        s7_14 = fma(xv7.w, wv14.w, fma(xv7.z, wv14.z, fma(xv7.y, wv14.y, fma(xv7.x, wv14.x, s7_14))));
        s7_15 = fma(xv7.w, wv15.w, fma(xv7.z, wv15.z, fma(xv7.y, wv15.y, fma(xv7.x, wv15.x, s7_15))));
        s7_16 = fma(xv7.w, wv16.w, fma(xv7.z, wv16.z, fma(xv7.y, wv16.y, fma(xv7.x, wv16.x, s7_16))));
        s7_17 = fma(xv7.w, wv17.w, fma(xv7.z, wv17.z, fma(xv7.y, wv17.y, fma(xv7.x, wv17.x, s7_17))));
        s7_18 = fma(xv7.w, wv18.w, fma(xv7.z, wv18.z, fma(xv7.y, wv18.y, fma(xv7.x, wv18.x, s7_18))));
        s7_19 = fma(xv7.w, wv19.w, fma(xv7.z, wv19.z, fma(xv7.y, wv19.y, fma(xv7.x, wv19.x, s7_19))));
        s7_20 = fma(xv7.w, wv20.w, fma(xv7.z, wv20.z, fma(xv7.y, wv20.y, fma(xv7.x, wv20.x, s7_20))));
        s7_21 = fma(xv7.w, wv21.w, fma(xv7.z, wv21.z, fma(xv7.y, wv21.y, fma(xv7.x, wv21.x, s7_21))));
        s7_22 = fma(xv7.w, wv22.w, fma(xv7.z, wv22.z, fma(xv7.y, wv22.y, fma(xv7.x, wv22.x, s7_22))));
        s7_23 = fma(xv7.w, wv23.w, fma(xv7.z, wv23.z, fma(xv7.y, wv23.y, fma(xv7.x, wv23.x, s7_23))));
        let xvg1 = a4[xl1 + k];
        let xv8 = subgroupBroadcast(xvg1, 0u);
        s8_0 = fma(xv8.w, wv0.w, fma(xv8.z, wv0.z, fma(xv8.y, wv0.y, fma(xv8.x, wv0.x, s8_0))));
        s8_1 = fma(xv8.w, wv1.w, fma(xv8.z, wv1.z, fma(xv8.y, wv1.y, fma(xv8.x, wv1.x, s8_1))));
        s8_2 = fma(xv8.w, wv2.w, fma(xv8.z, wv2.z, fma(xv8.y, wv2.y, fma(xv8.x, wv2.x, s8_2))));
        s8_3 = fma(xv8.w, wv3.w, fma(xv8.z, wv3.z, fma(xv8.y, wv3.y, fma(xv8.x, wv3.x, s8_3))));
        s8_4 = fma(xv8.w, wv4.w, fma(xv8.z, wv4.z, fma(xv8.y, wv4.y, fma(xv8.x, wv4.x, s8_4))));
        s8_5 = fma(xv8.w, wv5.w, fma(xv8.z, wv5.z, fma(xv8.y, wv5.y, fma(xv8.x, wv5.x, s8_5))));
        s8_6 = fma(xv8.w, wv6.w, fma(xv8.z, wv6.z, fma(xv8.y, wv6.y, fma(xv8.x, wv6.x, s8_6))));
        s8_7 = fma(xv8.w, wv7.w, fma(xv8.z, wv7.z, fma(xv8.y, wv7.y, fma(xv8.x, wv7.x, s8_7))));
        s8_8 = fma(xv8.w, wv8.w, fma(xv8.z, wv8.z, fma(xv8.y, wv8.y, fma(xv8.x, wv8.x, s8_8))));
        s8_9 = fma(xv8.w, wv9.w, fma(xv8.z, wv9.z, fma(xv8.y, wv9.y, fma(xv8.x, wv9.x, s8_9))));
        s8_10 = fma(xv8.w, wv10.w, fma(xv8.z, wv10.z, fma(xv8.y, wv10.y, fma(xv8.x, wv10.x, s8_10))));
        s8_11 = fma(xv8.w, wv11.w, fma(xv8.z, wv11.z, fma(xv8.y, wv11.y, fma(xv8.x, wv11.x, s8_11))));
        s8_12 = fma(xv8.w, wv12.w, fma(xv8.z, wv12.z, fma(xv8.y, wv12.y, fma(xv8.x, wv12.x, s8_12))));
        s8_13 = fma(xv8.w, wv13.w, fma(xv8.z, wv13.z, fma(xv8.y, wv13.y, fma(xv8.x, wv13.x, s8_13))));
        s8_14 = fma(xv8.w, wv14.w, fma(xv8.z, wv14.z, fma(xv8.y, wv14.y, fma(xv8.x, wv14.x, s8_14))));
        s8_15 = fma(xv8.w, wv15.w, fma(xv8.z, wv15.z, fma(xv8.y, wv15.y, fma(xv8.x, wv15.x, s8_15))));
        s8_16 = fma(xv8.w, wv16.w, fma(xv8.z, wv16.z, fma(xv8.y, wv16.y, fma(xv8.x, wv16.x, s8_16))));
        s8_17 = fma(xv8.w, wv17.w, fma(xv8.z, wv17.z, fma(xv8.y, wv17.y, fma(xv8.x, wv17.x, s8_17))));
        s8_18 = fma(xv8.w, wv18.w, fma(xv8.z, wv18.z, fma(xv8.y, wv18.y, fma(xv8.x, wv18.x, s8_18))));
        s8_19 = fma(xv8.w, wv19.w, fma(xv8.z, wv19.z, fma(xv8.y, wv19.y, fma(xv8.x, wv19.x, s8_19))));
        s8_20 = fma(xv8.w, wv20.w, fma(xv8.z, wv20.z, fma(xv8.y, wv20.y, fma(xv8.x, wv20.x, s8_20))));
        s8_21 = fma(xv8.w, wv21.w, fma(xv8.z, wv21.z, fma(xv8.y, wv21.y, fma(xv8.x, wv21.x, s8_21))));
        s8_22 = fma(xv8.w, wv22.w, fma(xv8.z, wv22.z, fma(xv8.y, wv22.y, fma(xv8.x, wv22.x, s8_22))));
        s8_23 = fma(xv8.w, wv23.w, fma(xv8.z, wv23.z, fma(xv8.y, wv23.y, fma(xv8.x, wv23.x, s8_23))));
        let xv9 = subgroupBroadcast(xvg1, 1u);
        s9_0 = fma(xv9.w, wv0.w, fma(xv9.z, wv0.z, fma(xv9.y, wv0.y, fma(xv9.x, wv0.x, s9_0))));
        s9_1 = fma(xv9.w, wv1.w, fma(xv9.z, wv1.z, fma(xv9.y, wv1.y, fma(xv9.x, wv1.x, s9_1))));
        s9_2 = fma(xv9.w, wv2.w, fma(xv9.z, wv2.z, fma(xv9.y, wv2.y, fma(xv9.x, wv2.x, s9_2))));
        s9_3 = fma(xv9.w, wv3.w, fma(xv9.z, wv3.z, fma(xv9.y, wv3.y, fma(xv9.x, wv3.x, s9_3))));
        s9_4 = fma(xv9.w, wv4.w, fma(xv9.z, wv4.z, fma(xv9.y, wv4.y, fma(xv9.x, wv4.x, s9_4))));
        s9_5 = fma(xv9.w, wv5.w, fma(xv9.z, wv5.z, fma(xv9.y, wv5.y, fma(xv9.x, wv5.x, s9_5))));
        s9_6 = fma(xv9.w, wv6.w, fma(xv9.z, wv6.z, fma(xv9.y, wv6.y, fma(xv9.x, wv6.x, s9_6))));
        s9_7 = fma(xv9.w, wv7.w, fma(xv9.z, wv7.z, fma(xv9.y, wv7.y, fma(xv9.x, wv7.x, s9_7))));
        s9_8 = fma(xv9.w, wv8.w, fma(xv9.z, wv8.z, fma(xv9.y, wv8.y, fma(xv9.x, wv8.x, s9_8))));
        s9_9 = fma(xv9.w, wv9.w, fma(xv9.z, wv9.z, fma(xv9.y, wv9.y, fma(xv9.x, wv9.x, s9_9))));
        s9_10 = fma(xv9.w, wv10.w, fma(xv9.z, wv10.z, fma(xv9.y, wv10.y, fma(xv9.x, wv10.x, s9_10))));
        s9_11 = fma(xv9.w, wv11.w, fma(xv9.z, wv11.z, fma(xv9.y, wv11.y, fma(xv9.x, wv11.x, s9_11))));
        s9_12 = fma(xv9.w, wv12.w, fma(xv9.z, wv12.z, fma(xv9.y, wv12.y, fma(xv9.x, wv12.x, s9_12))));
        s9_13 = fma(xv9.w, wv13.w, fma(xv9.z, wv13.z, fma(xv9.y, wv13.y, fma(xv9.x, wv13.x, s9_13))));
        s9_14 = fma(xv9.w, wv14.w, fma(xv9.z, wv14.z, fma(xv9.y, wv14.y, fma(xv9.x, wv14.x, s9_14))));
        s9_15 = fma(xv9.w, wv15.w, fma(xv9.z, wv15.z, fma(xv9.y, wv15.y, fma(xv9.x, wv15.x, s9_15))));
        s9_16 = fma(xv9.w, wv16.w, fma(xv9.z, wv16.z, fma(xv9.y, wv16.y, fma(xv9.x, wv16.x, s9_16))));
        s9_17 = fma(xv9.w, wv17.w, fma(xv9.z, wv17.z, fma(xv9.y, wv17.y, fma(xv9.x, wv17.x, s9_17))));
        s9_18 = fma(xv9.w, wv18.w, fma(xv9.z, wv18.z, fma(xv9.y, wv18.y, fma(xv9.x, wv18.x, s9_18))));
        s9_19 = fma(xv9.w, wv19.w, fma(xv9.z, wv19.z, fma(xv9.y, wv19.y, fma(xv9.x, wv19.x, s9_19))));
        s9_20 = fma(xv9.w, wv20.w, fma(xv9.z, wv20.z, fma(xv9.y, wv20.y, fma(xv9.x, wv20.x, s9_20))));
        s9_21 = fma(xv9.w, wv21.w, fma(xv9.z, wv21.z, fma(xv9.y, wv21.y, fma(xv9.x, wv21.x, s9_21))));
        s9_22 = fma(xv9.w, wv22.w, fma(xv9.z, wv22.z, fma(xv9.y, wv22.y, fma(xv9.x, wv22.x, s9_22))));
        s9_23 = fma(xv9.w, wv23.w, fma(xv9.z, wv23.z, fma(xv9.y, wv23.y, fma(xv9.x, wv23.x, s9_23))));
        let xv10 = subgroupBroadcast(xvg1, 2u);
        s10_0 = fma(xv10.w, wv0.w, fma(xv10.z, wv0.z, fma(xv10.y, wv0.y, fma(xv10.x, wv0.x, s10_0))));
        s10_1 = fma(xv10.w, wv1.w, fma(xv10.z, wv1.z, fma(xv10.y, wv1.y, fma(xv10.x, wv1.x, s10_1))));
        s10_2 = fma(xv10.w, wv2.w, fma(xv10.z, wv2.z, fma(xv10.y, wv2.y, fma(xv10.x, wv2.x, s10_2))));
        s10_3 = fma(xv10.w, wv3.w, fma(xv10.z, wv3.z, fma(xv10.y, wv3.y, fma(xv10.x, wv3.x, s10_3))));
        s10_4 = fma(xv10.w, wv4.w, fma(xv10.z, wv4.z, fma(xv10.y, wv4.y, fma(xv10.x, wv4.x, s10_4))));
        s10_5 = fma(xv10.w, wv5.w, fma(xv10.z, wv5.z, fma(xv10.y, wv5.y, fma(xv10.x, wv5.x, s10_5))));
        s10_6 = fma(xv10.w, wv6.w, fma(xv10.z, wv6.z, fma(xv10.y, wv6.y, fma(xv10.x, wv6.x, s10_6))));
        s10_7 = fma(xv10.w, wv7.w, fma(xv10.z, wv7.z, fma(xv10.y, wv7.y, fma(xv10.x, wv7.x, s10_7))));
        s10_8 = fma(xv10.w, wv8.w, fma(xv10.z, wv8.z, fma(xv10.y, wv8.y, fma(xv10.x, wv8.x, s10_8))));
        s10_9 = fma(xv10.w, wv9.w, fma(xv10.z, wv9.z, fma(xv10.y, wv9.y, fma(xv10.x, wv9.x, s10_9))));
        s10_10 = fma(xv10.w, wv10.w, fma(xv10.z, wv10.z, fma(xv10.y, wv10.y, fma(xv10.x, wv10.x, s10_10))));
        s10_11 = fma(xv10.w, wv11.w, fma(xv10.z, wv11.z, fma(xv10.y, wv11.y, fma(xv10.x, wv11.x, s10_11))));
        s10_12 = fma(xv10.w, wv12.w, fma(xv10.z, wv12.z, fma(xv10.y, wv12.y, fma(xv10.x, wv12.x, s10_12))));
        s10_13 = fma(xv10.w, wv13.w, fma(xv10.z, wv13.z, fma(xv10.y, wv13.y, fma(xv10.x, wv13.x, s10_13))));
        s10_14 = fma(xv10.w, wv14.w, fma(xv10.z, wv14.z, fma(xv10.y, wv14.y, fma(xv10.x, wv14.x, s10_14))));
        s10_15 = fma(xv10.w, wv15.w, fma(xv10.z, wv15.z, fma(xv10.y, wv15.y, fma(xv10.x, wv15.x, s10_15))));
        s10_16 = fma(xv10.w, wv16.w, fma(xv10.z, wv16.z, fma(xv10.y, wv16.y, fma(xv10.x, wv16.x, s10_16))));
        s10_17 = fma(xv10.w, wv17.w, fma(xv10.z, wv17.z, fma(xv10.y, wv17.y, fma(xv10.x, wv17.x, s10_17))));
        s10_18 = fma(xv10.w, wv18.w, fma(xv10.z, wv18.z, fma(xv10.y, wv18.y, fma(xv10.x, wv18.x, s10_18))));
        s10_19 = fma(xv10.w, wv19.w, fma(xv10.z, wv19.z, fma(xv10.y, wv19.y, fma(xv10.x, wv19.x, s10_19))));
        s10_20 = fma(xv10.w, wv20.w, fma(xv10.z, wv20.z, fma(xv10.y, wv20.y, fma(xv10.x, wv20.x, s10_20))));
        s10_21 = fma(xv10.w, wv21.w, fma(xv10.z, wv21.z, fma(xv10.y, wv21.y, fma(xv10.x, wv21.x, s10_21))));
        s10_22 = fma(xv10.w, wv22.w, fma(xv10.z, wv22.z, fma(xv10.y, wv22.y, fma(xv10.x, wv22.x, s10_22))));
        s10_23 = fma(xv10.w, wv23.w, fma(xv10.z, wv23.z, fma(xv10.y, wv23.y, fma(xv10.x, wv23.x, s10_23))));
        let xv11 = subgroupBroadcast(xvg1, 3u);
        s11_0 = fma(xv11.w, wv0.w, fma(xv11.z, wv0.z, fma(xv11.y, wv0.y, fma(xv11.x, wv0.x, s11_0))));
        s11_1 = fma(xv11.w, wv1.w, fma(xv11.z, wv1.z, fma(xv11.y, wv1.y, fma(xv11.x, wv1.x, s11_1))));
        s11_2 = fma(xv11.w, wv2.w, fma(xv11.z, wv2.z, fma(xv11.y, wv2.y, fma(xv11.x, wv2.x, s11_2))));
        s11_3 = fma(xv11.w, wv3.w, fma(xv11.z, wv3.z, fma(xv11.y, wv3.y, fma(xv11.x, wv3.x, s11_3))));
        s11_4 = fma(xv11.w, wv4.w, fma(xv11.z, wv4.z, fma(xv11.y, wv4.y, fma(xv11.x, wv4.x, s11_4))));
        s11_5 = fma(xv11.w, wv5.w, fma(xv11.z, wv5.z, fma(xv11.y, wv5.y, fma(xv11.x, wv5.x, s11_5))));
        s11_6 = fma(xv11.w, wv6.w, fma(xv11.z, wv6.z, fma(xv11.y, wv6.y, fma(xv11.x, wv6.x, s11_6))));
        s11_7 = fma(xv11.w, wv7.w, fma(xv11.z, wv7.z, fma(xv11.y, wv7.y, fma(xv11.x, wv7.x, s11_7))));
        s11_8 = fma(xv11.w, wv8.w, fma(xv11.z, wv8.z, fma(xv11.y, wv8.y, fma(xv11.x, wv8.x, s11_8))));
        s11_9 = fma(xv11.w, wv9.w, fma(xv11.z, wv9.z, fma(xv11.y, wv9.y, fma(xv11.x, wv9.x, s11_9))));
        s11_10 = fma(xv11.w, wv10.w, fma(xv11.z, wv10.z, fma(xv11.y, wv10.y, fma(xv11.x, wv10.x, s11_10))));
        s11_11 = fma(xv11.w, wv11.w, fma(xv11.z, wv11.z, fma(xv11.y, wv11.y, fma(xv11.x, wv11.x, s11_11))));
        s11_12 = fma(xv11.w, wv12.w, fma(xv11.z, wv12.z, fma(xv11.y, wv12.y, fma(xv11.x, wv12.x, s11_12))));
        s11_13 = fma(xv11.w, wv13.w, fma(xv11.z, wv13.z, fma(xv11.y, wv13.y, fma(xv11.x, wv13.x, s11_13))));
        s11_14 = fma(xv11.w, wv14.w, fma(xv11.z, wv14.z, fma(xv11.y, wv14.y, fma(xv11.x, wv14.x, s11_14))));
        s11_15 = fma(xv11.w, wv15.w, fma(xv11.z, wv15.z, fma(xv11.y, wv15.y, fma(xv11.x, wv15.x, s11_15))));
        s11_16 = fma(xv11.w, wv16.w, fma(xv11.z, wv16.z, fma(xv11.y, wv16.y, fma(xv11.x, wv16.x, s11_16))));
        s11_17 = fma(xv11.w, wv17.w, fma(xv11.z, wv17.z, fma(xv11.y, wv17.y, fma(xv11.x, wv17.x, s11_17))));
        s11_18 = fma(xv11.w, wv18.w, fma(xv11.z, wv18.z, fma(xv11.y, wv18.y, fma(xv11.x, wv18.x, s11_18))));
        s11_19 = fma(xv11.w, wv19.w, fma(xv11.z, wv19.z, fma(xv11.y, wv19.y, fma(xv11.x, wv19.x, s11_19))));
        s11_20 = fma(xv11.w, wv20.w, fma(xv11.z, wv20.z, fma(xv11.y, wv20.y, fma(xv11.x, wv20.x, s11_20))));
        s11_21 = fma(xv11.w, wv21.w, fma(xv11.z, wv21.z, fma(xv11.y, wv21.y, fma(xv11.x, wv21.x, s11_21))));
        s11_22 = fma(xv11.w, wv22.w, fma(xv11.z, wv22.z, fma(xv11.y, wv22.y, fma(xv11.x, wv22.x, s11_22))));
        s11_23 = fma(xv11.w, wv23.w, fma(xv11.z, wv23.z, fma(xv11.y, wv23.y, fma(xv11.x, wv23.x, s11_23))));
        let xv12 = subgroupBroadcast(xvg1, 4u);
        s12_0 = fma(xv12.w, wv0.w, fma(xv12.z, wv0.z, fma(xv12.y, wv0.y, fma(xv12.x, wv0.x, s12_0))));
        s12_1 = fma(xv12.w, wv1.w, fma(xv12.z, wv1.z, fma(xv12.y, wv1.y, fma(xv12.x, wv1.x, s12_1))));
        s12_2 = fma(xv12.w, wv2.w, fma(xv12.z, wv2.z, fma(xv12.y, wv2.y, fma(xv12.x, wv2.x, s12_2))));
        s12_3 = fma(xv12.w, wv3.w, fma(xv12.z, wv3.z, fma(xv12.y, wv3.y, fma(xv12.x, wv3.x, s12_3))));
        s12_4 = fma(xv12.w, wv4.w, fma(xv12.z, wv4.z, fma(xv12.y, wv4.y, fma(xv12.x, wv4.x, s12_4))));
        s12_5 = fma(xv12.w, wv5.w, fma(xv12.z, wv5.z, fma(xv12.y, wv5.y, fma(xv12.x, wv5.x, s12_5))));
        s12_6 = fma(xv12.w, wv6.w, fma(xv12.z, wv6.z, fma(xv12.y, wv6.y, fma(xv12.x, wv6.x, s12_6))));
        s12_7 = fma(xv12.w, wv7.w, fma(xv12.z, wv7.z, fma(xv12.y, wv7.y, fma(xv12.x, wv7.x, s12_7))));
        s12_8 = fma(xv12.w, wv8.w, fma(xv12.z, wv8.z, fma(xv12.y, wv8.y, fma(xv12.x, wv8.x, s12_8))));
        s12_9 = fma(xv12.w, wv9.w, fma(xv12.z, wv9.z, fma(xv12.y, wv9.y, fma(xv12.x, wv9.x, s12_9))));
        s12_10 = fma(xv12.w, wv10.w, fma(xv12.z, wv10.z, fma(xv12.y, wv10.y, fma(xv12.x, wv10.x, s12_10))));
        s12_11 = fma(xv12.w, wv11.w, fma(xv12.z, wv11.z, fma(xv12.y, wv11.y, fma(xv12.x, wv11.x, s12_11))));
        s12_12 = fma(xv12.w, wv12.w, fma(xv12.z, wv12.z, fma(xv12.y, wv12.y, fma(xv12.x, wv12.x, s12_12))));
        s12_13 = fma(xv12.w, wv13.w, fma(xv12.z, wv13.z, fma(xv12.y, wv13.y, fma(xv12.x, wv13.x, s12_13))));
        s12_14 = fma(xv12.w, wv14.w, fma(xv12.z, wv14.z, fma(xv12.y, wv14.y, fma(xv12.x, wv14.x, s12_14))));
        s12_15 = fma(xv12.w, wv15.w, fma(xv12.z, wv15.z, fma(xv12.y, wv15.y, fma(xv12.x, wv15.x, s12_15))));
        s12_16 = fma(xv12.w, wv16.w, fma(xv12.z, wv16.z, fma(xv12.y, wv16.y, fma(xv12.x, wv16.x, s12_16))));
        s12_17 = fma(xv12.w, wv17.w, fma(xv12.z, wv17.z, fma(xv12.y, wv17.y, fma(xv12.x, wv17.x, s12_17))));
        s12_18 = fma(xv12.w, wv18.w, fma(xv12.z, wv18.z, fma(xv12.y, wv18.y, fma(xv12.x, wv18.x, s12_18))));
        s12_19 = fma(xv12.w, wv19.w, fma(xv12.z, wv19.z, fma(xv12.y, wv19.y, fma(xv12.x, wv19.x, s12_19))));
        s12_20 = fma(xv12.w, wv20.w, fma(xv12.z, wv20.z, fma(xv12.y, wv20.y, fma(xv12.x, wv20.x, s12_20))));
        s12_21 = fma(xv12.w, wv21.w, fma(xv12.z, wv21.z, fma(xv12.y, wv21.y, fma(xv12.x, wv21.x, s12_21))));
        s12_22 = fma(xv12.w, wv22.w, fma(xv12.z, wv22.z, fma(xv12.y, wv22.y, fma(xv12.x, wv22.x, s12_22))));
        s12_23 = fma(xv12.w, wv23.w, fma(xv12.z, wv23.z, fma(xv12.y, wv23.y, fma(xv12.x, wv23.x, s12_23))));
        let xv13 = subgroupBroadcast(xvg1, 5u);
        s13_0 = fma(xv13.w, wv0.w, fma(xv13.z, wv0.z, fma(xv13.y, wv0.y, fma(xv13.x, wv0.x, s13_0))));
        s13_1 = fma(xv13.w, wv1.w, fma(xv13.z, wv1.z, fma(xv13.y, wv1.y, fma(xv13.x, wv1.x, s13_1))));
        s13_2 = fma(xv13.w, wv2.w, fma(xv13.z, wv2.z, fma(xv13.y, wv2.y, fma(xv13.x, wv2.x, s13_2))));
        s13_3 = fma(xv13.w, wv3.w, fma(xv13.z, wv3.z, fma(xv13.y, wv3.y, fma(xv13.x, wv3.x, s13_3))));
        s13_4 = fma(xv13.w, wv4.w, fma(xv13.z, wv4.z, fma(xv13.y, wv4.y, fma(xv13.x, wv4.x, s13_4))));
        s13_5 = fma(xv13.w, wv5.w, fma(xv13.z, wv5.z, fma(xv13.y, wv5.y, fma(xv13.x, wv5.x, s13_5))));
        s13_6 = fma(xv13.w, wv6.w, fma(xv13.z, wv6.z, fma(xv13.y, wv6.y, fma(xv13.x, wv6.x, s13_6))));
        s13_7 = fma(xv13.w, wv7.w, fma(xv13.z, wv7.z, fma(xv13.y, wv7.y, fma(xv13.x, wv7.x, s13_7))));
        s13_8 = fma(xv13.w, wv8.w, fma(xv13.z, wv8.z, fma(xv13.y, wv8.y, fma(xv13.x, wv8.x, s13_8))));
        s13_9 = fma(xv13.w, wv9.w, fma(xv13.z, wv9.z, fma(xv13.y, wv9.y, fma(xv13.x, wv9.x, s13_9))));
        s13_10 = fma(xv13.w, wv10.w, fma(xv13.z, wv10.z, fma(xv13.y, wv10.y, fma(xv13.x, wv10.x, s13_10))));
        s13_11 = fma(xv13.w, wv11.w, fma(xv13.z, wv11.z, fma(xv13.y, wv11.y, fma(xv13.x, wv11.x, s13_11))));
        s13_12 = fma(xv13.w, wv12.w, fma(xv13.z, wv12.z, fma(xv13.y, wv12.y, fma(xv13.x, wv12.x, s13_12))));
        s13_13 = fma(xv13.w, wv13.w, fma(xv13.z, wv13.z, fma(xv13.y, wv13.y, fma(xv13.x, wv13.x, s13_13))));
        s13_14 = fma(xv13.w, wv14.w, fma(xv13.z, wv14.z, fma(xv13.y, wv14.y, fma(xv13.x, wv14.x, s13_14))));
        s13_15 = fma(xv13.w, wv15.w, fma(xv13.z, wv15.z, fma(xv13.y, wv15.y, fma(xv13.x, wv15.x, s13_15))));
        s13_16 = fma(xv13.w, wv16.w, fma(xv13.z, wv16.z, fma(xv13.y, wv16.y, fma(xv13.x, wv16.x, s13_16))));
        s13_17 = fma(xv13.w, wv17.w, fma(xv13.z, wv17.z, fma(xv13.y, wv17.y, fma(xv13.x, wv17.x, s13_17))));
        s13_18 = fma(xv13.w, wv18.w, fma(xv13.z, wv18.z, fma(xv13.y, wv18.y, fma(xv13.x, wv18.x, s13_18))));
        s13_19 = fma(xv13.w, wv19.w, fma(xv13.z, wv19.z, fma(xv13.y, wv19.y, fma(xv13.x, wv19.x, s13_19))));
        s13_20 = fma(xv13.w, wv20.w, fma(xv13.z, wv20.z, fma(xv13.y, wv20.y, fma(xv13.x, wv20.x, s13_20))));
        s13_21 = fma(xv13.w, wv21.w, fma(xv13.z, wv21.z, fma(xv13.y, wv21.y, fma(xv13.x, wv21.x, s13_21))));
        s13_22 = fma(xv13.w, wv22.w, fma(xv13.z, wv22.z, fma(xv13.y, wv22.y, fma(xv13.x, wv22.x, s13_22))));
        s13_23 = fma(xv13.w, wv23.w, fma(xv13.z, wv23.z, fma(xv13.y, wv23.y, fma(xv13.x, wv23.x, s13_23))));
        let xv14 = subgroupBroadcast(xvg1, 6u);
        s14_0 = fma(xv14.w, wv0.w, fma(xv14.z, wv0.z, fma(xv14.y, wv0.y, fma(xv14.x, wv0.x, s14_0))));
        s14_1 = fma(xv14.w, wv1.w, fma(xv14.z, wv1.z, fma(xv14.y, wv1.y, fma(xv14.x, wv1.x, s14_1))));
        s14_2 = fma(xv14.w, wv2.w, fma(xv14.z, wv2.z, fma(xv14.y, wv2.y, fma(xv14.x, wv2.x, s14_2))));
        s14_3 = fma(xv14.w, wv3.w, fma(xv14.z, wv3.z, fma(xv14.y, wv3.y, fma(xv14.x, wv3.x, s14_3))));
        s14_4 = fma(xv14.w, wv4.w, fma(xv14.z, wv4.z, fma(xv14.y, wv4.y, fma(xv14.x, wv4.x, s14_4))));
        s14_5 = fma(xv14.w, wv5.w, fma(xv14.z, wv5.z, fma(xv14.y, wv5.y, fma(xv14.x, wv5.x, s14_5))));
        s14_6 = fma(xv14.w, wv6.w, fma(xv14.z, wv6.z, fma(xv14.y, wv6.y, fma(xv14.x, wv6.x, s14_6))));
        s14_7 = fma(xv14.w, wv7.w, fma(xv14.z, wv7.z, fma(xv14.y, wv7.y, fma(xv14.x, wv7.x, s14_7))));
        s14_8 = fma(xv14.w, wv8.w, fma(xv14.z, wv8.z, fma(xv14.y, wv8.y, fma(xv14.x, wv8.x, s14_8))));
        s14_9 = fma(xv14.w, wv9.w, fma(xv14.z, wv9.z, fma(xv14.y, wv9.y, fma(xv14.x, wv9.x, s14_9))));
        s14_10 = fma(xv14.w, wv10.w, fma(xv14.z, wv10.z, fma(xv14.y, wv10.y, fma(xv14.x, wv10.x, s14_10))));
        s14_11 = fma(xv14.w, wv11.w, fma(xv14.z, wv11.z, fma(xv14.y, wv11.y, fma(xv14.x, wv11.x, s14_11))));
        s14_12 = fma(xv14.w, wv12.w, fma(xv14.z, wv12.z, fma(xv14.y, wv12.y, fma(xv14.x, wv12.x, s14_12))));
        s14_13 = fma(xv14.w, wv13.w, fma(xv14.z, wv13.z, fma(xv14.y, wv13.y, fma(xv14.x, wv13.x, s14_13))));
        s14_14 = fma(xv14.w, wv14.w, fma(xv14.z, wv14.z, fma(xv14.y, wv14.y, fma(xv14.x, wv14.x, s14_14))));
        s14_15 = fma(xv14.w, wv15.w, fma(xv14.z, wv15.z, fma(xv14.y, wv15.y, fma(xv14.x, wv15.x, s14_15))));
        s14_16 = fma(xv14.w, wv16.w, fma(xv14.z, wv16.z, fma(xv14.y, wv16.y, fma(xv14.x, wv16.x, s14_16))));
        s14_17 = fma(xv14.w, wv17.w, fma(xv14.z, wv17.z, fma(xv14.y, wv17.y, fma(xv14.x, wv17.x, s14_17))));
        s14_18 = fma(xv14.w, wv18.w, fma(xv14.z, wv18.z, fma(xv14.y, wv18.y, fma(xv14.x, wv18.x, s14_18))));
        s14_19 = fma(xv14.w, wv19.w, fma(xv14.z, wv19.z, fma(xv14.y, wv19.y, fma(xv14.x, wv19.x, s14_19))));
        s14_20 = fma(xv14.w, wv20.w, fma(xv14.z, wv20.z, fma(xv14.y, wv20.y, fma(xv14.x, wv20.x, s14_20))));
        s14_21 = fma(xv14.w, wv21.w, fma(xv14.z, wv21.z, fma(xv14.y, wv21.y, fma(xv14.x, wv21.x, s14_21))));
        s14_22 = fma(xv14.w, wv22.w, fma(xv14.z, wv22.z, fma(xv14.y, wv22.y, fma(xv14.x, wv22.x, s14_22))));
        s14_23 = fma(xv14.w, wv23.w, fma(xv14.z, wv23.z, fma(xv14.y, wv23.y, fma(xv14.x, wv23.x, s14_23))));
        let xv15 = subgroupBroadcast(xvg1, 7u);
        s15_0 = fma(xv15.w, wv0.w, fma(xv15.z, wv0.z, fma(xv15.y, wv0.y, fma(xv15.x, wv0.x, s15_0))));
        s15_1 = fma(xv15.w, wv1.w, fma(xv15.z, wv1.z, fma(xv15.y, wv1.y, fma(xv15.x, wv1.x, s15_1))));
        s15_2 = fma(xv15.w, wv2.w, fma(xv15.z, wv2.z, fma(xv15.y, wv2.y, fma(xv15.x, wv2.x, s15_2))));
        s15_3 = fma(xv15.w, wv3.w, fma(xv15.z, wv3.z, fma(xv15.y, wv3.y, fma(xv15.x, wv3.x, s15_3))));
        s15_4 = fma(xv15.w, wv4.w, fma(xv15.z, wv4.z, fma(xv15.y, wv4.y, fma(xv15.x, wv4.x, s15_4))));
        s15_5 = fma(xv15.w, wv5.w, fma(xv15.z, wv5.z, fma(xv15.y, wv5.y, fma(xv15.x, wv5.x, s15_5))));
        s15_6 = fma(xv15.w, wv6.w, fma(xv15.z, wv6.z, fma(xv15.y, wv6.y, fma(xv15.x, wv6.x, s15_6))));
        s15_7 = fma(xv15.w, wv7.w, fma(xv15.z, wv7.z, fma(xv15.y, wv7.y, fma(xv15.x, wv7.x, s15_7))));
        s15_8 = fma(xv15.w, wv8.w, fma(xv15.z, wv8.z, fma(xv15.y, wv8.y, fma(xv15.x, wv8.x, s15_8))));
        s15_9 = fma(xv15.w, wv9.w, fma(xv15.z, wv9.z, fma(xv15.y, wv9.y, fma(xv15.x, wv9.x, s15_9))));
        s15_10 = fma(xv15.w, wv10.w, fma(xv15.z, wv10.z, fma(xv15.y, wv10.y, fma(xv15.x, wv10.x, s15_10))));
        s15_11 = fma(xv15.w, wv11.w, fma(xv15.z, wv11.z, fma(xv15.y, wv11.y, fma(xv15.x, wv11.x, s15_11))));
        s15_12 = fma(xv15.w, wv12.w, fma(xv15.z, wv12.z, fma(xv15.y, wv12.y, fma(xv15.x, wv12.x, s15_12))));
        s15_13 = fma(xv15.w, wv13.w, fma(xv15.z, wv13.z, fma(xv15.y, wv13.y, fma(xv15.x, wv13.x, s15_13))));
        s15_14 = fma(xv15.w, wv14.w, fma(xv15.z, wv14.z, fma(xv15.y, wv14.y, fma(xv15.x, wv14.x, s15_14))));
        s15_15 = fma(xv15.w, wv15.w, fma(xv15.z, wv15.z, fma(xv15.y, wv15.y, fma(xv15.x, wv15.x, s15_15))));
        s15_16 = fma(xv15.w, wv16.w, fma(xv15.z, wv16.z, fma(xv15.y, wv16.y, fma(xv15.x, wv16.x, s15_16))));
        s15_17 = fma(xv15.w, wv17.w, fma(xv15.z, wv17.z, fma(xv15.y, wv17.y, fma(xv15.x, wv17.x, s15_17))));
        s15_18 = fma(xv15.w, wv18.w, fma(xv15.z, wv18.z, fma(xv15.y, wv18.y, fma(xv15.x, wv18.x, s15_18))));
        s15_19 = fma(xv15.w, wv19.w, fma(xv15.z, wv19.z, fma(xv15.y, wv19.y, fma(xv15.x, wv19.x, s15_19))));
        s15_20 = fma(xv15.w, wv20.w, fma(xv15.z, wv20.z, fma(xv15.y, wv20.y, fma(xv15.x, wv20.x, s15_20))));
        s15_21 = fma(xv15.w, wv21.w, fma(xv15.z, wv21.z, fma(xv15.y, wv21.y, fma(xv15.x, wv21.x, s15_21))));
        s15_22 = fma(xv15.w, wv22.w, fma(xv15.z, wv22.z, fma(xv15.y, wv22.y, fma(xv15.x, wv22.x, s15_22))));
        s15_23 = fma(xv15.w, wv23.w, fma(xv15.z, wv23.z, fma(xv15.y, wv23.y, fma(xv15.x, wv23.x, s15_23))));
        let xvg2 = a4[xl2 + k];
        let xv16 = subgroupBroadcast(xvg2, 0u);
        s16_0 = fma(xv16.w, wv0.w, fma(xv16.z, wv0.z, fma(xv16.y, wv0.y, fma(xv16.x, wv0.x, s16_0))));
        s16_1 = fma(xv16.w, wv1.w, fma(xv16.z, wv1.z, fma(xv16.y, wv1.y, fma(xv16.x, wv1.x, s16_1))));
        s16_2 = fma(xv16.w, wv2.w, fma(xv16.z, wv2.z, fma(xv16.y, wv2.y, fma(xv16.x, wv2.x, s16_2))));
        s16_3 = fma(xv16.w, wv3.w, fma(xv16.z, wv3.z, fma(xv16.y, wv3.y, fma(xv16.x, wv3.x, s16_3))));
        s16_4 = fma(xv16.w, wv4.w, fma(xv16.z, wv4.z, fma(xv16.y, wv4.y, fma(xv16.x, wv4.x, s16_4))));
        s16_5 = fma(xv16.w, wv5.w, fma(xv16.z, wv5.z, fma(xv16.y, wv5.y, fma(xv16.x, wv5.x, s16_5))));
        s16_6 = fma(xv16.w, wv6.w, fma(xv16.z, wv6.z, fma(xv16.y, wv6.y, fma(xv16.x, wv6.x, s16_6))));
        s16_7 = fma(xv16.w, wv7.w, fma(xv16.z, wv7.z, fma(xv16.y, wv7.y, fma(xv16.x, wv7.x, s16_7))));
        s16_8 = fma(xv16.w, wv8.w, fma(xv16.z, wv8.z, fma(xv16.y, wv8.y, fma(xv16.x, wv8.x, s16_8))));
        s16_9 = fma(xv16.w, wv9.w, fma(xv16.z, wv9.z, fma(xv16.y, wv9.y, fma(xv16.x, wv9.x, s16_9))));
        s16_10 = fma(xv16.w, wv10.w, fma(xv16.z, wv10.z, fma(xv16.y, wv10.y, fma(xv16.x, wv10.x, s16_10))));
        s16_11 = fma(xv16.w, wv11.w, fma(xv16.z, wv11.z, fma(xv16.y, wv11.y, fma(xv16.x, wv11.x, s16_11))));
        s16_12 = fma(xv16.w, wv12.w, fma(xv16.z, wv12.z, fma(xv16.y, wv12.y, fma(xv16.x, wv12.x, s16_12))));
        s16_13 = fma(xv16.w, wv13.w, fma(xv16.z, wv13.z, fma(xv16.y, wv13.y, fma(xv16.x, wv13.x, s16_13))));
        s16_14 = fma(xv16.w, wv14.w, fma(xv16.z, wv14.z, fma(xv16.y, wv14.y, fma(xv16.x, wv14.x, s16_14))));
        s16_15 = fma(xv16.w, wv15.w, fma(xv16.z, wv15.z, fma(xv16.y, wv15.y, fma(xv16.x, wv15.x, s16_15))));
        s16_16 = fma(xv16.w, wv16.w, fma(xv16.z, wv16.z, fma(xv16.y, wv16.y, fma(xv16.x, wv16.x, s16_16))));
        s16_17 = fma(xv16.w, wv17.w, fma(xv16.z, wv17.z, fma(xv16.y, wv17.y, fma(xv16.x, wv17.x, s16_17))));
        s16_18 = fma(xv16.w, wv18.w, fma(xv16.z, wv18.z, fma(xv16.y, wv18.y, fma(xv16.x, wv18.x, s16_18))));
        s16_19 = fma(xv16.w, wv19.w, fma(xv16.z, wv19.z, fma(xv16.y, wv19.y, fma(xv16.x, wv19.x, s16_19))));
        s16_20 = fma(xv16.w, wv20.w, fma(xv16.z, wv20.z, fma(xv16.y, wv20.y, fma(xv16.x, wv20.x, s16_20))));
        s16_21 = fma(xv16.w, wv21.w, fma(xv16.z, wv21.z, fma(xv16.y, wv21.y, fma(xv16.x, wv21.x, s16_21))));
        s16_22 = fma(xv16.w, wv22.w, fma(xv16.z, wv22.z, fma(xv16.y, wv22.y, fma(xv16.x, wv22.x, s16_22))));
        s16_23 = fma(xv16.w, wv23.w, fma(xv16.z, wv23.z, fma(xv16.y, wv23.y, fma(xv16.x, wv23.x, s16_23))));
        let xv17 = subgroupBroadcast(xvg2, 1u);
        s17_0 = fma(xv17.w, wv0.w, fma(xv17.z, wv0.z, fma(xv17.y, wv0.y, fma(xv17.x, wv0.x, s17_0))));
        s17_1 = fma(xv17.w, wv1.w, fma(xv17.z, wv1.z, fma(xv17.y, wv1.y, fma(xv17.x, wv1.x, s17_1))));
        s17_2 = fma(xv17.w, wv2.w, fma(xv17.z, wv2.z, fma(xv17.y, wv2.y, fma(xv17.x, wv2.x, s17_2))));
        s17_3 = fma(xv17.w, wv3.w, fma(xv17.z, wv3.z, fma(xv17.y, wv3.y, fma(xv17.x, wv3.x, s17_3))));
        s17_4 = fma(xv17.w, wv4.w, fma(xv17.z, wv4.z, fma(xv17.y, wv4.y, fma(xv17.x, wv4.x, s17_4))));
        s17_5 = fma(xv17.w, wv5.w, fma(xv17.z, wv5.z, fma(xv17.y, wv5.y, fma(xv17.x, wv5.x, s17_5))));
        s17_6 = fma(xv17.w, wv6.w, fma(xv17.z, wv6.z, fma(xv17.y, wv6.y, fma(xv17.x, wv6.x, s17_6))));
        s17_7 = fma(xv17.w, wv7.w, fma(xv17.z, wv7.z, fma(xv17.y, wv7.y, fma(xv17.x, wv7.x, s17_7))));
        s17_8 = fma(xv17.w, wv8.w, fma(xv17.z, wv8.z, fma(xv17.y, wv8.y, fma(xv17.x, wv8.x, s17_8))));
        s17_9 = fma(xv17.w, wv9.w, fma(xv17.z, wv9.z, fma(xv17.y, wv9.y, fma(xv17.x, wv9.x, s17_9))));
        s17_10 = fma(xv17.w, wv10.w, fma(xv17.z, wv10.z, fma(xv17.y, wv10.y, fma(xv17.x, wv10.x, s17_10))));
        s17_11 = fma(xv17.w, wv11.w, fma(xv17.z, wv11.z, fma(xv17.y, wv11.y, fma(xv17.x, wv11.x, s17_11))));
        s17_12 = fma(xv17.w, wv12.w, fma(xv17.z, wv12.z, fma(xv17.y, wv12.y, fma(xv17.x, wv12.x, s17_12))));
        s17_13 = fma(xv17.w, wv13.w, fma(xv17.z, wv13.z, fma(xv17.y, wv13.y, fma(xv17.x, wv13.x, s17_13))));
        s17_14 = fma(xv17.w, wv14.w, fma(xv17.z, wv14.z, fma(xv17.y, wv14.y, fma(xv17.x, wv14.x, s17_14))));
        s17_15 = fma(xv17.w, wv15.w, fma(xv17.z, wv15.z, fma(xv17.y, wv15.y, fma(xv17.x, wv15.x, s17_15))));
        s17_16 = fma(xv17.w, wv16.w, fma(xv17.z, wv16.z, fma(xv17.y, wv16.y, fma(xv17.x, wv16.x, s17_16))));
        s17_17 = fma(xv17.w, wv17.w, fma(xv17.z, wv17.z, fma(xv17.y, wv17.y, fma(xv17.x, wv17.x, s17_17))));
        s17_18 = fma(xv17.w, wv18.w, fma(xv17.z, wv18.z, fma(xv17.y, wv18.y, fma(xv17.x, wv18.x, s17_18))));
        s17_19 = fma(xv17.w, wv19.w, fma(xv17.z, wv19.z, fma(xv17.y, wv19.y, fma(xv17.x, wv19.x, s17_19))));
        s17_20 = fma(xv17.w, wv20.w, fma(xv17.z, wv20.z, fma(xv17.y, wv20.y, fma(xv17.x, wv20.x, s17_20))));
        s17_21 = fma(xv17.w, wv21.w, fma(xv17.z, wv21.z, fma(xv17.y, wv21.y, fma(xv17.x, wv21.x, s17_21))));
        s17_22 = fma(xv17.w, wv22.w, fma(xv17.z, wv22.z, fma(xv17.y, wv22.y, fma(xv17.x, wv22.x, s17_22))));
        s17_23 = fma(xv17.w, wv23.w, fma(xv17.z, wv23.z, fma(xv17.y, wv23.y, fma(xv17.x, wv23.x, s17_23))));
        let xv18 = subgroupBroadcast(xvg2, 2u);
        s18_0 = fma(xv18.w, wv0.w, fma(xv18.z, wv0.z, fma(xv18.y, wv0.y, fma(xv18.x, wv0.x, s18_0))));
        s18_1 = fma(xv18.w, wv1.w, fma(xv18.z, wv1.z, fma(xv18.y, wv1.y, fma(xv18.x, wv1.x, s18_1))));
        s18_2 = fma(xv18.w, wv2.w, fma(xv18.z, wv2.z, fma(xv18.y, wv2.y, fma(xv18.x, wv2.x, s18_2))));
        s18_3 = fma(xv18.w, wv3.w, fma(xv18.z, wv3.z, fma(xv18.y, wv3.y, fma(xv18.x, wv3.x, s18_3))));
        s18_4 = fma(xv18.w, wv4.w, fma(xv18.z, wv4.z, fma(xv18.y, wv4.y, fma(xv18.x, wv4.x, s18_4))));
        s18_5 = fma(xv18.w, wv5.w, fma(xv18.z, wv5.z, fma(xv18.y, wv5.y, fma(xv18.x, wv5.x, s18_5))));
        s18_6 = fma(xv18.w, wv6.w, fma(xv18.z, wv6.z, fma(xv18.y, wv6.y, fma(xv18.x, wv6.x, s18_6))));
        s18_7 = fma(xv18.w, wv7.w, fma(xv18.z, wv7.z, fma(xv18.y, wv7.y, fma(xv18.x, wv7.x, s18_7))));
        s18_8 = fma(xv18.w, wv8.w, fma(xv18.z, wv8.z, fma(xv18.y, wv8.y, fma(xv18.x, wv8.x, s18_8))));
        s18_9 = fma(xv18.w, wv9.w, fma(xv18.z, wv9.z, fma(xv18.y, wv9.y, fma(xv18.x, wv9.x, s18_9))));
        s18_10 = fma(xv18.w, wv10.w, fma(xv18.z, wv10.z, fma(xv18.y, wv10.y, fma(xv18.x, wv10.x, s18_10))));
        s18_11 = fma(xv18.w, wv11.w, fma(xv18.z, wv11.z, fma(xv18.y, wv11.y, fma(xv18.x, wv11.x, s18_11))));
        s18_12 = fma(xv18.w, wv12.w, fma(xv18.z, wv12.z, fma(xv18.y, wv12.y, fma(xv18.x, wv12.x, s18_12))));
        s18_13 = fma(xv18.w, wv13.w, fma(xv18.z, wv13.z, fma(xv18.y, wv13.y, fma(xv18.x, wv13.x, s18_13))));
        s18_14 = fma(xv18.w, wv14.w, fma(xv18.z, wv14.z, fma(xv18.y, wv14.y, fma(xv18.x, wv14.x, s18_14))));
        s18_15 = fma(xv18.w, wv15.w, fma(xv18.z, wv15.z, fma(xv18.y, wv15.y, fma(xv18.x, wv15.x, s18_15))));
        s18_16 = fma(xv18.w, wv16.w, fma(xv18.z, wv16.z, fma(xv18.y, wv16.y, fma(xv18.x, wv16.x, s18_16))));
        s18_17 = fma(xv18.w, wv17.w, fma(xv18.z, wv17.z, fma(xv18.y, wv17.y, fma(xv18.x, wv17.x, s18_17))));
        s18_18 = fma(xv18.w, wv18.w, fma(xv18.z, wv18.z, fma(xv18.y, wv18.y, fma(xv18.x, wv18.x, s18_18))));
        s18_19 = fma(xv18.w, wv19.w, fma(xv18.z, wv19.z, fma(xv18.y, wv19.y, fma(xv18.x, wv19.x, s18_19))));
        s18_20 = fma(xv18.w, wv20.w, fma(xv18.z, wv20.z, fma(xv18.y, wv20.y, fma(xv18.x, wv20.x, s18_20))));
        s18_21 = fma(xv18.w, wv21.w, fma(xv18.z, wv21.z, fma(xv18.y, wv21.y, fma(xv18.x, wv21.x, s18_21))));
        s18_22 = fma(xv18.w, wv22.w, fma(xv18.z, wv22.z, fma(xv18.y, wv22.y, fma(xv18.x, wv22.x, s18_22))));
        s18_23 = fma(xv18.w, wv23.w, fma(xv18.z, wv23.z, fma(xv18.y, wv23.y, fma(xv18.x, wv23.x, s18_23))));
        let xv19 = subgroupBroadcast(xvg2, 3u);
        s19_0 = fma(xv19.w, wv0.w, fma(xv19.z, wv0.z, fma(xv19.y, wv0.y, fma(xv19.x, wv0.x, s19_0))));
        s19_1 = fma(xv19.w, wv1.w, fma(xv19.z, wv1.z, fma(xv19.y, wv1.y, fma(xv19.x, wv1.x, s19_1))));
        s19_2 = fma(xv19.w, wv2.w, fma(xv19.z, wv2.z, fma(xv19.y, wv2.y, fma(xv19.x, wv2.x, s19_2))));
        s19_3 = fma(xv19.w, wv3.w, fma(xv19.z, wv3.z, fma(xv19.y, wv3.y, fma(xv19.x, wv3.x, s19_3))));
        s19_4 = fma(xv19.w, wv4.w, fma(xv19.z, wv4.z, fma(xv19.y, wv4.y, fma(xv19.x, wv4.x, s19_4))));
        s19_5 = fma(xv19.w, wv5.w, fma(xv19.z, wv5.z, fma(xv19.y, wv5.y, fma(xv19.x, wv5.x, s19_5))));
        s19_6 = fma(xv19.w, wv6.w, fma(xv19.z, wv6.z, fma(xv19.y, wv6.y, fma(xv19.x, wv6.x, s19_6))));
        s19_7 = fma(xv19.w, wv7.w, fma(xv19.z, wv7.z, fma(xv19.y, wv7.y, fma(xv19.x, wv7.x, s19_7))));
        s19_8 = fma(xv19.w, wv8.w, fma(xv19.z, wv8.z, fma(xv19.y, wv8.y, fma(xv19.x, wv8.x, s19_8))));
        s19_9 = fma(xv19.w, wv9.w, fma(xv19.z, wv9.z, fma(xv19.y, wv9.y, fma(xv19.x, wv9.x, s19_9))));
        s19_10 = fma(xv19.w, wv10.w, fma(xv19.z, wv10.z, fma(xv19.y, wv10.y, fma(xv19.x, wv10.x, s19_10))));
        s19_11 = fma(xv19.w, wv11.w, fma(xv19.z, wv11.z, fma(xv19.y, wv11.y, fma(xv19.x, wv11.x, s19_11))));
        s19_12 = fma(xv19.w, wv12.w, fma(xv19.z, wv12.z, fma(xv19.y, wv12.y, fma(xv19.x, wv12.x, s19_12))));
        s19_13 = fma(xv19.w, wv13.w, fma(xv19.z, wv13.z, fma(xv19.y, wv13.y, fma(xv19.x, wv13.x, s19_13))));
        s19_14 = fma(xv19.w, wv14.w, fma(xv19.z, wv14.z, fma(xv19.y, wv14.y, fma(xv19.x, wv14.x, s19_14))));
        s19_15 = fma(xv19.w, wv15.w, fma(xv19.z, wv15.z, fma(xv19.y, wv15.y, fma(xv19.x, wv15.x, s19_15))));
        s19_16 = fma(xv19.w, wv16.w, fma(xv19.z, wv16.z, fma(xv19.y, wv16.y, fma(xv19.x, wv16.x, s19_16))));
        s19_17 = fma(xv19.w, wv17.w, fma(xv19.z, wv17.z, fma(xv19.y, wv17.y, fma(xv19.x, wv17.x, s19_17))));
        s19_18 = fma(xv19.w, wv18.w, fma(xv19.z, wv18.z, fma(xv19.y, wv18.y, fma(xv19.x, wv18.x, s19_18))));
        s19_19 = fma(xv19.w, wv19.w, fma(xv19.z, wv19.z, fma(xv19.y, wv19.y, fma(xv19.x, wv19.x, s19_19))));
        s19_20 = fma(xv19.w, wv20.w, fma(xv19.z, wv20.z, fma(xv19.y, wv20.y, fma(xv19.x, wv20.x, s19_20))));
        s19_21 = fma(xv19.w, wv21.w, fma(xv19.z, wv21.z, fma(xv19.y, wv21.y, fma(xv19.x, wv21.x, s19_21))));
        s19_22 = fma(xv19.w, wv22.w, fma(xv19.z, wv22.z, fma(xv19.y, wv22.y, fma(xv19.x, wv22.x, s19_22))));
        s19_23 = fma(xv19.w, wv23.w, fma(xv19.z, wv23.z, fma(xv19.y, wv23.y, fma(xv19.x, wv23.x, s19_23))));
        let xv20 = subgroupBroadcast(xvg2, 4u);
        s20_0 = fma(xv20.w, wv0.w, fma(xv20.z, wv0.z, fma(xv20.y, wv0.y, fma(xv20.x, wv0.x, s20_0))));
        s20_1 = fma(xv20.w, wv1.w, fma(xv20.z, wv1.z, fma(xv20.y, wv1.y, fma(xv20.x, wv1.x, s20_1))));
        s20_2 = fma(xv20.w, wv2.w, fma(xv20.z, wv2.z, fma(xv20.y, wv2.y, fma(xv20.x, wv2.x, s20_2))));
        s20_3 = fma(xv20.w, wv3.w, fma(xv20.z, wv3.z, fma(xv20.y, wv3.y, fma(xv20.x, wv3.x, s20_3))));
        s20_4 = fma(xv20.w, wv4.w, fma(xv20.z, wv4.z, fma(xv20.y, wv4.y, fma(xv20.x, wv4.x, s20_4))));
        s20_5 = fma(xv20.w, wv5.w, fma(xv20.z, wv5.z, fma(xv20.y, wv5.y, fma(xv20.x, wv5.x, s20_5))));
        s20_6 = fma(xv20.w, wv6.w, fma(xv20.z, wv6.z, fma(xv20.y, wv6.y, fma(xv20.x, wv6.x, s20_6))));
        s20_7 = fma(xv20.w, wv7.w, fma(xv20.z, wv7.z, fma(xv20.y, wv7.y, fma(xv20.x, wv7.x, s20_7))));
        s20_8 = fma(xv20.w, wv8.w, fma(xv20.z, wv8.z, fma(xv20.y, wv8.y, fma(xv20.x, wv8.x, s20_8))));
        s20_9 = fma(xv20.w, wv9.w, fma(xv20.z, wv9.z, fma(xv20.y, wv9.y, fma(xv20.x, wv9.x, s20_9))));
        s20_10 = fma(xv20.w, wv10.w, fma(xv20.z, wv10.z, fma(xv20.y, wv10.y, fma(xv20.x, wv10.x, s20_10))));
        s20_11 = fma(xv20.w, wv11.w, fma(xv20.z, wv11.z, fma(xv20.y, wv11.y, fma(xv20.x, wv11.x, s20_11))));
        s20_12 = fma(xv20.w, wv12.w, fma(xv20.z, wv12.z, fma(xv20.y, wv12.y, fma(xv20.x, wv12.x, s20_12))));
        s20_13 = fma(xv20.w, wv13.w, fma(xv20.z, wv13.z, fma(xv20.y, wv13.y, fma(xv20.x, wv13.x, s20_13))));
        s20_14 = fma(xv20.w, wv14.w, fma(xv20.z, wv14.z, fma(xv20.y, wv14.y, fma(xv20.x, wv14.x, s20_14))));
        s20_15 = fma(xv20.w, wv15.w, fma(xv20.z, wv15.z, fma(xv20.y, wv15.y, fma(xv20.x, wv15.x, s20_15))));
        s20_16 = fma(xv20.w, wv16.w, fma(xv20.z, wv16.z, fma(xv20.y, wv16.y, fma(xv20.x, wv16.x, s20_16))));
        s20_17 = fma(xv20.w, wv17.w, fma(xv20.z, wv17.z, fma(xv20.y, wv17.y, fma(xv20.x, wv17.x, s20_17))));
        s20_18 = fma(xv20.w, wv18.w, fma(xv20.z, wv18.z, fma(xv20.y, wv18.y, fma(xv20.x, wv18.x, s20_18))));
        s20_19 = fma(xv20.w, wv19.w, fma(xv20.z, wv19.z, fma(xv20.y, wv19.y, fma(xv20.x, wv19.x, s20_19))));
        s20_20 = fma(xv20.w, wv20.w, fma(xv20.z, wv20.z, fma(xv20.y, wv20.y, fma(xv20.x, wv20.x, s20_20))));
        s20_21 = fma(xv20.w, wv21.w, fma(xv20.z, wv21.z, fma(xv20.y, wv21.y, fma(xv20.x, wv21.x, s20_21))));
        s20_22 = fma(xv20.w, wv22.w, fma(xv20.z, wv22.z, fma(xv20.y, wv22.y, fma(xv20.x, wv22.x, s20_22))));
        s20_23 = fma(xv20.w, wv23.w, fma(xv20.z, wv23.z, fma(xv20.y, wv23.y, fma(xv20.x, wv23.x, s20_23))));
        let xv21 = subgroupBroadcast(xvg2, 5u);
        s21_0 = fma(xv21.w, wv0.w, fma(xv21.z, wv0.z, fma(xv21.y, wv0.y, fma(xv21.x, wv0.x, s21_0))));
        s21_1 = fma(xv21.w, wv1.w, fma(xv21.z, wv1.z, fma(xv21.y, wv1.y, fma(xv21.x, wv1.x, s21_1))));
        s21_2 = fma(xv21.w, wv2.w, fma(xv21.z, wv2.z, fma(xv21.y, wv2.y, fma(xv21.x, wv2.x, s21_2))));
        s21_3 = fma(xv21.w, wv3.w, fma(xv21.z, wv3.z, fma(xv21.y, wv3.y, fma(xv21.x, wv3.x, s21_3))));
        s21_4 = fma(xv21.w, wv4.w, fma(xv21.z, wv4.z, fma(xv21.y, wv4.y, fma(xv21.x, wv4.x, s21_4))));
        s21_5 = fma(xv21.w, wv5.w, fma(xv21.z, wv5.z, fma(xv21.y, wv5.y, fma(xv21.x, wv5.x, s21_5))));
        s21_6 = fma(xv21.w, wv6.w, fma(xv21.z, wv6.z, fma(xv21.y, wv6.y, fma(xv21.x, wv6.x, s21_6))));
        s21_7 = fma(xv21.w, wv7.w, fma(xv21.z, wv7.z, fma(xv21.y, wv7.y, fma(xv21.x, wv7.x, s21_7))));
        s21_8 = fma(xv21.w, wv8.w, fma(xv21.z, wv8.z, fma(xv21.y, wv8.y, fma(xv21.x, wv8.x, s21_8))));
        s21_9 = fma(xv21.w, wv9.w, fma(xv21.z, wv9.z, fma(xv21.y, wv9.y, fma(xv21.x, wv9.x, s21_9))));
        s21_10 = fma(xv21.w, wv10.w, fma(xv21.z, wv10.z, fma(xv21.y, wv10.y, fma(xv21.x, wv10.x, s21_10))));
        s21_11 = fma(xv21.w, wv11.w, fma(xv21.z, wv11.z, fma(xv21.y, wv11.y, fma(xv21.x, wv11.x, s21_11))));
        s21_12 = fma(xv21.w, wv12.w, fma(xv21.z, wv12.z, fma(xv21.y, wv12.y, fma(xv21.x, wv12.x, s21_12))));
        s21_13 = fma(xv21.w, wv13.w, fma(xv21.z, wv13.z, fma(xv21.y, wv13.y, fma(xv21.x, wv13.x, s21_13))));
        s21_14 = fma(xv21.w, wv14.w, fma(xv21.z, wv14.z, fma(xv21.y, wv14.y, fma(xv21.x, wv14.x, s21_14))));
        s21_15 = fma(xv21.w, wv15.w, fma(xv21.z, wv15.z, fma(xv21.y, wv15.y, fma(xv21.x, wv15.x, s21_15))));
        s21_16 = fma(xv21.w, wv16.w, fma(xv21.z, wv16.z, fma(xv21.y, wv16.y, fma(xv21.x, wv16.x, s21_16))));
        s21_17 = fma(xv21.w, wv17.w, fma(xv21.z, wv17.z, fma(xv21.y, wv17.y, fma(xv21.x, wv17.x, s21_17))));
        s21_18 = fma(xv21.w, wv18.w, fma(xv21.z, wv18.z, fma(xv21.y, wv18.y, fma(xv21.x, wv18.x, s21_18))));
        s21_19 = fma(xv21.w, wv19.w, fma(xv21.z, wv19.z, fma(xv21.y, wv19.y, fma(xv21.x, wv19.x, s21_19))));
        s21_20 = fma(xv21.w, wv20.w, fma(xv21.z, wv20.z, fma(xv21.y, wv20.y, fma(xv21.x, wv20.x, s21_20))));
        s21_21 = fma(xv21.w, wv21.w, fma(xv21.z, wv21.z, fma(xv21.y, wv21.y, fma(xv21.x, wv21.x, s21_21))));
        s21_22 = fma(xv21.w, wv22.w, fma(xv21.z, wv22.z, fma(xv21.y, wv22.y, fma(xv21.x, wv22.x, s21_22))));
        s21_23 = fma(xv21.w, wv23.w, fma(xv21.z, wv23.z, fma(xv21.y, wv23.y, fma(xv21.x, wv23.x, s21_23))));
        let xv22 = subgroupBroadcast(xvg2, 6u);
        s22_0 = fma(xv22.w, wv0.w, fma(xv22.z, wv0.z, fma(xv22.y, wv0.y, fma(xv22.x, wv0.x, s22_0))));
        s22_1 = fma(xv22.w, wv1.w, fma(xv22.z, wv1.z, fma(xv22.y, wv1.y, fma(xv22.x, wv1.x, s22_1))));
        s22_2 = fma(xv22.w, wv2.w, fma(xv22.z, wv2.z, fma(xv22.y, wv2.y, fma(xv22.x, wv2.x, s22_2))));
        s22_3 = fma(xv22.w, wv3.w, fma(xv22.z, wv3.z, fma(xv22.y, wv3.y, fma(xv22.x, wv3.x, s22_3))));
        s22_4 = fma(xv22.w, wv4.w, fma(xv22.z, wv4.z, fma(xv22.y, wv4.y, fma(xv22.x, wv4.x, s22_4))));
        s22_5 = fma(xv22.w, wv5.w, fma(xv22.z, wv5.z, fma(xv22.y, wv5.y, fma(xv22.x, wv5.x, s22_5))));
        s22_6 = fma(xv22.w, wv6.w, fma(xv22.z, wv6.z, fma(xv22.y, wv6.y, fma(xv22.x, wv6.x, s22_6))));
        s22_7 = fma(xv22.w, wv7.w, fma(xv22.z, wv7.z, fma(xv22.y, wv7.y, fma(xv22.x, wv7.x, s22_7))));
        s22_8 = fma(xv22.w, wv8.w, fma(xv22.z, wv8.z, fma(xv22.y, wv8.y, fma(xv22.x, wv8.x, s22_8))));
        s22_9 = fma(xv22.w, wv9.w, fma(xv22.z, wv9.z, fma(xv22.y, wv9.y, fma(xv22.x, wv9.x, s22_9))));
        s22_10 = fma(xv22.w, wv10.w, fma(xv22.z, wv10.z, fma(xv22.y, wv10.y, fma(xv22.x, wv10.x, s22_10))));
        s22_11 = fma(xv22.w, wv11.w, fma(xv22.z, wv11.z, fma(xv22.y, wv11.y, fma(xv22.x, wv11.x, s22_11))));
        s22_12 = fma(xv22.w, wv12.w, fma(xv22.z, wv12.z, fma(xv22.y, wv12.y, fma(xv22.x, wv12.x, s22_12))));
        s22_13 = fma(xv22.w, wv13.w, fma(xv22.z, wv13.z, fma(xv22.y, wv13.y, fma(xv22.x, wv13.x, s22_13))));
        s22_14 = fma(xv22.w, wv14.w, fma(xv22.z, wv14.z, fma(xv22.y, wv14.y, fma(xv22.x, wv14.x, s22_14))));
        s22_15 = fma(xv22.w, wv15.w, fma(xv22.z, wv15.z, fma(xv22.y, wv15.y, fma(xv22.x, wv15.x, s22_15))));
        s22_16 = fma(xv22.w, wv16.w, fma(xv22.z, wv16.z, fma(xv22.y, wv16.y, fma(xv22.x, wv16.x, s22_16))));
        s22_17 = fma(xv22.w, wv17.w, fma(xv22.z, wv17.z, fma(xv22.y, wv17.y, fma(xv22.x, wv17.x, s22_17))));
        s22_18 = fma(xv22.w, wv18.w, fma(xv22.z, wv18.z, fma(xv22.y, wv18.y, fma(xv22.x, wv18.x, s22_18))));
        s22_19 = fma(xv22.w, wv19.w, fma(xv22.z, wv19.z, fma(xv22.y, wv19.y, fma(xv22.x, wv19.x, s22_19))));
        s22_20 = fma(xv22.w, wv20.w, fma(xv22.z, wv20.z, fma(xv22.y, wv20.y, fma(xv22.x, wv20.x, s22_20))));
        s22_21 = fma(xv22.w, wv21.w, fma(xv22.z, wv21.z, fma(xv22.y, wv21.y, fma(xv22.x, wv21.x, s22_21))));
        s22_22 = fma(xv22.w, wv22.w, fma(xv22.z, wv22.z, fma(xv22.y, wv22.y, fma(xv22.x, wv22.x, s22_22))));
        s22_23 = fma(xv22.w, wv23.w, fma(xv22.z, wv23.z, fma(xv22.y, wv23.y, fma(xv22.x, wv23.x, s22_23))));
        let xv23 = subgroupBroadcast(xvg2, 7u);
        s23_0 = fma(xv23.w, wv0.w, fma(xv23.z, wv0.z, fma(xv23.y, wv0.y, fma(xv23.x, wv0.x, s23_0))));
        s23_1 = fma(xv23.w, wv1.w, fma(xv23.z, wv1.z, fma(xv23.y, wv1.y, fma(xv23.x, wv1.x, s23_1))));
        s23_2 = fma(xv23.w, wv2.w, fma(xv23.z, wv2.z, fma(xv23.y, wv2.y, fma(xv23.x, wv2.x, s23_2))));
        s23_3 = fma(xv23.w, wv3.w, fma(xv23.z, wv3.z, fma(xv23.y, wv3.y, fma(xv23.x, wv3.x, s23_3))));
        s23_4 = fma(xv23.w, wv4.w, fma(xv23.z, wv4.z, fma(xv23.y, wv4.y, fma(xv23.x, wv4.x, s23_4))));
        s23_5 = fma(xv23.w, wv5.w, fma(xv23.z, wv5.z, fma(xv23.y, wv5.y, fma(xv23.x, wv5.x, s23_5))));
        s23_6 = fma(xv23.w, wv6.w, fma(xv23.z, wv6.z, fma(xv23.y, wv6.y, fma(xv23.x, wv6.x, s23_6))));
        s23_7 = fma(xv23.w, wv7.w, fma(xv23.z, wv7.z, fma(xv23.y, wv7.y, fma(xv23.x, wv7.x, s23_7))));
        s23_8 = fma(xv23.w, wv8.w, fma(xv23.z, wv8.z, fma(xv23.y, wv8.y, fma(xv23.x, wv8.x, s23_8))));
        s23_9 = fma(xv23.w, wv9.w, fma(xv23.z, wv9.z, fma(xv23.y, wv9.y, fma(xv23.x, wv9.x, s23_9))));
        s23_10 = fma(xv23.w, wv10.w, fma(xv23.z, wv10.z, fma(xv23.y, wv10.y, fma(xv23.x, wv10.x, s23_10))));
        s23_11 = fma(xv23.w, wv11.w, fma(xv23.z, wv11.z, fma(xv23.y, wv11.y, fma(xv23.x, wv11.x, s23_11))));
        s23_12 = fma(xv23.w, wv12.w, fma(xv23.z, wv12.z, fma(xv23.y, wv12.y, fma(xv23.x, wv12.x, s23_12))));
        s23_13 = fma(xv23.w, wv13.w, fma(xv23.z, wv13.z, fma(xv23.y, wv13.y, fma(xv23.x, wv13.x, s23_13))));
        s23_14 = fma(xv23.w, wv14.w, fma(xv23.z, wv14.z, fma(xv23.y, wv14.y, fma(xv23.x, wv14.x, s23_14))));
        s23_15 = fma(xv23.w, wv15.w, fma(xv23.z, wv15.z, fma(xv23.y, wv15.y, fma(xv23.x, wv15.x, s23_15))));
        s23_16 = fma(xv23.w, wv16.w, fma(xv23.z, wv16.z, fma(xv23.y, wv16.y, fma(xv23.x, wv16.x, s23_16))));
        s23_17 = fma(xv23.w, wv17.w, fma(xv23.z, wv17.z, fma(xv23.y, wv17.y, fma(xv23.x, wv17.x, s23_17))));
        s23_18 = fma(xv23.w, wv18.w, fma(xv23.z, wv18.z, fma(xv23.y, wv18.y, fma(xv23.x, wv18.x, s23_18))));
        s23_19 = fma(xv23.w, wv19.w, fma(xv23.z, wv19.z, fma(xv23.y, wv19.y, fma(xv23.x, wv19.x, s23_19))));
        s23_20 = fma(xv23.w, wv20.w, fma(xv23.z, wv20.z, fma(xv23.y, wv20.y, fma(xv23.x, wv20.x, s23_20))));
        s23_21 = fma(xv23.w, wv21.w, fma(xv23.z, wv21.z, fma(xv23.y, wv21.y, fma(xv23.x, wv21.x, s23_21))));
        s23_22 = fma(xv23.w, wv22.w, fma(xv23.z, wv22.z, fma(xv23.y, wv22.y, fma(xv23.x, wv22.x, s23_22))));
        s23_23 = fma(xv23.w, wv23.w, fma(xv23.z, wv23.z, fma(xv23.y, wv23.y, fma(xv23.x, wv23.x, s23_23))));
        let xvg3 = a4[xl3 + k];
        let xv24 = subgroupBroadcast(xvg3, 0u);
        s24_0 = fma(xv24.w, wv0.w, fma(xv24.z, wv0.z, fma(xv24.y, wv0.y, fma(xv24.x, wv0.x, s24_0))));
        s24_1 = fma(xv24.w, wv1.w, fma(xv24.z, wv1.z, fma(xv24.y, wv1.y, fma(xv24.x, wv1.x, s24_1))));
        s24_2 = fma(xv24.w, wv2.w, fma(xv24.z, wv2.z, fma(xv24.y, wv2.y, fma(xv24.x, wv2.x, s24_2))));
        s24_3 = fma(xv24.w, wv3.w, fma(xv24.z, wv3.z, fma(xv24.y, wv3.y, fma(xv24.x, wv3.x, s24_3))));
        s24_4 = fma(xv24.w, wv4.w, fma(xv24.z, wv4.z, fma(xv24.y, wv4.y, fma(xv24.x, wv4.x, s24_4))));
        s24_5 = fma(xv24.w, wv5.w, fma(xv24.z, wv5.z, fma(xv24.y, wv5.y, fma(xv24.x, wv5.x, s24_5))));
        s24_6 = fma(xv24.w, wv6.w, fma(xv24.z, wv6.z, fma(xv24.y, wv6.y, fma(xv24.x, wv6.x, s24_6))));
        s24_7 = fma(xv24.w, wv7.w, fma(xv24.z, wv7.z, fma(xv24.y, wv7.y, fma(xv24.x, wv7.x, s24_7))));
        s24_8 = fma(xv24.w, wv8.w, fma(xv24.z, wv8.z, fma(xv24.y, wv8.y, fma(xv24.x, wv8.x, s24_8))));
        s24_9 = fma(xv24.w, wv9.w, fma(xv24.z, wv9.z, fma(xv24.y, wv9.y, fma(xv24.x, wv9.x, s24_9))));
        s24_10 = fma(xv24.w, wv10.w, fma(xv24.z, wv10.z, fma(xv24.y, wv10.y, fma(xv24.x, wv10.x, s24_10))));
        s24_11 = fma(xv24.w, wv11.w, fma(xv24.z, wv11.z, fma(xv24.y, wv11.y, fma(xv24.x, wv11.x, s24_11))));
        s24_12 = fma(xv24.w, wv12.w, fma(xv24.z, wv12.z, fma(xv24.y, wv12.y, fma(xv24.x, wv12.x, s24_12))));
        s24_13 = fma(xv24.w, wv13.w, fma(xv24.z, wv13.z, fma(xv24.y, wv13.y, fma(xv24.x, wv13.x, s24_13))));
        s24_14 = fma(xv24.w, wv14.w, fma(xv24.z, wv14.z, fma(xv24.y, wv14.y, fma(xv24.x, wv14.x, s24_14))));
        s24_15 = fma(xv24.w, wv15.w, fma(xv24.z, wv15.z, fma(xv24.y, wv15.y, fma(xv24.x, wv15.x, s24_15))));
        s24_16 = fma(xv24.w, wv16.w, fma(xv24.z, wv16.z, fma(xv24.y, wv16.y, fma(xv24.x, wv16.x, s24_16))));
        s24_17 = fma(xv24.w, wv17.w, fma(xv24.z, wv17.z, fma(xv24.y, wv17.y, fma(xv24.x, wv17.x, s24_17))));
        s24_18 = fma(xv24.w, wv18.w, fma(xv24.z, wv18.z, fma(xv24.y, wv18.y, fma(xv24.x, wv18.x, s24_18))));
        s24_19 = fma(xv24.w, wv19.w, fma(xv24.z, wv19.z, fma(xv24.y, wv19.y, fma(xv24.x, wv19.x, s24_19))));
        s24_20 = fma(xv24.w, wv20.w, fma(xv24.z, wv20.z, fma(xv24.y, wv20.y, fma(xv24.x, wv20.x, s24_20))));
        s24_21 = fma(xv24.w, wv21.w, fma(xv24.z, wv21.z, fma(xv24.y, wv21.y, fma(xv24.x, wv21.x, s24_21))));
        s24_22 = fma(xv24.w, wv22.w, fma(xv24.z, wv22.z, fma(xv24.y, wv22.y, fma(xv24.x, wv22.x, s24_22))));
        s24_23 = fma(xv24.w, wv23.w, fma(xv24.z, wv23.z, fma(xv24.y, wv23.y, fma(xv24.x, wv23.x, s24_23))));
        let xv25 = subgroupBroadcast(xvg3, 1u);
        s25_0 = fma(xv25.w, wv0.w, fma(xv25.z, wv0.z, fma(xv25.y, wv0.y, fma(xv25.x, wv0.x, s25_0))));
        s25_1 = fma(xv25.w, wv1.w, fma(xv25.z, wv1.z, fma(xv25.y, wv1.y, fma(xv25.x, wv1.x, s25_1))));
        s25_2 = fma(xv25.w, wv2.w, fma(xv25.z, wv2.z, fma(xv25.y, wv2.y, fma(xv25.x, wv2.x, s25_2))));
        s25_3 = fma(xv25.w, wv3.w, fma(xv25.z, wv3.z, fma(xv25.y, wv3.y, fma(xv25.x, wv3.x, s25_3))));
        s25_4 = fma(xv25.w, wv4.w, fma(xv25.z, wv4.z, fma(xv25.y, wv4.y, fma(xv25.x, wv4.x, s25_4))));
        s25_5 = fma(xv25.w, wv5.w, fma(xv25.z, wv5.z, fma(xv25.y, wv5.y, fma(xv25.x, wv5.x, s25_5))));
        s25_6 = fma(xv25.w, wv6.w, fma(xv25.z, wv6.z, fma(xv25.y, wv6.y, fma(xv25.x, wv6.x, s25_6))));
        s25_7 = fma(xv25.w, wv7.w, fma(xv25.z, wv7.z, fma(xv25.y, wv7.y, fma(xv25.x, wv7.x, s25_7))));
        s25_8 = fma(xv25.w, wv8.w, fma(xv25.z, wv8.z, fma(xv25.y, wv8.y, fma(xv25.x, wv8.x, s25_8))));
        s25_9 = fma(xv25.w, wv9.w, fma(xv25.z, wv9.z, fma(xv25.y, wv9.y, fma(xv25.x, wv9.x, s25_9))));
        s25_10 = fma(xv25.w, wv10.w, fma(xv25.z, wv10.z, fma(xv25.y, wv10.y, fma(xv25.x, wv10.x, s25_10))));
        s25_11 = fma(xv25.w, wv11.w, fma(xv25.z, wv11.z, fma(xv25.y, wv11.y, fma(xv25.x, wv11.x, s25_11))));
        s25_12 = fma(xv25.w, wv12.w, fma(xv25.z, wv12.z, fma(xv25.y, wv12.y, fma(xv25.x, wv12.x, s25_12))));
        s25_13 = fma(xv25.w, wv13.w, fma(xv25.z, wv13.z, fma(xv25.y, wv13.y, fma(xv25.x, wv13.x, s25_13))));
        s25_14 = fma(xv25.w, wv14.w, fma(xv25.z, wv14.z, fma(xv25.y, wv14.y, fma(xv25.x, wv14.x, s25_14))));
        s25_15 = fma(xv25.w, wv15.w, fma(xv25.z, wv15.z, fma(xv25.y, wv15.y, fma(xv25.x, wv15.x, s25_15))));
        s25_16 = fma(xv25.w, wv16.w, fma(xv25.z, wv16.z, fma(xv25.y, wv16.y, fma(xv25.x, wv16.x, s25_16))));
        s25_17 = fma(xv25.w, wv17.w, fma(xv25.z, wv17.z, fma(xv25.y, wv17.y, fma(xv25.x, wv17.x, s25_17))));
        s25_18 = fma(xv25.w, wv18.w, fma(xv25.z, wv18.z, fma(xv25.y, wv18.y, fma(xv25.x, wv18.x, s25_18))));
        s25_19 = fma(xv25.w, wv19.w, fma(xv25.z, wv19.z, fma(xv25.y, wv19.y, fma(xv25.x, wv19.x, s25_19))));
        s25_20 = fma(xv25.w, wv20.w, fma(xv25.z, wv20.z, fma(xv25.y, wv20.y, fma(xv25.x, wv20.x, s25_20))));
        s25_21 = fma(xv25.w, wv21.w, fma(xv25.z, wv21.z, fma(xv25.y, wv21.y, fma(xv25.x, wv21.x, s25_21))));
        s25_22 = fma(xv25.w, wv22.w, fma(xv25.z, wv22.z, fma(xv25.y, wv22.y, fma(xv25.x, wv22.x, s25_22))));
        s25_23 = fma(xv25.w, wv23.w, fma(xv25.z, wv23.z, fma(xv25.y, wv23.y, fma(xv25.x, wv23.x, s25_23))));
        let xv26 = subgroupBroadcast(xvg3, 2u);
        s26_0 = fma(xv26.w, wv0.w, fma(xv26.z, wv0.z, fma(xv26.y, wv0.y, fma(xv26.x, wv0.x, s26_0))));
        s26_1 = fma(xv26.w, wv1.w, fma(xv26.z, wv1.z, fma(xv26.y, wv1.y, fma(xv26.x, wv1.x, s26_1))));
        s26_2 = fma(xv26.w, wv2.w, fma(xv26.z, wv2.z, fma(xv26.y, wv2.y, fma(xv26.x, wv2.x, s26_2))));
        s26_3 = fma(xv26.w, wv3.w, fma(xv26.z, wv3.z, fma(xv26.y, wv3.y, fma(xv26.x, wv3.x, s26_3))));
        s26_4 = fma(xv26.w, wv4.w, fma(xv26.z, wv4.z, fma(xv26.y, wv4.y, fma(xv26.x, wv4.x, s26_4))));
        s26_5 = fma(xv26.w, wv5.w, fma(xv26.z, wv5.z, fma(xv26.y, wv5.y, fma(xv26.x, wv5.x, s26_5))));
        s26_6 = fma(xv26.w, wv6.w, fma(xv26.z, wv6.z, fma(xv26.y, wv6.y, fma(xv26.x, wv6.x, s26_6))));
        s26_7 = fma(xv26.w, wv7.w, fma(xv26.z, wv7.z, fma(xv26.y, wv7.y, fma(xv26.x, wv7.x, s26_7))));
        s26_8 = fma(xv26.w, wv8.w, fma(xv26.z, wv8.z, fma(xv26.y, wv8.y, fma(xv26.x, wv8.x, s26_8))));
        s26_9 = fma(xv26.w, wv9.w, fma(xv26.z, wv9.z, fma(xv26.y, wv9.y, fma(xv26.x, wv9.x, s26_9))));
        s26_10 = fma(xv26.w, wv10.w, fma(xv26.z, wv10.z, fma(xv26.y, wv10.y, fma(xv26.x, wv10.x, s26_10))));
        s26_11 = fma(xv26.w, wv11.w, fma(xv26.z, wv11.z, fma(xv26.y, wv11.y, fma(xv26.x, wv11.x, s26_11))));
        s26_12 = fma(xv26.w, wv12.w, fma(xv26.z, wv12.z, fma(xv26.y, wv12.y, fma(xv26.x, wv12.x, s26_12))));
        s26_13 = fma(xv26.w, wv13.w, fma(xv26.z, wv13.z, fma(xv26.y, wv13.y, fma(xv26.x, wv13.x, s26_13))));
        s26_14 = fma(xv26.w, wv14.w, fma(xv26.z, wv14.z, fma(xv26.y, wv14.y, fma(xv26.x, wv14.x, s26_14))));
        s26_15 = fma(xv26.w, wv15.w, fma(xv26.z, wv15.z, fma(xv26.y, wv15.y, fma(xv26.x, wv15.x, s26_15))));
        s26_16 = fma(xv26.w, wv16.w, fma(xv26.z, wv16.z, fma(xv26.y, wv16.y, fma(xv26.x, wv16.x, s26_16))));
        s26_17 = fma(xv26.w, wv17.w, fma(xv26.z, wv17.z, fma(xv26.y, wv17.y, fma(xv26.x, wv17.x, s26_17))));
        s26_18 = fma(xv26.w, wv18.w, fma(xv26.z, wv18.z, fma(xv26.y, wv18.y, fma(xv26.x, wv18.x, s26_18))));
        s26_19 = fma(xv26.w, wv19.w, fma(xv26.z, wv19.z, fma(xv26.y, wv19.y, fma(xv26.x, wv19.x, s26_19))));
        s26_20 = fma(xv26.w, wv20.w, fma(xv26.z, wv20.z, fma(xv26.y, wv20.y, fma(xv26.x, wv20.x, s26_20))));
        s26_21 = fma(xv26.w, wv21.w, fma(xv26.z, wv21.z, fma(xv26.y, wv21.y, fma(xv26.x, wv21.x, s26_21))));
        s26_22 = fma(xv26.w, wv22.w, fma(xv26.z, wv22.z, fma(xv26.y, wv22.y, fma(xv26.x, wv22.x, s26_22))));
        s26_23 = fma(xv26.w, wv23.w, fma(xv26.z, wv23.z, fma(xv26.y, wv23.y, fma(xv26.x, wv23.x, s26_23))));
        let xv27 = subgroupBroadcast(xvg3, 3u);
        s27_0 = fma(xv27.w, wv0.w, fma(xv27.z, wv0.z, fma(xv27.y, wv0.y, fma(xv27.x, wv0.x, s27_0))));
        s27_1 = fma(xv27.w, wv1.w, fma(xv27.z, wv1.z, fma(xv27.y, wv1.y, fma(xv27.x, wv1.x, s27_1))));
        s27_2 = fma(xv27.w, wv2.w, fma(xv27.z, wv2.z, fma(xv27.y, wv2.y, fma(xv27.x, wv2.x, s27_2))));
        s27_3 = fma(xv27.w, wv3.w, fma(xv27.z, wv3.z, fma(xv27.y, wv3.y, fma(xv27.x, wv3.x, s27_3))));
        s27_4 = fma(xv27.w, wv4.w, fma(xv27.z, wv4.z, fma(xv27.y, wv4.y, fma(xv27.x, wv4.x, s27_4))));
        s27_5 = fma(xv27.w, wv5.w, fma(xv27.z, wv5.z, fma(xv27.y, wv5.y, fma(xv27.x, wv5.x, s27_5))));
        s27_6 = fma(xv27.w, wv6.w, fma(xv27.z, wv6.z, fma(xv27.y, wv6.y, fma(xv27.x, wv6.x, s27_6))));
        s27_7 = fma(xv27.w, wv7.w, fma(xv27.z, wv7.z, fma(xv27.y, wv7.y, fma(xv27.x, wv7.x, s27_7))));
        s27_8 = fma(xv27.w, wv8.w, fma(xv27.z, wv8.z, fma(xv27.y, wv8.y, fma(xv27.x, wv8.x, s27_8))));
        s27_9 = fma(xv27.w, wv9.w, fma(xv27.z, wv9.z, fma(xv27.y, wv9.y, fma(xv27.x, wv9.x, s27_9))));
        s27_10 = fma(xv27.w, wv10.w, fma(xv27.z, wv10.z, fma(xv27.y, wv10.y, fma(xv27.x, wv10.x, s27_10))));
        s27_11 = fma(xv27.w, wv11.w, fma(xv27.z, wv11.z, fma(xv27.y, wv11.y, fma(xv27.x, wv11.x, s27_11))));
        s27_12 = fma(xv27.w, wv12.w, fma(xv27.z, wv12.z, fma(xv27.y, wv12.y, fma(xv27.x, wv12.x, s27_12))));
        s27_13 = fma(xv27.w, wv13.w, fma(xv27.z, wv13.z, fma(xv27.y, wv13.y, fma(xv27.x, wv13.x, s27_13))));
        s27_14 = fma(xv27.w, wv14.w, fma(xv27.z, wv14.z, fma(xv27.y, wv14.y, fma(xv27.x, wv14.x, s27_14))));
        s27_15 = fma(xv27.w, wv15.w, fma(xv27.z, wv15.z, fma(xv27.y, wv15.y, fma(xv27.x, wv15.x, s27_15))));
        s27_16 = fma(xv27.w, wv16.w, fma(xv27.z, wv16.z, fma(xv27.y, wv16.y, fma(xv27.x, wv16.x, s27_16))));
        s27_17 = fma(xv27.w, wv17.w, fma(xv27.z, wv17.z, fma(xv27.y, wv17.y, fma(xv27.x, wv17.x, s27_17))));
        s27_18 = fma(xv27.w, wv18.w, fma(xv27.z, wv18.z, fma(xv27.y, wv18.y, fma(xv27.x, wv18.x, s27_18))));
        s27_19 = fma(xv27.w, wv19.w, fma(xv27.z, wv19.z, fma(xv27.y, wv19.y, fma(xv27.x, wv19.x, s27_19))));
        s27_20 = fma(xv27.w, wv20.w, fma(xv27.z, wv20.z, fma(xv27.y, wv20.y, fma(xv27.x, wv20.x, s27_20))));
        s27_21 = fma(xv27.w, wv21.w, fma(xv27.z, wv21.z, fma(xv27.y, wv21.y, fma(xv27.x, wv21.x, s27_21))));
        s27_22 = fma(xv27.w, wv22.w, fma(xv27.z, wv22.z, fma(xv27.y, wv22.y, fma(xv27.x, wv22.x, s27_22))));
        s27_23 = fma(xv27.w, wv23.w, fma(xv27.z, wv23.z, fma(xv27.y, wv23.y, fma(xv27.x, wv23.x, s27_23))));
        let xv28 = subgroupBroadcast(xvg3, 4u);
        s28_0 = fma(xv28.w, wv0.w, fma(xv28.z, wv0.z, fma(xv28.y, wv0.y, fma(xv28.x, wv0.x, s28_0))));
        s28_1 = fma(xv28.w, wv1.w, fma(xv28.z, wv1.z, fma(xv28.y, wv1.y, fma(xv28.x, wv1.x, s28_1))));
        s28_2 = fma(xv28.w, wv2.w, fma(xv28.z, wv2.z, fma(xv28.y, wv2.y, fma(xv28.x, wv2.x, s28_2))));
        s28_3 = fma(xv28.w, wv3.w, fma(xv28.z, wv3.z, fma(xv28.y, wv3.y, fma(xv28.x, wv3.x, s28_3))));
        s28_4 = fma(xv28.w, wv4.w, fma(xv28.z, wv4.z, fma(xv28.y, wv4.y, fma(xv28.x, wv4.x, s28_4))));
        s28_5 = fma(xv28.w, wv5.w, fma(xv28.z, wv5.z, fma(xv28.y, wv5.y, fma(xv28.x, wv5.x, s28_5))));
        s28_6 = fma(xv28.w, wv6.w, fma(xv28.z, wv6.z, fma(xv28.y, wv6.y, fma(xv28.x, wv6.x, s28_6))));
        s28_7 = fma(xv28.w, wv7.w, fma(xv28.z, wv7.z, fma(xv28.y, wv7.y, fma(xv28.x, wv7.x, s28_7))));
        s28_8 = fma(xv28.w, wv8.w, fma(xv28.z, wv8.z, fma(xv28.y, wv8.y, fma(xv28.x, wv8.x, s28_8))));
        s28_9 = fma(xv28.w, wv9.w, fma(xv28.z, wv9.z, fma(xv28.y, wv9.y, fma(xv28.x, wv9.x, s28_9))));
        s28_10 = fma(xv28.w, wv10.w, fma(xv28.z, wv10.z, fma(xv28.y, wv10.y, fma(xv28.x, wv10.x, s28_10))));
        s28_11 = fma(xv28.w, wv11.w, fma(xv28.z, wv11.z, fma(xv28.y, wv11.y, fma(xv28.x, wv11.x, s28_11))));
        s28_12 = fma(xv28.w, wv12.w, fma(xv28.z, wv12.z, fma(xv28.y, wv12.y, fma(xv28.x, wv12.x, s28_12))));
        s28_13 = fma(xv28.w, wv13.w, fma(xv28.z, wv13.z, fma(xv28.y, wv13.y, fma(xv28.x, wv13.x, s28_13))));
        s28_14 = fma(xv28.w, wv14.w, fma(xv28.z, wv14.z, fma(xv28.y, wv14.y, fma(xv28.x, wv14.x, s28_14))));
        s28_15 = fma(xv28.w, wv15.w, fma(xv28.z, wv15.z, fma(xv28.y, wv15.y, fma(xv28.x, wv15.x, s28_15))));
        s28_16 = fma(xv28.w, wv16.w, fma(xv28.z, wv16.z, fma(xv28.y, wv16.y, fma(xv28.x, wv16.x, s28_16))));
        s28_17 = fma(xv28.w, wv17.w, fma(xv28.z, wv17.z, fma(xv28.y, wv17.y, fma(xv28.x, wv17.x, s28_17))));
        s28_18 = fma(xv28.w, wv18.w, fma(xv28.z, wv18.z, fma(xv28.y, wv18.y, fma(xv28.x, wv18.x, s28_18))));
        s28_19 = fma(xv28.w, wv19.w, fma(xv28.z, wv19.z, fma(xv28.y, wv19.y, fma(xv28.x, wv19.x, s28_19))));
        s28_20 = fma(xv28.w, wv20.w, fma(xv28.z, wv20.z, fma(xv28.y, wv20.y, fma(xv28.x, wv20.x, s28_20))));
        s28_21 = fma(xv28.w, wv21.w, fma(xv28.z, wv21.z, fma(xv28.y, wv21.y, fma(xv28.x, wv21.x, s28_21))));
        s28_22 = fma(xv28.w, wv22.w, fma(xv28.z, wv22.z, fma(xv28.y, wv22.y, fma(xv28.x, wv22.x, s28_22))));
        s28_23 = fma(xv28.w, wv23.w, fma(xv28.z, wv23.z, fma(xv28.y, wv23.y, fma(xv28.x, wv23.x, s28_23))));
        let xv29 = subgroupBroadcast(xvg3, 5u);
        s29_0 = fma(xv29.w, wv0.w, fma(xv29.z, wv0.z, fma(xv29.y, wv0.y, fma(xv29.x, wv0.x, s29_0))));
        s29_1 = fma(xv29.w, wv1.w, fma(xv29.z, wv1.z, fma(xv29.y, wv1.y, fma(xv29.x, wv1.x, s29_1))));
        s29_2 = fma(xv29.w, wv2.w, fma(xv29.z, wv2.z, fma(xv29.y, wv2.y, fma(xv29.x, wv2.x, s29_2))));
        s29_3 = fma(xv29.w, wv3.w, fma(xv29.z, wv3.z, fma(xv29.y, wv3.y, fma(xv29.x, wv3.x, s29_3))));
        s29_4 = fma(xv29.w, wv4.w, fma(xv29.z, wv4.z, fma(xv29.y, wv4.y, fma(xv29.x, wv4.x, s29_4))));
        s29_5 = fma(xv29.w, wv5.w, fma(xv29.z, wv5.z, fma(xv29.y, wv5.y, fma(xv29.x, wv5.x, s29_5))));
        s29_6 = fma(xv29.w, wv6.w, fma(xv29.z, wv6.z, fma(xv29.y, wv6.y, fma(xv29.x, wv6.x, s29_6))));
        s29_7 = fma(xv29.w, wv7.w, fma(xv29.z, wv7.z, fma(xv29.y, wv7.y, fma(xv29.x, wv7.x, s29_7))));
        s29_8 = fma(xv29.w, wv8.w, fma(xv29.z, wv8.z, fma(xv29.y, wv8.y, fma(xv29.x, wv8.x, s29_8))));
        s29_9 = fma(xv29.w, wv9.w, fma(xv29.z, wv9.z, fma(xv29.y, wv9.y, fma(xv29.x, wv9.x, s29_9))));
        s29_10 = fma(xv29.w, wv10.w, fma(xv29.z, wv10.z, fma(xv29.y, wv10.y, fma(xv29.x, wv10.x, s29_10))));
        s29_11 = fma(xv29.w, wv11.w, fma(xv29.z, wv11.z, fma(xv29.y, wv11.y, fma(xv29.x, wv11.x, s29_11))));
        s29_12 = fma(xv29.w, wv12.w, fma(xv29.z, wv12.z, fma(xv29.y, wv12.y, fma(xv29.x, wv12.x, s29_12))));
        s29_13 = fma(xv29.w, wv13.w, fma(xv29.z, wv13.z, fma(xv29.y, wv13.y, fma(xv29.x, wv13.x, s29_13))));
        s29_14 = fma(xv29.w, wv14.w, fma(xv29.z, wv14.z, fma(xv29.y, wv14.y, fma(xv29.x, wv14.x, s29_14))));
        s29_15 = fma(xv29.w, wv15.w, fma(xv29.z, wv15.z, fma(xv29.y, wv15.y, fma(xv29.x, wv15.x, s29_15))));
        s29_16 = fma(xv29.w, wv16.w, fma(xv29.z, wv16.z, fma(xv29.y, wv16.y, fma(xv29.x, wv16.x, s29_16))));
        s29_17 = fma(xv29.w, wv17.w, fma(xv29.z, wv17.z, fma(xv29.y, wv17.y, fma(xv29.x, wv17.x, s29_17))));
        s29_18 = fma(xv29.w, wv18.w, fma(xv29.z, wv18.z, fma(xv29.y, wv18.y, fma(xv29.x, wv18.x, s29_18))));
        s29_19 = fma(xv29.w, wv19.w, fma(xv29.z, wv19.z, fma(xv29.y, wv19.y, fma(xv29.x, wv19.x, s29_19))));
        s29_20 = fma(xv29.w, wv20.w, fma(xv29.z, wv20.z, fma(xv29.y, wv20.y, fma(xv29.x, wv20.x, s29_20))));
        s29_21 = fma(xv29.w, wv21.w, fma(xv29.z, wv21.z, fma(xv29.y, wv21.y, fma(xv29.x, wv21.x, s29_21))));
        s29_22 = fma(xv29.w, wv22.w, fma(xv29.z, wv22.z, fma(xv29.y, wv22.y, fma(xv29.x, wv22.x, s29_22))));
        s29_23 = fma(xv29.w, wv23.w, fma(xv29.z, wv23.z, fma(xv29.y, wv23.y, fma(xv29.x, wv23.x, s29_23))));
        let xv30 = subgroupBroadcast(xvg3, 6u);
        s30_0 = fma(xv30.w, wv0.w, fma(xv30.z, wv0.z, fma(xv30.y, wv0.y, fma(xv30.x, wv0.x, s30_0))));
        s30_1 = fma(xv30.w, wv1.w, fma(xv30.z, wv1.z, fma(xv30.y, wv1.y, fma(xv30.x, wv1.x, s30_1))));
        s30_2 = fma(xv30.w, wv2.w, fma(xv30.z, wv2.z, fma(xv30.y, wv2.y, fma(xv30.x, wv2.x, s30_2))));
        s30_3 = fma(xv30.w, wv3.w, fma(xv30.z, wv3.z, fma(xv30.y, wv3.y, fma(xv30.x, wv3.x, s30_3))));
        s30_4 = fma(xv30.w, wv4.w, fma(xv30.z, wv4.z, fma(xv30.y, wv4.y, fma(xv30.x, wv4.x, s30_4))));
        s30_5 = fma(xv30.w, wv5.w, fma(xv30.z, wv5.z, fma(xv30.y, wv5.y, fma(xv30.x, wv5.x, s30_5))));
        s30_6 = fma(xv30.w, wv6.w, fma(xv30.z, wv6.z, fma(xv30.y, wv6.y, fma(xv30.x, wv6.x, s30_6))));
        s30_7 = fma(xv30.w, wv7.w, fma(xv30.z, wv7.z, fma(xv30.y, wv7.y, fma(xv30.x, wv7.x, s30_7))));
        s30_8 = fma(xv30.w, wv8.w, fma(xv30.z, wv8.z, fma(xv30.y, wv8.y, fma(xv30.x, wv8.x, s30_8))));
        s30_9 = fma(xv30.w, wv9.w, fma(xv30.z, wv9.z, fma(xv30.y, wv9.y, fma(xv30.x, wv9.x, s30_9))));
        s30_10 = fma(xv30.w, wv10.w, fma(xv30.z, wv10.z, fma(xv30.y, wv10.y, fma(xv30.x, wv10.x, s30_10))));
        s30_11 = fma(xv30.w, wv11.w, fma(xv30.z, wv11.z, fma(xv30.y, wv11.y, fma(xv30.x, wv11.x, s30_11))));
        s30_12 = fma(xv30.w, wv12.w, fma(xv30.z, wv12.z, fma(xv30.y, wv12.y, fma(xv30.x, wv12.x, s30_12))));
        s30_13 = fma(xv30.w, wv13.w, fma(xv30.z, wv13.z, fma(xv30.y, wv13.y, fma(xv30.x, wv13.x, s30_13))));
        s30_14 = fma(xv30.w, wv14.w, fma(xv30.z, wv14.z, fma(xv30.y, wv14.y, fma(xv30.x, wv14.x, s30_14))));
        s30_15 = fma(xv30.w, wv15.w, fma(xv30.z, wv15.z, fma(xv30.y, wv15.y, fma(xv30.x, wv15.x, s30_15))));
        s30_16 = fma(xv30.w, wv16.w, fma(xv30.z, wv16.z, fma(xv30.y, wv16.y, fma(xv30.x, wv16.x, s30_16))));
        s30_17 = fma(xv30.w, wv17.w, fma(xv30.z, wv17.z, fma(xv30.y, wv17.y, fma(xv30.x, wv17.x, s30_17))));
        s30_18 = fma(xv30.w, wv18.w, fma(xv30.z, wv18.z, fma(xv30.y, wv18.y, fma(xv30.x, wv18.x, s30_18))));
        s30_19 = fma(xv30.w, wv19.w, fma(xv30.z, wv19.z, fma(xv30.y, wv19.y, fma(xv30.x, wv19.x, s30_19))));
        s30_20 = fma(xv30.w, wv20.w, fma(xv30.z, wv20.z, fma(xv30.y, wv20.y, fma(xv30.x, wv20.x, s30_20))));
        s30_21 = fma(xv30.w, wv21.w, fma(xv30.z, wv21.z, fma(xv30.y, wv21.y, fma(xv30.x, wv21.x, s30_21))));
        s30_22 = fma(xv30.w, wv22.w, fma(xv30.z, wv22.z, fma(xv30.y, wv22.y, fma(xv30.x, wv22.x, s30_22))));
        s30_23 = fma(xv30.w, wv23.w, fma(xv30.z, wv23.z, fma(xv30.y, wv23.y, fma(xv30.x, wv23.x, s30_23))));
        let xv31 = subgroupBroadcast(xvg3, 7u);
        s31_0 = fma(xv31.w, wv0.w, fma(xv31.z, wv0.z, fma(xv31.y, wv0.y, fma(xv31.x, wv0.x, s31_0))));
        s31_1 = fma(xv31.w, wv1.w, fma(xv31.z, wv1.z, fma(xv31.y, wv1.y, fma(xv31.x, wv1.x, s31_1))));
        s31_2 = fma(xv31.w, wv2.w, fma(xv31.z, wv2.z, fma(xv31.y, wv2.y, fma(xv31.x, wv2.x, s31_2))));
        s31_3 = fma(xv31.w, wv3.w, fma(xv31.z, wv3.z, fma(xv31.y, wv3.y, fma(xv31.x, wv3.x, s31_3))));
        s31_4 = fma(xv31.w, wv4.w, fma(xv31.z, wv4.z, fma(xv31.y, wv4.y, fma(xv31.x, wv4.x, s31_4))));
        s31_5 = fma(xv31.w, wv5.w, fma(xv31.z, wv5.z, fma(xv31.y, wv5.y, fma(xv31.x, wv5.x, s31_5))));
        s31_6 = fma(xv31.w, wv6.w, fma(xv31.z, wv6.z, fma(xv31.y, wv6.y, fma(xv31.x, wv6.x, s31_6))));
        s31_7 = fma(xv31.w, wv7.w, fma(xv31.z, wv7.z, fma(xv31.y, wv7.y, fma(xv31.x, wv7.x, s31_7))));
        s31_8 = fma(xv31.w, wv8.w, fma(xv31.z, wv8.z, fma(xv31.y, wv8.y, fma(xv31.x, wv8.x, s31_8))));
        s31_9 = fma(xv31.w, wv9.w, fma(xv31.z, wv9.z, fma(xv31.y, wv9.y, fma(xv31.x, wv9.x, s31_9))));
        s31_10 = fma(xv31.w, wv10.w, fma(xv31.z, wv10.z, fma(xv31.y, wv10.y, fma(xv31.x, wv10.x, s31_10))));
        s31_11 = fma(xv31.w, wv11.w, fma(xv31.z, wv11.z, fma(xv31.y, wv11.y, fma(xv31.x, wv11.x, s31_11))));
        s31_12 = fma(xv31.w, wv12.w, fma(xv31.z, wv12.z, fma(xv31.y, wv12.y, fma(xv31.x, wv12.x, s31_12))));
        s31_13 = fma(xv31.w, wv13.w, fma(xv31.z, wv13.z, fma(xv31.y, wv13.y, fma(xv31.x, wv13.x, s31_13))));
        s31_14 = fma(xv31.w, wv14.w, fma(xv31.z, wv14.z, fma(xv31.y, wv14.y, fma(xv31.x, wv14.x, s31_14))));
        s31_15 = fma(xv31.w, wv15.w, fma(xv31.z, wv15.z, fma(xv31.y, wv15.y, fma(xv31.x, wv15.x, s31_15))));
        s31_16 = fma(xv31.w, wv16.w, fma(xv31.z, wv16.z, fma(xv31.y, wv16.y, fma(xv31.x, wv16.x, s31_16))));
        s31_17 = fma(xv31.w, wv17.w, fma(xv31.z, wv17.z, fma(xv31.y, wv17.y, fma(xv31.x, wv17.x, s31_17))));
        s31_18 = fma(xv31.w, wv18.w, fma(xv31.z, wv18.z, fma(xv31.y, wv18.y, fma(xv31.x, wv18.x, s31_18))));
        s31_19 = fma(xv31.w, wv19.w, fma(xv31.z, wv19.z, fma(xv31.y, wv19.y, fma(xv31.x, wv19.x, s31_19))));
        s31_20 = fma(xv31.w, wv20.w, fma(xv31.z, wv20.z, fma(xv31.y, wv20.y, fma(xv31.x, wv20.x, s31_20))));
        s31_21 = fma(xv31.w, wv21.w, fma(xv31.z, wv21.z, fma(xv31.y, wv21.y, fma(xv31.x, wv21.x, s31_21))));
        s31_22 = fma(xv31.w, wv22.w, fma(xv31.z, wv22.z, fma(xv31.y, wv22.y, fma(xv31.x, wv22.x, s31_22))));
        s31_23 = fma(xv31.w, wv23.w, fma(xv31.z, wv23.z, fma(xv31.y, wv23.y, fma(xv31.x, wv23.x, s31_23))));
    }
    let c_base = gid.z * p.c_batch;
    var b0 = vec4<f32>(0.0);
    var b1 = vec4<f32>(0.0);
    var b2 = vec4<f32>(0.0);
    var b3 = vec4<f32>(0.0);
    var b4 = vec4<f32>(0.0);
    var b5 = vec4<f32>(0.0);
    if (p.has_bias != 0u) {
        b0 = bias4[min(c0 / 4u + 0u, p.cols / 4u - 1u)];
        b1 = bias4[min(c0 / 4u + 1u, p.cols / 4u - 1u)];
        b2 = bias4[min(c0 / 4u + 2u, p.cols / 4u - 1u)];
        b3 = bias4[min(c0 / 4u + 3u, p.cols / 4u - 1u)];
        b4 = bias4[min(c0 / 4u + 4u, p.cols / 4u - 1u)];
        b5 = bias4[min(c0 / 4u + 5u, p.cols / 4u - 1u)];
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_8, s0_9, s0_10, s0_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_12, s0_13, s0_14, s0_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s0_16, s0_17, s0_18, s0_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s0_20, s0_21, s0_22, s0_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_8, s1_9, s1_10, s1_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_12, s1_13, s1_14, s1_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s1_16, s1_17, s1_18, s1_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s1_20, s1_21, s1_22, s1_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_8, s2_9, s2_10, s2_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_12, s2_13, s2_14, s2_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s2_16, s2_17, s2_18, s2_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s2_20, s2_21, s2_22, s2_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_8, s3_9, s3_10, s3_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_12, s3_13, s3_14, s3_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s3_16, s3_17, s3_18, s3_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s3_20, s3_21, s3_22, s3_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_8, s4_9, s4_10, s4_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_12, s4_13, s4_14, s4_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s4_16, s4_17, s4_18, s4_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s4_20, s4_21, s4_22, s4_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_8, s5_9, s5_10, s5_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_12, s5_13, s5_14, s5_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s5_16, s5_17, s5_18, s5_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s5_20, s5_21, s5_22, s5_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_8, s6_9, s6_10, s6_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_12, s6_13, s6_14, s6_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s6_16, s6_17, s6_18, s6_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s6_20, s6_21, s6_22, s6_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_8, s7_9, s7_10, s7_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_12, s7_13, s7_14, s7_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s7_16, s7_17, s7_18, s7_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s7_20, s7_21, s7_22, s7_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_8, s8_9, s8_10, s8_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_12, s8_13, s8_14, s8_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s8_16, s8_17, s8_18, s8_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s8_20, s8_21, s8_22, s8_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_8, s9_9, s9_10, s9_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_12, s9_13, s9_14, s9_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s9_16, s9_17, s9_18, s9_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s9_20, s9_21, s9_22, s9_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_8, s10_9, s10_10, s10_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_12, s10_13, s10_14, s10_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s10_16, s10_17, s10_18, s10_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s10_20, s10_21, s10_22, s10_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_8, s11_9, s11_10, s11_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_12, s11_13, s11_14, s11_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s11_16, s11_17, s11_18, s11_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s11_20, s11_21, s11_22, s11_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_8, s12_9, s12_10, s12_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_12, s12_13, s12_14, s12_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s12_16, s12_17, s12_18, s12_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s12_20, s12_21, s12_22, s12_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_8, s13_9, s13_10, s13_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_12, s13_13, s13_14, s13_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s13_16, s13_17, s13_18, s13_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s13_20, s13_21, s13_22, s13_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_8, s14_9, s14_10, s14_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_12, s14_13, s14_14, s14_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s14_16, s14_17, s14_18, s14_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s14_20, s14_21, s14_22, s14_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_8, s15_9, s15_10, s15_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_12, s15_13, s15_14, s15_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s15_16, s15_17, s15_18, s15_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s15_20, s15_21, s15_22, s15_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 16u < p.rows) {
        let o = (c_base + (r0 + 16u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s16_0, s16_1, s16_2, s16_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s16_4, s16_5, s16_6, s16_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s16_8, s16_9, s16_10, s16_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s16_12, s16_13, s16_14, s16_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s16_16, s16_17, s16_18, s16_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s16_20, s16_21, s16_22, s16_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 17u < p.rows) {
        let o = (c_base + (r0 + 17u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s17_0, s17_1, s17_2, s17_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s17_4, s17_5, s17_6, s17_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s17_8, s17_9, s17_10, s17_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s17_12, s17_13, s17_14, s17_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s17_16, s17_17, s17_18, s17_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s17_20, s17_21, s17_22, s17_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 18u < p.rows) {
        let o = (c_base + (r0 + 18u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s18_0, s18_1, s18_2, s18_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s18_4, s18_5, s18_6, s18_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s18_8, s18_9, s18_10, s18_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s18_12, s18_13, s18_14, s18_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s18_16, s18_17, s18_18, s18_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s18_20, s18_21, s18_22, s18_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 19u < p.rows) {
        let o = (c_base + (r0 + 19u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s19_0, s19_1, s19_2, s19_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s19_4, s19_5, s19_6, s19_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s19_8, s19_9, s19_10, s19_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s19_12, s19_13, s19_14, s19_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s19_16, s19_17, s19_18, s19_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s19_20, s19_21, s19_22, s19_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 20u < p.rows) {
        let o = (c_base + (r0 + 20u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s20_0, s20_1, s20_2, s20_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s20_4, s20_5, s20_6, s20_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s20_8, s20_9, s20_10, s20_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s20_12, s20_13, s20_14, s20_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s20_16, s20_17, s20_18, s20_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s20_20, s20_21, s20_22, s20_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 21u < p.rows) {
        let o = (c_base + (r0 + 21u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s21_0, s21_1, s21_2, s21_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s21_4, s21_5, s21_6, s21_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s21_8, s21_9, s21_10, s21_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s21_12, s21_13, s21_14, s21_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s21_16, s21_17, s21_18, s21_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s21_20, s21_21, s21_22, s21_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 22u < p.rows) {
        let o = (c_base + (r0 + 22u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s22_0, s22_1, s22_2, s22_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s22_4, s22_5, s22_6, s22_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s22_8, s22_9, s22_10, s22_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s22_12, s22_13, s22_14, s22_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s22_16, s22_17, s22_18, s22_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s22_20, s22_21, s22_22, s22_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 23u < p.rows) {
        let o = (c_base + (r0 + 23u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s23_0, s23_1, s23_2, s23_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s23_4, s23_5, s23_6, s23_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s23_8, s23_9, s23_10, s23_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s23_12, s23_13, s23_14, s23_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s23_16, s23_17, s23_18, s23_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s23_20, s23_21, s23_22, s23_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 24u < p.rows) {
        let o = (c_base + (r0 + 24u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s24_0, s24_1, s24_2, s24_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s24_4, s24_5, s24_6, s24_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s24_8, s24_9, s24_10, s24_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s24_12, s24_13, s24_14, s24_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s24_16, s24_17, s24_18, s24_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s24_20, s24_21, s24_22, s24_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 25u < p.rows) {
        let o = (c_base + (r0 + 25u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s25_0, s25_1, s25_2, s25_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s25_4, s25_5, s25_6, s25_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s25_8, s25_9, s25_10, s25_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s25_12, s25_13, s25_14, s25_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s25_16, s25_17, s25_18, s25_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s25_20, s25_21, s25_22, s25_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 26u < p.rows) {
        let o = (c_base + (r0 + 26u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s26_0, s26_1, s26_2, s26_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s26_4, s26_5, s26_6, s26_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s26_8, s26_9, s26_10, s26_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s26_12, s26_13, s26_14, s26_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s26_16, s26_17, s26_18, s26_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s26_20, s26_21, s26_22, s26_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 27u < p.rows) {
        let o = (c_base + (r0 + 27u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s27_0, s27_1, s27_2, s27_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s27_4, s27_5, s27_6, s27_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s27_8, s27_9, s27_10, s27_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s27_12, s27_13, s27_14, s27_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s27_16, s27_17, s27_18, s27_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s27_20, s27_21, s27_22, s27_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 28u < p.rows) {
        let o = (c_base + (r0 + 28u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s28_0, s28_1, s28_2, s28_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s28_4, s28_5, s28_6, s28_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s28_8, s28_9, s28_10, s28_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s28_12, s28_13, s28_14, s28_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s28_16, s28_17, s28_18, s28_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s28_20, s28_21, s28_22, s28_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 29u < p.rows) {
        let o = (c_base + (r0 + 29u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s29_0, s29_1, s29_2, s29_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s29_4, s29_5, s29_6, s29_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s29_8, s29_9, s29_10, s29_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s29_12, s29_13, s29_14, s29_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s29_16, s29_17, s29_18, s29_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s29_20, s29_21, s29_22, s29_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 30u < p.rows) {
        let o = (c_base + (r0 + 30u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s30_0, s30_1, s30_2, s30_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s30_4, s30_5, s30_6, s30_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s30_8, s30_9, s30_10, s30_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s30_12, s30_13, s30_14, s30_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s30_16, s30_17, s30_18, s30_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s30_20, s30_21, s30_22, s30_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
    if (r0 + 31u < p.rows) {
        let o = (c_base + (r0 + 31u) * p.cols + c0) / 4u;
        if (c0 + 0u < p.cols) {
            var z = vec4<f32>(s31_0, s31_1, s31_2, s31_3);
            if (p.has_bias != 0u) { z += b0; }
            out4[o + 0u] = act4(z);
        }
        if (c0 + 4u < p.cols) {
            var z = vec4<f32>(s31_4, s31_5, s31_6, s31_7);
            if (p.has_bias != 0u) { z += b1; }
            out4[o + 1u] = act4(z);
        }
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s31_8, s31_9, s31_10, s31_11);
            if (p.has_bias != 0u) { z += b2; }
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s31_12, s31_13, s31_14, s31_15);
            if (p.has_bias != 0u) { z += b3; }
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s31_16, s31_17, s31_18, s31_19);
            if (p.has_bias != 0u) { z += b4; }
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s31_20, s31_21, s31_22, s31_23);
            if (p.has_bias != 0u) { z += b5; }
            out4[o + 5u] = act4(z);
        }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_input_32x16(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 16u;
    let r0 = wid.y * 32u;
    if (r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let c4 = p.cols / 4u;
    let g0 = min(c0 / 4u + 0u, c4 - 1u);
    let g1 = min(c0 / 4u + 1u, c4 - 1u);
    let g2 = min(c0 / 4u + 2u, c4 - 1u);
    let g3 = min(c0 / 4u + 3u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let zl0 = zb + min(r0 + 0u + lane, p.rows - 1u) * d4;
    let zl1 = zb + min(r0 + 8u + lane, p.rows - 1u) * d4;
    let zl2 = zb + min(r0 + 16u + lane, p.rows - 1u) * d4;
    let zl3 = zb + min(r0 + 24u + lane, p.rows - 1u) * d4;
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0); var s0_2 = vec4<f32>(0.0); var s0_3 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0); var s1_2 = vec4<f32>(0.0); var s1_3 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0); var s2_2 = vec4<f32>(0.0); var s2_3 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0); var s3_2 = vec4<f32>(0.0); var s3_3 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0); var s4_2 = vec4<f32>(0.0); var s4_3 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0); var s5_2 = vec4<f32>(0.0); var s5_3 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0); var s6_2 = vec4<f32>(0.0); var s6_3 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0); var s7_2 = vec4<f32>(0.0); var s7_3 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0); var s8_2 = vec4<f32>(0.0); var s8_3 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0); var s9_2 = vec4<f32>(0.0); var s9_3 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0); var s10_2 = vec4<f32>(0.0); var s10_3 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0); var s11_2 = vec4<f32>(0.0); var s11_3 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0); var s12_2 = vec4<f32>(0.0); var s12_3 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0); var s13_2 = vec4<f32>(0.0); var s13_3 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0); var s14_2 = vec4<f32>(0.0); var s14_3 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0); var s15_2 = vec4<f32>(0.0); var s15_3 = vec4<f32>(0.0);
    var s16_0 = vec4<f32>(0.0); var s16_1 = vec4<f32>(0.0); var s16_2 = vec4<f32>(0.0); var s16_3 = vec4<f32>(0.0);
    var s17_0 = vec4<f32>(0.0); var s17_1 = vec4<f32>(0.0); var s17_2 = vec4<f32>(0.0); var s17_3 = vec4<f32>(0.0);
    var s18_0 = vec4<f32>(0.0); var s18_1 = vec4<f32>(0.0); var s18_2 = vec4<f32>(0.0); var s18_3 = vec4<f32>(0.0);
    var s19_0 = vec4<f32>(0.0); var s19_1 = vec4<f32>(0.0); var s19_2 = vec4<f32>(0.0); var s19_3 = vec4<f32>(0.0);
    var s20_0 = vec4<f32>(0.0); var s20_1 = vec4<f32>(0.0); var s20_2 = vec4<f32>(0.0); var s20_3 = vec4<f32>(0.0);
    var s21_0 = vec4<f32>(0.0); var s21_1 = vec4<f32>(0.0); var s21_2 = vec4<f32>(0.0); var s21_3 = vec4<f32>(0.0);
    var s22_0 = vec4<f32>(0.0); var s22_1 = vec4<f32>(0.0); var s22_2 = vec4<f32>(0.0); var s22_3 = vec4<f32>(0.0);
    var s23_0 = vec4<f32>(0.0); var s23_1 = vec4<f32>(0.0); var s23_2 = vec4<f32>(0.0); var s23_3 = vec4<f32>(0.0);
    var s24_0 = vec4<f32>(0.0); var s24_1 = vec4<f32>(0.0); var s24_2 = vec4<f32>(0.0); var s24_3 = vec4<f32>(0.0);
    var s25_0 = vec4<f32>(0.0); var s25_1 = vec4<f32>(0.0); var s25_2 = vec4<f32>(0.0); var s25_3 = vec4<f32>(0.0);
    var s26_0 = vec4<f32>(0.0); var s26_1 = vec4<f32>(0.0); var s26_2 = vec4<f32>(0.0); var s26_3 = vec4<f32>(0.0);
    var s27_0 = vec4<f32>(0.0); var s27_1 = vec4<f32>(0.0); var s27_2 = vec4<f32>(0.0); var s27_3 = vec4<f32>(0.0);
    var s28_0 = vec4<f32>(0.0); var s28_1 = vec4<f32>(0.0); var s28_2 = vec4<f32>(0.0); var s28_3 = vec4<f32>(0.0);
    var s29_0 = vec4<f32>(0.0); var s29_1 = vec4<f32>(0.0); var s29_2 = vec4<f32>(0.0); var s29_3 = vec4<f32>(0.0);
    var s30_0 = vec4<f32>(0.0); var s30_1 = vec4<f32>(0.0); var s30_2 = vec4<f32>(0.0); var s30_3 = vec4<f32>(0.0);
    var s31_0 = vec4<f32>(0.0); var s31_1 = vec4<f32>(0.0); var s31_2 = vec4<f32>(0.0); var s31_3 = vec4<f32>(0.0);
    for (var k = 0u; k < d4; k++) {
        let w_row = wb + 4u * k * c4;
        let w0_0 = b4[w_row + 0u * c4 + g0];
        let w0_1 = b4[w_row + 0u * c4 + g1];
        let w0_2 = b4[w_row + 0u * c4 + g2];
        let w0_3 = b4[w_row + 0u * c4 + g3];
        let w1_0 = b4[w_row + 1u * c4 + g0];
        let w1_1 = b4[w_row + 1u * c4 + g1];
        let w1_2 = b4[w_row + 1u * c4 + g2];
        let w1_3 = b4[w_row + 1u * c4 + g3];
        let w2_0 = b4[w_row + 2u * c4 + g0];
        let w2_1 = b4[w_row + 2u * c4 + g1];
        let w2_2 = b4[w_row + 2u * c4 + g2];
        let w2_3 = b4[w_row + 2u * c4 + g3];
        let w3_0 = b4[w_row + 3u * c4 + g0];
        let w3_1 = b4[w_row + 3u * c4 + g1];
        let w3_2 = b4[w_row + 3u * c4 + g2];
        let w3_3 = b4[w_row + 3u * c4 + g3];
        let zvg0 = a4[zl0 + k];
        let zv0 = subgroupBroadcast(zvg0, 0u);
        s0_0 = fma(vec4<f32>(zv0.w), w3_0, fma(vec4<f32>(zv0.z), w2_0, fma(vec4<f32>(zv0.y), w1_0, fma(vec4<f32>(zv0.x), w0_0, s0_0))));
        s0_1 = fma(vec4<f32>(zv0.w), w3_1, fma(vec4<f32>(zv0.z), w2_1, fma(vec4<f32>(zv0.y), w1_1, fma(vec4<f32>(zv0.x), w0_1, s0_1))));
        s0_2 = fma(vec4<f32>(zv0.w), w3_2, fma(vec4<f32>(zv0.z), w2_2, fma(vec4<f32>(zv0.y), w1_2, fma(vec4<f32>(zv0.x), w0_2, s0_2))));
        s0_3 = fma(vec4<f32>(zv0.w), w3_3, fma(vec4<f32>(zv0.z), w2_3, fma(vec4<f32>(zv0.y), w1_3, fma(vec4<f32>(zv0.x), w0_3, s0_3))));
        let zv1 = subgroupBroadcast(zvg0, 1u);
        s1_0 = fma(vec4<f32>(zv1.w), w3_0, fma(vec4<f32>(zv1.z), w2_0, fma(vec4<f32>(zv1.y), w1_0, fma(vec4<f32>(zv1.x), w0_0, s1_0))));
        s1_1 = fma(vec4<f32>(zv1.w), w3_1, fma(vec4<f32>(zv1.z), w2_1, fma(vec4<f32>(zv1.y), w1_1, fma(vec4<f32>(zv1.x), w0_1, s1_1))));
        s1_2 = fma(vec4<f32>(zv1.w), w3_2, fma(vec4<f32>(zv1.z), w2_2, fma(vec4<f32>(zv1.y), w1_2, fma(vec4<f32>(zv1.x), w0_2, s1_2))));
        s1_3 = fma(vec4<f32>(zv1.w), w3_3, fma(vec4<f32>(zv1.z), w2_3, fma(vec4<f32>(zv1.y), w1_3, fma(vec4<f32>(zv1.x), w0_3, s1_3))));
        let zv2 = subgroupBroadcast(zvg0, 2u);
        s2_0 = fma(vec4<f32>(zv2.w), w3_0, fma(vec4<f32>(zv2.z), w2_0, fma(vec4<f32>(zv2.y), w1_0, fma(vec4<f32>(zv2.x), w0_0, s2_0))));
        s2_1 = fma(vec4<f32>(zv2.w), w3_1, fma(vec4<f32>(zv2.z), w2_1, fma(vec4<f32>(zv2.y), w1_1, fma(vec4<f32>(zv2.x), w0_1, s2_1))));
        s2_2 = fma(vec4<f32>(zv2.w), w3_2, fma(vec4<f32>(zv2.z), w2_2, fma(vec4<f32>(zv2.y), w1_2, fma(vec4<f32>(zv2.x), w0_2, s2_2))));
        s2_3 = fma(vec4<f32>(zv2.w), w3_3, fma(vec4<f32>(zv2.z), w2_3, fma(vec4<f32>(zv2.y), w1_3, fma(vec4<f32>(zv2.x), w0_3, s2_3))));
        let zv3 = subgroupBroadcast(zvg0, 3u);
        s3_0 = fma(vec4<f32>(zv3.w), w3_0, fma(vec4<f32>(zv3.z), w2_0, fma(vec4<f32>(zv3.y), w1_0, fma(vec4<f32>(zv3.x), w0_0, s3_0))));
        s3_1 = fma(vec4<f32>(zv3.w), w3_1, fma(vec4<f32>(zv3.z), w2_1, fma(vec4<f32>(zv3.y), w1_1, fma(vec4<f32>(zv3.x), w0_1, s3_1))));
        s3_2 = fma(vec4<f32>(zv3.w), w3_2, fma(vec4<f32>(zv3.z), w2_2, fma(vec4<f32>(zv3.y), w1_2, fma(vec4<f32>(zv3.x), w0_2, s3_2))));
        s3_3 = fma(vec4<f32>(zv3.w), w3_3, fma(vec4<f32>(zv3.z), w2_3, fma(vec4<f32>(zv3.y), w1_3, fma(vec4<f32>(zv3.x), w0_3, s3_3))));
        let zv4 = subgroupBroadcast(zvg0, 4u);
        s4_0 = fma(vec4<f32>(zv4.w), w3_0, fma(vec4<f32>(zv4.z), w2_0, fma(vec4<f32>(zv4.y), w1_0, fma(vec4<f32>(zv4.x), w0_0, s4_0))));
        s4_1 = fma(vec4<f32>(zv4.w), w3_1, fma(vec4<f32>(zv4.z), w2_1, fma(vec4<f32>(zv4.y), w1_1, fma(vec4<f32>(zv4.x), w0_1, s4_1))));
        s4_2 = fma(vec4<f32>(zv4.w), w3_2, fma(vec4<f32>(zv4.z), w2_2, fma(vec4<f32>(zv4.y), w1_2, fma(vec4<f32>(zv4.x), w0_2, s4_2))));
        s4_3 = fma(vec4<f32>(zv4.w), w3_3, fma(vec4<f32>(zv4.z), w2_3, fma(vec4<f32>(zv4.y), w1_3, fma(vec4<f32>(zv4.x), w0_3, s4_3))));
        let zv5 = subgroupBroadcast(zvg0, 5u);
        s5_0 = fma(vec4<f32>(zv5.w), w3_0, fma(vec4<f32>(zv5.z), w2_0, fma(vec4<f32>(zv5.y), w1_0, fma(vec4<f32>(zv5.x), w0_0, s5_0))));
        s5_1 = fma(vec4<f32>(zv5.w), w3_1, fma(vec4<f32>(zv5.z), w2_1, fma(vec4<f32>(zv5.y), w1_1, fma(vec4<f32>(zv5.x), w0_1, s5_1))));
        s5_2 = fma(vec4<f32>(zv5.w), w3_2, fma(vec4<f32>(zv5.z), w2_2, fma(vec4<f32>(zv5.y), w1_2, fma(vec4<f32>(zv5.x), w0_2, s5_2))));
        s5_3 = fma(vec4<f32>(zv5.w), w3_3, fma(vec4<f32>(zv5.z), w2_3, fma(vec4<f32>(zv5.y), w1_3, fma(vec4<f32>(zv5.x), w0_3, s5_3))));
        let zv6 = subgroupBroadcast(zvg0, 6u);
        s6_0 = fma(vec4<f32>(zv6.w), w3_0, fma(vec4<f32>(zv6.z), w2_0, fma(vec4<f32>(zv6.y), w1_0, fma(vec4<f32>(zv6.x), w0_0, s6_0))));
        s6_1 = fma(vec4<f32>(zv6.w), w3_1, fma(vec4<f32>(zv6.z), w2_1, fma(vec4<f32>(zv6.y), w1_1, fma(vec4<f32>(zv6.x), w0_1, s6_1))));
        s6_2 = fma(vec4<f32>(zv6.w), w3_2, fma(vec4<f32>(zv6.z), w2_2, fma(vec4<f32>(zv6.y), w1_2, fma(vec4<f32>(zv6.x), w0_2, s6_2))));
        s6_3 = fma(vec4<f32>(zv6.w), w3_3, fma(vec4<f32>(zv6.z), w2_3, fma(vec4<f32>(zv6.y), w1_3, fma(vec4<f32>(zv6.x), w0_3, s6_3))));
        let zv7 = subgroupBroadcast(zvg0, 7u);
        s7_0 = fma(vec4<f32>(zv7.w), w3_0, fma(vec4<f32>(zv7.z), w2_0, fma(vec4<f32>(zv7.y), w1_0, fma(vec4<f32>(zv7.x), w0_0, s7_0))));
        s7_1 = fma(vec4<f32>(zv7.w), w3_1, fma(vec4<f32>(zv7.z), w2_1, fma(vec4<f32>(zv7.y), w1_1, fma(vec4<f32>(zv7.x), w0_1, s7_1))));
        s7_2 = fma(vec4<f32>(zv7.w), w3_2, fma(vec4<f32>(zv7.z), w2_2, fma(vec4<f32>(zv7.y), w1_2, fma(vec4<f32>(zv7.x), w0_2, s7_2))));
        s7_3 = fma(vec4<f32>(zv7.w), w3_3, fma(vec4<f32>(zv7.z), w2_3, fma(vec4<f32>(zv7.y), w1_3, fma(vec4<f32>(zv7.x), w0_3, s7_3))));
        let zvg1 = a4[zl1 + k];
        let zv8 = subgroupBroadcast(zvg1, 0u);
        s8_0 = fma(vec4<f32>(zv8.w), w3_0, fma(vec4<f32>(zv8.z), w2_0, fma(vec4<f32>(zv8.y), w1_0, fma(vec4<f32>(zv8.x), w0_0, s8_0))));
        s8_1 = fma(vec4<f32>(zv8.w), w3_1, fma(vec4<f32>(zv8.z), w2_1, fma(vec4<f32>(zv8.y), w1_1, fma(vec4<f32>(zv8.x), w0_1, s8_1))));
        s8_2 = fma(vec4<f32>(zv8.w), w3_2, fma(vec4<f32>(zv8.z), w2_2, fma(vec4<f32>(zv8.y), w1_2, fma(vec4<f32>(zv8.x), w0_2, s8_2))));
        s8_3 = fma(vec4<f32>(zv8.w), w3_3, fma(vec4<f32>(zv8.z), w2_3, fma(vec4<f32>(zv8.y), w1_3, fma(vec4<f32>(zv8.x), w0_3, s8_3))));
        let zv9 = subgroupBroadcast(zvg1, 1u);
        s9_0 = fma(vec4<f32>(zv9.w), w3_0, fma(vec4<f32>(zv9.z), w2_0, fma(vec4<f32>(zv9.y), w1_0, fma(vec4<f32>(zv9.x), w0_0, s9_0))));
        s9_1 = fma(vec4<f32>(zv9.w), w3_1, fma(vec4<f32>(zv9.z), w2_1, fma(vec4<f32>(zv9.y), w1_1, fma(vec4<f32>(zv9.x), w0_1, s9_1))));
        s9_2 = fma(vec4<f32>(zv9.w), w3_2, fma(vec4<f32>(zv9.z), w2_2, fma(vec4<f32>(zv9.y), w1_2, fma(vec4<f32>(zv9.x), w0_2, s9_2))));
        s9_3 = fma(vec4<f32>(zv9.w), w3_3, fma(vec4<f32>(zv9.z), w2_3, fma(vec4<f32>(zv9.y), w1_3, fma(vec4<f32>(zv9.x), w0_3, s9_3))));
        let zv10 = subgroupBroadcast(zvg1, 2u);
        s10_0 = fma(vec4<f32>(zv10.w), w3_0, fma(vec4<f32>(zv10.z), w2_0, fma(vec4<f32>(zv10.y), w1_0, fma(vec4<f32>(zv10.x), w0_0, s10_0))));
        s10_1 = fma(vec4<f32>(zv10.w), w3_1, fma(vec4<f32>(zv10.z), w2_1, fma(vec4<f32>(zv10.y), w1_1, fma(vec4<f32>(zv10.x), w0_1, s10_1))));
        s10_2 = fma(vec4<f32>(zv10.w), w3_2, fma(vec4<f32>(zv10.z), w2_2, fma(vec4<f32>(zv10.y), w1_2, fma(vec4<f32>(zv10.x), w0_2, s10_2))));
        s10_3 = fma(vec4<f32>(zv10.w), w3_3, fma(vec4<f32>(zv10.z), w2_3, fma(vec4<f32>(zv10.y), w1_3, fma(vec4<f32>(zv10.x), w0_3, s10_3))));
        let zv11 = subgroupBroadcast(zvg1, 3u);
        s11_0 = fma(vec4<f32>(zv11.w), w3_0, fma(vec4<f32>(zv11.z), w2_0, fma(vec4<f32>(zv11.y), w1_0, fma(vec4<f32>(zv11.x), w0_0, s11_0))));
        s11_1 = fma(vec4<f32>(zv11.w), w3_1, fma(vec4<f32>(zv11.z), w2_1, fma(vec4<f32>(zv11.y), w1_1, fma(vec4<f32>(zv11.x), w0_1, s11_1))));
        s11_2 = fma(vec4<f32>(zv11.w), w3_2, fma(vec4<f32>(zv11.z), w2_2, fma(vec4<f32>(zv11.y), w1_2, fma(vec4<f32>(zv11.x), w0_2, s11_2))));
        s11_3 = fma(vec4<f32>(zv11.w), w3_3, fma(vec4<f32>(zv11.z), w2_3, fma(vec4<f32>(zv11.y), w1_3, fma(vec4<f32>(zv11.x), w0_3, s11_3))));
        let zv12 = subgroupBroadcast(zvg1, 4u);
        s12_0 = fma(vec4<f32>(zv12.w), w3_0, fma(vec4<f32>(zv12.z), w2_0, fma(vec4<f32>(zv12.y), w1_0, fma(vec4<f32>(zv12.x), w0_0, s12_0))));
        s12_1 = fma(vec4<f32>(zv12.w), w3_1, fma(vec4<f32>(zv12.z), w2_1, fma(vec4<f32>(zv12.y), w1_1, fma(vec4<f32>(zv12.x), w0_1, s12_1))));
        s12_2 = fma(vec4<f32>(zv12.w), w3_2, fma(vec4<f32>(zv12.z), w2_2, fma(vec4<f32>(zv12.y), w1_2, fma(vec4<f32>(zv12.x), w0_2, s12_2))));
        s12_3 = fma(vec4<f32>(zv12.w), w3_3, fma(vec4<f32>(zv12.z), w2_3, fma(vec4<f32>(zv12.y), w1_3, fma(vec4<f32>(zv12.x), w0_3, s12_3))));
        let zv13 = subgroupBroadcast(zvg1, 5u);
        s13_0 = fma(vec4<f32>(zv13.w), w3_0, fma(vec4<f32>(zv13.z), w2_0, fma(vec4<f32>(zv13.y), w1_0, fma(vec4<f32>(zv13.x), w0_0, s13_0))));
        s13_1 = fma(vec4<f32>(zv13.w), w3_1, fma(vec4<f32>(zv13.z), w2_1, fma(vec4<f32>(zv13.y), w1_1, fma(vec4<f32>(zv13.x), w0_1, s13_1))));
        s13_2 = fma(vec4<f32>(zv13.w), w3_2, fma(vec4<f32>(zv13.z), w2_2, fma(vec4<f32>(zv13.y), w1_2, fma(vec4<f32>(zv13.x), w0_2, s13_2))));
        s13_3 = fma(vec4<f32>(zv13.w), w3_3, fma(vec4<f32>(zv13.z), w2_3, fma(vec4<f32>(zv13.y), w1_3, fma(vec4<f32>(zv13.x), w0_3, s13_3))));
        let zv14 = subgroupBroadcast(zvg1, 6u);
        s14_0 = fma(vec4<f32>(zv14.w), w3_0, fma(vec4<f32>(zv14.z), w2_0, fma(vec4<f32>(zv14.y), w1_0, fma(vec4<f32>(zv14.x), w0_0, s14_0))));
        s14_1 = fma(vec4<f32>(zv14.w), w3_1, fma(vec4<f32>(zv14.z), w2_1, fma(vec4<f32>(zv14.y), w1_1, fma(vec4<f32>(zv14.x), w0_1, s14_1))));
        s14_2 = fma(vec4<f32>(zv14.w), w3_2, fma(vec4<f32>(zv14.z), w2_2, fma(vec4<f32>(zv14.y), w1_2, fma(vec4<f32>(zv14.x), w0_2, s14_2))));
        s14_3 = fma(vec4<f32>(zv14.w), w3_3, fma(vec4<f32>(zv14.z), w2_3, fma(vec4<f32>(zv14.y), w1_3, fma(vec4<f32>(zv14.x), w0_3, s14_3))));
        let zv15 = subgroupBroadcast(zvg1, 7u);
        s15_0 = fma(vec4<f32>(zv15.w), w3_0, fma(vec4<f32>(zv15.z), w2_0, fma(vec4<f32>(zv15.y), w1_0, fma(vec4<f32>(zv15.x), w0_0, s15_0))));
        s15_1 = fma(vec4<f32>(zv15.w), w3_1, fma(vec4<f32>(zv15.z), w2_1, fma(vec4<f32>(zv15.y), w1_1, fma(vec4<f32>(zv15.x), w0_1, s15_1))));
        s15_2 = fma(vec4<f32>(zv15.w), w3_2, fma(vec4<f32>(zv15.z), w2_2, fma(vec4<f32>(zv15.y), w1_2, fma(vec4<f32>(zv15.x), w0_2, s15_2))));
        s15_3 = fma(vec4<f32>(zv15.w), w3_3, fma(vec4<f32>(zv15.z), w2_3, fma(vec4<f32>(zv15.y), w1_3, fma(vec4<f32>(zv15.x), w0_3, s15_3))));
        let zvg2 = a4[zl2 + k];
        let zv16 = subgroupBroadcast(zvg2, 0u);
        s16_0 = fma(vec4<f32>(zv16.w), w3_0, fma(vec4<f32>(zv16.z), w2_0, fma(vec4<f32>(zv16.y), w1_0, fma(vec4<f32>(zv16.x), w0_0, s16_0))));
        s16_1 = fma(vec4<f32>(zv16.w), w3_1, fma(vec4<f32>(zv16.z), w2_1, fma(vec4<f32>(zv16.y), w1_1, fma(vec4<f32>(zv16.x), w0_1, s16_1))));
        s16_2 = fma(vec4<f32>(zv16.w), w3_2, fma(vec4<f32>(zv16.z), w2_2, fma(vec4<f32>(zv16.y), w1_2, fma(vec4<f32>(zv16.x), w0_2, s16_2))));
        s16_3 = fma(vec4<f32>(zv16.w), w3_3, fma(vec4<f32>(zv16.z), w2_3, fma(vec4<f32>(zv16.y), w1_3, fma(vec4<f32>(zv16.x), w0_3, s16_3))));
        let zv17 = subgroupBroadcast(zvg2, 1u);
        s17_0 = fma(vec4<f32>(zv17.w), w3_0, fma(vec4<f32>(zv17.z), w2_0, fma(vec4<f32>(zv17.y), w1_0, fma(vec4<f32>(zv17.x), w0_0, s17_0))));
        s17_1 = fma(vec4<f32>(zv17.w), w3_1, fma(vec4<f32>(zv17.z), w2_1, fma(vec4<f32>(zv17.y), w1_1, fma(vec4<f32>(zv17.x), w0_1, s17_1))));
        s17_2 = fma(vec4<f32>(zv17.w), w3_2, fma(vec4<f32>(zv17.z), w2_2, fma(vec4<f32>(zv17.y), w1_2, fma(vec4<f32>(zv17.x), w0_2, s17_2))));
        s17_3 = fma(vec4<f32>(zv17.w), w3_3, fma(vec4<f32>(zv17.z), w2_3, fma(vec4<f32>(zv17.y), w1_3, fma(vec4<f32>(zv17.x), w0_3, s17_3))));
        let zv18 = subgroupBroadcast(zvg2, 2u);
        s18_0 = fma(vec4<f32>(zv18.w), w3_0, fma(vec4<f32>(zv18.z), w2_0, fma(vec4<f32>(zv18.y), w1_0, fma(vec4<f32>(zv18.x), w0_0, s18_0))));
        s18_1 = fma(vec4<f32>(zv18.w), w3_1, fma(vec4<f32>(zv18.z), w2_1, fma(vec4<f32>(zv18.y), w1_1, fma(vec4<f32>(zv18.x), w0_1, s18_1))));
        s18_2 = fma(vec4<f32>(zv18.w), w3_2, fma(vec4<f32>(zv18.z), w2_2, fma(vec4<f32>(zv18.y), w1_2, fma(vec4<f32>(zv18.x), w0_2, s18_2))));
        s18_3 = fma(vec4<f32>(zv18.w), w3_3, fma(vec4<f32>(zv18.z), w2_3, fma(vec4<f32>(zv18.y), w1_3, fma(vec4<f32>(zv18.x), w0_3, s18_3))));
        let zv19 = subgroupBroadcast(zvg2, 3u);
        s19_0 = fma(vec4<f32>(zv19.w), w3_0, fma(vec4<f32>(zv19.z), w2_0, fma(vec4<f32>(zv19.y), w1_0, fma(vec4<f32>(zv19.x), w0_0, s19_0))));
        s19_1 = fma(vec4<f32>(zv19.w), w3_1, fma(vec4<f32>(zv19.z), w2_1, fma(vec4<f32>(zv19.y), w1_1, fma(vec4<f32>(zv19.x), w0_1, s19_1))));
        s19_2 = fma(vec4<f32>(zv19.w), w3_2, fma(vec4<f32>(zv19.z), w2_2, fma(vec4<f32>(zv19.y), w1_2, fma(vec4<f32>(zv19.x), w0_2, s19_2))));
        s19_3 = fma(vec4<f32>(zv19.w), w3_3, fma(vec4<f32>(zv19.z), w2_3, fma(vec4<f32>(zv19.y), w1_3, fma(vec4<f32>(zv19.x), w0_3, s19_3))));
        let zv20 = subgroupBroadcast(zvg2, 4u);
        s20_0 = fma(vec4<f32>(zv20.w), w3_0, fma(vec4<f32>(zv20.z), w2_0, fma(vec4<f32>(zv20.y), w1_0, fma(vec4<f32>(zv20.x), w0_0, s20_0))));
        s20_1 = fma(vec4<f32>(zv20.w), w3_1, fma(vec4<f32>(zv20.z), w2_1, fma(vec4<f32>(zv20.y), w1_1, fma(vec4<f32>(zv20.x), w0_1, s20_1))));
        s20_2 = fma(vec4<f32>(zv20.w), w3_2, fma(vec4<f32>(zv20.z), w2_2, fma(vec4<f32>(zv20.y), w1_2, fma(vec4<f32>(zv20.x), w0_2, s20_2))));
        s20_3 = fma(vec4<f32>(zv20.w), w3_3, fma(vec4<f32>(zv20.z), w2_3, fma(vec4<f32>(zv20.y), w1_3, fma(vec4<f32>(zv20.x), w0_3, s20_3))));
        let zv21 = subgroupBroadcast(zvg2, 5u);
        s21_0 = fma(vec4<f32>(zv21.w), w3_0, fma(vec4<f32>(zv21.z), w2_0, fma(vec4<f32>(zv21.y), w1_0, fma(vec4<f32>(zv21.x), w0_0, s21_0))));
        s21_1 = fma(vec4<f32>(zv21.w), w3_1, fma(vec4<f32>(zv21.z), w2_1, fma(vec4<f32>(zv21.y), w1_1, fma(vec4<f32>(zv21.x), w0_1, s21_1))));
        s21_2 = fma(vec4<f32>(zv21.w), w3_2, fma(vec4<f32>(zv21.z), w2_2, fma(vec4<f32>(zv21.y), w1_2, fma(vec4<f32>(zv21.x), w0_2, s21_2))));
        s21_3 = fma(vec4<f32>(zv21.w), w3_3, fma(vec4<f32>(zv21.z), w2_3, fma(vec4<f32>(zv21.y), w1_3, fma(vec4<f32>(zv21.x), w0_3, s21_3))));
        let zv22 = subgroupBroadcast(zvg2, 6u);
        s22_0 = fma(vec4<f32>(zv22.w), w3_0, fma(vec4<f32>(zv22.z), w2_0, fma(vec4<f32>(zv22.y), w1_0, fma(vec4<f32>(zv22.x), w0_0, s22_0))));
        s22_1 = fma(vec4<f32>(zv22.w), w3_1, fma(vec4<f32>(zv22.z), w2_1, fma(vec4<f32>(zv22.y), w1_1, fma(vec4<f32>(zv22.x), w0_1, s22_1))));
        s22_2 = fma(vec4<f32>(zv22.w), w3_2, fma(vec4<f32>(zv22.z), w2_2, fma(vec4<f32>(zv22.y), w1_2, fma(vec4<f32>(zv22.x), w0_2, s22_2))));
        s22_3 = fma(vec4<f32>(zv22.w), w3_3, fma(vec4<f32>(zv22.z), w2_3, fma(vec4<f32>(zv22.y), w1_3, fma(vec4<f32>(zv22.x), w0_3, s22_3))));
        let zv23 = subgroupBroadcast(zvg2, 7u);
        s23_0 = fma(vec4<f32>(zv23.w), w3_0, fma(vec4<f32>(zv23.z), w2_0, fma(vec4<f32>(zv23.y), w1_0, fma(vec4<f32>(zv23.x), w0_0, s23_0))));
        s23_1 = fma(vec4<f32>(zv23.w), w3_1, fma(vec4<f32>(zv23.z), w2_1, fma(vec4<f32>(zv23.y), w1_1, fma(vec4<f32>(zv23.x), w0_1, s23_1))));
        s23_2 = fma(vec4<f32>(zv23.w), w3_2, fma(vec4<f32>(zv23.z), w2_2, fma(vec4<f32>(zv23.y), w1_2, fma(vec4<f32>(zv23.x), w0_2, s23_2))));
        s23_3 = fma(vec4<f32>(zv23.w), w3_3, fma(vec4<f32>(zv23.z), w2_3, fma(vec4<f32>(zv23.y), w1_3, fma(vec4<f32>(zv23.x), w0_3, s23_3))));
        let zvg3 = a4[zl3 + k];
        let zv24 = subgroupBroadcast(zvg3, 0u);
        s24_0 = fma(vec4<f32>(zv24.w), w3_0, fma(vec4<f32>(zv24.z), w2_0, fma(vec4<f32>(zv24.y), w1_0, fma(vec4<f32>(zv24.x), w0_0, s24_0))));
        s24_1 = fma(vec4<f32>(zv24.w), w3_1, fma(vec4<f32>(zv24.z), w2_1, fma(vec4<f32>(zv24.y), w1_1, fma(vec4<f32>(zv24.x), w0_1, s24_1))));
        s24_2 = fma(vec4<f32>(zv24.w), w3_2, fma(vec4<f32>(zv24.z), w2_2, fma(vec4<f32>(zv24.y), w1_2, fma(vec4<f32>(zv24.x), w0_2, s24_2))));
        s24_3 = fma(vec4<f32>(zv24.w), w3_3, fma(vec4<f32>(zv24.z), w2_3, fma(vec4<f32>(zv24.y), w1_3, fma(vec4<f32>(zv24.x), w0_3, s24_3))));
        let zv25 = subgroupBroadcast(zvg3, 1u);
        s25_0 = fma(vec4<f32>(zv25.w), w3_0, fma(vec4<f32>(zv25.z), w2_0, fma(vec4<f32>(zv25.y), w1_0, fma(vec4<f32>(zv25.x), w0_0, s25_0))));
        s25_1 = fma(vec4<f32>(zv25.w), w3_1, fma(vec4<f32>(zv25.z), w2_1, fma(vec4<f32>(zv25.y), w1_1, fma(vec4<f32>(zv25.x), w0_1, s25_1))));
        s25_2 = fma(vec4<f32>(zv25.w), w3_2, fma(vec4<f32>(zv25.z), w2_2, fma(vec4<f32>(zv25.y), w1_2, fma(vec4<f32>(zv25.x), w0_2, s25_2))));
        s25_3 = fma(vec4<f32>(zv25.w), w3_3, fma(vec4<f32>(zv25.z), w2_3, fma(vec4<f32>(zv25.y), w1_3, fma(vec4<f32>(zv25.x), w0_3, s25_3))));
        let zv26 = subgroupBroadcast(zvg3, 2u);
        s26_0 = fma(vec4<f32>(zv26.w), w3_0, fma(vec4<f32>(zv26.z), w2_0, fma(vec4<f32>(zv26.y), w1_0, fma(vec4<f32>(zv26.x), w0_0, s26_0))));
        s26_1 = fma(vec4<f32>(zv26.w), w3_1, fma(vec4<f32>(zv26.z), w2_1, fma(vec4<f32>(zv26.y), w1_1, fma(vec4<f32>(zv26.x), w0_1, s26_1))));
        s26_2 = fma(vec4<f32>(zv26.w), w3_2, fma(vec4<f32>(zv26.z), w2_2, fma(vec4<f32>(zv26.y), w1_2, fma(vec4<f32>(zv26.x), w0_2, s26_2))));
        s26_3 = fma(vec4<f32>(zv26.w), w3_3, fma(vec4<f32>(zv26.z), w2_3, fma(vec4<f32>(zv26.y), w1_3, fma(vec4<f32>(zv26.x), w0_3, s26_3))));
        let zv27 = subgroupBroadcast(zvg3, 3u);
        s27_0 = fma(vec4<f32>(zv27.w), w3_0, fma(vec4<f32>(zv27.z), w2_0, fma(vec4<f32>(zv27.y), w1_0, fma(vec4<f32>(zv27.x), w0_0, s27_0))));
        s27_1 = fma(vec4<f32>(zv27.w), w3_1, fma(vec4<f32>(zv27.z), w2_1, fma(vec4<f32>(zv27.y), w1_1, fma(vec4<f32>(zv27.x), w0_1, s27_1))));
        s27_2 = fma(vec4<f32>(zv27.w), w3_2, fma(vec4<f32>(zv27.z), w2_2, fma(vec4<f32>(zv27.y), w1_2, fma(vec4<f32>(zv27.x), w0_2, s27_2))));
        s27_3 = fma(vec4<f32>(zv27.w), w3_3, fma(vec4<f32>(zv27.z), w2_3, fma(vec4<f32>(zv27.y), w1_3, fma(vec4<f32>(zv27.x), w0_3, s27_3))));
        let zv28 = subgroupBroadcast(zvg3, 4u);
        s28_0 = fma(vec4<f32>(zv28.w), w3_0, fma(vec4<f32>(zv28.z), w2_0, fma(vec4<f32>(zv28.y), w1_0, fma(vec4<f32>(zv28.x), w0_0, s28_0))));
        s28_1 = fma(vec4<f32>(zv28.w), w3_1, fma(vec4<f32>(zv28.z), w2_1, fma(vec4<f32>(zv28.y), w1_1, fma(vec4<f32>(zv28.x), w0_1, s28_1))));
        s28_2 = fma(vec4<f32>(zv28.w), w3_2, fma(vec4<f32>(zv28.z), w2_2, fma(vec4<f32>(zv28.y), w1_2, fma(vec4<f32>(zv28.x), w0_2, s28_2))));
        s28_3 = fma(vec4<f32>(zv28.w), w3_3, fma(vec4<f32>(zv28.z), w2_3, fma(vec4<f32>(zv28.y), w1_3, fma(vec4<f32>(zv28.x), w0_3, s28_3))));
        let zv29 = subgroupBroadcast(zvg3, 5u);
        s29_0 = fma(vec4<f32>(zv29.w), w3_0, fma(vec4<f32>(zv29.z), w2_0, fma(vec4<f32>(zv29.y), w1_0, fma(vec4<f32>(zv29.x), w0_0, s29_0))));
        s29_1 = fma(vec4<f32>(zv29.w), w3_1, fma(vec4<f32>(zv29.z), w2_1, fma(vec4<f32>(zv29.y), w1_1, fma(vec4<f32>(zv29.x), w0_1, s29_1))));
        s29_2 = fma(vec4<f32>(zv29.w), w3_2, fma(vec4<f32>(zv29.z), w2_2, fma(vec4<f32>(zv29.y), w1_2, fma(vec4<f32>(zv29.x), w0_2, s29_2))));
        s29_3 = fma(vec4<f32>(zv29.w), w3_3, fma(vec4<f32>(zv29.z), w2_3, fma(vec4<f32>(zv29.y), w1_3, fma(vec4<f32>(zv29.x), w0_3, s29_3))));
        let zv30 = subgroupBroadcast(zvg3, 6u);
        s30_0 = fma(vec4<f32>(zv30.w), w3_0, fma(vec4<f32>(zv30.z), w2_0, fma(vec4<f32>(zv30.y), w1_0, fma(vec4<f32>(zv30.x), w0_0, s30_0))));
        s30_1 = fma(vec4<f32>(zv30.w), w3_1, fma(vec4<f32>(zv30.z), w2_1, fma(vec4<f32>(zv30.y), w1_1, fma(vec4<f32>(zv30.x), w0_1, s30_1))));
        s30_2 = fma(vec4<f32>(zv30.w), w3_2, fma(vec4<f32>(zv30.z), w2_2, fma(vec4<f32>(zv30.y), w1_2, fma(vec4<f32>(zv30.x), w0_2, s30_2))));
        s30_3 = fma(vec4<f32>(zv30.w), w3_3, fma(vec4<f32>(zv30.z), w2_3, fma(vec4<f32>(zv30.y), w1_3, fma(vec4<f32>(zv30.x), w0_3, s30_3))));
        let zv31 = subgroupBroadcast(zvg3, 7u);
        s31_0 = fma(vec4<f32>(zv31.w), w3_0, fma(vec4<f32>(zv31.z), w2_0, fma(vec4<f32>(zv31.y), w1_0, fma(vec4<f32>(zv31.x), w0_0, s31_0))));
        s31_1 = fma(vec4<f32>(zv31.w), w3_1, fma(vec4<f32>(zv31.z), w2_1, fma(vec4<f32>(zv31.y), w1_1, fma(vec4<f32>(zv31.x), w0_1, s31_1))));
        s31_2 = fma(vec4<f32>(zv31.w), w3_2, fma(vec4<f32>(zv31.z), w2_2, fma(vec4<f32>(zv31.y), w1_2, fma(vec4<f32>(zv31.x), w0_2, s31_2))));
        s31_3 = fma(vec4<f32>(zv31.w), w3_3, fma(vec4<f32>(zv31.z), w2_3, fma(vec4<f32>(zv31.y), w1_3, fma(vec4<f32>(zv31.x), w0_3, s31_3))));
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_2.x, s0_2.y, s0_2.z, s0_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_3.x, s0_3.y, s0_3.z, s0_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_2.x, s1_2.y, s1_2.z, s1_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_3.x, s1_3.y, s1_3.z, s1_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_2.x, s2_2.y, s2_2.z, s2_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_3.x, s2_3.y, s2_3.z, s2_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_2.x, s3_2.y, s3_2.z, s3_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_3.x, s3_3.y, s3_3.z, s3_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_2.x, s4_2.y, s4_2.z, s4_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_3.x, s4_3.y, s4_3.z, s4_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_2.x, s5_2.y, s5_2.z, s5_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_3.x, s5_3.y, s5_3.z, s5_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_2.x, s6_2.y, s6_2.z, s6_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_3.x, s6_3.y, s6_3.z, s6_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_2.x, s7_2.y, s7_2.z, s7_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_3.x, s7_3.y, s7_3.z, s7_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_2.x, s8_2.y, s8_2.z, s8_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_3.x, s8_3.y, s8_3.z, s8_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_2.x, s9_2.y, s9_2.z, s9_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_3.x, s9_3.y, s9_3.z, s9_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_2.x, s10_2.y, s10_2.z, s10_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_3.x, s10_3.y, s10_3.z, s10_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_2.x, s11_2.y, s11_2.z, s11_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_3.x, s11_3.y, s11_3.z, s11_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_2.x, s12_2.y, s12_2.z, s12_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_3.x, s12_3.y, s12_3.z, s12_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_2.x, s13_2.y, s13_2.z, s13_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_3.x, s13_3.y, s13_3.z, s13_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_2.x, s14_2.y, s14_2.z, s14_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_3.x, s14_3.y, s14_3.z, s14_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_2.x, s15_2.y, s15_2.z, s15_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_3.x, s15_3.y, s15_3.z, s15_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s16_2.x, s16_2.y, s16_2.z, s16_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s16_3.x, s16_3.y, s16_3.z, s16_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s17_2.x, s17_2.y, s17_2.z, s17_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s17_3.x, s17_3.y, s17_3.z, s17_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s18_2.x, s18_2.y, s18_2.z, s18_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s18_3.x, s18_3.y, s18_3.z, s18_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s19_2.x, s19_2.y, s19_2.z, s19_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s19_3.x, s19_3.y, s19_3.z, s19_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s20_2.x, s20_2.y, s20_2.z, s20_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s20_3.x, s20_3.y, s20_3.z, s20_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s21_2.x, s21_2.y, s21_2.z, s21_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s21_3.x, s21_3.y, s21_3.z, s21_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s22_2.x, s22_2.y, s22_2.z, s22_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s22_3.x, s22_3.y, s22_3.z, s22_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s23_2.x, s23_2.y, s23_2.z, s23_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s23_3.x, s23_3.y, s23_3.z, s23_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s24_2.x, s24_2.y, s24_2.z, s24_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s24_3.x, s24_3.y, s24_3.z, s24_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s25_2.x, s25_2.y, s25_2.z, s25_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s25_3.x, s25_3.y, s25_3.z, s25_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s26_2.x, s26_2.y, s26_2.z, s26_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s26_3.x, s26_3.y, s26_3.z, s26_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s27_2.x, s27_2.y, s27_2.z, s27_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s27_3.x, s27_3.y, s27_3.z, s27_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s28_2.x, s28_2.y, s28_2.z, s28_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s28_3.x, s28_3.y, s28_3.z, s28_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s29_2.x, s29_2.y, s29_2.z, s29_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s29_3.x, s29_3.y, s29_3.z, s29_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s30_2.x, s30_2.y, s30_2.z, s30_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s30_3.x, s30_3.y, s30_3.z, s30_3.w);
            out4[o + 3u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s31_2.x, s31_2.y, s31_2.z, s31_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s31_3.x, s31_3.y, s31_3.z, s31_3.w);
            out4[o + 3u] = act4(z);
        }
    }
}

// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_input_32x20(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 20u;
    let r0 = wid.y * 32u;
    if (r0 >= p.rows) {
        return;
    }
    let d4 = p.depth / 4u;
    let c4 = p.cols / 4u;
    let g0 = min(c0 / 4u + 0u, c4 - 1u);
    let g1 = min(c0 / 4u + 1u, c4 - 1u);
    let g2 = min(c0 / 4u + 2u, c4 - 1u);
    let g3 = min(c0 / 4u + 3u, c4 - 1u);
    let g4 = min(c0 / 4u + 4u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let wb = gid.z * p.b_batch / 4u;
    let zl0 = zb + min(r0 + 0u + lane, p.rows - 1u) * d4;
    let zl1 = zb + min(r0 + 8u + lane, p.rows - 1u) * d4;
    let zl2 = zb + min(r0 + 16u + lane, p.rows - 1u) * d4;
    let zl3 = zb + min(r0 + 24u + lane, p.rows - 1u) * d4;
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0); var s0_2 = vec4<f32>(0.0); var s0_3 = vec4<f32>(0.0); var s0_4 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0); var s1_2 = vec4<f32>(0.0); var s1_3 = vec4<f32>(0.0); var s1_4 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0); var s2_2 = vec4<f32>(0.0); var s2_3 = vec4<f32>(0.0); var s2_4 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0); var s3_2 = vec4<f32>(0.0); var s3_3 = vec4<f32>(0.0); var s3_4 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0); var s4_2 = vec4<f32>(0.0); var s4_3 = vec4<f32>(0.0); var s4_4 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0); var s5_2 = vec4<f32>(0.0); var s5_3 = vec4<f32>(0.0); var s5_4 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0); var s6_2 = vec4<f32>(0.0); var s6_3 = vec4<f32>(0.0); var s6_4 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0); var s7_2 = vec4<f32>(0.0); var s7_3 = vec4<f32>(0.0); var s7_4 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0); var s8_2 = vec4<f32>(0.0); var s8_3 = vec4<f32>(0.0); var s8_4 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0); var s9_2 = vec4<f32>(0.0); var s9_3 = vec4<f32>(0.0); var s9_4 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0); var s10_2 = vec4<f32>(0.0); var s10_3 = vec4<f32>(0.0); var s10_4 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0); var s11_2 = vec4<f32>(0.0); var s11_3 = vec4<f32>(0.0); var s11_4 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0); var s12_2 = vec4<f32>(0.0); var s12_3 = vec4<f32>(0.0); var s12_4 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0); var s13_2 = vec4<f32>(0.0); var s13_3 = vec4<f32>(0.0); var s13_4 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0); var s14_2 = vec4<f32>(0.0); var s14_3 = vec4<f32>(0.0); var s14_4 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0); var s15_2 = vec4<f32>(0.0); var s15_3 = vec4<f32>(0.0); var s15_4 = vec4<f32>(0.0);
    var s16_0 = vec4<f32>(0.0); var s16_1 = vec4<f32>(0.0); var s16_2 = vec4<f32>(0.0); var s16_3 = vec4<f32>(0.0); var s16_4 = vec4<f32>(0.0);
    var s17_0 = vec4<f32>(0.0); var s17_1 = vec4<f32>(0.0); var s17_2 = vec4<f32>(0.0); var s17_3 = vec4<f32>(0.0); var s17_4 = vec4<f32>(0.0);
    var s18_0 = vec4<f32>(0.0); var s18_1 = vec4<f32>(0.0); var s18_2 = vec4<f32>(0.0); var s18_3 = vec4<f32>(0.0); var s18_4 = vec4<f32>(0.0);
    var s19_0 = vec4<f32>(0.0); var s19_1 = vec4<f32>(0.0); var s19_2 = vec4<f32>(0.0); var s19_3 = vec4<f32>(0.0); var s19_4 = vec4<f32>(0.0);
    var s20_0 = vec4<f32>(0.0); var s20_1 = vec4<f32>(0.0); var s20_2 = vec4<f32>(0.0); var s20_3 = vec4<f32>(0.0); var s20_4 = vec4<f32>(0.0);
    var s21_0 = vec4<f32>(0.0); var s21_1 = vec4<f32>(0.0); var s21_2 = vec4<f32>(0.0); var s21_3 = vec4<f32>(0.0); var s21_4 = vec4<f32>(0.0);
    var s22_0 = vec4<f32>(0.0); var s22_1 = vec4<f32>(0.0); var s22_2 = vec4<f32>(0.0); var s22_3 = vec4<f32>(0.0); var s22_4 = vec4<f32>(0.0);
    var s23_0 = vec4<f32>(0.0); var s23_1 = vec4<f32>(0.0); var s23_2 = vec4<f32>(0.0); var s23_3 = vec4<f32>(0.0); var s23_4 = vec4<f32>(0.0);
    var s24_0 = vec4<f32>(0.0); var s24_1 = vec4<f32>(0.0); var s24_2 = vec4<f32>(0.0); var s24_3 = vec4<f32>(0.0); var s24_4 = vec4<f32>(0.0);
    var s25_0 = vec4<f32>(0.0); var s25_1 = vec4<f32>(0.0); var s25_2 = vec4<f32>(0.0); var s25_3 = vec4<f32>(0.0); var s25_4 = vec4<f32>(0.0);
    var s26_0 = vec4<f32>(0.0); var s26_1 = vec4<f32>(0.0); var s26_2 = vec4<f32>(0.0); var s26_3 = vec4<f32>(0.0); var s26_4 = vec4<f32>(0.0);
    var s27_0 = vec4<f32>(0.0); var s27_1 = vec4<f32>(0.0); var s27_2 = vec4<f32>(0.0); var s27_3 = vec4<f32>(0.0); var s27_4 = vec4<f32>(0.0);
    var s28_0 = vec4<f32>(0.0); var s28_1 = vec4<f32>(0.0); var s28_2 = vec4<f32>(0.0); var s28_3 = vec4<f32>(0.0); var s28_4 = vec4<f32>(0.0);
    var s29_0 = vec4<f32>(0.0); var s29_1 = vec4<f32>(0.0); var s29_2 = vec4<f32>(0.0); var s29_3 = vec4<f32>(0.0); var s29_4 = vec4<f32>(0.0);
    var s30_0 = vec4<f32>(0.0); var s30_1 = vec4<f32>(0.0); var s30_2 = vec4<f32>(0.0); var s30_3 = vec4<f32>(0.0); var s30_4 = vec4<f32>(0.0);
    var s31_0 = vec4<f32>(0.0); var s31_1 = vec4<f32>(0.0); var s31_2 = vec4<f32>(0.0); var s31_3 = vec4<f32>(0.0); var s31_4 = vec4<f32>(0.0);
    for (var k = 0u; k < d4; k++) {
        let w_row = wb + 4u * k * c4;
        let w0_0 = b4[w_row + 0u * c4 + g0];
        let w0_1 = b4[w_row + 0u * c4 + g1];
        let w0_2 = b4[w_row + 0u * c4 + g2];
        let w0_3 = b4[w_row + 0u * c4 + g3];
        let w0_4 = b4[w_row + 0u * c4 + g4];
        let w1_0 = b4[w_row + 1u * c4 + g0];
        let w1_1 = b4[w_row + 1u * c4 + g1];
        let w1_2 = b4[w_row + 1u * c4 + g2];
        let w1_3 = b4[w_row + 1u * c4 + g3];
        let w1_4 = b4[w_row + 1u * c4 + g4];
        let w2_0 = b4[w_row + 2u * c4 + g0];
        let w2_1 = b4[w_row + 2u * c4 + g1];
        let w2_2 = b4[w_row + 2u * c4 + g2];
        let w2_3 = b4[w_row + 2u * c4 + g3];
        let w2_4 = b4[w_row + 2u * c4 + g4];
        let w3_0 = b4[w_row + 3u * c4 + g0];
        let w3_1 = b4[w_row + 3u * c4 + g1];
        let w3_2 = b4[w_row + 3u * c4 + g2];
        let w3_3 = b4[w_row + 3u * c4 + g3];
        let w3_4 = b4[w_row + 3u * c4 + g4];
        let zvg0 = a4[zl0 + k];
        let zv0 = subgroupBroadcast(zvg0, 0u);
        s0_0 = fma(vec4<f32>(zv0.w), w3_0, fma(vec4<f32>(zv0.z), w2_0, fma(vec4<f32>(zv0.y), w1_0, fma(vec4<f32>(zv0.x), w0_0, s0_0))));
        s0_1 = fma(vec4<f32>(zv0.w), w3_1, fma(vec4<f32>(zv0.z), w2_1, fma(vec4<f32>(zv0.y), w1_1, fma(vec4<f32>(zv0.x), w0_1, s0_1))));
        s0_2 = fma(vec4<f32>(zv0.w), w3_2, fma(vec4<f32>(zv0.z), w2_2, fma(vec4<f32>(zv0.y), w1_2, fma(vec4<f32>(zv0.x), w0_2, s0_2))));
        s0_3 = fma(vec4<f32>(zv0.w), w3_3, fma(vec4<f32>(zv0.z), w2_3, fma(vec4<f32>(zv0.y), w1_3, fma(vec4<f32>(zv0.x), w0_3, s0_3))));
        s0_4 = fma(vec4<f32>(zv0.w), w3_4, fma(vec4<f32>(zv0.z), w2_4, fma(vec4<f32>(zv0.y), w1_4, fma(vec4<f32>(zv0.x), w0_4, s0_4))));
        let zv1 = subgroupBroadcast(zvg0, 1u);
        s1_0 = fma(vec4<f32>(zv1.w), w3_0, fma(vec4<f32>(zv1.z), w2_0, fma(vec4<f32>(zv1.y), w1_0, fma(vec4<f32>(zv1.x), w0_0, s1_0))));
        s1_1 = fma(vec4<f32>(zv1.w), w3_1, fma(vec4<f32>(zv1.z), w2_1, fma(vec4<f32>(zv1.y), w1_1, fma(vec4<f32>(zv1.x), w0_1, s1_1))));
        s1_2 = fma(vec4<f32>(zv1.w), w3_2, fma(vec4<f32>(zv1.z), w2_2, fma(vec4<f32>(zv1.y), w1_2, fma(vec4<f32>(zv1.x), w0_2, s1_2))));
        s1_3 = fma(vec4<f32>(zv1.w), w3_3, fma(vec4<f32>(zv1.z), w2_3, fma(vec4<f32>(zv1.y), w1_3, fma(vec4<f32>(zv1.x), w0_3, s1_3))));
        s1_4 = fma(vec4<f32>(zv1.w), w3_4, fma(vec4<f32>(zv1.z), w2_4, fma(vec4<f32>(zv1.y), w1_4, fma(vec4<f32>(zv1.x), w0_4, s1_4))));
        let zv2 = subgroupBroadcast(zvg0, 2u);
        s2_0 = fma(vec4<f32>(zv2.w), w3_0, fma(vec4<f32>(zv2.z), w2_0, fma(vec4<f32>(zv2.y), w1_0, fma(vec4<f32>(zv2.x), w0_0, s2_0))));
        s2_1 = fma(vec4<f32>(zv2.w), w3_1, fma(vec4<f32>(zv2.z), w2_1, fma(vec4<f32>(zv2.y), w1_1, fma(vec4<f32>(zv2.x), w0_1, s2_1))));
        s2_2 = fma(vec4<f32>(zv2.w), w3_2, fma(vec4<f32>(zv2.z), w2_2, fma(vec4<f32>(zv2.y), w1_2, fma(vec4<f32>(zv2.x), w0_2, s2_2))));
        s2_3 = fma(vec4<f32>(zv2.w), w3_3, fma(vec4<f32>(zv2.z), w2_3, fma(vec4<f32>(zv2.y), w1_3, fma(vec4<f32>(zv2.x), w0_3, s2_3))));
        s2_4 = fma(vec4<f32>(zv2.w), w3_4, fma(vec4<f32>(zv2.z), w2_4, fma(vec4<f32>(zv2.y), w1_4, fma(vec4<f32>(zv2.x), w0_4, s2_4))));
        let zv3 = subgroupBroadcast(zvg0, 3u);
        s3_0 = fma(vec4<f32>(zv3.w), w3_0, fma(vec4<f32>(zv3.z), w2_0, fma(vec4<f32>(zv3.y), w1_0, fma(vec4<f32>(zv3.x), w0_0, s3_0))));
        s3_1 = fma(vec4<f32>(zv3.w), w3_1, fma(vec4<f32>(zv3.z), w2_1, fma(vec4<f32>(zv3.y), w1_1, fma(vec4<f32>(zv3.x), w0_1, s3_1))));
        s3_2 = fma(vec4<f32>(zv3.w), w3_2, fma(vec4<f32>(zv3.z), w2_2, fma(vec4<f32>(zv3.y), w1_2, fma(vec4<f32>(zv3.x), w0_2, s3_2))));
        s3_3 = fma(vec4<f32>(zv3.w), w3_3, fma(vec4<f32>(zv3.z), w2_3, fma(vec4<f32>(zv3.y), w1_3, fma(vec4<f32>(zv3.x), w0_3, s3_3))));
        s3_4 = fma(vec4<f32>(zv3.w), w3_4, fma(vec4<f32>(zv3.z), w2_4, fma(vec4<f32>(zv3.y), w1_4, fma(vec4<f32>(zv3.x), w0_4, s3_4))));
        let zv4 = subgroupBroadcast(zvg0, 4u);
        s4_0 = fma(vec4<f32>(zv4.w), w3_0, fma(vec4<f32>(zv4.z), w2_0, fma(vec4<f32>(zv4.y), w1_0, fma(vec4<f32>(zv4.x), w0_0, s4_0))));
        s4_1 = fma(vec4<f32>(zv4.w), w3_1, fma(vec4<f32>(zv4.z), w2_1, fma(vec4<f32>(zv4.y), w1_1, fma(vec4<f32>(zv4.x), w0_1, s4_1))));
        s4_2 = fma(vec4<f32>(zv4.w), w3_2, fma(vec4<f32>(zv4.z), w2_2, fma(vec4<f32>(zv4.y), w1_2, fma(vec4<f32>(zv4.x), w0_2, s4_2))));
        s4_3 = fma(vec4<f32>(zv4.w), w3_3, fma(vec4<f32>(zv4.z), w2_3, fma(vec4<f32>(zv4.y), w1_3, fma(vec4<f32>(zv4.x), w0_3, s4_3))));
        s4_4 = fma(vec4<f32>(zv4.w), w3_4, fma(vec4<f32>(zv4.z), w2_4, fma(vec4<f32>(zv4.y), w1_4, fma(vec4<f32>(zv4.x), w0_4, s4_4))));
        let zv5 = subgroupBroadcast(zvg0, 5u);
        s5_0 = fma(vec4<f32>(zv5.w), w3_0, fma(vec4<f32>(zv5.z), w2_0, fma(vec4<f32>(zv5.y), w1_0, fma(vec4<f32>(zv5.x), w0_0, s5_0))));
        s5_1 = fma(vec4<f32>(zv5.w), w3_1, fma(vec4<f32>(zv5.z), w2_1, fma(vec4<f32>(zv5.y), w1_1, fma(vec4<f32>(zv5.x), w0_1, s5_1))));
        s5_2 = fma(vec4<f32>(zv5.w), w3_2, fma(vec4<f32>(zv5.z), w2_2, fma(vec4<f32>(zv5.y), w1_2, fma(vec4<f32>(zv5.x), w0_2, s5_2))));
        s5_3 = fma(vec4<f32>(zv5.w), w3_3, fma(vec4<f32>(zv5.z), w2_3, fma(vec4<f32>(zv5.y), w1_3, fma(vec4<f32>(zv5.x), w0_3, s5_3))));
        s5_4 = fma(vec4<f32>(zv5.w), w3_4, fma(vec4<f32>(zv5.z), w2_4, fma(vec4<f32>(zv5.y), w1_4, fma(vec4<f32>(zv5.x), w0_4, s5_4))));
        let zv6 = subgroupBroadcast(zvg0, 6u);
        s6_0 = fma(vec4<f32>(zv6.w), w3_0, fma(vec4<f32>(zv6.z), w2_0, fma(vec4<f32>(zv6.y), w1_0, fma(vec4<f32>(zv6.x), w0_0, s6_0))));
        s6_1 = fma(vec4<f32>(zv6.w), w3_1, fma(vec4<f32>(zv6.z), w2_1, fma(vec4<f32>(zv6.y), w1_1, fma(vec4<f32>(zv6.x), w0_1, s6_1))));
        s6_2 = fma(vec4<f32>(zv6.w), w3_2, fma(vec4<f32>(zv6.z), w2_2, fma(vec4<f32>(zv6.y), w1_2, fma(vec4<f32>(zv6.x), w0_2, s6_2))));
        s6_3 = fma(vec4<f32>(zv6.w), w3_3, fma(vec4<f32>(zv6.z), w2_3, fma(vec4<f32>(zv6.y), w1_3, fma(vec4<f32>(zv6.x), w0_3, s6_3))));
        s6_4 = fma(vec4<f32>(zv6.w), w3_4, fma(vec4<f32>(zv6.z), w2_4, fma(vec4<f32>(zv6.y), w1_4, fma(vec4<f32>(zv6.x), w0_4, s6_4))));
        let zv7 = subgroupBroadcast(zvg0, 7u);
        s7_0 = fma(vec4<f32>(zv7.w), w3_0, fma(vec4<f32>(zv7.z), w2_0, fma(vec4<f32>(zv7.y), w1_0, fma(vec4<f32>(zv7.x), w0_0, s7_0))));
        s7_1 = fma(vec4<f32>(zv7.w), w3_1, fma(vec4<f32>(zv7.z), w2_1, fma(vec4<f32>(zv7.y), w1_1, fma(vec4<f32>(zv7.x), w0_1, s7_1))));
        s7_2 = fma(vec4<f32>(zv7.w), w3_2, fma(vec4<f32>(zv7.z), w2_2, fma(vec4<f32>(zv7.y), w1_2, fma(vec4<f32>(zv7.x), w0_2, s7_2))));
        s7_3 = fma(vec4<f32>(zv7.w), w3_3, fma(vec4<f32>(zv7.z), w2_3, fma(vec4<f32>(zv7.y), w1_3, fma(vec4<f32>(zv7.x), w0_3, s7_3))));
        s7_4 = fma(vec4<f32>(zv7.w), w3_4, fma(vec4<f32>(zv7.z), w2_4, fma(vec4<f32>(zv7.y), w1_4, fma(vec4<f32>(zv7.x), w0_4, s7_4))));
        let zvg1 = a4[zl1 + k];
        let zv8 = subgroupBroadcast(zvg1, 0u);
        s8_0 = fma(vec4<f32>(zv8.w), w3_0, fma(vec4<f32>(zv8.z), w2_0, fma(vec4<f32>(zv8.y), w1_0, fma(vec4<f32>(zv8.x), w0_0, s8_0))));
        s8_1 = fma(vec4<f32>(zv8.w), w3_1, fma(vec4<f32>(zv8.z), w2_1, fma(vec4<f32>(zv8.y), w1_1, fma(vec4<f32>(zv8.x), w0_1, s8_1))));
        s8_2 = fma(vec4<f32>(zv8.w), w3_2, fma(vec4<f32>(zv8.z), w2_2, fma(vec4<f32>(zv8.y), w1_2, fma(vec4<f32>(zv8.x), w0_2, s8_2))));
        s8_3 = fma(vec4<f32>(zv8.w), w3_3, fma(vec4<f32>(zv8.z), w2_3, fma(vec4<f32>(zv8.y), w1_3, fma(vec4<f32>(zv8.x), w0_3, s8_3))));
        s8_4 = fma(vec4<f32>(zv8.w), w3_4, fma(vec4<f32>(zv8.z), w2_4, fma(vec4<f32>(zv8.y), w1_4, fma(vec4<f32>(zv8.x), w0_4, s8_4))));
        let zv9 = subgroupBroadcast(zvg1, 1u);
        s9_0 = fma(vec4<f32>(zv9.w), w3_0, fma(vec4<f32>(zv9.z), w2_0, fma(vec4<f32>(zv9.y), w1_0, fma(vec4<f32>(zv9.x), w0_0, s9_0))));
        s9_1 = fma(vec4<f32>(zv9.w), w3_1, fma(vec4<f32>(zv9.z), w2_1, fma(vec4<f32>(zv9.y), w1_1, fma(vec4<f32>(zv9.x), w0_1, s9_1))));
        s9_2 = fma(vec4<f32>(zv9.w), w3_2, fma(vec4<f32>(zv9.z), w2_2, fma(vec4<f32>(zv9.y), w1_2, fma(vec4<f32>(zv9.x), w0_2, s9_2))));
        s9_3 = fma(vec4<f32>(zv9.w), w3_3, fma(vec4<f32>(zv9.z), w2_3, fma(vec4<f32>(zv9.y), w1_3, fma(vec4<f32>(zv9.x), w0_3, s9_3))));
        s9_4 = fma(vec4<f32>(zv9.w), w3_4, fma(vec4<f32>(zv9.z), w2_4, fma(vec4<f32>(zv9.y), w1_4, fma(vec4<f32>(zv9.x), w0_4, s9_4))));
        let zv10 = subgroupBroadcast(zvg1, 2u);
        s10_0 = fma(vec4<f32>(zv10.w), w3_0, fma(vec4<f32>(zv10.z), w2_0, fma(vec4<f32>(zv10.y), w1_0, fma(vec4<f32>(zv10.x), w0_0, s10_0))));
        s10_1 = fma(vec4<f32>(zv10.w), w3_1, fma(vec4<f32>(zv10.z), w2_1, fma(vec4<f32>(zv10.y), w1_1, fma(vec4<f32>(zv10.x), w0_1, s10_1))));
        s10_2 = fma(vec4<f32>(zv10.w), w3_2, fma(vec4<f32>(zv10.z), w2_2, fma(vec4<f32>(zv10.y), w1_2, fma(vec4<f32>(zv10.x), w0_2, s10_2))));
        s10_3 = fma(vec4<f32>(zv10.w), w3_3, fma(vec4<f32>(zv10.z), w2_3, fma(vec4<f32>(zv10.y), w1_3, fma(vec4<f32>(zv10.x), w0_3, s10_3))));
        s10_4 = fma(vec4<f32>(zv10.w), w3_4, fma(vec4<f32>(zv10.z), w2_4, fma(vec4<f32>(zv10.y), w1_4, fma(vec4<f32>(zv10.x), w0_4, s10_4))));
        let zv11 = subgroupBroadcast(zvg1, 3u);
        s11_0 = fma(vec4<f32>(zv11.w), w3_0, fma(vec4<f32>(zv11.z), w2_0, fma(vec4<f32>(zv11.y), w1_0, fma(vec4<f32>(zv11.x), w0_0, s11_0))));
        s11_1 = fma(vec4<f32>(zv11.w), w3_1, fma(vec4<f32>(zv11.z), w2_1, fma(vec4<f32>(zv11.y), w1_1, fma(vec4<f32>(zv11.x), w0_1, s11_1))));
        s11_2 = fma(vec4<f32>(zv11.w), w3_2, fma(vec4<f32>(zv11.z), w2_2, fma(vec4<f32>(zv11.y), w1_2, fma(vec4<f32>(zv11.x), w0_2, s11_2))));
        s11_3 = fma(vec4<f32>(zv11.w), w3_3, fma(vec4<f32>(zv11.z), w2_3, fma(vec4<f32>(zv11.y), w1_3, fma(vec4<f32>(zv11.x), w0_3, s11_3))));
        s11_4 = fma(vec4<f32>(zv11.w), w3_4, fma(vec4<f32>(zv11.z), w2_4, fma(vec4<f32>(zv11.y), w1_4, fma(vec4<f32>(zv11.x), w0_4, s11_4))));
        let zv12 = subgroupBroadcast(zvg1, 4u);
        s12_0 = fma(vec4<f32>(zv12.w), w3_0, fma(vec4<f32>(zv12.z), w2_0, fma(vec4<f32>(zv12.y), w1_0, fma(vec4<f32>(zv12.x), w0_0, s12_0))));
        s12_1 = fma(vec4<f32>(zv12.w), w3_1, fma(vec4<f32>(zv12.z), w2_1, fma(vec4<f32>(zv12.y), w1_1, fma(vec4<f32>(zv12.x), w0_1, s12_1))));
        s12_2 = fma(vec4<f32>(zv12.w), w3_2, fma(vec4<f32>(zv12.z), w2_2, fma(vec4<f32>(zv12.y), w1_2, fma(vec4<f32>(zv12.x), w0_2, s12_2))));
        s12_3 = fma(vec4<f32>(zv12.w), w3_3, fma(vec4<f32>(zv12.z), w2_3, fma(vec4<f32>(zv12.y), w1_3, fma(vec4<f32>(zv12.x), w0_3, s12_3))));
        s12_4 = fma(vec4<f32>(zv12.w), w3_4, fma(vec4<f32>(zv12.z), w2_4, fma(vec4<f32>(zv12.y), w1_4, fma(vec4<f32>(zv12.x), w0_4, s12_4))));
        let zv13 = subgroupBroadcast(zvg1, 5u);
        s13_0 = fma(vec4<f32>(zv13.w), w3_0, fma(vec4<f32>(zv13.z), w2_0, fma(vec4<f32>(zv13.y), w1_0, fma(vec4<f32>(zv13.x), w0_0, s13_0))));
        s13_1 = fma(vec4<f32>(zv13.w), w3_1, fma(vec4<f32>(zv13.z), w2_1, fma(vec4<f32>(zv13.y), w1_1, fma(vec4<f32>(zv13.x), w0_1, s13_1))));
        s13_2 = fma(vec4<f32>(zv13.w), w3_2, fma(vec4<f32>(zv13.z), w2_2, fma(vec4<f32>(zv13.y), w1_2, fma(vec4<f32>(zv13.x), w0_2, s13_2))));
        s13_3 = fma(vec4<f32>(zv13.w), w3_3, fma(vec4<f32>(zv13.z), w2_3, fma(vec4<f32>(zv13.y), w1_3, fma(vec4<f32>(zv13.x), w0_3, s13_3))));
        s13_4 = fma(vec4<f32>(zv13.w), w3_4, fma(vec4<f32>(zv13.z), w2_4, fma(vec4<f32>(zv13.y), w1_4, fma(vec4<f32>(zv13.x), w0_4, s13_4))));
        let zv14 = subgroupBroadcast(zvg1, 6u);
        s14_0 = fma(vec4<f32>(zv14.w), w3_0, fma(vec4<f32>(zv14.z), w2_0, fma(vec4<f32>(zv14.y), w1_0, fma(vec4<f32>(zv14.x), w0_0, s14_0))));
        s14_1 = fma(vec4<f32>(zv14.w), w3_1, fma(vec4<f32>(zv14.z), w2_1, fma(vec4<f32>(zv14.y), w1_1, fma(vec4<f32>(zv14.x), w0_1, s14_1))));
        s14_2 = fma(vec4<f32>(zv14.w), w3_2, fma(vec4<f32>(zv14.z), w2_2, fma(vec4<f32>(zv14.y), w1_2, fma(vec4<f32>(zv14.x), w0_2, s14_2))));
        s14_3 = fma(vec4<f32>(zv14.w), w3_3, fma(vec4<f32>(zv14.z), w2_3, fma(vec4<f32>(zv14.y), w1_3, fma(vec4<f32>(zv14.x), w0_3, s14_3))));
        s14_4 = fma(vec4<f32>(zv14.w), w3_4, fma(vec4<f32>(zv14.z), w2_4, fma(vec4<f32>(zv14.y), w1_4, fma(vec4<f32>(zv14.x), w0_4, s14_4))));
        let zv15 = subgroupBroadcast(zvg1, 7u);
        s15_0 = fma(vec4<f32>(zv15.w), w3_0, fma(vec4<f32>(zv15.z), w2_0, fma(vec4<f32>(zv15.y), w1_0, fma(vec4<f32>(zv15.x), w0_0, s15_0))));
        s15_1 = fma(vec4<f32>(zv15.w), w3_1, fma(vec4<f32>(zv15.z), w2_1, fma(vec4<f32>(zv15.y), w1_1, fma(vec4<f32>(zv15.x), w0_1, s15_1))));
        s15_2 = fma(vec4<f32>(zv15.w), w3_2, fma(vec4<f32>(zv15.z), w2_2, fma(vec4<f32>(zv15.y), w1_2, fma(vec4<f32>(zv15.x), w0_2, s15_2))));
        s15_3 = fma(vec4<f32>(zv15.w), w3_3, fma(vec4<f32>(zv15.z), w2_3, fma(vec4<f32>(zv15.y), w1_3, fma(vec4<f32>(zv15.x), w0_3, s15_3))));
        s15_4 = fma(vec4<f32>(zv15.w), w3_4, fma(vec4<f32>(zv15.z), w2_4, fma(vec4<f32>(zv15.y), w1_4, fma(vec4<f32>(zv15.x), w0_4, s15_4))));
        let zvg2 = a4[zl2 + k];
        let zv16 = subgroupBroadcast(zvg2, 0u);
        s16_0 = fma(vec4<f32>(zv16.w), w3_0, fma(vec4<f32>(zv16.z), w2_0, fma(vec4<f32>(zv16.y), w1_0, fma(vec4<f32>(zv16.x), w0_0, s16_0))));
        s16_1 = fma(vec4<f32>(zv16.w), w3_1, fma(vec4<f32>(zv16.z), w2_1, fma(vec4<f32>(zv16.y), w1_1, fma(vec4<f32>(zv16.x), w0_1, s16_1))));
        s16_2 = fma(vec4<f32>(zv16.w), w3_2, fma(vec4<f32>(zv16.z), w2_2, fma(vec4<f32>(zv16.y), w1_2, fma(vec4<f32>(zv16.x), w0_2, s16_2))));
        s16_3 = fma(vec4<f32>(zv16.w), w3_3, fma(vec4<f32>(zv16.z), w2_3, fma(vec4<f32>(zv16.y), w1_3, fma(vec4<f32>(zv16.x), w0_3, s16_3))));
        s16_4 = fma(vec4<f32>(zv16.w), w3_4, fma(vec4<f32>(zv16.z), w2_4, fma(vec4<f32>(zv16.y), w1_4, fma(vec4<f32>(zv16.x), w0_4, s16_4))));
        let zv17 = subgroupBroadcast(zvg2, 1u);
        s17_0 = fma(vec4<f32>(zv17.w), w3_0, fma(vec4<f32>(zv17.z), w2_0, fma(vec4<f32>(zv17.y), w1_0, fma(vec4<f32>(zv17.x), w0_0, s17_0))));
        s17_1 = fma(vec4<f32>(zv17.w), w3_1, fma(vec4<f32>(zv17.z), w2_1, fma(vec4<f32>(zv17.y), w1_1, fma(vec4<f32>(zv17.x), w0_1, s17_1))));
        s17_2 = fma(vec4<f32>(zv17.w), w3_2, fma(vec4<f32>(zv17.z), w2_2, fma(vec4<f32>(zv17.y), w1_2, fma(vec4<f32>(zv17.x), w0_2, s17_2))));
        s17_3 = fma(vec4<f32>(zv17.w), w3_3, fma(vec4<f32>(zv17.z), w2_3, fma(vec4<f32>(zv17.y), w1_3, fma(vec4<f32>(zv17.x), w0_3, s17_3))));
        s17_4 = fma(vec4<f32>(zv17.w), w3_4, fma(vec4<f32>(zv17.z), w2_4, fma(vec4<f32>(zv17.y), w1_4, fma(vec4<f32>(zv17.x), w0_4, s17_4))));
        let zv18 = subgroupBroadcast(zvg2, 2u);
        s18_0 = fma(vec4<f32>(zv18.w), w3_0, fma(vec4<f32>(zv18.z), w2_0, fma(vec4<f32>(zv18.y), w1_0, fma(vec4<f32>(zv18.x), w0_0, s18_0))));
        s18_1 = fma(vec4<f32>(zv18.w), w3_1, fma(vec4<f32>(zv18.z), w2_1, fma(vec4<f32>(zv18.y), w1_1, fma(vec4<f32>(zv18.x), w0_1, s18_1))));
        s18_2 = fma(vec4<f32>(zv18.w), w3_2, fma(vec4<f32>(zv18.z), w2_2, fma(vec4<f32>(zv18.y), w1_2, fma(vec4<f32>(zv18.x), w0_2, s18_2))));
        s18_3 = fma(vec4<f32>(zv18.w), w3_3, fma(vec4<f32>(zv18.z), w2_3, fma(vec4<f32>(zv18.y), w1_3, fma(vec4<f32>(zv18.x), w0_3, s18_3))));
        s18_4 = fma(vec4<f32>(zv18.w), w3_4, fma(vec4<f32>(zv18.z), w2_4, fma(vec4<f32>(zv18.y), w1_4, fma(vec4<f32>(zv18.x), w0_4, s18_4))));
        let zv19 = subgroupBroadcast(zvg2, 3u);
        s19_0 = fma(vec4<f32>(zv19.w), w3_0, fma(vec4<f32>(zv19.z), w2_0, fma(vec4<f32>(zv19.y), w1_0, fma(vec4<f32>(zv19.x), w0_0, s19_0))));
        s19_1 = fma(vec4<f32>(zv19.w), w3_1, fma(vec4<f32>(zv19.z), w2_1, fma(vec4<f32>(zv19.y), w1_1, fma(vec4<f32>(zv19.x), w0_1, s19_1))));
        s19_2 = fma(vec4<f32>(zv19.w), w3_2, fma(vec4<f32>(zv19.z), w2_2, fma(vec4<f32>(zv19.y), w1_2, fma(vec4<f32>(zv19.x), w0_2, s19_2))));
        s19_3 = fma(vec4<f32>(zv19.w), w3_3, fma(vec4<f32>(zv19.z), w2_3, fma(vec4<f32>(zv19.y), w1_3, fma(vec4<f32>(zv19.x), w0_3, s19_3))));
        s19_4 = fma(vec4<f32>(zv19.w), w3_4, fma(vec4<f32>(zv19.z), w2_4, fma(vec4<f32>(zv19.y), w1_4, fma(vec4<f32>(zv19.x), w0_4, s19_4))));
        let zv20 = subgroupBroadcast(zvg2, 4u);
        s20_0 = fma(vec4<f32>(zv20.w), w3_0, fma(vec4<f32>(zv20.z), w2_0, fma(vec4<f32>(zv20.y), w1_0, fma(vec4<f32>(zv20.x), w0_0, s20_0))));
        s20_1 = fma(vec4<f32>(zv20.w), w3_1, fma(vec4<f32>(zv20.z), w2_1, fma(vec4<f32>(zv20.y), w1_1, fma(vec4<f32>(zv20.x), w0_1, s20_1))));
        s20_2 = fma(vec4<f32>(zv20.w), w3_2, fma(vec4<f32>(zv20.z), w2_2, fma(vec4<f32>(zv20.y), w1_2, fma(vec4<f32>(zv20.x), w0_2, s20_2))));
        s20_3 = fma(vec4<f32>(zv20.w), w3_3, fma(vec4<f32>(zv20.z), w2_3, fma(vec4<f32>(zv20.y), w1_3, fma(vec4<f32>(zv20.x), w0_3, s20_3))));
        s20_4 = fma(vec4<f32>(zv20.w), w3_4, fma(vec4<f32>(zv20.z), w2_4, fma(vec4<f32>(zv20.y), w1_4, fma(vec4<f32>(zv20.x), w0_4, s20_4))));
        let zv21 = subgroupBroadcast(zvg2, 5u);
        s21_0 = fma(vec4<f32>(zv21.w), w3_0, fma(vec4<f32>(zv21.z), w2_0, fma(vec4<f32>(zv21.y), w1_0, fma(vec4<f32>(zv21.x), w0_0, s21_0))));
        s21_1 = fma(vec4<f32>(zv21.w), w3_1, fma(vec4<f32>(zv21.z), w2_1, fma(vec4<f32>(zv21.y), w1_1, fma(vec4<f32>(zv21.x), w0_1, s21_1))));
        s21_2 = fma(vec4<f32>(zv21.w), w3_2, fma(vec4<f32>(zv21.z), w2_2, fma(vec4<f32>(zv21.y), w1_2, fma(vec4<f32>(zv21.x), w0_2, s21_2))));
        s21_3 = fma(vec4<f32>(zv21.w), w3_3, fma(vec4<f32>(zv21.z), w2_3, fma(vec4<f32>(zv21.y), w1_3, fma(vec4<f32>(zv21.x), w0_3, s21_3))));
        s21_4 = fma(vec4<f32>(zv21.w), w3_4, fma(vec4<f32>(zv21.z), w2_4, fma(vec4<f32>(zv21.y), w1_4, fma(vec4<f32>(zv21.x), w0_4, s21_4))));
        let zv22 = subgroupBroadcast(zvg2, 6u);
        s22_0 = fma(vec4<f32>(zv22.w), w3_0, fma(vec4<f32>(zv22.z), w2_0, fma(vec4<f32>(zv22.y), w1_0, fma(vec4<f32>(zv22.x), w0_0, s22_0))));
        s22_1 = fma(vec4<f32>(zv22.w), w3_1, fma(vec4<f32>(zv22.z), w2_1, fma(vec4<f32>(zv22.y), w1_1, fma(vec4<f32>(zv22.x), w0_1, s22_1))));
        s22_2 = fma(vec4<f32>(zv22.w), w3_2, fma(vec4<f32>(zv22.z), w2_2, fma(vec4<f32>(zv22.y), w1_2, fma(vec4<f32>(zv22.x), w0_2, s22_2))));
        s22_3 = fma(vec4<f32>(zv22.w), w3_3, fma(vec4<f32>(zv22.z), w2_3, fma(vec4<f32>(zv22.y), w1_3, fma(vec4<f32>(zv22.x), w0_3, s22_3))));
        s22_4 = fma(vec4<f32>(zv22.w), w3_4, fma(vec4<f32>(zv22.z), w2_4, fma(vec4<f32>(zv22.y), w1_4, fma(vec4<f32>(zv22.x), w0_4, s22_4))));
        let zv23 = subgroupBroadcast(zvg2, 7u);
        s23_0 = fma(vec4<f32>(zv23.w), w3_0, fma(vec4<f32>(zv23.z), w2_0, fma(vec4<f32>(zv23.y), w1_0, fma(vec4<f32>(zv23.x), w0_0, s23_0))));
        s23_1 = fma(vec4<f32>(zv23.w), w3_1, fma(vec4<f32>(zv23.z), w2_1, fma(vec4<f32>(zv23.y), w1_1, fma(vec4<f32>(zv23.x), w0_1, s23_1))));
        s23_2 = fma(vec4<f32>(zv23.w), w3_2, fma(vec4<f32>(zv23.z), w2_2, fma(vec4<f32>(zv23.y), w1_2, fma(vec4<f32>(zv23.x), w0_2, s23_2))));
        s23_3 = fma(vec4<f32>(zv23.w), w3_3, fma(vec4<f32>(zv23.z), w2_3, fma(vec4<f32>(zv23.y), w1_3, fma(vec4<f32>(zv23.x), w0_3, s23_3))));
        s23_4 = fma(vec4<f32>(zv23.w), w3_4, fma(vec4<f32>(zv23.z), w2_4, fma(vec4<f32>(zv23.y), w1_4, fma(vec4<f32>(zv23.x), w0_4, s23_4))));
        let zvg3 = a4[zl3 + k];
        let zv24 = subgroupBroadcast(zvg3, 0u);
        s24_0 = fma(vec4<f32>(zv24.w), w3_0, fma(vec4<f32>(zv24.z), w2_0, fma(vec4<f32>(zv24.y), w1_0, fma(vec4<f32>(zv24.x), w0_0, s24_0))));
        s24_1 = fma(vec4<f32>(zv24.w), w3_1, fma(vec4<f32>(zv24.z), w2_1, fma(vec4<f32>(zv24.y), w1_1, fma(vec4<f32>(zv24.x), w0_1, s24_1))));
        s24_2 = fma(vec4<f32>(zv24.w), w3_2, fma(vec4<f32>(zv24.z), w2_2, fma(vec4<f32>(zv24.y), w1_2, fma(vec4<f32>(zv24.x), w0_2, s24_2))));
        s24_3 = fma(vec4<f32>(zv24.w), w3_3, fma(vec4<f32>(zv24.z), w2_3, fma(vec4<f32>(zv24.y), w1_3, fma(vec4<f32>(zv24.x), w0_3, s24_3))));
        s24_4 = fma(vec4<f32>(zv24.w), w3_4, fma(vec4<f32>(zv24.z), w2_4, fma(vec4<f32>(zv24.y), w1_4, fma(vec4<f32>(zv24.x), w0_4, s24_4))));
        let zv25 = subgroupBroadcast(zvg3, 1u);
        s25_0 = fma(vec4<f32>(zv25.w), w3_0, fma(vec4<f32>(zv25.z), w2_0, fma(vec4<f32>(zv25.y), w1_0, fma(vec4<f32>(zv25.x), w0_0, s25_0))));
        s25_1 = fma(vec4<f32>(zv25.w), w3_1, fma(vec4<f32>(zv25.z), w2_1, fma(vec4<f32>(zv25.y), w1_1, fma(vec4<f32>(zv25.x), w0_1, s25_1))));
        s25_2 = fma(vec4<f32>(zv25.w), w3_2, fma(vec4<f32>(zv25.z), w2_2, fma(vec4<f32>(zv25.y), w1_2, fma(vec4<f32>(zv25.x), w0_2, s25_2))));
        s25_3 = fma(vec4<f32>(zv25.w), w3_3, fma(vec4<f32>(zv25.z), w2_3, fma(vec4<f32>(zv25.y), w1_3, fma(vec4<f32>(zv25.x), w0_3, s25_3))));
        s25_4 = fma(vec4<f32>(zv25.w), w3_4, fma(vec4<f32>(zv25.z), w2_4, fma(vec4<f32>(zv25.y), w1_4, fma(vec4<f32>(zv25.x), w0_4, s25_4))));
        let zv26 = subgroupBroadcast(zvg3, 2u);
        s26_0 = fma(vec4<f32>(zv26.w), w3_0, fma(vec4<f32>(zv26.z), w2_0, fma(vec4<f32>(zv26.y), w1_0, fma(vec4<f32>(zv26.x), w0_0, s26_0))));
        s26_1 = fma(vec4<f32>(zv26.w), w3_1, fma(vec4<f32>(zv26.z), w2_1, fma(vec4<f32>(zv26.y), w1_1, fma(vec4<f32>(zv26.x), w0_1, s26_1))));
        s26_2 = fma(vec4<f32>(zv26.w), w3_2, fma(vec4<f32>(zv26.z), w2_2, fma(vec4<f32>(zv26.y), w1_2, fma(vec4<f32>(zv26.x), w0_2, s26_2))));
        s26_3 = fma(vec4<f32>(zv26.w), w3_3, fma(vec4<f32>(zv26.z), w2_3, fma(vec4<f32>(zv26.y), w1_3, fma(vec4<f32>(zv26.x), w0_3, s26_3))));
        s26_4 = fma(vec4<f32>(zv26.w), w3_4, fma(vec4<f32>(zv26.z), w2_4, fma(vec4<f32>(zv26.y), w1_4, fma(vec4<f32>(zv26.x), w0_4, s26_4))));
        let zv27 = subgroupBroadcast(zvg3, 3u);
        s27_0 = fma(vec4<f32>(zv27.w), w3_0, fma(vec4<f32>(zv27.z), w2_0, fma(vec4<f32>(zv27.y), w1_0, fma(vec4<f32>(zv27.x), w0_0, s27_0))));
        s27_1 = fma(vec4<f32>(zv27.w), w3_1, fma(vec4<f32>(zv27.z), w2_1, fma(vec4<f32>(zv27.y), w1_1, fma(vec4<f32>(zv27.x), w0_1, s27_1))));
        s27_2 = fma(vec4<f32>(zv27.w), w3_2, fma(vec4<f32>(zv27.z), w2_2, fma(vec4<f32>(zv27.y), w1_2, fma(vec4<f32>(zv27.x), w0_2, s27_2))));
        s27_3 = fma(vec4<f32>(zv27.w), w3_3, fma(vec4<f32>(zv27.z), w2_3, fma(vec4<f32>(zv27.y), w1_3, fma(vec4<f32>(zv27.x), w0_3, s27_3))));
        s27_4 = fma(vec4<f32>(zv27.w), w3_4, fma(vec4<f32>(zv27.z), w2_4, fma(vec4<f32>(zv27.y), w1_4, fma(vec4<f32>(zv27.x), w0_4, s27_4))));
        let zv28 = subgroupBroadcast(zvg3, 4u);
        s28_0 = fma(vec4<f32>(zv28.w), w3_0, fma(vec4<f32>(zv28.z), w2_0, fma(vec4<f32>(zv28.y), w1_0, fma(vec4<f32>(zv28.x), w0_0, s28_0))));
        s28_1 = fma(vec4<f32>(zv28.w), w3_1, fma(vec4<f32>(zv28.z), w2_1, fma(vec4<f32>(zv28.y), w1_1, fma(vec4<f32>(zv28.x), w0_1, s28_1))));
        s28_2 = fma(vec4<f32>(zv28.w), w3_2, fma(vec4<f32>(zv28.z), w2_2, fma(vec4<f32>(zv28.y), w1_2, fma(vec4<f32>(zv28.x), w0_2, s28_2))));
        s28_3 = fma(vec4<f32>(zv28.w), w3_3, fma(vec4<f32>(zv28.z), w2_3, fma(vec4<f32>(zv28.y), w1_3, fma(vec4<f32>(zv28.x), w0_3, s28_3))));
        s28_4 = fma(vec4<f32>(zv28.w), w3_4, fma(vec4<f32>(zv28.z), w2_4, fma(vec4<f32>(zv28.y), w1_4, fma(vec4<f32>(zv28.x), w0_4, s28_4))));
        let zv29 = subgroupBroadcast(zvg3, 5u);
        s29_0 = fma(vec4<f32>(zv29.w), w3_0, fma(vec4<f32>(zv29.z), w2_0, fma(vec4<f32>(zv29.y), w1_0, fma(vec4<f32>(zv29.x), w0_0, s29_0))));
        s29_1 = fma(vec4<f32>(zv29.w), w3_1, fma(vec4<f32>(zv29.z), w2_1, fma(vec4<f32>(zv29.y), w1_1, fma(vec4<f32>(zv29.x), w0_1, s29_1))));
        s29_2 = fma(vec4<f32>(zv29.w), w3_2, fma(vec4<f32>(zv29.z), w2_2, fma(vec4<f32>(zv29.y), w1_2, fma(vec4<f32>(zv29.x), w0_2, s29_2))));
        s29_3 = fma(vec4<f32>(zv29.w), w3_3, fma(vec4<f32>(zv29.z), w2_3, fma(vec4<f32>(zv29.y), w1_3, fma(vec4<f32>(zv29.x), w0_3, s29_3))));
        s29_4 = fma(vec4<f32>(zv29.w), w3_4, fma(vec4<f32>(zv29.z), w2_4, fma(vec4<f32>(zv29.y), w1_4, fma(vec4<f32>(zv29.x), w0_4, s29_4))));
        let zv30 = subgroupBroadcast(zvg3, 6u);
        s30_0 = fma(vec4<f32>(zv30.w), w3_0, fma(vec4<f32>(zv30.z), w2_0, fma(vec4<f32>(zv30.y), w1_0, fma(vec4<f32>(zv30.x), w0_0, s30_0))));
        s30_1 = fma(vec4<f32>(zv30.w), w3_1, fma(vec4<f32>(zv30.z), w2_1, fma(vec4<f32>(zv30.y), w1_1, fma(vec4<f32>(zv30.x), w0_1, s30_1))));
        s30_2 = fma(vec4<f32>(zv30.w), w3_2, fma(vec4<f32>(zv30.z), w2_2, fma(vec4<f32>(zv30.y), w1_2, fma(vec4<f32>(zv30.x), w0_2, s30_2))));
        s30_3 = fma(vec4<f32>(zv30.w), w3_3, fma(vec4<f32>(zv30.z), w2_3, fma(vec4<f32>(zv30.y), w1_3, fma(vec4<f32>(zv30.x), w0_3, s30_3))));
        s30_4 = fma(vec4<f32>(zv30.w), w3_4, fma(vec4<f32>(zv30.z), w2_4, fma(vec4<f32>(zv30.y), w1_4, fma(vec4<f32>(zv30.x), w0_4, s30_4))));
        let zv31 = subgroupBroadcast(zvg3, 7u);
        s31_0 = fma(vec4<f32>(zv31.w), w3_0, fma(vec4<f32>(zv31.z), w2_0, fma(vec4<f32>(zv31.y), w1_0, fma(vec4<f32>(zv31.x), w0_0, s31_0))));
        s31_1 = fma(vec4<f32>(zv31.w), w3_1, fma(vec4<f32>(zv31.z), w2_1, fma(vec4<f32>(zv31.y), w1_1, fma(vec4<f32>(zv31.x), w0_1, s31_1))));
        s31_2 = fma(vec4<f32>(zv31.w), w3_2, fma(vec4<f32>(zv31.z), w2_2, fma(vec4<f32>(zv31.y), w1_2, fma(vec4<f32>(zv31.x), w0_2, s31_2))));
        s31_3 = fma(vec4<f32>(zv31.w), w3_3, fma(vec4<f32>(zv31.z), w2_3, fma(vec4<f32>(zv31.y), w1_3, fma(vec4<f32>(zv31.x), w0_3, s31_3))));
        s31_4 = fma(vec4<f32>(zv31.w), w3_4, fma(vec4<f32>(zv31.z), w2_4, fma(vec4<f32>(zv31.y), w1_4, fma(vec4<f32>(zv31.x), w0_4, s31_4))));
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_2.x, s0_2.y, s0_2.z, s0_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_3.x, s0_3.y, s0_3.z, s0_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s0_4.x, s0_4.y, s0_4.z, s0_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_2.x, s1_2.y, s1_2.z, s1_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_3.x, s1_3.y, s1_3.z, s1_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s1_4.x, s1_4.y, s1_4.z, s1_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_2.x, s2_2.y, s2_2.z, s2_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_3.x, s2_3.y, s2_3.z, s2_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s2_4.x, s2_4.y, s2_4.z, s2_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_2.x, s3_2.y, s3_2.z, s3_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_3.x, s3_3.y, s3_3.z, s3_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s3_4.x, s3_4.y, s3_4.z, s3_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_2.x, s4_2.y, s4_2.z, s4_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_3.x, s4_3.y, s4_3.z, s4_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s4_4.x, s4_4.y, s4_4.z, s4_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_2.x, s5_2.y, s5_2.z, s5_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_3.x, s5_3.y, s5_3.z, s5_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s5_4.x, s5_4.y, s5_4.z, s5_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_2.x, s6_2.y, s6_2.z, s6_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_3.x, s6_3.y, s6_3.z, s6_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s6_4.x, s6_4.y, s6_4.z, s6_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_2.x, s7_2.y, s7_2.z, s7_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_3.x, s7_3.y, s7_3.z, s7_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s7_4.x, s7_4.y, s7_4.z, s7_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_2.x, s8_2.y, s8_2.z, s8_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_3.x, s8_3.y, s8_3.z, s8_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s8_4.x, s8_4.y, s8_4.z, s8_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_2.x, s9_2.y, s9_2.z, s9_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_3.x, s9_3.y, s9_3.z, s9_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s9_4.x, s9_4.y, s9_4.z, s9_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_2.x, s10_2.y, s10_2.z, s10_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_3.x, s10_3.y, s10_3.z, s10_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s10_4.x, s10_4.y, s10_4.z, s10_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_2.x, s11_2.y, s11_2.z, s11_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_3.x, s11_3.y, s11_3.z, s11_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s11_4.x, s11_4.y, s11_4.z, s11_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_2.x, s12_2.y, s12_2.z, s12_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_3.x, s12_3.y, s12_3.z, s12_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s12_4.x, s12_4.y, s12_4.z, s12_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_2.x, s13_2.y, s13_2.z, s13_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_3.x, s13_3.y, s13_3.z, s13_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s13_4.x, s13_4.y, s13_4.z, s13_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_2.x, s14_2.y, s14_2.z, s14_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_3.x, s14_3.y, s14_3.z, s14_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s14_4.x, s14_4.y, s14_4.z, s14_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_2.x, s15_2.y, s15_2.z, s15_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_3.x, s15_3.y, s15_3.z, s15_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s15_4.x, s15_4.y, s15_4.z, s15_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s16_2.x, s16_2.y, s16_2.z, s16_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s16_3.x, s16_3.y, s16_3.z, s16_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s16_4.x, s16_4.y, s16_4.z, s16_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s17_2.x, s17_2.y, s17_2.z, s17_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s17_3.x, s17_3.y, s17_3.z, s17_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s17_4.x, s17_4.y, s17_4.z, s17_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s18_2.x, s18_2.y, s18_2.z, s18_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s18_3.x, s18_3.y, s18_3.z, s18_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s18_4.x, s18_4.y, s18_4.z, s18_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s19_2.x, s19_2.y, s19_2.z, s19_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s19_3.x, s19_3.y, s19_3.z, s19_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s19_4.x, s19_4.y, s19_4.z, s19_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s20_2.x, s20_2.y, s20_2.z, s20_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s20_3.x, s20_3.y, s20_3.z, s20_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s20_4.x, s20_4.y, s20_4.z, s20_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s21_2.x, s21_2.y, s21_2.z, s21_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s21_3.x, s21_3.y, s21_3.z, s21_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s21_4.x, s21_4.y, s21_4.z, s21_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s22_2.x, s22_2.y, s22_2.z, s22_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s22_3.x, s22_3.y, s22_3.z, s22_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s22_4.x, s22_4.y, s22_4.z, s22_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s23_2.x, s23_2.y, s23_2.z, s23_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s23_3.x, s23_3.y, s23_3.z, s23_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s23_4.x, s23_4.y, s23_4.z, s23_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s24_2.x, s24_2.y, s24_2.z, s24_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s24_3.x, s24_3.y, s24_3.z, s24_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s24_4.x, s24_4.y, s24_4.z, s24_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s25_2.x, s25_2.y, s25_2.z, s25_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s25_3.x, s25_3.y, s25_3.z, s25_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s25_4.x, s25_4.y, s25_4.z, s25_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s26_2.x, s26_2.y, s26_2.z, s26_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s26_3.x, s26_3.y, s26_3.z, s26_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s26_4.x, s26_4.y, s26_4.z, s26_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s27_2.x, s27_2.y, s27_2.z, s27_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s27_3.x, s27_3.y, s27_3.z, s27_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s27_4.x, s27_4.y, s27_4.z, s27_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s28_2.x, s28_2.y, s28_2.z, s28_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s28_3.x, s28_3.y, s28_3.z, s28_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s28_4.x, s28_4.y, s28_4.z, s28_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s29_2.x, s29_2.y, s29_2.z, s29_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s29_3.x, s29_3.y, s29_3.z, s29_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s29_4.x, s29_4.y, s29_4.z, s29_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s30_2.x, s30_2.y, s30_2.z, s30_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s30_3.x, s30_3.y, s30_3.z, s30_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s30_4.x, s30_4.y, s30_4.z, s30_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s31_2.x, s31_2.y, s31_2.z, s31_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s31_3.x, s31_3.y, s31_3.z, s31_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s31_4.x, s31_4.y, s31_4.z, s31_4.w);
            out4[o + 4u] = act4(z);
        }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_weight_16x8(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 8u;
    let r0 = wid.y * 16u;
    if (r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let rgl0 = min(r0 / 4u + 0u + lane, r4 - 1u);
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
    let sums = p.row_sums != 0u && wid.x == 0u;
    var sb0 = vec4<f32>(0.0); var sb1 = vec4<f32>(0.0); var sb2 = vec4<f32>(0.0); var sb3 = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let zm = zb + m * r4;
        let xm = xb + m * c4;
        let zvg0 = a4[zm + rgl0];
        let zv0 = subgroupBroadcast(zvg0, 0u);
        let zv1 = subgroupBroadcast(zvg0, 1u);
        let zv2 = subgroupBroadcast(zvg0, 2u);
        let zv3 = subgroupBroadcast(zvg0, 3u);
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
        if (sums) {
            sb0 += zv0;
            sb1 += zv1;
            sb2 += zv2;
            sb3 += zv3;
        }
    }
    if (sums && gid.x == 0u) {
        if (r0 + 0u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 0u] = sb0; }
        if (r0 + 4u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 1u] = sb1; }
        if (r0 + 8u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 2u] = sb2; }
        if (r0 + 12u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 3u] = sb3; }
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
fn linear_grad_weight_16x20(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 20u;
    let r0 = wid.y * 16u;
    if (r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let rgl0 = min(r0 / 4u + 0u + lane, r4 - 1u);
    let cg0 = min(c0 / 4u + 0u, c4 - 1u);
    let cg1 = min(c0 / 4u + 1u, c4 - 1u);
    let cg2 = min(c0 / 4u + 2u, c4 - 1u);
    let cg3 = min(c0 / 4u + 3u, c4 - 1u);
    let cg4 = min(c0 / 4u + 4u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let xb = gid.z * p.b_batch / 4u;
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0); var s0_2 = vec4<f32>(0.0); var s0_3 = vec4<f32>(0.0); var s0_4 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0); var s1_2 = vec4<f32>(0.0); var s1_3 = vec4<f32>(0.0); var s1_4 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0); var s2_2 = vec4<f32>(0.0); var s2_3 = vec4<f32>(0.0); var s2_4 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0); var s3_2 = vec4<f32>(0.0); var s3_3 = vec4<f32>(0.0); var s3_4 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0); var s4_2 = vec4<f32>(0.0); var s4_3 = vec4<f32>(0.0); var s4_4 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0); var s5_2 = vec4<f32>(0.0); var s5_3 = vec4<f32>(0.0); var s5_4 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0); var s6_2 = vec4<f32>(0.0); var s6_3 = vec4<f32>(0.0); var s6_4 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0); var s7_2 = vec4<f32>(0.0); var s7_3 = vec4<f32>(0.0); var s7_4 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0); var s8_2 = vec4<f32>(0.0); var s8_3 = vec4<f32>(0.0); var s8_4 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0); var s9_2 = vec4<f32>(0.0); var s9_3 = vec4<f32>(0.0); var s9_4 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0); var s10_2 = vec4<f32>(0.0); var s10_3 = vec4<f32>(0.0); var s10_4 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0); var s11_2 = vec4<f32>(0.0); var s11_3 = vec4<f32>(0.0); var s11_4 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0); var s12_2 = vec4<f32>(0.0); var s12_3 = vec4<f32>(0.0); var s12_4 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0); var s13_2 = vec4<f32>(0.0); var s13_3 = vec4<f32>(0.0); var s13_4 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0); var s14_2 = vec4<f32>(0.0); var s14_3 = vec4<f32>(0.0); var s14_4 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0); var s15_2 = vec4<f32>(0.0); var s15_3 = vec4<f32>(0.0); var s15_4 = vec4<f32>(0.0);
    let sums = p.row_sums != 0u && wid.x == 0u;
    var sb0 = vec4<f32>(0.0); var sb1 = vec4<f32>(0.0); var sb2 = vec4<f32>(0.0); var sb3 = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let zm = zb + m * r4;
        let xm = xb + m * c4;
        let zvg0 = a4[zm + rgl0];
        let zv0 = subgroupBroadcast(zvg0, 0u);
        let zv1 = subgroupBroadcast(zvg0, 1u);
        let zv2 = subgroupBroadcast(zvg0, 2u);
        let zv3 = subgroupBroadcast(zvg0, 3u);
        let xv0 = b4[xm + cg0];
        let xv1 = b4[xm + cg1];
        let xv2 = b4[xm + cg2];
        let xv3 = b4[xm + cg3];
        let xv4 = b4[xm + cg4];
        s0_0 = fma(vec4<f32>(zv0.x), xv0, s0_0);
        s0_1 = fma(vec4<f32>(zv0.x), xv1, s0_1);
        s0_2 = fma(vec4<f32>(zv0.x), xv2, s0_2);
        s0_3 = fma(vec4<f32>(zv0.x), xv3, s0_3);
        s0_4 = fma(vec4<f32>(zv0.x), xv4, s0_4);
        s1_0 = fma(vec4<f32>(zv0.y), xv0, s1_0);
        s1_1 = fma(vec4<f32>(zv0.y), xv1, s1_1);
        s1_2 = fma(vec4<f32>(zv0.y), xv2, s1_2);
        s1_3 = fma(vec4<f32>(zv0.y), xv3, s1_3);
        s1_4 = fma(vec4<f32>(zv0.y), xv4, s1_4);
        s2_0 = fma(vec4<f32>(zv0.z), xv0, s2_0);
        s2_1 = fma(vec4<f32>(zv0.z), xv1, s2_1);
        s2_2 = fma(vec4<f32>(zv0.z), xv2, s2_2);
        s2_3 = fma(vec4<f32>(zv0.z), xv3, s2_3);
        s2_4 = fma(vec4<f32>(zv0.z), xv4, s2_4);
        s3_0 = fma(vec4<f32>(zv0.w), xv0, s3_0);
        s3_1 = fma(vec4<f32>(zv0.w), xv1, s3_1);
        s3_2 = fma(vec4<f32>(zv0.w), xv2, s3_2);
        s3_3 = fma(vec4<f32>(zv0.w), xv3, s3_3);
        s3_4 = fma(vec4<f32>(zv0.w), xv4, s3_4);
        s4_0 = fma(vec4<f32>(zv1.x), xv0, s4_0);
        s4_1 = fma(vec4<f32>(zv1.x), xv1, s4_1);
        s4_2 = fma(vec4<f32>(zv1.x), xv2, s4_2);
        s4_3 = fma(vec4<f32>(zv1.x), xv3, s4_3);
        s4_4 = fma(vec4<f32>(zv1.x), xv4, s4_4);
        s5_0 = fma(vec4<f32>(zv1.y), xv0, s5_0);
        s5_1 = fma(vec4<f32>(zv1.y), xv1, s5_1);
        s5_2 = fma(vec4<f32>(zv1.y), xv2, s5_2);
        s5_3 = fma(vec4<f32>(zv1.y), xv3, s5_3);
        s5_4 = fma(vec4<f32>(zv1.y), xv4, s5_4);
        s6_0 = fma(vec4<f32>(zv1.z), xv0, s6_0);
        s6_1 = fma(vec4<f32>(zv1.z), xv1, s6_1);
        s6_2 = fma(vec4<f32>(zv1.z), xv2, s6_2);
        s6_3 = fma(vec4<f32>(zv1.z), xv3, s6_3);
        s6_4 = fma(vec4<f32>(zv1.z), xv4, s6_4);
        s7_0 = fma(vec4<f32>(zv1.w), xv0, s7_0);
        s7_1 = fma(vec4<f32>(zv1.w), xv1, s7_1);
        s7_2 = fma(vec4<f32>(zv1.w), xv2, s7_2);
        s7_3 = fma(vec4<f32>(zv1.w), xv3, s7_3);
        s7_4 = fma(vec4<f32>(zv1.w), xv4, s7_4);
        s8_0 = fma(vec4<f32>(zv2.x), xv0, s8_0);
        s8_1 = fma(vec4<f32>(zv2.x), xv1, s8_1);
        s8_2 = fma(vec4<f32>(zv2.x), xv2, s8_2);
        s8_3 = fma(vec4<f32>(zv2.x), xv3, s8_3);
        s8_4 = fma(vec4<f32>(zv2.x), xv4, s8_4);
        s9_0 = fma(vec4<f32>(zv2.y), xv0, s9_0);
        s9_1 = fma(vec4<f32>(zv2.y), xv1, s9_1);
        s9_2 = fma(vec4<f32>(zv2.y), xv2, s9_2);
        s9_3 = fma(vec4<f32>(zv2.y), xv3, s9_3);
        s9_4 = fma(vec4<f32>(zv2.y), xv4, s9_4);
        s10_0 = fma(vec4<f32>(zv2.z), xv0, s10_0);
        s10_1 = fma(vec4<f32>(zv2.z), xv1, s10_1);
        s10_2 = fma(vec4<f32>(zv2.z), xv2, s10_2);
        s10_3 = fma(vec4<f32>(zv2.z), xv3, s10_3);
        s10_4 = fma(vec4<f32>(zv2.z), xv4, s10_4);
        s11_0 = fma(vec4<f32>(zv2.w), xv0, s11_0);
        s11_1 = fma(vec4<f32>(zv2.w), xv1, s11_1);
        s11_2 = fma(vec4<f32>(zv2.w), xv2, s11_2);
        s11_3 = fma(vec4<f32>(zv2.w), xv3, s11_3);
        s11_4 = fma(vec4<f32>(zv2.w), xv4, s11_4);
        s12_0 = fma(vec4<f32>(zv3.x), xv0, s12_0);
        s12_1 = fma(vec4<f32>(zv3.x), xv1, s12_1);
        s12_2 = fma(vec4<f32>(zv3.x), xv2, s12_2);
        s12_3 = fma(vec4<f32>(zv3.x), xv3, s12_3);
        s12_4 = fma(vec4<f32>(zv3.x), xv4, s12_4);
        s13_0 = fma(vec4<f32>(zv3.y), xv0, s13_0);
        s13_1 = fma(vec4<f32>(zv3.y), xv1, s13_1);
        s13_2 = fma(vec4<f32>(zv3.y), xv2, s13_2);
        s13_3 = fma(vec4<f32>(zv3.y), xv3, s13_3);
        s13_4 = fma(vec4<f32>(zv3.y), xv4, s13_4);
        s14_0 = fma(vec4<f32>(zv3.z), xv0, s14_0);
        s14_1 = fma(vec4<f32>(zv3.z), xv1, s14_1);
        s14_2 = fma(vec4<f32>(zv3.z), xv2, s14_2);
        s14_3 = fma(vec4<f32>(zv3.z), xv3, s14_3);
        s14_4 = fma(vec4<f32>(zv3.z), xv4, s14_4);
        s15_0 = fma(vec4<f32>(zv3.w), xv0, s15_0);
        s15_1 = fma(vec4<f32>(zv3.w), xv1, s15_1);
        s15_2 = fma(vec4<f32>(zv3.w), xv2, s15_2);
        s15_3 = fma(vec4<f32>(zv3.w), xv3, s15_3);
        s15_4 = fma(vec4<f32>(zv3.w), xv4, s15_4);
        if (sums) {
            sb0 += zv0;
            sb1 += zv1;
            sb2 += zv2;
            sb3 += zv3;
        }
    }
    if (sums && gid.x == 0u) {
        if (r0 + 0u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 0u] = sb0; }
        if (r0 + 4u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 1u] = sb1; }
        if (r0 + 8u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 2u] = sb2; }
        if (r0 + 12u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 3u] = sb3; }
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_2.x, s0_2.y, s0_2.z, s0_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_3.x, s0_3.y, s0_3.z, s0_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s0_4.x, s0_4.y, s0_4.z, s0_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_2.x, s1_2.y, s1_2.z, s1_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_3.x, s1_3.y, s1_3.z, s1_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s1_4.x, s1_4.y, s1_4.z, s1_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_2.x, s2_2.y, s2_2.z, s2_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_3.x, s2_3.y, s2_3.z, s2_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s2_4.x, s2_4.y, s2_4.z, s2_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_2.x, s3_2.y, s3_2.z, s3_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_3.x, s3_3.y, s3_3.z, s3_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s3_4.x, s3_4.y, s3_4.z, s3_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_2.x, s4_2.y, s4_2.z, s4_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_3.x, s4_3.y, s4_3.z, s4_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s4_4.x, s4_4.y, s4_4.z, s4_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_2.x, s5_2.y, s5_2.z, s5_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_3.x, s5_3.y, s5_3.z, s5_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s5_4.x, s5_4.y, s5_4.z, s5_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_2.x, s6_2.y, s6_2.z, s6_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_3.x, s6_3.y, s6_3.z, s6_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s6_4.x, s6_4.y, s6_4.z, s6_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_2.x, s7_2.y, s7_2.z, s7_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_3.x, s7_3.y, s7_3.z, s7_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s7_4.x, s7_4.y, s7_4.z, s7_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_2.x, s8_2.y, s8_2.z, s8_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_3.x, s8_3.y, s8_3.z, s8_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s8_4.x, s8_4.y, s8_4.z, s8_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_2.x, s9_2.y, s9_2.z, s9_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_3.x, s9_3.y, s9_3.z, s9_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s9_4.x, s9_4.y, s9_4.z, s9_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_2.x, s10_2.y, s10_2.z, s10_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_3.x, s10_3.y, s10_3.z, s10_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s10_4.x, s10_4.y, s10_4.z, s10_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_2.x, s11_2.y, s11_2.z, s11_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_3.x, s11_3.y, s11_3.z, s11_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s11_4.x, s11_4.y, s11_4.z, s11_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_2.x, s12_2.y, s12_2.z, s12_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_3.x, s12_3.y, s12_3.z, s12_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s12_4.x, s12_4.y, s12_4.z, s12_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_2.x, s13_2.y, s13_2.z, s13_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_3.x, s13_3.y, s13_3.z, s13_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s13_4.x, s13_4.y, s13_4.z, s13_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_2.x, s14_2.y, s14_2.z, s14_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_3.x, s14_3.y, s14_3.z, s14_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s14_4.x, s14_4.y, s14_4.z, s14_4.w);
            out4[o + 4u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_2.x, s15_2.y, s15_2.z, s15_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_3.x, s15_3.y, s15_3.z, s15_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s15_4.x, s15_4.y, s15_4.z, s15_4.w);
            out4[o + 4u] = act4(z);
        }
    }
}

// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.
@compute @workgroup_size(8)
fn linear_grad_weight_16x32(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>, @builtin(subgroup_invocation_id) lane: u32) {
    let c0 = gid.x * 32u;
    let r0 = wid.y * 16u;
    if (r0 >= p.rows) {
        return;
    }
    let r4 = p.rows / 4u;
    let c4 = p.cols / 4u;
    let rgl0 = min(r0 / 4u + 0u + lane, r4 - 1u);
    let cg0 = min(c0 / 4u + 0u, c4 - 1u);
    let cg1 = min(c0 / 4u + 1u, c4 - 1u);
    let cg2 = min(c0 / 4u + 2u, c4 - 1u);
    let cg3 = min(c0 / 4u + 3u, c4 - 1u);
    let cg4 = min(c0 / 4u + 4u, c4 - 1u);
    let cg5 = min(c0 / 4u + 5u, c4 - 1u);
    let cg6 = min(c0 / 4u + 6u, c4 - 1u);
    let cg7 = min(c0 / 4u + 7u, c4 - 1u);
    let zb = gid.z * p.a_batch / 4u;
    let xb = gid.z * p.b_batch / 4u;
    var s0_0 = vec4<f32>(0.0); var s0_1 = vec4<f32>(0.0); var s0_2 = vec4<f32>(0.0); var s0_3 = vec4<f32>(0.0); var s0_4 = vec4<f32>(0.0); var s0_5 = vec4<f32>(0.0); var s0_6 = vec4<f32>(0.0); var s0_7 = vec4<f32>(0.0);
    var s1_0 = vec4<f32>(0.0); var s1_1 = vec4<f32>(0.0); var s1_2 = vec4<f32>(0.0); var s1_3 = vec4<f32>(0.0); var s1_4 = vec4<f32>(0.0); var s1_5 = vec4<f32>(0.0); var s1_6 = vec4<f32>(0.0); var s1_7 = vec4<f32>(0.0);
    var s2_0 = vec4<f32>(0.0); var s2_1 = vec4<f32>(0.0); var s2_2 = vec4<f32>(0.0); var s2_3 = vec4<f32>(0.0); var s2_4 = vec4<f32>(0.0); var s2_5 = vec4<f32>(0.0); var s2_6 = vec4<f32>(0.0); var s2_7 = vec4<f32>(0.0);
    var s3_0 = vec4<f32>(0.0); var s3_1 = vec4<f32>(0.0); var s3_2 = vec4<f32>(0.0); var s3_3 = vec4<f32>(0.0); var s3_4 = vec4<f32>(0.0); var s3_5 = vec4<f32>(0.0); var s3_6 = vec4<f32>(0.0); var s3_7 = vec4<f32>(0.0);
    var s4_0 = vec4<f32>(0.0); var s4_1 = vec4<f32>(0.0); var s4_2 = vec4<f32>(0.0); var s4_3 = vec4<f32>(0.0); var s4_4 = vec4<f32>(0.0); var s4_5 = vec4<f32>(0.0); var s4_6 = vec4<f32>(0.0); var s4_7 = vec4<f32>(0.0);
    var s5_0 = vec4<f32>(0.0); var s5_1 = vec4<f32>(0.0); var s5_2 = vec4<f32>(0.0); var s5_3 = vec4<f32>(0.0); var s5_4 = vec4<f32>(0.0); var s5_5 = vec4<f32>(0.0); var s5_6 = vec4<f32>(0.0); var s5_7 = vec4<f32>(0.0);
    var s6_0 = vec4<f32>(0.0); var s6_1 = vec4<f32>(0.0); var s6_2 = vec4<f32>(0.0); var s6_3 = vec4<f32>(0.0); var s6_4 = vec4<f32>(0.0); var s6_5 = vec4<f32>(0.0); var s6_6 = vec4<f32>(0.0); var s6_7 = vec4<f32>(0.0);
    var s7_0 = vec4<f32>(0.0); var s7_1 = vec4<f32>(0.0); var s7_2 = vec4<f32>(0.0); var s7_3 = vec4<f32>(0.0); var s7_4 = vec4<f32>(0.0); var s7_5 = vec4<f32>(0.0); var s7_6 = vec4<f32>(0.0); var s7_7 = vec4<f32>(0.0);
    var s8_0 = vec4<f32>(0.0); var s8_1 = vec4<f32>(0.0); var s8_2 = vec4<f32>(0.0); var s8_3 = vec4<f32>(0.0); var s8_4 = vec4<f32>(0.0); var s8_5 = vec4<f32>(0.0); var s8_6 = vec4<f32>(0.0); var s8_7 = vec4<f32>(0.0);
    var s9_0 = vec4<f32>(0.0); var s9_1 = vec4<f32>(0.0); var s9_2 = vec4<f32>(0.0); var s9_3 = vec4<f32>(0.0); var s9_4 = vec4<f32>(0.0); var s9_5 = vec4<f32>(0.0); var s9_6 = vec4<f32>(0.0); var s9_7 = vec4<f32>(0.0);
    var s10_0 = vec4<f32>(0.0); var s10_1 = vec4<f32>(0.0); var s10_2 = vec4<f32>(0.0); var s10_3 = vec4<f32>(0.0); var s10_4 = vec4<f32>(0.0); var s10_5 = vec4<f32>(0.0); var s10_6 = vec4<f32>(0.0); var s10_7 = vec4<f32>(0.0);
    var s11_0 = vec4<f32>(0.0); var s11_1 = vec4<f32>(0.0); var s11_2 = vec4<f32>(0.0); var s11_3 = vec4<f32>(0.0); var s11_4 = vec4<f32>(0.0); var s11_5 = vec4<f32>(0.0); var s11_6 = vec4<f32>(0.0); var s11_7 = vec4<f32>(0.0);
    var s12_0 = vec4<f32>(0.0); var s12_1 = vec4<f32>(0.0); var s12_2 = vec4<f32>(0.0); var s12_3 = vec4<f32>(0.0); var s12_4 = vec4<f32>(0.0); var s12_5 = vec4<f32>(0.0); var s12_6 = vec4<f32>(0.0); var s12_7 = vec4<f32>(0.0);
    var s13_0 = vec4<f32>(0.0); var s13_1 = vec4<f32>(0.0); var s13_2 = vec4<f32>(0.0); var s13_3 = vec4<f32>(0.0); var s13_4 = vec4<f32>(0.0); var s13_5 = vec4<f32>(0.0); var s13_6 = vec4<f32>(0.0); var s13_7 = vec4<f32>(0.0);
    var s14_0 = vec4<f32>(0.0); var s14_1 = vec4<f32>(0.0); var s14_2 = vec4<f32>(0.0); var s14_3 = vec4<f32>(0.0); var s14_4 = vec4<f32>(0.0); var s14_5 = vec4<f32>(0.0); var s14_6 = vec4<f32>(0.0); var s14_7 = vec4<f32>(0.0);
    var s15_0 = vec4<f32>(0.0); var s15_1 = vec4<f32>(0.0); var s15_2 = vec4<f32>(0.0); var s15_3 = vec4<f32>(0.0); var s15_4 = vec4<f32>(0.0); var s15_5 = vec4<f32>(0.0); var s15_6 = vec4<f32>(0.0); var s15_7 = vec4<f32>(0.0);
    let sums = p.row_sums != 0u && wid.x == 0u;
    var sb0 = vec4<f32>(0.0); var sb1 = vec4<f32>(0.0); var sb2 = vec4<f32>(0.0); var sb3 = vec4<f32>(0.0);
    for (var m = 0u; m < p.depth; m++) {
        let zm = zb + m * r4;
        let xm = xb + m * c4;
        let zvg0 = a4[zm + rgl0];
        let zv0 = subgroupBroadcast(zvg0, 0u);
        let zv1 = subgroupBroadcast(zvg0, 1u);
        let zv2 = subgroupBroadcast(zvg0, 2u);
        let zv3 = subgroupBroadcast(zvg0, 3u);
        let xv0 = b4[xm + cg0];
        let xv1 = b4[xm + cg1];
        let xv2 = b4[xm + cg2];
        let xv3 = b4[xm + cg3];
        let xv4 = b4[xm + cg4];
        let xv5 = b4[xm + cg5];
        let xv6 = b4[xm + cg6];
        let xv7 = b4[xm + cg7];
        s0_0 = fma(vec4<f32>(zv0.x), xv0, s0_0);
        s0_1 = fma(vec4<f32>(zv0.x), xv1, s0_1);
        s0_2 = fma(vec4<f32>(zv0.x), xv2, s0_2);
        s0_3 = fma(vec4<f32>(zv0.x), xv3, s0_3);
        s0_4 = fma(vec4<f32>(zv0.x), xv4, s0_4);
        s0_5 = fma(vec4<f32>(zv0.x), xv5, s0_5);
        s0_6 = fma(vec4<f32>(zv0.x), xv6, s0_6);
        s0_7 = fma(vec4<f32>(zv0.x), xv7, s0_7);
        s1_0 = fma(vec4<f32>(zv0.y), xv0, s1_0);
        s1_1 = fma(vec4<f32>(zv0.y), xv1, s1_1);
        s1_2 = fma(vec4<f32>(zv0.y), xv2, s1_2);
        s1_3 = fma(vec4<f32>(zv0.y), xv3, s1_3);
        s1_4 = fma(vec4<f32>(zv0.y), xv4, s1_4);
        s1_5 = fma(vec4<f32>(zv0.y), xv5, s1_5);
        s1_6 = fma(vec4<f32>(zv0.y), xv6, s1_6);
        s1_7 = fma(vec4<f32>(zv0.y), xv7, s1_7);
        s2_0 = fma(vec4<f32>(zv0.z), xv0, s2_0);
        s2_1 = fma(vec4<f32>(zv0.z), xv1, s2_1);
        s2_2 = fma(vec4<f32>(zv0.z), xv2, s2_2);
        s2_3 = fma(vec4<f32>(zv0.z), xv3, s2_3);
        s2_4 = fma(vec4<f32>(zv0.z), xv4, s2_4);
        s2_5 = fma(vec4<f32>(zv0.z), xv5, s2_5);
        s2_6 = fma(vec4<f32>(zv0.z), xv6, s2_6);
        s2_7 = fma(vec4<f32>(zv0.z), xv7, s2_7);
        s3_0 = fma(vec4<f32>(zv0.w), xv0, s3_0);
        s3_1 = fma(vec4<f32>(zv0.w), xv1, s3_1);
        s3_2 = fma(vec4<f32>(zv0.w), xv2, s3_2);
        s3_3 = fma(vec4<f32>(zv0.w), xv3, s3_3);
        s3_4 = fma(vec4<f32>(zv0.w), xv4, s3_4);
        s3_5 = fma(vec4<f32>(zv0.w), xv5, s3_5);
        s3_6 = fma(vec4<f32>(zv0.w), xv6, s3_6);
        s3_7 = fma(vec4<f32>(zv0.w), xv7, s3_7);
        s4_0 = fma(vec4<f32>(zv1.x), xv0, s4_0);
        s4_1 = fma(vec4<f32>(zv1.x), xv1, s4_1);
        s4_2 = fma(vec4<f32>(zv1.x), xv2, s4_2);
        s4_3 = fma(vec4<f32>(zv1.x), xv3, s4_3);
        s4_4 = fma(vec4<f32>(zv1.x), xv4, s4_4);
        s4_5 = fma(vec4<f32>(zv1.x), xv5, s4_5);
        s4_6 = fma(vec4<f32>(zv1.x), xv6, s4_6);
        s4_7 = fma(vec4<f32>(zv1.x), xv7, s4_7);
        s5_0 = fma(vec4<f32>(zv1.y), xv0, s5_0);
        s5_1 = fma(vec4<f32>(zv1.y), xv1, s5_1);
        s5_2 = fma(vec4<f32>(zv1.y), xv2, s5_2);
        s5_3 = fma(vec4<f32>(zv1.y), xv3, s5_3);
        s5_4 = fma(vec4<f32>(zv1.y), xv4, s5_4);
        s5_5 = fma(vec4<f32>(zv1.y), xv5, s5_5);
        s5_6 = fma(vec4<f32>(zv1.y), xv6, s5_6);
        s5_7 = fma(vec4<f32>(zv1.y), xv7, s5_7);
        s6_0 = fma(vec4<f32>(zv1.z), xv0, s6_0);
        s6_1 = fma(vec4<f32>(zv1.z), xv1, s6_1);
        s6_2 = fma(vec4<f32>(zv1.z), xv2, s6_2);
        s6_3 = fma(vec4<f32>(zv1.z), xv3, s6_3);
        s6_4 = fma(vec4<f32>(zv1.z), xv4, s6_4);
        s6_5 = fma(vec4<f32>(zv1.z), xv5, s6_5);
        s6_6 = fma(vec4<f32>(zv1.z), xv6, s6_6);
        s6_7 = fma(vec4<f32>(zv1.z), xv7, s6_7);
        s7_0 = fma(vec4<f32>(zv1.w), xv0, s7_0);
        s7_1 = fma(vec4<f32>(zv1.w), xv1, s7_1);
        s7_2 = fma(vec4<f32>(zv1.w), xv2, s7_2);
        s7_3 = fma(vec4<f32>(zv1.w), xv3, s7_3);
        s7_4 = fma(vec4<f32>(zv1.w), xv4, s7_4);
        s7_5 = fma(vec4<f32>(zv1.w), xv5, s7_5);
        s7_6 = fma(vec4<f32>(zv1.w), xv6, s7_6);
        s7_7 = fma(vec4<f32>(zv1.w), xv7, s7_7);
        s8_0 = fma(vec4<f32>(zv2.x), xv0, s8_0);
        s8_1 = fma(vec4<f32>(zv2.x), xv1, s8_1);
        s8_2 = fma(vec4<f32>(zv2.x), xv2, s8_2);
        s8_3 = fma(vec4<f32>(zv2.x), xv3, s8_3);
        s8_4 = fma(vec4<f32>(zv2.x), xv4, s8_4);
        s8_5 = fma(vec4<f32>(zv2.x), xv5, s8_5);
        s8_6 = fma(vec4<f32>(zv2.x), xv6, s8_6);
        s8_7 = fma(vec4<f32>(zv2.x), xv7, s8_7);
        s9_0 = fma(vec4<f32>(zv2.y), xv0, s9_0);
        s9_1 = fma(vec4<f32>(zv2.y), xv1, s9_1);
        s9_2 = fma(vec4<f32>(zv2.y), xv2, s9_2);
        s9_3 = fma(vec4<f32>(zv2.y), xv3, s9_3);
        s9_4 = fma(vec4<f32>(zv2.y), xv4, s9_4);
        s9_5 = fma(vec4<f32>(zv2.y), xv5, s9_5);
        s9_6 = fma(vec4<f32>(zv2.y), xv6, s9_6);
        s9_7 = fma(vec4<f32>(zv2.y), xv7, s9_7);
        s10_0 = fma(vec4<f32>(zv2.z), xv0, s10_0);
        s10_1 = fma(vec4<f32>(zv2.z), xv1, s10_1);
        s10_2 = fma(vec4<f32>(zv2.z), xv2, s10_2);
        s10_3 = fma(vec4<f32>(zv2.z), xv3, s10_3);
        s10_4 = fma(vec4<f32>(zv2.z), xv4, s10_4);
        s10_5 = fma(vec4<f32>(zv2.z), xv5, s10_5);
        s10_6 = fma(vec4<f32>(zv2.z), xv6, s10_6);
        s10_7 = fma(vec4<f32>(zv2.z), xv7, s10_7);
        s11_0 = fma(vec4<f32>(zv2.w), xv0, s11_0);
        s11_1 = fma(vec4<f32>(zv2.w), xv1, s11_1);
        s11_2 = fma(vec4<f32>(zv2.w), xv2, s11_2);
        s11_3 = fma(vec4<f32>(zv2.w), xv3, s11_3);
        s11_4 = fma(vec4<f32>(zv2.w), xv4, s11_4);
        s11_5 = fma(vec4<f32>(zv2.w), xv5, s11_5);
        s11_6 = fma(vec4<f32>(zv2.w), xv6, s11_6);
        s11_7 = fma(vec4<f32>(zv2.w), xv7, s11_7);
        s12_0 = fma(vec4<f32>(zv3.x), xv0, s12_0);
        s12_1 = fma(vec4<f32>(zv3.x), xv1, s12_1);
        s12_2 = fma(vec4<f32>(zv3.x), xv2, s12_2);
        s12_3 = fma(vec4<f32>(zv3.x), xv3, s12_3);
        s12_4 = fma(vec4<f32>(zv3.x), xv4, s12_4);
        s12_5 = fma(vec4<f32>(zv3.x), xv5, s12_5);
        s12_6 = fma(vec4<f32>(zv3.x), xv6, s12_6);
        s12_7 = fma(vec4<f32>(zv3.x), xv7, s12_7);
        s13_0 = fma(vec4<f32>(zv3.y), xv0, s13_0);
        s13_1 = fma(vec4<f32>(zv3.y), xv1, s13_1);
        s13_2 = fma(vec4<f32>(zv3.y), xv2, s13_2);
        s13_3 = fma(vec4<f32>(zv3.y), xv3, s13_3);
        s13_4 = fma(vec4<f32>(zv3.y), xv4, s13_4);
        s13_5 = fma(vec4<f32>(zv3.y), xv5, s13_5);
        s13_6 = fma(vec4<f32>(zv3.y), xv6, s13_6);
        s13_7 = fma(vec4<f32>(zv3.y), xv7, s13_7);
        s14_0 = fma(vec4<f32>(zv3.z), xv0, s14_0);
        s14_1 = fma(vec4<f32>(zv3.z), xv1, s14_1);
        s14_2 = fma(vec4<f32>(zv3.z), xv2, s14_2);
        s14_3 = fma(vec4<f32>(zv3.z), xv3, s14_3);
        s14_4 = fma(vec4<f32>(zv3.z), xv4, s14_4);
        s14_5 = fma(vec4<f32>(zv3.z), xv5, s14_5);
        s14_6 = fma(vec4<f32>(zv3.z), xv6, s14_6);
        s14_7 = fma(vec4<f32>(zv3.z), xv7, s14_7);
        s15_0 = fma(vec4<f32>(zv3.w), xv0, s15_0);
        s15_1 = fma(vec4<f32>(zv3.w), xv1, s15_1);
        s15_2 = fma(vec4<f32>(zv3.w), xv2, s15_2);
        s15_3 = fma(vec4<f32>(zv3.w), xv3, s15_3);
        s15_4 = fma(vec4<f32>(zv3.w), xv4, s15_4);
        s15_5 = fma(vec4<f32>(zv3.w), xv5, s15_5);
        s15_6 = fma(vec4<f32>(zv3.w), xv6, s15_6);
        s15_7 = fma(vec4<f32>(zv3.w), xv7, s15_7);
        if (sums) {
            sb0 += zv0;
            sb1 += zv1;
            sb2 += zv2;
            sb3 += zv3;
        }
    }
    if (sums && gid.x == 0u) {
        if (r0 + 0u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 0u] = sb0; }
        if (r0 + 4u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 1u] = sb1; }
        if (r0 + 8u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 2u] = sb2; }
        if (r0 + 12u < p.rows) { bias4[(gid.z * p.rows + r0) / 4u + 3u] = sb3; }
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s0_2.x, s0_2.y, s0_2.z, s0_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s0_3.x, s0_3.y, s0_3.z, s0_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s0_4.x, s0_4.y, s0_4.z, s0_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s0_5.x, s0_5.y, s0_5.z, s0_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s0_6.x, s0_6.y, s0_6.z, s0_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s0_7.x, s0_7.y, s0_7.z, s0_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s1_2.x, s1_2.y, s1_2.z, s1_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s1_3.x, s1_3.y, s1_3.z, s1_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s1_4.x, s1_4.y, s1_4.z, s1_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s1_5.x, s1_5.y, s1_5.z, s1_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s1_6.x, s1_6.y, s1_6.z, s1_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s1_7.x, s1_7.y, s1_7.z, s1_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s2_2.x, s2_2.y, s2_2.z, s2_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s2_3.x, s2_3.y, s2_3.z, s2_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s2_4.x, s2_4.y, s2_4.z, s2_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s2_5.x, s2_5.y, s2_5.z, s2_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s2_6.x, s2_6.y, s2_6.z, s2_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s2_7.x, s2_7.y, s2_7.z, s2_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s3_2.x, s3_2.y, s3_2.z, s3_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s3_3.x, s3_3.y, s3_3.z, s3_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s3_4.x, s3_4.y, s3_4.z, s3_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s3_5.x, s3_5.y, s3_5.z, s3_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s3_6.x, s3_6.y, s3_6.z, s3_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s3_7.x, s3_7.y, s3_7.z, s3_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s4_2.x, s4_2.y, s4_2.z, s4_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s4_3.x, s4_3.y, s4_3.z, s4_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s4_4.x, s4_4.y, s4_4.z, s4_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s4_5.x, s4_5.y, s4_5.z, s4_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s4_6.x, s4_6.y, s4_6.z, s4_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s4_7.x, s4_7.y, s4_7.z, s4_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s5_2.x, s5_2.y, s5_2.z, s5_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s5_3.x, s5_3.y, s5_3.z, s5_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s5_4.x, s5_4.y, s5_4.z, s5_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s5_5.x, s5_5.y, s5_5.z, s5_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s5_6.x, s5_6.y, s5_6.z, s5_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s5_7.x, s5_7.y, s5_7.z, s5_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s6_2.x, s6_2.y, s6_2.z, s6_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s6_3.x, s6_3.y, s6_3.z, s6_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s6_4.x, s6_4.y, s6_4.z, s6_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s6_5.x, s6_5.y, s6_5.z, s6_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s6_6.x, s6_6.y, s6_6.z, s6_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s6_7.x, s6_7.y, s6_7.z, s6_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s7_2.x, s7_2.y, s7_2.z, s7_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s7_3.x, s7_3.y, s7_3.z, s7_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s7_4.x, s7_4.y, s7_4.z, s7_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s7_5.x, s7_5.y, s7_5.z, s7_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s7_6.x, s7_6.y, s7_6.z, s7_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s7_7.x, s7_7.y, s7_7.z, s7_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s8_2.x, s8_2.y, s8_2.z, s8_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s8_3.x, s8_3.y, s8_3.z, s8_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s8_4.x, s8_4.y, s8_4.z, s8_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s8_5.x, s8_5.y, s8_5.z, s8_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s8_6.x, s8_6.y, s8_6.z, s8_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s8_7.x, s8_7.y, s8_7.z, s8_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s9_2.x, s9_2.y, s9_2.z, s9_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s9_3.x, s9_3.y, s9_3.z, s9_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s9_4.x, s9_4.y, s9_4.z, s9_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s9_5.x, s9_5.y, s9_5.z, s9_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s9_6.x, s9_6.y, s9_6.z, s9_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s9_7.x, s9_7.y, s9_7.z, s9_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s10_2.x, s10_2.y, s10_2.z, s10_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s10_3.x, s10_3.y, s10_3.z, s10_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s10_4.x, s10_4.y, s10_4.z, s10_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s10_5.x, s10_5.y, s10_5.z, s10_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s10_6.x, s10_6.y, s10_6.z, s10_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s10_7.x, s10_7.y, s10_7.z, s10_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s11_2.x, s11_2.y, s11_2.z, s11_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s11_3.x, s11_3.y, s11_3.z, s11_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s11_4.x, s11_4.y, s11_4.z, s11_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s11_5.x, s11_5.y, s11_5.z, s11_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s11_6.x, s11_6.y, s11_6.z, s11_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s11_7.x, s11_7.y, s11_7.z, s11_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s12_2.x, s12_2.y, s12_2.z, s12_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s12_3.x, s12_3.y, s12_3.z, s12_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s12_4.x, s12_4.y, s12_4.z, s12_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s12_5.x, s12_5.y, s12_5.z, s12_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s12_6.x, s12_6.y, s12_6.z, s12_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s12_7.x, s12_7.y, s12_7.z, s12_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s13_2.x, s13_2.y, s13_2.z, s13_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s13_3.x, s13_3.y, s13_3.z, s13_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s13_4.x, s13_4.y, s13_4.z, s13_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s13_5.x, s13_5.y, s13_5.z, s13_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s13_6.x, s13_6.y, s13_6.z, s13_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s13_7.x, s13_7.y, s13_7.z, s13_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s14_2.x, s14_2.y, s14_2.z, s14_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s14_3.x, s14_3.y, s14_3.z, s14_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s14_4.x, s14_4.y, s14_4.z, s14_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s14_5.x, s14_5.y, s14_5.z, s14_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s14_6.x, s14_6.y, s14_6.z, s14_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s14_7.x, s14_7.y, s14_7.z, s14_7.w);
            out4[o + 7u] = act4(z);
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
        if (c0 + 8u < p.cols) {
            var z = vec4<f32>(s15_2.x, s15_2.y, s15_2.z, s15_2.w);
            out4[o + 2u] = act4(z);
        }
        if (c0 + 12u < p.cols) {
            var z = vec4<f32>(s15_3.x, s15_3.y, s15_3.z, s15_3.w);
            out4[o + 3u] = act4(z);
        }
        if (c0 + 16u < p.cols) {
            var z = vec4<f32>(s15_4.x, s15_4.y, s15_4.z, s15_4.w);
            out4[o + 4u] = act4(z);
        }
        if (c0 + 20u < p.cols) {
            var z = vec4<f32>(s15_5.x, s15_5.y, s15_5.z, s15_5.w);
            out4[o + 5u] = act4(z);
        }
        if (c0 + 24u < p.cols) {
            var z = vec4<f32>(s15_6.x, s15_6.y, s15_6.z, s15_6.w);
            out4[o + 6u] = act4(z);
        }
        if (c0 + 28u < p.cols) {
            var z = vec4<f32>(s15_7.x, s15_7.y, s15_7.z, s15_7.w);
            out4[o + 7u] = act4(z);
        }
    }
}
