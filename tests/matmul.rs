//! The linear-layer matmuls on the GPU against the f64 CPU reference, for every kernel
//! variant, at shapes that are not multiples of the tiles, with outputs poisoned first.

mod common;

use common::tolerance::{Budget, abs, relative_to_largest};
use common::{assert_close, gpu, poisoned, random};
use wgvae::kernels::activation::Activation;
use wgvae::kernels::matmul::vec4::{self as matmul_vec4, BlockSet, Flavour};
use wgvae::kernels::matmul::{self, LinearOp, LinearShape, MatmulKernel};
use wgvae::reference::matmul as reference;

/// (rows, inputs, outputs): the odd shapes plus the model's.
const ANY_SHAPES: [[u32; 3]; 5] = [[1, 1, 1], [7, 13, 5], [128, 784, 400], [130, 401, 21], [3, 70, 129]];
/// Shapes the vec4 kernels take (inputs and outputs multiples of 4) that are still not multiples
/// of any block (8 lanes of C columns, R rows per workgroup; see `matmul::VEC4_BLOCKS`).
const VEC4_SHAPES: [[u32; 3]; 5] = [[1, 4, 4], [7, 12, 8], [128, 784, 400], [130, 404, 20], [65, 36, 132]];

fn shapes(kernel: MatmulKernel) -> &'static [[u32; 3]] {
    if matches!(kernel, MatmulKernel::Vec4 | MatmulKernel::Vec4Large) { &VEC4_SHAPES } else { &ANY_SHAPES }
}

fn check_forward(kernel: MatmulKernel, act: Activation, bias: bool) {
    let Some(gpu) = gpu() else { return };
    for (t, &[m, k, n]) in shapes(kernel).iter().enumerate() {
        let s = LinearShape::new(m, k, n);
        let x = random((m * k) as usize, 10 + t as u64, -1.0, 1.0);
        // PyTorch's initial scale, 1/sqrt(inputs): pre-activations of order 1, where the
        // activations are not flat, so their error is the matmul's.
        let scale = 1.0 / (k as f32).sqrt();
        let w = random((n * k) as usize, 20 + t as u64, -scale, scale);
        let b = random(n as usize, 30 + t as u64, -1.0, 1.0);
        let (xg, wg, bg) = (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("b", &b).unwrap());
        let y = poisoned(gpu, (m * n) as usize);
        let d = matmul::linear_forward(gpu, &xg, &wg, bias.then_some(&bg), &y, s, act, kernel).unwrap();
        gpu.run(&[&d]).unwrap();
        let want = reference::linear_forward(&x, &w, bias.then_some(&b[..]), &s, act);
        // Fused multiply-adds over k (a sum's budget, against its terms' magnitudes), the bias;
        // then the activation on a pre-activation whose error passes through it unscaled (its
        // slope is at most 1) plus its own: tanh's two exps of |z| (at most the magnitude,
        // clamped at 15 by the shader) and a division.
        let magnitude =
            reference::linear_forward(&abs(&x), &abs(&w), bias.then_some(&abs(&b)[..]), &s, Activation::Identity);
        let z = magnitude.iter().fold(0.0f64, |m, &v| m.max(v as f64)).min(15.0);
        let activation = Budget::exp(z).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0);
        let tol = relative_to_largest(Budget::sum(k as usize) + Budget::ROUNDING, &magnitude, &want) + activation.tol();
        assert_close(&format!("{kernel:?} forward {act:?} {m}x{k}x{n}"), &gpu.read(&y).unwrap(), &want, tol);
    }
}

fn check_grads(kernel: MatmulKernel) {
    let Some(gpu) = gpu() else { return };
    for (t, &[m, k, n]) in shapes(kernel).iter().enumerate() {
        let s = LinearShape::new(m, k, n);
        let x = random((m * k) as usize, 40 + t as u64, -1.0, 1.0);
        let w = random((n * k) as usize, 50 + t as u64, -1.0, 1.0);
        let dz = random((m * n) as usize, 60 + t as u64, -1.0, 1.0);
        let (xg, wg, dzg) =
            (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("dz", &dz).unwrap());
        let dw = poisoned(gpu, (n * k) as usize);
        let db = poisoned(gpu, n as usize);
        let dx = poisoned(gpu, (m * k) as usize);
        let a = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw, Some(&db), s, kernel).unwrap();
        let b = matmul::linear_grad_input(gpu, &dzg, &wg, &dx, s, kernel).unwrap();
        gpu.run(&[&a, &b]).unwrap();
        let tag = format!("{kernel:?} {m}x{k}x{n}");
        // Sums over the m rows (dW, db) and over the n outputs (dX), against their terms.
        let (m_sum, n_sum) = (Budget::sum(m as usize), Budget::sum(n as usize));
        let want_dw = reference::linear_grad_weight(&dz, &x, &s);
        let tol_dw = relative_to_largest(m_sum, &reference::linear_grad_weight(&abs(&dz), &abs(&x), &s), &want_dw);
        assert_close(&format!("{tag} dW"), &gpu.read(&dw).unwrap(), &want_dw, tol_dw);
        let want_db = reference::linear_grad_bias(&dz, &s);
        let tol_db = relative_to_largest(m_sum, &reference::linear_grad_bias(&abs(&dz), &s), &want_db);
        assert_close(&format!("{tag} db"), &gpu.read(&db).unwrap(), &want_db, tol_db);
        // Without db, the same dW.
        let dw2 = poisoned(gpu, (n * k) as usize);
        let plain = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw2, None, s, kernel).unwrap();
        gpu.run(&[&plain]).unwrap();
        assert_eq!(gpu.read(&dw2).unwrap(), gpu.read(&dw).unwrap(), "{tag}: dW without db");
        let want_dx = reference::linear_grad_input(&dz, &w, &s);
        let tol_dx = relative_to_largest(n_sum, &reference::linear_grad_input(&abs(&dz), &abs(&w), &s), &want_dx);
        assert_close(&format!("{tag} dX"), &gpu.read(&dx).unwrap(), &want_dx, tol_dx);
    }
}

fn check_batched(kernel: MatmulKernel) {
    let Some(gpu) = gpu() else { return };
    // k = 3 importance samples: X and Y per sample, W shared (stride 0) or per sample.
    let (batch, m, k, n) = (3u32, 9u32, 20u32, 12u32);
    for shared_w in [true, false] {
        let sw = if shared_w { 0 } else { n * k };
        let s = LinearShape::new(m, k, n).batched(batch, [m * k, sw, m * n]);
        let x = random((batch * m * k) as usize, 70, -1.0, 1.0);
        let w = random((batch * n * k) as usize, 71, -1.0, 1.0);
        let b = random(n as usize, 72, -1.0, 1.0);
        let (xg, wg, bg) = (gpu.upload("x", &x).unwrap(), gpu.upload("w", &w).unwrap(), gpu.upload("b", &b).unwrap());
        let y = poisoned(gpu, (batch * m * n) as usize);
        let f = matmul::linear_forward(gpu, &xg, &wg, Some(&bg), &y, s, Activation::Tanh, kernel).unwrap();
        // Gradients per sample: dZ [batch, m, n], X [batch, m, k] -> dW [batch, n, k].
        let dz = random((batch * m * n) as usize, 73, -1.0, 1.0);
        let dzg = gpu.upload("dz", &dz).unwrap();
        let gw_shape = LinearShape::new(m, k, n).batched(batch, [m * n, m * k, n * k]);
        let dw = poisoned(gpu, (batch * n * k) as usize);
        let db = poisoned(gpu, (batch * n) as usize);
        let gw = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw, Some(&db), gw_shape, kernel).unwrap();
        let gx_shape = LinearShape::new(m, k, n).batched(batch, [m * n, sw, m * k]);
        let dx = poisoned(gpu, (batch * m * k) as usize);
        let gx = matmul::linear_grad_input(gpu, &dzg, &wg, &dx, gx_shape, kernel).unwrap();
        gpu.run(&[&f, &gw, &gx]).unwrap();
        let tag = format!("{kernel:?} batched shared_w={shared_w}");
        let want = reference::linear_forward(&x, &w, Some(&b), &s, Activation::Tanh);
        // As check_forward and check_grads: sums over k, m and n against their terms; tanh of
        // pre-activations up to |z| ≤ 21 (clamped at 15 by the shader).
        let magnitude = reference::linear_forward(&abs(&x), &abs(&w), Some(&abs(&b)), &s, Activation::Identity);
        let tanh = Budget::exp(15.0).times(2.0) + Budget::DIVISION + Budget::ROUNDING.times(2.0);
        let tol = relative_to_largest(Budget::sum(k as usize) + Budget::ROUNDING, &magnitude, &want) + tanh.tol();
        assert_close(&format!("{tag} Y"), &gpu.read(&y).unwrap(), &want, tol);
        let want_dw = reference::linear_grad_weight(&dz, &x, &gw_shape);
        let magnitude = reference::linear_grad_weight(&abs(&dz), &abs(&x), &gw_shape);
        let tol = relative_to_largest(Budget::sum(m as usize), &magnitude, &want_dw);
        assert_close(&format!("{tag} dW"), &gpu.read(&dw).unwrap(), &want_dw, tol);
        let want_dx = reference::linear_grad_input(&dz, &w, &gx_shape);
        let magnitude = reference::linear_grad_input(&abs(&dz), &abs(&w), &gx_shape);
        let tol = relative_to_largest(Budget::sum(n as usize), &magnitude, &want_dx);
        assert_close(&format!("{tag} dX"), &gpu.read(&dx).unwrap(), &want_dx, tol);
        let want_db = reference::linear_grad_bias(&dz, &gw_shape);
        let tol =
            relative_to_largest(Budget::sum(m as usize), &reference::linear_grad_bias(&abs(&dz), &gw_shape), &want_db);
        assert_close(&format!("{tag} db per sample"), &gpu.read(&db).unwrap(), &want_db, tol);
    }
}

#[test]
fn matmul_forward_vec4() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Vec4, act, true);
    }
    check_forward(MatmulKernel::Vec4, Activation::Identity, false);
}

#[test]
fn matmul_forward_strided() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Strided, act, true);
    }
    check_forward(MatmulKernel::Strided, Activation::Relu, false);
}

#[test]
fn matmul_forward_tiled() {
    for act in Activation::ALL {
        check_forward(MatmulKernel::Tiled, act, true);
    }
    check_forward(MatmulKernel::Tiled, Activation::Sigmoid, false);
}

#[test]
fn matmul_grads_vec4() {
    check_grads(MatmulKernel::Vec4);
}

#[test]
fn matmul_grads_strided() {
    check_grads(MatmulKernel::Strided);
}

#[test]
fn matmul_grads_tiled() {
    check_grads(MatmulKernel::Tiled);
}

#[test]
fn matmul_batched_every_kernel() {
    for kernel in [MatmulKernel::Vec4, MatmulKernel::Strided, MatmulKernel::Tiled, MatmulKernel::Auto] {
        check_batched(kernel);
    }
}

#[test]
fn matmul_auto_takes_any_shape() {
    for kernel in [MatmulKernel::Auto, MatmulKernel::AutoLongRun] {
        check_forward(kernel, Activation::Softplus, true);
        check_grads(kernel);
    }
}

#[test]
fn long_runs_get_the_large_blocks() {
    assert_eq!(MatmulKernel::Auto.for_run(299.0), MatmulKernel::Auto);
    assert_eq!(MatmulKernel::Auto.for_run(300.0), MatmulKernel::AutoLongRun);
    // An explicit choice stands.
    assert_eq!(MatmulKernel::Vec4.for_run(1e6), MatmulKernel::Vec4);
    // The default 10-epoch training (about 3.5e11 FLOP of matmuls) is not a long run.
    assert!(MatmulKernel::software_seconds(3.5e11) < 300.0);
}

/// Every vec4 block shape, forced in turn, at the vec4 shapes (none a multiple of its block)
/// and batched, through its own layout's checks.
#[test]
fn matmul_vec4_large_blocks_by_the_cost_model() {
    check_forward(MatmulKernel::Vec4Large, Activation::Relu, true);
    check_grads(MatmulKernel::Vec4Large);
    check_batched(MatmulKernel::Vec4Large);
}

/// The flavours of the vec4 blocks this adapter can run: the plain one, and the subgroup
/// flavours whose groups fit its subgroups (on lavapipe, subgroups of 8, both; on SwiftShader,
/// of 4, the groups of 4).
fn runnable_flavours() -> Vec<Flavour> {
    let Some(gpu) = gpu() else { return vec![] };
    Flavour::ALL.into_iter().filter(|f| f.runs_on(gpu.subgroup_sizes())).collect()
}

/// Runs `f` with each flavour of the blocks this adapter can run.
fn each_vec4_flavour(mut f: impl FnMut()) {
    for flavour in runnable_flavours() {
        matmul::with_vec4_flavour(flavour, &mut f);
    }
}

#[test]
fn matmul_every_vec4_block() {
    each_vec4_flavour(|| {
        for block in &matmul::VEC4_BLOCKS {
            matmul::with_vec4_block(block, || match block.op {
                LinearOp::Forward => {
                    check_forward(MatmulKernel::Vec4, Activation::Tanh, true);
                    check_forward(MatmulKernel::Vec4, Activation::Identity, false);
                }
                LinearOp::GradWeight | LinearOp::GradInput => check_grads(MatmulKernel::Vec4),
            });
            matmul::with_vec4_block(block, || check_batched(MatmulKernel::Vec4));
        }
    });
}

#[test]
fn vec4_blocks_use_subgroups_where_the_adapter_has_them() {
    let Some(gpu) = gpu() else { return };
    let flavour = matmul::vec4_flavour(gpu);
    if gpu.info.name.contains("llvmpipe") {
        // lavapipe has had subgroups of 8 lanes (at 256 bits) since long before Mesa 22.3.
        assert_eq!(flavour, Flavour::Subgroup8, "{}: subgroups {:?}", gpu.describe(), gpu.subgroup_sizes());
    }
    if gpu.info.name.contains("SwiftShader") {
        // SwiftShader's subgroups have 4 lanes.
        assert_eq!(flavour, Flavour::Subgroup4, "{}: subgroups {:?}", gpu.describe(), gpu.subgroup_sizes());
    }
    // Long runs take the large blocks only where they are faster: without subgroups.
    let long_run =
        matmul::resolve_kernel(gpu, MatmulKernel::AutoLongRun, LinearOp::Forward, &LinearShape::new(128, 784, 400))
            .unwrap();
    let want = match (gpu.is_cpu(), flavour) {
        (false, _) => MatmulKernel::Tiled,
        (true, Flavour::Plain) => MatmulKernel::Vec4Large,
        (true, _) => MatmulKernel::Vec4,
    };
    assert_eq!(long_run, want);
}

/// The generated modules hold exactly the entry points of `VEC4_BLOCKS`, each once, named after
/// its layout and block shape, and every layout has a block.
#[test]
fn vec4_blocks_match_the_generated_shader() {
    let module = |set, flavour| matmul_vec4::module(set, flavour).1;
    let of = |flavour| [module(BlockSet::Standard, flavour), module(BlockSet::Large, flavour)];
    let entries = |sources: [&'static str; 2]| -> Vec<&'static str> {
        let mut e: Vec<&str> = sources
            .iter()
            .flat_map(|source| source.lines())
            .filter_map(|l| l.strip_prefix("fn linear_"))
            .map(|l| &l[..l.find('(').unwrap()])
            .collect();
        e.sort();
        e
    };
    let in_shader = entries(of(Flavour::Plain));
    for flavour in [Flavour::Subgroup8, Flavour::Subgroup4] {
        assert_eq!(in_shader, entries(of(flavour)), "{flavour:?} holds the plain flavour's blocks");
    }
    let mut listed: Vec<String> = matmul::VEC4_BLOCKS
        .iter()
        .map(|b| {
            assert_eq!(b.entry(), format!("linear_{}_{}x{}", b.op.name(), b.rows, b.cols));
            b.entry()["linear_".len()..].to_string()
        })
        .collect();
    listed.sort();
    assert_eq!(in_shader, listed);
    for op in LinearOp::ALL {
        assert!(matmul::VEC4_BLOCKS.iter().any(|b| b.op == op), "{op:?}");
    }
}

/// The selection rule: a block of the launch's own layout; the standard block for outputs
/// too narrow to fill wider ones and for short depths; a larger block for the model's wide layers, whose loads it
/// shares among more multiply-adds.
#[test]
fn vec4_block_choice() {
    for op in LinearOp::ALL {
        for [m, k, n] in [[1, 4, 4], [128, 784, 400], [640, 400, 784], [128, 400, 40]] {
            assert_eq!(matmul::vec4_block(op, &LinearShape::new(m, k, n)).op, op);
        }
    }
    let narrow = matmul::vec4_block(LinearOp::Forward, &LinearShape::new(128, 400, 40));
    assert_eq!((narrow.rows, narrow.cols), (16, 8));
    // Thin layers (short loops) keep the small block for every layout.
    for op in LinearOp::ALL {
        for [m, k, n] in [[128, 400, 40], [128, 20, 400]] {
            let shape = LinearShape::new(m, k, n);
            let depth = match op {
                LinearOp::Forward => k,
                LinearOp::GradWeight => m,
                LinearOp::GradInput => n,
            };
            if depth < 128 {
                let b = matmul::vec4_block(op, &shape);
                let standard = matmul::standard_block(op);
                assert_eq!((b.rows, b.cols), (standard.rows, standard.cols), "{op:?} {m}x{k}x{n}");
            }
        }
    }
    for op in LinearOp::ALL {
        let wide = matmul::vec4_block(op, &LinearShape::new(640, 400, 784));
        let standard = matmul::standard_block(op);
        assert!(wide.rows * wide.cols > standard.rows * standard.cols, "{op:?}: {}x{}", wide.rows, wide.cols);
    }
}

#[test]
fn matmul_refuses_bad_shapes_with_a_message() {
    let Some(gpu) = gpu() else { return };
    let x = gpu.zeros::<f32>("x", 10).unwrap();
    let w = gpu.zeros::<f32>("w", 12).unwrap();
    let y = gpu.zeros::<f32>("y", 100).unwrap();
    let e =
        matmul::linear_forward(gpu, &x, &w, None, &y, LinearShape::new(4, 3, 4), Activation::Relu, MatmulKernel::Auto)
            .err()
            .expect("x is too small");
    assert!(e.to_string().contains("x holds 10 elements"), "{e}");
    let e =
        matmul::linear_forward(gpu, &x, &w, None, &y, LinearShape::new(2, 5, 2), Activation::Relu, MatmulKernel::Vec4)
            .err()
            .expect("5 inputs cannot be loaded as vec4");
    assert!(e.to_string().contains("multiples of 4"), "{e}");
    let e = matmul::linear_grad_input(gpu, &y, &w, &x, LinearShape::new(0, 3, 4), MatmulKernel::Auto).err().unwrap();
    assert!(e.to_string().contains("at least 1"), "{e}");
}

/// Every block, in both flavours, and the strided and tiled kernels compute each output with the same
/// operations in the same order as the plain 16x8 block, so the bits agree: that lets a launch
/// run a quicker-to-compile kernel (the standard block for the large ones, the strided kernel
/// for all) while its own is still compiling without changing a run's numbers, and makes
/// results independent of the adapter's subgroups.
#[test]
fn every_vec4_block_matches_the_16x8_block_bit_for_bit() {
    let Some(gpu) = gpu() else { return };
    let [m, k, n] = [130u32, 404, 132];
    let s = LinearShape::new(m, k, n);
    let x = random((m * k) as usize, 80, -1.0, 1.0);
    let w = random((n * k) as usize, 81, -1.0, 1.0);
    let b = random(n as usize, 82, -1.0, 1.0);
    let dz = random((m * n) as usize, 83, -1.0, 1.0);
    let up = |v: &[f32]| gpu.upload("operand", v).unwrap();
    let (xg, wg, bg, dzg) = (up(&x), up(&w), up(&b), up(&dz));
    let launch = |op: LinearOp, kernel: MatmulKernel| -> Vec<f32> {
        let (outputs, d) = match op {
            LinearOp::Forward => {
                let y = poisoned(gpu, (m * n) as usize);
                let d = matmul::linear_forward(gpu, &xg, &wg, Some(&bg), &y, s, Activation::Relu, kernel);
                (vec![y], d.unwrap())
            }
            LinearOp::GradWeight => {
                let (dw, db) = (poisoned(gpu, (n * k) as usize), poisoned(gpu, n as usize));
                let d = matmul::linear_grad_weight(gpu, &dzg, &xg, &dw, Some(&db), s, kernel);
                (vec![dw, db], d.unwrap())
            }
            LinearOp::GradInput => {
                let dx = poisoned(gpu, (m * k) as usize);
                let d = matmul::linear_grad_input(gpu, &dzg, &wg, &dx, s, kernel);
                (vec![dx], d.unwrap())
            }
        };
        gpu.run(&[&d]).unwrap();
        outputs.iter().flat_map(|o| gpu.read(o).unwrap()).collect()
    };
    let run =
        |block: &'static matmul::Vec4Block| matmul::with_vec4_block(block, || launch(block.op, MatmulKernel::Vec4));
    for op in LinearOp::ALL {
        let reference = matmul::VEC4_BLOCKS.iter().find(|b| b.op == op && (b.rows, b.cols) == (16, 8)).unwrap();
        let want = matmul::with_vec4_flavour(Flavour::Plain, || run(reference));
        // The strided kernel, which stands in for the vec4 blocks while they compile, and the
        // tiled one, which the autotune may pick instead of either, too.
        for kernel in [MatmulKernel::Strided, MatmulKernel::Tiled] {
            let got = launch(op, kernel);
            let same = got.iter().zip(&want).all(|(a, b)| a.to_bits() == b.to_bits());
            assert!(
                same,
                "{op:?}: the {kernel:?} kernel differs from the plain {} in the last bits",
                reference.entry()
            );
        }
        for block in matmul::VEC4_BLOCKS.iter().filter(|b| b.op == op) {
            for flavour in runnable_flavours() {
                let got = matmul::with_vec4_flavour(flavour, || run(block));
                let same = got.iter().zip(&want).all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(
                    same,
                    "{} ({flavour:?}) differs from the plain {} in the last bits",
                    block.entry(),
                    reference.entry()
                );
            }
        }
    }
}
