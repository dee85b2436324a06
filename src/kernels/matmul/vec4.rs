//! The register-blocked vec4 matmuls: the list of block shapes, and their WGSL, generated from
//! that list when a module is first needed (a few milliseconds), so that the launcher and the
//! shaders cannot disagree and no generated file is kept in the repository. `wgvae bench
//! shaders --dump DIR` writes the generated modules for reading.
//!
//! Fully unrolled on purpose: llvmpipe keeps loop-indexed private arrays in memory, and the
//! unrolled blocks ran 2–4× faster (BENCHMARKS.md). Each block computes every output with the
//! same operations in the same order as the strided kernel, so all of them give the same bits
//! (tests/matmul.rs).

use std::fmt::Write;
use std::sync::{LazyLock, OnceLock};

use super::{LinearOp, SLOTS};
use crate::gpu::Kernel;

/// Which module a block is generated into: the standard blocks that `--kernel vec4` (and
/// `auto`) run, or the large ones of `--kernel vec4-large`, apart so that the common case
/// parses a small module (the large one is ~650 KB of WGSL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockSet {
    Standard,
    Large,
}

/// The plain blocks, or those for adapters with subgroups, which load the rows every lane reads
/// once, one row per lane of a group, and hand them to the group's other lanes (the same
/// operations in the same order otherwise, so the same bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    Plain,
    /// Groups of 8 lanes by `subgroupBroadcast` from lanes 0–7: subgroups of 8 lanes or more
    /// (lavapipe's 8; 16, 32 and 64 on GPUs), where a workgroup of 8 is one subgroup's first 8.
    Subgroup8,
    /// Groups of 4 lanes by `subgroupShuffle` within each aligned group of 4: any subgroup of 4
    /// lanes or more, also where the size varies between pipelines (SwiftShader's is 4, so a
    /// workgroup of 8 is two subgroups).
    Subgroup4,
}

impl Flavour {
    pub const ALL: [Flavour; 3] = [Flavour::Plain, Flavour::Subgroup8, Flavour::Subgroup4];

    /// The flavour for an adapter whose subgroups have between `min` and `max` lanes (None: no
    /// subgroups): groups of 8 where every subgroup holds 8, of 4 where every subgroup holds 4,
    /// else plain.
    pub fn for_subgroup_sizes(sizes: Option<(u32, u32)>) -> Flavour {
        match sizes {
            Some((min, _)) if min >= 8 => Flavour::Subgroup8,
            Some((min, _)) if min >= 4 => Flavour::Subgroup4,
            _ => Flavour::Plain,
        }
    }

    /// Whether an adapter with these subgroup sizes runs this flavour correctly: the plain one
    /// everywhere, the grouped ones where every subgroup holds a group.
    pub fn runs_on(self, sizes: Option<(u32, u32)>) -> bool {
        match (self, sizes) {
            (Flavour::Plain, _) => true,
            (_, None) => false,
            (flavour, Some((min, _))) => min >= flavour.width(),
        }
    }

    /// The lanes of a group (1 for the plain flavour).
    pub fn width(self) -> u32 {
        match self {
            Flavour::Plain => 1,
            Flavour::Subgroup8 => 8,
            Flavour::Subgroup4 => 4,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One block shape: the entry point `linear_<layout>_<R>x<C>` computes R rows × C columns of
/// the output per invocation, 8 invocations (SIMD lanes on llvmpipe) side by side along the
/// columns. Every block needs C % 4 == 0 (vec4 stores), grad_weight also R % 4 == 0.
pub struct Vec4Block {
    pub op: LinearOp,
    pub rows: u32,
    pub cols: u32,
    entry: &'static str,
    /// This block's kernel in each flavour, by [`Flavour::index`].
    kernels: [OnceLock<Kernel>; 3],
}

macro_rules! block {
    ($op:ident, $layout:literal, $r:literal, $c:literal) => {
        Vec4Block {
            op: LinearOp::$op,
            rows: $r,
            cols: $c,
            entry: concat!("linear_", $layout, "_", $r, "x", $c),
            kernels: [OnceLock::new(), OnceLock::new(), OnceLock::new()],
        }
    };
}

/// Every block shape, the one list both the launcher's choice ([`super::vec4_block`])
/// and the generated modules come from.
pub static VEC4_BLOCKS: [Vec4Block; 11] = [
    block!(Forward, "forward", 16, 8),
    block!(Forward, "forward", 32, 12),
    block!(Forward, "forward", 32, 16),
    block!(Forward, "forward", 32, 24),
    block!(GradInput, "grad_input", 16, 8),
    block!(GradInput, "grad_input", 32, 16),
    block!(GradInput, "grad_input", 32, 20),
    block!(GradWeight, "grad_weight", 16, 8),
    block!(GradWeight, "grad_weight", 32, 8),
    block!(GradWeight, "grad_weight", 16, 20),
    block!(GradWeight, "grad_weight", 16, 32),
];

/// The block `--kernel vec4` runs per layout (and `vec4-large` falls back to while its blocks
/// compile): 16×8, and 32×8 for dW, where 32 rows fill one subgroup-wide load of dZ (4 rows a
/// lane) and ran 1.2–1.4x the 16×8 block (BENCHMARKS.md).
pub(crate) const fn standard_shape(op: LinearOp) -> (u32, u32) {
    match op {
        LinearOp::GradWeight => (32, 8),
        LinearOp::Forward | LinearOp::GradInput => (16, 8),
    }
}

impl Vec4Block {
    pub fn entry(&self) -> &'static str {
        self.entry
    }

    /// The module this block is generated into.
    pub fn set(&self) -> BlockSet {
        if (self.rows, self.cols) == standard_shape(self.op) { BlockSet::Standard } else { BlockSet::Large }
    }

    /// The kernel of this block in `flavour`.
    pub(crate) fn kernel(&'static self, flavour: Flavour) -> &'static Kernel {
        self.kernels[flavour.index()].get_or_init(|| {
            let (module, source) = module(self.set(), flavour);
            Kernel { module, source, entry: self.entry, slots: SLOTS }
        })
    }

    /// Estimated time of one launch, in multiply-add units: every workgroup computes its whole
    /// block (lanes past the edge of C cost nearly as much as the others), the workgroups share
    /// `threads` threads, and each multiply-add costs 1 plus the loads that feed it, (R + C)
    /// vec4 per 4 R C multiply-adds, each of which costs about as much as 5.3 multiply-adds
    /// (measured on llvmpipe: 16×8 blocks run at 2/3 the rate of 32×32 ones).
    pub(crate) fn cost(&self, rows: u32, cols: u32, depth: u32, batch: u32, threads: u32) -> f64 {
        let (r, c) = (self.rows as f64, self.cols as f64);
        let workgroups = cols.div_ceil(8 * self.cols) as u64 * rows.div_ceil(self.rows) as u64 * batch as u64;
        let per_workgroup = 8.0 * r * c * depth as f64 * (1.0 + 5.33 * (1.0 / r + 1.0 / c));
        workgroups.div_ceil(threads.max(1) as u64) as f64 * per_workgroup
    }
}

/// The name and the whole source (the common files in front) of a generated module.
pub fn module(set: BlockSet, flavour: Flavour) -> (&'static str, &'static str) {
    type Source = LazyLock<String>;
    static STANDARD: Source = LazyLock::new(|| generate(BlockSet::Standard, Flavour::Plain));
    static LARGE: Source = LazyLock::new(|| generate(BlockSet::Large, Flavour::Plain));
    static STANDARD_SUBGROUP8: Source = LazyLock::new(|| generate(BlockSet::Standard, Flavour::Subgroup8));
    static LARGE_SUBGROUP8: Source = LazyLock::new(|| generate(BlockSet::Large, Flavour::Subgroup8));
    static STANDARD_SUBGROUP4: Source = LazyLock::new(|| generate(BlockSet::Standard, Flavour::Subgroup4));
    static LARGE_SUBGROUP4: Source = LazyLock::new(|| generate(BlockSet::Large, Flavour::Subgroup4));
    match (set, flavour) {
        (BlockSet::Standard, Flavour::Plain) => ("matmul_vec4", &STANDARD),
        (BlockSet::Large, Flavour::Plain) => ("matmul_vec4_large", &LARGE),
        (BlockSet::Standard, Flavour::Subgroup8) => ("matmul_vec4_subgroup8", &STANDARD_SUBGROUP8),
        (BlockSet::Large, Flavour::Subgroup8) => ("matmul_vec4_large_subgroup8", &LARGE_SUBGROUP8),
        (BlockSet::Standard, Flavour::Subgroup4) => ("matmul_vec4_subgroup4", &STANDARD_SUBGROUP4),
        (BlockSet::Large, Flavour::Subgroup4) => ("matmul_vec4_large_subgroup4", &LARGE_SUBGROUP4),
    }
}

/// Every generated module, by name.
pub fn modules() -> Vec<(&'static str, &'static str)> {
    Flavour::ALL.iter().flat_map(|&f| [module(BlockSet::Standard, f), module(BlockSet::Large, f)]).collect()
}

const HEADER: &str = "\
// Register-blocked matmuls for software adapters (lavapipe). Each invocation computes a block
// of R rows x C columns of C (R x C in the entry point's name) from vec4 loads, with no workgroup
// memory and no barriers: llvmpipe runs the 8 invocations of a workgroup as the SIMD lanes of one
// vector, turns every storage load inside a loop into a loop over the lanes, and each barrier
// into a coroutine switch. So what counts is the number of components loaded per multiply-add:
// (R + C) vec4 per 4 R C of them for every layout. The rows come from the workgroup id and only
// the columns vary per lane. Every lane reads the same rows, and llvmpipe (Mesa 22.3) still
// loads them lane by lane, 8 times over: the subgroup flavours load them one row per lane of a
// group of W lanes and hand them round (subgroupBroadcast from lanes 0..7 where W = 8,
// subgroupShuffle within each aligned group of 4 where W = 4), ceil(R / W) loads instead of R,
// the same operations in the same order otherwise (same bits). One entry point per layer layout and
// block shape, since the vec4 direction differs; each needs the dimensions it loads and stores
// along to be multiples of 4 (src/kernels/matmul/mod.rs checks, and falls back to matmul_strided
// otherwise). Stores go 4 columns at a time too, and the bias is loaded once per block: at
// short depths (the 20-wide latent layers) scalar stores and bias loads cost more than the sums.
// Generated, fully unrolled, by src/kernels/matmul/vec4.rs from its list of blocks.

@group(0) @binding(1) var<storage, read> a4: array<vec4<f32>>;
@group(0) @binding(2) var<storage, read> b4: array<vec4<f32>>;
@group(0) @binding(3) var<storage, read_write> bias4: array<vec4<f32>>;
@group(0) @binding(4) var<storage, read_write> out4: array<vec4<f32>>;

fn act4(z: vec4<f32>) -> vec4<f32> {
    return vec4<f32>(act_forward(z.x, p.act), act_forward(z.y, p.act), act_forward(z.z, p.act), act_forward(z.w, p.act));
}
";

const C4: [&str; 4] = ["x", "y", "z", "w"];

/// A module: the common files, the header, then every block of `set` in list order.
fn generate(set: BlockSet, flavour: Flavour) -> String {
    let mut w = Writer { out: String::with_capacity(1 << 20), flavour };
    w.out.push_str(crate::kernels::shader_source!("common/activation.wgsl", "common/matmul_params.wgsl"));
    w.out.push_str(HEADER);
    for b in VEC4_BLOCKS.iter().filter(|b| b.set() == set) {
        match b.op {
            LinearOp::Forward => w.forward(b),
            LinearOp::GradInput => w.grad_input(b),
            LinearOp::GradWeight => w.grad_weight(b),
        }
    }
    w.out
}

/// Writes WGSL lines; `line!` appends one.
struct Writer {
    out: String,
    flavour: Flavour,
}

macro_rules! line {
    ($w:expr, $($fmt:tt)*) => {{
        let _ = writeln!($w.out, $($fmt)*);
    }};
}

impl Writer {
    fn header(&mut self, b: &Vec4Block, doc: &str) {
        let (r, c) = (b.rows, b.cols);
        line!(self, "");
        line!(self, "{doc}");
        line!(self, "@compute @workgroup_size(8)");
        let lane = if self.grouped() { ", @builtin(subgroup_invocation_id) lane: u32" } else { "" };
        line!(
            self,
            "fn {}(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(workgroup_id) wid: vec3<u32>{lane}) {{",
            b.entry
        );
        line!(self, "    let c0 = gid.x * {c}u;");
        line!(self, "    let r0 = wid.y * {r}u;");
        if self.grouped() {
            // Every lane loads for the others: the lanes past the last column run on (their
            // columns clamped) and only skip the stores.
            line!(self, "    if (r0 >= p.rows) {{\n        return;\n    }}");
            let width = self.flavour.width();
            line!(self, "    let in_group = lane & {}u;", width - 1);
            if self.flavour == Flavour::Subgroup4 {
                line!(self, "    let group_base = lane - in_group;");
            }
        } else {
            line!(self, "    if (c0 >= p.cols || r0 >= p.rows) {{\n        return;\n    }}");
        }
    }

    /// Whether lanes share their loads (a subgroup flavour).
    fn grouped(&self) -> bool {
        self.flavour != Flavour::Plain
    }

    /// The R rows every lane reads at each step (row r0 + i at `base(i)` + k): loaded one row
    /// per lane of a group of W, ceil(R / W) loads, then handed round, instead of R loads in
    /// every lane.
    fn shared_rows(&mut self, r: u32, name: &str, base: impl Fn(&str) -> String) {
        if self.grouped() {
            let width = self.flavour.width();
            for g in 0..r.div_ceil(width) {
                line!(self, "    let {name}l{g} = {};", base(&format!("{}u + in_group", g * width)));
            }
        } else {
            for i in 0..r {
                line!(self, "    let {name}{i} = {};", base(&format!("{i}u")));
            }
        }
    }

    /// `let {value}{i}` = the i-th of the vec4s that every lane reads at this step: with
    /// subgroups, lane l of load group g loads `lane_addr(g)` and the others of its lane group
    /// get it from that lane; else every lane loads `own_addr(i)`.
    fn shared_load(
        &mut self,
        i: u32,
        value: &str,
        lane_addr: impl Fn(u32) -> String,
        own_addr: impl Fn(u32) -> String,
    ) {
        let width = self.flavour.width();
        if self.grouped() && i.is_multiple_of(width) {
            line!(self, "        let {value}g{} = a4[{}];", i / width, lane_addr(i / width));
        }
        if self.flavour == Flavour::Subgroup8 {
            line!(self, "        let {value}{i} = subgroupBroadcast({value}g{}, {}u);", i / 8, i % 8);
        } else if self.flavour == Flavour::Subgroup4 {
            line!(self, "        let {value}{i} = subgroupShuffle({value}g{}, group_base + {}u);", i / 4, i % 4);
        } else {
            line!(self, "        let {value}{i} = a4[{}];", own_addr(i));
        }
    }

    /// The stores: `value(i, j)` is the f32 expression of row r0 + i, column c0 + j; with
    /// `bias`, the forward's epilogue adds the bias (has_bias) before the activation, as
    /// matmul.wgsl's epilogue does.
    fn store(&mut self, r: u32, c: u32, value: impl Fn(u32, u32) -> String, bias: bool) {
        line!(self, "    let c_base = gid.z * p.c_batch;");
        if bias {
            for h in 0..c / 4 {
                line!(self, "    var b{h} = vec4<f32>(0.0);");
            }
            line!(self, "    if (p.has_bias != 0u) {{");
            for h in 0..c / 4 {
                line!(self, "        b{h} = bias4[min(c0 / 4u + {h}u, p.cols / 4u - 1u)];");
            }
            line!(self, "    }}");
        }
        for i in 0..r {
            line!(self, "    if (r0 + {i}u < p.rows) {{");
            line!(self, "        let o = (c_base + (r0 + {i}u) * p.cols + c0) / 4u;");
            for h in 0..c / 4 {
                let v: Vec<String> = (0..4).map(|q| value(i, 4 * h + q)).collect();
                line!(self, "        if (c0 + {}u < p.cols) {{", 4 * h);
                line!(self, "            var z = vec4<f32>({});", v.join(", "));
                if bias {
                    line!(self, "            if (p.has_bias != 0u) {{ z += b{h}; }}");
                }
                line!(self, "            out4[o + {h}u] = act4(z);");
                line!(self, "        }}");
            }
            line!(self, "    }}");
        }
        line!(self, "}}");
    }

    /// One line declaring `var {prefix}{i}_{j} = {zero};` for every j below `count`.
    fn accumulators(&mut self, i: u32, count: u32, zero: &str) {
        let vars: Vec<String> = (0..count).map(|j| format!("var s{i}_{j} = {zero};")).collect();
        line!(self, "    {}", vars.join(" "));
    }

    fn forward(&mut self, b: &Vec4Block) {
        let (r, c) = (b.rows, b.cols);
        self.header(
            b,
            "// Y = act(X W^T + b): X [rows, depth], W [cols, depth]. Needs depth % 4 == 0 and cols % 4 == 0.",
        );
        line!(self, "    let d4 = p.depth / 4u;");
        line!(self, "    let xb = gid.z * p.a_batch / 4u;");
        line!(self, "    let wb = gid.z * p.b_batch / 4u;");
        self.shared_rows(r, "x", |i| format!("xb + min(r0 + {i}, p.rows - 1u) * d4"));
        for j in 0..c {
            line!(self, "    let w{j} = wb + min(c0 + {j}u, p.cols - 1u) * d4;");
        }
        for i in 0..r {
            self.accumulators(i, c, "0.0");
        }
        line!(self, "    for (var k = 0u; k < d4; k++) {{");
        for j in 0..c {
            line!(self, "        let wv{j} = b4[w{j} + k];");
        }
        for i in 0..r {
            self.shared_load(i, "xv", |g| format!("xl{g} + k"), |i| format!("x{i} + k"));
            for j in 0..c {
                let mut e = format!("s{i}_{j}");
                for q in C4 {
                    e = format!("fma(xv{i}.{q}, wv{j}.{q}, {e})");
                }
                line!(self, "        s{i}_{j} = {e};");
            }
        }
        line!(self, "    }}");
        self.store(r, c, |i, j| format!("s{i}_{j}"), true);
    }

    fn grad_input(&mut self, b: &Vec4Block) {
        let (r, c) = (b.rows, b.cols);
        let g = c / 4;
        self.header(b, "// dX = dZ W: dZ [rows, depth], W [depth, cols]. Needs depth % 4 == 0 and cols % 4 == 0.");
        line!(self, "    let d4 = p.depth / 4u;");
        line!(self, "    let c4 = p.cols / 4u;");
        for h in 0..g {
            line!(self, "    let g{h} = min(c0 / 4u + {h}u, c4 - 1u);");
        }
        line!(self, "    let zb = gid.z * p.a_batch / 4u;");
        line!(self, "    let wb = gid.z * p.b_batch / 4u;");
        self.shared_rows(r, "z", |i| format!("zb + min(r0 + {i}, p.rows - 1u) * d4"));
        for i in 0..r {
            self.accumulators(i, g, "vec4<f32>(0.0)");
        }
        line!(self, "    for (var k = 0u; k < d4; k++) {{");
        line!(self, "        let w_row = wb + 4u * k * c4;");
        for q in 0..4 {
            for h in 0..g {
                line!(self, "        let w{q}_{h} = b4[w_row + {q}u * c4 + g{h}];");
            }
        }
        for i in 0..r {
            self.shared_load(i, "zv", |g| format!("zl{g} + k"), |i| format!("z{i} + k"));
            for h in 0..g {
                let mut e = format!("s{i}_{h}");
                for (q, component) in C4.iter().enumerate() {
                    e = format!("fma(vec4<f32>(zv{i}.{component}), w{q}_{h}, {e})");
                }
                line!(self, "        s{i}_{h} = {e};");
            }
        }
        line!(self, "    }}");
        self.store(r, c, |i, j| format!("s{i}_{}.{}", j / 4, C4[j as usize % 4]), false);
    }

    fn grad_weight(&mut self, b: &Vec4Block) {
        let (r, c) = (b.rows, b.cols);
        let g = c / 4;
        self.header(b, "// dW = dZ^T X: dZ [depth, rows], X [depth, cols]. Needs rows % 4 == 0 and cols % 4 == 0.");
        line!(self, "    let r4 = p.rows / 4u;");
        line!(self, "    let c4 = p.cols / 4u;");
        if self.grouped() {
            let width = self.flavour.width();
            for part in 0..(r / 4).div_ceil(width) {
                line!(self, "    let rgl{part} = min(r0 / 4u + {}u + in_group, r4 - 1u);", part * width);
            }
        } else {
            for q in 0..r / 4 {
                line!(self, "    let rg{q} = min(r0 / 4u + {q}u, r4 - 1u);");
            }
        }
        for h in 0..g {
            line!(self, "    let cg{h} = min(c0 / 4u + {h}u, c4 - 1u);");
        }
        line!(self, "    let zb = gid.z * p.a_batch / 4u;");
        line!(self, "    let xb = gid.z * p.b_batch / 4u;");
        for i in 0..r {
            self.accumulators(i, g, "vec4<f32>(0.0)");
        }
        // The first workgroup of each row block also sums dZ's rows: the bias gradient.
        line!(self, "    let sums = p.row_sums != 0u && wid.x == 0u;");
        let sums: Vec<String> = (0..r / 4).map(|q| format!("var sb{q} = vec4<f32>(0.0);")).collect();
        line!(self, "    {}", sums.join(" "));
        line!(self, "    for (var m = 0u; m < p.depth; m++) {{");
        line!(self, "        let zm = zb + m * r4;");
        line!(self, "        let xm = xb + m * c4;");
        for q in 0..r / 4 {
            self.shared_load(q, "zv", |g| format!("zm + rgl{g}"), |q| format!("zm + rg{q}"));
        }
        for h in 0..g {
            line!(self, "        let xv{h} = b4[xm + cg{h}];");
        }
        for i in 0..r {
            for h in 0..g {
                line!(self, "        s{i}_{h} = fma(vec4<f32>(zv{}.{}), xv{h}, s{i}_{h});", i / 4, C4[i as usize % 4]);
            }
        }
        line!(self, "        if (sums) {{");
        for q in 0..r / 4 {
            line!(self, "            sb{q} += zv{q};");
        }
        line!(self, "        }}");
        line!(self, "    }}");
        line!(self, "    if (sums && gid.x == 0u) {{");
        for q in 0..r / 4 {
            line!(
                self,
                "        if (r0 + {}u < p.rows) {{ bias4[(gid.z * p.rows + r0) / 4u + {q}u] = sb{q}; }}",
                4 * q
            );
        }
        line!(self, "    }}");
        self.store(r, c, |i, j| format!("s{i}_{}.{}", j / 4, C4[j as usize % 4]), false);
    }
}

#[cfg(test)]
mod tests {
    use super::Flavour;

    #[test]
    fn every_subgroup_size_gets_a_flavour_that_fits_it() {
        let fixed = |n| Some((n, n));
        assert_eq!(Flavour::for_subgroup_sizes(None), Flavour::Plain);
        assert_eq!(Flavour::for_subgroup_sizes(fixed(1)), Flavour::Plain);
        assert_eq!(Flavour::for_subgroup_sizes(fixed(2)), Flavour::Plain);
        assert_eq!(Flavour::for_subgroup_sizes(fixed(4)), Flavour::Subgroup4);
        for n in [8, 16, 32, 64, 128] {
            assert_eq!(Flavour::for_subgroup_sizes(fixed(n)), Flavour::Subgroup8, "{n} lanes");
        }
        // Sizes that vary between pipelines: the group must fit the smallest.
        assert_eq!(Flavour::for_subgroup_sizes(Some((4, 16))), Flavour::Subgroup4);
        assert_eq!(Flavour::for_subgroup_sizes(Some((8, 32))), Flavour::Subgroup8);
        assert_eq!(Flavour::for_subgroup_sizes(Some((2, 64))), Flavour::Plain);
        // The chosen flavour always runs where it is chosen; a wider one does not.
        for sizes in [None, fixed(4), fixed(8), Some((4, 64)), fixed(64)] {
            assert!(Flavour::for_subgroup_sizes(sizes).runs_on(sizes), "{sizes:?}");
        }
        assert!(!Flavour::Subgroup8.runs_on(fixed(4)) && !Flavour::Subgroup4.runs_on(None));
    }
}
