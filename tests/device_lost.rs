//! A device that is lost (destroyed here, as a driver reset or an unplugged GPU would) makes
//! each later operation an error naming the adapter, not a panic. Alone in its binary: the
//! device it loses is its own.

mod common;

use common::own_gpu;
use wgvae::gpu::AdapterRequest;
use wgvae::kernels::activation::{self, Activation};

#[test]
fn a_lost_device_is_reported_naming_the_adapter() {
    let Some(gpu) = own_gpu(&AdapterRequest::default()) else { return };
    let z = gpu.upload("z", &[1.0f32, -2.0, 3.0]).unwrap();
    let y = gpu.zeros::<f32>("y", 3).unwrap();
    let d = activation::forward(&gpu, &z, &y, 3, Activation::Relu).unwrap();
    gpu.run(&[&d]).unwrap();
    gpu.device.destroy();
    let name = &gpu.info.name;
    let errors = [
        gpu.run(&[&d]).map(|_| ()).err(),
        gpu.read(&y).map(|_| ()).err(),
        gpu.upload("after", &[1.0f32]).map(|_| ()).err(),
    ];
    for e in errors {
        let e = e.expect("an operation on a lost device fails").to_string();
        assert!(e.contains(name.as_str()) && e.to_lowercase().contains("lost"), "{e}");
    }
}
