// The flat invocation index of a 1-D launch folded into a 2-D grid (src/gpu/pipeline.rs,
// grid_1d) for workgroups of 64: x first, then y.
fn flat_index(gid: vec3<u32>, groups: vec3<u32>) -> u32 {
    return gid.x + gid.y * groups.x * 64u;
}
