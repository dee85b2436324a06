// Streaming logsumexp over K samples taken in chunks (K = 5000 needs no K-wide buffer).
// Per point the state is (m, s1, s2, n): the running max, sum of exp(lw - m), sum of
// exp(2 (lw - m)) and the count. A chunk is merged by rescaling both sides to the larger max.
//   lse_merge:    state <- merge(state, chunk), the chunk read from column `column` of
//                 density.wgsl's output (0: log w, the importance estimate; 1: log p(x|z), the
//                 naive estimate when z is drawn from the prior).
//   lse_finalize: (log p_hat = m + log s1 - log n, ESS = s1^2 / s2) per point.
// Mirrors src/reference/reduce.rs.

struct StreamParams {
    points: u32,
    chunk: u32,
    column: u32,
    first: u32,
}

@group(0) @binding(0) var<uniform> p: StreamParams;
@group(0) @binding(1) var<storage, read> src: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read_write> dst: array<vec4<f32>>;

@compute @workgroup_size(64)
fn lse_merge(@builtin(global_invocation_id) gid: vec3<u32>) {
    let b = gid.x;
    if (b >= p.points) {
        return;
    }
    let base = b * p.chunk;
    var m = src[base][p.column];
    for (var s = 1u; s < p.chunk; s++) {
        m = max(m, src[base + s][p.column]);
    }
    var s1 = 0.0;
    var s2 = 0.0;
    for (var s = 0u; s < p.chunk; s++) {
        let e = exp(src[base + s][p.column] - m);
        s1 += e;
        s2 += e * e;
    }
    var state = vec4<f32>(m, s1, s2, f32(p.chunk));
    if (p.first == 0u) {
        let old = dst[b];
        let top = max(old.x, m);
        let a = exp(old.x - top);
        let c = exp(m - top);
        state = vec4<f32>(top, old.y * a + s1 * c, old.z * a * a + s2 * c * c, old.w + f32(p.chunk));
    }
    dst[b] = state;
}

@compute @workgroup_size(64)
fn lse_finalize(@builtin(global_invocation_id) gid: vec3<u32>) {
    let b = gid.x;
    if (b >= p.points) {
        return;
    }
    let st = src[b];
    dst[b] = vec4<f32>(st.x + log(st.y) - log(st.w), st.y * st.y / st.z, 0.0, 0.0);
}
