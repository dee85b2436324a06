# Writes the vec4 matmul modules: the standard blocks that `--kernel auto` uses, and the large blocks of
# `--kernel vec4-large`, apart so that the common case parses a small module; each in two
# flavours, plain and (--subgroup) for adapters with subgroups of at least 8 lanes:
#   python3 shaders/generate_matmul_vec4.py small > shaders/matmul_vec4.wgsl
#   python3 shaders/generate_matmul_vec4.py large > shaders/matmul_vec4_large.wgsl
#   python3 shaders/generate_matmul_vec4.py small --subgroup > shaders/matmul_vec4_subgroup.wgsl
#   python3 shaders/generate_matmul_vec4.py large --subgroup > shaders/matmul_vec4_large_subgroup.wgsl
# Fully unrolled on purpose: llvmpipe keeps loop-indexed private arrays in memory, and the
# unrolled blocks ran 2-4x faster (BENCHMARKS.md). Change the block shapes here, not by hand;
# src/kernels/matmul.rs lists the same entry points (tests/matmul.rs checks the two agree).
import os
import sys

C4 = ["x", "y", "z", "w"]

# (layer layout, rows per invocation R, columns per invocation C). The entry point is named
# `linear_<layout>_<R>x<C>`. Every block needs C % 4 == 0 (vec4 stores), grad_weight R % 4 == 0.
# src/kernels/matmul.rs (VEC4_BLOCKS) picks one per launch from a cost model.
VARIANTS = [
    ("forward", 16, 8),
    ("forward", 32, 12),
    ("forward", 32, 16),
    ("forward", 32, 24),
    ("grad_input", 16, 8),
    ("grad_input", 32, 16),
    ("grad_input", 32, 20),
    ("grad_weight", 16, 8),
    ("grad_weight", 32, 8),
    ("grad_weight", 16, 20),
    ("grad_weight", 16, 32),
]
if os.environ.get("MATMUL_VARIANTS"):  # for benchmarking other block shapes: "forward:32x16,..."
    VARIANTS = []
    for v in os.environ["MATMUL_VARIANTS"].split(","):
        op, rc = v.split(":")
        r, c = rc.split("x")
        VARIANTS.append((op, int(r), int(c)))

HEADER = """// Register-blocked matmuls for software adapters (lavapipe). Each invocation computes a block
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
"""


def header(out, op, r, c, doc):
    out.append("")
    out.append(doc)
    out.append("@compute @workgroup_size(8)")
    lane = ", @builtin(subgroup_invocation_id) lane: u32" if SUBGROUP else ""
    out.append(
        f"fn linear_{op}_{r}x{c}(@builtin(global_invocation_id) gid: vec3<u32>, "
        f"@builtin(workgroup_id) wid: vec3<u32>{lane}) {{"
    )
    out.append(f"    let c0 = gid.x * {c}u;")
    out.append(f"    let r0 = wid.y * {r}u;")
    if SUBGROUP:
        # Every lane loads for the others: the lanes past the last column run on (their columns
        # clamped) and only skip the stores.
        out.append("    if (r0 >= p.rows) {\n        return;\n    }")
    else:
        out.append("    if (c0 >= p.cols || r0 >= p.rows) {\n        return;\n    }")


def shared_rows(out, r, base, name):
    # The R rows every lane reads at each step (row r0 + i at `base(i)` + k): loaded one row per
    # lane, ceil(R / 8) loads, then broadcast, instead of R loads in every lane.
    if SUBGROUP:
        for g in range((r + 7) // 8):
            out.append(f"    let {name}l{g} = {base(f'{g * 8}u + lane')};")
    else:
        for i in range(r):
            out.append(f"    let {name}{i} = {base(f'{i}u')};")


def shared_load(out, i, value, lane_addr, own_addr):
    # `let {value}{i}` = the i-th of the vec4s that every lane reads at this step: with
    # subgroups, lane l of group g loads lane_addr(g) and the others get it by broadcast; else
    # every lane loads own_addr(i).
    if SUBGROUP:
        if i % 8 == 0:
            out.append(f"        let {value}g{i // 8} = a4[{lane_addr(i // 8)}];")
        out.append(f"        let {value}{i} = subgroupBroadcast({value}g{i // 8}, {i % 8}u);")
    else:
        out.append(f"        let {value}{i} = a4[{own_addr(i)}];")


def store(out, r, c, value, bias=False):
    # value(i, j) -> f32 expression of row r0 + i, column c0 + j; with `bias`, the forward's
    # epilogue adds the bias (has_bias) before the activation, as matmul.wgsl's epilogue does.
    assert c % 4 == 0
    out.append("    let c_base = gid.z * p.c_batch;")
    if bias:
        for h in range(c // 4):
            out.append(f"    var b{h} = vec4<f32>(0.0);")
        out.append("    if (p.has_bias != 0u) {")
        for h in range(c // 4):
            out.append(f"        b{h} = bias4[min(c0 / 4u + {h}u, p.cols / 4u - 1u)];")
        out.append("    }")
    for i in range(r):
        out.append(f"    if (r0 + {i}u < p.rows) {{")
        out.append(f"        let o = (c_base + (r0 + {i}u) * p.cols + c0) / 4u;")
        for h in range(c // 4):
            v = ", ".join(value(i, 4 * h + q) for q in range(4))
            out.append(f"        if (c0 + {4 * h}u < p.cols) {{")
            out.append(f"            var z = vec4<f32>({v});")
            if bias:
                out.append(f"            if (p.has_bias != 0u) {{ z += b{h}; }}")
            out.append(f"            out4[o + {h}u] = act4(z);")
            out.append("        }")
        out.append("    }")
    out.append("}")


def forward(out, r, c):
    header(out, "forward", r, c, "// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0 and cols % 4 == 0.")
    out.append("    let d4 = p.depth / 4u;")
    out.append("    let xb = gid.z * p.a_batch / 4u;")
    out.append("    let wb = gid.z * p.b_batch / 4u;")
    shared_rows(out, r, lambda i: f"xb + min(r0 + {i}, p.rows - 1u) * d4", "x")
    for j in range(c):
        out.append(f"    let w{j} = wb + min(c0 + {j}u, p.cols - 1u) * d4;")
    for i in range(r):
        out.append("    " + " ".join(f"var s{i}_{j} = 0.0;" for j in range(c)))
    out.append("    for (var k = 0u; k < d4; k++) {")
    for j in range(c):
        out.append(f"        let wv{j} = b4[w{j} + k];")
    for i in range(r):
        shared_load(out, i, "xv", lambda g: f"xl{g} + k", lambda i: f"x{i} + k")
        for j in range(c):
            e = f"s{i}_{j}"
            for q in C4:
                e = f"fma(xv{i}.{q}, wv{j}.{q}, {e})"
            out.append(f"        s{i}_{j} = {e};")
    out.append("    }")
    store(out, r, c, lambda i, j: f"s{i}_{j}", bias=True)


def grad_input(out, r, c):
    assert c % 4 == 0
    g = c // 4
    header(
        out,
        "grad_input",
        r,
        c,
        "// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.",
    )
    out.append("    let d4 = p.depth / 4u;")
    out.append("    let c4 = p.cols / 4u;")
    for h in range(g):
        out.append(f"    let g{h} = min(c0 / 4u + {h}u, c4 - 1u);")
    out.append("    let zb = gid.z * p.a_batch / 4u;")
    out.append("    let wb = gid.z * p.b_batch / 4u;")
    shared_rows(out, r, lambda i: f"zb + min(r0 + {i}, p.rows - 1u) * d4", "z")
    for i in range(r):
        out.append("    " + " ".join(f"var s{i}_{h} = vec4<f32>(0.0);" for h in range(g)))
    out.append("    for (var k = 0u; k < d4; k++) {")
    out.append("        let w_row = wb + 4u * k * c4;")
    for q in range(4):
        for h in range(g):
            out.append(f"        let w{q}_{h} = b4[w_row + {q}u * c4 + g{h}];")
    for i in range(r):
        shared_load(out, i, "zv", lambda g: f"zl{g} + k", lambda i: f"z{i} + k")
        for h in range(g):
            e = f"s{i}_{h}"
            for q in range(4):
                e = f"fma(vec4<f32>(zv{i}.{C4[q]}), w{q}_{h}, {e})"
            out.append(f"        s{i}_{h} = {e};")
    out.append("    }")
    store(out, r, c, lambda i, j: f"s{i}_{j // 4}.{C4[j % 4]}")


def grad_weight(out, r, c):
    assert r % 4 == 0 and c % 4 == 0
    g = c // 4
    header(
        out,
        "grad_weight",
        r,
        c,
        "// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.",
    )
    out.append("    let r4 = p.rows / 4u;")
    out.append("    let c4 = p.cols / 4u;")
    if SUBGROUP:
        for part in range((r // 4 + 7) // 8):
            out.append(f"    let rgl{part} = min(r0 / 4u + {part * 8}u + lane, r4 - 1u);")
    else:
        for q in range(r // 4):
            out.append(f"    let rg{q} = min(r0 / 4u + {q}u, r4 - 1u);")
    for h in range(g):
        out.append(f"    let cg{h} = min(c0 / 4u + {h}u, c4 - 1u);")
    out.append("    let zb = gid.z * p.a_batch / 4u;")
    out.append("    let xb = gid.z * p.b_batch / 4u;")
    for i in range(r):
        out.append("    " + " ".join(f"var s{i}_{h} = vec4<f32>(0.0);" for h in range(g)))
    # The first workgroup of each row block also sums dZ's rows: the bias gradient (row_sums).
    out.append("    let sums = p.row_sums != 0u && wid.x == 0u;")
    out.append("    " + " ".join(f"var sb{q} = vec4<f32>(0.0);" for q in range(r // 4)))
    out.append("    for (var m = 0u; m < p.depth; m++) {")
    out.append("        let zm = zb + m * r4;")
    out.append("        let xm = xb + m * c4;")
    for q in range(r // 4):
        shared_load(out, q, "zv", lambda g: f"zm + rgl{g}", lambda q: f"zm + rg{q}")
    for h in range(g):
        out.append(f"        let xv{h} = b4[xm + cg{h}];")
    for i in range(r):
        for h in range(g):
            out.append(f"        s{i}_{h} = fma(vec4<f32>(zv{i // 4}.{C4[i % 4]}), xv{h}, s{i}_{h});")
    out.append("        if (sums) {")
    for q in range(r // 4):
        out.append(f"            sb{q} += zv{q};")
    out.append("        }")
    out.append("    }")
    out.append("    if (sums && gid.x == 0u) {")
    for q in range(r // 4):
        out.append(f"        if (r0 + {4 * q}u < p.rows) {{ bias4[(gid.z * p.rows + r0) / 4u + {q}u] = sb{q}; }}")
    out.append("    }")
    store(out, r, c, lambda i, j: f"s{i}_{j // 4}.{C4[j % 4]}")


# The blocks `--kernel vec4` runs (src/kernels/matmul.rs, standard_shape).
SMALL = {("forward", 16, 8), ("grad_input", 16, 8), ("grad_weight", 32, 8)}
which = sys.argv[1] if len(sys.argv) > 1 else ""
SUBGROUP = "--subgroup" in sys.argv
if which not in ("small", "large"):
    sys.exit("usage: generate_matmul_vec4.py small|large")
out = [HEADER.rstrip("\n")]
for op, r, c in VARIANTS:
    if ((op, r, c) in SMALL) != (which == "small"):
        continue
    {"forward": forward, "grad_input": grad_input, "grad_weight": grad_weight}[op](out, r, c)
sys.stdout.write("\n".join(out) + "\n")
