# Writes the entry points of shaders/matmul_vec4.wgsl (everything after its header comment):
#   python3 shaders/generate_matmul_vec4.py > /tmp/body.wgsl
# Fully unrolled on purpose: llvmpipe keeps loop-indexed private arrays in memory, and the
# unrolled blocks ran 2-4x faster (BENCHMARKS.md). Change the block shape here, not by hand.
R = 16  # rows per invocation (from the workgroup id: uniform, so cheap to load)
C = ["x", "y", "z", "w"]

# Written once, before the entry points: the epilogue and edge checks of one row of a block.
STORE_ROW = """// Row `row` of C, columns c0 .. c0 + 7 from (lo, hi), through the epilogue, skipping what lies
// past the edge of C. Runs once per row per invocation, outside the hot loop.
fn store_row(c_base: u32, row: u32, c0: u32, lo: vec4<f32>, hi: vec4<f32>) {
    if (row >= p.rows) {
        return;
    }
    let v = array<vec4<f32>, 2>(lo, hi);
    for (var j = 0u; j < 8u; j++) {
        let col = c0 + j;
        if (col < p.cols) {
            c[c_base + row * p.cols + col] = epilogue(v[j / 4u][j % 4u], col);
        }
    }
}
"""

def store(lines, accname):
    # accname(i, h) -> vec4 expr for row i, column group h (cols 4h..4h+3)
    lines.append("    let c_base = gid.z * p.c_batch;")
    for i in range(R):
        lines.append(f"    store_row(c_base, r0 + {i}u, c0, {accname(i, 0)}, {accname(i, 1)});")

def header(lines, name, doc):
    lines.append(doc)
    lines.append("@compute @workgroup_size(8)")
    lines.append(f"fn {name}(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>) {{")
    lines.append("    let c0 = gid.x * 8u;")
    lines.append(f"    let r0 = wid.y * {R}u;")
    lines.append("    if (c0 >= p.cols || r0 >= p.rows) {\n        return;\n    }")

def decl_acc(lines):
    for i in range(R):
        lines.append(f"    var acc{i}a = vec4<f32>(0.0);")
        lines.append(f"    var acc{i}b = vec4<f32>(0.0);")

out = [STORE_ROW]
# forward: Y = act(X W^T + b)
header(out, "linear_forward", "// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0.")
out.append("    let d4 = p.depth / 4u;")
out.append("    let xb = gid.z * p.a_batch / 4u;")
out.append("    let wb = gid.z * p.b_batch / 4u;")
for i in range(R):
    out.append(f"    let x{i} = xb + min(r0 + {i}u, p.rows - 1u) * d4;")
for j in range(8):
    out.append(f"    let w{j} = wb + min(c0 + {j}u, p.cols - 1u) * d4;")
decl_acc(out)
out.append("    for (var k = 0u; k < d4; k++) {")
for j in range(8):
    out.append(f"        let wv{j} = b4[w{j} + k];")
for i in range(R):
    out.append(f"        let xv{i} = a4[x{i} + k];")
    out.append(f"        acc{i}a += vec4<f32>(dot(xv{i}, wv0), dot(xv{i}, wv1), dot(xv{i}, wv2), dot(xv{i}, wv3));")
    out.append(f"        acc{i}b += vec4<f32>(dot(xv{i}, wv4), dot(xv{i}, wv5), dot(xv{i}, wv6), dot(xv{i}, wv7));")
out.append("    }")
store(out, lambda i, h: f"acc{i}{'ab'[h]}")
out.append("}\n")

# grad_input: dX = dZ W
header(out, "linear_grad_input", "// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.")
out.append("    let d4 = p.depth / 4u;")
out.append("    let c4 = p.cols / 4u;")
out.append("    let g0 = c0 / 4u;")
out.append("    let g1 = min(g0 + 1u, c4 - 1u);")
out.append("    let zb = gid.z * p.a_batch / 4u;")
out.append("    let wb = gid.z * p.b_batch / 4u;")
for i in range(R):
    out.append(f"    let z{i} = zb + min(r0 + {i}u, p.rows - 1u) * d4;")
decl_acc(out)
out.append("    for (var k = 0u; k < d4; k++) {")
out.append("        let w_row = wb + 4u * k * c4;")
for q in range(4):
    out.append(f"        let wa{q} = b4[w_row + {q}u * c4 + g0];")
    out.append(f"        let wb{q} = b4[w_row + {q}u * c4 + g1];")
for i in range(R):
    out.append(f"        let zv{i} = a4[z{i} + k];")
    for q in range(4):
        out.append(f"        acc{i}a = fma(vec4<f32>(zv{i}.{C[q]}), wa{q}, acc{i}a);")
        out.append(f"        acc{i}b = fma(vec4<f32>(zv{i}.{C[q]}), wb{q}, acc{i}b);")
out.append("    }")
store(out, lambda i, h: f"acc{i}{'ab'[h]}")
out.append("}\n")

# grad_weight: dW = dZ^T X
header(out, "linear_grad_weight", "// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.")
out.append("    let r4 = p.rows / 4u;")
out.append("    let c4 = p.cols / 4u;")
for g in range(R // 4):
    out.append(f"    let rg{g} = min(r0 / 4u + {g}u, r4 - 1u);")
out.append("    let ca = c0 / 4u;")
out.append("    let cb = min(ca + 1u, c4 - 1u);")
out.append("    let zb = gid.z * p.a_batch / 4u;")
out.append("    let xb = gid.z * p.b_batch / 4u;")
decl_acc(out)
out.append("    for (var m = 0u; m < p.depth; m++) {")
for g in range(R // 4):
    out.append(f"        let zv{g} = a4[zb + m * r4 + rg{g}];")
out.append("        let xa = b4[xb + m * c4 + ca];")
out.append("        let xc = b4[xb + m * c4 + cb];")
for i in range(R):
    out.append(f"        acc{i}a = fma(vec4<f32>(zv{i // 4}.{C[i % 4]}), xa, acc{i}a);")
    out.append(f"        acc{i}b = fma(vec4<f32>(zv{i // 4}.{C[i % 4]}), xc, acc{i}b);")
out.append("    }")
store(out, lambda i, h: f"acc{i}{'ab'[h]}")
out.append("}")
print("\n".join(out))
