// decoder_output_grad (decoder_backward.wgsl) for rows whose width is a multiple of 4: the
// same per-pixel math, four pixels to a load and a store. llvmpipe loads and stores lane by
// lane, so this runs a quarter of the load and store loops (3.8 -> 1.5 ms at k = 5 on the
// default model, BENCHMARKS.md). Prepended: common/activation.wgsl,
// likelihood/ids.wgsl, likelihood/discretized_logistic.wgsl, likelihood/grad_params.wgsl,
// likelihood/pixel_grad.wgsl.

@group(0) @binding(1) var<storage, read> x4: array<vec4<f32>>;       // [points, data_dim / 4]
@group(0) @binding(2) var<storage, read> raw4: array<vec4<f32>>;     // logits or (a | s), by 4
@group(0) @binding(3) var<storage, read> weights: array<f32>;        // [rows]
@group(0) @binding(4) var<storage, read_write> grad4: array<vec4<f32>>; // like raw4

// The grid of decoder_backward.wgsl: 16 pixels (4 vec4) per invocation along x, rows along y.
const VEC4S_PER_INVOCATION: u32 = 4u;

@compute @workgroup_size(64)
fn decoder_output_grad_vec4(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let row = gid.y + gid.z * groups.y;
    let d4 = p.data_dim / 4u;
    if (row >= p.rows) {
        return;
    }
    let xrow = (row / p.samples) * d4;
    let c = -weights[row] * p.scale;
    for (var q = 0u; q < VEC4S_PER_INVOCATION; q++) {
        let j = VEC4S_PER_INVOCATION * gid.x + q;
        if (j >= d4) {
            return;
        }
        let xv = x4[xrow + j];
        if (p.likelihood == LIKELIHOOD_BERNOULLI) {
            let e = row * d4 + j;
            let l = raw4[e];
            grad4[e] = vec4<f32>(
                bernoulli_pixel_grad(c, xv.x, l.x),
                bernoulli_pixel_grad(c, xv.y, l.y),
                bernoulli_pixel_grad(c, xv.z, l.z),
                bernoulli_pixel_grad(c, xv.w, l.w),
            );
        } else {
            let a = row * 2u * d4 + j;
            let m = raw4[a];
            let s = raw4[a + d4];
            let g0 = location_scale_pixel_grad(c, xv.x, m.x, s.x);
            let g1 = location_scale_pixel_grad(c, xv.y, m.y, s.y);
            let g2 = location_scale_pixel_grad(c, xv.z, m.z, s.z);
            let g3 = location_scale_pixel_grad(c, xv.w, m.w, s.w);
            grad4[a] = vec4<f32>(g0.x, g1.x, g2.x, g3.x);
            grad4[a + d4] = vec4<f32>(g0.y, g1.y, g2.y, g3.y);
        }
    }
}
