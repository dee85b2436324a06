//! `--kernel auto`'s measured choice: every candidate timed, the fastest kept, the cache file
//! read and written safely, and a kept choice obeyed.

mod common;

use std::collections::BTreeMap;

use common::gpu;
use wgvae::kernels::matmul::autotune::{self, CacheFile, Tuning};
use wgvae::kernels::matmul::{self, LinearOp, LinearShape, MatmulKernel};

#[test]
fn tune_times_every_candidate_and_keeps_the_fastest() {
    let Some(gpu) = gpu() else { return };
    for (shape, kernels) in [([20, 12, 8], vec!["strided", "tiled", "vec4"]), ([7, 5, 3], vec!["strided", "tiled"])] {
        for op in LinearOp::ALL {
            let t = autotune::tune(gpu, op, shape).unwrap();
            assert_eq!(t.millis.keys().map(String::as_str).collect::<Vec<_>>().len(), kernels.len(), "{t:?}");
            for k in &kernels {
                let ms = t.millis[*k];
                assert!(ms.is_finite() && ms > 0.0, "{op:?} {shape:?}: {k} {ms}");
            }
            let fastest = t.millis.iter().min_by(|a, b| a.1.total_cmp(b.1)).unwrap().0;
            assert_eq!(t.kernel.name(), fastest, "{t:?}");
            assert_eq!((t.op, [t.rows, t.inputs, t.outputs]), (op, shape));
        }
    }
}

#[test]
fn auto_follows_a_kept_choice_the_shape_can_take() {
    let Some(gpu) = gpu() else { return };
    let tuning = |op, [rows, inputs, outputs]: [u32; 3], kernel| Tuning {
        op,
        rows,
        inputs,
        outputs,
        kernel,
        millis: BTreeMap::new(),
    };
    // Shapes no other test uses; kept in this process only.
    autotune::remember(gpu, tuning(LinearOp::Forward, [52, 12, 8], MatmulKernel::Tiled), false).unwrap();
    autotune::remember(gpu, tuning(LinearOp::Forward, [53, 5, 3], MatmulKernel::Vec4), false).unwrap();
    let resolve = |op, [m, k, n]: [u32; 3], requested| {
        matmul::resolve_kernel(gpu, requested, op, &LinearShape::new(m, k, n)).unwrap()
    };
    assert_eq!(resolve(LinearOp::Forward, [52, 12, 8], MatmulKernel::Auto), MatmulKernel::Tiled);
    // Asked for by name, a kernel is not overridden.
    assert_eq!(resolve(LinearOp::Forward, [52, 12, 8], MatmulKernel::Strided), MatmulKernel::Strided);
    if gpu.is_cpu() {
        // Not measured here: the rule (software adapters measure only in `bench tune`).
        assert_eq!(resolve(LinearOp::GradInput, [52, 12, 8], MatmulKernel::Auto), MatmulKernel::Vec4);
        // vec4 cannot load 5 inputs: the kept choice is ignored.
        assert_eq!(resolve(LinearOp::Forward, [53, 5, 3], MatmulKernel::Auto), MatmulKernel::Strided);
    }
}

#[test]
fn cache_files_round_trip_and_bad_ones_are_named() {
    let dir = std::env::temp_dir().join(format!("wgvae-autotune-{}", std::process::id()));
    let path = dir.join("sub").join(autotune::CACHE_FILE);
    assert!(autotune::load(&path).unwrap().adapters.is_empty(), "a missing file is an empty cache");
    let mut file = CacheFile { format_version: 1, adapters: BTreeMap::new() };
    let t = Tuning {
        op: LinearOp::GradWeight,
        rows: 128,
        inputs: 784,
        outputs: 400,
        kernel: MatmulKernel::Vec4,
        millis: BTreeMap::from([("vec4".to_string(), 2.5), ("strided".to_string(), 24.0)]),
    };
    file.adapters.insert("some adapter".into(), vec![t.clone()]);
    autotune::save(&path, &file).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"grad_weight\"") && text.contains("\"vec4\""), "{text}");
    assert_eq!(autotune::load(&path).unwrap().adapters["some adapter"], vec![t]);

    std::fs::write(&path, "{ not json").unwrap();
    let e = autotune::load(&path).unwrap_err().to_string();
    assert!(e.contains(path.to_str().unwrap()), "{e}");
    std::fs::write(&path, text.replace("\"format_version\": 1", "\"format_version\": 9")).unwrap();
    let e = autotune::load(&path).unwrap_err().to_string();
    assert!(e.contains("format version 9"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}
