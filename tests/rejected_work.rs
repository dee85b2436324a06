//! What wgpu rejects while a step is submitted comes back as an error naming the work, not a
//! panic, and does not stick to the next submit. Alone in its test binary: without error scopes
//! (src/gpu/pipeline.rs, `submit`) such an error reaches the device's one handler, which other
//! tests' threads would share.

mod common;

use common::gpu;
use wgvae::kernels::activation::{self, Activation};

#[test]
fn a_rejected_submit_is_reported_naming_the_work() {
    let Some(gpu) = gpu() else { return };
    let z = gpu.upload("z", &[1.0f32, -2.0, 3.0]).unwrap();
    let y = gpu.zeros::<f32>("y", 3).unwrap();
    let d = activation::forward(gpu, &z, &y, 3, Activation::Relu).unwrap();
    z.buffer.destroy();
    let e = gpu.submit("the test's launch", [&d]).expect_err("a destroyed buffer cannot be used");
    assert!(e.to_string().contains("the test's launch"), "{e}");
    let z = gpu.upload("z", &[1.0f32, -2.0, 3.0]).unwrap();
    let d = activation::forward(gpu, &z, &y, 3, Activation::Relu).unwrap();
    gpu.run(&[&d]).unwrap();
    assert_eq!(gpu.read(&y).unwrap(), [1.0, 0.0, 3.0]);
}
